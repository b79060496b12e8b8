"""What search engines and link previews read, checked with parsers we did not write.

lxml reads the <head>, extruct (the parser search tools use) finds the JSON-LD, jsonschema
checks it against what Google documents (tests/structured_data_schemas.py), and xmlschema
validates the sitemaps against the Sitemaps protocol (tests/data/sitemap-0.9.xsd).
"""

import datetime
import io
from pathlib import Path
from urllib.parse import urlsplit

import extruct
import jsonschema
import lxml.etree
import lxml.html
import pytest
import xmlschema
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from netzwerkstatt.core import seo
from netzwerkstatt.core.languages import language_of_path, path_in_language
from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.events.models import Event, EventDate, Visibility
from netzwerkstatt.events.structured_data import event_data
from netzwerkstatt.meetings.models import Meeting
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.news import services as news_services
from netzwerkstatt.news.models import Post, PostStatus, Update
from netzwerkstatt.news.models import Visibility as UpdateVisibility
from netzwerkstatt.offers.models import Offer, OfferStatus
from tests.events.factories import EventFactory
from tests.factories import (
    LanguageFactory,
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    SocialLinkFactory,
    WeeklySlotFactory,
)
from tests.meetings.factories import MeetingFactory
from tests.news.factories import PostFactory, UpdateFactory, image_upload
from tests.structured_data_schemas import SCHEMAS

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SITEMAP_SCHEMA = xmlschema.XMLSchema(Path(__file__).parent.parent / "data" / "sitemap-0.9.xsd")
HOSTILE = 'Treff </script><script>alert("x")</script> & <!-- Kommentar'


# Reading pages ---------------------------------------------------------------------------------


class Head:
    """The parts of a page's <head> that crawlers read."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.doc = lxml.html.fromstring(html)

    def meta(self, name: str) -> list[str]:
        return self.doc.xpath(f'//head/meta[@name="{name}"]/@content')

    def og(self, name: str) -> list[str]:
        return self.doc.xpath(f'//head/meta[@property="{name}"]/@content')

    def links(self, rel: str) -> list[lxml.html.HtmlElement]:
        return self.doc.xpath(f'//head/link[@rel="{rel}"]')

    @property
    def canonicals(self) -> list[str]:
        return [link.get("href") for link in self.links("canonical")]

    @property
    def noindex(self) -> bool:
        return any("noindex" in content for content in self.meta("robots"))

    def structured_data(self, url: str) -> list[dict]:
        return extruct.extract(self.html, base_url=url, syntaxes=["json-ld"])["json-ld"]


def head_of(client, path: str) -> Head:
    response = client.get(path)
    assert response.status_code == 200, path
    return Head(response.content.decode())


def check_structured_data(items: list[dict]) -> None:
    for item in items:
        jsonschema.validate(item, SCHEMAS[item["@type"]])


def sitemap_locations(client) -> list[str]:
    """Every address listed by the sitemap index and its sections, read as XML and validated."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert index["Content-Type"] == "application/xml"
    SITEMAP_SCHEMA.validate(index.content.decode())
    locations = []
    for section in lxml.etree.fromstring(index.content).xpath(
        "//sm:loc/text()", namespaces=SITEMAP_NS
    ):
        assert section.startswith(settings.SITE_BASE_URL + "/")
        split = urlsplit(section)
        response = client.get(split.path + (f"?{split.query}" if split.query else ""))
        assert response.status_code == 200, section
        SITEMAP_SCHEMA.validate(response.content.decode())
        locations += lxml.etree.fromstring(response.content).xpath(
            "//sm:loc/text()", namespaces=SITEMAP_NS
        )
    assert len(locations) == len(set(locations))
    return locations


def path_of(url: str) -> str:
    assert url.startswith(settings.SITE_BASE_URL + "/"), url
    return url.removeprefix(settings.SITE_BASE_URL)


# The demo network: every public page -----------------------------------------------------------


def test_every_public_page_of_the_demo_describes_itself_and_names_its_canonical(client):
    load_demo_network()
    locations = sitemap_locations(client)

    expected = {
        reverse(name)
        for name in (
            "networks:home",
            "networks:organisation_list",
            "offers:list",
            "events:calendar",
            "networks:privacy",
            "networks:easy_read",
            "networks:easy_read_offers",
            "networks:easy_read_join",
            "networks:easy_read_privacy",
        )
    }
    for network in Network.objects.all():
        expected |= {
            network.get_absolute_url(),
            reverse("networks:easy_read_network", args=[network.slug]),
            reverse("news:archive", args=[network.slug]),
            reverse("news:updates", args=[network.slug]),
        }
    expected |= {
        o.get_absolute_url()
        for o in Organisation.objects.filter(memberships__status=MembershipStatus.MEMBER)
    }
    expected |= {
        o.get_absolute_url()
        for o in Offer.objects.filter(
            status=OfferStatus.ACTIVE, organisation__memberships__status=MembershipStatus.MEMBER
        )
    }
    expected |= {
        e.get_absolute_url()
        for e in Event.objects.filter(
            visibility=Visibility.PUBLIC, organiser_confirmed_at__isnull=False
        )
    }
    expected |= {
        p.get_absolute_url()
        for p in Post.objects.filter(status=PostStatus.PUBLISHED, published_at__lte=timezone.now())
    }
    expected |= {
        u.get_absolute_url()
        for u in Update.objects.filter(
            visibility=UpdateVisibility.PUBLIC,
            confirmed_at__isnull=False,
            published_at__lte=timezone.now(),
            organisation__memberships__status=MembershipStatus.MEMBER,
        )
    }
    expected |= {
        reverse("meetings:summary", args=[m.network.slug, m.pk])
        for m in Meeting.objects.filter(minutes_published_at__isnull=False, is_cancelled=False)
        if m.public_summary
    }
    # Every page once in every language.
    assert {path_of(url) for url in locations} == {
        path_in_language(path, code) for path in expected for code, _name in settings.LANGUAGES
    }
    assert Organisation.objects.exclude(memberships__status=MembershipStatus.MEMBER).exists()

    # Pages reached through links but not listed (calendar months) follow the same rules; the
    # German pages all, the other languages' versions of the start page and the offers list.
    today = timezone.localdate()
    month = reverse("events:month", args=[today.year, today.month])
    sample = {
        path_in_language(reverse(name), code)
        for name in ("networks:home", "offers:list")
        for code, _name in settings.LANGUAGES
    }
    checked = [
        url for url in locations if language_of_path(path_of(url)) is None or path_of(url) in sample
    ]
    types = set()
    for url in [*checked, settings.SITE_BASE_URL + month]:
        head = head_of(client, path_of(url))
        descriptions = head.meta("description")
        assert len(descriptions) == 1, url
        assert len(descriptions[0]) >= 40, (url, descriptions)
        assert len(descriptions[0]) <= seo.DESCRIPTION_LENGTH, (url, descriptions)
        assert "<" not in descriptions[0] and "  " not in descriptions[0]
        assert head.canonicals == [url], url
        assert not head.noindex, url
        items = head.structured_data(url)
        check_structured_data(items)
        types |= {item["@type"] for item in items}
    assert types == {"Organization", "Service", "Event"}


def test_network_pages_news_and_calendar_announce_their_feeds(client):
    load_demo_network()
    network = Network.objects.get(slug="sis-schoenefeld")
    for path in (
        network.get_absolute_url(),
        reverse("news:archive", args=[network.slug]),
        reverse("news:updates", args=[network.slug]),
    ):
        # Feeds: the alternates with a type (the others name the page in other languages).
        alternates = [link for link in head_of(client, path).links("alternate") if link.get("type")]
        kinds = {(link.get("type"), link.get("href")) for link in alternates}
        assert ("application/atom+xml", f"/netzwerke/{network.slug}/neuigkeiten/atom/") in kinds
        assert ("application/rss+xml", f"/netzwerke/{network.slug}/neuigkeiten/rss/") in kinds
        assert ("application/atom+xml", f"/netzwerke/{network.slug}/updates/atom/") in kinds
        assert ("text/calendar", f"/veranstaltungen/kalender.ics?netzwerk={network.slug}") in kinds
        assert all(link.get("title") for link in alternates)
        for _, href in kinds:
            assert client.get(href).status_code == 200, href
    calendar = [
        link
        for link in head_of(client, reverse("events:calendar")).links("alternate")
        if link.get("type")
    ]
    assert [(link.get("type"), link.get("href")) for link in calendar] == [
        ("text/calendar", "/veranstaltungen/kalender.ics")
    ]


# Canonical and noindex rules -------------------------------------------------------------------


def test_list_pages_canonical_rules(client, world):
    base = settings.SITE_BASE_URL
    offers = reverse("offers:list")
    # Unfiltered: itself; tracking parameters and page 1 are noise.
    assert head_of(client, offers + "?utm_source=newsletter&seite=1").canonicals == [base + offers]
    # Page 2 and later: canonical to itself.
    directory = reverse("networks:organisation_list")
    assert head_of(client, directory + "?seite=2").canonicals == [base + directory + "?seite=2"]
    # One filter: a view of the unfiltered list.
    head = head_of(client, offers + f"?netzwerk={world.network.slug}&zielgruppe=")
    assert head.canonicals == [base + offers]
    assert not head.noindex
    # A text search or several filters: not indexed, and no canonical to mix with noindex.
    for query in ("?q=Beratung", f"?netzwerk={world.network.slug}&kostenlos=on"):
        head = head_of(client, offers + query)
        assert head.noindex, query
        assert head.canonicals == []
        assert len(head.meta("description")) == 1


def test_private_pages_and_pages_with_secrets_are_not_indexed(client, as_user, world):
    for path in (
        reverse("accounts:login"),
        reverse("accounts:password_reset"),
        reverse("accounts:invitation", args=["ungueltig"]),
        reverse("networks:join", args=[world.network.slug]),
    ):
        head = head_of(client, path)
        assert head.noindex, path
        assert head.canonicals == [], path
        assert len(head.meta("description")) == 1
    member = as_user(world.coordinator)
    for path in (
        reverse("accounts:dashboard"),
        reverse("networks:organisation_edit", args=["wiq"]),
    ):
        assert head_of(member, path).noindex, path
    missing = client.get("/angebote/999999/")
    assert missing.status_code == 404
    assert Head(missing.content.decode()).noindex
    assert Head(missing.content.decode()).canonicals == []


def applicant(world) -> Organisation:
    """An organisation that has asked to join but is no member of any network."""
    organisation = OrganisationFactory(slug="bewerberin", name="Bewerberin e.V.")
    MembershipFactory(
        network=world.network, organisation=organisation, status=MembershipStatus.APPLICANT
    )
    return organisation


def test_pages_of_things_the_public_does_not_see_are_not_indexed(as_user, world):
    paused = OfferFactory(organisation=world.member_org, status=OfferStatus.PAUSED)
    head = head_of(as_user(world.member), paused.get_absolute_url())
    assert head.noindex
    assert head.structured_data(settings.SITE_BASE_URL) == []
    outsider_page = head_of(as_user(None), applicant(world).get_absolute_url())
    assert outsider_page.noindex
    assert outsider_page.structured_data(settings.SITE_BASE_URL) == []
    members_event = EventFactory(
        network=world.network, organiser=world.member_org, visibility=Visibility.MEMBERS
    )
    head = head_of(as_user(world.member), members_event.get_absolute_url())
    assert head.noindex
    assert head.og("og:title") == []
    draft = PostFactory(network=world.network, status=PostStatus.DRAFT)
    head = head_of(as_user(world.coordinator), draft.get_absolute_url())
    assert head.noindex
    assert head.og("og:title") == []


# Sitemap and robots.txt ------------------------------------------------------------------------


def test_the_sitemap_lists_only_what_the_public_sees(client, world):
    public = OfferFactory(organisation=world.member_org)
    paused = OfferFactory(organisation=world.member_org, status=OfferStatus.PAUSED)
    not_member = applicant(world)
    of_applicant = OfferFactory(organisation=not_member)
    published = PostFactory(network=world.network)
    draft = PostFactory(network=world.network, status=PostStatus.DRAFT)
    scheduled = PostFactory(
        network=world.network, published_at=timezone.now() + datetime.timedelta(days=2)
    )
    event = EventFactory(network=world.network, organiser=world.member_org)
    members_only = EventFactory(
        network=world.network, organiser=world.member_org, visibility=Visibility.MEMBERS
    )
    unconfirmed = EventFactory(
        network=world.network, organiser=world.member_org, organiser_confirmed_at=None
    )
    update = UpdateFactory(organisation=world.member_org)
    members_update = UpdateFactory(organisation=world.member_org, visibility="members")
    unconfirmed_update = UpdateFactory(organisation=world.member_org, confirmed_at=None)
    applicants_update = UpdateFactory(organisation=not_member)
    summary = reverse("meetings:summary", args=[world.network.slug, 0])
    told = MeetingFactory(
        network=world.network, minutes_published_at=timezone.now(), public_summary="Gut."
    )
    untold = MeetingFactory(network=world.network, public_summary="Noch nicht.")

    paths = {path_of(url) for url in sitemap_locations(client)}

    for listed in (public, published, event, update, world.member_org, world.coordinator_org):
        assert listed.get_absolute_url() in paths
    for hidden in (
        paused,
        of_applicant,
        not_member,
        draft,
        scheduled,
        members_only,
        unconfirmed,
        members_update,
        unconfirmed_update,
        applicants_update,
    ):
        assert hidden.get_absolute_url() not in paths
    assert summary.replace("/0/", f"/{told.pk}/") in paths
    assert summary.replace("/0/", f"/{untold.pk}/") not in paths
    assert reverse("accounts:login") not in paths


def test_the_sitemap_gives_the_last_change(client, world):
    offer = OfferFactory(organisation=world.member_org)
    Offer.objects.filter(pk=offer.pk).update(
        updated_at=datetime.datetime(2026, 3, 4, 12, 0, tzinfo=datetime.UTC)
    )
    section = lxml.etree.fromstring(client.get("/sitemap-angebote.xml").content)
    lastmod = section.xpath(
        f'//sm:url[sm:loc="{settings.SITE_BASE_URL}{offer.get_absolute_url()}"]/sm:lastmod/text()',
        namespaces=SITEMAP_NS,
    )
    assert lastmod == ["2026-03-04"]


def test_the_sitemap_uses_the_public_address_whatever_the_host(client, world, settings):
    settings.SITE_BASE_URL = "https://netzwerk.example.org"
    settings.ALLOWED_HOSTS = ["*"]
    index = client.get("/sitemap.xml", HTTP_HOST="intern.local").content.decode()
    assert "intern.local" not in index
    assert "https://netzwerk.example.org/sitemap-angebote.xml" in index
    section = client.get("/sitemap-organisationen.xml", HTTP_HOST="intern.local").content.decode()
    assert f"https://netzwerk.example.org{world.member_org.get_absolute_url()}" in section
    head = head_of(client, world.member_org.get_absolute_url())
    assert head.canonicals == [f"https://netzwerk.example.org{world.member_org.get_absolute_url()}"]


def test_an_unknown_sitemap_section_or_page_is_not_found(client, world):
    assert client.get("/sitemap-gibtesnicht.xml").status_code == 404
    assert client.get("/sitemap-angebote.xml?p=99").status_code == 404
    assert client.get("/sitemap-angebote.xml?p=x").status_code == 404


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for private in ("/konto/", "/admin/", "/veranstaltungen/feed/", "/mitarbeit/"):
        assert f"Disallow: {private}" in lines
    assert f"Sitemap: {settings.SITE_BASE_URL}/sitemap.xml" in lines
    # Public pages stay open.
    assert not any(line in lines for line in ("Disallow: /", "Disallow: /angebote/"))
    assert "Allow: /netzwerke/*/treffen/*/zusammenfassung/" in lines


def test_robots_txt_with_python_s_own_parser(client, world):
    """urllib.robotparser reads robots.txt as crawlers do (prefix rules; no wildcards)."""
    from urllib.robotparser import RobotFileParser

    parser = RobotFileParser()
    parser.parse(client.get("/robots.txt").content.decode().splitlines())
    base = settings.SITE_BASE_URL
    assert parser.can_fetch("*", base + "/angebote/")
    assert parser.can_fetch("*", base + world.member_org.get_absolute_url())
    assert not parser.can_fetch("*", base + reverse("accounts:dashboard"))
    assert not parser.can_fetch("*", base + "/veranstaltungen/feed/abc.ics")
    assert parser.site_maps() == [base + "/sitemap.xml"]


def test_sitemap_query_counts_are_pinned(client, world, django_assert_num_queries):
    def add(count: int) -> None:
        for _ in range(count):
            OfferFactory(organisation=world.member_org)
            PostFactory(network=world.network)
            EventFactory(network=world.network, organiser=world.member_org)
            MembershipFactory(network=world.network, organisation=OrganisationFactory())
            UpdateFactory(organisation=world.member_org)
            MeetingFactory(
                network=world.network, minutes_published_at=timezone.now(), public_summary="Gut."
            )

    add(1)
    # The index: per section its number of pages and its last change (the static pages none).
    pages = {"/sitemap.xml": 13}
    # A section reads its items once (Django's sitemap lists them once per language).
    pages |= {f"/sitemap-{section}.xml": 1 for section in ("organisationen", "angebote")}
    pages |= {"/sitemap-seiten.xml": 0, "/sitemap-netzwerke.xml": 1}
    pages |= {"/sitemap-veranstaltungen.xml": 1, "/sitemap-neuigkeiten.xml": 1}
    pages |= {"/sitemap-updates.xml": 1, "/sitemap-treffen.xml": 1}
    for path, queries in pages.items():
        with django_assert_num_queries(queries):
            client.get(path)
    add(5)
    for path, queries in pages.items():
        with django_assert_num_queries(queries):
            assert client.get(path).status_code == 200


# Open Graph ------------------------------------------------------------------------------------


def test_news_posts_have_open_graph_with_their_image(client, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    post = news_services.create_post(
        world.network,
        data={
            "title": "Sommerfest im Park",
            "teaser": "Wir feiern <gemeinsam> – mit Musik & Kuchen.",
            "body": "Alle sind eingeladen.",
            "status": PostStatus.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(minutes=1),
            "image": image_upload(),
            "image_alt": "Ein Tisch mit Kuchen",
        },
        by=world.coordinator,
    )
    head = head_of(client, post.get_absolute_url())
    url = settings.SITE_BASE_URL + post.get_absolute_url()
    assert head.og("og:title") == ["Sommerfest im Park"]
    assert head.og("og:description") == ["Wir feiern <gemeinsam> – mit Musik & Kuchen."]
    assert head.meta("description") == ["Wir feiern <gemeinsam> – mit Musik & Kuchen."]
    assert head.og("og:type") == ["article"]
    assert head.og("og:url") == [url]
    assert head.og("og:locale") == ["de_DE"]
    # A small image has no smaller copies: the stored image itself.
    assert head.og("og:image") == [settings.SITE_BASE_URL + post.image.url]
    assert head.og("og:image:alt") == ["Ein Tisch mit Kuchen"]
    assert head.og("og:image:width") == [str(post.image_width)]
    assert head.og("og:image:height") == [str(post.image_height)]
    assert head.meta("twitter:card") == ["summary"]
    assert (tmp_path / post.image.name).exists()


def test_a_large_image_is_previewed_from_its_copy_of_1440_pixels(client, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (2400, 1200), "teal").save(buffer, format="JPEG")
    upload = SimpleUploadedFile("gross.jpg", buffer.getvalue(), content_type="image/jpeg")
    post = news_services.create_post(
        world.network,
        data={
            "title": "Großes Bild",
            "teaser": "Mit einem großen Foto.",
            "body": "Text.",
            "status": PostStatus.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(minutes=1),
            "image": upload,
            "image_alt": "Eine Wiese",
        },
        by=world.coordinator,
    )
    assert post.image_width == 1920
    head = head_of(client, post.get_absolute_url())
    [image] = head.og("og:image")
    assert image.endswith("-1440w.jpg")
    assert head.og("og:image:width") == ["1440"]
    assert head.og("og:image:height") == ["720"]
    assert (tmp_path / path_of(image).removeprefix(settings.MEDIA_URL)).exists()


def test_a_post_without_image_has_no_og_image(client, world):
    post = PostFactory(network=world.network)
    head = head_of(client, post.get_absolute_url())
    assert head.og("og:title") == [post.title]
    assert head.og("og:image") == []


def test_events_have_open_graph(client, world):
    event = EventFactory(network=world.network, organiser=world.member_org, title="Ideencafé")
    head = head_of(client, event.get_absolute_url())
    assert head.og("og:title") == ["Ideencafé"]
    assert head.og("og:url") == [settings.SITE_BASE_URL + event.get_absolute_url()]
    assert head.og("og:description") == [event.description]
    assert head.meta("twitter:card") == ["summary"]


# JSON-LD ---------------------------------------------------------------------------------------


def test_hostile_text_cannot_leave_the_json_ld_block(client, world):
    offer = OfferFactory(
        organisation=world.member_org, title=HOSTILE, summary="", description=HOSTILE
    )
    html = client.get(offer.get_absolute_url()).content.decode()
    head = Head(html)
    assert '</script><script>alert("x")' not in html
    assert "<!-- Kommentar" not in html
    # The description attribute keeps the text, quotes included, and nothing escapes from it.
    assert head.meta("description") == [HOSTILE]
    [service] = head.structured_data(settings.SITE_BASE_URL)
    assert service["name"] == HOSTILE
    assert service["description"] == HOSTILE
    # Only one script block: the hostile text did not open another.
    assert len(head.doc.xpath('//script[@type="application/ld+json"]')) == 1
    assert head.doc.xpath("//script[not(@src)][not(@type)]") == []


def test_organisation_json_ld(client, world):
    organisation = world.member_org
    organisation.phone = "0341 123456"
    organisation.website = "https://frauen.example.org"
    organisation.latitude, organisation.longitude = 51.36, 12.42
    organisation.save()
    SocialLinkFactory(organisation=organisation, url="https://social.example.org/@frauen")
    url = settings.SITE_BASE_URL + organisation.get_absolute_url()
    [data] = head_of(client, organisation.get_absolute_url()).structured_data(url)
    jsonschema.validate(data, SCHEMAS["Organization"])
    assert data["name"] == organisation.name
    assert data["url"] == url
    assert data["telephone"] == "0341 123456"
    assert data["sameAs"] == ["https://frauen.example.org", "https://social.example.org/@frauen"]
    assert data["geo"]["latitude"] == 51.36
    assert data["memberOf"][0]["name"] == world.network.name
    assert "email" not in data


def test_offer_json_ld_is_a_service_with_hours_languages_and_price(client, world):
    offer = OfferFactory(
        organisation=world.member_org,
        languages=[LanguageFactory(slug="ar", name="Arabisch")],
        age_min=10,
        age_max=16,
        is_free=True,
    )
    WeeklySlotFactory(
        offer=offer, weekday=1, start_time=datetime.time(15), end_time=datetime.time(17, 30)
    )
    [data] = head_of(client, offer.get_absolute_url()).structured_data(settings.SITE_BASE_URL)
    jsonschema.validate(data, SCHEMAS["Service"])
    assert data["provider"]["name"] == world.member_org.name
    assert data["hoursAvailable"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Tuesday",
            "opens": "15:00",
            "closes": "17:30",
        }
    ]
    assert data["availableLanguage"] == [
        {"@type": "Language", "name": "Arabisch", "alternateName": "ar"}
    ]
    assert data["audience"]["suggestedMinAge"] == 10
    assert data["offers"] == {"@type": "Offer", "price": 0, "priceCurrency": "EUR"}
    assert data["areaServed"]["address"]["streetAddress"] == "Gorkistraße 120"


def test_event_json_ld_has_one_event_per_date_with_offsets(client, world):
    berlin = timezone.get_default_timezone()
    winter = datetime.datetime(2027, 1, 15, 16, 0, tzinfo=berlin)
    summer = datetime.datetime(2027, 7, 15, 16, 0, tzinfo=berlin)
    event = EventFactory(
        network=world.network,
        organiser=world.member_org,
        cost="kostenlos",
        dates=[
            (winter, winter + datetime.timedelta(hours=2)),
            (summer, summer + datetime.timedelta(hours=2)),
        ],
    )
    items = head_of(client, event.get_absolute_url()).structured_data(settings.SITE_BASE_URL)
    check_structured_data(items)
    assert [item["startDate"] for item in items] == [
        "2027-01-15T16:00:00+01:00",
        "2027-07-15T16:00:00+02:00",
    ]
    assert items[0]["endDate"] == "2027-01-15T18:00:00+01:00"
    assert items[0]["eventStatus"] == "https://schema.org/EventScheduled"
    assert items[0]["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert items[0]["location"]["address"]["postalCode"] == "04347"
    assert items[0]["organizer"]["name"] == world.member_org.name
    assert items[0]["offers"]["description"] == "kostenlos"
    assert len({item["@id"] for item in items}) == 2


def test_cancelled_and_online_events(world):
    event = EventFactory(
        network=world.network,
        organiser=world.member_org,
        place_name="",
        street="",
        online_url="https://meet.example.org/treff",
    )
    [data] = event_data(event, cancelled=True)
    jsonschema.validate(data, SCHEMAS["Event"])
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/treff"}
    event.street = "Volbedingstraße 1"
    [data] = event_data(event)
    jsonschema.validate(data, SCHEMAS["Event"])
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]


def test_json_ld_adds_no_queries_per_item(client, world, django_assert_num_queries):
    """The offer and event pages read their structured data from what they already loaded."""
    offer = OfferFactory(organisation=world.member_org, languages=[LanguageFactory()])
    WeeklySlotFactory(offer=offer)
    event = EventFactory(network=world.network, organiser=world.member_org)
    client.get(offer.get_absolute_url())
    client.get(event.get_absolute_url())
    with django_assert_num_queries(OFFER_PAGE_QUERIES):
        client.get(offer.get_absolute_url())
    with django_assert_num_queries(EVENT_PAGE_QUERIES):
        client.get(event.get_absolute_url())
    for _ in range(4):
        offer.languages.add(LanguageFactory())
        WeeklySlotFactory(offer=offer, weekday=3)
        EventDate.objects.create(
            event=event,
            starts_at=timezone.now() + datetime.timedelta(days=30),
            ends_at=timezone.now() + datetime.timedelta(days=30, hours=1),
        )
        SocialLinkFactory(organisation=world.member_org)
    with django_assert_num_queries(OFFER_PAGE_QUERIES):
        client.get(offer.get_absolute_url())
    with django_assert_num_queries(EVENT_PAGE_QUERIES):
        client.get(event.get_absolute_url())


OFFER_PAGE_QUERIES = 6
EVENT_PAGE_QUERIES = 8


# Pure helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("  Ein\n\nkurzer   Text. ", "Ein kurzer Text."),
        ("<p>Mit <strong>Markup</strong> &amp; Entität</p>", "Mit Markup & Entität"),
        ("Wort " * 60, ("Wort " * 31).strip() + "…"),
        ("x" * 200, "x" * 159 + "…"),
    ],
)
def test_describe(text, expected):
    assert seo.describe(text, markup=True) == expected
    assert len(seo.describe(text)) <= seo.DESCRIPTION_LENGTH


def test_json_ld_escapes_what_could_end_the_block():
    block = seo.json_ld({"name": HOSTILE})
    assert block.startswith('<script type="application/ld+json">')
    inner = block.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    import json

    assert json.loads(inner) == {"name": HOSTILE}


def test_a_network_describes_itself_by_tagline_and_description(client, world):
    network = world.network
    network.tagline = "Das Netzwerk im Stadtteil"
    network.description = "Wir treffen uns jeden Monat."
    network.save()
    head = head_of(client, network.get_absolute_url())
    assert head.meta("description") == ["Das Netzwerk im Stadtteil. Wir treffen uns jeden Monat."]
    network.tagline = "Gemeinsam stark!"
    network.save()
    head = head_of(client, network.get_absolute_url())
    assert head.meta("description") == ["Gemeinsam stark! Wir treffen uns jeden Monat."]
