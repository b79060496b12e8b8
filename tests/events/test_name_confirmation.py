"""Publishing an event in another organisation's name waits for that organisation's word.

Regression tests for issue 12 ("the event is published at once in that organisation's name";
"the event form pre-selects the alphabetically first organisation"), the confirm and decline
routes for every relationship, and bad input (twice, after confirming, foreign ids).
"""

import icalendar
import pytest
from django.urls import reverse

from netzwerkstatt.events import selectors, services
from netzwerkstatt.events.models import Event, EventCoOrganiser
from tests.events.factories import EventFactory, in_days
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory
from tests.name_consent import RELATIONS, assert_refused, build_relations

pytestmark = pytest.mark.django_db


@pytest.fixture
def rel(world):
    return build_relations(world)


def _form(organiser, **extra) -> dict:
    return {
        "organiser": organiser.pk,
        "title": "Hoffest im fremden Namen",
        "description": "Alle sind eingeladen.",
        "place_name": "Hof",
        "city": "Leipzig",
        "visibility": "public",
        "termine-TOTAL_FORMS": "1",
        "termine-INITIAL_FORMS": "0",
        "termine-MIN_NUM_FORMS": "1",
        "termine-MAX_NUM_FORMS": "60",
        "termine-0-starts_at": in_days(20, 15).strftime("%Y-%m-%dT%H:%M"),
        "termine-0-ends_at": in_days(20, 18).strftime("%Y-%m-%dT%H:%M"),
        **extra,
    }


def _pending_event(world, **extra) -> Event:
    fields = {
        "network": world.network,
        "organiser": world.member_org,
        "title": "Hoffest im fremden Namen",
        "organiser_confirmed_at": None,
        "created_by": world.coordinator,
        **extra,
    }
    return EventFactory(**fields)


def _everywhere(client, world) -> str:
    """Everything a visitor or member reads about events: list, month, feeds, network page."""
    start = in_days(20, 15)
    pages = [
        reverse("events:calendar"),
        reverse("events:month", args=[start.year, start.month]),
        reverse("events:public_feed"),
        world.network.get_absolute_url(),
    ]
    return "".join(client.get(url).content.decode() for url in pages)


# Regression: an event published at once in another organisation's name --------------------


def test_coordinator_naming_a_member_as_organiser_publishes_nothing_until_it_confirms(
    world, rel, as_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.coordinator).post(
            reverse("events:create", args=[world.network.slug]), _form(world.member_org)
        )
    assert response.status_code == 302
    event = Event.objects.get(title="Hoffest im fremden Namen")
    assert event.organiser == world.member_org and not event.organiser_confirmed
    # The organiser's staff are told, with the way to "Mein Bereich".
    assert [mail.to for mail in mailoutbox] == [[world.member.email]]
    assert "Bitte bestätigen Sie die Veranstaltung" in mailoutbox[0].subject
    assert reverse("accounts:dashboard") in mailoutbox[0].body
    # Not in the calendar, month view, feeds or the network page, for anyone.
    for who in ("anonymous", "colleague", "named", "coordinator"):
        assert "Hoffest im fremden Namen" not in _everywhere(as_user(rel[who]), world), who
    token = services.calendar_token_for(rel["colleague"]).token
    private = as_user(None).get(reverse("events:private_feed", args=[token])).content
    assert b"Hoffest" not in private
    # The page exists only for whoever published it, the organiser's staff and coordinators.
    for who in ("anonymous", "outsider", "colleague", "foreign_coordinator"):
        assert as_user(rel[who]).get(event.get_absolute_url()).status_code == 404, who
    for who in ("coordinator", "named", "admin"):
        page = as_user(rel[who]).get(event.get_absolute_url())
        assert page.status_code == 200 and "Wartet auf die Bestätigung" in page.content.decode()
    # Once the organiser confirms, it is everywhere.
    services.confirm_event_organiser(event, by=world.member)
    assert "Hoffest im fremden Namen" in _everywhere(as_user(None), world)


def test_staff_publishing_for_their_own_organisation_is_published_at_once(world, as_user):
    response = as_user(world.member).post(
        reverse("events:create", args=[world.network.slug]), _form(world.member_org)
    )
    assert response.status_code == 302
    event = Event.objects.get(title="Hoffest im fremden Namen")
    assert event.organiser_confirmed and event.organiser_confirmed_by == world.member
    assert "Hoffest im fremden Namen" in _everywhere(as_user(None), world)


def test_a_member_cannot_name_another_organisation_as_organiser(world, rel, as_user):
    response = as_user(rel["colleague"]).post(
        reverse("events:create", args=[world.network.slug]), _form(world.member_org)
    )
    assert response.status_code == 200  # the form again, with its error
    assert not Event.objects.filter(title="Hoffest im fremden Namen").exists()


@pytest.mark.parametrize("who", ["applicant", "former", "outsider", "foreign_coordinator"])
def test_only_member_staff_publish_in_the_network(world, rel, as_user, who):
    user = rel[who]
    own = user.staff_positions.first().organisation
    response = as_user(user).post(reverse("events:create", args=[world.network.slug]), _form(own))
    assert response.status_code == 403
    assert not Event.objects.filter(title="Hoffest im fremden Namen").exists()


def test_a_co_organiser_named_by_its_own_staff_is_confirmed_at_once(world, rel):
    both = rel["colleague"]
    StaffFactory(user=both, organisation=world.member_org)
    event = services.create_event(
        world.network,
        organiser=world.member_org,
        data={"title": "Zusammen", "description": "x", "place_name": "Hof"},
        dates=[{"starts_at": in_days(3, 10), "ends_at": in_days(3, 12)}],
        co_organisers=[
            both.staff_positions.exclude(organisation=world.member_org).get().organisation
        ],
        by=both,
    )
    link = event.co_organiser_links.get()
    assert link.is_confirmed and link.confirmed_by == both and link.added_by == both


def test_an_unconfirmed_co_organiser_is_not_named_publicly(world, rel, as_user):
    colleague_org = rel["colleague"].staff_positions.get().organisation
    event = EventFactory(network=world.network, organiser=world.member_org, title="Sommerfest")
    EventCoOrganiser.objects.create(event=event, organisation=colleague_org)
    anonymous = as_user(None).get(event.get_absolute_url()).content.decode()
    assert "CVJM Nachbar" not in anonymous
    calendar = icalendar.Calendar.from_ical(
        as_user(None).get(reverse("events:public_feed")).content
    )
    assert "CVJM Nachbar" not in str(calendar.walk("VEVENT")[0]["DESCRIPTION"])
    filtered = as_user(None).get(reverse("events:calendar") + "?organisation=cvjm-nachbar")
    assert "Sommerfest" in filtered.content.decode()  # the unknown filter value is dropped
    assert colleague_org not in selectors.organisations_with_events()
    own_view = as_user(rel["colleague"]).get(event.get_absolute_url()).content.decode()
    assert "CVJM Nachbar" in own_view and "Mitveranstaltung ablehnen" in own_view


# Regression: the form pre-selected the alphabetically first organisation --------------------


def test_event_form_preselects_the_coordinators_own_organisation(world, as_user):
    # "Aaa" comes first in the alphabet; the coordinator works for "Wir im Quartier".
    first = OrganisationFactory(slug="aaa", name="Aaa Verein")
    MembershipFactory(network=world.network, organisation=first)
    form = as_user(world.coordinator).get(reverse("events:create", args=[world.network.slug]))
    field = form.context["form"]["organiser"]
    assert field.value() == world.coordinator_org.pk
    assert f'value="{world.coordinator_org.pk}" selected' in form.content.decode()
    choices = {pk.value for pk, _label in field.field.choices}
    assert {first.pk, world.member_org.pk, world.coordinator_org.pk} <= choices


def test_event_form_offers_a_member_only_their_own_organisation(world, as_user):
    OrganisationFactory(slug="aaa", name="Aaa Verein")
    form = as_user(world.member).get(reverse("events:create", args=[world.network.slug]))
    field = form.context["form"]["organiser"]
    assert [pk.value for pk, _label in field.field.choices] == [world.member_org.pk]
    assert field.value() == world.member_org.pk


# The confirm and decline routes, for every relationship ------------------------------------

ANSWER_ROUTES = ["confirm_organiser", "decline_organiser"]


@pytest.mark.parametrize("who", RELATIONS)
@pytest.mark.parametrize("route", ANSWER_ROUTES)
def test_only_the_organisers_staff_answer_for_it(world, rel, as_user, who, route):
    event = _pending_event(world)
    user = rel[who]
    response = as_user(user).post(reverse(f"events:{route}", args=[event.pk]))
    event.refresh_from_db()
    if who == "named":
        assert response.status_code == 302
        if route == "confirm_organiser":
            assert event.organiser_confirmed and event.organiser_confirmed_by == user
        else:
            assert event.organiser_declined and not event.organiser_confirmed
    else:
        assert_refused(response, user)
        assert not event.organiser_confirmed and not event.organiser_declined


@pytest.mark.parametrize("who", RELATIONS)
@pytest.mark.parametrize("route", ["confirm_co_organiser", "decline_co_organiser"])
def test_only_the_co_organisers_staff_answer_for_it(world, rel, as_user, who, route):
    # The named organisation is the co-organiser here; the colleague's organisation organises.
    organiser = rel["colleague"].staff_positions.get().organisation
    event = EventFactory(network=world.network, organiser=organiser)
    EventCoOrganiser.objects.create(event=event, organisation=world.member_org)
    user = rel[who]
    response = as_user(user).post(
        reverse(f"events:{route}", args=[event.pk, world.member_org.slug]), {"part": "Kuchen"}
    )
    links = EventCoOrganiser.objects.filter(event=event, organisation=world.member_org)
    if who == "named":
        assert response.status_code == 302
        if route == "confirm_co_organiser":
            assert links.get().confirmed_by == user and links.get().part == "Kuchen"
        else:
            assert not links.exists()
    else:
        assert_refused(response, user)
        assert links.get().confirmed_at is None


def test_answer_routes_take_post_only(world, as_user):
    event = _pending_event(world)
    response = as_user(world.member).get(reverse("events:confirm_organiser", args=[event.pk]))
    assert response.status_code == 405
    event.refresh_from_db()
    assert not event.organiser_confirmed


# Declining tells whoever named the organisation -------------------------------------------


def test_declining_as_organiser_keeps_the_event_unpublished_and_tells_its_publisher(
    world, as_user, mailoutbox, django_capture_on_commit_callbacks
):
    event = _pending_event(world)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.member).post(
            reverse("events:decline_organiser", args=[event.pk]),
            {"next": reverse("accounts:dashboard")},
        )
    assert response["Location"] == reverse("accounts:dashboard")
    assert [mail.to for mail in mailoutbox] == [[world.coordinator.email]]
    assert "hat abgelehnt" in mailoutbox[0].subject
    assert "Hoffest im fremden Namen" not in _everywhere(as_user(None), world)
    page = as_user(world.coordinator).get(event.get_absolute_url()).content.decode()
    assert "Vom Veranstalter abgelehnt" in page


def test_declining_as_co_organiser_removes_the_name_and_tells_who_added_it(
    world, rel, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventFactory(network=world.network, organiser=world.member_org)
    colleague_org = rel["colleague"].staff_positions.get().organisation
    with django_capture_on_commit_callbacks(execute=True):
        services.update_event(event, data={}, co_organisers=[colleague_org], by=world.member)
    assert [mail.to for mail in mailoutbox] == [[rel["colleague"].email]]
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.decline_co_organisation(event, organisation=colleague_org, by=rel["colleague"])
    assert not event.co_organiser_links.exists()
    assert [mail.to for mail in mailoutbox] == [[world.member.email]]
    assert "Mitveranstalter" in mailoutbox[0].body


def test_an_external_next_address_is_not_followed(world, as_user):
    event = _pending_event(world)
    response = as_user(world.member).post(
        reverse("events:confirm_organiser", args=[event.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == event.get_absolute_url()


# Bad input --------------------------------------------------------------------------------


def _messages(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


def test_confirming_twice_says_so_and_changes_nothing(world, as_user):
    event = _pending_event(world)
    services.confirm_event_organiser(event, by=world.member)
    event.refresh_from_db()
    first = event.organiser_confirmed_at
    response = as_user(world.member).post(
        reverse("events:confirm_organiser", args=[event.pk]), follow=True
    )
    assert response.status_code == 200
    assert "bereits bestätigt" in _messages(response)
    event.refresh_from_db()
    assert event.organiser_confirmed_at == first


def test_declining_after_confirming_says_so_and_changes_nothing(world, as_user):
    event = _pending_event(world)
    services.confirm_event_organiser(event, by=world.member)
    response = as_user(world.member).post(
        reverse("events:decline_organiser", args=[event.pk]), follow=True
    )
    assert "kann nicht mehr abgelehnt werden" in _messages(response)
    event.refresh_from_db()
    assert event.organiser_confirmed and not event.organiser_declined


def test_confirming_after_declining_says_so(world, as_user):
    event = _pending_event(world)
    services.decline_event_organiser(event, by=world.member)
    response = as_user(world.member).post(
        reverse("events:confirm_organiser", args=[event.pk]), follow=True
    )
    assert "bereits abgelehnt" in _messages(response)
    event.refresh_from_db()
    assert not event.organiser_confirmed


def test_co_organiser_confirming_twice_and_declining_after_confirming(world, rel, as_user):
    event = EventFactory(network=world.network, organiser=world.member_org)
    colleague_org = rel["colleague"].staff_positions.get().organisation
    EventCoOrganiser.objects.create(event=event, organisation=colleague_org)
    url = reverse("events:confirm_co_organiser", args=[event.pk, colleague_org.slug])
    client = as_user(rel["colleague"])
    client.post(url, {"part": "Spiele"})
    again = client.post(url, {"part": "Etwas anderes"}, follow=True)
    assert "bereits bestätigt" in _messages(again)
    declined = client.post(
        reverse("events:decline_co_organiser", args=[event.pk, colleague_org.slug]), follow=True
    )
    assert "kann nicht mehr abgelehnt werden" in _messages(declined)
    link = event.co_organiser_links.get()
    assert link.part == "Spiele" and link.is_confirmed


def test_foreign_ids_are_not_found(world, rel, as_user):
    event = EventFactory(network=world.network, organiser=world.member_org)
    client = as_user(world.member)
    # An organisation that is no co-organiser of this event, and one that does not exist.
    for slug in ("cvjm-nachbar", "gibt-es-nicht"):
        response = client.post(reverse("events:decline_co_organiser", args=[event.pk, slug]))
        assert response.status_code == 404
    assert client.post(reverse("events:confirm_organiser", args=[999999])).status_code == 404


# "Mein Bereich" --------------------------------------------------------------------------


def test_dashboard_box_lists_what_waits_and_answers_without_javascript(world, rel, as_user):
    event = _pending_event(world)
    other = EventFactory(
        network=world.network, organiser=rel["colleague"].staff_positions.get().organisation
    )
    EventCoOrganiser.objects.create(
        event=other, organisation=world.member_org, added_by=rel["colleague"]
    )
    client = as_user(world.member)
    page = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Im Namen Ihrer Organisation veröffentlicht" in page
    assert event.title in page and other.title in page
    response = client.post(
        reverse("events:confirm_organiser", args=[event.pk]),
        {"next": reverse("accounts:dashboard")},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("accounts:dashboard")
    assert "Veranstaltung ist bestätigt" in _messages(response)
    # Colleagues of other organisations see no box.
    assert (
        "Im Namen Ihrer Organisation"
        not in as_user(rel["coordinator"]).get(reverse("accounts:dashboard")).content.decode()
    )


def test_pending_confirmations_take_two_queries(world, rel, django_assert_num_queries):
    for number in range(4):
        _pending_event(world, title=f"Wartend {number}")
        other = EventFactory(
            network=world.network, organiser=rel["colleague"].staff_positions.get().organisation
        )
        EventCoOrganiser.objects.create(event=other, organisation=world.member_org)
    with django_assert_num_queries(2):
        pending = selectors.pending_event_confirmations(world.member)
        shown = [(e.title, e.organiser.name, e.network.name, e.created_by) for e in pending.events]
        shown += [
            (link.event.title, link.event.organiser.name, link.organisation.slug)
            for link in pending.co_organiser_links
        ]
    assert len(pending.events) == 4 and len(pending.co_organiser_links) == 4


def test_declined_events_leave_the_box(world):
    event = _pending_event(world)
    services.decline_event_organiser(event, by=world.member)
    assert selectors.pending_event_confirmations(world.member).events == []
