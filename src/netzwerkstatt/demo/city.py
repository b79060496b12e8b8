"""A whole city of test data (Leipzig) for load measurements: `netzwerkstatt load_city`.

About 20 networks (district networks and city-wide topic networks, organisations in several),
2,000 organisations with staff accounts, 20,000 offers, 2,000 events, 5,000 meetings with
minutes, 500 news posts with 50,000 comments – every count scaled with the number of offers.
The texts are German, combined from the word lists of `city_words` by one `random.Random(seed)`:
the same seed gives the same city (dates are counted from today, so the calendar is current).

Speed: rows are written with `bulk_create` in batches, so no `save()`, signal or service runs
per row; what the services would keep derived – the offers' `search_text` and the SQLite
full-text index, rendered comment HTML, synergy findings – is computed here in bulk instead.
Every account gets the same password hash, computed once: hashing 2,500 passwords one by one
would take minutes by design of the password hasher.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from netzwerkstatt import richtext
from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from netzwerkstatt.demo import city_words as words
from netzwerkstatt.events.models import Event, EventDate, Visibility
from netzwerkstatt.meetings.models import AgendaItem, AgendaItemStatus, Meeting
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Staff,
)
from netzwerkstatt.news.models import Comment, CommentStatus, Post, PostStatus
from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import Offer, OfferStatus, WeeklySlot

#: The password of every account of the test city.
CITY_PASSWORD = "stadt-leipzig-test"
DEFAULT_OFFERS = 20_000
BATCH = 1000
# Per 20,000 offers; every count scales with the number of offers asked for.
PER_DEFAULT = {
    "organisations": 2000,
    "events": 2000,
    "meetings": 5000,
    "posts": 500,
    "comments": 50_000,
}
MINIMUM = {"organisations": 20, "events": 10, "meetings": 20, "posts": 5, "comments": 50}


class CityNotEmptyError(Exception):
    """The database already holds a network, organisation, account, offer or post."""


@dataclass(frozen=True)
class CitySize:
    offers: int
    organisations: int
    events: int
    meetings: int
    posts: int
    comments: int

    @classmethod
    def for_offers(cls, offers: int) -> CitySize:
        scale = offers / DEFAULT_OFFERS
        counts = {
            name: max(MINIMUM[name], round(number * scale)) for name, number in PER_DEFAULT.items()
        }
        return cls(offers=offers, **counts)


@dataclass(frozen=True)
class CitySummary:
    networks: int
    organisations: int
    memberships: int
    users: int
    offers: int
    events: int
    meetings: int
    posts: int
    comments: int
    coordinator_email: str

    def __str__(self) -> str:
        return (
            f"{self.networks} Netzwerke, {self.organisations} Organisationen, "
            f"{self.memberships} Mitgliedschaften, {self.users} Zugänge, {self.offers} Angebote, "
            f"{self.events} Veranstaltungen, {self.meetings} Treffen, {self.posts} Beiträge, "
            f"{self.comments} Kommentare"
        )


def database_holds_data() -> bool:
    """True when anything but the default taxonomy is stored (migrations write only that)."""
    return any(
        model.objects.exists() for model in (Network, Organisation, User, Offer, Post, Event)
    )


Progress = Callable[[str, int], None]


def _no_progress(label: str, count: int) -> None:
    pass


def _batches(rows: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class _CityBuilder:
    def __init__(self, size: CitySize, seed: int, progress: Progress) -> None:
        self.size = size
        self.rng = random.Random(seed)
        self.progress = progress
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)
        self.today = timezone.localdate()

    # Helpers ---------------------------------------------------------------------------------

    def _create(self, model, rows: list, label: str) -> list:
        created = []
        for batch in _batches(rows):
            created += model.objects.bulk_create(batch)
            self.progress(label, len(batch))
        return created

    def _point(self, district_slug: str, metres: float = 900) -> tuple[float, float]:
        _, _, lat, lon, _ = self.district_specs[district_slug]
        return (
            round(lat + self.rng.uniform(-metres, metres) / 111_195, 6),
            round(lon + self.rng.uniform(-metres, metres) / 69_600, 6),
        )

    def _sentences(self, pool: list[str], low: int, high: int) -> str:
        return " ".join(self.rng.sample(pool, self.rng.randint(low, high)))

    def _person(self) -> str:
        return f"{self.rng.choice(words.FIRST_NAMES)} {self.rng.choice(words.LAST_NAMES)}"

    # Steps -----------------------------------------------------------------------------------

    def taxonomy(self) -> None:
        self.district_specs = {spec[0]: spec for spec in words.DISTRICTS}
        existing = {d.slug: d for d in District.objects.all()}
        missing = [
            District(slug=slug, name=name, city="Leipzig", position=position)
            for position, (slug, name, *_rest) in enumerate(words.DISTRICTS, start=1)
            if slug not in existing
        ]
        District.objects.bulk_create(missing)
        self.districts = {d.slug: d for d in District.objects.filter(slug__in=self.district_specs)}
        self.target_groups = {t.slug: t for t in TargetGroup.objects.all()}
        self.topics = {t.slug: t for t in Topic.objects.all()}
        self.languages = {t.slug: t for t in Language.objects.all()}

    def networks(self) -> None:
        rows = []
        for slug, name, served in words.DISTRICT_NETWORKS:
            district = self.districts[served[0]]
            rows.append(
                Network(
                    slug=slug,
                    name=name,
                    tagline=f"Soziale Einrichtungen in {district.name} arbeiten zusammen.",
                    description=(
                        f"Das Netzwerk verbindet Vereine, Schulen, Kitas und Initiativen in "
                        f"{district.name}. Wir treffen uns regelmäßig, tauschen uns über Bedarfe "
                        "aus und planen gemeinsame Aktionen."
                    ),
                    district=district,
                    founded_year=self.rng.randint(2005, 2023),
                )
            )
        for slug, name, _topic in words.TOPIC_NETWORKS:
            rows.append(
                Network(
                    slug=slug,
                    name=name,
                    tagline="Ein stadtweites Netzwerk von Fachleuten und Einrichtungen.",
                    description=(
                        "Fachkräfte aus ganz Leipzig tauschen sich aus, bilden sich gemeinsam "
                        "fort und setzen sich für gute Angebote in allen Stadtteilen ein."
                    ),
                    founded_year=self.rng.randint(1998, 2022),
                )
            )
        self.network_list = self._create(Network, rows, "Netzwerke")
        self.network_by_slug = {n.slug: n for n in self.network_list}
        self.networks_of_district: dict[str, list[Network]] = {}
        for slug, _name, served in words.DISTRICT_NETWORKS:
            for district_slug in served:
                self.networks_of_district.setdefault(district_slug, []).append(
                    self.network_by_slug[slug]
                )

    def organisations(self) -> None:
        rng = self.rng
        rows = []
        self.org_district: list[str] = []
        used_slugs: set[str] = set()
        district_slugs = list(self.district_specs)
        for number in range(self.size.organisations):
            kind, legal_form = rng.choice(words.ORG_KINDS)
            district_slug = rng.choice(district_slugs)
            district = self.districts[district_slug]
            base = f"{kind} {rng.choice(words.ORG_NAMES)}"
            name = f"{base} {district.name.split(' ')[0]}"
            if legal_form == "ev":
                name += " e.V."
            slug = slugify(f"{base} {district_slug}")[:70]
            if slug in used_slugs:
                slug = f"{slug}-{number}"
            used_slugs.add(slug)
            lat, lon = self._point(district_slug)
            rows.append(
                Organisation(
                    slug=slug,
                    name=name,
                    short_name=base[:60],
                    legal_form=legal_form,
                    description=(
                        f"Wir sind seit {rng.randint(1990, 2023)} in {district.name} aktiv. "
                        + self._sentences(words.FILLER, 1, 3)
                    ),
                    strengths=rng.choice(
                        ["Räume", "Kontakte zu Familien", "Mehrsprachigkeit", "Ehrenamtliche"]
                    ),
                    street=f"{rng.choice(words.STREETS)} {rng.randint(1, 120)}",
                    postcode=self.district_specs[district_slug][4],
                    city="Leipzig",
                    district=district,
                    latitude=lat,
                    longitude=lon,
                    website=f"https://{slug}.example.org/",
                )
            )
            self.org_district.append(district_slug)
        self.org_list = self._create(Organisation, rows, "Organisationen")
        groups = list(self.target_groups.values())
        topics = list(self.topics.values())
        self.org_topics: list[list[Topic]] = []
        tg_rows, topic_rows = [], []
        tg_through = Organisation.target_groups.through
        topic_through = Organisation.topics.through
        for org in self.org_list:
            chosen_topics = rng.sample(topics, rng.randint(1, 3))
            self.org_topics.append(chosen_topics)
            tg_rows += [
                tg_through(organisation_id=org.pk, targetgroup_id=t.pk)
                for t in rng.sample(groups, rng.randint(1, 3))
            ]
            topic_rows += [
                topic_through(organisation_id=org.pk, topic_id=t.pk) for t in chosen_topics
            ]
        self._create(tg_through, tg_rows, "Zielgruppen")
        self._create(topic_through, topic_rows, "Themen")

    def memberships(self) -> None:
        rng = self.rng
        topic_networks = {
            topic: self.network_by_slug[slug] for slug, _name, topic in words.TOPIC_NETWORKS
        }
        members: dict[int, list[Organisation]] = {n.pk: [] for n in self.network_list}
        for index, org in enumerate(self.org_list):
            for network in self.networks_of_district.get(self.org_district[index], []):
                if rng.random() < 0.85:
                    members[network.pk].append(org)
            for topic in self.org_topics[index]:
                network = topic_networks.get(topic.slug)
                if network is not None and rng.random() < 0.3:
                    if org not in members[network.pk]:
                        members[network.pk].append(org)
        # Every network has members, whatever the size: fill thin ones from the whole city.
        for network in self.network_list:
            while len(members[network.pk]) < 2:
                org = rng.choice(self.org_list)
                if org not in members[network.pk]:
                    members[network.pk].append(org)
        rows = []
        self.coordinators: dict[int, Organisation] = {}
        self.members = members
        for network in self.network_list:
            for position, org in enumerate(members[network.pk]):
                # The first one or two members coordinate the network.
                role = MembershipRole.COORDINATOR if position < 2 else MembershipRole.MEMBER
                if position == 0:
                    self.coordinators[network.pk] = org
                rows.append(
                    Membership(
                        network=network,
                        organisation=org,
                        status=MembershipStatus.MEMBER,
                        role=role,
                        joined_on=self.today - datetime.timedelta(days=rng.randint(30, 3000)),
                    )
                )
        self.membership_count = len(self._create(Membership, rows, "Mitgliedschaften"))

    def staff(self) -> None:
        rng = self.rng
        password = make_password(CITY_PASSWORD)
        users, positions = [], []
        for index, org in enumerate(self.org_list):
            for second in range(2 if index % 4 == 0 else 1):
                email = f"{org.slug}{'-2' if second else ''}@stadt.example.org"
                users.append(
                    User(
                        email=email,
                        username=email,
                        display_name=self._person(),
                        password=password,
                        is_active=True,
                    )
                )
                positions.append(
                    (
                        len(users) - 1,
                        org,
                        rng.choice(["Sozialarbeiter:in", "Koordination", "Leitung", ""]),
                    )
                )
        self.user_list = self._create(User, users, "Zugänge")
        rows = [
            Staff(user=self.user_list[u], organisation=org, job_title=title)
            for u, org, title in positions
        ]
        self._create(Staff, rows, "Mitarbeitende")
        self.staff_of: dict[int, User] = {}
        for u, org, _title in positions:
            self.staff_of.setdefault(org.pk, self.user_list[u])

    def offers(self) -> None:
        rng = self.rng
        rows, relations, slots = [], [], []
        others = [slug for slug in self.languages if slug != "de"]
        for _ in range(self.size.offers):
            index = rng.randrange(len(self.org_list))
            org = self.org_list[index]
            district_slug = self.org_district[index]
            district = self.districts[district_slug]
            topic, groups, titles, firsts = rng.choice(words.OFFER_KINDS)
            title = rng.choice(titles)
            if rng.random() < 0.5:
                title = f"{title} in {district.name.split(' ')[0]}"
            description = f"{rng.choice(firsts)} {self._sentences(words.FILLER, 1, 4)}"
            status = rng.choices(
                [OfferStatus.ACTIVE, OfferStatus.PAUSED, OfferStatus.ENDED], [90, 7, 3]
            )[0]
            age_min = age_max = None
            if rng.random() < 0.3:
                age_min = rng.choice([0, 3, 6, 10, 14, 18, 60])
                age_max = age_min + rng.choice([3, 6, 10, 40])
            lat, lon = self._point(district_slug, 300)
            target_groups = [self.target_groups[g] for g in groups if g in self.target_groups]
            languages = [self.languages["de"]]
            if rng.random() < 0.3:
                languages.append(self.languages[rng.choice(others)])
            topics = [self.topics[topic]] if rng.random() < 0.85 else []
            place_name = f"{org.short_name}"
            search_text = "\n".join(
                part
                for part in [
                    title,
                    "",
                    description,
                    org.name,
                    place_name,
                    org.street,
                    district.name,
                    *(t.name for t in target_groups),
                    *(t.name for t in topics),
                    *(t.name for t in languages),
                ]
                if part
            )
            rows.append(
                Offer(
                    organisation=org,
                    title=title,
                    description=description,
                    age_min=age_min,
                    age_max=age_max,
                    is_free=rng.random() < 0.8,
                    wheelchair_accessible=rng.random() < 0.4,
                    place_name=place_name,
                    street=org.street,
                    postcode=org.postcode,
                    city="Leipzig",
                    district=district,
                    latitude=lat,
                    longitude=lon,
                    contact_name=self._person(),
                    status=status,
                    ended_at=self.now if status == OfferStatus.ENDED else None,
                    search_text=search_text,
                )
            )
            relations.append((target_groups, topics, languages))
            start = rng.choice([9, 10, 14, 15, 16, 17, 18])
            length = rng.choice([1, 2, 2, 3])
            days = rng.sample(range(6), rng.choice([0, 1, 1, 1, 2]))
            slots.append(
                [(day, datetime.time(start), datetime.time(start + length)) for day in days]
            )
        self.offer_list = self._create(Offer, rows, "Angebote")
        through = {
            "tg": (Offer.target_groups.through, "targetgroup_id"),
            "topic": (Offer.topics.through, "topic_id"),
            "language": (Offer.languages.through, "language_id"),
        }
        m2m: dict[str, list] = {key: [] for key in through}
        slot_rows = []
        for offer, (groups, topics, languages), offer_slots in zip(
            self.offer_list, relations, slots, strict=True
        ):
            for key, terms in (("tg", groups), ("topic", topics), ("language", languages)):
                model, column = through[key]
                m2m[key] += [model(offer_id=offer.pk, **{column: t.pk}) for t in terms]
            slot_rows += [
                WeeklySlot(offer=offer, weekday=day, start_time=start, end_time=end)
                for day, start, end in offer_slots
            ]
        for key, rows_of_kind in m2m.items():
            self._create(through[key][0], rows_of_kind, "Angebotsmerkmale")
        self._create(WeeklySlot, slot_rows, "Wochenzeiten")

    def search_index(self) -> None:
        # PostgreSQL's GIN index follows search_text by itself; SQLite's FTS5 table is filled
        # with the same stems services.update_search_index() would write.
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            for batch in _batches(self.offer_list):
                cursor.executemany(
                    "INSERT INTO offers_offer_fts (rowid, stems) VALUES (%s, %s)",
                    [(o.pk, " ".join(search.stems(o.search_text))) for o in batch],
                )
                self.progress("Suchindex", len(batch))

    def events(self) -> None:
        rng = self.rng
        rows, dates = [], []
        for _ in range(self.size.events):
            network = rng.choice(self.network_list)
            organiser = rng.choice(self.members[network.pk])
            kind = rng.choice(words.EVENT_KINDS)
            district = organiser.district
            user = self.staff_of.get(organiser.pk)
            rows.append(
                Event(
                    network=network,
                    organiser=organiser,
                    title=f"{kind} {district.name.split(' ')[0] if district else 'Leipzig'}",
                    description=self._sentences(words.NEWS_SENTENCES, 2, 4),
                    place_name=organiser.short_name,
                    street=organiser.street,
                    postcode=organiser.postcode,
                    city="Leipzig",
                    visibility=Visibility.PUBLIC if rng.random() < 0.85 else Visibility.MEMBERS,
                    capacity=rng.choice([None, None, 20, 50, 100]),
                    organiser_confirmed_at=self.now,
                    organiser_confirmed_by=user,
                    created_by=user,
                )
            )
            start = self.now + datetime.timedelta(
                days=rng.randint(-180, 180), hours=rng.randint(-6, 6)
            )
            dates.append(
                [
                    (start + datetime.timedelta(days=7 * n), rng.choice([1, 2, 3, 4]))
                    for n in range(rng.choice([1, 1, 1, 2]))
                ]
            )
        events = self._create(Event, rows, "Veranstaltungen")
        date_rows = [
            EventDate(event=event, starts_at=start, ends_at=start + datetime.timedelta(hours=hours))
            for event, event_dates in zip(events, dates, strict=True)
            for start, hours in event_dates
        ]
        self._create(EventDate, date_rows, "Termine")

    def meetings(self) -> None:
        rng = self.rng
        per_network = max(1, self.size.meetings // len(self.network_list))
        rows, agenda = [], []
        for position in range(self.size.meetings):
            network = self.network_list[position % len(self.network_list)]
            number = position // len(self.network_list)
            # Every three weeks, the newest few still to come.
            weeks_back = 3 * (per_network - number) - 6
            starts_at = (self.now - datetime.timedelta(weeks=weeks_back)).replace(hour=14)
            is_past = starts_at < self.now
            coordinator = self.staff_of.get(self.coordinators[network.pk].pk)
            rows.append(
                Meeting(
                    network=network,
                    title="Netzwerktreffen",
                    starts_at=starts_at,
                    ends_at=starts_at + datetime.timedelta(hours=2),
                    location=rng.choice(self.members[network.pk]).short_name,
                    agenda_published_at=starts_at - datetime.timedelta(days=7),
                    minutes_published_at=starts_at + datetime.timedelta(days=2)
                    if is_past
                    else None,
                    minutes_published_by=coordinator if is_past else None,
                    minute_taker=coordinator,
                    general_notes=self._sentences(words.MINUTES_SENTENCES, 1, 3) if is_past else "",
                    created_by=coordinator,
                )
            )
            agenda.append(
                [
                    (
                        topic,
                        self._sentences(words.MINUTES_SENTENCES, 1, 2) if is_past else "",
                        rng.choice(words.DECISIONS) if is_past else "",
                    )
                    for topic in rng.sample(words.AGENDA_TOPICS, rng.randint(2, 4))
                ]
            )
        meetings = self._create(Meeting, rows, "Treffen")
        items = [
            AgendaItem(
                meeting=meeting,
                title=title,
                status=AgendaItemStatus.ACCEPTED,
                position=position,
                notes=notes,
                decisions=decisions,
                minutes_needed=15,
            )
            for meeting, meeting_items in zip(meetings, agenda, strict=True)
            for position, (title, notes, decisions) in enumerate(meeting_items, start=1)
        ]
        self._create(AgendaItem, items, "Tagesordnungspunkte")

    def news(self) -> None:
        rng = self.rng
        rows = []
        for number in range(self.size.posts):
            network = self.network_list[number % len(self.network_list)]
            title = f"{rng.choice(words.NEWS_TITLES)} ({number + 1})"
            body = "\n\n".join(
                self._sentences(words.NEWS_SENTENCES, 2, 4) for _ in range(rng.randint(2, 4))
            )
            author = self.staff_of.get(self.coordinators[network.pk].pk)
            rows.append(
                Post(
                    network=network,
                    title=title,
                    slug=slugify(title)[:80],
                    teaser=self._sentences(words.NEWS_SENTENCES, 1, 2),
                    body=body,
                    body_html=richtext.render_restricted_html(body),
                    body_format_version=richtext.FORMAT_VERSION,
                    status=PostStatus.PUBLISHED if rng.random() < 0.95 else PostStatus.DRAFT,
                    published_at=self.now - datetime.timedelta(days=rng.randint(1, 1500)),
                    created_by=author,
                )
            )
        posts = self._create(Post, rows, "Beiträge")
        rendered = {text: richtext.render_restricted_html(text) for text in words.COMMENTS}
        comments = []
        staff = list(self.staff_of.items())
        for _ in range(self.size.comments):
            post = rng.choice(posts)
            body = rng.choice(words.COMMENTS)
            status = rng.choices(
                [CommentStatus.PUBLISHED, CommentStatus.PENDING, CommentStatus.SPAM], [92, 5, 3]
            )[0]
            user = organisation_id = None
            if rng.random() < 0.3:
                organisation_id, user = rng.choice(staff)
                name, email = user.display_name, user.email
            else:
                name = self._person()
                email = f"{slugify(name)}@nachbarschaft.example.org"
            created_at = post.published_at + datetime.timedelta(minutes=rng.randint(5, 60_000))
            comments.append(
                Comment(
                    post=post,
                    user=user,
                    organisation_id=organisation_id,
                    author_name=name,
                    author_email=email,
                    body=body,
                    body_html=rendered[body],
                    body_format_version=richtext.FORMAT_VERSION,
                    status=status,
                    created_at=min(created_at, self.now),
                    moderated_at=None if status == CommentStatus.PENDING else created_at,
                )
            )
        self._create(Comment, comments, "Kommentare")


def load_city(
    *, offers: int = DEFAULT_OFFERS, seed: int = 1, progress: Progress = _no_progress
) -> CitySummary:
    """Fill an empty database with a test city; raises CityNotEmptyError before any write."""
    size = CitySize.for_offers(offers)
    with transaction.atomic():
        if database_holds_data():
            raise CityNotEmptyError
        builder = _CityBuilder(size, seed, progress)
        builder.taxonomy()
        builder.networks()
        builder.organisations()
        builder.memberships()
        builder.staff()
        builder.offers()
        builder.search_index()
        builder.events()
        builder.meetings()
        builder.news()
    coordinator = builder.staff_of[builder.coordinators[builder.network_list[0].pk].pk]
    return CitySummary(
        networks=len(builder.network_list),
        organisations=len(builder.org_list),
        memberships=builder.membership_count,
        users=len(builder.user_list),
        offers=len(builder.offer_list),
        events=size.events,
        meetings=size.meetings,
        posts=size.posts,
        comments=size.comments,
        coordinator_email=coordinator.email,
    )


def expected_rows(offers: int) -> int:
    """Roughly how many rows load_city writes, for the progress bar."""
    size = CitySize.for_offers(offers)
    return (
        size.organisations * 8
        + size.offers * 6
        + size.events * 2
        + size.meetings * 4
        + size.posts
        + size.comments
    )


def analyze_database() -> None:
    """Give PostgreSQL's planner statistics of the freshly loaded tables.

    After a bulk load PostgreSQL plans with empty statistics until autovacuum runs ANALYZE;
    pages then take seconds. SQLite is left as an installation grown by use would be.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
