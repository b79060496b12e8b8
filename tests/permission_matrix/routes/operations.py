"""Operations: the health check shows and changes nothing; it has no write route."""

from django.urls import reverse

from tests.permission_matrix.matrix import GetOnly

CASES = []

GET_ONLY = [
    GetOnly("operations:healthz", lambda w: reverse("operations:healthz")),
]
