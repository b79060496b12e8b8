"""Writing and sending circulars, the weekly digest, and each person's e-mail settings.

A circular is written in one request that only stores it with one delivery row per
recipient (built inside the database) and enqueues one background task; the task sends in
batches over one SMTP connection each and claims every row with a conditional UPDATE before
sending it, so two workers never send the same message and a crash leaves the rest waiting.
"""

import datetime
import html
import logging
import smtplib
import uuid
from dataclasses import dataclass
from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.db import IntegrityError, connection, router, transaction
from django.db.models import BigIntegerField, CharField, F, IntegerField, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from netzwerkstatt import richtext
from netzwerkstatt.accounts.models import User
from netzwerkstatt.accounts.services import set_language
from netzwerkstatt.circulars import selectors
from netzwerkstatt.circulars.models import (
    BODY_MAX_LENGTH,
    Circular,
    CircularDelivery,
    CircularState,
    DeliveryState,
    DigestFrequency,
    MailPreference,
)
from netzwerkstatt.core.mail import build_templated_mail
from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import can_coordinate

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "netzwerkstatt.circulars.unsubscribe"
UNSUBSCRIBE_KINDS = ("circulars", "digest")
# After this many attempts a delivery that keeps meeting a broken connection is given up.
MAX_ATTEMPTS = 3


# --- unsubscribe links ------------------------------------------------------------------------


def unsubscribe_token(user: User, kind: str) -> str:
    """A signed, lasting link token: one click switches off one kind of optional mail."""
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[User, str] | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("k") not in UNSUBSCRIBE_KINDS:
        return None
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    return (user, data["k"]) if user is not None else None


def unsubscribe_url(user: User, kind: str) -> str:
    path = reverse("circulars:unsubscribe", args=[unsubscribe_token(user, kind)])
    return settings.SITE_BASE_URL + path


@transaction.atomic
def unsubscribe(user: User, *, kind: str) -> MailPreference:
    """Switch off circulars or the digest; essential mail is not touched. Safe to repeat."""
    if kind not in UNSUBSCRIBE_KINDS:
        raise ValidationError(_("This link is not valid."))
    preference, _created = MailPreference.objects.select_for_update().get_or_create(user=user)
    if kind == "circulars":
        preference.circulars = False
    else:
        preference.digest = DigestFrequency.NONE
    preference.save()
    return preference


@transaction.atomic
def save_mail_preference(
    user: User, *, digest: str, circulars: bool, language: str = ""
) -> MailPreference:
    if digest not in DigestFrequency.values:
        raise ValidationError(_("Please choose whether you want a weekly digest."))
    if language and language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Please choose one of the languages offered."))
    preference, _created = MailPreference.objects.select_for_update().get_or_create(user=user)
    preference.digest = digest
    preference.circulars = circulars
    if language:
        # One language for every e-mail to the person, kept on the account (core.mail); the
        # older digest-only choice gives way to it.
        set_language(user, language)
        preference.language = ""
    preference.save()
    return preference


# --- writing a circular -----------------------------------------------------------------------


def _delivery_rows_sql(circular: Circular, audience: selectors.Audience) -> tuple[str, list]:
    """INSERT … SELECT: the delivery rows come straight from the audience query."""
    rows = (
        selectors.audience_users(circular.network, audience)
        .annotate(
            d_circular=Value(circular.pk, output_field=BigIntegerField()),
            d_user=F("pk"),
            d_email=F("email"),
            d_state=Value(DeliveryState.QUEUED.value, output_field=CharField()),
            d_attempts=Value(0, output_field=IntegerField()),
            d_error=Value("", output_field=CharField()),
        )
        .values_list("d_circular", "d_user", "d_email", "d_state", "d_attempts", "d_error")
        .order_by()
    )
    select_sql, params = rows.query.get_compiler(using=router.db_for_write(Circular)).as_sql()
    table = connection.ops.quote_name(CircularDelivery._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(name)
        for name in ("circular_id", "user_id", "email", "state", "attempts", "error")
    )
    return f"INSERT INTO {table} ({columns}) {select_sql}", list(params)


def send_circular(
    network: Network,
    *,
    by: User,
    subject: str,
    body: str,
    audience: selectors.Audience,
    audience_label: str,
    form_key: uuid.UUID,
) -> Circular:
    """Store the circular with a delivery row per recipient and start sending it.

    The same form key twice (a double click, a reload) returns the circular already stored
    and sends nothing again.
    """
    existing = Circular.objects.filter(form_key=form_key).first()
    if existing is not None:
        if existing.network_id != network.pk:
            raise ValidationError(_("This form has expired. Please write the circular again."))
        return existing
    subject = " ".join((subject or "").split())
    body = richtext.replace_unencodable((body or "").strip())
    if not can_coordinate(by, network):
        raise ValidationError(_("Only the coordination of the network can send circulars."))
    if not subject:
        raise ValidationError(_("Please enter a subject."))
    if not body:
        raise ValidationError(_("Please write the text of the circular."))
    if len(body) > BODY_MAX_LENGTH:
        raise ValidationError(_("The text is too long for a circular."))
    try:
        with transaction.atomic():
            circular = Circular.objects.create(
                network=network,
                subject=subject[:200],
                body=body,
                body_html=richtext.render_restricted_html(body),
                body_format_version=richtext.FORMAT_VERSION,
                author=by,
                reply_to=by.email,
                audience=audience.as_json(),
                audience_label=audience_label[:500],
                form_key=form_key,
            )
            sql, params = _delivery_rows_sql(circular, audience)
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                count = cursor.rowcount
            if count <= 0:
                raise ValidationError(
                    _(
                        "Nobody would receive this circular: the organisations chosen have no "
                        "staff with an e-mail address, or all of them unsubscribed. Please "
                        "choose other recipients."
                    )
                )
            Circular.objects.filter(pk=circular.pk).update(recipient_count=count)
            circular.recipient_count = count
            circular_id = circular.pk
            transaction.on_commit(lambda: _start_delivery(circular_id))
    except IntegrityError:
        # The same form sent twice at the same moment: the other request stored it.
        existing = Circular.objects.filter(form_key=form_key, network=network).first()
        if existing is None:
            raise
        return existing
    logger.info("Circular %s of network %s queued for %s people", circular.pk, network.pk, count)
    return circular


def _start_delivery(circular_id: int) -> None:
    from netzwerkstatt.circulars.tasks import deliver_circular

    deliver_circular.enqueue(circular_id)


# --- sending ----------------------------------------------------------------------------------


def network_sender(network: Network) -> str:
    """The network's name with the installation's own address: the network is the sender,
    but mail leaves from the address the installation may send from (SPF, DKIM)."""
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return formataddr((network.name, address))


def list_id(network: Network) -> str:
    host = settings.SITE_BASE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"{network.name} <{network.slug}.rundschreiben.{host or 'localhost'}>"


def optional_mail_headers(user: User, *, kind: str, network: Network | None = None) -> dict:
    """RFC 2369 / RFC 8058 headers: one click in the mail program unsubscribes."""
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url(user, kind)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    if network is not None:
        headers["List-Id"] = list_id(network)
    return headers


@dataclass
class BatchResult:
    sent: int = 0
    failed: int = 0
    remaining: int = 0
    interrupted: bool = False


def _message(circular: Circular, delivery: CircularDelivery, mail_connection):
    user = delivery.user
    context = {
        "circular": circular,
        "plain_body": html.unescape(strip_tags(circular.body)),
        "network": circular.network,
        "path": circular.get_absolute_url(),
        "settings_path": reverse("circulars:settings"),
        "unsubscribe_link": unsubscribe_url(user, "circulars") if user else "",
    }
    message = build_templated_mail(
        template="circulars/mail/circular",
        context=context,
        to=[delivery.email],
        language=user.language if user else None,
        reply_to=[circular.reply_to] if circular.reply_to else None,
        from_email=network_sender(circular.network),
        headers=optional_mail_headers(user, kind="circulars", network=circular.network)
        if user
        else {"List-Id": list_id(circular.network)},
    )
    message.connection = mail_connection
    return message


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _finish(delivery_pk: int, **fields) -> None:
    CircularDelivery.objects.filter(pk=delivery_pk, state=DeliveryState.SENDING).update(**fields)


def deliver_batch(circular_id: int, *, size: int) -> BatchResult:
    """Send up to `size` waiting deliveries of the circular over one SMTP connection."""
    result = BatchResult()
    circular = Circular.objects.select_related("network").filter(pk=circular_id).first()
    if circular is None:
        return result
    batch = list(
        CircularDelivery.objects.filter(circular=circular, state=DeliveryState.QUEUED)
        .select_related("user")
        .order_by("pk")[:size]
    )
    if batch:
        mail_connection = get_connection()
        try:
            mail_connection.open()
        except (smtplib.SMTPException, OSError) as error:
            logger.warning("Circular %s: no mail connection (%s)", circular_id, error)
            result.interrupted = True
            batch = []
        try:
            for delivery in batch:
                # Claim the row: only one worker turns it from waiting to being sent.
                claimed = CircularDelivery.objects.filter(
                    pk=delivery.pk, state=DeliveryState.QUEUED
                ).update(state=DeliveryState.SENDING, attempts=F("attempts") + 1)
                if not claimed:
                    continue
                try:
                    _message(circular, delivery, mail_connection).send()
                except smtplib.SMTPRecipientsRefused as error:
                    reasons = "; ".join(
                        f"{code} {_text(text)}" for code, text in error.recipients.values()
                    )
                    _finish(delivery.pk, state=DeliveryState.FAILED, error=reasons[:500])
                    result.failed += 1
                except (smtplib.SMTPException, OSError) as error:
                    # The connection broke: this row waits for the next run unless it has
                    # failed too often; the rest of the batch stays waiting untouched.
                    given_up = delivery.attempts + 1 >= MAX_ATTEMPTS
                    _finish(
                        delivery.pk,
                        state=DeliveryState.FAILED if given_up else DeliveryState.QUEUED,
                        error=str(error)[:500],
                    )
                    result.failed += int(given_up)
                    result.interrupted = True
                    break
                else:
                    _finish(delivery.pk, state=DeliveryState.SENT, sent_at=timezone.now(), error="")
                    result.sent += 1
        finally:
            mail_connection.close()
    result.remaining = CircularDelivery.objects.filter(
        circular=circular, state__in=[DeliveryState.QUEUED, DeliveryState.SENDING]
    ).count()
    if not result.remaining:
        Circular.objects.filter(pk=circular.pk, state=CircularState.SENDING).update(
            state=CircularState.SENT, sent_at=timezone.now()
        )
    return result


def resume_circulars() -> int:
    """Start a sending task for every circular with deliveries still waiting.

    After a broken mail connection or a lost worker the waiting rows stay queued; running this
    again (a timer every few minutes) picks them up. A task that is still running does no harm:
    each row is claimed by exactly one of them.
    """
    waiting = (
        CircularDelivery.objects.filter(state=DeliveryState.QUEUED)
        .values_list("circular_id", flat=True)
        .distinct()
        .order_by("circular_id")
    )
    circular_ids = list(waiting)
    for circular_id in circular_ids:
        _start_delivery(circular_id)
    return len(circular_ids)


@transaction.atomic
def mark_bounced(addresses: list[str], *, reason: str = "") -> int:
    """Record bounce reports that came back later: the address's deliveries show "bounced"."""
    addresses = [address.strip().lower() for address in addresses if address.strip()]
    if not addresses:
        return 0
    condition = Q()
    for address in addresses:
        condition |= Q(email__iexact=address)
    return (
        CircularDelivery.objects.filter(condition)
        .filter(state__in=[DeliveryState.SENT, DeliveryState.FAILED])
        .update(
            state=DeliveryState.BOUNCED, error=(reason or _("Returned as undeliverable."))[:500]
        )
    )


# --- the weekly digest ------------------------------------------------------------------------


def iso_week(now: datetime.datetime) -> str:
    year, week, _weekday = timezone.localtime(now).isocalendar()
    return f"{year}-W{week:02d}"


def send_weekly_digests(*, now: datetime.datetime | None = None) -> int:
    """Send this week's digest to everyone who chose one; a second run in the week sends none.

    Each person's week is claimed with a conditional UPDATE before anything is sent, so two
    runs at once never send twice; a digest with nothing in it is not sent.
    """
    now = now or timezone.now()
    week = iso_week(now)
    sent = 0
    for preference in selectors.digest_recipients().exclude(digest_week=week).iterator():
        claimed = (
            MailPreference.objects.filter(pk=preference.pk)
            .exclude(digest_week=week)
            .update(digest_week=week)
        )
        if not claimed:
            continue
        user = preference.user
        digest = selectors.digest_for(user, now=now)
        if digest.is_empty:
            continue
        message = build_templated_mail(
            template="circulars/mail/digest",
            context={
                "person": user,
                "digest": digest,
                "now": now,
                "my_tasks_path": reverse("meetings:my_tasks"),
                "settings_path": reverse("circulars:settings"),
                "unsubscribe_link": unsubscribe_url(user, "digest"),
            },
            to=[user.email],
            headers=optional_mail_headers(user, kind="digest"),
            language=preference.language or user.language,
        )
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            logger.warning("Digest for user %s not sent: %s", user.pk, error)
            # Give the week back, so that the next run tries again.
            MailPreference.objects.filter(pk=preference.pk, digest_week=week).update(
                digest_week=preference.digest_week
            )
            continue
        sent += 1
    return sent


# --- Privacy ----------------------------------------------------------------------------------


@transaction.atomic
def forget_mail_data_of(user: User) -> int:
    """Before an account is deleted: its deliveries (with the address) and its settings go;
    the circulars themselves stay in the network's archive."""
    deleted, _by_model = CircularDelivery.objects.filter(
        Q(user=user) | Q(email__iexact=user.email)
    ).delete()
    MailPreference.objects.filter(user=user).delete()
    return deleted
