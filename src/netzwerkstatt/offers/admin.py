from django.contrib import admin

from netzwerkstatt.offers.models import Need, Offer, WeeklySlot
from netzwerkstatt.offers.services import update_search_index
from netzwerkstatt.synergy.tasks import schedule_offer_refresh


class WeeklySlotInline(admin.TabularInline):
    model = WeeklySlot
    extra = 0


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "status", "district", "updated_at"]
    list_filter = ["status", "district", "target_groups", "organisation"]
    search_fields = ["title", "summary", "organisation__name"]
    autocomplete_fields = ["organisation"]
    filter_horizontal = ["target_groups", "topics", "languages"]
    readonly_fields = ["created_at", "updated_at", "updated_by"]
    inlines = [WeeklySlotInline]

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The search index reads the offer's terms, which are saved only now.
        update_search_index(form.instance)
        schedule_offer_refresh(form.instance.pk)


@admin.register(Need)
class NeedAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "status", "priority", "raised_by", "created_at"]
    list_filter = ["network", "status", "priority"]
    search_fields = ["title", "description"]
    autocomplete_fields = ["network", "raised_by", "answering_offers"]
    filter_horizontal = ["target_groups", "topics"]
    readonly_fields = [
        "created_at",
        "updated_at",
        "created_by",
        "raised_by_confirmed_at",
        "raised_by_confirmed_by",
        "raised_by_named_by",
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
