"""Fewer index entries per stored mention: indexes that repeated the first column of a
composite index are dropped; foreign keys that are empty on almost every row get partial
indexes instead of full ones."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False  # the partial indexes are built CONCURRENTLY: ingest is not blocked

    dependencies = [
        ("mentions", "0005_inbox_author_filter"),
        ("orm_dashboard", "0002_workspace_negative_threshold_and_more"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="hourlycount",
            name="brand",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="mentions.brand",
            ),
        ),
        migrations.AlterField(
            model_name="hourlycount",
            name="workspace",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="orm_dashboard.workspace",
            ),
        ),
        migrations.AlterField(
            model_name="mention",
            name="assignee",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="mention",
            name="duplicate_of",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="copies",
                to="mentions.mention",
            ),
        ),
        migrations.AlterField(
            model_name="mention",
            name="sentiment_by",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="mention",
            name="workspace",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="mentions",
                to="orm_dashboard.workspace",
            ),
        ),
        migrations.AlterField(
            model_name="mentionbrand",
            name="brand",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="matches",
                to="mentions.brand",
            ),
        ),
        migrations.AlterField(
            model_name="mentionbrand",
            name="mention",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="matches",
                to="mentions.mention",
            ),
        ),
        AddIndexConcurrently(
            model_name="mention",
            index=models.Index(
                condition=models.Q(("assignee__isnull", False)),
                fields=["assignee"],
                name="mention_assignee_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="mention",
            index=models.Index(
                condition=models.Q(("sentiment_by__isnull", False)),
                fields=["sentiment_by"],
                name="mention_sentiment_by_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="mention",
            index=models.Index(
                condition=models.Q(("duplicate_of__isnull", False)),
                fields=["duplicate_of"],
                name="mention_duplicate_of_idx",
            ),
        ),
    ]
