"""Imports: HSDS packages (command line) and spreadsheets of offers (web), into one network.

Every import runs in two phases. `plan_import` reads the records and the database and decides,
record by record, what would happen (created, updated, unchanged, skipped) and why; it
writes nothing, so a dry run and the web preview are the plan alone. `_apply` carries the
plan out in one transaction through the services of networks and offers, so audit entries,
search index and synergy refresh happen as for any edit; a crash leaves nothing half-imported.

Consent: imported organisations are placeholders (no staff), listed as members of the
network. An organisation with staff of its own is never written to: its rows are refused.
An organisation of the same name outside the network is not taken over either: it joins a
network only through that network's usual ways.
"""

import datetime
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.imports.models import ImportedRecord, SpreadsheetUpload
from netzwerkstatt.imports.readers.hsds3_json import read_hsds3_json
from netzwerkstatt.imports.readers.hsds_tabular import read_hsds_tabular
from netzwerkstatt.imports.readers.spreadsheet import FIELDS, read_table, rows_to_package
from netzwerkstatt.imports.records import (
    ImportFailed,
    OfferRecord,
    OrganisationRecord,
    Package,
    Problem,
)
from netzwerkstatt.imports.vocabulary import Vocabulary, fold
from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation
from netzwerkstatt.networks.services import add_membership, update_organisation
from netzwerkstatt.offers.models import Offer
from netzwerkstatt.offers.services import create_offers_in_bulk, update_offer
from netzwerkstatt.synergy.tasks import full_refresh_follows, schedule_network_refresh

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"
SPREADSHEET_SOURCE = "spreadsheet"
ORGANISATION_FIELDS = ("description", "website", "phone")
ACTIVE = (MembershipStatus.MEMBER, MembershipStatus.APPLICANT)


@dataclass
class Report:
    source: str
    dry_run: bool
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {
            kind: {CREATED: 0, UPDATED: 0, UNCHANGED: 0, SKIPPED: 0}
            for kind in ("organisations", "offers")
        }
    )
    problems: list[Problem] = field(default_factory=list)
    unknown_terms: Counter = field(default_factory=Counter)
    #: Per offer row: its label, title, organisation name and what happens to it.
    rows: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "counts": self.counts,
            "problems": [asdict(problem) for problem in self.problems],
            "unknown_terms": sorted(self.unknown_terms.items()),
        }


def _checksum(value: Any) -> str:
    def plain(item: Any) -> Any:
        if isinstance(item, datetime.time):
            return item.isoformat()
        return str(item)

    text = json.dumps(value, sort_keys=True, default=plain)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class _OrganisationPlan:
    record: OrganisationRecord
    action: str
    organisation: Organisation | None = None
    imported: ImportedRecord | None = None
    checksum: str = ""
    reason: str = ""
    fill_blank_only: bool = False


@dataclass
class _OfferPlan:
    record: OfferRecord
    action: str
    organisation: _OrganisationPlan | None = None
    offer_id: int | None = None
    imported: ImportedRecord | None = None
    checksum: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Plan:
    report: Report
    organisations: list[_OrganisationPlan] = field(default_factory=list)
    offers: list[_OfferPlan] = field(default_factory=list)


def _has_staff_message(name: str) -> str:
    return _("%(name)s has its own staff; they enter their offers themselves.") % {"name": name}


def plan_import(network: Network, source: str, package: Package, *, dry_run: bool) -> _Plan:
    """Decide what to do with every record; reads, never writes (dry runs, the preview)."""
    report = Report(source=source, dry_run=dry_run, problems=list(package.problems))
    plan = _Plan(report=report)
    org_type = ContentType.objects.get_for_model(Organisation)
    offer_type = ContentType.objects.get_for_model(Offer)
    imported = {
        (record.content_type_id, record.source_id): record
        for record in ImportedRecord.objects.filter(network=network, source=source)
    }
    memberships = {
        fold(m.organisation.name): m
        for m in Membership.objects.filter(network=network).select_related("organisation")
    }
    known_orgs = Organisation.objects.in_bulk(
        [r.object_id for (ct, _s), r in imported.items() if ct == org_type.pk]
        + [m.organisation_id for m in memberships.values()]
    )
    with_staff = set(
        Organisation.objects.filter(pk__in=known_orgs, staff__isnull=False).values_list(
            "pk", flat=True
        )
    )
    network_orgs = {m.organisation_id: m for m in memberships.values()}
    outside_names = {
        fold(name)
        for name in Organisation.objects.exclude(memberships__network=network).values_list(
            "name", flat=True
        )
    }

    by_key: dict[str, _OrganisationPlan] = {}
    by_name: dict[str, _OrganisationPlan] = {}
    records = list(package.organisations)
    from_file = {id(record) for record in records}
    named: set[str] = set()
    for offer in package.offers:
        # Spreadsheets name organisations in their rows; each name is one organisation.
        key = fold(offer.organisation_key)
        if offer.organisation_by_name and key not in named:
            named.add(key)
            records.append(OrganisationRecord(key, offer.row, offer.organisation_key))
    for record in records:
        name_key = fold(record.name)
        if name_key in by_name:
            by_key[record.source_id] = by_name[name_key]
            continue
        checksum = _checksum([record.name, record.description, record.website, record.phone])
        entry = imported.get((org_type.pk, record.source_id))
        org_plan = _OrganisationPlan(record=record, action=CREATED, checksum=checksum)
        organisation = None
        if entry is not None:
            org_plan.imported = entry
            organisation = known_orgs.get(entry.object_id)
            if organisation is None:
                org_plan.action = SKIPPED
                org_plan.reason = _(
                    "%(name)s was deleted after the last import; it is not created again."
                ) % {"name": record.name}
        elif name_key in memberships:
            organisation = memberships[name_key].organisation
            org_plan.fill_blank_only = True
        elif name_key in outside_names:
            org_plan.action = SKIPPED
            org_plan.reason = _(
                "An organisation named %(name)s exists already outside this network. Add it "
                "to the network first (it decides itself if it has staff), then import again."
            ) % {"name": record.name}
        if organisation is not None:
            org_plan.organisation = organisation
            membership = network_orgs.get(organisation.pk)
            if organisation.pk in with_staff:
                org_plan.action = SKIPPED
                org_plan.reason = _has_staff_message(organisation.name)
            elif membership is None or membership.status not in ACTIVE:
                org_plan.action = SKIPPED
                org_plan.reason = _("%(name)s is no longer an active member of this network.") % {
                    "name": organisation.name
                }
            elif entry is not None and entry.checksum == checksum:
                org_plan.action = UNCHANGED
            elif org_plan.fill_blank_only and not any(
                getattr(record, name) and not getattr(organisation, name)
                for name in ORGANISATION_FIELDS
            ):
                org_plan.action = UNCHANGED
            else:
                org_plan.action = UPDATED
        if org_plan.action == SKIPPED and id(record) in from_file:
            # Spreadsheets name organisations in offer rows, which carry the reason.
            report.problems.append(Problem(record.row, _("Organisation"), org_plan.reason))
        report.counts["organisations"][org_plan.action] += 1
        plan.organisations.append(org_plan)
        by_key[record.source_id] = org_plan
        by_name[name_key] = org_plan

    vocabulary = Vocabulary.load()
    offer_ids = {r.object_id for (ct, _s), r in imported.items() if ct == offer_type.pk}
    existing_offers = dict(
        Offer.objects.filter(pk__in=offer_ids).values_list("pk", "organisation_id")
    )
    titles = {
        (organisation_id, fold(title)): pk
        for pk, organisation_id, title in Offer.objects.filter(
            organisation__in=[m.organisation_id for m in memberships.values()]
        ).values_list("pk", "organisation_id", "title")
    }
    labels = {
        "target_groups": _("Target groups"),
        "topics": _("Topics"),
        "languages": _("Languages"),
    }
    for record in package.offers:
        key = (
            fold(record.organisation_key)
            if record.organisation_by_name
            else record.organisation_key
        )
        org_plan = by_key.get(key)
        offer_plan = _OfferPlan(record=record, action=CREATED, organisation=org_plan)
        reason = ""
        if org_plan is None:
            reason = _("The organisation %(id)s is not in the file.") % {
                "id": record.organisation_key or "–"
            }
        elif org_plan.action == SKIPPED:
            reason = org_plan.reason
        data = dict(record.data)
        for kind, label in labels.items():
            ids, unknown = vocabulary.match(kind, getattr(record, kind))
            data[kind] = ids
            for term in unknown:
                report.unknown_terms[(kind, term)] += 1
                report.problems.append(
                    Problem(
                        record.row,
                        label,
                        _("“%(term)s” is not in our vocabulary; left out.") % {"term": term},
                        False,
                    )
                )
        if not reason:
            reason = _validate_offer(data)
        if reason:
            offer_plan.action = SKIPPED
            report.problems.append(Problem(record.row, "", reason))
        else:
            offer_plan.data = data
            offer_plan.checksum = _checksum(
                [data, [slot.as_dict() for slot in record.slots], record.organisation_key]
            )
            entry = imported.get((offer_type.pk, record.source_id))
            offer_plan.imported = entry
            if entry is not None:
                if entry.object_id not in existing_offers:
                    offer_plan.action = SKIPPED
                    report.problems.append(
                        Problem(
                            record.row,
                            "",
                            _(
                                "The offer was deleted after the last import; it is not "
                                "created again."
                            ),
                        )
                    )
                elif (
                    org_plan.organisation is None
                    or existing_offers[entry.object_id] != org_plan.organisation.pk
                ):
                    # The offer belongs to another organisation now (or its organisation is
                    # not imported in this run): only that organisation's checks could allow
                    # writing to it, so it is left alone.
                    offer_plan.action = SKIPPED
                    report.problems.append(
                        Problem(
                            record.row,
                            "",
                            _(
                                "The offer imported earlier belongs to another organisation "
                                "now; it is left as it is."
                            ),
                        )
                    )
                else:
                    offer_plan.offer_id = entry.object_id
                    offer_plan.action = (
                        UNCHANGED if entry.checksum == offer_plan.checksum else UPDATED
                    )
            elif org_plan.organisation is not None and record.organisation_by_name:
                offer_plan.offer_id = titles.get((org_plan.organisation.pk, fold(data["title"])))
                offer_plan.action = UPDATED if offer_plan.offer_id else CREATED
        report.counts["offers"][offer_plan.action] += 1
        report.rows.append(
            {
                "row": record.row,
                "title": record.data.get("title", ""),
                "organisation": org_plan.record.name if org_plan else record.organisation_key,
                "action": offer_plan.action,
            }
        )
        plan.offers.append(offer_plan)
    return plan


def _validate_offer(data: dict[str, Any]) -> str:
    offer = Offer(
        **{k: v for k, v in data.items() if k not in ("target_groups", "topics", "languages")}
    )
    try:
        offer.full_clean(
            exclude=["organisation", "target_groups", "topics", "languages"],
            validate_unique=False,
            validate_constraints=False,
        )
    except ValidationError as error:
        return " ".join(
            f"{Offer._meta.get_field(name).verbose_name}: {' '.join(messages)}"
            if name in {f.name for f in Offer._meta.fields}
            else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    if offer.age_min is not None and offer.age_max is not None and offer.age_min > offer.age_max:
        return _("The maximum age must not be lower than the minimum age.")
    return ""


def _apply(network: Network, source: str, plan: _Plan, *, by: User | None, note: str) -> None:
    """Carry out the plan. New offers go through the offers app's bulk path (a full import
    would take minutes one by one); changed ones through `update_offer`. One audit entry per
    organisation touched, one for the network."""
    org_type = ContentType.objects.get_for_model(Organisation)
    offer_type = ContentType.objects.get_for_model(Offer)
    remember_orgs = not any(o.record.organisation_by_name for o in plan.offers)
    new_records: list[ImportedRecord] = []
    now = timezone.now()

    def remember(item: Any, obj: Any, content_type: ContentType) -> None:
        if item.imported is not None:
            ImportedRecord.objects.filter(pk=item.imported.pk).update(
                object_id=obj.pk, checksum=item.checksum, imported_at=now
            )
        else:
            new_records.append(
                ImportedRecord(
                    network=network,
                    source=source,
                    source_id=item.record.source_id,
                    content_type=content_type,
                    object_id=obj.pk,
                    checksum=item.checksum,
                    imported_at=now,
                )
            )

    with full_refresh_follows():
        for org_plan in plan.organisations:
            record = org_plan.record
            if org_plan.action == SKIPPED:
                continue
            if org_plan.action == CREATED:
                membership = add_membership(network, new_name=record.name, by=by)
                org_plan.organisation = membership.organisation
            if org_plan.action in (CREATED, UPDATED):
                changes = {
                    name: getattr(record, name)
                    for name in ORGANISATION_FIELDS
                    if getattr(record, name)
                    and not (org_plan.fill_blank_only and getattr(org_plan.organisation, name))
                }
                if changes:
                    try:
                        update_organisation(org_plan.organisation, data=changes, by=by)
                    except ValidationError:
                        # A malformed web address or phone must not cost the organisation.
                        changes.pop("website", None)
                        if changes:
                            update_organisation(org_plan.organisation, data=changes, by=by)
            if remember_orgs and org_plan.action != UNCHANGED:
                remember(org_plan, org_plan.organisation, org_type)
        creates = [p for p in plan.offers if p.action == CREATED]
        created = create_offers_in_bulk(
            [
                (p.organisation.organisation, p.data, [slot.as_dict() for slot in p.record.slots])
                for p in creates
            ],
            by=by,
        )
        for offer_plan, offer in zip(creates, created, strict=True):
            remember(offer_plan, offer, offer_type)
        for offer_plan in plan.offers:
            if offer_plan.action != UPDATED:
                continue
            offer = update_offer(
                Offer(pk=offer_plan.offer_id),
                data=offer_plan.data,
                slots=[slot.as_dict() for slot in offer_plan.record.slots],
                by=by,
            )
            remember(offer_plan, offer, offer_type)
    ImportedRecord.objects.bulk_create(new_records, batch_size=1000)
    touched: dict[int, Counter] = defaultdict(Counter)
    for offer_plan in plan.offers:
        if offer_plan.action in (CREATED, UPDATED):
            touched[offer_plan.organisation.organisation.pk][offer_plan.action] += 1
    organisations = {
        p.organisation.pk: p.organisation for p in plan.organisations if p.organisation
    }
    for organisation_pk, counts in touched.items():
        # The organisation's own log shows who filled it, for its staff once they take over.
        record_entry(
            action=AuditAction.IMPORTED,
            actor=by,
            organisation=organisations[organisation_pk],
            network=network,
            target=organisations[organisation_pk],
            label=source,
            note=_("%(file)s: %(created)s offers new, %(updated)s updated.")
            % {"file": note, "created": counts[CREATED], "updated": counts[UPDATED]},
        )
    record_entry(
        action=AuditAction.IMPORTED,
        actor=by,
        network=network,
        target=network,
        label=source,
        # Counts in words, not as data: the log shows the note to people as it is.
        note=_(
            "%(file)s: offers %(created)s new, %(updated)s updated, %(unchanged)s unchanged, "
            "%(skipped)s not imported; %(organisations)s new organisations without staff."
        )
        % {
            "file": note,
            **plan.report.counts["offers"],
            "organisations": plan.report.counts["organisations"][CREATED],
        },
    )
    schedule_network_refresh(network.pk)


# HSDS (command line) -------------------------------------------------------------------------


def read_hsds_package(path: Path) -> Package:
    """The records of an HSDS 3.0 JSON file or folder, or an HSDS tabular (CSV) folder."""
    if path.is_dir():
        if (path / "services.csv").exists() or (path / "datapackage.json").exists():
            return read_hsds_tabular(path)
        files = sorted(path.glob("*.json"))
        if not files:
            raise ImportFailed(_("%(path)s holds no HSDS files.") % {"path": path})
        return read_hsds3_json(files)
    if not path.exists():
        raise ImportFailed(_("%(path)s does not exist.") % {"path": path})
    if path.name == "datapackage.json" or path.suffix.lower() == ".csv":
        return read_hsds_tabular(path.parent)
    return read_hsds3_json([path])


def import_hsds_package(
    path: Path | str,
    *,
    network: Network,
    source: str = "",
    by: User | None = None,
    dry_run: bool = False,
) -> Report:
    """Import organisations and services of an HSDS package into the network.

    A second run with the same `source` updates by source id and creates nothing new.
    """
    path = Path(path)
    source = source or f"hsds:{path.resolve().name}"
    package = read_hsds_package(path)
    if dry_run:
        return plan_import(network, source, package, dry_run=True).report
    with transaction.atomic():
        # Lock the network: two imports into it at once would create the same placeholders twice.
        Network.objects.select_for_update().get(pk=network.pk)
        plan = plan_import(network, source, package, dry_run=False)
        _apply(network, source, plan, by=by, note=str(path.name))
    return plan.report


# Spreadsheets (web) --------------------------------------------------------------------------


def parse_spreadsheet(
    network: Network, *, raw: bytes, filename: str, by: User | None
) -> SpreadsheetUpload:
    """Read an uploaded spreadsheet and keep its rows for the following steps; nothing else
    is saved. Expired uploads (of any network) are deleted on the way: they hold other
    people's texts and must not stay longer than needed."""
    if len(raw) > settings.IMPORT_MAX_UPLOAD_BYTES:
        raise ValidationError(too_large_message())
    try:
        table = read_table(raw, filename)
    except ImportFailed as problem:
        raise ValidationError(str(problem)) from None
    from netzwerkstatt.imports.readers.spreadsheet import guess_mapping

    with transaction.atomic():
        SpreadsheetUpload.objects.filter(
            imported_at__isnull=True, expires_at__lte=timezone.now()
        ).delete()
        return SpreadsheetUpload.objects.create(
            network=network,
            created_by=by,
            expires_at=timezone.now() + settings.IMPORT_UPLOAD_VALID_FOR,
            filename=filename[:255],
            file_format=table.file_format,
            headers=table.headers,
            rows=table.rows,
            mapping=guess_mapping(table.headers),
        )


def too_large_message() -> str:
    return _("The file is larger than %(mb)s MB. Please split it into smaller files.") % {
        "mb": settings.IMPORT_MAX_UPLOAD_BYTES // (1024 * 1024)
    }


@transaction.atomic
def save_column_mapping(upload: SpreadsheetUpload, *, mapping: dict[str, str]) -> SpreadsheetUpload:
    upload = SpreadsheetUpload.objects.select_for_update().get(pk=upload.pk)
    if upload.imported_at is not None:
        raise ValidationError(_("This file has already been imported."))
    fields = [value for value in mapping.values() if value]
    if any(value not in FIELDS for value in fields):
        raise ValidationError(_("Unknown field."))
    if len(fields) != len(set(fields)):
        raise ValidationError(_("Each field can be chosen for one column only."))
    for required in ("title", "organisation", "description"):
        if required not in fields:
            raise ValidationError(
                _("Please choose the column that holds “%(field)s”.") % {"field": FIELDS[required]}
            )
    upload.mapping = mapping
    upload.save(update_fields=["mapping"])
    return upload


def confirm_spreadsheet_import(upload: SpreadsheetUpload, *, by: User) -> Report:
    """Import the good rows of a reviewed upload, all in one transaction."""
    with transaction.atomic():
        upload = SpreadsheetUpload.objects.select_for_update().get(pk=upload.pk)
        if upload.imported_at is not None:
            raise ValidationError(_("This file has already been imported."))
        if upload.is_expired:
            raise ValidationError(_("This upload has expired. Please upload the file again."))
        network = Network.objects.select_for_update().get(pk=upload.network_id)
        package = rows_to_package(upload.headers, upload.rows, upload.mapping)
        plan = plan_import(network, SPREADSHEET_SOURCE, package, dry_run=False)
        if not any(p.action in (CREATED, UPDATED) for p in plan.offers):
            raise ValidationError(_("No row can be imported. Please correct the file first."))
        _apply(network, SPREADSHEET_SOURCE, plan, by=by, note=upload.filename)
        upload.imported_at = timezone.now()
        upload.result = plan.report.as_dict()
        upload.rows = []
        upload.save(update_fields=["imported_at", "result", "rows"])
    return plan.report
