"""Lists in the page's language (core.lists): the comma and the "and" are translated, names
are escaped and isolated."""

from django.utils import translation

from netzwerkstatt.core import lists


def test_lists_use_the_languages_comma_and_and():
    with translation.override("de"):
        assert lists.listed(["A", "B", "C"]) == "A, B und C"
        assert lists.listed(["A", "B", "C"], last_and=False) == "A, B, C"
        assert lists.listed(["A"]) == "A"
        assert lists.listed([]) == ""
    with translation.override("ar"):
        assert lists.listed(["A", "B", "C"]) == "A، B وC"


def test_names_are_escaped_and_isolated():
    with translation.override("de"):
        html = lists.names(["Café <Nord>", "مركز الأسرة"])
    assert html == "<bdi>Café &lt;Nord&gt;</bdi> und <bdi>مركز الأسرة</bdi>"
