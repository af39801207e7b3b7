"""The workspace's reviews in one small index, read without visiting the mention table.

The review queue's tab counts, SLA figures and urgency order, and the overview's review
widgets, count every review of a workspace (or of a brand). Each read the mention rows
themselves, one heap page per review: 100,000 reviews at 10,000,000 mentions cost
~0.3 s a query. This index holds only reviews (rated mentions that are not syndicated
copies), with every column those queries read, so they are answered index-only, and its
order (rating, then published_at) is the queue's urgency order. Built CONCURRENTLY so
adding it to a large table does not block ingest; one entry per review, none for the
other 99 % of stored mentions.
"""

from django.db import migrations

NAME = "reviews_mention_review_idx"
CREATE = (
    f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {NAME} ON mentions_mention"
    " (workspace_id, rating, published_at, id) INCLUDE (status, source_id)"
    " WHERE rating IS NOT NULL AND duplicate_of_id IS NULL"
)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("reviews", "0002_one_lease_shape"),
        ("mentions", "0012_saved_views"),
    ]

    operations = [
        migrations.RunSQL(CREATE, f"DROP INDEX CONCURRENTLY IF EXISTS {NAME}"),
    ]
