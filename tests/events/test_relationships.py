"""Events by relationship.

Regressions these tests guard (each was planted in the source and made a test here fail):

- R2 "staff of an organisation that co-organises a *different* event manage this event's
  tasks": `test_co_organising_another_event_gives_no_rights_over_this_ones_tasks`.
- R4 "staff of an applicant organisation count as members everywhere" (events part):
  `test_staff_of_an_applicant_cannot_claim_tasks`.
- R8 "a private calendar feed keeps working after its account is deactivated":
  `test_a_private_feed_stops_when_its_account_is_deactivated`.
"""

from django.urls import reverse

from netzwerkstatt.accounts.models import User
from netzwerkstatt.events.models import EventTask, TaskClaim

# The permission matrix's world: built once per module, each test rolls back.
from tests.permission_matrix.conftest import matrix_world, mw  # noqa: F401


def _login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_co_organising_another_event_gives_no_rights_over_this_ones_tasks(mw, client):
    # The colleague organisation co-organises "Stadtteilfest", not "Ideencafé".
    client = _login(client, mw.user("colleague"))
    response = client.post(
        reverse("events:task_add", args=[mw.event.pk]), {"description": "Kuchen", "needed": "2"}
    )
    assert response.status_code == 403
    response = client.post(reverse("events:claim_release", args=[mw.claim.pk]))
    assert response.status_code == 403
    assert not EventTask.objects.filter(description="Kuchen").exists()
    assert TaskClaim.objects.filter(pk=mw.claim.pk).exists()
    # ...while the partner, who co-organises this event, manages its tasks.
    partner = _login(client, mw.partner_editor)
    response = partner.post(
        reverse("events:task_add", args=[mw.event.pk]), {"description": "Kuchen", "needed": "2"}
    )
    assert EventTask.objects.filter(event=mw.event, description="Kuchen").exists()


def test_staff_of_an_applicant_cannot_claim_tasks(mw, client):
    client = _login(client, mw.user("applicant"))
    response = client.post(
        reverse("events:task_claim", args=[mw.task.pk]),
        {"organisation": str(mw.org_applicant.pk), "quantity": "1"},
    )
    assert response.status_code == 403
    assert list(TaskClaim.objects.filter(task=mw.task)) == [mw.claim]


def test_a_private_feed_stops_when_its_account_is_deactivated(mw, client):
    url = reverse("events:private_feed", args=[mw.calendar_token.token])
    assert client.get(url).status_code == 200
    User.objects.filter(pk=mw.user("owner").pk).update(is_active=False)
    assert client.get(url).status_code == 404
