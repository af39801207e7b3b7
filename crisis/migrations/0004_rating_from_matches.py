"""Rating drop: read the brand's rated matches from one small partial index.

0003 scanned every rated mention of the workspace in the 31-day range (index-only) and
probed each against the brand's matches: ~8,500 probes, ~12 ms at 1,000,000 mentions. Now
that matches carry the rating (mentions 0008), a partial index on the brand's rated matches
answers it alone (under 1 ms), and the 0003 index has no reader left.
"""

from django.db import migrations

from crisis.migrations._indexes import create, drop

OLD = (
    "crisis_mention_rated_cover",
    "mentions_mention (workspace_id, published_at) INCLUDE (rating, id) WHERE rating IS NOT NULL",
)
NEW = (
    "crisis_match_rated_time",
    "mentions_mentionbrand (brand_id, published_at) INCLUDE (rating, mention_id)"
    " WHERE rating IS NOT NULL",
)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("crisis", "0003_rating_covering_index"),
        ("mentions", "0008_match_rating"),
    ]

    operations = [
        migrations.RunSQL(create(*NEW), drop(NEW[0])),
        migrations.RunSQL(drop(OLD[0]), create(*OLD)),
    ]
