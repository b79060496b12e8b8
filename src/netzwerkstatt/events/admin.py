from django.contrib import admin

from netzwerkstatt.events.models import (
    CalendarToken,
    Event,
    EventCoOrganiser,
    EventDate,
    EventReport,
    EventTask,
    Registration,
    TaskClaim,
)


class EventDateInline(admin.TabularInline):
    model = EventDate
    extra = 0


class EventCoOrganiserInline(admin.TabularInline):
    model = EventCoOrganiser
    extra = 0
    raw_id_fields = ["confirmed_by", "added_by"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "organiser", "network", "visibility", "capacity"]
    list_filter = ["network", "visibility", ("organiser_confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["title", "organiser__name"]
    inlines = [EventDateInline, EventCoOrganiserInline]
    raw_id_fields = ["created_by", "updated_by", "organiser_confirmed_by"]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "event", "people", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["event", "user"]


class TaskClaimInline(admin.TabularInline):
    model = TaskClaim
    extra = 0
    raw_id_fields = ["user"]


@admin.register(EventTask)
class EventTaskAdmin(admin.ModelAdmin):
    list_display = ["description", "event", "needed", "deadline"]
    inlines = [TaskClaimInline]
    raw_id_fields = ["event", "created_by"]


admin.site.register(EventReport)


@admin.register(CalendarToken)
class CalendarTokenAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at"]
    raw_id_fields = ["user"]
    readonly_fields = ["token"]
