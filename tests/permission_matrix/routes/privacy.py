"""What the network keeps about visitors (comments, registrations), and erasing it."""

from django.urls import reverse

from tests.permission_matrix.matrix import GetOnly

CASES = []

GET_ONLY = [
    GetOnly("privacy:visitor_data", lambda w: reverse("privacy:visitor_data", args=[w.net_a.slug])),
]
