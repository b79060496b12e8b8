"""The HSDS open data API: public and read-only for everyone, a POST is refused and changes
nothing (tests/opendata/ covers what it shows and what it never shows)."""

from django.urls import reverse

from netzwerkstatt.opendata import hsds
from tests.permission_matrix.matrix import GetOnly

GET_ONLY = [
    GetOnly("hsds:index", lambda w: reverse("hsds:index")),
    GetOnly("hsds:services", lambda w: reverse("hsds:services")),
    GetOnly("hsds:service", lambda w: reverse("hsds:service", args=[hsds.service_id(w.offer)])),
    GetOnly("hsds:organizations", lambda w: reverse("hsds:organizations")),
    GetOnly(
        "hsds:organization",
        lambda w: reverse("hsds:organization", args=[hsds.organization_id(w.offer.organisation)]),
    ),
    GetOnly("hsds:service_at_locations", lambda w: reverse("hsds:service_at_locations")),
    GetOnly(
        "hsds:service_at_location",
        lambda w: reverse("hsds:service_at_location", args=[hsds.service_at_location_id(w.offer)]),
    ),
    GetOnly("hsds:taxonomies", lambda w: reverse("hsds:taxonomies")),
    GetOnly("hsds:taxonomy", lambda w: reverse("hsds:taxonomy", args=[hsds.TOPICS.id])),
    GetOnly("hsds:taxonomy_terms", lambda w: reverse("hsds:taxonomy_terms")),
    GetOnly(
        "hsds:taxonomy_term",
        lambda w: reverse("hsds:taxonomy_term", args=[hsds.TARGET_GROUPS.term_id(w.target_group)]),
    ),
]

CASES: list = []
