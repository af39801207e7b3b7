"""The query shapes of the inbox's text search, pinned with EXPLAIN on real Postgres.

Postgres guesses how many mentions a word matches from its statistics; for a word it has
none for (a typo, a rare word) it guesses up to 0.5 % of the table, 50,000 of 10,000,000,
and the search used to walk the whole workspace newest-first looking for a page of a word
that matches nothing (3.4 s at 10,000,000 mentions). A test database is too small for the
planner to make that choice by itself, so these tests check the plans the search imposes:
they replay every query a search page ran (with the planner settings it ran under) through
EXPLAIN and check that the search itself is only ever answered by the search index, or by
a walk that is bounded: a LIMIT over the newest mentions with the search only tested in the
output, or an ordered walk once more than FEW_HITS matches are known to exist.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mentions import inbox
from mentions.models import Brand
from orm_dashboard.models import Workspace
from tests import plans as pg
from tests.helpers import rows_made_once
from tests.mentions.factories import brand

pytestmark = pytest.mark.django_db

TOTAL = 20000
WORDS = "delivery support refund battery screen price quality service app update".split()
PARITY = 0  # which half of the mentions matched the brand

GENERATE = """
INSERT INTO mentions_mention (
    workspace_id, source_id, external_id, url, url_key, fingerprint, content_hash, title, text,
    html, author, author_url, published_at, fetched_at, language, model_sentiment, model_label,
    sentiment, sentiment_label, status, tags
)
SELECT %(ws)s, NULL, 'p' || g, '', '', 'plan:' || g, '', '',
       array_to_string(ARRAY(SELECT w[1 + ((g * k * 7919 + k) %% array_length(w, 1))]
                             FROM generate_series(1, 6) k), ' ')
       -- planted words: in 400, 60, 5 and 1 of the mentions
       || CASE WHEN g %% (%(total)s / 400) = 0 THEN ' axolotl' ELSE '' END
       || CASE WHEN g %% (%(total)s / 60) = 7 THEN ' pangolin' ELSE '' END
       || CASE WHEN g %% (%(total)s / 5) = 11 THEN ' narwhal' ELSE '' END
       || CASE WHEN g = %(total)s / 2 THEN ' quokka' ELSE '' END,
       '', 'author', '', %(now)s::timestamptz - g * interval '1 minute', %(now)s, 'en',
       0, 'neutral', 0, CASE WHEN g %% 3 = 0 THEN 'negative' ELSE 'neutral' END,
       (ARRAY['new','open','done','ignored'])[1 + (g %% 4)],
       CASE WHEN g %% 20 = 0 THEN ARRAY['vip']::varchar(60)[] ELSE '{}'::varchar(60)[] END
FROM generate_series(1, %(total)s) g, LATERAL (SELECT %(words)s::text[] AS w) words
"""


@rows_made_once
def search_rows() -> dict[str, Any]:
    """The generated workspace, made once for the module's tests (they only read it)."""
    workspace = Workspace.objects.create(name="Acme Corp", slug="acme")
    acme = brand(workspace)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(GENERATE, {"ws": workspace.pk, "total": TOTAL, "now": now, "words": WORDS})
        cursor.execute(
            """INSERT INTO mentions_mentionbrand (workspace_id, mention_id, brand_id,
                   published_at, sentiment, sentiment_label, matched)
               SELECT workspace_id, id, %s, published_at, sentiment, sentiment_label, '{}'
               FROM mentions_mention
               WHERE workspace_id = %s AND substr(external_id, 2)::int %% 2 = %s""",
            [acme.pk, workspace.pk, PARITY],
        )
        # The steady state: inserts wait in the search index's pending list until a vacuum
        # (or 4 MB of them) moves them into the index proper, and a full pending list makes
        # the index look costly to the planner.
        cursor.execute("SELECT gin_clean_pending_list('mention_search_idx')")
        cursor.execute("ANALYZE mentions_mention")
        cursor.execute("ANALYZE mentions_mentionbrand")
    return {"workspace": workspace.pk, "acme": acme.pk, "now": now}


@pytest.fixture
def workspace(search_rows: dict[str, Any], db: None) -> Workspace:
    return Workspace.objects.get(pk=search_rows["workspace"])


@pytest.fixture
def generated(search_rows: dict[str, Any], workspace: Workspace, viewer) -> dict[str, Any]:
    acme = Brand.objects.get(pk=search_rows["acme"])
    return {"workspace": workspace, "user": viewer, "acme": acme, "now": search_rows["now"]}


def _replayed_plans(queries: list[dict[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(step, sql, plan) of every query a search page ran on the mention table, explained
    under the planner settings it ran under (the set_config calls are replayed in order)."""
    plans, step = [], "walk"
    for query in queries:
        sql = query["sql"]
        if "set_config" in sql:
            with connection.cursor() as cursor:
                cursor.execute(sql)
            step = (
                "index"
                if "'enable_indexscan', 'off'" in sql
                else "ordered walk"
                if "'enable_bitmapscan', 'off'" in sql
                else "walk"
            )
        elif sql.startswith("SELECT") and '"mentions_mention"' in sql.split(" WHERE ")[0]:
            plans.append((step, sql, pg.explain(sql)))
    return plans


SEARCHES = ["zebra", "quokka", "narwhal", "pangolin", "axolotl", "delivery", "refund -price"]
FILTERS = [
    {},
    {"status": "all"},
    {"tag": "vip"},
    {"sentiment": "negative", "status": "all"},
    {"brand": "acme"},
    {"brand": "acme", "sentiment": "negative"},
    {"since": "week"},
]


def test_every_search_shape_uses_a_bounded_plan(generated, monkeypatch) -> None:
    """Searches matching nothing, one, a few, dozens, hundreds and most mentions, each
    alone and with other filters (one generated data set for all: it takes seconds)."""
    # Scaled to the generated data: the first step reads the newest 60 mentions, the index
    # answers up to 100 matches.
    monkeypatch.setattr(inbox, "DENSE_WALK", 60)
    monkeypatch.setattr(inbox, "FEW_HITS", 100)
    steps_seen = set()
    for q in SEARCHES:
        for extra in FILTERS:
            steps_seen |= _check_search(generated, q, extra)
    assert steps_seen == {"walk", "index", "ordered walk"}  # each step was pinned


def _check_search(generated: dict[str, Any], q: str, extra: dict[str, str]) -> set[str]:
    shape = f"q={q!r} {extra}"
    params = {"q": q, **extra}
    if "brand" in params:
        params["brand"] = str(generated["acme"].pk)
    if "since" in params:
        params["since"] = (generated["now"] - timedelta(days=1)).date().isoformat()
    query = QueryDict(mutable=True)
    query.update(params)
    f = inbox.Filters.from_query(query)
    qs = inbox.filtered(generated["workspace"], f, generated["user"])
    expected = list(qs.order_by("-published_at", "-id").values_list("id", flat=True)[:11])

    with CaptureQueriesContext(connection) as captured:
        rows, more = inbox.page(qs, size=10, search=True)
    assert [m.pk for m in rows] == expected[:10], shape
    assert bool(more) == (len(expected) > 10), shape

    plans = _replayed_plans(captured.captured_queries)
    assert plans, "no query on the mention table was captured"
    steps = set()
    for step, sql, plan in plans:
        nodes = pg.nodes(plan)
        scans = [n for n in nodes if n.get("Relation Name") == "mentions_mention"]
        where = sql.split(" WHERE ", 1)[-1]
        context = (shape, step, sql, json.dumps(plan, indent=1))
        assert not [n for n in scans if n["Node Type"] == "Seq Scan"], context
        if " @@ " not in sql or '"mentions_mention"."id" IN (' in where:
            continue  # the page's rows, read by id once the page's keys are known
        steps.add(step)
        if step == "walk":
            # The first step: the newest mentions of the other filters, under a LIMIT, with
            # the search tested in the output only.
            assert " @@ " not in where, context
            assert plan["Node Type"] == "Limit", context
        elif step == "index":
            used = {n.get("Index Name") for n in nodes if n["Node Type"] == "Bitmap Index Scan"}
            assert "mention_search_idx" in used, context
            assert not [n for n in scans if n["Node Type"] in ("Index Scan", "Index Only Scan")]
        else:
            # Only for a word in more than FEW_HITS mentions of the workspace, or one that
            # Postgres' statistics know to be common: dense enough that a walk in order
            # finds a page soon.
            word = inbox.Filters(q=q, status="all")
            everywhere = inbox.filtered(generated["workspace"], word, generated["user"])
            n = everywhere.count()
            assert n > inbox.FEW_HITS or n > TOTAL * inbox.COMMON_SHARE / 2, context
            assert plan["Node Type"] == "Limit", context
    return steps


def test_a_word_in_no_mention_never_walks_the_workspace(generated, monkeypatch) -> None:
    """The issue's case, spelled out: "zebra" is counted by the search index, never found
    missing by reading mentions one after another."""
    monkeypatch.setattr(inbox, "DENSE_WALK", 60)
    qs = inbox.filtered(
        generated["workspace"], inbox.Filters(q="zebra", status="all"), generated["user"]
    )
    with CaptureQueriesContext(connection) as captured:
        rows, more = inbox.page(qs, search=True)
    assert rows == [] and more == ""
    plans = _replayed_plans(captured.captured_queries)
    steps = [step for step, _, _ in plans]
    assert steps[0] == "walk" and "index" in steps and "ordered walk" not in steps
    for step, _, plan in plans:
        for node in pg.nodes(plan):
            if node.get("Relation Name") == "mentions_mention" and step != "walk":
                assert node["Node Type"] == "Bitmap Heap Scan", plan
        if step == "walk":  # at most DENSE_WALK mentions read
            assert plan["Node Type"] == "Limit" and plan["Plan Rows"] <= 60
