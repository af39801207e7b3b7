"""One lease shape (orm_dashboard.leases): outbox rows now say until when a claim holds."""

from datetime import timedelta

from django.conf import settings
from django.db import migrations, models
from django.db.models import F


def claims_hold_for_one_lease(apps, schema_editor):
    """A claim taken before this migration holds until its old expiry (taken + lease)."""
    rows = apps.get_model("crisis", "AlertDelivery").objects.exclude(claim_token="")
    rows.filter(claimed_at__isnull=False).update(
        claimed_until=F("claimed_at") + timedelta(seconds=settings.ALERT_LEASE_SECONDS)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("crisis", "0004_rating_from_matches"),
    ]

    operations = [
        migrations.AddField(
            model_name="alertdelivery",
            name="claimed_by",
            field=models.CharField(blank=True, max_length=255),
        ),
        migrations.AddField(
            model_name="alertdelivery",
            name="claimed_until",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(claims_hold_for_one_lease, migrations.RunPython.noop),
    ]
