"""Hourly pre-aggregated mention counts (per brand, source and sentiment) for the overview.

Counting a million rows on every page view is too slow; adding to a small table as mentions
are stored is not. `rebuild()` recomputes everything from MentionBrand, and a test proves
the increments and the rebuild agree with a direct count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from psycopg2.extras import execute_values

UPSERT_SQL = """
INSERT INTO mentions_hourlycount (workspace_id, brand_id, hour, source_id, sentiment_label, count)
VALUES %s
ON CONFLICT (brand_id, hour, source_id, sentiment_label)
DO UPDATE SET count = mentions_hourlycount.count + EXCLUDED.count
"""

Bucket = tuple[int, datetime, int | None, str]  # brand, hour, source, label


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def add(workspace_id: int, changes: Iterable[tuple[int, datetime, int | None, str, int]]) -> None:
    """Apply (brand_id, published_at, source_id, label, delta) changes, aggregated per bucket."""
    totals: Counter[Bucket] = Counter()
    for brand_id, published_at, source_id, label, delta in changes:
        totals[(brand_id, hour_of(published_at), source_id, label or "unscored")] += delta
    # In key order, so two transactions lock the same rows in the same order; a mention
    # without a source (added by hand) sorts first, as None cannot be compared with an id.
    ordered = sorted(totals.items(), key=lambda item: (*item[0][:2], item[0][2] or 0, item[0][3]))
    rows = [(workspace_id, *bucket, n) for bucket, n in ordered if n]
    if not rows:
        return
    with connection.cursor() as cursor:
        execute_values(cursor.cursor, UPSERT_SQL, rows, page_size=1000)


def relabel(moves: Iterable[tuple[Any, dict[int, str], str]]) -> None:
    """Move mentions' counts from their old per-brand labels to new ones. Each move is
    (mention, {brand_id: old label}, new label); the mention's workspace_id, published_at
    and source_id say which buckets."""
    by_workspace: dict[int, list[tuple[int, datetime, int | None, str, int]]] = {}
    for mention, old_labels, new_label in moves:
        for brand_id, old in old_labels.items():
            if (old or "unscored") != (new_label or "unscored"):
                changes = by_workspace.setdefault(mention.workspace_id, [])
                changes.append((brand_id, mention.published_at, mention.source_id, old, -1))
                changes.append((brand_id, mention.published_at, mention.source_id, new_label, 1))
    for workspace_id, changes in by_workspace.items():
        add(workspace_id, changes)


FOLD_SOURCE_SQL = """
INSERT INTO mentions_hourlycount (workspace_id, brand_id, hour, source_id, sentiment_label, count)
SELECT workspace_id, brand_id, hour, NULL, sentiment_label, count
FROM mentions_hourlycount WHERE source_id = %(source)s
ON CONFLICT (brand_id, hour, source_id, sentiment_label)
DO UPDATE SET count = mentions_hourlycount.count + EXCLUDED.count
"""


def fold_source(source_id: int) -> None:
    """Move a source's counts into the no-source buckets, as its mentions are about to be.

    Call it in the transaction that deletes the source: SET NULL on the counts would make a
    second (brand, hour, no source, label) row wherever one exists already.
    """
    with connection.cursor() as cursor:
        cursor.execute(FOLD_SOURCE_SQL, {"source": source_id})
        cursor.execute("DELETE FROM mentions_hourlycount WHERE source_id = %s", [source_id])


REBUILD_SQL = """
INSERT INTO mentions_hourlycount (workspace_id, brand_id, hour, source_id, sentiment_label, count)
SELECT mb.workspace_id, mb.brand_id, date_trunc('hour', mb.published_at), m.source_id,
       COALESCE(NULLIF(mb.sentiment_label, ''), 'unscored'), count(*)
FROM mentions_mentionbrand mb JOIN mentions_mention m ON m.id = mb.mention_id
WHERE %(all)s OR mb.workspace_id = %(workspace)s
GROUP BY 1, 2, 3, 4, 5
"""


@transaction.atomic
def rebuild(workspace_id: int | None = None) -> None:
    with connection.cursor() as cursor:
        # date_trunc works in the session time zone; Django keeps sessions in UTC.
        if workspace_id is None:
            cursor.execute("DELETE FROM mentions_hourlycount")
        else:
            cursor.execute(
                "DELETE FROM mentions_hourlycount WHERE workspace_id = %s", [workspace_id]
            )
        cursor.execute(REBUILD_SQL, {"all": workspace_id is None, "workspace": workspace_id})
