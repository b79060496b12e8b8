"""Writes to offers and needs. Views call these; nothing else changes the rows."""

import re
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.address_hashes import address_hash
from netzwerkstatt.core.content_translations import apply_translation
from netzwerkstatt.core.mail import send_templated_mail
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation, Staff
from netzwerkstatt.networks.permissions import speaks_for
from netzwerkstatt.networks.selectors import coordinator_emails
from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import (
    HELP_OFFER_MAX_LENGTH,
    HelpOffer,
    HelpOfferStatus,
    Need,
    NeedStatus,
    Offer,
    OfferStatus,
    WeeklySlot,
)
from netzwerkstatt.synergy.tasks import schedule_need_meaning, schedule_offer_refresh

OFFER_M2M_FIELDS = ("target_groups", "topics", "languages")
NEED_M2M_FIELDS = ("target_groups", "topics", "answering_offers")


def _offer_snapshot(offer: Offer) -> dict[str, Any]:
    """The offer's own fields as plain values, for the audit log of outside edits."""
    return {
        field.name: getattr(offer, field.attname)
        for field in Offer._meta.concrete_fields
        if field.name
        not in ("id", "search_text", "created_at", "updated_at", "updated_by", "translations")
    }


def _log_outside_edit(offer: Offer, *, by: User | None, before: dict[str, Any]) -> None:
    from netzwerkstatt.networks.services import record_outside_edit

    if by is not None:
        record_outside_edit(
            offer.organisation, by=by, target=offer, before=before, after=_offer_snapshot(offer)
        )


def _build_search_text(offer: Offer) -> str:
    parts: list[str] = [
        offer.title,
        offer.summary,
        offer.description,
        offer.organisation.name,
        offer.place_name,
        offer.street,
    ]
    # Terms in every language, so a visitor who searches in Arabic finds "الأطفال" offers.
    terms = [offer.district] if offer.district_id else []
    terms += [*offer.target_groups.all(), *offer.topics.all(), *offer.languages.all()]
    for term in terms:
        parts += [term.name, *_translated_values(term.translations)]
    parts += _translated_values(offer.translations, fields=("title", "summary"))
    return "\n".join(part for part in parts if part)


def _translated_values(translations: Any, *, fields: Iterable[str] | None = None) -> list[str]:
    """The strings of a `translations` JSON value, whatever shape a bad admin edit left."""
    if not isinstance(translations, dict):
        return []
    values = []
    for value in translations.values():
        if isinstance(value, str):
            values.append(value)
        elif isinstance(value, dict) and fields is not None:
            values += [text for name in fields if isinstance(text := value.get(name), str)]
    return values


def update_search_index(offer: Offer) -> None:
    offer.search_text = _build_search_text(offer)
    Offer.objects.filter(pk=offer.pk).update(search_text=offer.search_text)
    search.index_offer(offer.pk, offer.search_text)


def _apply_fields(obj: Any, data: dict[str, Any], m2m_fields: Iterable[str]) -> dict[str, Any]:
    related = {}
    for name, value in data.items():
        if name in m2m_fields:
            related[name] = value
        else:
            setattr(obj, name, value)
    return related


def _replace_slots(offer: Offer, slots: Iterable[dict[str, Any]]) -> None:
    offer.weekly_slots.all().delete()
    WeeklySlot.objects.bulk_create(
        WeeklySlot(
            offer=offer,
            weekday=slot["weekday"],
            start_time=slot["start_time"],
            end_time=slot["end_time"],
            note=slot.get("note", ""),
        )
        for slot in slots
    )


def _check_slots(slots: list[dict[str, Any]]) -> None:
    for slot in slots:
        if slot["start_time"] >= slot["end_time"]:
            raise ValidationError(_("A weekly time must end after it starts."))


@transaction.atomic
def create_offer(
    organisation: Organisation,
    *,
    data: dict[str, Any],
    slots: list[dict[str, Any]] | None = None,
    by: User | None = None,
) -> Offer:
    slots = slots or []
    _check_slots(slots)
    offer = Offer(organisation=organisation, updated_by=by)
    related = _apply_fields(offer, data, OFFER_M2M_FIELDS)
    offer.full_clean(exclude=list(OFFER_M2M_FIELDS))
    offer.save()
    for name, value in related.items():
        getattr(offer, name).set(value)
    _replace_slots(offer, slots)
    update_search_index(offer)
    _log_outside_edit(offer, by=by, before={})
    schedule_offer_refresh(offer.pk)
    return offer


@transaction.atomic
def update_offer(
    offer: Offer,
    *,
    data: dict[str, Any],
    slots: list[dict[str, Any]] | None = None,
    by: User | None = None,
) -> Offer:
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    before = _offer_snapshot(offer)
    if slots is not None:
        _check_slots(slots)
    related = _apply_fields(offer, data, OFFER_M2M_FIELDS)
    offer.updated_by = by
    offer.full_clean(exclude=list(OFFER_M2M_FIELDS))
    offer.save()
    for name, value in related.items():
        getattr(offer, name).set(value)
    if slots is not None:
        _replace_slots(offer, slots)
    update_search_index(offer)
    _log_outside_edit(offer, by=by, before=before)
    schedule_offer_refresh(offer.pk)
    return offer


def set_offer_status(offer: Offer, *, status: str, by: User | None = None) -> Offer:
    """Pause, resume or end an offer. Ended offers stay visible to their editors."""
    if status not in OfferStatus.values:
        raise ValidationError(_("Unknown status."))
    before = {"status": offer.status}
    changes: dict[str, Any] = {"status": status, "updated_by": by}
    if status == OfferStatus.ENDED and offer.status != OfferStatus.ENDED:
        changes["ended_at"] = timezone.now()
    elif status != OfferStatus.ENDED:
        changes["ended_at"] = None
    Offer.objects.filter(pk=offer.pk).update(**changes)
    offer.refresh_from_db()
    _log_outside_edit(offer, by=by, before=before)
    schedule_offer_refresh(offer.pk)
    return offer


def _check_need_relations(
    network: Network, related: dict[str, Any], raised_by, *, raised_by_changed: bool = True
) -> None:
    from netzwerkstatt.networks.models import Membership

    network_orgs = Membership.objects.filter(network=network).values_list(
        "organisation_id", flat=True
    )
    # A newly named organisation must be a member now: applicants and former members do not
    # speak in the network.
    members = Membership.objects.filter(network=network, status=MembershipStatus.MEMBER)
    if (
        raised_by is not None
        and raised_by_changed
        and not members.filter(organisation=raised_by).exists()
    ):
        raise ValidationError(_("The organisation that raised the need is not in this network."))
    offers = related.get("answering_offers")
    if offers:
        allowed = set(network_orgs)
        if any(offer.organisation_id not in allowed for offer in offers):
            raise ValidationError(_("Only offers of this network's organisations can be linked."))


def _name_raised_by(need: Need, by: User | None) -> bool:
    """Record who named the organisation; confirmed at once when they work for it.
    Returns whether its staff must be asked."""
    need.raised_by_named_by = by
    if need.raised_by_id is None:
        need.raised_by_confirmed_at = None
        need.raised_by_confirmed_by = None
        return False
    if speaks_for(by, need.raised_by):
        need.raised_by_confirmed_at = timezone.now()
        need.raised_by_confirmed_by = by
        return False
    need.raised_by_confirmed_at = None
    need.raised_by_confirmed_by = None
    return True


def _staff_emails(organisation: Organisation) -> list[str]:
    return list(
        Staff.objects.filter(organisation=organisation, user__is_active=True)
        .order_by("pk")
        .values_list("user__email", flat=True)
    )


def _mail_raised_by_named(need: Need, by: User | None) -> None:
    to = _staff_emails(need.raised_by)
    if not to:
        return
    context = {
        "need_title": need.title,
        "organisation_name": need.raised_by.name,
        "network_name": need.network.name,
        "named_by": (by.display_name or by.email) if by else "",
        "need_path": need.get_absolute_url(),
        "dashboard_path": reverse("accounts:dashboard"),
    }
    transaction.on_commit(
        lambda: send_templated_mail(template="offers/mail/raised_by_named", context=context, to=to)
    )


@transaction.atomic
def _date_met(need: Need, previous_status: str | None) -> None:
    """Keep the date a need was met (the activity report counts from it), cleared on reopening."""
    if need.status == NeedStatus.MET:
        if previous_status != NeedStatus.MET or need.met_at is None:
            need.met_at = timezone.now()
    else:
        need.met_at = None


def create_need(
    network: Network, *, data: dict[str, Any], by: User | None = None, notify: bool = True
) -> Need:
    """Record a need. Naming another organisation as the one that raised it waits for that
    organisation's confirmation (its staff are e-mailed unless `notify` is off)."""
    need = Need(network=network, created_by=by)
    related = _apply_fields(need, data, NEED_M2M_FIELDS)
    _check_need_relations(network, related, need.raised_by)
    ask = _name_raised_by(need, by)
    _date_met(need, None)
    need.full_clean(exclude=list(NEED_M2M_FIELDS))
    need.save()
    schedule_need_meaning(need.pk)
    for name, value in related.items():
        getattr(need, name).set(value)
    if ask and notify:
        _mail_raised_by_named(need, by)
    return need


@transaction.atomic
def update_need(
    need: Need, *, data: dict[str, Any], by: User | None = None, notify: bool = True
) -> Need:
    """Change a need; a newly named "raised by" organisation is asked like on recording."""
    need = Need.objects.select_for_update().get(pk=need.pk)
    previous = need.raised_by_id
    previous_status = need.status
    related = _apply_fields(need, data, NEED_M2M_FIELDS)
    changed = need.raised_by_id != previous
    _check_need_relations(need.network, related, need.raised_by, raised_by_changed=changed)
    ask = _name_raised_by(need, by) if changed else False
    _date_met(need, previous_status)
    need.full_clean(exclude=list(NEED_M2M_FIELDS))
    need.save()
    schedule_need_meaning(need.pk)
    for name, value in related.items():
        getattr(need, name).set(value)
    if ask and notify:
        _mail_raised_by_named(need, by)
    return need


def _locked_need(need: Need) -> Need:
    return (
        Need.objects.select_for_update(of=("self",))
        .select_related("raised_by", "raised_by_named_by", "network")
        .get(pk=need.pk)
    )


@transaction.atomic
def confirm_raised_by(need: Need, *, by: User) -> Need:
    """The named organisation's staff confirm that it raised the need; the network sees it."""
    need = _locked_need(need)
    if need.raised_by is None or not speaks_for(by, need.raised_by):
        raise ValidationError(_("This need does not name your organisation (any more)."))
    if need.raised_by_confirmed_at is not None:
        raise ValidationError(_("This need has already been confirmed."))
    need.raised_by_confirmed_at = timezone.now()
    need.raised_by_confirmed_by = by
    need.save(update_fields=["raised_by_confirmed_at", "raised_by_confirmed_by", "updated_at"])
    return need


@transaction.atomic
def decline_raised_by(need: Need, *, by: User) -> Need:
    """The named organisation's staff decline: the need stays, without their name; whoever
    named them is told. A confirmed name is not taken back this way."""
    need = _locked_need(need)
    if need.raised_by is None or not speaks_for(by, need.raised_by):
        raise ValidationError(_("This need does not name your organisation (any more)."))
    if need.raised_by_confirmed_at is not None:
        raise ValidationError(
            _("This need has already been confirmed; it can no longer be declined.")
        )
    organisation, named_by = need.raised_by, need.raised_by_named_by
    need.raised_by = None
    need.raised_by_confirmed_by = None
    need.save(update_fields=["raised_by", "raised_by_confirmed_by", "updated_at"])
    if named_by is not None and named_by.is_active:
        context = {
            "need_title": need.title,
            "organisation_name": organisation.name,
            "need_path": need.get_absolute_url(),
        }
        to = [named_by.email]
        transaction.on_commit(
            lambda: send_templated_mail(
                template="offers/mail/raised_by_declined", context=context, to=to
            )
        )
    return need


def reindex_organisation_offers(organisation: Organisation) -> None:
    """Call after an organisation's name changes: its offers are found by it."""
    offers = (
        Offer.objects.filter(organisation=organisation)
        .select_related("organisation", "district")
        .prefetch_related("target_groups", "topics", "languages")
    )
    for offer in offers:
        update_search_index(offer)


def reindex_all_offers() -> int:
    """Rebuild the search index of every offer; returns how many were indexed."""
    offers = Offer.objects.select_related("organisation", "district").prefetch_related(
        "target_groups", "topics", "languages"
    )
    count = 0
    for offer in offers.iterator(chunk_size=500):
        update_search_index(offer)
        count += 1
    return count


# Public needs ("Wir suchen …") and offers of help ------------------------------------------

# Offers of help come from anyone; like comments they are limited per sender address.
HELP_OFFERS_PER_ADDRESS_PER_HOUR = 3
MAX_LINKS_PER_HELP_OFFER = 2
# An offer of help must say in words how the person would like to help.
MIN_LETTERS_PER_HELP_OFFER = 10
HELP_OFFER_ADDRESS_PURPOSE = "offers.help_offer"
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@transaction.atomic
def publish_need(need: Need, *, public_description: str, by: User | None) -> Need:
    """Show the need on the network's page ("Wir suchen …") in the words given for the public."""
    need = _locked_need(need)
    text = public_description.strip()
    if not text:
        raise ValidationError(
            _("Please write what visitors should read: what you are looking for and how to help.")
        )
    if need.status == NeedStatus.MET:
        raise ValidationError(_("This need has been met, so nobody needs to help any more."))
    need.public_description = text
    if not need.is_public:
        need.is_public = True
        need.published_at = timezone.now()
    need.full_clean(exclude=list(NEED_M2M_FIELDS))
    need.save(update_fields=["is_public", "public_description", "published_at", "updated_at"])
    return need


@transaction.atomic
def unpublish_need(need: Need, *, by: User | None) -> Need:
    """Take the need off the public pages; offers of help already received stay."""
    need = _locked_need(need)
    need.is_public = False
    need.published_at = None
    need.save(update_fields=["is_public", "published_at", "updated_at"])
    return need


def check_help_message(message: str) -> str:
    """The message without surrounding space, or a ValidationError saying what is missing."""
    message = message.strip()
    if not message:
        raise ValidationError(_("Please write how you would like to help."))
    if len(message) > HELP_OFFER_MAX_LENGTH:
        raise ValidationError(
            _("Your message is too long: at most %(limit)d characters, please.")
            % {"limit": HELP_OFFER_MAX_LENGTH}
        )
    if len(_LINK.findall(message)) > MAX_LINKS_PER_HELP_OFFER:
        raise ValidationError(
            _("Your message contains too many links: at most %(limit)d, please.")
            % {"limit": MAX_LINKS_PER_HELP_OFFER}
        )
    letters = sum(character.isalpha() for character in _LINK.sub("", message))
    if letters < MIN_LETTERS_PER_HELP_OFFER:
        raise ValidationError(
            _("Please say in a few words how you would like to help; a link alone is not enough.")
        )
    return message


@transaction.atomic
def submit_help_offer(
    need: Need,
    *,
    name: str,
    email: str,
    message: str,
    consent: bool,
    phone: str = "",
    organisation_name: str = "",
    ip_address: str = "",
) -> HelpOffer:
    """A visitor offers help for a public need; it waits for the network's coordinators."""
    if not need.is_publicly_visible:
        raise ValidationError(_("This need is no longer looking for help."))
    if not consent:
        raise ValidationError(
            _("Please agree to the privacy notice, otherwise we cannot store your offer.")
        )
    if not name.strip() or not email.strip():
        raise ValidationError(_("Please enter your name and e-mail address."))
    message = check_help_message(message)
    ip_hash = address_hash(ip_address, purpose=HELP_OFFER_ADDRESS_PURPOSE)
    if ip_hash:
        recent = HelpOffer.objects.filter(
            ip_hash=ip_hash, created_at__gte=timezone.now() - timedelta(hours=1)
        ).count()
        if recent >= HELP_OFFERS_PER_ADDRESS_PER_HOUR:
            raise ValidationError(
                _(
                    "Too many offers of help have been sent from your connection in the last "
                    "hour. Please try again later."
                )
            )
    help_offer = HelpOffer(
        need=need,
        name=name.strip(),
        email=email.strip().lower(),
        phone=phone.strip(),
        organisation_name=organisation_name.strip(),
        message=message,
        consent_at=timezone.now(),
        ip_hash=ip_hash,
    )
    help_offer.full_clean()
    help_offer.save()
    transaction.on_commit(lambda: _tell_coordinators_of_help_offer(help_offer.pk))
    return help_offer


def _tell_coordinators_of_help_offer(help_offer_id: int) -> None:
    help_offer = HelpOffer.objects.select_related("need__network").filter(pk=help_offer_id).first()
    if help_offer is None:
        return
    network = help_offer.need.network
    recipients = coordinator_emails(network)
    if not recipients:
        return
    send_templated_mail(
        template="offers/mail/help_offer_received",
        context={
            "need_title": help_offer.need.title,
            "network_name": network.name,
            "name": help_offer.name,
            "queue_path": reverse("offers:help_offer_list", args=[network.slug]),
        },
        to=recipients,
    )


def _locked_new_help_offer(help_offer: HelpOffer) -> HelpOffer:
    locked = (
        HelpOffer.objects.select_for_update(of=("self",))
        .select_related("need__network")
        .get(pk=help_offer.pk)
    )
    if locked.status != HelpOfferStatus.NEW:
        raise ValidationError(
            _("This offer of help has been handled already: %(status)s.")
            % {"status": locked.get_status_display()}
        )
    return locked


def _handled(help_offer: HelpOffer, status: str, by: User) -> HelpOffer:
    help_offer.status = status
    help_offer.handled_at = timezone.now()
    help_offer.handled_by = by
    help_offer.save(update_fields=["status", "handled_at", "handled_by", "join_request"])
    return help_offer


#: What a coordinator can make of an offer of help besides a join request.
HELP_OFFER_OUTCOMES = (
    HelpOfferStatus.CONTACTED,
    HelpOfferStatus.NOTED,
    HelpOfferStatus.DISMISSED,
)


@transaction.atomic
def handle_help_offer(help_offer: HelpOffer, *, status: str, by: User) -> HelpOffer:
    """Record what became of an offer of help: contacted, kept as a note, or dismissed."""
    if status not in HELP_OFFER_OUTCOMES:
        raise ValidationError(_("Unknown action. Nothing was changed."))
    return _handled(_locked_new_help_offer(help_offer), status, by)


@transaction.atomic
def turn_help_offer_into_join_request(help_offer: HelpOffer, *, by: User) -> HelpOffer:
    """The person (or their organisation) may become a member: a join request of the network,
    answered like any other."""
    from netzwerkstatt.networks.services import create_join_request_from_help_offer

    help_offer = _locked_new_help_offer(help_offer)
    help_offer.join_request = create_join_request_from_help_offer(
        help_offer.need.network,
        organisation_name=help_offer.organisation_name,
        contact_name=help_offer.name,
        email=help_offer.email,
        message=_("Offered help for the need “%(title)s”:\n\n%(message)s")
        % {"title": help_offer.need.title, "message": help_offer.message},
        by=by,
    )
    return _handled(help_offer, HelpOfferStatus.JOIN_REQUEST, by)


def erase_visitor_help_offers(network: Network, *, email: str) -> int:
    """Delete the offers of help sent to this network's needs under the address."""
    deleted, _detail = HelpOffer.objects.filter(
        need__network=network, email__iexact=email.strip()
    ).delete()
    return deleted


def purge_handled_help_offers(*, handled_before: Any) -> int:
    """Offers of help that were answered or dismissed go after the retention period; those kept
    as notes stay with their need (the network's record) until a coordinator erases them."""
    deleted, _detail = (
        HelpOffer.objects.filter(handled_at__lt=handled_before)
        .exclude(status__in=[HelpOfferStatus.NEW, HelpOfferStatus.NOTED])
        .delete()
    )
    return deleted


@transaction.atomic
def create_offers_in_bulk(
    rows: list[tuple[Organisation, dict[str, Any], list[dict[str, Any]]]],
    *,
    by: User | None = None,
) -> list[Offer]:
    """Create many offers at once, for imports: the same field checks and search index as
    `create_offer`, in a few queries per batch instead of some twenty per offer.

    The caller records the import in the audit log and schedules one synergy refresh for the
    network afterwards.
    """
    offers: list[Offer] = []
    related: list[dict[str, Any]] = []
    for organisation, data, slots in rows:
        _check_slots(slots)
        offer = Offer(organisation=organisation, updated_by=by)
        related.append(_apply_fields(offer, data, OFFER_M2M_FIELDS))
        # The organisation is given as an object and the age order is checked here: both
        # checks would otherwise cost a query per offer.
        offer.full_clean(exclude=[*OFFER_M2M_FIELDS, "organisation"], validate_constraints=False)
        if (
            offer.age_min is not None
            and offer.age_max is not None
            and offer.age_min > offer.age_max
        ):
            raise ValidationError(_("The maximum age must not be lower than the minimum age."))
        offers.append(offer)
    Offer.objects.bulk_create(offers, batch_size=500)
    for name in OFFER_M2M_FIELDS:
        field = Offer._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{source: offer.pk, target: getattr(value, "pk", value)})
                for offer, values in zip(offers, related, strict=True)
                for value in dict.fromkeys(values.get(name, []))
            ],
            batch_size=1000,
        )
    WeeklySlot.objects.bulk_create(
        [
            WeeklySlot(
                offer=offer,
                weekday=slot["weekday"],
                start_time=slot["start_time"],
                end_time=slot["end_time"],
                note=slot.get("note", ""),
            )
            for offer, (_organisation, _data, slots) in zip(offers, rows, strict=True)
            for slot in slots
        ],
        batch_size=1000,
    )
    created = (
        Offer.objects.filter(pk__in=[offer.pk for offer in offers])
        .select_related("organisation", "district")
        .prefetch_related(*OFFER_M2M_FIELDS)
    )
    for offer in created.iterator(chunk_size=500):
        update_search_index(offer)
    return offers


@transaction.atomic
def translate_offer(
    offer: Offer, *, language: str, values: dict[str, str], by: User | None
) -> Offer:
    """Store the offer's fields in one language; the search then finds it by them too."""
    offer = Offer.objects.select_for_update().select_related("organisation").get(pk=offer.pk)
    before, after = apply_translation(offer, code=language, values=values)
    offer.save(update_fields=["translations"])
    update_search_index(offer)
    if by is not None:
        from netzwerkstatt.networks.services import record_outside_edit

        record_outside_edit(offer.organisation, by=by, target=offer, before=before, after=after)
    return offer
