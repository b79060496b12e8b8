from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.circulars import services
from netzwerkstatt.circulars.models import Circular, CircularDelivery, MailPreference


@admin.register(Circular)
class CircularAdmin(admin.ModelAdmin):
    list_display = ["subject", "network", "state", "recipient_count", "created_at", "sent_at"]
    list_filter = ["network", "state"]
    raw_id_fields = ["author"]
    # A sent circular is a record: its text went out as it is, and the stored rendering
    # would not follow an edit here.
    readonly_fields = [
        "network",
        "subject",
        "body",
        "reply_to",
        "audience",
        "audience_label",
        "recipient_count",
        "sent_at",
        "state",
    ]


@admin.register(CircularDelivery)
class CircularDeliveryAdmin(admin.ModelAdmin):
    list_display = ["email", "circular", "state", "attempts", "sent_at", "error"]
    list_filter = ["state"]
    search_fields = ["email"]
    raw_id_fields = ["circular", "user"]
    actions = ["mark_bounced"]

    @admin.action(description=_("Mark the addresses as bounced"))
    def mark_bounced(self, request, queryset):
        count = services.mark_bounced(list(queryset.values_list("email", flat=True)))
        self.message_user(
            request,
            _("%(count)s deliveries marked as bounced.") % {"count": count},
            messages.SUCCESS,
        )


@admin.register(MailPreference)
class MailPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "digest", "circulars", "language", "digest_week"]
    list_filter = ["digest", "circulars"]
    raw_id_fields = ["user"]
