"""Public network pages and the member directory."""

import pytest
from django.urls import reverse

from netzwerkstatt.networks.models import MembershipStatus
from tests.factories import (
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    ProjectFactory,
    SocialLinkFactory,
    StaffFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


def test_home_shows_the_only_network_with_goals_and_members(client, world):
    world.other_network.delete()
    response = client.get(reverse("networks:home"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "SIS – Synergien in Schönefeld" in content
    assert "Zusammenkommen" in content  # a goal
    assert "Vernetzung" in content  # an activity
    assert "Internationale Frauen e.V." in content
    assert "Draußen e.V." not in content  # member of another network only
    assert reverse("offers:list") in content


def test_home_lists_networks_when_there_are_several(client, world):
    response = client.get(reverse("networks:home"))
    content = response.content.decode()
    assert "SIS – Synergien in Schönefeld" in content
    assert "Anderes Netzwerk" in content


def test_home_uses_the_configured_default_network(client, world, settings):
    settings.DEFAULT_NETWORK_SLUG = "sis"
    response = client.get(reverse("networks:home"))
    assert "Internationale Frauen e.V." in response.content.decode()


def test_home_without_any_network_explains_what_to_do(client, db):
    response = client.get(reverse("networks:home"))
    assert response.status_code == 200
    assert "Verwaltungsbereich" in response.content.decode()


def test_unknown_network_is_a_german_404(client, db):
    response = client.get(reverse("networks:detail", args=["gibt-es-nicht"]))
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_network_page_marks_the_coordinating_organisation(client, world):
    response = client.get(world.network.get_absolute_url())
    assert "Koordination" in response.content.decode()


def test_directory_lists_current_members_only(client, world):
    applicant = OrganisationFactory(name="Bewerber e.V.")
    MembershipFactory(
        network=world.network, organisation=applicant, status=MembershipStatus.APPLICANT
    )
    response = client.get(reverse("networks:organisation_list"))
    content = response.content.decode()
    assert "Internationale Frauen e.V." in content
    assert "Wir im Quartier" in content
    assert "Bewerber e.V." not in content


def test_directory_filters_by_network_and_target_group(client, world):
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    world.member_org.target_groups.add(kinder)
    response = client.get(
        reverse("networks:organisation_list"), {"netzwerk": "sis", "zielgruppe": "kinder"}
    )
    content = response.content.decode()
    assert "Internationale Frauen e.V." in content
    assert "Wir im Quartier" not in content
    assert "Draußen e.V." not in content


def test_directory_ignores_unknown_filter_values(client, world):
    response = client.get(
        reverse("networks:organisation_list"), {"netzwerk": "<script>", "zielgruppe": "x"}
    )
    assert response.status_code == 200
    assert "Internationale Frauen e.V." in response.content.decode()


def test_profile_shows_projects_links_and_offers_but_no_email(client, world):
    ProjectFactory(organisation=world.member_org, name="Stadtteilprojekt Gorkistraße 120")
    SocialLinkFactory(organisation=world.member_org, url="https://www.instagram.com/frauen/")
    OfferFactory(organisation=world.member_org, title="Sprachcafé für Frauen")
    staff_email = world.member.email
    response = client.get(world.member_org.get_absolute_url())
    content = response.content.decode()
    assert "Stadtteilprojekt Gorkistraße 120" in content
    assert "https://www.instagram.com/frauen/" in content
    assert "Sprachcafé für Frauen" in content
    assert staff_email not in content
    assert "@" not in content.split("<main", 1)[1]


def test_profile_offers_edit_link_only_to_editors(as_user, world):
    url = world.member_org.get_absolute_url()
    edit_url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    assert edit_url not in as_user(None).get(url).content.decode()
    assert edit_url not in as_user(world.outsider).get(url).content.decode()
    assert edit_url in as_user(world.member).get(url).content.decode()
    # The member organisation has staff of its own, so its coordinator gets no edit link.
    assert edit_url not in as_user(world.coordinator).get(url).content.decode()


def test_staff_of_an_applicant_sees_their_profile_but_the_public_does_not_see_offers(client, db):
    organisation = OrganisationFactory()
    StaffFactory(organisation=organisation)
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
