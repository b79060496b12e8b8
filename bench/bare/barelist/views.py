from django.shortcuts import render

from barelist.models import Item


def item_list(request):
    return render(request, "barelist/list.html", {"items": Item.objects.all()[:30]})
