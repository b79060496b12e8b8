"""Write the demo network (demo.data) into the database, idempotently.

Every row is found by a natural key — slugs, e-mail addresses, an offer's
organisation and title, a need's network and title — and brought back to the
demo state, so loading twice changes nothing and loading after a visitor has
edited the demo undoes the edits. Rows the demo does not know are left alone.
Offers and needs are written through the offers services, which keep the
full-text index current.
"""

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.languages import translation_codes
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from netzwerkstatt.demo import data
from netzwerkstatt.events.demo import load_demo_events
from netzwerkstatt.meetings.demo import load_demo_meetings
from netzwerkstatt.meetings.models import Meeting
from netzwerkstatt.networks.demo import load_demo_join_requests, reset_demo_consents
from netzwerkstatt.networks.models import (
    JoinRequest,
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Project,
    SocialLink,
    Staff,
)
from netzwerkstatt.networks.services import translate_organisation
from netzwerkstatt.news.demo import load_demo_news
from netzwerkstatt.news.models import Post
from netzwerkstatt.offers import services
from netzwerkstatt.offers.models import HelpOffer, Need, Offer, OfferStatus
from netzwerkstatt.synergy import citywide
from netzwerkstatt.synergy.services import refresh_network
from netzwerkstatt.synergy.tasks import full_refresh_follows


class DemoDataError(Exception):
    """The demo data refers to something the database cannot provide, e.g. an unknown term."""


@dataclass(frozen=True)
class DemoSummary:
    networks: int
    organisations: int
    memberships: int
    users: int
    offers: int
    needs: int
    news_posts: int
    meetings: int
    events: int
    join_requests: int
    created: int  # rows of any kind that did not exist before this run

    def __str__(self) -> str:
        counts = ", ".join(
            f"{number} {singular if number == 1 else plural}"
            for number, singular, plural in (
                (self.networks, "Netzwerk", "Netzwerke"),
                (self.organisations, "Organisation", "Organisationen"),
                (self.memberships, "Mitgliedschaft", "Mitgliedschaften"),
                (self.users, "Zugang", "Zugänge"),
                (self.offers, "Angebot", "Angebote"),
                (self.needs, "Bedarf", "Bedarfe"),
                (self.news_posts, "Beitrag", "Beiträge"),
                (self.meetings, "Treffen", "Treffen"),
                (self.events, "Veranstaltung", "Veranstaltungen"),
                (self.join_requests, "Mitgliedsantrag", "Mitgliedsanträge"),
            )
        )
        if self.created:
            return f"{counts} ({self.created} Datensätze neu angelegt)"
        return f"{counts} (alles war schon da und ist wieder im Demo-Stand)"


class _Terms:
    """Taxonomy terms by slug, read once per model."""

    def __init__(self) -> None:
        self._cache: dict[type[Model], dict[str, Model]] = {}

    def get(self, model: type[Model], slug: str) -> Model:
        if model not in self._cache:
            self._cache[model] = {term.slug: term for term in model.objects.all()}
        try:
            return self._cache[model][slug]
        except KeyError:
            raise DemoDataError(
                f"{model._meta.object_name} '{slug}' used by the demo data is not in the "
                "default taxonomy (migration core.0002_default_taxonomy). Add it there or "
                "use an existing slug in netzwerkstatt/demo/data.py."
            ) from None

    def many(self, model: type[Model], slugs: list[str]) -> list[Model]:
        return [self.get(model, slug) for slug in slugs]


def _place_fields(key: str, terms: _Terms, *, with_name: bool) -> dict[str, Any]:
    place_name, street, postcode, district, latitude, longitude = data.PLACES[key]
    fields = {
        "street": street,
        "postcode": postcode,
        "city": "Leipzig",
        "district": terms.get(District, district),
        "latitude": latitude,
        "longitude": longitude,
    }
    if with_name:
        fields["place_name"] = place_name
    return fields


def _time(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value)


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


@transaction.atomic
def load_demo_network() -> DemoSummary:
    with full_refresh_follows():
        summary = _load()
    # The demo opens with its parallel offers already found, as after a nightly refresh.
    for network in Network.objects.filter(slug__in=[spec["slug"] for spec in data.NETWORKS]):
        refresh_network(network)
    citywide.refresh()
    return summary


def _load() -> DemoSummary:
    terms = _Terms()
    created = 0

    networks: dict[str, Network] = {}
    for spec in data.NETWORKS:
        fields = {**spec, "district": terms.get(District, spec["district"])}
        slug = fields.pop("slug")
        networks[slug], is_new = Network.objects.update_or_create(slug=slug, defaults=fields)
        created += is_new

    organisations: dict[str, Organisation] = {}
    for spec in data.ORGANISATIONS:
        org, is_new = Organisation.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "short_name": spec["short_name"],
                "legal_form": spec["legal_form"],
                "description": spec["description"],
                "strengths": spec["strengths"],
                "website": spec["website"],
                "phone": spec.get("phone", ""),
                **_place_fields(spec["place"], terms, with_name=False),
            },
        )
        created += is_new
        org.target_groups.set(terms.many(TargetGroup, spec["target_groups"]))
        org.topics.set(terms.many(Topic, spec["topics"]))
        for position, project in enumerate(spec["projects"], start=1):
            _, is_new = Project.objects.update_or_create(
                organisation=org,
                name=project["name"],
                defaults={
                    "description": project["description"],
                    "partners": project.get("partners", ""),
                    "position": position,
                },
            )
            created += is_new
        for kind, url in spec["links"]:
            _, is_new = SocialLink.objects.update_or_create(
                organisation=org, url=url, defaults={"kind": kind}
            )
            created += is_new
        organisations[spec["slug"]] = org

    for network_slug, org_slug, role, joined_on in data.MEMBERSHIPS:
        _, is_new = Membership.objects.update_or_create(
            network=networks[network_slug],
            organisation=organisations[org_slug],
            defaults={
                "status": MembershipStatus.MEMBER,
                "role": role,
                "joined_on": _date(joined_on),
            },
        )
        created += is_new

    for spec in data.USERS:
        created += _load_user(spec, organisations)
    Staff.objects.filter(organisation__slug__in=data.ORGANISATIONS_WITHOUT_STAFF).delete()

    offers: dict[tuple[str, str], Offer] = {}
    for spec in data.OFFERS:
        organisation = organisations[spec["organisation"]]
        offer, is_new = _load_offer(spec, organisation, terms)
        offers[(spec["organisation"], spec["title"])] = offer
        created += is_new

    _load_translations(organisations, offers)

    network = networks[data.DEMO_NETWORK_SLUG]
    for spec in data.NEEDS:
        created += _load_need(spec, network, organisations, offers, terms)
    created += load_demo_news(network)
    created += load_demo_meetings(network)
    events = load_demo_events(network)
    created += load_demo_join_requests(network)
    reset_demo_consents(list(networks.values()), list(organisations.values()))
    _load_citywide(list(networks.values()))

    return DemoSummary(
        networks=len(networks),
        organisations=len(organisations),
        memberships=len(data.MEMBERSHIPS),
        users=len(data.USERS),
        offers=len(offers),
        needs=len(data.NEEDS),
        news_posts=Post.objects.filter(network=network).count(),
        meetings=Meeting.objects.filter(network=network).count(),
        events=len(events),
        join_requests=JoinRequest.objects.filter(network=network).count(),
        created=created,
    )


def _load_translations(
    organisations: dict[str, Organisation], offers: dict[tuple[str, str], Offer]
) -> None:
    """Translations in the languages this installation offers; the rest are left out."""
    offered = set(translation_codes())
    for key, languages in data.OFFER_TRANSLATIONS.items():
        for language, values in languages.items():
            if language in offered:
                services.translate_offer(offers[key], language=language, values=values, by=None)
    for slug, languages in data.ORGANISATION_TRANSLATIONS.items():
        for language, values in languages.items():
            if language in offered:
                translate_organisation(
                    organisations[slug], language=language, values=values, by=None
                )


def _load_user(spec: data.DemoUser, organisations: dict[str, Organisation]) -> bool:
    user = User.objects.filter(email=spec.email).first()
    is_new = user is None
    if user is None:
        user = User(email=spec.email)
    user.display_name = spec.display_name
    user.is_active = True
    user.is_staff = spec.is_superuser
    user.is_superuser = spec.is_superuser
    # Always reset: the printed demo password must work, whatever a visitor changed.
    user.set_password(data.DEMO_PASSWORD)
    user.save()
    if spec.organisation:
        Staff.objects.update_or_create(
            user=user,
            organisation=organisations[spec.organisation],
            defaults={"job_title": spec.job_title},
        )
    return is_new


def _load_citywide(networks: list[Network]) -> None:
    """The city's planner holds the city-wide role, granted by the admin as in the admin
    interface, and every demo network shares with it, agreed by one of its coordinators.

    Both are audit-logged as they would be; reloading changes nothing that is already so and
    gives back a consent a visitor withdrew.
    """
    admin = User.objects.filter(
        email__in=[spec.email for spec in data.USERS if spec.is_superuser]
    ).first()
    for spec in data.USERS:
        if spec.is_citywide:
            citywide.grant_role(
                User.objects.get(email=spec.email), by=admin, note=data.CITYWIDE_ROLE_NOTE
            )
    for network in networks:
        coordinator = (
            User.objects.filter(
                staff_positions__organisation__memberships__network=network,
                staff_positions__organisation__memberships__role=MembershipRole.COORDINATOR,
                staff_positions__organisation__memberships__status=MembershipStatus.MEMBER,
            )
            .order_by("pk")
            .first()
        )
        citywide.set_sharing(network, True, by=coordinator)


def _find_by_title(
    queryset: QuerySet, title: str, description: str, demo_titles: set[str]
) -> Any | None:
    """The row with this title, or a renamed demo row recognised by its description."""
    row = queryset.filter(title=title).first()
    if row is None:
        row = queryset.filter(description=description).exclude(title__in=demo_titles).first()
    return row


def _load_offer(
    spec: dict[str, Any], organisation: Organisation, terms: _Terms
) -> tuple[Offer, bool]:
    fields = {
        "title": spec["title"],
        "summary": spec.get("summary", ""),
        "description": spec["description"],
        "target_groups": terms.many(TargetGroup, spec["target_groups"]),
        "topics": terms.many(Topic, spec.get("topics", [])),
        "languages": terms.many(Language, spec.get("languages", ["de"])),
        "age_min": spec.get("age_min"),
        "age_max": spec.get("age_max"),
        "is_free": spec.get("is_free", True),
        "cost_note": spec.get("cost_note", ""),
        "wheelchair_accessible": spec.get("wheelchair_accessible", False),
        "accessibility_note": spec.get("accessibility_note", ""),
        "registration_note": spec.get("registration_note", ""),
        "contact_name": spec.get("contact_name", ""),
        "contact_phone": "",
        **_place_fields(spec["place"], terms, with_name=True),
    }
    slots = [
        {
            "weekday": slot[0],
            "start_time": _time(slot[1]),
            "end_time": _time(slot[2]),
            "note": slot[3] if len(slot) > 3 else "",
        }
        for slot in spec["slots"]
    ]
    demo_titles = {o["title"] for o in data.OFFERS if o["organisation"] == spec["organisation"]}
    offer = _find_by_title(
        Offer.objects.filter(organisation=organisation),
        spec["title"],
        spec["description"],
        demo_titles,
    )
    is_new = offer is None
    if offer is None:
        offer = services.create_offer(organisation, data=fields, slots=slots, by=None)
    else:
        offer = services.update_offer(offer, data=fields, slots=slots, by=None)
    status = spec.get("status", OfferStatus.ACTIVE)
    if offer.status != status:
        offer = services.set_offer_status(offer, status=status, by=None)
    return offer, is_new


def _load_need(
    spec: dict[str, Any],
    network: Network,
    organisations: dict[str, Organisation],
    offers: dict[tuple[str, str], Offer],
    terms: _Terms,
) -> bool:
    fields = {
        "title": spec["title"],
        "description": spec["description"],
        "scope": spec["scope"],
        "target_groups": terms.many(TargetGroup, spec["target_groups"]),
        "topics": terms.many(Topic, spec["topics"]),
        "district": terms.get(District, spec["district"]),
        "raised_by": organisations[spec["raised_by"]],
        "raised_at": spec["raised_at"],
        "raised_on": _date(spec["raised_on"]),
        "priority": spec["priority"],
        "status": spec["status"],
        "answering_offers": [offers[key] for key in spec["answering_offers"]],
    }
    need = _find_by_title(
        Need.objects.filter(network=network),
        spec["title"],
        spec["description"],
        {n["title"] for n in data.NEEDS},
    )
    # Recorded by someone of the organisation that raised it, so its name shows at once.
    by = (
        User.objects.filter(staff_positions__organisation=fields["raised_by"])
        .order_by("pk")
        .first()
    )
    is_new = need is None
    if is_new:
        need = services.create_need(network, data=fields, by=by, notify=False)
    else:
        need = services.update_need(need, data=fields, by=by, notify=False)
    if spec.get("public_description"):
        services.publish_need(need, public_description=spec["public_description"], by=None)
    for help_offer in spec.get("help_offers", []):
        # Made directly: the demo's visitors write no e-mail to the coordination.
        HelpOffer.objects.get_or_create(
            need=need,
            email=help_offer["email"],
            defaults={**help_offer, "consent_at": timezone.now()},
        )
    return is_new
