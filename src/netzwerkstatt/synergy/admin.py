from django.contrib import admin

from netzwerkstatt.synergy import citywide
from netzwerkstatt.synergy.models import (
    CitywideCoordinator,
    LexiconEntry,
    ParallelOfferFinding,
    SynergyRefresh,
)


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


@admin.register(LexiconEntry)
class LexiconEntryAdmin(admin.ModelAdmin):
    """Read only: coordinators enter and withdraw terms on their network's page (audited);
    administrators review them here and export them (`netzwerkstatt synergy export-lexicon`)."""

    list_display = ["__str__", "network", "created_by", "created_at", "withdrawn_at"]
    list_filter = ["network", "relation"]
    search_fields = ["term_a", "term_b"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CitywideCoordinator)
class CitywideCoordinatorAdmin(admin.ModelAdmin):
    """Only superusers grant and revoke the role; both go through the audit log.

    A grant cannot be edited, only revoked and granted again, so the log tells the whole story.
    """

    list_display = ["__str__", "note", "granted_by", "granted_at"]
    raw_id_fields = ["user"]
    fields = ["user", "note"]
    readonly_fields = ["granted_by", "granted_at"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        role = citywide.grant_role(obj.user, by=request.user, note=obj.note)
        obj.pk, obj.granted_at, obj.granted_by = role.pk, role.granted_at, role.granted_by

    def delete_model(self, request, obj):
        citywide.revoke_role(obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for role in queryset.select_related("user"):
            citywide.revoke_role(role, by=request.user)
