"""E-mail about meetings and action items, sent in the background (django-tasks).

`netzwerkstatt meetings send_due` decides what is due and marks it sent; these tasks only
render and send, one message per person so nobody sees the others' addresses.
"""

from django.urls import reverse
from django_tasks import task

from netzwerkstatt.core.mail import send_templated_mail

NOTICE_KINDS = ("invitation", "reminder", "added", "moved", "cancelled", "agenda", "minutes")


@task()
def send_meeting_notice(meeting_id: int, kind: str) -> int:
    from netzwerkstatt.meetings.models import Meeting
    from netzwerkstatt.meetings.selectors import recipients_of

    if kind not in NOTICE_KINDS:
        raise ValueError(f"unknown notice {kind!r}")
    meeting = Meeting.objects.select_related("network").filter(pk=meeting_id).first()
    if meeting is None:
        return 0
    people = recipients_of(meeting.network)
    context = {
        "meeting": meeting,
        "path": meeting.get_absolute_url(),
        # A link rather than an attachment: core.mail sends text only, and the link always
        # gives the current state of the meeting.
        "ics_path": reverse("meetings:ics", args=[meeting.network.slug, meeting.pk]),
    }
    for person in people:
        send_templated_mail(
            template=f"meetings/mail/{kind}",
            context={**context, "person": person},
            to=[person.email],
        )
    return len(people)


@task()
def send_overdue_reminder(action_item_id: int) -> int:
    from netzwerkstatt.meetings.models import ActionItem
    from netzwerkstatt.networks.models import Staff

    item = (
        ActionItem.objects.select_related("meeting__network", "owner_user", "owner_organisation")
        .filter(pk=action_item_id, closed_at__isnull=True)
        .first()
    )
    if item is None:
        return 0
    if item.owner_user is not None:
        people = [item.owner_user]
    else:
        people = [
            staff.user
            for staff in Staff.objects.filter(organisation=item.owner_organisation).select_related(
                "user"
            )
        ]
    for person in people:
        send_templated_mail(
            template="meetings/mail/overdue",
            context={"item": item, "person": person, "path": reverse("meetings:my_tasks")},
            to=[person.email],
        )
    return len(people)


@task()
def extend_series_horizon() -> int:
    from netzwerkstatt.meetings.services import extend_all_series

    return extend_all_series()
