"""A circular and a digest travel through real SMTP to a local test server (aiosmtpd).

The messages are read back with Python's own e-mail parser, and the one-click unsubscribe is
done as a mail program does it: a POST to the List-Unsubscribe address with the RFC 8058 body.
"""

import datetime
import email
import socket
import uuid
from email.policy import default as default_policy
from email.utils import getaddresses

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.test import Client, override_settings

from netzwerkstatt.circulars import services
from netzwerkstatt.circulars.models import DeliveryState, MailPreference
from netzwerkstatt.circulars.selectors import Audience
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

REFUSED = "gibt-es-nicht@example.org"


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address == REFUSED:
            return "550 5.1.1 Mailbox does not exist"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"

    def parsed(self):
        return [
            (rcpt, email.message_from_bytes(raw, policy=default_policy))
            for rcpt, raw in self.messages
        ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_inbox():
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        DEFAULT_FROM_EMAIL="Netzwerkstatt <post@netzwerkstatt.example>",
        SITE_BASE_URL="https://netzwerkstatt.example",
    ):
        yield inbox
    controller.stop()


def test_a_circular_arrives_with_the_network_as_sender_and_one_click_unsubscribe(
    world, smtp_inbox, django_capture_on_commit_callbacks
):
    refused = world.member.__class__.objects.create_user(email=REFUSED, display_name="Niemand")
    world.member_org.staff.create(user=refused)
    with django_capture_on_commit_callbacks(execute=True):
        circular = services.send_circular(
            world.network,
            by=world.coordinator,
            subject="Einladung zum Sommerfest",
            body="Liebe Mitglieder,\n\nwir feiern am <strong>Freitag</strong>.",
            audience=Audience(),
            audience_label="alle",
            form_key=uuid.uuid4(),
        )

    received = {rcpt[0]: message for rcpt, message in smtp_inbox.parsed()}
    assert sorted(received) == sorted([world.coordinator.email, world.member.email])
    message = received[world.member.email]
    assert message["Subject"] == "Einladung zum Sommerfest"
    [(sender_name, sender_address)] = getaddresses([message["From"]])
    assert (sender_name, sender_address) == (world.network.name, "post@netzwerkstatt.example")
    assert getaddresses([message["Reply-To"]]) == [("", world.coordinator.email)]
    # Long or non-ASCII headers are folded; a mail program unfolds them.
    list_id = message["List-Id"].strip()
    assert list_id == f"{world.network.name} <sis.rundschreiben.netzwerkstatt.example>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "wir feiern am Freitag." in plain
    assert "<strong>Freitag</strong>" in html

    refused_row = circular.deliveries.get(email=REFUSED)
    assert refused_row.state == DeliveryState.FAILED
    assert "550" in refused_row.error
    assert circular.deliveries.filter(state=DeliveryState.SENT).count() == 2

    # The mail program's one click: POST to the header's address, without cookies.
    address = message["List-Unsubscribe"].strip().strip("<>")
    path = address.removeprefix("https://netzwerkstatt.example")
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert MailPreference.objects.get(user=world.member).circulars is False


def test_a_digest_arrives_in_the_recipients_language(world, smtp_inbox):
    MailPreference.objects.create(user=world.member, digest="weekly")
    monday = datetime.datetime(2026, 3, 2, 7, 0, tzinfo=datetime.UTC)
    with time_machine.travel(monday, tick=False):
        OfferFactory(organisation=world.member_org, title="Nähcafé")
        assert services.send_weekly_digests() == 1
    [(rcpt, message)] = smtp_inbox.parsed()
    assert rcpt == [world.member.email]
    assert message["Subject"] == "Ihr Wochenüberblick von Netzwerkstatt"
    assert (
        message["List-Unsubscribe"]
        .strip()
        .startswith("<https://netzwerkstatt.example/abbestellen/")
    )
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Nähcafé" in body
