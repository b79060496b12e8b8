from django.urls import path

from barelist.views import item_list

urlpatterns = [path("", item_list)]
