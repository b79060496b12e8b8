from django.contrib import admin

from netzwerkstatt.meetings.models import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingSeries,
    SeriesException,
)


class SeriesExceptionInline(admin.TabularInline):
    model = SeriesException
    extra = 0


@admin.register(MeetingSeries)
class MeetingSeriesAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "rrule", "start_date", "start_time"]
    list_filter = ["network"]
    inlines = [SeriesExceptionInline]


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    extra = 0
    raw_id_fields = ["need", "offer", "proposed_by"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "network", "starts_at", "is_cancelled", "minutes_published_at"]
    list_filter = ["network", "is_cancelled"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["minute_taker", "series"]
    inlines = [AgendaItemInline]


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ["title", "owner_organisation", "owner_user", "due_date", "closed_at"]
    list_filter = ["meeting__network"]
    raw_id_fields = ["meeting", "agenda_item", "owner_user", "closed_by"]
