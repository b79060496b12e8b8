"""The join request pages need the same number of queries for one request as for many."""

import pytest
from django.urls import reverse

from netzwerkstatt.networks.services import ask_join_request_question
from tests.networks.factories import JoinRequestFactory

pytestmark = pytest.mark.django_db

# Session, user, network, coordinator check; then the counts and the requests (list), or the
# request, its history, the organisations it may be about (similar names, names in the message,
# the chosen ones, their radio buttons).
LIST_QUERIES = 6
DETAIL_QUERIES = 10


@pytest.mark.parametrize("how_many", [1, 12])
def test_list_queries_do_not_grow_with_requests(
    as_user, world, django_assert_num_queries, how_many
):
    JoinRequestFactory.create_batch(how_many, network=world.network)
    client = as_user(world.coordinator)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(reverse("networks:join_request_list", args=[world.network.slug]))
    assert response.content.decode().count("<tr>") == how_many + 1


@pytest.mark.parametrize("questions", [1, 6])
def test_detail_queries_do_not_grow_with_history(
    as_user, world, django_assert_num_queries, questions
):
    join_request = JoinRequestFactory(network=world.network, organisation_name="Frauen")
    for number in range(questions):
        ask_join_request_question(join_request, message=f"Frage {number}", by=world.coordinator)
    client = as_user(world.coordinator)
    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(join_request.get_absolute_url())
    assert response.content.decode().count("Rückfrage gesendet") == questions
