"""Turn the app's models into the engine's plain records.

Labels are the terms' display names, not their slugs, because the engine writes them into
the reasons a coordinator reads ("Beide für Jugendliche").
"""

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet

from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation
from netzwerkstatt.offers.models import Need, Offer, OfferStatus, WeeklySlot
from netzwerkstatt.synergy.engine import NeedRecord, OfferRecord, OrganisationRecord


def offers_with_record_data(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    """`offers` with everything :func:`offer_record` reads, one query per relation."""
    return (
        offers.select_related("district")
        .prefetch_related(
            "target_groups",
            "topics",
            "languages",
            Prefetch("weekly_slots", queryset=WeeklySlot.objects.order_by("weekday", "start_time")),
        )
        .order_by("pk")
    )


def network_offers(network: Network) -> QuerySet[Offer]:
    """Active offers of the network's current members, with what the records need."""
    # A subquery of the members rather than a join through organisations: the database then
    # starts from the network's hundred-odd memberships, not from every active offer.
    members = Membership.objects.filter(network=network, status=MembershipStatus.MEMBER)
    return offers_with_record_data(
        Offer.objects.filter(
            status=OfferStatus.ACTIVE, organisation_id__in=members.values("organisation_id")
        )
    )


def networks_of_offer(offer: Offer) -> QuerySet[Network]:
    return Network.objects.filter(
        memberships__organisation_id=offer.organisation_id,
        memberships__status=MembershipStatus.MEMBER,
    ).distinct()


def _names(terms: Iterable) -> frozenset[str]:
    return frozenset(term.name for term in terms)


def offer_description(offer: Offer) -> str:
    """The description the engine reads: summary and description."""
    return "\n".join(part for part in (offer.summary, offer.description) if part)


def offer_record(offer: Offer) -> OfferRecord:
    return OfferRecord(
        id=str(offer.pk),
        organisation_id=str(offer.organisation_id),
        title=offer.title,
        description=offer_description(offer),
        target_groups=_names(offer.target_groups.all()),
        topics=_names(offer.topics.all()),
        languages=_names(offer.languages.all()),
        weekly_slots=tuple(
            (slot.weekday, f"{slot.start_time:%H:%M}", f"{slot.end_time:%H:%M}")
            for slot in offer.weekly_slots.all()
        ),
        lat=offer.latitude,
        lon=offer.longitude,
        district=offer.district.name if offer.district_id else None,
    )


def record_as_json(record: OfferRecord) -> dict:
    """A record as plain JSON, the format of the labelled pairs in ``bench/data/``."""
    return {
        "id": record.id,
        "organisation_id": record.organisation_id,
        "title": record.title,
        "description": record.description,
        "target_groups": sorted(record.target_groups),
        "topics": sorted(record.topics),
        "languages": sorted(record.languages),
        "weekly_slots": [list(slot) for slot in record.weekly_slots],
        "lat": record.lat,
        "lon": record.lon,
        "district": record.district,
    }


def need_record(need: Need) -> NeedRecord:
    return NeedRecord(
        id=str(need.pk),
        title=need.title,
        description=need.description,
        target_groups=_names(need.target_groups.all()),
        topics=_names(need.topics.all()),
        district=need.district.name if need.district_id else None,
    )


def need_record_as_json(record: NeedRecord) -> dict:
    """A need's record as plain JSON, the format of the need pairs in ``bench/data/``."""
    return {
        "id": record.id,
        "title": record.title,
        "description": record.description,
        "target_groups": sorted(record.target_groups),
        "topics": sorted(record.topics),
        "district": record.district,
        "lat": record.lat,
        "lon": record.lon,
    }


def member_organisations(network: Network) -> QuerySet[Organisation]:
    return (
        Organisation.objects.filter(
            memberships__network=network, memberships__status=MembershipStatus.MEMBER
        )
        .select_related("district")
        .prefetch_related("target_groups", "topics")
        .order_by("pk")
    )


def organisation_record(organisation: Organisation) -> OrganisationRecord:
    profile = "\n".join(part for part in (organisation.description, organisation.strengths) if part)
    return OrganisationRecord(
        id=str(organisation.pk),
        name=organisation.name,
        strengths=profile,
        target_groups=_names(organisation.target_groups.all()),
        topics=_names(organisation.topics.all()),
        district=organisation.district.name if organisation.district_id else None,
        lat=organisation.latitude,
        lon=organisation.longitude,
    )
