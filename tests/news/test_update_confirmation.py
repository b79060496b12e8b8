"""An update written in an organisation's name by someone outside it waits for its word."""

import pytest
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.news import selectors, services
from netzwerkstatt.news.models import Update
from tests.name_consent import RELATIONS, assert_refused, build_relations
from tests.news.factories import UpdateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rel(world):
    return build_relations(world)


def _pending_update(world, **extra) -> Update:
    fields = {
        "organisation": world.member_org,
        "title": "Neues aus dem Frauentreff",
        "confirmed_at": None,
        "created_by": world.coordinator,
        **extra,
    }
    return UpdateFactory(**fields)


def _everywhere(client, world) -> str:
    pages = [
        reverse("news:updates", args=[world.network.slug]),
        reverse("news:update_rss", args=[world.network.slug]),
        reverse("news:update_atom", args=[world.network.slug]),
    ]
    return "".join(client.get(url).content.decode() for url in pages)


def test_a_coordinator_may_not_write_in_the_name_of_a_member_with_staff(world, as_user):
    response = as_user(world.coordinator).post(
        reverse("news:update_create", args=[world.member_org.slug]),
        {"title": "Neues aus dem Frauentreff", "body": "Wir haben Neues.", "visibility": "public"},
    )

    assert response.status_code == 403
    assert not Update.objects.exists()


def test_the_admin_writing_in_a_members_name_publishes_nothing_until_it_confirms(
    world, rel, as_user, mailoutbox, django_capture_on_commit_callbacks
):
    form = as_user(rel["admin"]).get(reverse("news:update_create", args=[world.member_org.slug]))
    assert "Sie arbeiten nicht für Internationale Frauen e.V." in form.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(rel["admin"]).post(
            reverse("news:update_create", args=[world.member_org.slug]),
            {
                "title": "Neues aus dem Frauentreff",
                "body": "Wir haben Neues.",
                "visibility": "public",
            },
        )
    assert response.status_code == 302
    update = Update.objects.get(title="Neues aus dem Frauentreff")
    assert not update.is_confirmed
    assert [mail.to for mail in mailoutbox] == [[world.member.email]]
    for who in ("anonymous", "colleague", "named", "coordinator"):
        assert "Neues aus dem Frauentreff" not in _everywhere(as_user(rel[who]), world), who
    assert selectors.updates_since(network=world.network, since=None) == []
    for who in ("outsider", "colleague", "foreign_coordinator"):
        assert as_user(rel[who]).get(update.get_absolute_url()).status_code == 403, who
    for who in ("named", "admin"):
        page = as_user(rel[who]).get(update.get_absolute_url()).content.decode()
        assert "Wartet auf die Bestätigung der Organisation" in page, who
    services.confirm_update(update, by=world.member)
    assert "Neues aus dem Frauentreff" in _everywhere(as_user(None), world)
    assert selectors.updates_since(network=world.network, since=None) == [update]


def test_staff_writing_for_their_organisation_publish_at_once(world, as_user):
    as_user(world.member).post(
        reverse("news:update_create", args=[world.member_org.slug]),
        {"title": "Eigenes Update", "body": "Text.", "visibility": "public"},
    )
    update = Update.objects.get(title="Eigenes Update")
    assert update.is_confirmed and update.confirmed_by == world.member


def test_an_outsiders_edit_waits_for_the_organisation_again(world, rel):
    update = UpdateFactory(organisation=world.member_org, created_by=world.member)
    services.edit_update(update, data={"title": "Umgeschrieben"}, by=rel["admin"])
    update.refresh_from_db()
    assert not update.is_confirmed
    services.edit_update(update, data={"title": "Wieder eigen"}, by=world.member)
    update.refresh_from_db()
    assert update.is_confirmed


@pytest.mark.parametrize("who", RELATIONS)
@pytest.mark.parametrize("route", ["update_confirm", "update_decline"])
def test_only_the_organisations_staff_answer(world, rel, as_user, who, route):
    update = _pending_update(world)
    user = rel[who]
    response = as_user(user).post(reverse(f"news:{route}", args=[world.member_org.slug, update.pk]))
    update.refresh_from_db()
    if who == "named":
        assert response.status_code == 302
        if route == "update_confirm":
            assert update.is_confirmed and update.confirmed_by == user
        else:
            assert update.is_declined and not update.is_confirmed
    else:
        assert_refused(response, user)
        assert not update.is_confirmed and not update.is_declined


def test_declining_keeps_it_unpublished_and_tells_the_writer(
    world, as_user, mailoutbox, django_capture_on_commit_callbacks
):
    update = _pending_update(world)
    with django_capture_on_commit_callbacks(execute=True):
        as_user(world.member).post(
            reverse("news:update_decline", args=[world.member_org.slug, update.pk])
        )
    assert [mail.to for mail in mailoutbox] == [[world.coordinator.email]]
    assert "Neues aus dem Frauentreff" not in _everywhere(as_user(None), world)
    page = as_user(world.coordinator).get(update.get_absolute_url()).content.decode()
    assert "Von der Organisation abgelehnt" in page


def _messages(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


def test_answering_twice_and_declining_after_confirming_change_nothing(world, as_user):
    update = _pending_update(world)
    client = as_user(world.member)
    confirm = reverse("news:update_confirm", args=[world.member_org.slug, update.pk])
    client.post(confirm)
    update.refresh_from_db()
    first = update.confirmed_at
    assert "bereits bestätigt" in _messages(client.post(confirm, follow=True))
    declined = client.post(
        reverse("news:update_decline", args=[world.member_org.slug, update.pk]), follow=True
    )
    assert "kann nicht mehr abgelehnt werden" in _messages(declined)
    update.refresh_from_db()
    assert update.confirmed_at == first and not update.is_declined


def test_an_update_is_found_only_within_its_organisation(world, rel, as_user):
    update = _pending_update(world)
    other_slug = rel["colleague"].staff_positions.get().organisation.slug
    client = as_user(world.member)
    response = client.post(reverse("news:update_confirm", args=[other_slug, update.pk]))
    assert response.status_code == 404
    assert client.post(reverse("news:update_confirm", args=["frauen", 999999])).status_code == 404
    update.refresh_from_db()
    assert not update.is_confirmed


def test_dashboard_box_lists_updates_and_answers_there(world, as_user):
    update = _pending_update(world)
    client = as_user(world.member)
    page = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Update im Namen von Internationale Frauen e.V." in page and update.title in page
    response = client.post(
        reverse("news:update_decline", args=[world.member_org.slug, update.pk]),
        {"next": reverse("accounts:dashboard")},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("accounts:dashboard")
    assert update.title not in response.content.decode().split("<main", 1)[1]


def test_pending_updates_for_the_dashboard_take_one_query(world, django_assert_num_queries):
    for number in range(3):
        _pending_update(world, title=f"Wartend {number}")
    UpdateFactory(organisation=world.member_org, confirmed_at=timezone.now())
    with django_assert_num_queries(1):
        updates = selectors.pending_update_confirmations(world.member)
        shown = [(u.title, u.organisation.name, u.created_by.display_name) for u in updates]
    assert len(shown) == 3


@pytest.mark.parametrize("count", [1, 6])
def test_network_updates_page_query_count_is_pinned(
    world, as_user, django_assert_num_queries, count
):
    for number in range(count):
        UpdateFactory(organisation=world.member_org, title=f"Update {number}")
        _pending_update(world, title=f"Wartend {number}")
    with django_assert_num_queries(UPDATES_PAGE_QUERIES):
        response = as_user(None).get(reverse("news:updates", args=[world.network.slug]))
    assert response.content.decode().count("Wartend") == 0


# The same for one update as for several; pending ones add nothing (see test_query_counts for
# what the page reads).
UPDATES_PAGE_QUERIES = 11
