"""The starting vocabulary every installation gets; coordinators extend it in the admin.

Terms are matched by slug, so running this on a database that already has some
of them only corrects their names and order. Reversing keeps the terms: offers
and needs may already point at them.
"""

from django.db import migrations

TARGET_GROUPS = [
    ("kinder", "Kinder"),
    ("jugendliche", "Jugendliche"),
    ("junge-erwachsene", "Junge Erwachsene"),
    ("familien", "Familien"),
    ("eltern", "Eltern"),
    ("frauen", "Frauen"),
    ("maedchen", "Mädchen"),
    ("maenner", "Männer"),
    ("senior-innen", "Senior:innen"),
    ("migrant-innen", "Migrant:innen"),
    ("gefluechtete", "Geflüchtete"),
    ("bipoc", "BIPoC"),
    ("menschen-mit-behinderung", "Menschen mit Behinderung"),
    ("nachbarschaft", "Nachbarschaft / alle"),
    ("fachkraefte", "Fachkräfte"),
]

TOPICS = [
    ("bildung", "Bildung"),
    ("lernen", "Hausaufgabenhilfe & Lernen"),
    ("sprache", "Sprache & Deutschkurse"),
    ("beratung", "Beratung"),
    ("gesundheit", "Gesundheit"),
    ("familie", "Familie & Kinderschutz"),
    ("freizeit", "Freizeit"),
    ("kultur", "Kultur"),
    ("sport", "Sport & Bewegung"),
    ("arbeit", "Arbeit & Ausbildung"),
    ("nachbarschaft", "Nachbarschaft & Begegnung"),
    ("ernaehrung", "Ernährung"),
    ("umwelt", "Umwelt & Klima"),
    ("teilhabe", "Teilhabe & Demokratie"),
]

# Slugs are ISO 639-1 codes.
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "Englisch"),
    ("ar", "Arabisch"),
    ("fa", "Persisch (Farsi/Dari)"),
    ("uk", "Ukrainisch"),
    ("ru", "Russisch"),
    ("tr", "Türkisch"),
    ("ku", "Kurdisch"),
    ("fr", "Französisch"),
    ("es", "Spanisch"),
    ("vi", "Vietnamesisch"),
    ("ro", "Rumänisch"),
    ("bg", "Bulgarisch"),
    ("pl", "Polnisch"),
    ("ti", "Tigrinya"),
    ("so", "Somali"),
]

# Leipzig's north-east, where the reference network works, and the centre.
DISTRICTS = [
    ("schoenefeld", "Schönefeld – Abtnaundorf"),
    ("schoenefeld-ost", "Schönefeld-Ost"),
    ("mockau-sued", "Mockau-Süd"),
    ("mockau-nord", "Mockau-Nord"),
    ("volkmarsdorf", "Volkmarsdorf"),
    ("neustadt-neuschoenefeld", "Neustadt-Neuschönefeld"),
    ("anger-crottendorf", "Anger-Crottendorf"),
    ("sellerhausen-stuenz", "Sellerhausen-Stünz"),
    ("eutritzsch", "Eutritzsch"),
    ("leipzig-zentrum", "Leipzig-Zentrum"),
]


def _upsert(model, terms, **extra):
    for position, (slug, name) in enumerate(terms, start=1):
        model.objects.update_or_create(
            slug=slug, defaults={"name": name, "position": position * 10, **extra}
        )


def create_default_taxonomy(apps, schema_editor):
    _upsert(apps.get_model("core", "TargetGroup"), TARGET_GROUPS)
    _upsert(apps.get_model("core", "Topic"), TOPICS)
    _upsert(apps.get_model("core", "Language"), LANGUAGES)
    _upsert(apps.get_model("core", "District"), DISTRICTS, city="Leipzig")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(create_default_taxonomy, migrations.RunPython.noop)]
