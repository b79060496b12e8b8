"""HSDS import: the Open Referral examples (3.0 JSON) and a Miami excerpt (tabular CSV)."""

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.imports.models import ImportedRecord
from netzwerkstatt.imports.records import ImportFailed
from netzwerkstatt.imports.services import import_hsds_package
from netzwerkstatt.networks.models import Membership, MembershipStatus, Organisation
from netzwerkstatt.offers.models import Offer, WeeklySlot
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory

DATA = Path(__file__).parent / "data"
MIAMI = DATA / "miami"
HSDS3 = DATA / "hsds3"
FULL_MIAMI = Path("/work/shared/data/open211-miami-hsds")

pytestmark = pytest.mark.django_db


def _counts(report, kind="offers"):
    return report.counts[kind]


def test_miami_excerpt_creates_placeholders_offers_and_times(world):
    report = import_hsds_package(MIAMI, network=world.network, by=world.coordinator)
    assert _counts(report, "organisations")["created"] == 9
    assert _counts(report)["created"] == 25
    # The five services whose organisation is missing are skipped with a reason.
    orphans = [p for p in report.problems if p.skipped and "nicht in der Datei" in p.message]
    assert len(orphans) == 5 and _counts(report)["skipped"] == 5
    girl_scouts = Offer.objects.get(title__startswith="GIRL SCOUTS")
    assert girl_scouts.city == "Miami" and girl_scouts.postcode == "33157"
    assert set(girl_scouts.languages.values_list("slug", flat=True)) == {"en", "es"}
    assert WeeklySlot.objects.filter(offer=girl_scouts).count() == 5
    # Imported organisations are placeholders listed as members.
    organisation = girl_scouts.organisation
    assert not organisation.staff.exists()
    assert (
        Membership.objects.get(network=world.network, organisation=organisation).status
        == MembershipStatus.MEMBER
    )
    assert "\\n" not in Offer.objects.exclude(description="").first().description
    entry = AuditEntry.objects.get(action=AuditAction.IMPORTED, organisation=None)
    assert entry.actor == world.coordinator and entry.network == world.network
    # Each filled organisation's own log says who imported into it.
    logged = AuditEntry.objects.get(action=AuditAction.IMPORTED, organisation=organisation)
    assert logged.actor == world.coordinator
    assert logged.note == "miami: 1 Angebote neu, 0 aktualisiert."
    assert entry.note.startswith("miami: Angebote 25 neu, 0 aktualisiert, 0 unverändert")


def test_second_run_updates_by_source_id_and_creates_nothing(world):
    import_hsds_package(MIAMI, network=world.network)
    offers, organisations = Offer.objects.count(), Organisation.objects.count()
    report = import_hsds_package(MIAMI, network=world.network)
    assert _counts(report)["unchanged"] == 25 and _counts(report)["created"] == 0
    assert _counts(report, "organisations")["unchanged"] == 9
    assert (Offer.objects.count(), Organisation.objects.count()) == (offers, organisations)


def test_changed_source_updates_the_offer(world, tmp_path):
    copy = tmp_path / "miami"
    shutil.copytree(MIAMI, copy)
    import_hsds_package(copy, network=world.network, source="miami")
    services = (copy / "services.csv").read_text(encoding="utf-8")
    (copy / "services.csv").write_text(
        services.replace(
            '136,136,,"GIRL SCOUTS COUNCIL OF TROPICAL FLORIDA, INC."', "136,136,,Pfadfinderinnen"
        ),
        encoding="utf-8",
    )
    count = Offer.objects.count()
    report = import_hsds_package(copy, network=world.network, source="miami")
    assert _counts(report)["updated"] == 1
    assert Offer.objects.count() == count
    assert Offer.objects.filter(title="Pfadfinderinnen").exists()


def test_dry_run_reports_and_writes_nothing(world):
    records = ImportedRecord.objects.count()
    report = import_hsds_package(MIAMI, network=world.network, dry_run=True)
    assert report.dry_run and _counts(report)["created"] == 25
    assert Offer.objects.count() == 0
    assert ImportedRecord.objects.count() == records
    assert not AuditEntry.objects.filter(action=AuditAction.IMPORTED).exists()


def test_hsds3_examples_with_placeholder_values(world):
    report = import_hsds_package(HSDS3, network=world.network)
    # All three examples describe the same service: imported once, the repeats reported.
    assert _counts(report)["created"] == 1
    offer = Offer.objects.get()
    assert offer.title == "Community Counselling"
    assert offer.organisation.name == "Example Organization Inc."
    assert (offer.age_min, offer.age_max) == (12, 100)
    # byday TH,FR 10:00–18:00, despite `timezone: 3` and the other placeholders.
    assert sorted(offer.weekly_slots.values_list("weekday", flat=True)) == [3, 4]
    # A latitude of 100 is not a place on earth: left out, noted.
    assert offer.latitude is None
    assert any(p.field == "latitude" and not p.skipped for p in report.problems)
    # The placeholder taxonomy term "name" is reported, not created.
    assert ("topics", "name") in report.unknown_terms
    assert ("languages", "ur") in report.unknown_terms
    duplicates = [p for p in report.problems if "zweimal" in p.message]
    assert len(duplicates) == 2


def test_organisation_with_staff_is_never_written(world):
    staffed = OrganisationFactory(name="Example Organization Inc.")
    StaffFactory(organisation=staffed)
    MembershipFactory(network=world.network, organisation=staffed)
    report = import_hsds_package(HSDS3 / "service_full.json", network=world.network)
    assert _counts(report)["skipped"] == 1 and Offer.objects.count() == 0
    assert any("eigene Mitarbeiter:innen" in p.message for p in report.problems)


def test_same_name_outside_the_network_is_not_taken_over(world):
    OrganisationFactory(name="Example Organization Inc.")
    report = import_hsds_package(HSDS3 / "service_full.json", network=world.network)
    assert _counts(report, "organisations")["skipped"] == 1
    assert Offer.objects.count() == 0


def test_malformed_json_fails_clearly_and_imports_nothing(world, tmp_path):
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"id": "1", "name": ', encoding="utf-8")
    with pytest.raises(ImportFailed, match="kein gültiges JSON"):
        import_hsds_package(broken, network=world.network)
    assert Offer.objects.count() == 0


def test_bad_rows_are_skipped_with_row_field_and_reason(world, tmp_path):
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "organizations.csv").write_text(
        "id,name,description,url\n1,Verein A,Beschreibung,https://example.org\n,Ohne Id,,\n",
        encoding="utf-8",
    )
    (folder / "services.csv").write_text(
        "id,organization_id,name,description\n"
        "s1,1,Deutschkurs,Für alle\n"
        "s1,1,Doppelt,Zweimal dieselbe Id\n"
        "s2,1,,Ohne Namen\n"
        "s3,1,Nachts,Über Mitternacht\n",
        encoding="utf-8",
    )
    (folder / "regular_schedules.csv").write_text(
        "id,service_id,weekday,opens_at,closes_at\n,s3,Monday,10:00pm,2:00am\n", encoding="utf-8"
    )
    report = import_hsds_package(folder, network=world.network)
    assert _counts(report)["created"] == 2
    problems = {(p.row, p.field, p.skipped) for p in report.problems}
    assert ("organizations.csv, Zeile 3", "id", True) in problems
    assert ("services.csv, Zeile 3", "id", True) in problems
    assert ("services.csv, Zeile 4", "name", True) in problems
    assert ("services.csv, Zeile 5", "regular_schedules", False) in problems
    assert not Offer.objects.get(title="Nachts").weekly_slots.exists()


def test_a_crash_leaves_nothing_half_imported(world, monkeypatch):
    from netzwerkstatt.imports import services

    def failing(*args, **kwargs):
        raise RuntimeError("disk full")

    # The organisations are written by then; the crash comes with the offers.
    monkeypatch.setattr(services, "create_offers_in_bulk", failing)
    with pytest.raises(RuntimeError):
        import_hsds_package(MIAMI, network=world.network)
    assert Offer.objects.count() == 0
    assert ImportedRecord.objects.count() == 0
    assert Organisation.objects.filter(name__startswith="GIRL").count() == 0


def test_command_reports_and_refuses_unknown_network(world, capsys):
    call_command("import_hsds", str(MIAMI), network=world.network.slug, dry_run=True)
    output = capsys.readouterr().out
    assert "Dry run" in output and "offers: created 25" in output
    assert Offer.objects.count() == 0
    with pytest.raises(CommandError):
        call_command("import_hsds", str(MIAMI), network="gibt-es-nicht")
    with pytest.raises(CommandError):
        call_command("import_hsds", str(MIAMI / "fehlt.json"), network=world.network.slug)


def test_example_files_are_valid_json():
    for path in HSDS3.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["id"]


@pytest.mark.skipif(not FULL_MIAMI.exists(), reason="the full Miami export is not on this machine")
def test_full_miami_export(world):
    report = import_hsds_package(FULL_MIAMI, network=world.network, dry_run=True)
    assert _counts(report, "organisations")["created"] == 1074
    assert _counts(report)["skipped"] == 447
    assert _counts(report)["created"] + _counts(report)["skipped"] == 4089


def test_an_offer_moved_to_another_organisation_is_not_written_again(world):
    """A later run matches the offer by its source id, but it belongs to another organisation
    now (for example one with its own staff): the import leaves it as it is."""
    import_hsds_package(MIAMI, network=world.network, source="miami")
    record = ImportedRecord.objects.filter(content_type__model="offer").order_by("pk").first()
    offer = Offer.objects.get(pk=record.object_id)
    offer.organisation = world.member_org
    offer.title = "Eigenes Angebot"
    offer.save()
    record.checksum = "changed"  # the source looks changed, so the run would update it
    record.save()

    report = import_hsds_package(MIAMI, network=world.network, source="miami")

    offer.refresh_from_db()
    assert offer.title == "Eigenes Angebot" and offer.organisation == world.member_org
    assert any("gehört inzwischen" in p.message for p in report.problems)
