"""The overview's most negative mentions, read in an index's order, pinned with EXPLAIN on
real Postgres.

Scores tie at the ends of the scale; the query used to walk (brand, sentiment) and sort
every match tied at the score where it stopped (~1,650 a request at 10,000,000 mentions).
With published_at in the index, its order is the query's order and the walk stops at the
fifth match of the period.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mentions import figures
from mentions.models import MentionBrand
from orm_dashboard.widgets import Scope
from tests import plans as pg
from tests.mentions.factories import brand

pytestmark = pytest.mark.django_db

GENERATE = """
INSERT INTO mentions_mention (
    workspace_id, external_id, url, url_key, fingerprint, content_hash, title, text, html,
    author, author_url, published_at, fetched_at, language, model_sentiment, model_label,
    sentiment, sentiment_label, status, tags
)
SELECT %(ws)s, 'n' || g, '', '', 'neg:' || g, '', '', 'text', '', 'a', '',
       %(now)s::timestamptz - g * interval '3 minutes', %(now)s, 'en', s, l, s, l, 'new', '{}'
FROM generate_series(1, 20000) g,
     LATERAL (SELECT round(((g * 7919) %% 21 - 10) / 10.0, 1) AS s) score,
     LATERAL (SELECT CASE WHEN s < -0.05 THEN 'negative' WHEN s > 0.05 THEN 'positive'
                          ELSE 'neutral' END AS l) label
"""


def test_the_most_negative_mentions_need_no_sort(workspace) -> None:
    acme = brand(workspace)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(GENERATE, {"ws": workspace.pk, "now": now})
        cursor.execute(
            """INSERT INTO mentions_mentionbrand (workspace_id, mention_id, brand_id,
                   published_at, sentiment, sentiment_label, matched)
               SELECT workspace_id, id, %s, published_at, sentiment, sentiment_label, '{}'
               FROM mentions_mention WHERE workspace_id = %s""",
            [acme.pk, workspace.pk],
        )
        cursor.execute("ANALYZE mentions_mentionbrand")
    scope = Scope(workspace, (acme.pk,), now - timedelta(days=30), now)
    with CaptureQueriesContext(connection) as captured:
        top = figures.top_mentions(scope, "negative")
    # Exact: the lowest score (-1.0, ~950 ties), newest first.
    assert [(m.sentiment, m.published_at) for m in top] == [
        (-1.0, t)
        for t in sorted(
            (m.published_at for m in MentionBrand.objects.filter(brand=acme, sentiment=-1.0)),
            reverse=True,
        )[:5]
    ]
    (sql,) = [q["sql"] for q in captured.captured_queries if "mentions_mentionbrand" in q["sql"]]
    # A small table may rightly be sorted; forbidding sorts checks that the index's order is
    # the query's (with (brand, sentiment) alone a sort of the ties would remain).
    plan = pg.explain(sql, off=("enable_sort", "enable_incremental_sort", "enable_bitmapscan"))
    nodes = pg.nodes(plan)
    assert not [n for n in nodes if "Sort" in n["Node Type"]], pg.outline(plan)
    scans = [n for n in nodes if n.get("Relation Name") == "mentions_mentionbrand"]
    assert [n.get("Index Name") for n in scans] == ["match_brand_sentiment_time_idx"]
