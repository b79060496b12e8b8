from django.contrib import admin

from netzwerkstatt.core.models import District, Language, TargetGroup, Topic


@admin.register(TargetGroup, Topic, Language)
class TaxonomyTermAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(District)
class DistrictAdmin(TaxonomyTermAdmin):
    list_display = ["name", "city", "slug", "position"]
    list_filter = ["city"]
