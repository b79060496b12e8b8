from django.contrib import admin

from netzwerkstatt.networks.models import (
    Membership,
    Network,
    Organisation,
    Project,
    SocialLink,
    Staff,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organisation", "network"]
    readonly_fields = ["updated_at", "updated_by"]


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "district", "founded_year"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


class ProjectInline(admin.StackedInline):
    model = Project
    extra = 0


class SocialLinkInline(admin.TabularInline):
    model = SocialLink
    extra = 0


class StaffInline(admin.TabularInline):
    """Who may edit the organisation: link user accounts here."""

    model = Staff
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "legal_form", "district", "updated_at"]
    list_filter = ["legal_form", "district", "memberships__network"]
    search_fields = ["name", "short_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["target_groups", "topics"]
    inlines = [ProjectInline, SocialLinkInline, StaffInline, MembershipInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Offers are found by their organisation's name too.
        from netzwerkstatt.offers.services import reindex_organisation_offers

        reindex_organisation_offers(form.instance)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["organisation", "network", "status", "role", "joined_on", "left_on"]
    list_filter = ["network", "status", "role"]
    search_fields = ["organisation__name", "network__name"]
    autocomplete_fields = ["organisation", "network"]
    readonly_fields = ["updated_at", "updated_by"]

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
