"""Workspaces made before crisis/receivers.py gave each new workspace the default playbook
get it now: the playbook page no longer makes it on a visit, nor an incident as it opens."""

from django.db import migrations

# As in crisis.models at the time of this migration.
DEFAULT_PLAYBOOK = [
    "Acknowledge publicly within 2 hours",
    "Name one spokesperson; everybody else refers to them",
    "Do not delete comments or reviews",
    "Collect the facts: what happened, since when, who is affected",
    "Apologise if we were wrong, and say what we change",
]


def create_default_playbooks(apps, schema_editor):
    Workspace = apps.get_model("orm_dashboard", "Workspace")
    Playbook = apps.get_model("crisis", "Playbook")
    for workspace_id in Workspace.objects.exclude(
        pk__in=Playbook.objects.values("workspace_id")
    ).values_list("pk", flat=True):
        Playbook.objects.create(
            workspace_id=workspace_id, title="Every crisis", steps="\n".join(DEFAULT_PLAYBOOK)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("crisis", "0006_rota_repeats_grouping"),
        ("orm_dashboard", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_default_playbooks, migrations.RunPython.noop)]
