"""Keyword trigger: mentions of a brand containing one of the workspace's trigger words.

A trigger word is found the way the inbox's search finds words, then checked against the
word-start pattern: the search index answers which mentions can contain the words (in
every language's form: "recalls" is stored as "recal" in English), and the pattern keeps
those where a word starts with the keyword (recall → recalls, recalled; "data breach"
as the two words in a row). Reading a day of the brand's mentions and matching the
pattern on each took 850 ms at 10,000,000 mentions (55,000 mentions of the brand a day);
asking the index for the few mentions with a trigger word takes milliseconds (words the
statistics know to be common are still matched over the window). A keyword made only of
stop words of some language ("down", "out"), which the index leaves out of that language's
mentions, is matched over the window too (in "site down" the index finds "site"). The
price: a word inside a link's path, which the index does not hold, does not trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.template.defaultfilters import pluralize

from crisis.rules.base import LINK_LIMIT, Context, Finding, Hour, Kind, ids, register, span
from mentions.models import SEARCH_CONFIGS

if TYPE_CHECKING:
    from crisis.models import Rule

# Every configuration a mention's search vector can be built with (by its language).
CONFIGS = ["simple", *sorted(set(SEARCH_CONFIGS.values()))]
MIN_PREFIX = 4
# At most this many mentions of the window found by the search index are checked against
# the pattern one by one; with more, the window's mentions are read in turn instead.
CANDIDATES = 2000
CHUNK = timedelta(days=1)


def keyword_regex(keywords: Sequence[str]) -> str:
    """A Postgres regex matching any keyword at a word start (recall → recalls, recalled)."""
    parts = [r"\s+".join(re.escape(w) for w in k.split()) for k in keywords if k.strip()]
    return r"\m(" + "|".join(parts) + ")" if parts else ""


def keyword_tsquery(keywords: Sequence[str]) -> str:
    """A tsquery (text for to_tsquery('simple', …)) that the mentions matching
    keyword_regex match too, as the search index stores their words: each word of a
    keyword as a prefix of the stored words, as written (a mention in no stemmed
    language) and as each language stems it ("boycotted" is stored as "boycot" in
    English). A stem shorter than MIN_PREFIX letters must be stored whole ("sued" is "su",
    which as a prefix would take in "support"). Only letters and digits reach to_tsquery,
    so a keyword is never read as query syntax."""
    return _forms(tuple(keywords))[0]


@lru_cache(maxsize=256)
def _forms(keywords: tuple[str, ...]) -> tuple[str, list[str]]:
    """The tsquery, and its forms as LIKE patterns over stored words (``recal%``, ``su``)."""
    split = [re.findall(r"[^\W_]+", k.lower()) for k in keywords]
    words = sorted({w for ws in split for w in ws})
    stems: dict[str, set[str]] = {w: set() for w in words}
    stop: set[str] = set()  # a stop word of some language: its mentions' index lacks it
    if words:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT w, (to_tsvector(c::regconfig, w)::text) FROM unnest(%s::text[]) c,"
                " unnest(%s::text[]) w",
                [CONFIGS, words],
            )
            for word, vector in cursor.fetchall():
                found = set(re.findall(r"'([^']+)'", vector))
                stems[word] |= found
                if not found:
                    stop.add(word)

    patterns: set[str] = set()

    def forms(word: str) -> str:
        found = {f"{word}:*"} | {
            f"{s}:*" if len(s) >= MIN_PREFIX else s for s in stems[word] if s.isalnum()
        }
        patterns.update(f.replace(":*", "%") for f in found)
        return "(" + " | ".join(sorted(found)) + ")"

    # A keyword's stop words are left to the pattern ("site down": the index finds "site");
    # a keyword of stop words alone ("down") cannot be looked up: no tsquery at all, and
    # the window is read instead.
    looked_up = [[w for w in ws if w not in stop] for ws in split if ws]
    if not all(looked_up):
        return "", []
    terms = ["(" + " & ".join(forms(w) for w in ws) + ")" for ws in looked_up]
    return " | ".join(terms), sorted(patterns)


def matched_keywords(text: str, keywords: Sequence[str]) -> list[str]:
    lowered = " ".join(text.lower().split())
    return [k for k in keywords if re.search(r"\b" + re.escape(k.lower()), lowered)]


# A brand's mentions in a time range with a trigger word: in the search index's answer
# (the tsquery) and matching the pattern (keyword_regex).
WINDOW = """
FROM mentions_mentionbrand mb JOIN mentions_mention m ON m.id = mb.mention_id
WHERE mb.brand_id = %s AND mb.published_at >= %s AND mb.published_at < %s
"""
MATCHES = (
    WINDOW + "  AND m.search @@ to_tsquery('simple', %s) AND (m.title ~* %s OR m.text ~* %s)\n"
)
# A keyword of stop words alone: the pattern over the brand's mentions of the window.
UNINDEXED = WINDOW + "  AND (m.title ~* %s OR m.text ~* %s)\n"


# The workspace's mentions of a window that the search index says can hold a trigger word:
# the index's bitmap ANDed with the window's. Left to itself, Postgres guesses a third of
# the window for twenty prefixes it has no statistics for and reads the whole window, so
# the other plans are switched off for this statement (SET LOCAL, undone after it). -1
# instead when its statistics know one of the words' stored forms to be in more than
# COMMON_SHARE of all mentions: their entries in the search index would be longer than the
# window (3 s for a word in 900,000 mentions at 10,000,000), so the window is read in turn
# instead. That check is a one-time filter: for such a word the index is not read at all.
CANDIDATES_SQL = """
SET LOCAL enable_seqscan = off;
SET LOCAL enable_indexscan = off;
SET LOCAL enable_indexonlyscan = off;
WITH common AS (
  SELECT EXISTS (
    SELECT 1 FROM pg_stats s,
      unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(word, share)
    WHERE s.tablename = 'mentions_mention' AND s.attname = 'search'
      AND e.share > %s AND e.word LIKE ANY (%s)
  ) AS yes
)
(SELECT -1 FROM common WHERE common.yes)
UNION ALL
(SELECT m.id FROM mentions_mention m
 WHERE NOT (SELECT yes FROM common)
   AND m.workspace_id = %s AND m.published_at >= %s AND m.published_at < %s
   AND m.search @@ to_tsquery('simple', %s)
 LIMIT %s)
"""
RESET_SQL = "RESET enable_seqscan; RESET enable_indexscan; RESET enable_indexonlyscan"
COMMON_SHARE = 0.01


def candidates(
    workspace_id: int, start: datetime, end: datetime, keywords: Sequence[str]
) -> list[int] | None:
    """The workspace's mentions of the window that the search index says can hold a
    trigger word (up to CANDIDATES), or None when the window is better read in turn: the
    words are common, or more than CANDIDATES mentions have them.

    Asked a day at a time (the preview's 30 days are 30 questions): over a day Postgres
    ANDs the search index with the day's entries of the inbox index; over a month it
    dropped the search index and rechecked every mention of the workspace (18 s at
    10,000,000 mentions)."""
    tsquery, patterns = _forms(tuple(keywords))
    found: list[int] = []
    with connection.cursor() as cursor:
        while start < end and len(found) <= CANDIDATES:
            stop = min(start + CHUNK, end)
            params = [COMMON_SHARE, patterns, workspace_id, start, stop, tsquery]
            # One round trip: SET LOCAL ends with the statement's implicit transaction,
            # or is undone at once inside an outer one.
            cursor.execute(CANDIDATES_SQL, [*params, CANDIDATES + 1 - len(found)])
            found += [row[0] for row in cursor.fetchall()]
            if connection.in_atomic_block:
                cursor.execute(RESET_SQL)
            if -1 in found:
                return None
            start = stop
    return None if len(found) > CANDIDATES else found


def matching(rule: Rule, start: datetime, end: datetime, context: Context) -> tuple[str, list]:
    """FROM … WHERE of the brand's mentions with a trigger word between start and end, and
    its parameters: among the search index's candidates when it has few enough (the
    evaluation's day, the preview's 30 days: 13 s at 10,000,000 mentions when the 30 days
    were read), else over the window."""
    keywords = context.keywords
    pattern = keyword_regex(keywords)
    tsquery = keyword_tsquery(keywords)
    if not tsquery:
        return UNINDEXED, [rule.brand_id, start, end, pattern, pattern]
    params: list[Any] = [rule.brand_id, start, end, tsquery, pattern, pattern]
    among = candidates(context.workspace_id, start, end, keywords)
    if among is None:
        return MATCHES, params
    return MATCHES + " AND m.id = ANY(%s)", [*params, among]


@register
class Keyword(Kind):
    kind = "keyword"
    label = "Keyword trigger"
    params = ("window_minutes", "min_count")
    defaults = {"severity": "high", "window_minutes": 24 * 60, "min_count": 1}

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        keywords = context.keywords
        found: list[int] = []
        if keyword_regex(keywords):
            matches, params = matching(rule, start, now, context)
            found = ids(
                f"SELECT m.id {matches} ORDER BY m.reach DESC NULLS LAST, mb.published_at DESC"
                " LIMIT %s",
                [*params, LINK_LIMIT],
            )
        fired = len(found) >= max(rule.min_count, 1)
        return Finding(
            rule,
            fired,
            len(found),
            None,
            max(rule.min_count, 1),
            start,
            now,
            "mentions",
            f"{len(found)} mentions in the last {span(rule.window)} contain a trigger word "
            f"({', '.join(keywords[:8]) or 'no trigger words set'}).",
            {"keywords": list(keywords)},
            found if fired else [],
        )

    def describe(self, rule: Rule) -> str:
        return (
            f"at least {rule.min_count} mention{pluralize(rule.min_count)} with a trigger word "
            f"in {rule.window_minutes} min"
        )

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]] | None:
        if not keyword_regex(context.keywords):
            return None
        matches, params = matching(rule, start, end, context)
        return f"SELECT date_trunc('hour', mb.published_at), count(*) {matches} GROUP BY 1", params

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        observed = sums[0][t] - sums[0][t - w]
        need = max(rule.min_count, 1)
        return observed, float(need), observed >= need
