# Credentials encrypted at rest (orm_dashboard/vault.py): the columns become text, and the
# values stored in clear are encrypted with the current SECRET_KEY.

from django.db import migrations

from orm_dashboard import vault


def encrypt(apps, schema_editor):
    vault.rewrite(apps.get_model("mentions", "Source"), ["config", "state"])


def decrypt(apps, schema_editor):
    vault.rewrite(apps.get_model("mentions", "Source"), ["config", "state"], clear=True)


class Migration(migrations.Migration):
    dependencies = [
        ("mentions", "0012_saved_views"),
    ]

    operations = [
        migrations.AlterField(
            model_name="source",
            name="config",
            field=vault.EncryptedJSONField(blank=True, default=dict),
        ),
        migrations.AlterField(
            model_name="source",
            name="state",
            field=vault.EncryptedJSONField(blank=True, default=dict),
        ),
        migrations.RunPython(encrypt, decrypt),
    ]
