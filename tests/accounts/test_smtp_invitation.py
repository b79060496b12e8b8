"""An invitation travels through real SMTP to a local test server and its link still works."""

import email
import re
import socket
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings
from django.urls import reverse

from netzwerkstatt.networks.services import accept_join_request
from tests.networks.factories import JoinRequestFactory

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


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
    ):
        yield inbox
    controller.stop()


def test_an_accepted_request_sends_a_working_invitation_over_smtp(
    client, world, smtp_inbox, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(
        network=world.network,
        organisation_name="DAA Leipzig",
        contact_name="Petra Beispiel",
        email="petra@daa.example",
    )
    with django_capture_on_commit_callbacks(execute=True):
        accept_join_request(join_request, by=world.coordinator)

    [(recipients, raw)] = smtp_inbox.messages
    assert recipients == ["petra@daa.example"]
    message = email.message_from_bytes(raw, policy=default_policy)
    assert message["Subject"].strip() == (
        "Willkommen bei SIS – Synergien in Schönefeld – Ihr Zugang zu Netzwerkstatt"
    )
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Hallo Petra Beispiel," in body
    assert "DAA Leipzig ist jetzt Mitglied im Netzwerk SIS – Synergien in Schönefeld." in body
    path = re.search(r"https?://[^/\s]+(/konto/einladung/\S+)", body).group(1)

    response = client.post(
        path, {"new_password1": "Quartier-Kurse-2024!", "new_password2": "Quartier-Kurse-2024!"}
    )
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert response.url == reverse(
        "networks:organisation_edit", args=[join_request.organisation.slug]
    )
    assert client.get(response.url).status_code == 200
