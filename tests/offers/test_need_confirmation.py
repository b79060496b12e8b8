"""Naming another organisation as the one that raised a need waits for its confirmation.

Regression test for issue 12 ("anyone may name another organisation as the one that raised a
need"), the confirm and decline routes for every relationship, and bad input.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.offers import selectors, services
from netzwerkstatt.offers.models import Need
from netzwerkstatt.offers.permissions import can_edit_need
from tests.factories import (
    MembershipFactory,
    NeedFactory,
    OrganisationFactory,
    StaffFactory,
    TargetGroupFactory,
)
from tests.name_consent import RELATIONS, assert_refused, build_relations

pytestmark = pytest.mark.django_db


@pytest.fixture
def rel(world):
    return build_relations(world)


def _need_data(raised_by, **extra) -> dict:
    group = TargetGroupFactory(slug="kinder-bedarf", name="Kinder")
    return {
        "title": "Hausaufgabenhilfe fehlt",
        "description": "Nach der Schule gibt es keine Hilfe.",
        "scope": "target_group",
        "target_groups": [group.pk],
        "raised_by": raised_by.pk if raised_by else "",
        "priority": "medium",
        "status": "open",
        **extra,
    }


def _pending_need(world, named_by) -> Need:
    return NeedFactory(
        network=world.network,
        title="Hausaufgabenhilfe fehlt",
        raised_by=world.member_org,
        raised_by_confirmed_at=None,
        raised_by_named_by=named_by,
        created_by=named_by,
    )


def test_naming_another_organisation_as_raising_a_need_waits_for_it(
    world, rel, as_user, mailoutbox, django_capture_on_commit_callbacks
):
    colleague = rel["colleague"]
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(colleague).post(
            reverse("offers:need_create", args=[world.network.slug]),
            _need_data(world.member_org),
        )
    assert response.status_code == 302
    need = Need.objects.get(title="Hausaufgabenhilfe fehlt")
    assert need.raised_by == world.member_org and need.raised_by_pending
    assert need.raised_by_named_by == colleague
    assert [mail.to for mail in mailoutbox] == [[world.member.email]]
    # The network does not see the name; whoever entered it, the named staff and coordinators
    # see it marked as unconfirmed.
    list_url = reverse("offers:need_list", args=[world.network.slug])
    for who, sees in (("colleague", True), ("named", True), ("coordinator", True)):
        text = as_user(rel[who]).get(list_url).content.decode()
        assert ("noch nicht bestätigt" in text) is sees, who
    detail = as_user(colleague).get(need.get_absolute_url()).content.decode()
    assert "Internationale Frauen e.V." in detail and "noch nicht bestätigt" in detail


def test_other_members_do_not_see_an_unconfirmed_raised_by(world, rel, as_user):
    need = _pending_need(world, rel["colleague"])
    third = OrganisationFactory(slug="dritte", name="Dritte Organisation")
    MembershipFactory(network=world.network, organisation=third)
    bystander = StaffFactory(organisation=third).user
    for url in (need.get_absolute_url(), reverse("offers:need_list", args=[world.network.slug])):
        text = as_user(bystander).get(url).content.decode()
        assert "Internationale Frauen e.V." not in text, url
    services.confirm_raised_by(need, by=world.member)
    text = as_user(bystander).get(need.get_absolute_url()).content.decode()
    assert "Internationale Frauen e.V." in text and "noch nicht bestätigt" not in text


def test_naming_ones_own_organisation_is_confirmed_at_once(world, as_user):
    as_user(world.member).post(
        reverse("offers:need_create", args=[world.network.slug]), _need_data(world.member_org)
    )
    need = Need.objects.get(title="Hausaufgabenhilfe fehlt")
    assert need.raised_by_confirmed and need.raised_by_confirmed_by == world.member


def test_need_form_preselects_the_users_own_member_organisation(world, rel, as_user):
    response = as_user(world.coordinator).get(
        reverse("offers:need_create", args=[world.network.slug])
    )
    field = response.context["form"]["raised_by"]
    assert field.value() == world.coordinator_org.pk
    choices = {choice.value for choice, _label in list(field.field.choices)[1:]}
    # Applicants and former members are not offered.
    assert world.member_org.pk in choices
    assert (
        not {
            rel["applicant"].staff_positions.get().organisation_id,
            rel["former"].staff_positions.get().organisation_id,
        }
        & choices
    )


def test_an_applicant_cannot_be_named_through_a_crafted_post(world, rel, as_user):
    applicant_org = rel["applicant"].staff_positions.get().organisation
    response = as_user(world.coordinator).post(
        reverse("offers:need_create", args=[world.network.slug]), _need_data(applicant_org)
    )
    assert response.status_code == 200
    assert not Need.objects.filter(title="Hausaufgabenhilfe fehlt").exists()


def test_changing_raised_by_asks_the_new_organisation(world, rel):
    need = NeedFactory(network=world.network, raised_by=world.member_org)
    colleague_org = rel["colleague"].staff_positions.get().organisation
    services.update_need(need, data={"raised_by": colleague_org}, by=world.coordinator)
    need.refresh_from_db()
    assert need.raised_by == colleague_org and need.raised_by_pending
    # An edit that keeps the organisation keeps its confirmation.
    services.confirm_raised_by(need, by=rel["colleague"])
    services.update_need(need, data={"title": "Neu"}, by=world.coordinator)
    need.refresh_from_db()
    assert need.raised_by_confirmed


def test_staff_of_an_unconfirmed_raised_by_do_not_edit_the_need(world, rel, as_user):
    need = _pending_need(world, rel["colleague"])
    response = as_user(world.member).get(reverse("offers:need_edit", args=[need.pk]))
    assert response.status_code == 403
    services.confirm_raised_by(need, by=world.member)
    response = as_user(world.member).get(reverse("offers:need_edit", args=[need.pk]))
    assert response.status_code == 200


def test_a_foreign_coordinator_does_not_edit_a_need_of_a_shared_organisation(world, rel, as_user):
    """Frauen e.V. is in both networks; Nordost's coordinator has no say over SIS's needs."""
    need = NeedFactory(network=world.network, raised_by=world.member_org)
    response = as_user(rel["foreign_coordinator"]).post(
        reverse("offers:need_edit", args=[need.pk]), _need_data(world.member_org, title="X")
    )
    assert response.status_code == 403
    need.refresh_from_db()
    assert need.title != "X"


@pytest.mark.parametrize("who", RELATIONS)
@pytest.mark.parametrize("route", ["need_raised_by_confirm", "need_raised_by_decline"])
def test_only_the_named_organisations_staff_answer(world, rel, as_user, who, route):
    need = _pending_need(world, rel["colleague"])
    user = rel[who]
    response = as_user(user).post(reverse(f"offers:{route}", args=[need.pk]))
    need.refresh_from_db()
    if who == "named":
        assert response.status_code == 302
        if route == "need_raised_by_confirm":
            assert need.raised_by_confirmed and need.raised_by_confirmed_by == user
        else:
            assert need.raised_by is None
    else:
        assert_refused(response, user)
        assert need.raised_by == world.member_org and need.raised_by_pending


def test_declining_removes_the_name_and_tells_who_named_it(
    world, rel, as_user, mailoutbox, django_capture_on_commit_callbacks
):
    need = _pending_need(world, rel["colleague"])
    with django_capture_on_commit_callbacks(execute=True):
        as_user(world.member).post(reverse("offers:need_raised_by_decline", args=[need.pk]))
    need.refresh_from_db()
    assert need.raised_by is None and need.title == "Hausaufgabenhilfe fehlt"
    assert [mail.to for mail in mailoutbox] == [[rel["colleague"].email]]
    assert "abgelehnt" in mailoutbox[0].body


def _messages(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


def test_confirming_twice_and_declining_after_confirming_change_nothing(world, rel, as_user):
    need = _pending_need(world, rel["colleague"])
    client = as_user(world.member)
    client.post(reverse("offers:need_raised_by_confirm", args=[need.pk]))
    need.refresh_from_db()
    first = need.raised_by_confirmed_at
    again = client.post(reverse("offers:need_raised_by_confirm", args=[need.pk]), follow=True)
    assert "bereits bestätigt" in _messages(again)
    declined = client.post(reverse("offers:need_raised_by_decline", args=[need.pk]), follow=True)
    assert "kann nicht mehr abgelehnt werden" in _messages(declined)
    need.refresh_from_db()
    assert need.raised_by == world.member_org and need.raised_by_confirmed_at == first


def test_declining_twice_and_foreign_ids_change_nothing(world, rel, as_user):
    need = _pending_need(world, rel["colleague"])
    client = as_user(world.member)
    client.post(reverse("offers:need_raised_by_decline", args=[need.pk]))
    again = client.post(reverse("offers:need_raised_by_decline", args=[need.pk]))
    assert again.status_code in (403, 404)
    assert client.post(reverse("offers:need_raised_by_confirm", args=[999999])).status_code == 404


def test_pending_needs_for_the_dashboard_take_one_query(world, rel, django_assert_num_queries):
    for number in range(3):
        NeedFactory(
            network=world.network,
            raised_by=world.member_org,
            raised_by_confirmed_at=None,
            raised_by_named_by=rel["colleague"],
            title=f"Bedarf {number}",
        )
    with django_assert_num_queries(1):
        needs = selectors.pending_raised_by_confirmations(world.member)
        shown = [(n.title, n.raised_by.name, n.network.name, n.raised_by_named_by) for n in needs]
    assert len(shown) == 3


@pytest.mark.parametrize("needs", [1, 6])
def test_need_list_query_count_is_pinned(world, rel, as_user, django_assert_num_queries, needs):
    """The same number of queries for one need as for several; a page with a need that waits
    asks once more who may see it (a page without one, see tests/test_query_counts.py)."""
    for number in range(needs):
        NeedFactory(
            network=world.network,
            raised_by=world.member_org,
            raised_by_confirmed_at=timezone.now() if number % 2 else None,
            raised_by_named_by=rel["colleague"],
            title=f"Bedarf {number}",
        )
    client = as_user(world.coordinator)
    url = reverse("offers:need_list", args=[world.network.slug])
    with django_assert_num_queries(NEED_LIST_QUERIES):
        response = client.get(url)
    assert response.content.decode().count('class="card"') == needs


# As tests/test_query_counts.py pins for the need list, plus the coordinator check and the
# user's own organisations, asked once because a need on the page waits for confirmation.
NEED_LIST_QUERIES = 10


@pytest.mark.parametrize("who", ["applicant", "former", "outsider", "foreign_coordinator"])
def test_only_member_staff_record_needs_in_the_network(world, rel, as_user, who):
    user = rel[who]
    own = user.staff_positions.first().organisation
    response = as_user(user).post(
        reverse("offers:need_create", args=[world.network.slug]), _need_data(own)
    )
    assert response.status_code == 403
    assert not Need.objects.filter(title="Hausaufgabenhilfe fehlt").exists()


def test_a_foreign_coordinator_does_not_edit_a_need_of_a_shared_placeholder(world, as_user):
    """Draußen e.V. coordinates the other network and is a plain member here; a placeholder in
    both networks raised a need here. Keeping the placeholder in the other network gives no say
    over this network's needs."""
    MembershipFactory(network=world.network, organisation=world.outside_org)
    placeholder = OrganisationFactory(slug="platzhalter", name="Platzhalter e.V.")
    MembershipFactory(network=world.network, organisation=placeholder)
    MembershipFactory(network=world.other_network, organisation=placeholder)
    need = NeedFactory(network=world.network, raised_by=placeholder)
    assert not can_edit_need(world.outsider, need)
    response = as_user(world.outsider).post(
        reverse("offers:need_edit", args=[need.pk]), _need_data(placeholder, title="X")
    )
    assert response.status_code == 403
    need.refresh_from_db()
    assert need.title != "X"
