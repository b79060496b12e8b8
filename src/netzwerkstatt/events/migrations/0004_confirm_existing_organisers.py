"""Events published before organisers confirmed count as confirmed: they were shown already."""

from django.db import migrations
from django.db.models import F


def confirm_existing(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    Event.objects.filter(organiser_confirmed_at__isnull=True).update(
        organiser_confirmed_at=F("created_at"), organiser_confirmed_by=F("created_by")
    )


class Migration(migrations.Migration):
    dependencies = [("events", "0003_organiser_confirmation")]

    operations = [migrations.RunPython(confirm_existing, migrations.RunPython.noop)]
