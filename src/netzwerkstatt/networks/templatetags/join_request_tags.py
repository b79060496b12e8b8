"""The dashboard's box of open join requests, for the networks a person coordinates."""

from django import template

from netzwerkstatt.networks.selectors import open_join_request_counts

register = template.Library()


@register.inclusion_tag("networks/_open_join_requests.html", takes_context=True)
def open_join_requests(context) -> dict:
    user = context["request"].user
    return {"networks": open_join_request_counts(user) if user.is_authenticated else []}


@register.inclusion_tag("networks/_pending_consents.html", takes_context=True)
def pending_consents(context) -> dict:
    """The dashboard's box of staff requests and network invitations awaiting an answer."""
    from netzwerkstatt.networks.selectors import pending_consents as select_pending

    return {
        "consents": select_pending(context["request"].user),
        "csrf_token": context.get("csrf_token"),
    }
