"""Demo rows of the networks app beyond the seed data: one open join request."""

from netzwerkstatt.networks.models import (
    JoinRequest,
    JoinRequestEvent,
    JoinRequestEventKind,
    JoinRequestStatus,
    Network,
)

# A fictional applicant; the name, person and address are made up.
DEMO_JOIN_REQUEST = {
    "organisation_name": "Gemeinschaftsgarten Schönefelder Beete e.V.",
    "website": "https://beete.example.org",
    "contact_name": "Jonas Beispielmann",
    "email": "jonas.beispielmann@beete.example.org",
    "message": (
        "Wir sind ein Verein von Nachbar:innen und betreiben seit 2021 einen Gemeinschaftsgarten "
        "an der Löbauer Straße. Mittwochs gärtnern wir mit Kindern aus dem Hort, samstags ist "
        "der Garten für alle offen.\n\nWir möchten im Netzwerk mitmachen, weil wir Flächen und "
        "Zeit für gemeinsame Aktionen haben, etwa für den PARK(ing) Day, und weil wir Familien "
        "mit Migrationsgeschichte besser erreichen möchten."
    ),
}


def load_demo_join_requests(network: Network) -> int:
    """Bring the demo's open join request back to its first state; returns rows created."""
    from django.utils import timezone

    join_request, created = JoinRequest.objects.update_or_create(
        network=network,
        email=DEMO_JOIN_REQUEST["email"],
        defaults={
            **{key: value for key, value in DEMO_JOIN_REQUEST.items() if key != "email"},
            "status": JoinRequestStatus.OPEN,
            "organisation": None,
            "contact_user": None,
            "decided_at": None,
            "decided_by": None,
            "consent_at": timezone.now(),
        },
    )
    join_request.events.all().delete()
    JoinRequestEvent.objects.create(join_request=join_request, kind=JoinRequestEventKind.SUBMITTED)
    return int(created)


def reset_demo_consents(networks: list[Network], organisations: list) -> int:
    """Withdraw the open network invitations and staff requests a visitor left in the demo,
    so that each demo starts without questions waiting; answered ones stay as history.
    Returns how many were withdrawn."""
    from django.utils import timezone

    from netzwerkstatt.networks.models import ConsentStatus, NetworkInvitation, StaffRequest

    now = timezone.now()
    withdrawn = NetworkInvitation.objects.filter(
        network__in=networks, status=ConsentStatus.OPEN
    ).update(status=ConsentStatus.WITHDRAWN, decided_at=now)
    withdrawn += StaffRequest.objects.filter(
        organisation__in=organisations, status=ConsentStatus.OPEN
    ).update(status=ConsentStatus.WITHDRAWN, decided_at=now)
    return withdrawn
