"""The activity report of network A: read-only; who may read it is tested in tests/reports."""

from django.urls import reverse

from tests.permission_matrix.matrix import GetOnly

CASES = []

GET_ONLY = [
    GetOnly("reports:activity", lambda w: reverse("reports:activity", args=[w.net_a.slug])),
    GetOnly("reports:activity_csv", lambda w: reverse("reports:activity_csv", args=[w.net_a.slug])),
]
