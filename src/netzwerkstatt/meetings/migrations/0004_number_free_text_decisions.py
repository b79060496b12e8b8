"""Turn the free-text decisions of agenda items (one per line) into numbered decisions.

Numbers follow the meetings' order within each network and year, so decisions recorded from
now on continue after them. They stay members-only, like the minutes they came from. The
text is rendered when first shown (format version 0); the search words are computed here with
a frozen copy of the stemming of `offers.search`, since a migration must not import the code
of the project as it is at some later time.
"""

import re
import unicodedata
from zoneinfo import ZoneInfo

import snowballstemmer
from django.db import migrations

WORD = re.compile(r"\w+", re.UNICODE)


def _stems(text):
    stemmer = snowballstemmer.stemmer("german")
    words = [word.casefold() for word in WORD.findall(text or "")]
    folded = []
    for stem in stemmer.stemWords(words):
        decomposed = unicodedata.normalize("NFKD", stem.casefold())
        folded.append("".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    return " ".join(folded)


def number_free_text_decisions(apps, schema_editor):
    AgendaItem = apps.get_model("meetings", "AgendaItem")
    Decision = apps.get_model("meetings", "Decision")
    zone = ZoneInfo("Europe/Berlin")
    numbers = {}
    items = (
        AgendaItem.objects.exclude(decisions="")
        .select_related("meeting")
        .order_by("meeting__starts_at", "meeting_id", "position", "pk")
    )
    for item in items:
        meeting = item.meeting
        local = meeting.starts_at.astimezone(zone)
        key = (meeting.network_id, local.year)
        if key not in numbers:
            highest = (
                Decision.objects.filter(network_id=meeting.network_id, year=local.year)
                .order_by("-number")
                .values_list("number", flat=True)
                .first()
            )
            numbers[key] = highest or 0
        for line in item.decisions.splitlines():
            text = line.strip()
            if not text:
                continue
            numbers[key] += 1
            reference = f"{local.year}/{numbers[key]:02d}"
            Decision.objects.create(
                network_id=meeting.network_id,
                meeting=meeting,
                agenda_item=item,
                year=local.year,
                number=numbers[key],
                text=text,
                text_html="",
                text_format_version=0,
                search_text=_stems(
                    f"{reference} {numbers[key]} {local:%d.%m.%Y} {meeting.title} {text}"
                ),
            )
        item.decisions = ""
        item.save(update_fields=["decisions"])


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_decisions"),
    ]

    operations = [
        migrations.RunPython(number_free_text_decisions, migrations.RunPython.noop),
    ]
