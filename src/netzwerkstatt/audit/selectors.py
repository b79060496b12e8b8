"""Reading the audit log, a page at a time."""

from django.core.paginator import Page, Paginator

from netzwerkstatt.audit.models import AuditEntry

PAGE_SIZE = 50


def _entries():
    return AuditEntry.objects.select_related("organisation", "network").order_by(
        "-created_at", "-pk"
    )


def organisation_log(organisation, *, page: int | str = 1) -> Page:
    return Paginator(_entries().filter(organisation=organisation), PAGE_SIZE).get_page(page)


def network_log(network, *, page: int | str = 1) -> Page:
    return Paginator(_entries().filter(network=network), PAGE_SIZE).get_page(page)
