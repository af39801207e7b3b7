"""Indexes that keep rule evaluation to indexed counts, on the mentions tables.

They live here (crisis needs them; mentions does not know crisis exists) as plain SQL,
built CONCURRENTLY so adding them to a large production table does not block ingest.
"""

from django.db import migrations

INDEXES = [
    # negative surge and high-reach author: negative matches of a brand in a time range
    (
        "crisis_match_brand_label_time",
        "mentions_mentionbrand (brand_id, sentiment_label, published_at)",
    ),
    # rating drop: the (few) rated mentions of a workspace in a time range
    (
        "crisis_mention_rated_time",
        "mentions_mention (workspace_id, published_at) INCLUDE (rating) WHERE rating IS NOT NULL",
    ),
]


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("crisis", "0001_initial"),
        ("mentions", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {target}",
            f"DROP INDEX CONCURRENTLY IF EXISTS {name}",
        )
        for name, target in INDEXES
    ]
