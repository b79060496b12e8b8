"""Erasure across the apps: a person deletes their account, a coordinator erases a visitor's
data in their network, the daily purge forgets what is no longer needed.

This module changes other apps' rows only through their services (the `# Privacy` section at
the end of each); it decides the order and the rules.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from netzwerkstatt.accounts import services as accounts_services
from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit import services as audit_services
from netzwerkstatt.circulars import services as circulars_services
from netzwerkstatt.core.address_hashes import RETENTION as ADDRESS_HASH_RETENTION
from netzwerkstatt.core.mail import send_templated_mail
from netzwerkstatt.events import services as events_services
from netzwerkstatt.meetings import services as meetings_services
from netzwerkstatt.networks import services as networks_services
from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.selectors import coordinator_emails
from netzwerkstatt.news import services as news_services
from netzwerkstatt.offers import services as offers_services
from netzwerkstatt.privacy.selectors import (
    LastEditorLoss,
    organisations_losing_last_editor,
    retention_cutoff,
)

logger = logging.getLogger(__name__)

# Shown instead of the name of a person who deleted their account.
FORMER_MEMBER = gettext_lazy("former member")


class AuthoredContent(models.TextChoices):
    KEEP = "keep", gettext_lazy("Keep them, shown as written by a “former member”")
    REMOVE = "remove", gettext_lazy("Delete them")


@dataclass
class AccountDeletion:
    comments: int = 0
    updates: int = 0
    registrations: int = 0
    staff_positions: int = 0
    organisations_without_editor: list[LastEditorLoss] = field(default_factory=list)


def _placeholder() -> str:
    # Stored in the rows, so in the platform's language, not in the leaving person's.
    with translation.override(settings.LANGUAGE_CODE):
        return str(FORMER_MEMBER)


def _notify_coordinators(losses: list[LastEditorLoss]) -> None:
    messages = []
    for loss in losses:
        for network in loss.networks:
            to = coordinator_emails(network)
            if to:
                messages.append(
                    {
                        "template": "privacy/email/organisation_without_editor",
                        "context": {
                            "organisation_name": loss.organisation.name,
                            "network_name": network.name,
                            "organisation_path": reverse(
                                "networks:organisation", args=[loss.organisation.slug]
                            ),
                        },
                        "to": to,
                    }
                )
    transaction.on_commit(lambda: [send_templated_mail(**message) for message in messages])


@transaction.atomic
def delete_account(user: User, *, password: str, authored_content: str) -> AccountDeletion:
    """Delete a person's account and what belongs only to them.

    Staff positions, registrations, answers and the calendar feed go; comments and updates stay
    under "former member" or go, as the person chooses; organisations keep their offers and
    everything else, and rows that record who did what lose only the name. Coordinators of the
    networks of an organisation that is left without anyone who can log in are told.
    """
    locked = User.objects.select_for_update().filter(pk=user.pk, is_active=True).first()
    if locked is None:
        raise ValidationError(_("This account has been deleted already."))
    if not password or not locked.check_password(password):
        raise ValidationError(_("The password is not correct. Nothing has been deleted."))
    if authored_content not in AuthoredContent.values:
        raise ValidationError(_("Please choose what happens to your comments and updates."))
    if (
        locked.is_superuser
        and not User.objects.filter(is_superuser=True, is_active=True)
        .exclude(pk=locked.pk)
        .exists()
    ):
        raise ValidationError(
            _(
                "You are the last administrator of this installation. Please make another "
                "person an administrator first."
            )
        )
    result = AccountDeletion(organisations_without_editor=organisations_losing_last_editor(locked))
    placeholder = _placeholder()
    result.registrations = events_services.withdraw_registrations_of(locked)
    if authored_content == AuthoredContent.KEEP:
        result.comments = news_services.anonymise_comments_of(locked, name=placeholder)
    else:
        result.comments = news_services.delete_comments_of(locked)
        result.updates = news_services.delete_updates_of(locked)
    networks_services.anonymise_join_requests_of(locked, placeholder=placeholder)
    audit_services.anonymise_entries_of(locked, placeholder=placeholder)
    meetings_services.hand_over_action_items_of(locked)
    circulars_services.forget_mail_data_of(locked)
    result.staff_positions = networks_services.remove_staff_positions_of(locked)
    _notify_coordinators(result.organisations_without_editor)
    accounts_services.delete_user_account(locked)
    logger.info("Account %s deleted by its owner", user.pk)
    return result


@dataclass
class VisitorErasure:
    comments: int
    registrations: int
    join_requests: int
    help_offers: int

    @property
    def total(self) -> int:
        return self.comments + self.registrations + self.join_requests + self.help_offers


@transaction.atomic
def erase_visitor_data(network: Network, *, email: str, by: User) -> VisitorErasure:
    """Erase what this network keeps under a visitor's e-mail address; nothing elsewhere.

    Comments on the network's posts and registrations for its events are deleted (places for
    events to come are given up first, so the waiting list moves up); join requests to the
    network are deleted, or lose their contact details if they were accepted.
    """
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(_("Please enter a valid e-mail address.")) from None
    Network.objects.select_for_update().get(pk=network.pk)
    erasure = VisitorErasure(
        comments=news_services.erase_visitor_comments(network, email=email),
        registrations=events_services.erase_visitor_registrations(network, email=email),
        join_requests=networks_services.erase_join_requests(
            network, email=email, placeholder=_placeholder()
        ),
        help_offers=offers_services.erase_visitor_help_offers(network, email=email),
    )
    logger.info(
        "Visitor data erased in network %s by user %s: %s rows", network.pk, by.pk, erasure.total
    )
    return erasure


def purge_personal_data(*, now: datetime | None = None) -> dict[str, int]:
    """Forget what the retention periods no longer cover; safe to run as often as you like.

    Visitors' registrations go PERSONAL_DATA_RETENTION_DAYS after their event's last date,
    declined join requests and answered offers of help the same time after the decision, login
    records after 30 days.
    """
    now = now or timezone.now()
    cutoff = retention_cutoff(now)
    return {
        "registrations": events_services.purge_visitor_registrations(events_ended_before=cutoff),
        "declined_join_requests": networks_services.purge_declined_join_requests(
            decided_before=cutoff
        ),
        "handled_help_offers": offers_services.purge_handled_help_offers(handled_before=cutoff),
        "login_records": accounts_services.purge_login_records(before=now - ADDRESS_HASH_RETENTION),
    }
