"""Routes for machines that read the whole site: robots.txt and the sitemaps.

They show the same to everyone (what an anonymous visitor may see) and never write.
"""

from django.urls import reverse

from tests.permission_matrix.matrix import GetOnly

CASES = []

GET_ONLY = [
    GetOnly("robots_txt", lambda w: reverse("robots_txt")),
    GetOnly("sitemap", lambda w: reverse("sitemap")),
    GetOnly("sitemap_section", lambda w: reverse("sitemap_section", args=["angebote"])),
]
