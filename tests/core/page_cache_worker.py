"""One app server process for tests/core/test_page_cache_processes.py.

Reads one JSON command per line on stdin and answers one JSON line on stdout. The database
(DATABASE_URL, an SQLite file) and the cache (TEST_CACHE_URL) are shared with the other worker;
pages are requested through Django's test client, as a visitor without a login.
"""

import json
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()
    state: dict = {}
    for line in sys.stdin:
        command = json.loads(line)
        try:
            answer = {"ok": True, **COMMANDS[command.pop("do")](state, **command)}
        except Exception as error:  # noqa: BLE001 – reported to the test, which fails on it.
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def migrate(state: dict) -> dict:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return {}


def setup(state: dict) -> dict:
    from django.db import transaction

    from tests.factories import (
        MembershipFactory,
        NetworkFactory,
        OfferFactory,
        OrganisationFactory,
        TopicFactory,
    )
    from tests.news.factories import CommentFactory, PostFactory

    with transaction.atomic():
        network = NetworkFactory(slug="sis", name="SIS")
        organisation = OrganisationFactory(slug="wiq", name="Wir im Quartier")
        MembershipFactory(network=network, organisation=organisation)
        topic = TopicFactory(name="Gärtnern im Hof")
        offer = OfferFactory(organisation=organisation, title="Yoga am Morgen", topics=[topic])
        post = PostFactory(network=network, title="Sommerfest")
        comment = CommentFactory(post=post, body="Tolle Idee, wir kommen!")
    return {
        "offer": offer.pk,
        "topic": topic.pk,
        "comment": comment.pk,
        "urls": {
            "offers": "/angebote/",
            "offer": offer.get_absolute_url(),
            "network": network.get_absolute_url(),
            "post": post.get_absolute_url(),
        },
    }


def get(state: dict, url: str) -> dict:
    from django.test import Client

    response = Client().get(url)
    return {
        "status": response.status_code,
        "cache": response.headers.get("X-Page-Cache"),
        "text": response.content.decode(),
    }


def edit_offer(state: dict, pk: int, title: str) -> dict:
    from django.db import transaction

    from netzwerkstatt.offers.models import Offer
    from netzwerkstatt.offers.services import update_offer

    with transaction.atomic():
        update_offer(Offer.objects.get(pk=pk), data={"title": title})
    return {}


def add_membership(state: dict, network: str, name: str) -> dict:
    from django.db import transaction

    from netzwerkstatt.networks.models import Network
    from tests.factories import MembershipFactory, OrganisationFactory

    with transaction.atomic():
        organisation = OrganisationFactory(name=name)
        MembershipFactory(network=Network.objects.get(slug=network), organisation=organisation)
    return {}


def approve_comment(state: dict, pk: int) -> dict:
    from netzwerkstatt.news import services
    from netzwerkstatt.news.models import Comment

    services.approve_comment(Comment.objects.get(pk=pk), by=None)
    return {}


def rename_topic(state: dict, pk: int, name: str) -> dict:
    from netzwerkstatt.core.models import Topic

    Topic.objects.filter(pk=pk).update(name=name)
    return {}


def add_meeting(state: dict, network: str, title: str) -> dict:
    from django.db import transaction

    from netzwerkstatt.networks.models import Network
    from tests.meetings.factories import MeetingFactory

    with transaction.atomic():
        MeetingFactory(network=Network.objects.get(slug=network), title=title)
    return {}


def edit_offer_and_roll_back(state: dict, pk: int, title: str) -> dict:
    from django.db import transaction

    from netzwerkstatt.offers.models import Offer
    from netzwerkstatt.offers.services import update_offer

    class Undo(Exception):
        pass

    try:
        with transaction.atomic():
            update_offer(Offer.objects.get(pk=pk), data={"title": title})
            raise Undo
    except Undo:
        pass
    return {}


def begin_offer_edit(state: dict, pk: int, title: str) -> dict:
    """Write in a transaction that stays open until `commit`."""
    from django.db import transaction

    from netzwerkstatt.offers.models import Offer
    from netzwerkstatt.offers.services import update_offer

    state["atomic"] = transaction.atomic()
    state["atomic"].__enter__()
    update_offer(Offer.objects.get(pk=pk), data={"title": title})
    return {}


def commit(state: dict) -> dict:
    state.pop("atomic").__exit__(None, None, None)
    return {}


COMMANDS = {
    "migrate": migrate,
    "setup": setup,
    "get": get,
    "edit_offer": edit_offer,
    "add_membership": add_membership,
    "approve_comment": approve_comment,
    "rename_topic": rename_topic,
    "add_meeting": add_meeting,
    "edit_offer_and_roll_back": edit_offer_and_roll_back,
    "begin_offer_edit": begin_offer_edit,
    "commit": commit,
}

if __name__ == "__main__":
    main()
