"""Needs recorded before "raised by" needed confirmation keep showing who raised them."""

from django.db import migrations
from django.db.models import F


def confirm_existing(apps, schema_editor):
    Need = apps.get_model("offers", "Need")
    Need.objects.filter(raised_by__isnull=False, raised_by_confirmed_at__isnull=True).update(
        raised_by_confirmed_at=F("created_at"), raised_by_named_by=F("created_by")
    )


class Migration(migrations.Migration):
    dependencies = [("offers", "0003_need_raised_by_confirmation")]

    operations = [migrations.RunPython(confirm_existing, migrations.RunPython.noop)]
