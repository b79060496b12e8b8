"""Every join-request route, for each role that may and each that may not.

"outsider" works for an organisation that coordinates another network; "member" edits a
member organisation of this one.
"""

import pytest
from django.core import mail
from django.urls import reverse

from netzwerkstatt.networks.models import JoinRequest, JoinRequestStatus
from tests.networks.factories import JoinRequestFactory, join_form_data
from tests.news.factories import CommentFactory, PostFactory

pytestmark = pytest.mark.django_db

ROLES_REFUSED = [("anonymous", 302), ("member", 403), ("outsider", 403)]
ROLES = [*ROLES_REFUSED, ("coordinator", None), ("superuser", None)]


def url(name, world, join_request):
    return reverse(f"networks:{name}", args=[world.network.slug, join_request.pk])


def check_refused(response, expected):
    assert response.status_code == expected
    if expected == 302:
        assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize("who", ["anonymous", "member", "outsider", "coordinator"])
def test_everyone_may_send_a_join_request(as_user, user_for, world, who):
    response = as_user(user_for(who)).post(
        reverse("networks:join", args=[world.network.slug]), join_form_data()
    )
    assert response.status_code == 302
    assert JoinRequest.objects.count() == 1


@pytest.mark.parametrize(("who", "refused"), ROLES)
@pytest.mark.parametrize("page", ["list", "detail"])
def test_who_may_see_join_requests(as_user, user_for, world, who, refused, page):
    join_request = JoinRequestFactory(network=world.network, organisation_name="DAA Leipzig")
    if page == "list":
        target = reverse("networks:join_request_list", args=[world.network.slug])
    else:
        target = join_request.get_absolute_url()
    response = as_user(user_for(who)).get(target)
    if refused:
        check_refused(response, refused)
        assert b"DAA Leipzig" not in response.content
    else:
        assert response.status_code == 200
        assert b"DAA Leipzig" in response.content


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_accept(as_user, user_for, world, who, refused, django_capture_on_commit_callbacks):
    join_request = JoinRequestFactory(network=world.network)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(user_for(who)).post(
            url("join_request_accept", world, join_request), {"organisation": ""}
        )
    join_request.refresh_from_db()
    if refused:
        check_refused(response, refused)
        assert join_request.status == JoinRequestStatus.OPEN
        assert not mail.outbox
    else:
        assert response.status_code == 302
        assert join_request.status == JoinRequestStatus.ACCEPTED


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_decline(
    as_user, user_for, world, who, refused, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(network=world.network)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(user_for(who)).post(
            url("join_request_decline", world, join_request), {"absage-message": ""}
        )
    join_request.refresh_from_db()
    if refused:
        check_refused(response, refused)
        assert join_request.status == JoinRequestStatus.OPEN
        assert not mail.outbox
    else:
        assert response.status_code == 302
        assert join_request.status == JoinRequestStatus.DECLINED
        assert len(mail.outbox) == 1


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_ask_a_question(
    as_user, user_for, world, who, refused, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(network=world.network)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(user_for(who)).post(
            url("join_request_ask", world, join_request),
            {"frage-message": "Wann treffen Sie sich?"},
        )
    if refused:
        check_refused(response, refused)
        assert not join_request.events.exists()
        assert not mail.outbox
    else:
        assert response.status_code == 302
        assert join_request.events.get().message == "Wann treffen Sie sich?"
        assert len(mail.outbox) == 1


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_resend_an_invitation(
    as_user, user_for, world, who, refused, django_capture_on_commit_callbacks
):
    from netzwerkstatt.networks.services import accept_join_request

    join_request = accept_join_request(
        JoinRequestFactory(network=world.network), by=world.coordinator
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(user_for(who)).post(url("join_request_resend", world, join_request))
    if refused:
        check_refused(response, refused)
        assert not mail.outbox
    else:
        assert response.status_code == 302
        assert len(mail.outbox) == 1


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_turn_a_comment_into_a_request(as_user, user_for, world, who, refused):
    comment = CommentFactory(post=PostFactory(network=world.network), author_name="DAA")
    target = reverse("networks:join_request_from_comment", args=[world.network.slug, comment.pk])
    response = as_user(user_for(who)).post(target)
    if refused:
        check_refused(response, refused)
        assert not JoinRequest.objects.exists()
    else:
        join_request = JoinRequest.objects.get()
        assert response.url == join_request.get_absolute_url()
        assert join_request.source_comment_id == comment.pk
        again = as_user(user_for(who)).post(target, follow=True)
        assert "bereits als Mitgliedsantrag übernommen" in again.content.decode()
        assert JoinRequest.objects.count() == 1


def test_a_comment_of_another_network_is_not_found(as_user, world):
    comment = CommentFactory(post=PostFactory(network=world.other_network))
    target = reverse("networks:join_request_from_comment", args=[world.network.slug, comment.pk])
    assert as_user(world.coordinator).post(target).status_code == 404
    assert not JoinRequest.objects.exists()


def test_a_request_of_another_network_is_not_found(as_user, world):
    join_request = JoinRequestFactory(network=world.other_network)
    response = as_user(world.coordinator).get(
        reverse("networks:join_request_detail", args=[world.network.slug, join_request.pk])
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    "name", ["join_request_accept", "join_request_decline", "join_request_ask"]
)
def test_action_routes_refuse_get(as_user, world, name):
    join_request = JoinRequestFactory(network=world.network)
    response = as_user(world.coordinator).get(url(name, world, join_request))
    assert response.status_code == 405
