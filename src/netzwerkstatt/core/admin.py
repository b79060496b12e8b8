from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.languages import is_right_to_left, local_name, translation_languages
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic


class TaxonomyTermForm(forms.ModelForm):
    """One input per language for the term's name; they are stored in `translations`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        stored = self.instance.translations if isinstance(self.instance.translations, dict) else {}
        for code, _name in translation_languages():
            field = self.fields.get(translation_field(code))
            if field is not None:
                field.initial = stored.get(code, "")

    def save(self, commit: bool = True):
        self.instance.translations = {
            code: value
            for code, _name in translation_languages()
            if (value := self.cleaned_data.get(translation_field(code), "").strip())
        }
        return super().save(commit)


def translation_field(code: str) -> str:
    return f"name_{code}"


def taxonomy_term_form(model) -> type[forms.ModelForm]:
    """The admin form with an input per language of the settings at the time it is built."""
    fields = {
        translation_field(code): forms.CharField(
            label=_("Name in %(language)s") % {"language": f"{name} ({local_name(code)})"},
            max_length=100,
            required=False,
            widget=forms.TextInput(
                attrs={"lang": code, "dir": "rtl" if is_right_to_left(code) else "ltr"}
            ),
        )
        for code, name in translation_languages()
    }
    meta = type("Meta", (), {"model": model, "exclude": ["translations"]})
    return type("TaxonomyTermForm", (TaxonomyTermForm,), {**fields, "Meta": meta})


@admin.register(TargetGroup, Topic, Language)
class TaxonomyTermAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    exclude = ["translations"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = taxonomy_term_form(self.model)
        return super().get_form(request, obj, change, **kwargs)


@admin.register(District)
class DistrictAdmin(TaxonomyTermAdmin):
    list_display = ["name", "city", "slug", "position"]
    list_filter = ["city"]
