"""Findings decided before decisions were kept: their current decision becomes the first one."""

from django.db import migrations


def record_existing(apps, schema_editor):
    Finding = apps.get_model("synergy", "ParallelOfferFinding")
    Decision = apps.get_model("synergy", "FindingDecision")
    decided = Finding.objects.filter(status_changed_at__isnull=False).exclude(
        decisions__isnull=False
    )
    Decision.objects.bulk_create(
        Decision(finding_id=finding.pk, status=finding.status, decided_at=finding.status_changed_at)
        for finding in decided.only("pk", "status", "status_changed_at").iterator()
    )


class Migration(migrations.Migration):
    dependencies = [("synergy", "0002_keep_finding_decisions")]

    operations = [migrations.RunPython(record_existing, migrations.RunPython.noop)]
