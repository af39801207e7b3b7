"""The keyword rule asks the search index for its trigger words, pinned with EXPLAIN on
real Postgres, and finds exactly the mentions the word-start pattern finds.

It used to read every mention of the brand's window and match a regular expression on
each (850 ms an evaluation at 10,000,000 mentions). Now the search index names the few
mentions of the window that can hold a trigger word, and only those are matched.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from crisis.models import DEFAULT_KEYWORDS, CrisisPolicy, Rule, RuleKind
from crisis.rules import keyword
from crisis.rules.base import Context
from mentions.models import Brand
from orm_dashboard.models import Workspace
from tests import plans as pg
from tests.helpers import rows_made_once
from tests.mentions.factories import brand

pytestmark = pytest.mark.django_db

TOTAL = 20000
WORDS = "delivery support refund battery screen price quality service app update".split()
# Texts with a trigger word in some form, planted in a few generated mentions: what the
# pattern finds (word starts, two words in a row) and what it must not (a word that only
# contains the keyword, the two words apart, "support" for "sued").
PLANTED = {
    1: "Acme announces a RECALL of its batteries",
    2: "the batteries were recalled in France",
    3: "people boycotted the shop",
    4: "rapport de données: data breach confirmed",
    5: "Acme sued over the screens",
    6: "a lawsuits flood in",
    7: "nothing to see: unrecalled, breach of data",
    8: "we support the team",
    9: "Fraudulent refunds reported",
}
EXPECTED = {1, 2, 3, 4, 5, 6, 9}

GENERATE = """
INSERT INTO mentions_mention (
    workspace_id, source_id, external_id, url, url_key, fingerprint, content_hash, title, text,
    html, author, author_url, published_at, fetched_at, language, model_sentiment, model_label,
    sentiment, sentiment_label, status, tags
)
SELECT %(ws)s, NULL, 'k' || g, '', '', 'kw:' || g, '', '',
       array_to_string(ARRAY(SELECT w[1 + ((g * k * 7919 + k) %% array_length(w, 1))]
                             FROM generate_series(1, 6) k), ' '),
       '', 'author', '', %(now)s::timestamptz - g * interval '1 minute', %(now)s,
       CASE WHEN g %% 3 = 0 THEN 'fr' WHEN g %% 3 = 1 THEN 'en' ELSE 'xx' END,
       0, 'neutral', 0, 'neutral', 'new', '{}'
FROM generate_series(1, %(total)s) g, LATERAL (SELECT %(words)s::text[] AS w) words
"""


@rows_made_once
def keyword_rows() -> dict[str, Any]:
    """The generated workspace, made once for the module's tests (they only read it)."""
    workspace = Workspace.objects.create(name="Acme Corp", slug="acme")
    acme = brand(workspace)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(GENERATE, {"ws": workspace.pk, "total": TOTAL, "now": now, "words": WORDS})
        for n, text in PLANTED.items():
            cursor.execute(
                "UPDATE mentions_mention SET text = %s WHERE workspace_id = %s AND external_id = %s",
                [text, workspace.pk, f"k{n * 100}"],  # a minute apart, within the day
            )
        cursor.execute(
            """INSERT INTO mentions_mentionbrand (workspace_id, mention_id, brand_id,
                   published_at, sentiment, sentiment_label, matched)
               SELECT workspace_id, id, %s, published_at, 0, 'neutral', '{}'
               FROM mentions_mention WHERE workspace_id = %s""",
            [acme.pk, workspace.pk],
        )
        cursor.execute("SELECT gin_clean_pending_list('mention_search_idx')")
        cursor.execute("ANALYZE mentions_mention")
        cursor.execute("ANALYZE mentions_mentionbrand")
        cursor.execute(
            "SELECT external_id, id FROM mentions_mention WHERE workspace_id = %s"
            " AND external_id = ANY(%s)",
            [workspace.pk, [f"k{n * 100}" for n in PLANTED]],
        )
        ids = {int(external[1:]) // 100: pk for external, pk in cursor.fetchall()}
    policy = CrisisPolicy.for_workspace(workspace.pk)
    policy.keywords = ["recall", "boycott", "data breach", "sued", "lawsuit", "fraud"]
    policy.save()
    rule = Rule.objects.get(brand=acme, kind=RuleKind.KEYWORD)
    return {"workspace": workspace.pk, "acme": acme.pk, "now": now, "ids": ids, "rule": rule.pk}


@pytest.fixture
def generated(keyword_rows: dict[str, Any], db: None) -> dict[str, Any]:
    return {
        **keyword_rows,
        "workspace": Workspace.objects.get(pk=keyword_rows["workspace"]),
        "acme": Brand.objects.get(pk=keyword_rows["acme"]),
        "ids": dict(keyword_rows["ids"]),
        "rule": Rule.objects.get(pk=keyword_rows["rule"]),
    }


def test_the_rule_finds_what_the_pattern_finds(generated) -> None:
    rule, now = generated["rule"], generated["now"]
    finding = keyword.Keyword().evaluate(rule, now, Context(generated["workspace"].pk))
    assert sorted(finding.mention_ids) == sorted(generated["ids"][n] for n in EXPECTED)
    # The same as matching the pattern on every mention of the window, as it used to.
    pattern = keyword.keyword_regex(CrisisPolicy.read(rule.workspace_id).keywords)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT m.id FROM mentions_mentionbrand mb JOIN mentions_mention m"
            " ON m.id = mb.mention_id WHERE mb.brand_id = %s AND mb.published_at >= %s"
            " AND (m.title ~* %s OR m.text ~* %s)",
            [rule.brand_id, now - rule.window, pattern, pattern],
        )
        assert sorted(finding.mention_ids) == sorted(row[0] for row in cursor.fetchall())


def test_the_window_is_never_read_for_rare_words(generated) -> None:
    """The candidates come from the search index's bitmap (maybe ANDed with the window's
    index entries), never from reading the window's mentions; the matches are then read
    by id."""
    workspace, now, rule = generated["workspace"], generated["now"], generated["rule"]
    keywords = CrisisPolicy.read(workspace.pk).keywords
    tsquery, patterns = keyword._forms(tuple(keywords))
    sets, select = keyword.CANDIDATES_SQL.split("WITH", 1)
    off = tuple(line.split()[2] for line in sets.strip().splitlines())
    params = [keyword.COMMON_SHARE, patterns, workspace.pk, now - rule.window, now, tsquery, 9]
    plan = pg.explain("WITH" + select, params, off=off)
    nodes = pg.nodes(plan)
    reads = [n for n in nodes if n.get("Relation Name") == "mentions_mention"]
    assert [n["Node Type"] for n in reads] == ["Bitmap Heap Scan"], pg.outline(plan)
    used = {n.get("Index Name") for n in nodes if n["Node Type"] == "Bitmap Index Scan"}
    assert "mention_search_idx" in used, pg.outline(plan)

    # The statement itself (its SET LOCALs last for it alone) and then the matches by id.
    among = keyword.candidates(workspace.pk, now - rule.window, now, keywords)
    assert among is not None and set(among) >= {generated["ids"][n] for n in EXPECTED}
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
    final = pg.explain(
        f"SELECT m.id {keyword.MATCHES} AND m.id = ANY(%s)",
        [rule.brand_id, now - rule.window, now, tsquery, "x", "x", among],
    )
    reads = [n for n in pg.nodes(final) if n.get("Relation Name") == "mentions_mention"]
    assert reads and all("id = ANY" in str(n.get("Index Cond", "")) for n in reads), pg.outline(
        final
    )


def test_a_common_word_reads_the_window_instead(generated) -> None:
    """A word Postgres' statistics know to be in many mentions ("support", in a fifth of
    them) would cost its whole posting list: the window is read in turn instead."""
    workspace, now = generated["workspace"], generated["now"]
    assert keyword.candidates(workspace.pk, now - timedelta(days=1), now, ["support"]) is None
    assert keyword.candidates(workspace.pk, now - timedelta(days=1), now, ["boycott"]) == [
        generated["ids"][3]
    ]


def test_the_default_words_as_the_index_stores_them() -> None:
    """Each default word as written and as each language stems it; a stem too short to be
    a prefix ("su" for "sued") is matched whole."""
    text = keyword.keyword_tsquery(DEFAULT_KEYWORDS)
    assert "recall:*" in text and "recal:*" in text  # English stores "recalls" as "recal"
    assert "(su | sued:*)" in text and not re.search(r"\bsu:\*", text)


def test_a_long_window_is_asked_a_day_at_a_time(generated) -> None:
    """Over a month Postgres would drop the search index and recheck every mention of the
    workspace (18 s at 10,000,000 mentions): the preview's 30 days are 30 questions of a day,
    each answered like the evaluation's."""
    workspace, now = generated["workspace"], generated["now"]
    keywords = CrisisPolicy.read(workspace.pk).keywords
    with CaptureQueriesContext(connection) as captured:
        among = keyword.candidates(workspace.pk, now - timedelta(days=3), now, keywords)
    assert among is not None and set(among) >= {generated["ids"][n] for n in EXPECTED}
    asked = [q for q in captured.captured_queries if "SET LOCAL" in q["sql"]]
    assert len(asked) == 3
    rule = generated["rule"]
    sql, params = keyword.Keyword().hourly(
        rule, now - timedelta(days=3), now, Context(workspace.pk)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        assert sum(n for _, n in cursor.fetchall()) == len(EXPECTED)
