"""Writes to organisations and memberships. Views call these; nothing else changes the rows."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Project,
    SocialLink,
)
from netzwerkstatt.synergy.tasks import schedule_network_refresh

ORGANISATION_M2M_FIELDS = ("target_groups", "topics")


def _unique_slug(name: str) -> str:
    base = slugify(name.replace("ß", "ss"))[:70].strip("-") or "organisation"
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


@transaction.atomic
def update_organisation(
    organisation: Organisation,
    *,
    data: dict[str, Any],
    projects: list[dict[str, Any]] | None = None,
    links: list[dict[str, Any]] | None = None,
    by: User | None = None,
) -> Organisation:
    """Save an organisation's profile; `projects` and `links`, when given, replace the old ones."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    old_name = organisation.name
    related = {}
    for name, value in data.items():
        if name in ORGANISATION_M2M_FIELDS:
            related[name] = value
        else:
            setattr(organisation, name, value)
    organisation.full_clean(exclude=list(ORGANISATION_M2M_FIELDS))
    organisation.save()
    for name, value in related.items():
        getattr(organisation, name).set(value)
    if projects is not None:
        organisation.projects.all().delete()
        Project.objects.bulk_create(
            Project(organisation=organisation, position=position, **row)
            for position, row in enumerate(projects)
        )
    if links is not None:
        organisation.links.all().delete()
        SocialLink.objects.bulk_create(
            SocialLink(organisation=organisation, **row) for row in links
        )
    if organisation.name != old_name:
        # Offers are found by their organisation's name too.
        from netzwerkstatt.offers.services import reindex_organisation_offers

        reindex_organisation_offers(organisation)
    return organisation


@transaction.atomic
def add_membership(
    network: Network,
    *,
    organisation: Organisation | None = None,
    new_name: str = "",
    status: str = MembershipStatus.MEMBER,
    role: str = MembershipRole.MEMBER,
    by: User | None = None,
) -> Membership:
    """Add an existing organisation, or a new one created from its name, to the network."""
    if status not in MembershipStatus.values or role not in MembershipRole.values:
        raise ValidationError(_("Unknown status or role."))
    if organisation is None:
        new_name = new_name.strip()
        if not new_name:
            raise ValidationError(
                _("Choose an existing organisation or enter the name of a new one.")
            )
        if Organisation.objects.filter(name__iexact=new_name).exists():
            raise ValidationError(
                _("An organisation with this name exists already. Please choose it from the list.")
            )
        organisation = Organisation(name=new_name, slug=_unique_slug(new_name))
        organisation.full_clean()
        organisation.save()
    if Membership.objects.filter(network=network, organisation=organisation).exists():
        raise ValidationError(
            _("%(name)s is already listed in this network.") % {"name": organisation.name}
        )
    membership = Membership.objects.create(
        network=network,
        organisation=organisation,
        status=status,
        role=role,
        joined_on=timezone.localdate() if status == MembershipStatus.MEMBER else None,
        updated_by=by,
    )
    # A new member's offers may run parallel to those already in the network.
    schedule_network_refresh(network.pk)
    return membership


@transaction.atomic
def change_membership(
    membership: Membership, *, status: str, role: str, by: User | None = None
) -> Membership:
    """Change status or role. A network always keeps at least one active coordinator."""
    if status not in MembershipStatus.values or role not in MembershipRole.values:
        raise ValidationError(_("Unknown status or role."))
    # Lock the network's memberships: two coordinators may demote each other at once.
    memberships = list(
        Membership.objects.select_for_update().filter(network_id=membership.network_id)
    )
    membership = next(m for m in memberships if m.pk == membership.pk)
    stays_coordinator = role == MembershipRole.COORDINATOR and status == MembershipStatus.MEMBER
    other_coordinators = [m for m in memberships if m.is_coordinator and m.pk != membership.pk]
    if membership.is_coordinator and not stays_coordinator and not other_coordinators:
        raise ValidationError(
            _(
                "%(name)s is the network's only coordinating organisation. Make another "
                "organisation coordinator first."
            )
            % {"name": membership.organisation.name}
        )
    if status == MembershipStatus.MEMBER and membership.joined_on is None:
        membership.joined_on = timezone.localdate()
    membership.status = status
    membership.role = role
    membership.updated_by = by
    membership.save()
    schedule_network_refresh(membership.network_id)
    return membership
