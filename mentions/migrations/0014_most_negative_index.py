"""A brand's most negative (or positive) matches of a period, newest first among equal
scores, read in the index's order.

The overview and the report show the five most negative mentions of the period: a walk of
(brand, sentiment) from the lowest score, then a sort of every match that ties at the
score where the walk stops. Scores tie often at the ends of the scale (-1.0): at
10,000,000 mentions the overview sorted ~1,650 ties a request, 40-180 ms on the loaded
machine. With published_at in the index the walk stops at the fifth match of the period.
The new index is built CONCURRENTLY (ingest is not blocked) before the old one, which it
covers, is dropped.
"""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("mentions", "0013_secrets_encrypted"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="mentionbrand",
            index=models.Index(
                fields=["brand", "sentiment", "-published_at"],
                name="match_brand_sentiment_time_idx",
            ),
        ),
        RemoveIndexConcurrently(model_name="mentionbrand", name="match_brand_sentiment_idx"),
    ]
