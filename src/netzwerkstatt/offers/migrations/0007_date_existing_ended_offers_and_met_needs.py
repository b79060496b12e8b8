"""Offers ended and needs met before these dates were kept: the last change is the best guess.

Best effort: the last change may have been a later edit of another field; the activity report
states that dates before this migration are approximate.
"""

from django.db import migrations
from django.db.models import F


def date_existing(apps, schema_editor):
    Offer = apps.get_model("offers", "Offer")
    Need = apps.get_model("offers", "Need")
    Offer.objects.filter(status="ended", ended_at__isnull=True).update(ended_at=F("updated_at"))
    Need.objects.filter(status="met", met_at__isnull=True).update(met_at=F("updated_at"))


class Migration(migrations.Migration):
    dependencies = [("offers", "0006_date_ended_offers_and_met_needs")]

    operations = [migrations.RunPython(date_existing, migrations.RunPython.noop)]
