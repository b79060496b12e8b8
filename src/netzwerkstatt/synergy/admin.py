from django.contrib import admin

from netzwerkstatt.synergy.models import ParallelOfferFinding, SynergyRefresh


@admin.register(ParallelOfferFinding)
class ParallelOfferFindingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "network", "score", "status", "is_current", "refreshed_at"]
    list_filter = ["network", "status", "is_current"]
    raw_id_fields = ["offer_a", "offer_b"]
    readonly_fields = ["found_at", "refreshed_at", "status_changed_at", "status_changed_by"]


@admin.register(SynergyRefresh)
class SynergyRefreshAdmin(admin.ModelAdmin):
    list_display = ["network", "finished_at", "offers_checked", "findings"]
    readonly_fields = ["finished_at"]
