"""`export_hsds`: an HSDS 3.0 data package of the demo, checked with the specification's
schemas (JSON) and with frictionless, the Frictionless Data validator the specification's own
CI uses for its tabular examples (CSV + datapackage.json)."""

import csv
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from frictionless import Package, system

from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.offers.models import Offer, OfferStatus
from netzwerkstatt.opendata import export as hsds_export
from netzwerkstatt.opendata import hsds, selectors
from tests.opendata.conftest import add_public_offers, assert_valid, validator


def export(directory, *args):
    out = StringIO()
    call_command("export_hsds", str(directory), *args, stdout=out)
    return out.getvalue()


def public_offers(network=None):
    offers = Offer.objects.filter(
        status=OfferStatus.ACTIVE, organisation__memberships__status=MembershipStatus.MEMBER
    )
    if network is not None:
        offers = offers.filter(organisation__memberships__network=network)
    return offers.distinct()


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture
def package_dir(demo, tmp_path):
    directory = tmp_path / "hsds"
    export(directory)
    return directory


def test_json_files_validate_against_the_package_schemas(package_dir):
    services = read_json(package_dir / "json" / "services.json")
    organizations = read_json(package_dir / "json" / "organizations.json")
    at_locations = read_json(package_dir / "json" / "service_at_locations.json")
    assert_valid(validator("service_package.json"), services)
    assert_valid(validator("organization_package.json"), organizations)
    assert_valid(validator("service_at_location_package.json"), at_locations)
    for taxonomy in read_json(package_dir / "json" / "taxonomies.json"):
        assert_valid(validator("taxonomy.json"), taxonomy)
    for term in read_json(package_dir / "json" / "taxonomy_terms.json"):
        assert_valid(validator("taxonomy_term.json"), term)
    assert {s["id"] for s in services} == {hsds.service_id(o) for o in public_offers()}
    assert len(at_locations) > 0


def test_the_export_matches_the_api(package_dir, client):
    services = read_json(package_dir / "json" / "services.json")
    first = services[0]
    assert client.get(f"/hsds/services/{first['id']}").json() == first


def test_tabular_form_passes_frictionless(package_dir):
    # Foreign keys and primary keys are checked across the files; no network access is needed.
    with system.use_context(trusted=True):
        report = Package(str(package_dir / "datapackage.json")).validate()
    errors = [
        f"{task.name}: {error.type} {error.note}" for task in report.tasks for error in task.errors
    ]
    assert report.valid, "\n".join(sorted(set(errors))[:20])


def test_tabular_form_holds_the_rows(package_dir):
    services = read_csv(package_dir / "services.csv")
    assert {row["id"] for row in services} == {hsds.service_id(o) for o in public_offers()}
    schedules = read_csv(package_dir / "schedules.csv")
    assert schedules and all(row["freq"] == "WEEKLY" and row["byday"] for row in schedules)
    attributes = read_csv(package_dir / "attributes.csv")
    terms = {row["id"] for row in read_csv(package_dir / "taxonomy_terms.csv")}
    assert attributes and {row["taxonomy_term_id"] for row in attributes} <= terms
    datapackage = read_json(package_dir / "datapackage.json")
    assert datapackage["profile"] == "tabular-data-package"
    for resource in datapackage["resources"]:
        with (package_dir / resource["path"]).open(encoding="utf-8", newline="") as file:
            header = next(csv.reader(file))
        assert header == [column["name"] for column in resource["schema"]["fields"]]


def test_private_data_stays_out_of_the_export(package_dir):
    # The data, not datapackage.json: its field descriptions carry the specification's
    # examples (email@example.com).
    data_files = [*package_dir.glob("*.csv"), *package_dir.glob("json/*.json")]
    assert len(data_files) > 20
    text = "\n".join(path.read_text(encoding="utf-8") for path in data_files)
    hidden = Offer.objects.exclude(pk__in=public_offers().values("pk"))
    assert hidden.exists()
    for offer in hidden:
        assert hsds.service_id(offer) not in text
    assert Organisation.objects.get(slug="daa").name not in text
    assert "@" not in text


def test_export_of_one_network(demo, tmp_path):
    network = Network.objects.exclude(slug="sis-schoenefeld").first()
    output = export(tmp_path / "one", "--network", network.slug)
    services = read_json(tmp_path / "one" / "json" / "services.json")
    assert {s["id"] for s in services} == {hsds.service_id(o) for o in public_offers(network)}
    assert len(services) < public_offers().count()
    assert f"{len(services)} Angebote" in output
    organizations = read_json(tmp_path / "one" / "json" / "organizations.json")
    assert {o["id"] for o in organizations} == {
        hsds.organization_id(m.organisation)
        for m in network.memberships.filter(status=MembershipStatus.MEMBER)
    }


def test_the_export_reads_a_fixed_number_of_queries(db, django_assert_num_queries):
    site = hsds.Site.from_settings()
    add_public_offers(3)
    # Organisations with target groups and topics, offers with their four relations, and
    # the two vocabularies.
    with django_assert_num_queries(10):
        few = hsds_export.json_form(selectors.package(), site)
    add_public_offers(30)
    with django_assert_num_queries(10):
        many = hsds_export.json_form(selectors.package(), site)
    assert len(many["services"]) == len(few["services"]) + 30


def test_refuses_a_directory_that_is_not_empty(demo, tmp_path):
    (tmp_path / "notiz.txt").write_text("bleibt")
    with pytest.raises(CommandError, match="nicht leer"):
        export(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notiz.txt"]
    export(tmp_path, "--force")
    assert (tmp_path / "notiz.txt").read_text() == "bleibt"
    assert (tmp_path / "datapackage.json").exists()


def test_an_unknown_network_is_a_clear_error(demo, tmp_path):
    with pytest.raises(CommandError, match="kein Netzwerk mit dem Kürzel gibt-es-nicht"):
        export(tmp_path / "x", "--network", "gibt-es-nicht")
    assert not (tmp_path / "x").exists()


def test_a_file_in_place_of_the_directory_is_a_clear_error(db, tmp_path):
    target = tmp_path / "datei"
    target.write_text("x")
    with pytest.raises(CommandError, match="kein Verzeichnis"):
        export(target)
