"""Senders' internet addresses, kept only as keyed hashes and only as long as rate limits need.

Public forms (comments, join requests, event registrations) count submissions per address. They
store `address_hash(...)` in a field named `ip_hash` next to `created_at`; `purge_address_hashes`
empties every such field after 30 days, whichever app the model belongs to.
"""

import hashlib
import hmac
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import Model
from django.utils import timezone

RETENTION = timedelta(days=30)
FIELD = "ip_hash"


def address_hash(address: str, *, purpose: str) -> str:
    """Enough to count one sender's submissions, useless to identify anyone.

    The purpose is part of the key, so the same visitor's hashes cannot be matched across forms.
    """
    if not address:
        return ""
    key = f"{purpose}:{settings.SECRET_KEY}".encode()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()


def models_with_address_hashes() -> list[type[Model]]:
    return [
        model
        for model in apps.get_models()
        if {FIELD, "created_at"} <= {field.name for field in model._meta.get_fields()}
    ]


def purge_address_hashes(*, now: datetime | None = None) -> dict[str, int]:
    """Empty the address hashes older than 30 days; returns the count per model label."""
    cutoff = (now or timezone.now()) - RETENTION
    return {
        model._meta.label: model.objects.filter(created_at__lt=cutoff)
        .exclude(**{FIELD: ""})
        .update(**{FIELD: ""})
        for model in models_with_address_hashes()
    }
