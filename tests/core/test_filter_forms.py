"""Filter forms fold their fields into groups, and the cached panel's key covers every one."""

from django import forms
from django.http import QueryDict

from netzwerkstatt.core.forms import FilterForm

CHOICES = [("a", "A"), ("b", "B"), ("c", "C")]


class _Filters(FilterForm):
    groups = ("topic", ("More filters", ["place", "day"]))

    topic = forms.MultipleChoiceField(label="Topic", choices=CHOICES, required=False)
    place = forms.ChoiceField(label="Place", choices=[("", "any"), *CHOICES], required=False)
    day = forms.MultipleChoiceField(label="Day", choices=CHOICES, required=False)
    search = forms.CharField(label="Search", required=False)


def test_a_lone_field_is_a_group_under_its_label_and_a_pair_names_several():
    groups = _Filters(QueryDict("topic=a&topic=b&day=c&search=x")).filter_groups()
    assert [(g.key, g.label, [f.name for f in g.fields], g.active) for g in groups] == [
        ("topic", "Topic", ["topic"], 2),
        ("place", "More filters", ["place", "day"], 1),
    ]


def test_the_panel_key_follows_every_grouped_field_and_no_other():
    key = _Filters(QueryDict("day=a")).panel_key()
    assert _Filters(QueryDict("day=a")).panel_key() == key
    assert _Filters(QueryDict("day=b")).panel_key() != key
    assert _Filters(QueryDict("day=a&topic=a")).panel_key() != key
    assert _Filters(QueryDict("day=a&search=x")).panel_key() == key
