"""The city-wide view: only with the role, only of networks that agreed, consent read live."""

import datetime

import pytest
from django.urls import reverse

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.synergy import citywide, services
from netzwerkstatt.synergy.models import (
    CitywideCoordinator,
    FindingDecision,
    FindingStatus,
    ParallelOfferFinding,
)
from tests.factories import (
    DistrictFactory,
    MembershipFactory,
    NeedFactory,
    NetworkFactory,
    OfferFactory,
    OrganisationFactory,
    TargetGroupFactory,
    TopicFactory,
    UserFactory,
    WeeklySlotFactory,
)

pytestmark = pytest.mark.django_db

FINDINGS = reverse("synergy:citywide_findings")
NEEDS = reverse("synergy:citywide_needs")


@pytest.fixture
def planner(world):
    """Someone at the city's social planning office, granted the role by a superuser."""
    person = UserFactory(email="sozialplanung@stadt.example")
    admin = UserFactory(email="admin@stadt.example", is_superuser=True, is_staff=True)
    citywide.grant_role(person, by=admin, note="Sozialplanung")
    return person


@pytest.fixture
def two_networks(world):
    """Homework help in the world's network and, 150 m away, in a second network."""
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    lernen = TopicFactory(slug="lernen", name="Lernen")
    north = DistrictFactory(slug="nord", name="Nord")
    east = DistrictFactory(slug="ost", name="Ost")
    second_network = NetworkFactory(slug="netz-ost", name="Netzwerk Ost")
    second_org = OrganisationFactory(slug="lernhaus", name="Lernhaus e.V.")
    MembershipFactory(network=second_network, organisation=second_org)
    first = OfferFactory(
        organisation=world.member_org,
        title="Hausaufgabenhilfe",
        description="Hausaufgabenhilfe für Grundschulkinder: wir lernen gemeinsam.",
        target_groups=[kinder],
        topics=[lernen],
        district=north,
        latitude=51.3600,
        longitude=12.4100,
    )
    second = OfferFactory(
        organisation=second_org,
        title="Hilfe bei den Hausaufgaben",
        description="Wir helfen Grundschulkindern bei den Hausaufgaben und lernen gemeinsam.",
        target_groups=[kinder],
        topics=[lernen],
        district=east,
        latitude=51.3610,
        longitude=12.4115,
    )
    WeeklySlotFactory(offer=first, weekday=1)
    WeeklySlotFactory(offer=second, weekday=1, start_time=datetime.time(14, 30))
    NeedFactory(network=world.network, title="Räume für Nachhilfe", district=north)
    NeedFactory(network=second_network, title="Dolmetscher gesucht", district=east)
    return second_network


def share(network, by=None):
    citywide.set_sharing(network, True, by=by)


def test_pages_refuse_everyone_without_the_role(as_user, world):
    admin = UserFactory(is_superuser=True, is_staff=True)
    for user in (world.coordinator, world.member, world.outsider, admin):
        client = as_user(user)
        assert client.get(FINDINGS).status_code == 403
        assert client.get(NEEDS).status_code == 403
    response = as_user(None).get(FINDINGS)
    assert response.status_code == 302 and "/anmelden" in response.url or "login" in response.url


def test_nothing_is_shown_without_consent(as_user, world, planner, two_networks):
    citywide.refresh()
    assert not ParallelOfferFinding.objects.filter(network__isnull=True).exists()
    client = as_user(planner)
    assert "keine parallelen Angebote" in client.get(FINDINGS).content.decode()
    assert "Räume für Nachhilfe" not in client.get(NEEDS).content.decode()


def test_pairs_across_two_sharing_networks(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    outcome = citywide.refresh()
    assert (outcome.networks, outcome.findings) == (2, 1)
    content = as_user(planner).get(FINDINGS).content.decode()
    assert "Hilfe bei den Hausaufgaben" in content
    needs = as_user(planner).get(NEEDS).content.decode()
    assert "Räume für Nachhilfe" in needs and "Dolmetscher gesucht" in needs


def test_one_network_sharing_is_not_enough_for_a_pair_across_networks(world, planner, two_networks):
    share(world.network)
    assert citywide.refresh().findings == 0


def test_withdrawal_hides_everything_at_once(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    citywide.refresh()
    citywide.set_sharing(two_networks, False, by=None)
    client = as_user(planner)
    # No refresh in between: consent is read on every request.
    assert "Hilfe bei den Hausaufgaben" not in client.get(FINDINGS).content.decode()
    needs = client.get(NEEDS).content.decode()
    assert "Dolmetscher gesucht" not in needs and "Räume für Nachhilfe" in needs
    finding = ParallelOfferFinding.objects.get(network__isnull=True)
    response = client.post(
        reverse("synergy:citywide_finding_status", args=[finding.pk]), {"status": "dismissed"}
    )
    assert response.status_code == 404
    assert ParallelOfferFinding.objects.get(pk=finding.pk).status == FindingStatus.NEW


def test_review_keeps_network_findings_untouched(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    MembershipFactory(
        network=world.network, organisation=two_networks.memberships.get().organisation
    )
    services.refresh_network(world.network)
    citywide.refresh()
    own = ParallelOfferFinding.objects.get(network=world.network)
    shared = ParallelOfferFinding.objects.get(network__isnull=True)
    assert (own.offer_a_id, own.offer_b_id) == (shared.offer_a_id, shared.offer_b_id)
    response = as_user(planner).post(
        reverse("synergy:citywide_finding_status", args=[shared.pk]),
        {"status": "dismissed", "note": "Zwei Stadtteile"},
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    own.refresh_from_db()
    assert (shared.status, shared.note, shared.status_changed_by) == (
        "dismissed",
        "Zwei Stadtteile",
        planner,
    )
    assert own.status == FindingStatus.NEW
    assert FindingDecision.objects.get().finding == shared
    # A network refresh leaves the city-wide finding alone, and the other way round.
    services.refresh_network(world.network)
    citywide.refresh()
    shared.refresh_from_db()
    assert shared.is_current and shared.status == FindingStatus.DISMISSED
    dismissed = as_user(planner).get(FINDINGS + "?status=dismissed").content.decode()
    assert "Zwei Stadtteile" in dismissed


def test_filters_by_network_and_district(as_user, world, planner, two_networks):
    third = NetworkFactory(slug="netz-west", name="Netzwerk West")
    for network in (world.network, two_networks, third):
        share(network)
    citywide.refresh()
    client = as_user(planner)
    assert (
        "Hilfe bei den Hausaufgaben" in client.get(FINDINGS + "?netzwerk=netz-ost").content.decode()
    )
    assert "Hilfe bei den Hausaufgaben" in client.get(FINDINGS + "?stadtteil=nord").content.decode()
    assert (
        "Hilfe bei den Hausaufgaben"
        not in client.get(FINDINGS + "?netzwerk=netz-west").content.decode()
    )
    needs = client.get(NEEDS + "?stadtteil=ost").content.decode()
    assert "Dolmetscher gesucht" in needs and "Räume für Nachhilfe" not in needs
    needs = client.get(NEEDS + f"?netzwerk={world.network.slug}").content.decode()
    assert "Dolmetscher gesucht" not in needs and "Räume für Nachhilfe" in needs


@pytest.mark.parametrize(
    "query",
    [
        "?netzwerk=gibt-es-nicht",
        "?stadtteil=%00",
        "?netzwerk=anderes-netz",  # exists but does not share
        "?stadtteil=nord&netzwerk[]=x&seite=abc",
        "?status=quatsch&seite=-1",
        "?stadtteil=" + "x" * 5000,
    ],
)
def test_bad_filter_values_are_ignored(as_user, world, planner, two_networks, query):
    share(world.network)
    share(two_networks)
    citywide.refresh()
    client = as_user(planner)
    for page in (FINDINGS, NEEDS):
        response = client.get(page + query)
        assert response.status_code == 200
    # An unusable network filter is dropped, never used to show a network that does not share.
    assert "Hilfe bei den Hausaufgaben" in client.get(FINDINGS + query).content.decode()


def test_network_coordinators_decide_about_sharing(as_user, world):
    url = reverse("synergy:citywide_sharing", args=[world.network.slug])
    assert as_user(world.member).get(url).status_code == 403
    assert as_user(world.outsider).post(url, {"shared_citywide": "on"}).status_code == 403
    client = as_user(world.coordinator)
    page = client.get(url).content.decode()
    assert "Niemand hat die Rolle zurzeit." in page
    response = client.post(url, {"shared_citywide": "on"}, follow=True)
    assert "Die stadtweite Koordination sieht dieses Netzwerk jetzt." in response.content.decode()
    assert citywide.shares_citywide(world.network)
    entry = AuditEntry.objects.get(action=AuditAction.CITYWIDE_SHARING_CHANGED)
    assert (entry.network, entry.before, entry.after) == (
        world.network,
        {"shared": False},
        {"shared": True},
    )
    response = client.post(url, {}, follow=True)
    assert "sieht nichts mehr von diesem Netzwerk" in response.content.decode()
    assert not citywide.shares_citywide(world.network)
    assert AuditEntry.objects.filter(action=AuditAction.CITYWIDE_SHARING_CHANGED).count() == 2


def test_sharing_page_names_the_role_holders(as_user, world, planner):
    url = reverse("synergy:citywide_sharing", args=[world.network.slug])
    page = as_user(world.coordinator).get(url).content.decode()
    assert planner.display_name in page and "Sozialplanung" in page


def test_dashboard_links_only_for_role_holders(as_user, world, planner):
    assert FINDINGS in as_user(planner).get(reverse("accounts:dashboard")).content.decode()
    assert (
        FINDINGS
        not in as_user(world.coordinator).get(reverse("accounts:dashboard")).content.decode()
    )


def test_admin_grant_and_revoke_are_audit_logged(client, world):
    admin = UserFactory(email="admin@stadt.example", is_superuser=True, is_staff=True)
    person = UserFactory(email="planung@stadt.example")
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        reverse("admin:synergy_citywidecoordinator_add"),
        {"user": person.pk, "note": "Sozialplanung"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    role = CitywideCoordinator.objects.get()
    assert (role.user, role.granted_by, role.note) == (person, admin, "Sozialplanung")
    granted = AuditEntry.objects.get(action=AuditAction.CITYWIDE_ROLE_GRANTED)
    assert granted.actor == admin and granted.after["person"] == person.email
    response = client.post(
        reverse("admin:synergy_citywidecoordinator_delete", args=[role.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not CitywideCoordinator.objects.exists()
    revoked = AuditEntry.objects.get(action=AuditAction.CITYWIDE_ROLE_REVOKED)
    assert revoked.actor == admin and revoked.before["person"] == person.email


def test_only_superusers_reach_the_role_in_the_admin(client, world):
    staff = UserFactory(is_staff=True)
    client.force_login(staff, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("admin:synergy_citywidecoordinator_add"))
    assert response.status_code == 403


def test_management_command_refreshes(world, planner, two_networks):
    from io import StringIO

    from django.core.management import call_command

    share(world.network)
    share(two_networks)
    out = StringIO()
    call_command("refresh_citywide_synergies", stdout=out)
    assert "2 networks sharing" in out.getvalue() and "1 parallel pairs" in out.getvalue()


def test_refresh_button_runs_the_refresh(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    response = as_user(planner).post(reverse("synergy:citywide_refresh"), follow=True)
    assert "werden neu berechnet" in response.content.decode()
    assert ParallelOfferFinding.objects.filter(network__isnull=True).count() == 1


def test_bad_decision_changes_nothing_and_says_so_in_german(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    citywide.refresh()
    finding = ParallelOfferFinding.objects.get(network__isnull=True)
    url = reverse("synergy:citywide_finding_status", args=[finding.pk])
    response = as_user(planner).post(url, {"status": "weg", "note": "x" * 600}, follow=True)
    assert "Unbekannte Entscheidung" in response.content.decode()
    finding.refresh_from_db()
    assert (finding.status, finding.note) == (FindingStatus.NEW, "")
    assert not FindingDecision.objects.exists()


def test_editing_an_offer_leaves_citywide_findings_to_the_citywide_refresh(
    world, planner, two_networks
):
    share(world.network)
    share(two_networks)
    citywide.refresh()
    finding = ParallelOfferFinding.objects.get(network__isnull=True)
    services.refresh_offer(finding.offer_a_id)
    finding.refresh_from_db()
    assert finding.is_current


# "Warum?" across networks and the networks named in the list ---------------------------------

EXPLAIN = reverse("synergy:citywide_explain")


def test_findings_name_each_offers_networks_and_district(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    citywide.refresh()
    client = as_user(planner)
    for query in ("", "?netzwerk=netz-ost", "?stadtteil=nord", "?stadtteil=ost&netzwerk=sis"):
        content = client.get(FINDINGS + query).content.decode()
        assert "<dt>Netzwerk</dt><dd><bdi>Netzwerk Ost</bdi></dd>" in content, query
        assert f"<dt>Netzwerk</dt><dd><bdi>{world.network.name}</bdi></dd>" in content, query
        assert "<dt>Stadtteil</dt><dd>Nord</dd>" in content and "<dd>Ost</dd>" in content
    # The "Warum?" of a finding opens the city-wide comparison of its pair.
    finding = ParallelOfferFinding.objects.get(network__isnull=True)
    assert f"{EXPLAIN}?a={finding.offer_a_id}&amp;b={finding.offer_b_id}" in content


def test_networks_that_do_not_share_are_not_named(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    # The Lernhaus is also in a network that keeps its data to itself.
    private = NetworkFactory(slug="geheim", name="Verschwiegenes Netz")
    MembershipFactory(network=private, organisation=two_networks.memberships.get().organisation)
    citywide.refresh()
    content = as_user(planner).get(FINDINGS).content.decode()
    assert "Verschwiegenes Netz" not in content


def test_why_across_two_networks(as_user, world, planner, two_networks):
    share(world.network)
    share(two_networks)
    first = world.member_org.offers.get()
    second = two_networks.memberships.get().organisation.offers.get()
    client = as_user(planner)
    content = client.get(f"{EXPLAIN}?a={first.pk}&b={second.pk}").content.decode()
    assert "Als Parallelangebote gemeldet" in content
    assert (
        "<dd><bdi>Netzwerk Ost</bdi></dd>" in content
        and f"<dd><bdi>{world.network.name}</bdi></dd>" in content
    )
    # The search finds offers of both networks, each with its network.
    content = client.get(f"{EXPLAIN}?suche_a=hausaufgaben").content.decode()
    assert "2 Angebote zu „hausaufgaben“ gefunden." in content
    assert "Lernhaus e.V. · <bdi>Netzwerk Ost</bdi> · Ost" in content


def test_why_never_shows_offers_of_networks_that_do_not_share(
    as_user, world, planner, two_networks
):
    share(world.network)  # the second network does not agree
    first = world.member_org.offers.get()
    second = two_networks.memberships.get().organisation.offers.get()
    client = as_user(planner)
    response = client.get(f"{EXPLAIN}?a={first.pk}&b={second.pk}")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Das zweite Angebot kann hier nicht verglichen werden" in content
    assert "Hilfe bei den Hausaufgaben" not in content
    content = client.get(f"{EXPLAIN}?suche_a=hausaufgaben").content.decode()
    assert "1 Angebot zu „hausaufgaben“ gefunden." in content
    assert "Hilfe bei den Hausaufgaben" not in content
    # A network that withdraws disappears from the comparison at once.
    share(two_networks)
    assert "Hilfe bei den Hausaufgaben" in client.get(f"{EXPLAIN}?b={second.pk}").content.decode()
    citywide.set_sharing(two_networks, False, by=None)
    assert (
        "Hilfe bei den Hausaufgaben"
        not in client.get(f"{EXPLAIN}?a={first.pk}&b={second.pk}").content.decode()
    )


@pytest.mark.parametrize(
    "query",
    ["a=abc&b=xyz", "a=1&b=1", "suche_a=" + "x" * 100_000, "suche_b=%20&suchen=b", "a=-5"],
)
def test_why_bad_input_is_a_message(as_user, world, planner, two_networks, query):
    share(world.network)
    response = as_user(planner).get(f"{EXPLAIN}?{query}")
    assert response.status_code == 200
    content = response.content.decode()
    assert any(sign in content for sign in ("message-error", "errorlist", "Bitte geben Sie"))


def test_why_is_for_the_role_only(as_user, world, planner):
    assert as_user(None).get(EXPLAIN).status_code == 302
    for person in (world.coordinator, world.member, world.outsider):
        assert as_user(person).get(EXPLAIN).status_code == 403
    assert as_user(planner).get(EXPLAIN).status_code == 200


def test_why_search_query_count_is_pinned(
    as_user, world, planner, two_networks, django_assert_num_queries
):
    share(world.network)
    share(two_networks)
    first = world.member_org.offers.get()
    client = as_user(planner)
    url = f"{EXPLAIN}?a={first.pk}&suche_a=hilfe&suche_b=hilfe"
    client.get(url)
    # Session and user, the role, the chosen offer, per side the hits and their count, and the
    # sharing networks of the organisations shown.
    with django_assert_num_queries(9):
        assert client.get(url).status_code == 200
    for number in range(30):
        OfferFactory(organisation=world.member_org, title=f"Hilfe beim Umzug {number}")
    with django_assert_num_queries(9):
        assert client.get(url).status_code == 200


def test_needs_name_districts_and_target_groups_in_the_pages_language(
    client, world, planner, two_networks
):
    """Taxonomy terms are shown by their translated label, not their German name."""
    from django.utils import translation

    from netzwerkstatt.core.models import District, TargetGroup
    from netzwerkstatt.offers.models import Need

    District.objects.filter(slug="nord").update(translations={"ar": "الشمال"})
    children = TargetGroup.objects.get(slug="kinder")
    TargetGroup.objects.filter(pk=children.pk).update(translations={"ar": "الأطفال"})
    Need.objects.get(title="Räume für Nachhilfe").target_groups.set([children])
    share(world.network)
    client.force_login(planner, backend="django.contrib.auth.backends.ModelBackend")
    with translation.override("ar"):
        url = reverse("synergy:citywide_needs")
    arabic = client.get(url, headers={"accept-language": "ar"}).content.decode()
    assert "الشمال" in arabic and "الأطفال" in arabic
    assert " · Nord" not in arabic
    # German content keeps its own direction on the right-to-left page.
    assert '<strong dir="auto">Räume für Nachhilfe</strong>' in arabic
    assert f"<bdi>{world.network.name}</bdi>" in arabic
