from django.contrib import admin

from netzwerkstatt.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The whole log, for administrators; read-only: the log is never edited."""

    list_display = ["created_at", "actor_name", "action", "organisation", "network", "object_label"]
    list_filter = ["action", "network"]
    search_fields = ["actor_name", "object_label", "organisation__name", "network__name"]
    list_select_related = ["organisation", "network"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
