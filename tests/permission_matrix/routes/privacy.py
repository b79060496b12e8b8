"""What the network keeps about visitors (comments, registrations), and erasing it."""

from django.urls import reverse

from netzwerkstatt.news.models import Comment
from tests.permission_matrix.matrix import COORDINATORS, Case, GetOnly

CASES = [
    # Only the network's coordinators erase what a visitor left in it (the world's comment
    # of gast@example.com on a post of network A).
    Case(
        "privacy:visitor_erase",
        lambda w: reverse("privacy:visitor_erase", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {"email": "gast@example.com", "confirmed": "on"},
        effect=lambda ctx: (
            not Comment.objects.filter(
                post__network=ctx.world.net_a, author_email="gast@example.com"
            ).exists()
        ),
    ),
]

GET_ONLY = [
    GetOnly("privacy:visitor_data", lambda w: reverse("privacy:visitor_data", args=[w.net_a.slug])),
]
