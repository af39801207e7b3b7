"""Matches carry their mention's rating, so per-brand rating queries read matches only.

The backfill touches only the matches of rated mentions (reviews), a small share of them;
the column's statistics are gathered at once so the planner knows how few rows are rated.
"""

from django.db import migrations, models

BACKFILL = """
UPDATE mentions_mentionbrand AS mb SET rating = m.rating
FROM mentions_mention AS m
WHERE m.id = mb.mention_id AND m.rating IS NOT NULL
"""


class Migration(migrations.Migration):
    dependencies = [
        ("mentions", "0007_note_email_outbox"),
    ]

    operations = [
        migrations.AddField(
            model_name="mentionbrand",
            name="rating",
            field=models.PositiveSmallIntegerField(blank=True, null=True),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.RunSQL("ANALYZE mentions_mentionbrand (rating)", migrations.RunSQL.noop),
    ]
