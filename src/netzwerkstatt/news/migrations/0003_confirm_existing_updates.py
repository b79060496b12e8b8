"""Updates published before they needed their organisation's confirmation stay published."""

from django.db import migrations
from django.db.models import F


def confirm_existing(apps, schema_editor):
    Update = apps.get_model("news", "Update")
    Update.objects.filter(confirmed_at__isnull=True).update(
        confirmed_at=F("published_at"), confirmed_by=F("created_by")
    )


class Migration(migrations.Migration):
    dependencies = [("news", "0002_update_confirmation")]

    operations = [migrations.RunPython(confirm_existing, migrations.RunPython.noop)]
