"""The relationships that matter when an item names an organisation: built on the shared world.

The named organisation is the world's member organisation (Frauen e.V.). Beside its own staff
there are a colleague of another member organisation, the network's coordinator, a coordinator
of another network that Frauen e.V. also belongs to, staff of an applicant and of a former
member, an outsider, the admin and anonymous visitors.
"""

from netzwerkstatt.networks.models import MembershipRole, MembershipStatus
from tests.factories import (
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    StaffFactory,
    UserFactory,
)

RELATIONS = [
    "anonymous",
    "outsider",
    "colleague",
    "applicant",
    "former",
    "named",
    "coordinator",
    "foreign_coordinator",
    "admin",
]


def build_relations(world) -> dict:
    """`{relation: user}` (None for anonymous) around the world's member organisation."""
    colleague_org = OrganisationFactory(slug="cvjm-nachbar", name="CVJM Nachbar")
    MembershipFactory(network=world.network, organisation=colleague_org)
    applicant_org = OrganisationFactory(slug="bewerber", name="Bewerber e.V.")
    MembershipFactory(
        network=world.network, organisation=applicant_org, status=MembershipStatus.APPLICANT
    )
    former_org = OrganisationFactory(slug="ehemalig", name="Ehemalig e.V.")
    MembershipFactory(
        network=world.network, organisation=former_org, status=MembershipStatus.FORMER
    )
    # Another network that shares the named organisation, with a coordinator of its own.
    nordost = NetworkFactory(slug="nordost", name="Netzwerk Nordost")
    nordost_org = OrganisationFactory(slug="nordost-koordination", name="Nordost Koordination")
    MembershipFactory(network=nordost, organisation=nordost_org, role=MembershipRole.COORDINATOR)
    MembershipFactory(network=nordost, organisation=world.member_org)
    return {
        "anonymous": None,
        "outsider": world.outsider,
        "colleague": StaffFactory(organisation=colleague_org).user,
        "applicant": StaffFactory(organisation=applicant_org).user,
        "former": StaffFactory(organisation=former_org).user,
        "named": world.member,
        "coordinator": world.coordinator,
        "foreign_coordinator": StaffFactory(organisation=nordost_org).user,
        "admin": UserFactory(is_superuser=True),
    }


def assert_refused(response, user) -> None:
    """Anonymous visitors are sent to the login; everyone else gets 403 or 404."""
    if user is None:
        assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code
