"""Term entries ("Begriffe"): coordinators teach their network's synergy search, visibly.

An entry changes the findings and need suggestions of its own network only, bad input is
refused with a German message and nothing saved, and the export loads as a lexicon file.
"""

import datetime
import re
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.offers.models import Offer
from netzwerkstatt.synergy import index_cache, services, terms
from netzwerkstatt.synergy.engine import Reason, default_lexicon, load_lexicon
from netzwerkstatt.synergy.models import (
    FindingStatus,
    LexiconEntry,
    ParallelOfferFinding,
    SynergyRefresh,
)
from tests.factories import (
    MembershipFactory,
    NeedFactory,
    OfferFactory,
    TargetGroupFactory,
    TopicFactory,
    WeeklySlotFactory,
)
from tests.synergy.offers import situation

pytestmark = pytest.mark.django_db

QUILLING = "Wir rollen Papierstreifen zu Bildern für Kinder, Material ist da. Kommt vorbei!"


@pytest.fixture(autouse=True)
def _fresh_cache():
    index_cache.forget()
    yield
    index_cache.forget()


@pytest.fixture
def look_alikes(world):
    """Two offers whose titles look like different kinds; both organisations are members of
    both networks, so the same pair is checked in each."""
    MembershipFactory(network=world.other_network, organisation=world.member_org)
    MembershipFactory(network=world.other_network, organisation=world.coordinator_org)
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    basteln = TopicFactory(slug="basteln", name="Basteln")
    offers = []
    for organisation, title, position in (
        (world.member_org, "Quillingwerkstatt", (51.3600, 12.4100)),
        (world.coordinator_org, "Papierrollwerkstatt", (51.3610, 12.4115)),
    ):
        offer = OfferFactory(
            organisation=organisation,
            title=title,
            description=QUILLING,
            target_groups=[kinder],
            topics=[basteln],
            latitude=position[0],
            longitude=position[1],
        )
        WeeklySlotFactory(offer=offer, weekday=1, start_time=datetime.time(15))
        offers.append(offer)
    return offers


def _pairs(network) -> int:
    return ParallelOfferFinding.objects.filter(network=network, is_current=True).count()


def _add_same_kind(world):
    """The coordinator's entry that makes the two look-alike workshops one kind."""
    return terms.add_entry(
        world.network,
        relation="same",
        term_a="Quillingwerkstatt",
        term_b="Papierrollwerkstatt",
        by=world.coordinator,
    )


def url(world) -> str:
    return reverse("synergy:terms", args=[world.network.slug])


def test_a_synonym_changes_its_own_networks_findings_only(
    world, look_alikes, django_capture_on_commit_callbacks
):
    services.refresh_network(world.network)
    services.refresh_network(world.other_network)
    assert _pairs(world.network) == _pairs(world.other_network) == 0
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _add_same_kind(world)
    assert callbacks, "the network's findings are recalculated after the commit"
    assert _pairs(world.network) == 1
    services.refresh_network(world.other_network)
    assert _pairs(world.other_network) == 0
    # The cached index of an edit (refresh_offer) uses the entries as well.
    index = index_cache.network_index(world.network)
    assert index.explain_pair(str(look_alikes[0].pk), str(look_alikes[1].pk)).reported
    other = index_cache.network_index(world.other_network)
    assert not other.explain_pair(str(look_alikes[0].pk), str(look_alikes[1].pk)).reported


def test_withdrawing_undoes_the_effect_at_the_next_recalculation(
    world, look_alikes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        entry = _add_same_kind(world)
    assert _pairs(world.network) == 1
    with django_capture_on_commit_callbacks(execute=True):
        terms.withdraw_entry(entry, by=world.coordinator)
    assert _pairs(world.network) == 0
    entry.refresh_from_db()
    assert entry.withdrawn_by == world.coordinator
    actions = list(AuditEntry.objects.values_list("action", "network_id"))
    assert actions.count((AuditAction.SYNERGY_TERM_ADDED, world.network.pk)) == 1
    assert actions.count((AuditAction.SYNERGY_TERM_WITHDRAWN, world.network.pk)) == 1
    with pytest.raises(ValidationError):
        terms.withdraw_entry(entry, by=world.coordinator)


def test_cached_index_is_rebuilt_when_the_entries_change(world, look_alikes):
    first = index_cache.network_index(world.network)
    assert index_cache.network_index(world.network) is first
    LexiconEntry.objects.create(
        network=world.network,
        relation="same",
        term_a="Quillingwerkstatt",
        term_b="Papierrollwerkstatt",
    )
    assert index_cache.network_index(world.network) is not first


def test_an_edit_right_after_a_new_entry_already_uses_it(
    world, look_alikes, django_capture_on_commit_callbacks
):
    """Before the full recalculation has run, the next edit's findings come from the cached
    index, which the entries' version in its key rebuilds without being dropped."""
    assert services.refresh_offer(look_alikes[0].pk) == 0  # builds the cached index
    with django_capture_on_commit_callbacks(execute=False):
        _add_same_kind(world)
    assert services.refresh_offer(look_alikes[0].pk) == 1
    assert _pairs(world.network) == 1


@pytest.mark.parametrize(
    ("term_a", "term_b", "message"),
    [
        ("", "Flohmarkt", "Bitte geben Sie beide Begriffe an."),
        ("Flohmarkt", "x" * 61, "höchstens 60 Zeichen"),
        ("Английский", "Englischkurs", "deutschen Buchstaben"),
        ("Floh_markt!", "Trödel", "deutschen Buchstaben"),
        ("Quillingkurs", "quillingkurs", "dasselbe Wort"),
    ],
    ids=["empty", "too-long", "cyrillic", "signs", "identical"],
)
def test_bad_terms_are_refused_in_german(world, term_a, term_b, message):
    with pytest.raises(ValidationError) as caught:
        terms.add_entry(
            world.network, relation="same", term_a=term_a, term_b=term_b, by=world.coordinator
        )
    assert message in " ".join(caught.value.messages)
    assert not LexiconEntry.objects.exists()
    assert not AuditEntry.objects.exists()


def _add(world, relation, term_a, term_b):
    return terms.add_entry(
        world.network, relation=relation, term_a=term_a, term_b=term_b, by=world.coordinator
    )


def test_contradictions_and_duplicates_are_refused(world):
    _add(world, "same", "Quillingkurs", "Papierrollkurs")
    _add(world, "same", "Papierrollkurs", "Streifenrollkurs")
    with pytest.raises(ValidationError, match="existiert bereits"):
        _add(world, "same", "papierrollkurs", "Quillingkurs")
    with pytest.raises(ValidationError, match="widerspricht"):
        _add(world, "different", "Papierrollkurs", "Quillingkurs")
    with pytest.raises(ValidationError, match="Quillingkurs = Papierrollkurs = Streifenrollkurs"):
        _add(world, "different", "Quillingkurs", "Streifenrollkurs")
    with pytest.raises(ValidationError, match="Administrator"):
        _add(world, "different", "Trödelmarkt", "Flohmarkt")
    assert LexiconEntry.objects.count() == 2
    # A synonym that closes the chain to a "different" entry is refused as well.
    _add(world, "different", "Origamikurs", "Faltkurs")
    _add(world, "same", "Origamikurs", "Papierfaltkurs")
    with pytest.raises(ValidationError, match="Origamikurs = Papierfaltkurs = Faltkurs"):
        _add(world, "same", "Papierfaltkurs", "Faltkurs")
    assert LexiconEntry.objects.count() == 4
    # Another network may see it the other way round: its entries are its own.
    terms.add_entry(
        world.other_network,
        relation="different",
        term_a="Quillingkurs",
        term_b="Papierrollkurs",
        by=world.outsider,
    )


def test_members_see_the_list_and_coordinators_the_form(as_user, world, django_assert_num_queries):
    for number in range(3):
        _add(world, "same", f"Quilling{'x' * number}kurs", "Papierrollkurs")
    LexiconEntry.objects.filter(term_a="Quillingkurs").update(
        withdrawn_at=LexiconEntry.objects.get(term_a="Quillingkurs").created_at,
        withdrawn_by=world.coordinator,
    )
    SynergyRefresh.objects.create(network=world.network)
    index_cache.forget()
    client = as_user(world.member)
    # Session, user, network, coordinator check, member check, entries, refresh, lexicon.
    with django_assert_num_queries(8):
        response = client.get(url(world))
    for number in range(3, 8):
        _add(world, "same", f"Quilling{'x' * number}kurs", "Papierrollkurs")
    with django_assert_num_queries(8):
        client.get(url(world))
    content = response.content.decode()
    assert response.status_code == 200
    assert "„Quillingxkurs“ und „Papierrollkurs“ sind dieselbe Angebotsart" in content
    assert "1 zurückgezogener Eintrag" in content
    assert "Neuer Eintrag" not in content
    response = as_user(world.coordinator).get(url(world) + "?relation=different&term_a=Origami")
    content = response.content.decode()
    assert "Neuer Eintrag" in content
    assert 'value="Origami"' in content
    assert "Zurückziehen" in content


def test_form_saves_and_says_when_it_applies(as_user, world, django_capture_on_commit_callbacks):
    client = as_user(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(world),
            {"relation": "different", "term_a": "Origami", "term_b": "Kalligrafie"},
            follow=True,
        )
    content = response.content.decode()
    assert "ab der nächsten Neuberechnung" in content
    assert LexiconEntry.objects.get().created_by == world.coordinator
    response = client.post(url(world), {"relation": "same", "term_a": "Origami", "term_b": ""})
    assert response.status_code == 200
    assert LexiconEntry.objects.count() == 1


def test_members_and_outsiders_cannot_write(as_user, world):
    entry = _add(world, "same", "Quillingkurs", "Papierrollkurs")
    data = {"relation": "different", "term_a": "Origami", "term_b": "Kalligrafie"}
    withdraw = reverse("synergy:term_withdraw", args=[world.network.slug, entry.pk])
    for user in (world.member, world.outsider):
        assert as_user(user).post(url(world), data).status_code == 403
        assert as_user(user).post(withdraw).status_code == 403
    assert as_user(world.outsider).get(url(world)).status_code == 403
    # The other network's coordinator cannot reach this network's entry through their own.
    other = reverse("synergy:term_withdraw", args=[world.other_network.slug, entry.pk])
    assert as_user(world.outsider).post(other).status_code == 404
    assert LexiconEntry.objects.get().withdrawn_at is None
    assert LexiconEntry.objects.count() == 1


def test_dismissed_look_alike_offers_the_different_kinds_entry(as_user, world, look_alikes):
    entry = LexiconEntry.objects.create(
        network=world.network,
        relation="same",
        term_a="Quillingwerkstatt",
        term_b="Papierrollwerkstatt",
    )
    services.refresh_network(world.network)
    finding = ParallelOfferFinding.objects.get(network=world.network)
    services.set_finding_status(finding, status=FindingStatus.DISMISSED, by=world.coordinator)
    # While the network counts them as one kind, the card does not offer the opposite.
    page = reverse("synergy:findings", args=[world.network.slug]) + "?status=dismissed"
    assert "Verschiedene Angebotsarten" not in as_user(world.coordinator).get(page).content.decode()
    entry.withdrawn_at = entry.created_at
    entry.save()
    response = as_user(world.coordinator).get(
        reverse("synergy:findings", args=[world.network.slug]) + "?status=dismissed"
    )
    content = response.content.decode()
    assert (
        "Verschiedene Angebotsarten: „Papierrollwerkstatt“ und „Quillingwerkstatt“" in content
        or ("Verschiedene Angebotsarten: „Quillingwerkstatt“ und „Papierrollwerkstatt“" in content)
    )
    response = as_user(world.member).get(
        reverse("synergy:findings", args=[world.network.slug]) + "?status=dismissed"
    )
    assert "Verschiedene Angebotsarten" not in response.content.decode()


def test_from_the_finding_the_entry_is_saved_and_the_list_shown_again(as_user, world, look_alikes):
    back = reverse("synergy:findings", args=[world.network.slug]) + "?status=dismissed"
    response = as_user(world.coordinator).post(
        url(world),
        {"relation": "different", "term_a": "Quillingwerkstatt", "term_b": "", "next": back},
    )
    assert response.status_code == 302
    assert response.url == back
    assert not LexiconEntry.objects.exists()
    response = as_user(world.coordinator).post(
        url(world),
        {
            "relation": "different",
            "term_a": "Origami",
            "term_b": "Kalligrafie",
            "next": "https://example.com/",
        },
    )
    assert response.url == url(world)


def test_explain_page_offers_the_entry_with_the_kind_words(as_user, world, look_alikes):
    explain = reverse("synergy:explain", args=[world.network.slug])
    query = f"?a={look_alikes[0].pk}&b={look_alikes[1].pk}"
    content = as_user(world.coordinator).get(explain + query).content.decode()
    assert 'value="Quillingwerkstatt"' in content
    assert 'value="Papierrollwerkstatt"' in content
    content = as_user(world.member).get(explain + query).content.decode()
    assert 'value="Quillingwerkstatt"' not in content
    assert url(world) in content


def test_explain_page_renders_the_entry_form_itself(as_user, world, look_alikes):
    explain = reverse("synergy:explain", args=[world.network.slug])
    query = f"?a={look_alikes[0].pk}&b={look_alikes[1].pk}"
    content = as_user(world.coordinator).get(explain + query).content.decode()
    form = content[content.index('class="term-entry"') :]
    # "different" chosen beforehand, the length limit of the service, the form's own labels.
    assert re.search(r'<input type="radio" name="relation" value="different"[^>]* checked>', form)
    assert not re.search(r'value="same"[^>]* checked', form)
    assert form.count(f'maxlength="{terms.TERM_MAX_LENGTH}" required') == 2
    assert '<label for="id_term_a">Erster Begriff' in form
    assert '<legend class="label">Die beiden Begriffe bezeichnen' in form


def test_a_prefilled_term_is_cut_to_the_longest_term_allowed(as_user, world):
    response = as_user(world.coordinator).get(url(world) + "?term_a=" + "x" * 80)
    assert f'value="{"x" * terms.TERM_MAX_LENGTH}"' in response.content.decode()


def test_export_writes_a_lexicon_file_that_loads(world, tmp_path):
    _add(world, "same", "Quillingwerkstatt", "Papierrollwerkstatt")
    _add(world, "different", "Origami", "Kalligrafie")
    withdrawn = _add(world, "same", "Streifenrollkurs", "Flohmarkt")
    terms.withdraw_entry(withdrawn, by=world.coordinator)
    target = tmp_path / "sis.toml"
    call_command("synergy", "export-lexicon", "--network", world.network.slug, "-o", str(target))
    text = target.read_text(encoding="utf-8")
    assert world.network.name in text
    assert "AGPL-3.0-or-later" in text
    assert "Streifenrollkurs" not in text
    lexicon = load_lexicon(target)
    assert "Papierrollwerkstatt" in lexicon.kinds["Quillingwerkstatt"]
    assert lexicon.are_close("Origami", "Kalligrafie")
    out = StringIO()
    call_command("synergy", "export-lexicon", stdout=out)
    assert "Quillingwerkstatt" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("synergy", "export-lexicon", "--network", "gibt-es-nicht")


def test_export_of_contradicting_networks_asks_for_one_network(world):
    _add(world, "same", "Quillingkurs", "Papierrollkurs")
    terms.add_entry(
        world.other_network,
        relation="different",
        term_a="Quillingkurs",
        term_b="Papierrollkurs",
        by=world.outsider,
    )
    with pytest.raises(CommandError, match="--network"):
        call_command("synergy", "export-lexicon", stdout=StringIO())


def test_entries_the_lexicon_now_contradicts_are_not_applied_and_the_page_says_so(
    as_user, world, look_alikes
):
    # Saved when the installation's lexicon did not yet name both as one kind.
    LexiconEntry.objects.create(
        network=world.network, relation="different", term_a="Trödelmarkt", term_b="Flohmarkt"
    )
    assert index_cache.network_lexicon(world.network).error
    assert len(index_cache.network_index(world.network)) == 2
    content = as_user(world.member).get(url(world)).content.decode()
    assert "werden zurzeit nicht angewendet" in content


# -- situations ----------------------------------------------------------------------------

#: The reason a need's suggestion gives once the network has taught the situation; the
#: shipped lexicon does not know "Briefstapel".
SITUATION_REASON = situation("Briefstapel", "Schuldnerberatung")
SITUATION = {"relation": "situation", "term_a": "Briefstapel", "term_b": "Schuldnerberatung"}


@pytest.fixture
def letters(world):
    """Debt counselling of an organisation in both networks, and in each network a need that
    tells of a pile of unopened letters without naming the kind of offer."""
    MembershipFactory(network=world.other_network, organisation=world.member_org)
    familien = TargetGroupFactory(slug="familien", name="Familien")
    world.member_org.strengths = "Schuldnerberatung und Budgetberatung"
    world.member_org.save()
    world.member_org.target_groups.set([familien])
    OfferFactory(
        organisation=world.member_org,
        title="Schuldnerberatung",
        description="Wir sortieren mit Ihnen die Forderungen und verhandeln mit den Gläubigern.",
        target_groups=[familien],
    )
    needs = []
    for network in (world.network, world.other_network):
        need = NeedFactory(
            network=network,
            title="Briefstapel auf dem Küchentisch",
            description="Familie K. traut sich nicht mehr, die Post zu öffnen.",
        )
        need.target_groups.set([familien])
        needs.append(need)
    return needs


def _suggestion_reasons(client, need) -> tuple[list[Reason], list[Reason]]:
    """The reasons of the offers and of the organisations the need's page suggests."""
    suggestions = client.get(reverse("offers:need_detail", args=[need.pk])).context["suggestions"]
    return (
        [reason for s in suggestions.offers for reason in s.reasons],
        [reason for s in suggestions.organisations for reason in s.reasons],
    )


def test_a_situation_entry_reaches_its_own_networks_need_suggestions_only(
    as_user, world, letters, django_capture_on_commit_callbacks
):
    need, other_need = letters
    coordinator, other = as_user(world.coordinator), world.outsider
    offers, organisations = _suggestion_reasons(coordinator, need)
    assert SITUATION_REASON not in offers + organisations
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = coordinator.post(url(world), SITUATION, follow=True)
    assert callbacks, "the network's findings are recalculated after the commit"
    content = response.content.decode()
    assert "Bedarfen dieses Netzwerks nutzen den Eintrag sofort" in content
    assert "„Briefstapel“ im Bedarf ist eine Lage, zu der „Schuldnerberatung“ passt" in content
    entry = LexiconEntry.objects.get()
    assert (entry.relation, str(entry)) == ("situation", "Briefstapel → Schuldnerberatung")
    added = AuditEntry.objects.get(action=AuditAction.SYNERGY_TERM_ADDED)
    assert (added.network, added.object_label) == (world.network, str(entry))
    # Offers and organisations of this network's need meet the situation, with the reason.
    offers, organisations = _suggestion_reasons(coordinator, need)
    assert SITUATION_REASON in offers
    assert SITUATION_REASON in organisations
    # The other network shares the organisation and its offer, but not the entry.
    assert len(index_cache.network_index(world.other_network)) == 1
    offers, organisations = _suggestion_reasons(as_user(other), other_need)
    assert SITUATION_REASON not in offers + organisations

    withdraw = reverse("synergy:term_withdraw", args=[world.network.slug, entry.pk])
    coordinator = as_user(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = coordinator.post(withdraw, follow=True)
    assert callbacks
    assert "„Briefstapel → Schuldnerberatung“ ist zurückgezogen" in response.content.decode()
    offers, organisations = _suggestion_reasons(coordinator, need)
    assert SITUATION_REASON not in offers + organisations
    assert AuditEntry.objects.filter(action=AuditAction.SYNERGY_TERM_WITHDRAWN).count() == 1


@pytest.mark.parametrize(
    ("term_a", "term_b", "message"),
    [
        ("", "Schuldnerberatung", "Bitte geben Sie beide Begriffe an."),
        ("Briefstapel", "", "Bitte geben Sie beide Begriffe an."),
        ("Briefstapel " + "x" * 50, "Schuldnerberatung", "höchstens 60 Zeichen"),
        ("Судебный пристав", "Schuldnerberatung", "deutschen Buchstaben"),
        ("رسائل كثيرة", "Schuldnerberatung", "deutschen Buchstaben"),
        ("Briefstapel", "Finanzcoaching", "„Finanzcoaching“ ist keine Angebotsart"),
        ("Schuldnerberatung", "Schuldnerberatung", "selbst ein Name der Angebotsart"),
        ("schuldenberatung", "Schuldnerberatung", "selbst ein Name der Angebotsart"),
        ("Finanzcoaching", "Finanzcoaching", "„Finanzcoaching“ ist keine Angebotsart"),
    ],
    ids=[
        "empty",
        "no-kind",
        "too-long",
        "cyrillic",
        "arabic",
        "unknown-kind",
        "the-kind-itself",
        "a-name-of-the-kind",
        "the-same-unknown-word",
    ],
)
def test_bad_situations_are_refused_in_german(as_user, world, term_a, term_b, message):
    with pytest.raises(ValidationError) as caught:
        _add(world, "situation", term_a, term_b)
    assert message in " ".join(caught.value.messages)
    # Sent from the page, the form shows the same message and nothing changes.
    response = as_user(world.coordinator).post(
        url(world), {"relation": "situation", "term_a": term_a, "term_b": term_b}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content or "Dieses Feld ist zwingend erforderlich" in content
    assert not LexiconEntry.objects.exists()
    assert not AuditEntry.objects.exists()


def test_an_unknown_kind_says_how_to_teach_it(world):
    with pytest.raises(ValidationError, match="dieselbe Angebotsart"):
        _add(world, "situation", "Kontoauszug tiefrot", "Finanzcoaching")
    # Once a "same" entry makes it a kind, the situation may point to it.
    _add(world, "same", "Finanzcoaching", "Geldcoaching")
    _add(world, "situation", "Kontoauszug tiefrot", "Finanzcoaching")
    lexicon = index_cache.network_lexicon(world.network)
    assert not lexicon.error
    kind = lexicon.lexicon.kind_named("Geldcoaching")
    assert "Kontoauszug tiefrot" in lexicon.lexicon.situations[kind]
    assert (
        index_cache.network_lexicon(world.other_network).lexicon.kind_named("Geldcoaching") is None
    )


def test_situation_duplicates_and_contradictions_are_refused(world):
    entry = _add(world, "situation", "Briefstapel", "Schuldnerberatung")
    with pytest.raises(ValidationError, match="existiert bereits: „Briefstapel → Schuldner"):
        _add(world, "situation", "briefstapel", "Schuldnerberatung")
    # Another name of the same kind is the same entry.
    with pytest.raises(ValidationError, match="existiert bereits: „Briefstapel → Schuldner"):
        _add(world, "situation", "Briefstapel", "Schuldenberatung")
    with pytest.raises(ValidationError, match="widerspricht dem Eintrag „Briefstapel →"):
        _add(world, "different", "Schuldnerberatung", "Briefstapel")
    # A situation the installation's lexicon already leads to the kind changes nothing.
    known = next(
        w for w in default_lexicon().situations["Schuldnerberatung"] if terms._TERM.match(w)
    )
    with pytest.raises(ValidationError, match="Wortschatz der Installation"):
        _add(world, "situation", known, "Schuldnerberatung")
    # A "same" entry that made the situation a name of its own kind is refused as well.
    with pytest.raises(ValidationError, match="selbst ein Name der Angebotsart"):
        _add(world, "same", "Briefstapel", "Schuldenberatung")
    assert list(LexiconEntry.objects.all()) == [entry]
    # One situation may point to several kinds.
    _add(world, "situation", "Briefstapel", "Sozialberatung")
    assert LexiconEntry.objects.count() == 2


def test_a_kind_a_situation_needs_cannot_be_withdrawn_before_it(world):
    same = _add(world, "same", "Finanzcoaching", "Geldcoaching")
    situation = _add(world, "situation", "Kontoauszug tiefrot", "Geldcoaching")
    with pytest.raises(ValidationError, match="„Kontoauszug tiefrot → Geldcoaching“ braucht"):
        terms.withdraw_entry(same, by=world.coordinator)
    same.refresh_from_db()
    assert same.withdrawn_at is None
    terms.withdraw_entry(situation, by=world.coordinator)
    terms.withdraw_entry(same, by=world.coordinator)
    assert not terms.active_entries(world.network).exists()


def test_the_page_offers_the_situation_and_explains_it(as_user, world, look_alikes):
    content = as_user(world.coordinator).get(url(world) + "?relation=situation").content.decode()
    assert re.search(r'<input type="radio" name="relation" value="situation"[^>]* checked', content)
    assert "eine Lage im Bedarf und die Angebotsart, die dazu passt" in content
    assert "Lage: Der erste Begriff steht so in Bedarfen" in content
    # Under two offers' titles ("Warum?") the choice is between the same and different kinds.
    explain = reverse("synergy:explain", args=[world.network.slug])
    query = f"?a={look_alikes[0].pk}&b={look_alikes[1].pk}"
    content = as_user(world.coordinator).get(explain + query).content.decode()
    assert 'value="different"' in content
    assert 'value="situation"' not in content


def test_export_writes_the_situations_as_a_table_that_loads(world, tmp_path):
    _add(world, "same", "Finanzcoaching", "Geldcoaching")
    _add(world, "situation", "Kontoauszug tiefrot", "Geldcoaching")
    _add(world, "situation", "Briefstapel", "Schuldenberatung")
    target = tmp_path / "sis.toml"
    call_command("synergy", "export-lexicon", "--network", world.network.slug, "-o", str(target))
    assert "\n[situations]\n" in target.read_text(encoding="utf-8")
    lexicon = load_lexicon(target)
    assert lexicon.situations == index_cache.network_lexicon(world.network).lexicon.situations


def test_an_answer_the_search_missed_is_taught_from_the_need_page(
    as_user, world, letters, django_capture_on_commit_callbacks
):
    """A coordinator linked debt counselling to the need by hand: the need's page says the
    search would not have suggested it and offers the situation entry, with the need's word."""
    need = letters[0]
    counselling = Offer.objects.get(organisation=world.member_org)
    need.answering_offers.add(counselling)
    page = reverse("offers:need_detail", args=[need.pk])
    coordinator = as_user(world.coordinator)
    response = coordinator.get(page)
    [missed] = response.context["suggestions"].missed
    assert (missed.offer, missed.kinds, missed.teachable) == (
        counselling,
        ("Schuldnerberatung",),
        True,
    )
    # The title's nouns are proposed; the coordinator picks "Briefstapel".
    assert missed.words[:2] == ("Küchentisch", "Briefstapel")
    content = response.content.decode()
    assert "Von der Synergiesuche nicht gefunden" in content
    assert 'name="term_a" value="Küchentisch"' in content
    assert "Weitere Wörter des Bedarfs: „<bdi>Briefstapel</bdi>“" in content
    # Members read the need and its answers, but teach nothing.
    member_page = as_user(world.member).get(page)
    assert member_page.context["suggestions"].missed == []
    assert "Von der Synergiesuche nicht gefunden" not in member_page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.coordinator).post(
            url(world), {**SITUATION, "next": f"{page}#missed-answers"}, follow=True
        )
    assert response.redirect_chain[-1][0] == f"{page}#missed-answers"
    assert "Bedarfen dieses Netzwerks nutzen den Eintrag sofort" in response.content.decode()
    assert LexiconEntry.objects.get().term_a == "Briefstapel"
    # Taught: the search now finds the answer itself, so the hint is gone.
    assert response.context["suggestions"].missed == []


def test_a_missed_answer_of_the_wrong_people_says_an_entry_would_not_help(as_user, world, letters):
    need = letters[0]
    seniors = TargetGroupFactory(slug="senioren", name="Senior:innen")
    offer = OfferFactory(
        organisation=world.member_org,
        title="Schuldnerberatung für Ältere",
        description="Wir sortieren Forderungen.",
        target_groups=[seniors],
    )
    need.answering_offers.add(offer)
    response = as_user(world.coordinator).get(reverse("offers:need_detail", args=[need.pk]))
    [missed] = response.context["suggestions"].missed
    assert not missed.teachable
    assert "Ein Begriff würde nicht reichen" in response.content.decode()
