"""The world of the permission matrix: two networks that share member organisations.

Network A ("netz-a") is coordinated by Stadtteilbüro A. Its members are the owning
organisation (which also belongs to network B), a colleague organisation, a placeholder
without staff and an event partner; it has an applicant, and a former member that left but
kept the coordinator role on its former membership. Network B ("netz-b") is coordinated by
its own organisation and shares the owning organisation with A. The outsider's organisation
belongs to no network. The city-wide coordinator (a city's social planning office) belongs to
no organisation; network B shares its data with the city-wide coordination, network A does not.

Every object a write route needs belongs to the owning organisation or to network A. Times
are relative to now, so nothing depends on the day the tests run.
"""

import datetime
import uuid
from dataclasses import dataclass, field

from django.utils import timezone

from netzwerkstatt.accounts.models import Invitation
from netzwerkstatt.accounts.services import hash_token
from netzwerkstatt.api.services import create_api_token
from netzwerkstatt.circulars.models import Circular
from netzwerkstatt.events.models import CalendarToken, EventReport
from netzwerkstatt.meetings.models import MeetingSeries
from netzwerkstatt.meetings.services import record_decision
from netzwerkstatt.networks.models import (
    JoinRequestStatus,
    MembershipRole,
    MembershipStatus,
    NetworkInvitation,
    StaffRequest,
)
from netzwerkstatt.news.models import CommentStatus
from netzwerkstatt.synergy.models import CitywideCoordinator, ParallelOfferFinding, SynergySettings
from tests.events.factories import (
    ClaimFactory,
    CoOrganiserFactory,
    EventFactory,
    RegistrationFactory,
    TaskFactory,
    in_days,
)
from tests.factories import (
    HelpOfferFactory,
    MembershipFactory,
    NeedFactory,
    NetworkFactory,
    OfferFactory,
    OrganisationFactory,
    StaffFactory,
    UserFactory,
)
from tests.meetings.factories import ActionItemFactory, AgendaItemFactory, MeetingFactory
from tests.networks.factories import JoinRequestFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory

INVITATION_TOKEN = "einladung-fuer-neu"
STAFF_REQUEST_TOKEN = "mitarbeit-fuer-draussen"

#: The relationships every write route has a row for, in the order of the issue.
ACTORS = (
    "anonymous",
    "outsider",
    "colleague",
    "applicant",
    "former",
    "owner",
    "coordinator",
    "other_coordinator",
    "admin",
    "citywide",
)


@dataclass
class World:
    net_a: object
    net_b: object
    org_coord_a: object
    org_owner: object
    org_colleague: object
    org_placeholder: object
    org_left_placeholder: object
    org_partner: object
    org_applicant: object
    org_former: object
    org_coord_b: object
    org_outsider: object
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def user(self, actor: str):
        return self.users[actor]

    def __getattr__(self, name):
        objects = self.__dict__.get("objects", {})
        if name in objects:
            return objects[name]
        raise AttributeError(name)


def _staff(organisation, actor: str, **user_fields):
    return StaffFactory(
        organisation=organisation,
        user=UserFactory(email=f"{actor.replace('_', '-')}@example.org", **user_fields),
    ).user


def _without_password(user):
    user.set_unusable_password()
    user.save()
    return user


def build_world() -> World:
    net_a = NetworkFactory(slug="netz-a", name="Netzwerk A")
    net_b = NetworkFactory(slug="netz-b", name="Netzwerk B")
    org = {
        key: OrganisationFactory(slug=slug, name=name)
        for key, slug, name in [
            ("coord_a", "buero-a", "Stadtteilbüro A"),
            ("owner", "eigentuemer", "Eigentümer e.V."),
            ("colleague", "kollegium", "Kollegium e.V."),
            ("placeholder", "platzhalter", "Platzhalter e.V."),
            ("left_placeholder", "ausgetreten", "Ausgetreten e.V."),
            ("partner", "partner", "Partner e.V."),
            ("applicant", "bewerber", "Bewerber e.V."),
            ("former", "ehemalig", "Ehemalig e.V."),
            ("coord_b", "buero-b", "Stadtteilbüro B"),
            ("outsider", "draussen", "Draußen e.V."),
        ]
    }
    member, coordinator = MembershipRole.MEMBER, MembershipRole.COORDINATOR
    for network, key, status, role in [
        (net_a, "coord_a", MembershipStatus.MEMBER, coordinator),
        (net_a, "owner", MembershipStatus.MEMBER, member),
        (net_a, "colleague", MembershipStatus.MEMBER, member),
        (net_a, "placeholder", MembershipStatus.MEMBER, member),
        (net_a, "left_placeholder", MembershipStatus.FORMER, member),
        (net_a, "partner", MembershipStatus.MEMBER, member),
        (net_a, "applicant", MembershipStatus.APPLICANT, member),
        # Left network A but kept the coordinator role on the former membership.
        (net_a, "former", MembershipStatus.FORMER, coordinator),
        (net_b, "coord_b", MembershipStatus.MEMBER, coordinator),
        (net_b, "owner", MembershipStatus.MEMBER, member),
        (net_b, "colleague", MembershipStatus.MEMBER, member),
    ]:
        MembershipFactory(network=network, organisation=org[key], status=status, role=role)

    users = {
        "anonymous": None,
        "outsider": _staff(org["outsider"], "outsider"),
        "colleague": _staff(org["colleague"], "colleague"),
        "applicant": _staff(org["applicant"], "applicant"),
        "former": _staff(org["former"], "former"),
        "owner": _staff(org["owner"], "owner"),
        "coordinator": _staff(org["coord_a"], "coordinator"),
        "other_coordinator": _staff(org["coord_b"], "other_coordinator"),
        "admin": UserFactory(email="admin@example.org", is_superuser=True, is_staff=True),
        "citywide": UserFactory(email="sozialplanung@example.org"),
    }
    CitywideCoordinator.objects.create(user=users["citywide"], granted_by=users["admin"])
    partner_editor = _staff(org["partner"], "partner")
    # A second person at the owning organisation who has not chosen a password yet.
    invited_colleague = _without_password(UserFactory(email="neu@example.org"))
    invited_staff = StaffFactory(organisation=org["owner"], user=invited_colleague)
    Invitation.objects.create(
        user=invited_colleague,
        token_hash=hash_token(INVITATION_TOKEN),
        organisation=org["owner"],
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    # Someone whose invitation ran out unused; they may ask for a new one.
    Invitation.objects.create(
        user=_without_password(UserFactory(email="abgelaufen@example.org")),
        token_hash=hash_token("abgelaufen"),
        organisation=org["placeholder"],
        expires_at=timezone.now() - datetime.timedelta(days=1),
    )

    # The owning organisation asked the outsider to join its staff (answered by link or from
    # the outsider's own area), and a third network invited the owning organisation.
    staff_request = StaffRequest.objects.create(
        organisation=org["owner"],
        user=users["outsider"],
        name="Draußen",
        token_hash=hash_token(STAFF_REQUEST_TOKEN),
        created_by=users["owner"],
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    net_c = NetworkFactory(slug="netz-c", name="Netzwerk C")
    network_invitation = NetworkInvitation.objects.create(
        network=net_c, organisation=org["owner"], created_by=users["admin"]
    )

    objects = {
        "staff_request": staff_request,
        "staff_request_token": STAFF_REQUEST_TOKEN,
        "net_c": net_c,
        "network_invitation": network_invitation,
        "partner_editor": partner_editor,
        "invited_staff": invited_staff,
        "invitation_token": INVITATION_TOKEN,
    }
    objects["offer"] = OfferFactory(organisation=org["owner"], title="Sprachcafé")
    objects["colleague_offer"] = OfferFactory(organisation=org["colleague"], title="Lerncafé")
    objects["need"] = NeedFactory(
        network=net_a, raised_by=org["owner"], created_by=users["owner"], title="Fahrräder"
    )
    # Recorded by the coordinator in the owning organisation's name, not yet confirmed.
    objects["unconfirmed_need"] = NeedFactory(
        network=net_a,
        raised_by=org["owner"],
        raised_by_confirmed_at=None,
        created_by=users["coordinator"],
        title="Werkzeug",
    )
    # Shown publicly ("Wir suchen"), with a visitor's offer of help waiting for an answer.
    objects["public_need"] = NeedFactory(
        network=net_a,
        title="Räume",
        is_public=True,
        public_description="Wir suchen Räume für eine Hausaufgabenhilfe.",
        published_at=timezone.now(),
    )
    objects["help_offer"] = HelpOfferFactory(
        need=objects["public_need"], name="Hanna Hilfreich", email="hanna@example.org"
    )
    objects["target_group"] = objects["offer"].target_groups.first()
    objects["need"].target_groups.set([objects["target_group"]])
    objects["finding"] = ParallelOfferFinding.objects.create(
        network=net_a,
        offer_a=min(objects["offer"], objects["colleague_offer"], key=lambda o: o.pk),
        offer_b=max(objects["offer"], objects["colleague_offer"], key=lambda o: o.pk),
        score=0.9,
        reasons=["Gleiche Zielgruppe"],
    )
    objects["colleague_membership"] = org["colleague"].memberships.get(network=net_a)
    # The same pair seen city-wide: both organisations are members of network B, which shares.
    SynergySettings.objects.create(network=net_b, shared_citywide=True)
    objects["citywide_finding"] = ParallelOfferFinding.objects.create(
        network=None,
        offer_a=objects["finding"].offer_a,
        offer_b=objects["finding"].offer_b,
        score=0.9,
        reasons=["Gleiche Zielgruppe"],
    )

    # News of network A and an update of the owning organisation.
    objects["post"] = PostFactory(network=net_a, title="Sommerfest", slug="sommerfest")
    objects["comment"] = CommentFactory(
        post=objects["post"], status=CommentStatus.PENDING, author_email="gast@example.com"
    )
    objects["update"] = UpdateFactory(organisation=org["owner"], title="Neue Kurse")
    # Written by the coordinator in the owning organisation's name, awaiting its answer.
    objects["unconfirmed_update"] = UpdateFactory(
        organisation=org["owner"], title="Entwurf", confirmed_at=None
    )

    # Join requests of network A: one open, one accepted (its invitation can be resent).
    objects["join_request"] = JoinRequestFactory(network=net_a, organisation_name="Neuer Träger")
    objects["accepted_join_request"] = JoinRequestFactory(
        network=net_a,
        organisation_name="Angenommen gGmbH",
        status=JoinRequestStatus.ACCEPTED,
        organisation=org["placeholder"],
        contact_user=_without_password(UserFactory(email="kontakt@angenommen.example")),
    )

    # Meetings of network A: one ahead, one behind us, and a series.
    # At 16:00 local time, so that the two hours end on the same day whenever the tests run
    # (the edit form refuses an end before the start).
    now = timezone.localtime().replace(hour=16, minute=0, second=0, microsecond=0)
    objects["meeting"] = MeetingFactory(
        network=net_a, title="Netzwerktreffen", starts_at=now + datetime.timedelta(days=10)
    )
    objects["agenda_item"] = AgendaItemFactory(meeting=objects["meeting"], title="Begrüßung")
    objects["past_meeting"] = MeetingFactory(
        network=net_a, title="Letztes Treffen", starts_at=now - datetime.timedelta(days=10)
    )
    objects["past_agenda_item"] = AgendaItemFactory(
        meeting=objects["past_meeting"], title="Rückblick"
    )
    objects["action_item"] = ActionItemFactory(
        meeting=objects["past_meeting"],
        title="Flyer drucken",
        owner_organisation=org["owner"],
        due_date=(now + datetime.timedelta(days=20)).date(),
    )
    objects["decision"] = record_decision(
        objects["past_meeting"],
        data={"text": "Wir machen beim Stadtteilfest mit.", "tags": ["Feste"]},
        by=users["coordinator"],
    )
    objects["series"] = MeetingSeries.objects.create(
        network=net_a,
        title="Monatstreffen",
        rrule="FREQ=MONTHLY;BYDAY=2TU",
        start_date=(now + datetime.timedelta(days=3)).date(),
        start_time=datetime.time(16, 0),
        duration_minutes=120,
        places="Stadtteilbüro",
        created_by=users["coordinator"],
    )

    # Events of network A organised by the owning organisation, with the partner as
    # co-organiser; the colleague organisation co-organises a *different* event.
    objects["event"] = EventFactory(network=net_a, organiser=org["owner"], title="Ideencafé")
    CoOrganiserFactory(event=objects["event"], organisation=org["partner"])
    objects["colleague_co_event"] = EventFactory(
        network=net_a, organiser=org["coord_a"], title="Stadtteilfest"
    )
    CoOrganiserFactory(event=objects["colleague_co_event"], organisation=org["colleague"])
    objects["confirm_event"] = EventFactory(
        network=net_a, organiser=org["owner"], title="Nachbarschaftsgarten"
    )
    objects["confirm_co"] = CoOrganiserFactory(
        event=objects["confirm_event"], organisation=org["colleague"]
    )
    # Named by the coordinator as organiser; waits for the owning organisation's answer.
    objects["unconfirmed_event"] = EventFactory(
        network=net_a,
        organiser=org["owner"],
        title="Laternenumzug",
        organiser_confirmed_at=None,
        created_by=users["coordinator"],
    )
    objects["task"] = TaskFactory(event=objects["event"], description="Tische", needed=5)
    objects["claim"] = ClaimFactory(
        task=objects["task"], organisation=org["owner"], quantity=1, user=users["owner"]
    )
    objects["registration"] = RegistrationFactory(
        event=objects["event"], user=users["owner"], name="Owner", email="owner@example.org"
    )
    objects["visitor_registration"] = RegistrationFactory(event=objects["event"])
    objects["past_event"] = EventFactory(
        network=net_a,
        organiser=org["owner"],
        title="Frühjahrsputz",
        dates=[(in_days(-5), in_days(-5, 18))],
    )
    objects["report"] = EventReport.objects.create(
        event=objects["past_event"],
        what_worked="Es kamen viele.",
        follow_ups="Mehr Handschuhe besorgen",
        written_by=users["owner"],
    )
    # A circular of network A, for its archive and delivery pages.
    objects["circular"] = Circular.objects.create(
        network=net_a,
        subject="Rundschreiben Mai",
        body="Liebe Mitglieder",
        author=users["coordinator"],
        form_key=uuid.uuid4(),
    )
    objects["calendar_token"] = CalendarToken.objects.create(
        user=users["owner"], token="kalender-token-des-eigentuemers"
    )
    objects["api_token"] = create_api_token(users["owner"], name="Website", lifetime_days=30).token
    return World(
        net_a=net_a,
        net_b=net_b,
        org_coord_a=org["coord_a"],
        org_owner=org["owner"],
        org_colleague=org["colleague"],
        org_placeholder=org["placeholder"],
        org_left_placeholder=org["left_placeholder"],
        org_partner=org["partner"],
        org_applicant=org["applicant"],
        org_former=org["former"],
        org_coord_b=org["coord_b"],
        org_outsider=org["outsider"],
        users=users,
        objects=objects,
    )
