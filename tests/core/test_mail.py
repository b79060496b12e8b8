import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation

from netzwerkstatt.core.mail import send_templated_mail


def _templates(settings):
    # The test message lives beside this test, not among the app templates.
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], "tests/core/templates"]}
    ]


@pytest.mark.django_db
@override_settings(SITE_NAME="Netzwerkstatt", SITE_BASE_URL="https://netz.example.org")
def test_mail_is_german_plain_text_with_absolute_links(settings):
    _templates(settings)
    with translation.override("en"):
        send_templated_mail(
            template="testmail/hello",
            context={"name": "Frau Beispiel"},
            to=["a@example.org"],
            reply_to=["koordination@example.org"],
        )

    (message,) = mail.outbox
    # One line, in German although the sender browsed in English.
    assert message.subject == "Anmelden bei Netzwerkstatt"
    assert message.body == "Hallo Frau Beispiel, https://netz.example.org/konto/\n"
    assert message.to == ["a@example.org"]
    assert message.reply_to == ["koordination@example.org"]
    assert message.alternatives == []
