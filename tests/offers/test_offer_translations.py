"""Editors translate an offer; visitors read it in their language or, marked, in German."""

import pytest
from django.test import override_settings
from django.urls import reverse

from netzwerkstatt.audit.models import AuditEntry
from netzwerkstatt.offers import services
from netzwerkstatt.offers.models import Offer
from tests.factories import OfferFactory, UserFactory
from tests.languages import SEVEN_LANGUAGES, page_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seven_languages")]

UKRAINIAN_TITLE = "Допомога з домашніми завданнями"


@pytest.fixture
def seven_languages():
    with override_settings(LANGUAGES=SEVEN_LANGUAGES):
        yield


@pytest.fixture
def offer(world):
    return OfferFactory(
        organisation=world.member_org,
        title="Hausaufgabenhilfe",
        summary="Jeden Dienstag nach der Schule",
        description="Wir helfen beim Lernen.",
        registration_note="Einfach vorbeikommen",
    )


def translate_url(offer, code="uk"):
    return reverse("offers:translate", args=[offer.pk, code])


def test_the_editor_sees_every_language_with_its_status(as_user, world, offer):
    response = as_user(world.member).get(reverse("offers:translations", args=[offer.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for code in ("en", "ar", "fa", "uk", "ru", "tr"):
        assert translate_url(offer, code) in page
    assert 'lang="uk">українська' in page.lower()


def test_the_form_shows_the_german_original_beside_each_field(as_user, world, offer):
    response = as_user(world.member).get(translate_url(offer, "ar"))
    page = response.content.decode()
    assert '<div class="prose" lang="de" dir="ltr"><p>Wir helfen beim Lernen.</p></div>' in page
    assert 'name="title"' in page and 'dir="rtl"' in page


def test_the_editor_saves_a_translation(as_user, world, offer):
    response = as_user(world.member).post(
        translate_url(offer), {"title": UKRAINIAN_TITLE, "summary": "", "description": ""}
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.translations["uk"]["title"] == UKRAINIAN_TITLE
    assert "summary" not in offer.translations["uk"]
    # The organisation's own staff need no log entry; edits from outside get one.
    assert not AuditEntry.objects.exists()


def test_an_edit_from_outside_the_organisation_is_logged(client, world, offer):
    admin = UserFactory(is_superuser=True)
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    client.post(translate_url(offer), {"title": UKRAINIAN_TITLE})
    entry = AuditEntry.objects.get()
    assert entry.after == {"title (uk)": UKRAINIAN_TITLE}
    assert entry.before == {"title (uk)": ""}


@pytest.mark.parametrize("code", ["xx", "de", "UK", "u"])
def test_an_unknown_language_is_not_found(as_user, world, offer, code):
    client = as_user(world.member)
    assert client.get(translate_url(offer, code)).status_code == 404
    assert client.post(translate_url(offer, code), {"title": "x"}).status_code == 404
    offer.refresh_from_db()
    assert offer.translations == {}


def test_an_over_long_translation_is_refused_and_nothing_changes(as_user, world, offer):
    response = as_user(world.member).post(translate_url(offer), {"title": "я" * 201})
    assert response.status_code == 400
    assert "200" in response.content.decode()  # the message names the limit
    offer.refresh_from_db()
    assert offer.translations == {}


def test_markup_is_shown_as_text_like_the_original(client, world, offer):
    services.translate_offer(
        offer, language="uk", values={"title": "<script>alert(1)</script>"}, by=world.member
    )
    page = page_in(client, "uk", "offers:detail", [offer.pk]).content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_visitor_reads_the_offer_in_ukrainian_with_german_fallback(client, world, offer):
    services.translate_offer(
        offer,
        language="uk",
        values={"title": UKRAINIAN_TITLE, "summary": "Щовівторка після школи"},
        by=world.member,
    )
    page = page_in(client, "uk", "offers:detail", [offer.pk]).content.decode()
    assert f'<h1 id="offer-title">{UKRAINIAN_TITLE}</h1>' in page
    assert '<p class="lead">Щовівторка після школи</p>' in page
    # The description has no translation: German, marked for readers and screen readers.
    assert '<div class="prose" lang="de" dir="ltr"><p>Wir helfen beim Lernen.</p></div>' in page
    assert '<dd lang="de" dir="ltr">Einfach vorbeikommen</dd>' in page
    assert 'class="only-german' in page


def test_an_arabic_page_keeps_german_text_left_to_right(client, world, offer):
    page = page_in(client, "ar", "offers:detail", [offer.pk]).content.decode()
    assert '<h1 id="offer-title" lang="de" dir="ltr">Hausaufgabenhilfe</h1>' in page
    assert 'class="only-german' in page


def test_a_german_page_has_no_fallback_marks(client, world, offer):
    services.translate_offer(offer, language="uk", values={"title": UKRAINIAN_TITLE}, by=None)
    page = page_in(client, "de", "offers:detail", [offer.pk]).content.decode()
    assert '<h1 id="offer-title">Hausaufgabenhilfe</h1>' in page
    assert "only-german" not in page
    assert UKRAINIAN_TITLE not in page


def test_a_fully_translated_offer_has_no_only_in_german_mark(client, world, offer):
    values = {
        "title": UKRAINIAN_TITLE,
        "summary": "Щовівторка",
        "description": "Ми допомагаємо з навчанням.",
        "registration_note": "Просто приходьте",
    }
    services.translate_offer(offer, language="uk", values=values, by=None)
    page = page_in(client, "uk", "offers:detail", [offer.pk]).content.decode()
    assert "only-german" not in page
    assert 'lang="de"' not in page.split("<main", 1)[1].split("</main>", 1)[0]


def test_the_directory_card_shows_the_translation(client, world, offer):
    services.translate_offer(offer, language="uk", values={"title": UKRAINIAN_TITLE}, by=None)
    page = page_in(client, "uk", "offers:list").content.decode()
    assert f">{UKRAINIAN_TITLE}</a>" in page
    # The summary is not translated, so the card says so.
    assert '<p lang="de" dir="ltr">Jeden Dienstag nach der Schule</p>' in page


def test_search_finds_an_offer_by_its_translated_title(client, world, offer):
    OfferFactory(organisation=world.member_org, title="Sprachcafé")
    services.translate_offer(offer, language="uk", values={"title": UKRAINIAN_TITLE}, by=None)
    response = client.get(reverse("offers:list"), {"q": "домашніми"})
    assert [o.title for o in response.context["page"]] == ["Hausaufgabenhilfe"]


def test_search_finds_an_offer_by_a_translated_target_group(client, world, offer):
    offer.target_groups.set([offer.target_groups.model.objects.get(slug="kinder")])
    services.update_search_index(offer)
    response = client.get(reverse("offers:list"), {"q": "الأطفال"})
    assert [o.title for o in response.context["page"]] == ["Hausaufgabenhilfe"]


def test_translations_add_no_query_to_the_directory(
    client, world, offer, django_assert_num_queries
):
    for index in range(6):
        other = OfferFactory(organisation=world.member_org, title=f"Angebot {index}")
        services.translate_offer(
            other, language="uk", values={"title": f"Пропозиція {index}"}, by=None
        )
    page_in(client, "uk", "offers:list")
    # The same pin as the German directory in tests/test_query_counts.py.
    with django_assert_num_queries(10):
        assert page_in(client, "uk", "offers:list").status_code == 200


def test_saving_the_german_offer_marks_the_translation_as_outdated(as_user, world, offer):
    services.translate_offer(offer, language="uk", values={"title": UKRAINIAN_TITLE}, by=None)
    Offer.objects.filter(pk=offer.pk).update(title="Hausaufgabenhilfe und Lernbegleitung")
    client = as_user(world.member)
    overview = client.get(reverse("offers:translations", args=[offer.pk])).content.decode()
    assert "German text changed since" in overview or "seitdem geändert" in overview
    form = client.get(translate_url(offer)).content.decode()
    assert 'id="id_title_helptext"' in form


def test_filters_and_tags_name_terms_in_the_page_language(client, world, offer):
    from netzwerkstatt.core.models import Language, TargetGroup

    offer.target_groups.set([TargetGroup.objects.get(slug="kinder")])
    offer.languages.set([Language.objects.get(slug="ar")])
    page = page_in(client, "ar", "offers:list").content.decode()
    assert '<li class="tag">الأطفال</li>' in page  # the card's tag
    assert "الأطفال</label>" in page  # the filter's checkbox
    german = page_in(client, "de", "offers:list").content.decode()
    assert '<li class="tag">Kinder</li>' in german
    # Beside the German name, the language's own name, marked as that language.
    assert 'Arabisch (<span lang="ar" dir="auto">العربية</span>)' in german


def test_the_edit_page_links_to_the_translations(as_user, world, offer):
    page = as_user(world.member).get(reverse("offers:edit", args=[offer.pk])).content.decode()
    assert reverse("offers:translations", args=[offer.pk]) in page


def test_search_keeps_letters_that_differ_only_by_a_mark_outside_latin_script():
    from netzwerkstatt.offers.search import stems

    assert stems("Frühstück") == stems("Fruhstuck")
    assert stems("Київ") != stems("Кіів")
    assert stems("الأطفال") == ["الأطفال"]


def test_lists_of_terms_use_the_languages_separator(client, world, offer):
    """Target groups on an Arabic page are separated by the Arabic comma, not a Latin one."""
    from django.utils import translation

    from netzwerkstatt.core.models import TargetGroup

    offer.target_groups.set(TargetGroup.objects.filter(slug__in=["kinder", "familien"]))
    lists = {}
    for code, separator in (("de", ", "), ("ar", "، ")):
        with translation.override(code):
            lists[code] = separator.join(str(t.label) for t in offer.target_groups.all())
    assert "الأطفال" in lists["ar"]
    assert lists["de"] in page_in(client, "de", "offers:detail", [offer.pk]).content.decode()
    assert lists["ar"] in page_in(client, "ar", "offers:detail", [offer.pk]).content.decode()
