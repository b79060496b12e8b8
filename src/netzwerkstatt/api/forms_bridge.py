"""API payloads through the web forms: the same fields, checks and messages as on the pages.

Terms, districts and organisations arrive by slug and are looked up here; the forms then
validate exactly as they do for a person in the browser. Form errors become a 422 with the
form's errors per field.
"""

from datetime import date, time
from typing import Any

from django.forms.models import model_to_dict
from django.utils.datastructures import MultiValueDict

from netzwerkstatt.core.forms import model_form_data
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.offers.forms import NeedForm, OfferForm, WeeklySlotForm
from netzwerkstatt.offers.models import Need, Offer

# Not WeeklySlotForm.Meta.fields: the offer page's inline formset appends its "offer" key to
# that very list the first time it is built.
SLOT_FIELDS = ("weekday", "start_time", "end_time", "note")

SLUG_FIELDS = {
    "target_groups": TargetGroup,
    "topics": Topic,
    "languages": Language,
}


def _problem(code: str, message: str, details: Any) -> Exception:
    from netzwerkstatt.api.api import ApiProblem

    return ApiProblem(422, code, message, details)


def _pks_for_slugs(model: type, slugs: list[str], field: str) -> list[str]:
    found = dict(model.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise _problem("unknown_value", "Unknown value.", {field: unknown})
    return [str(found[slug]) for slug in slugs]


def _pk_for_slug(model: type, slug: str | None, field: str) -> str:
    if not slug:
        return ""
    return _pks_for_slugs(model, [slug], field)[0]


def _as_form_value(value: Any) -> list[str]:
    """A value as the browser would send it (a missing checkbox sends nothing)."""
    if value is None or value is False:
        return []
    if value is True:
        return ["on"]
    if isinstance(value, list):
        return [str(item) for item in value]
    if isinstance(value, time):
        return [value.strftime("%H:%M:%S")]
    if isinstance(value, date):
        return [value.isoformat()]
    return [str(value)]


def _instance_data(instance: Any, fields: list[str]) -> dict[str, Any]:
    """What the form shows for an existing row, as form data."""
    data = model_to_dict(instance, fields=fields)
    for name, value in data.items():
        if isinstance(value, list):
            data[name] = [item.pk if hasattr(item, "pk") else item for item in value]
    return data


def _form_errors(form: Any) -> Exception:
    return _problem("invalid_fields", "Some fields are not valid.", form.errors.get_json_data())


def offer_data(
    payload: dict[str, Any], *, instance: Offer | None
) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """Validated data and weekly times for offers.services; slots None = leave them."""
    slots_in = payload.pop("weekly_slots", None)
    fields = list(OfferForm.Meta.fields)
    data = _instance_data(instance, fields) if instance is not None else {}
    for name, value in payload.items():
        if name in SLUG_FIELDS:
            value = _pks_for_slugs(SLUG_FIELDS[name], value or [], name)
        elif name == "district":
            value = _pk_for_slug(District, value, name)
        data[name] = value
    form = OfferForm(
        MultiValueDict({name: _as_form_value(value) for name, value in data.items()}),
        instance=instance,
    )
    if not form.is_valid():
        raise _form_errors(form)
    slots = None
    if slots_in is not None:
        slots = []
        for index, slot in enumerate(slots_in):
            slot_form = WeeklySlotForm(
                MultiValueDict({name: _as_form_value(value) for name, value in slot.items()})
            )
            if not slot_form.is_valid():
                raise _problem(
                    "invalid_fields",
                    "A weekly time is not valid.",
                    {"weekly_slots": {str(index): slot_form.errors.get_json_data()}},
                )
            slots.append({name: slot_form.cleaned_data[name] for name in SLOT_FIELDS})
    elif instance is None:
        slots = []
    return model_form_data(form), slots


def need_data(
    payload: dict[str, Any], *, network: Network, instance: Need | None
) -> dict[str, Any]:
    fields = list(NeedForm.Meta.fields)
    data = _instance_data(instance, fields) if instance is not None else {}
    for name, value in payload.items():
        if name in SLUG_FIELDS:
            value = _pks_for_slugs(SLUG_FIELDS[name], value or [], name)
        elif name == "district":
            value = _pk_for_slug(District, value, name)
        elif name == "raised_by":
            value = _pk_for_slug(Organisation, value, name)
        data[name] = value
    form = NeedForm(
        MultiValueDict({name: _as_form_value(value) for name, value in data.items()}),
        instance=instance,
        network=network,
    )
    if not form.is_valid():
        raise _form_errors(form)
    return model_form_data(form)
