"""Rating drop: read the brand's rated matches from one small partial index.

0003's index drives the rule from every rated mention of the workspace in the 31-day range,
each probed against the brand's matches: ~8,500 probes, ~12 ms at 1,000,000 mentions. Now
that matches carry the rating (mentions 0008), a partial index on the brand's rated matches
answers it alone (under 1 ms). 0003's index stays: the review queue and the overview's
review counts (every rated mention of a workspace) read it.
"""

from django.db import migrations

from crisis.migrations._indexes import create, drop

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

    operations = [migrations.RunSQL(create(*NEW), drop(NEW[0]))]
