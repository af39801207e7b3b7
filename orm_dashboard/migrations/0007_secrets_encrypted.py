# Credentials encrypted at rest (orm_dashboard/vault.py): the columns become text, and the
# values stored in clear are encrypted with the current SECRET_KEY.

from django.db import migrations

from orm_dashboard import vault


def encrypt(apps, schema_editor):
    vault.rewrite(apps.get_model("orm_dashboard", "AlertChannel"), ["config"])
    vault.rewrite(apps.get_model("orm_dashboard", "WebhookEndpoint"), ["secret", "previous_secret"])


def decrypt(apps, schema_editor):
    vault.rewrite(apps.get_model("orm_dashboard", "AlertChannel"), ["config"], clear=True)
    vault.rewrite(
        apps.get_model("orm_dashboard", "WebhookEndpoint"),
        ["secret", "previous_secret"],
        clear=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("orm_dashboard", "0006_workspace_deleting"),
    ]

    operations = [
        migrations.AlterField(
            model_name="alertchannel",
            name="config",
            field=vault.EncryptedJSONField(default=dict),
        ),
        migrations.AlterField(
            model_name="webhookendpoint",
            name="previous_secret",
            field=vault.EncryptedTextField(blank=True),
        ),
        migrations.AlterField(
            model_name="webhookendpoint",
            name="secret",
            field=vault.EncryptedTextField(),
        ),
        migrations.RunPython(encrypt, decrypt),
    ]
