from django.db import migrations, models


def date_former_memberships(apps, schema_editor):
    """Former members left at the latest on their membership's last change."""
    Membership = apps.get_model("networks", "Membership")
    for membership in Membership.objects.filter(status="former", left_on__isnull=True):
        membership.left_on = membership.updated_at.date()
        membership.save(update_fields=["left_on"])


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0004_network_invitations_and_staff_requests"),
    ]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="left_on",
            field=models.DateField(blank=True, null=True, verbose_name="member until"),
        ),
        migrations.RunPython(date_former_memberships, migrations.RunPython.noop),
    ]
