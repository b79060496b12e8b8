"""The privacy pages by relationship: who may see and erase what, and bad input."""

import json

import pytest

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.models import MembershipRole, MembershipStatus
from netzwerkstatt.news.models import Comment
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    OrganisationFactory,
    StaffFactory,
    UserFactory,
)
from tests.news.factories import CommentFactory, PostFactory

VISITOR = "sam@example.com"


@pytest.fixture
def actors(world):
    """Everyone who might try, by their relationship to the network SIS."""
    applicant_org = OrganisationFactory(slug="bewerber")
    MembershipFactory(
        network=world.network, organisation=applicant_org, status=MembershipStatus.APPLICANT
    )
    former_org = OrganisationFactory(slug="ehemalig")
    MembershipFactory(
        network=world.network,
        organisation=former_org,
        status=MembershipStatus.FORMER,
        role=MembershipRole.COORDINATOR,
    )
    # The other network's coordinator shares a member organisation with SIS.
    MembershipFactory(network=world.other_network, organisation=world.member_org)
    return {
        "anonymous": None,
        "outsider": UserFactory(),
        "member_of_same_network": world.member,
        "staff_of_applicant": StaffFactory(organisation=applicant_org).user,
        "staff_of_former_coordinator": StaffFactory(organisation=former_org).user,
        "coordinator_of_other_network": world.outsider,
        "coordinator": world.coordinator,
        "admin": UserFactory(is_superuser=True, is_staff=True),
    }


ALLOWED = {"coordinator", "admin"}
EVERYONE = [
    "anonymous",
    "outsider",
    "member_of_same_network",
    "staff_of_applicant",
    "staff_of_former_coordinator",
    "coordinator_of_other_network",
    "coordinator",
    "admin",
]


@pytest.fixture
def visitor_comment(world):
    return CommentFactory(post=PostFactory(network=world.network), author_email=VISITOR)


@pytest.mark.parametrize("who", EVERYONE)
def test_who_may_look_up_a_visitors_data(world, actors, as_user, visitor_comment, who):
    response = as_user(actors[who]).get(f"/netzwerke/sis/datenschutz/?email={VISITOR}")
    if who == "anonymous":
        assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    elif who in ALLOWED:
        assert response.status_code == 200
        assert visitor_comment.body in response.content.decode()
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("who", EVERYONE)
def test_who_may_erase_a_visitors_data(world, actors, as_user, visitor_comment, who):
    response = as_user(actors[who]).post(
        "/netzwerke/sis/datenschutz/loeschen/", {"email": VISITOR, "confirmed": "on"}
    )
    erased = not Comment.objects.filter(pk=visitor_comment.pk).exists()
    if who in ALLOWED:
        assert response.status_code == 302
        assert erased
    elif who == "anonymous":
        assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
        assert not erased
    else:
        assert response.status_code == 403
        assert not erased


def test_a_coordinator_cannot_erase_through_another_networks_address(world, as_user):
    comment = CommentFactory(post=PostFactory(network=world.other_network), author_email=VISITOR)
    response = as_user(world.coordinator).post(
        "/netzwerke/anderes-netz/datenschutz/loeschen/", {"email": VISITOR, "confirmed": "on"}
    )
    assert response.status_code == 403
    # Through their own network's address, the other network's comment is out of reach.
    as_user(world.coordinator).post(
        "/netzwerke/sis/datenschutz/loeschen/", {"email": VISITOR, "confirmed": "on"}
    )
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_the_search_shows_only_this_networks_data(world, as_user):
    CommentFactory(post=PostFactory(network=world.network), author_email=VISITOR, body="Hier.")
    CommentFactory(
        post=PostFactory(network=world.other_network), author_email=VISITOR, body="Woanders."
    )
    page = as_user(world.coordinator).get(f"/netzwerke/sis/datenschutz/?email={VISITOR}")
    text = page.content.decode()
    assert "Hier." in text and "Woanders." not in text


@pytest.mark.parametrize(
    "data",
    [{"email": VISITOR}, {"email": "kein-at", "confirmed": "on"}, {}],
)
def test_erasing_without_confirmation_or_with_a_bad_address_changes_nothing(
    world, as_user, visitor_comment, data
):
    response = as_user(world.coordinator).post("/netzwerke/sis/datenschutz/loeschen/", data)
    assert response.status_code == 400
    assert Comment.objects.filter(pk=visitor_comment.pk).exists()


def test_a_bad_search_address_shows_a_german_message(world, as_user):
    response = as_user(world.coordinator).get("/netzwerke/sis/datenschutz/?email=kein-at")
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in response.content.decode()


def test_an_unknown_network_is_a_404(world, as_user):
    assert (
        as_user(world.coordinator).get("/netzwerke/gibt-es-nicht/datenschutz/").status_code == 404
    )


# My data -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/konto/meine-daten/", "/konto/meine-daten/export.json", "/konto/meine-daten/konto-loeschen/"],
)
def test_my_data_needs_a_login(client, db, path):
    response = client.get(path)
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]


def test_my_data_shows_and_downloads_the_persons_data(world, as_user):
    post = PostFactory(network=world.network)
    CommentFactory(post=post, user=world.member, author_email=world.member.email, body="Meins.")
    CommentFactory(post=post, user=world.coordinator, body="Nicht meins.")
    client = as_user(world.member)
    page = client.get("/konto/meine-daten/").content.decode()
    assert "Meins." in page and "Nicht meins." not in page
    assert "Meine Daten" in page

    response = client.get("/konto/meine-daten/export.json")
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    document = json.loads(response.content)
    assert document["person"] == world.member.email
    assert [row["body"] for row in document["data"]["comments"]["comments"]] == ["Meins."]
    assert document["data"]["account"]["account"][0]["email"] == world.member.email


def test_the_dashboard_links_to_my_data(world, as_user):
    assert "/konto/meine-daten/" in as_user(world.member).get("/konto/").content.decode()


def test_deleting_ones_account_logs_out(world, as_user):
    client = as_user(world.member)
    response = client.post(
        "/konto/meine-daten/konto-loeschen/",
        {"password": PASSWORD, "authored_content": "keep", "confirmed": "on"},
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=world.member.pk).exists()
    assert client.get("/konto/").status_code == 302


@pytest.mark.parametrize(
    "data, message",
    [
        ({"password": "falsch", "authored_content": "keep", "confirmed": "on"}, "nicht richtig"),
        ({"password": PASSWORD, "authored_content": "keep"}, "Bitte bestätigen"),
        ({"password": PASSWORD, "authored_content": "alles", "confirmed": "on"}, "Auswahl"),
        ({}, "Passwort ein"),
    ],
)
def test_bad_input_keeps_the_account(world, as_user, data, message):
    response = as_user(world.member).post("/konto/meine-daten/konto-loeschen/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.filter(pk=world.member.pk).exists()


def _queries(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_visitor_page_runs_a_fixed_number_of_queries(world, as_user):
    client = as_user(world.coordinator)
    path = f"/netzwerke/sis/datenschutz/?email={VISITOR}"
    CommentFactory(post=PostFactory(network=world.network), author_email=VISITOR)
    one = _queries(client, path)
    for _ in range(3):
        CommentFactory(post=PostFactory(network=world.network), author_email=VISITOR)
    assert _queries(client, path) == one


def test_my_data_page_runs_a_fixed_number_of_queries(world, as_user):
    client = as_user(world.member)
    post = PostFactory(network=world.network)
    CommentFactory(post=post, user=world.member, author_email=world.member.email)
    one = _queries(client, "/konto/meine-daten/")
    for _ in range(3):
        CommentFactory(
            post=PostFactory(network=world.network), user=world.member, author_email="x@example.org"
        )
    assert _queries(client, "/konto/meine-daten/") == one


def test_the_deletion_page_names_organisations_losing_their_last_editor(world, as_user):
    page = as_user(world.member).get("/konto/meine-daten/konto-loeschen/").content.decode()
    assert "niemand mehr anmelden" in page
    assert world.member_org.name in page
    StaffFactory(organisation=world.member_org)
    page = as_user(world.member).get("/konto/meine-daten/konto-loeschen/").content.decode()
    assert "niemand mehr anmelden" not in page
