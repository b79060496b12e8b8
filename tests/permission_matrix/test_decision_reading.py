"""Who reads a network's decisions: members of network A only; the public list for everyone.

The coordinator of network B, which shares member organisations with A, coordinates none of
A's decisions and must not read A's members-only list.
"""

import pytest
from django.urls import reverse

from netzwerkstatt.meetings import services

READERS = {"owner", "colleague", "coordinator", "admin"}
ACTORS = [
    "anonymous",
    "outsider",
    "colleague",
    "applicant",
    "former",
    "owner",
    "coordinator",
    "other_coordinator",
    "admin",
]


def _publish(world):
    public = services.record_decision(
        world.past_meeting,
        data={
            "text": "Öffentlicher Beschluss zum Sommerfest",
            "is_public": True,
            "need": world.need,
        },
        by=world.user("coordinator"),
    )
    services.publish_minutes(world.past_meeting, by=world.user("coordinator"), notify=False)
    return public


@pytest.mark.parametrize("actor", ACTORS)
def test_members_only_list(mw, client, actor):
    _publish(mw)
    user = mw.user(actor)
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("meetings:decisions", args=[mw.net_a.slug]))
    if actor in READERS:
        assert response.status_code == 200
        text = response.content.decode()
        assert "Wir machen beim Stadtteilfest mit." in text
        assert "Öffentlicher Beschluss zum Sommerfest" in text
    elif actor == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code == 403
        assert "Wir machen beim Stadtteilfest mit." not in response.content.decode()


@pytest.mark.parametrize("actor", ["anonymous", "other_coordinator", "owner"])
def test_public_list_shows_only_public_decisions(mw, client, actor):
    _publish(mw)
    user = mw.user(actor)
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    for url in (
        reverse("meetings:public_decisions", args=[mw.net_a.slug]),
        mw.net_a.get_absolute_url(),
    ):
        text = client.get(url).content.decode()
        assert "Öffentlicher Beschluss zum Sommerfest" in text
        assert "Wir machen beim Stadtteilfest mit." not in text
        # Keywords of members-only decisions are not offered as a filter either.
        assert "Feste" not in text
    # What a public decision concerns may be for members only (a need): not shown.
    public_list = client.get(reverse("meetings:public_decisions", args=[mw.net_a.slug]))
    assert "Fahrräder" not in public_list.content.decode()
