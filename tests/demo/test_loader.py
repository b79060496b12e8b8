"""The demo network: complete, realistic, idempotent, and found by the search."""

import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.models import TargetGroup
from netzwerkstatt.demo import data
from netzwerkstatt.demo.loader import DemoDataError, load_demo_network
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    Network,
    Organisation,
    Project,
    SocialLink,
    Staff,
)
from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import Need, NeedStatus, Offer, OfferStatus, WeeklySlot

SEED_MEMBERS = [
    "wiq",
    "internationale-frauen",
    "raa-20-oberschule",
    "malteser",
    "poliklinik",
    "cvjm",
    "kulturkutsche-wilma",
    "kinder-und-jugendbuero",
]
COUNTED_MODELS = [
    Network,
    Organisation,
    Project,
    SocialLink,
    Membership,
    Staff,
    User,
    Offer,
    WeeklySlot,
    Need,
    Offer.target_groups.through,
    Offer.languages.through,
    Need.answering_offers.through,
]


@pytest.fixture
def demo(db):
    return load_demo_network()


def _counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in COUNTED_MODELS}


def test_demo_has_enough_offers_and_needs(demo):
    assert Offer.objects.filter(status__in=[OfferStatus.ACTIVE, OfferStatus.PAUSED]).count() >= 30
    assert Offer.objects.filter(status=OfferStatus.PAUSED).exists()
    assert Offer.objects.filter(status=OfferStatus.ENDED).exists()
    assert Need.objects.filter(network__slug="sis-schoenefeld").count() >= 12
    assert not Offer.objects.annotate(n=Count("weekly_slots")).filter(n=0).exists()
    assert demo.offers == Offer.objects.count()


def test_seed_organisations_are_members_of_sis_and_wiq_coordinates(demo):
    sis = Network.objects.get(slug="sis-schoenefeld")
    members = Membership.objects.filter(network=sis, status="member")
    assert set(members.values_list("organisation__slug", flat=True)) == set(SEED_MEMBERS)
    coordinators = members.filter(role=MembershipRole.COORDINATOR)
    assert list(coordinators.values_list("organisation__slug", flat=True)) == ["wiq"]
    assert len(sis.goal_list()) == 3
    assert len(sis.activity_list()) == 5


def test_daa_has_a_profile_but_is_no_member(demo):
    daa = Organisation.objects.get(slug="daa")
    assert set(daa.projects.values_list("name", flat=True)) == {"AVE", "kommPAkT.LE"}
    assert not Membership.objects.filter(organisation=daa).exists()


def test_wiq_is_in_a_second_network(demo):
    assert Membership.objects.filter(organisation__slug="wiq").count() == 2


def test_some_open_needs_are_answered_by_no_offer(demo):
    gaps = Need.objects.filter(status=NeedStatus.OPEN, answering_offers__isnull=True)
    assert gaps.count() >= 2
    assert Need.objects.filter(scope="organisation").exists()


def test_homework_help_is_offered_in_parallel_on_tuesday_afternoons(demo):
    homework = search.filter_by_text(Offer.objects.all(), "Hausaufgaben")
    assert homework.values("organisation").distinct().count() >= 3
    on_tuesday = homework.filter(weekly_slots__weekday=1, weekly_slots__start_time__hour__lt=16)
    assert on_tuesday.values("organisation").distinct().count() >= 3


def test_free_offers_for_young_people_on_tuesday_in_arabic_or_german(demo):
    found = Offer.objects.filter(
        status=OfferStatus.ACTIVE,
        is_free=True,
        target_groups__slug="jugendliche",
        languages__slug__in=["de", "ar"],
        weekly_slots__weekday=1,
    ).distinct()
    assert found.count() >= 2


def test_loading_twice_duplicates_nothing(demo):
    before = _counts()

    second = load_demo_network()

    assert _counts() == before
    assert second.created == 0


def test_reloading_restores_edited_offers(demo):
    renamed = Offer.objects.get(title="Hausaufgabenhilfe im Stadtteilprojekt")
    renamed.title = "Umbenannt"
    renamed.save()
    edited = Offer.objects.get(title="Sprachcafé für Frauen")
    edited.description = "Von Besucher:innen überschrieben."
    edited.save()
    edited.weekly_slots.all().delete()
    resumed = Offer.objects.get(title="Nähwerkstatt für Frauen")
    resumed.status = OfferStatus.ACTIVE
    resumed.save()
    before = _counts()

    load_demo_network()

    renamed.refresh_from_db()
    edited.refresh_from_db()
    resumed.refresh_from_db()
    assert renamed.title == "Hausaufgabenhilfe im Stadtteilprojekt"
    assert edited.description.startswith("Im Sprachcafé üben Frauen Deutsch")
    assert edited.weekly_slots.count() == 1
    assert resumed.status == OfferStatus.ENDED
    assert Offer.objects.count() == before[Offer._meta.label]
    assert search.filter_by_text(Offer.objects.all(), "Umbenannt").count() == 0


def test_demo_password_is_reset_on_reload(demo):
    user = User.objects.get(email="koordination@wiq.example.org")
    user.set_password("etwas-anderes")
    user.save()

    load_demo_network()

    user.refresh_from_db()
    assert user.check_password(data.DEMO_PASSWORD)


def test_demo_users_and_roles(demo):
    admin = User.objects.get(email="admin@netzwerkstatt.example.org")
    assert admin.is_superuser and admin.is_staff
    assert admin.check_password(data.DEMO_PASSWORD)
    coordinator = User.objects.get(email="koordination@wiq.example.org")
    assert coordinator.display_name == "Jana Beispiel"
    assert coordinator.staff_positions.get().organisation.slug == "wiq"
    for slug in ["internationale-frauen", "raa-20-oberschule", "malteser"]:
        assert Staff.objects.filter(organisation__slug=slug).exists()


def test_all_email_addresses_are_on_reserved_example_domains(demo):
    reserved = ("example.org", "example.com", "example.net")
    emails = list(User.objects.values_list("email", flat=True))
    assert len(emails) == len(data.USERS)
    for email in emails:
        domain = email.rsplit("@", 1)[1]
        # Sub-domains such as wiq.example.org are reserved as well.
        assert domain in reserved or domain.endswith(tuple("." + d for d in reserved)), email


def test_offers_lie_in_leipzig_nordost(demo):
    for lat, lon, postcode in Offer.objects.values_list("latitude", "longitude", "postcode"):
        assert 51.33 < lat < 51.38 and 12.38 < lon < 12.44
        assert postcode in {"04347", "04357", "04315", "04103"}


def test_unknown_taxonomy_slug_is_a_clear_error_and_writes_nothing(db, monkeypatch):
    broken = [{**data.OFFERS[0], "target_groups": ["gibt-es-nicht"]}]
    monkeypatch.setattr(data, "OFFERS", broken)

    with pytest.raises(DemoDataError, match="gibt-es-nicht"):
        load_demo_network()

    assert not Organisation.objects.exists()


def test_a_missing_default_term_stops_the_load_before_anything_is_written(db):
    TargetGroup.objects.filter(slug="jugendliche").delete()
    with pytest.raises(DemoDataError, match="jugendliche"):
        load_demo_network()
    assert not Organisation.objects.exists()


def test_load_demo_command_prints_a_summary(db):
    out = StringIO()
    call_command("load_demo", stdout=out)
    summary = out.getvalue()
    assert "39 Angebote" in summary
    assert "Beiträge" in summary and "Veranstaltungen" in summary
    assert "1 Mitgliedsantrag (" in summary


def test_demo_command_prepares_everything_and_prints_the_logins(db, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    out = StringIO()

    call_command("demo", "--no-serve", "--port", "8765", stdout=out)

    text = out.getvalue()
    assert "http://127.0.0.1:8765/" in text
    assert "koordination@wiq.example.org" in text
    assert data.DEMO_PASSWORD in text
    assert Offer.objects.count() == len(data.OFFERS)
    assert (tmp_path / "static").is_dir()


def test_cli_demo_environment_keeps_a_secret_and_shows_the_reference_network(tmp_path, monkeypatch):
    from netzwerkstatt import cli

    monkeypatch.setenv("NETZWERKSTATT_VAR_DIR", str(tmp_path))
    for name in ("SECRET_KEY", "SECURE_HTTPS", "DEFAULT_NETWORK_SLUG"):
        monkeypatch.delenv(name, raising=False)
    cli._demo_environment()
    key = (tmp_path / "secret_key").read_text()
    assert len(key) >= 50
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"
    assert os.environ["SECRET_KEY"] == key
    assert os.environ["SECURE_HTTPS"] == "false"
    assert os.environ["DEFAULT_NETWORK_SLUG"] == data.DEMO_NETWORK_SLUG
    # A second start keeps the key, so sessions survive a restart.
    monkeypatch.delenv("SECRET_KEY")
    cli._demo_environment()
    assert os.environ["SECRET_KEY"] == key


def test_every_demo_organisation_keeps_its_profile_to_itself(demo):
    """Under the consent rule every demo organisation has staff, so the coordinators edit none
    of them; WiQ's coordinator still coordinates SIS."""
    from netzwerkstatt.networks.permissions import can_coordinate, editable_organisations

    coordinator = User.objects.get(email="koordination@wiq.example.org")
    assert list(editable_organisations(coordinator).values_list("slug", flat=True)) == ["wiq"]
    assert can_coordinate(coordinator, Network.objects.get(slug=data.DEMO_NETWORK_SLUG))


def test_reloading_withdraws_questions_a_visitor_left_open(demo):
    from netzwerkstatt.networks import services
    from netzwerkstatt.networks.models import ConsentStatus, NetworkInvitation, StaffRequest

    malteser = User.objects.get(email="redaktion@malteser.example.org")
    services.invite_organisation(
        Network.objects.get(slug="netzwerk-leipzig-nordost"),
        organisation=Organisation.objects.get(slug="internationale-frauen"),
        by=malteser,
    )
    services.invite_staff(
        Organisation.objects.get(slug="malteser"),
        email="neu@example.org",
        display_name="Neu",
        by=malteser,
    )
    load_demo_network()
    assert not NetworkInvitation.objects.filter(status=ConsentStatus.OPEN).exists()
    assert not StaffRequest.objects.filter(status=ConsentStatus.OPEN).exists()


def test_the_daa_waits_for_its_people_as_a_placeholder(demo):
    daa = Organisation.objects.get(slug="daa")
    Staff.objects.create(user=User.objects.get(email="redaktion@raa.example.org"), organisation=daa)
    load_demo_network()
    assert not Staff.objects.filter(organisation=daa).exists()


def test_some_offers_and_a_profile_come_with_translations(db):
    from django.test import override_settings
    from django.utils import translation

    from tests.languages import SEVEN_LANGUAGES

    with override_settings(LANGUAGES=SEVEN_LANGUAGES):
        load_demo_network()
        homework = Offer.objects.get(title="Hilfe bei den Hausaufgaben")
        profile = Organisation.objects.get(slug="internationale-frauen")
        with translation.override("ar"):
            assert homework.translated("title") == "المساعدة في الواجبات المدرسية"
        with translation.override("uk"):
            assert profile.translated("description").startswith("Самоорганізація")
            # Not every field is translated: the page shows those in German, marked.
            assert homework.translated("description").is_fallback


def test_translations_into_languages_the_site_does_not_offer_are_left_out(db):
    from django.test import override_settings

    with override_settings(LANGUAGES=[("de", "German"), ("uk", "Ukrainian")]):
        load_demo_network()
    homework = Offer.objects.get(title="Hilfe bei den Hausaufgaben")
    assert set(homework.translations) == {"uk"}


def test_citywide_planner_sees_the_demo_networks(demo, client):
    from django.urls import reverse

    from netzwerkstatt.audit.models import AuditAction, AuditEntry
    from netzwerkstatt.synergy import citywide
    from netzwerkstatt.synergy.models import ParallelOfferFinding

    planner = User.objects.get(email="stadtplanung@leipzig.example.org")
    assert planner.check_password(data.DEMO_PASSWORD) and not planner.is_staff
    assert citywide.is_citywide_coordinator(planner)
    # Granted by the admin, as in the admin interface, and audit-logged as such.
    grant = AuditEntry.objects.get(action=AuditAction.CITYWIDE_ROLE_GRANTED)
    assert grant.actor.email == "admin@netzwerkstatt.example.org"
    # Each network agreed through one of its coordinators; the audit log says who.
    assert set(citywide.sharing_networks().values_list("slug", flat=True)) == {
        spec["slug"] for spec in data.NETWORKS
    }
    agreed = AuditEntry.objects.filter(action=AuditAction.CITYWIDE_SHARING_CHANGED)
    assert {entry.actor.email for entry in agreed} == {
        "koordination@wiq.example.org",
        "redaktion@malteser.example.org",
    }
    assert ParallelOfferFinding.objects.filter(network__isnull=True, is_current=True).exists()
    client.force_login(planner)
    page = client.get(reverse("synergy:citywide_findings")).content.decode()
    assert "<dt>Netzwerk</dt>" in page

    # Loading again neither grants nor agrees twice; a withdrawn consent is given back.
    citywide.set_sharing(citywide.sharing_networks().first(), False, by=None)
    load_demo_network()
    assert AuditEntry.objects.filter(action=AuditAction.CITYWIDE_ROLE_GRANTED).count() == 1
    assert citywide.sharing_networks().count() == len(data.NETWORKS)
