"""The inbox's filters, read from the URL, applied to one workspace's mentions.

Every filter combination is a plain queryset ordered by (published_at, id) descending,
paged by keyset (`after=<published_at>|<id>`): no OFFSET, no COUNT(*) over the table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchVectorExact
from django.db import OperationalError, connection, transaction
from django.db.models import F, Prefetch, Q, QuerySet
from django.db.models.lookups import Exact
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from mentions.models import SEARCH_CONFIGS, Brand, Mention, MentionBrand, Source
from orm_dashboard.ids import parse_id

PAGE_SIZE = 40
SENTIMENTS = ("positive", "neutral", "negative", "unscored")
STATUSES = {
    "todo": ("New and open", ["new", "open"]),
    "new": ("New", ["new"]),
    "open": ("Open", ["open"]),
    "done": ("Done", ["done"]),
    "ignored": ("Ignored", ["ignored"]),
    "all": ("Any status", None),
}
ASSIGNEES = {"anyone": "Anyone", "me": "Assigned to me", "unassigned": "Unassigned"}
# The inbox's filters in query-string order, with the names their chips show.
FILTER_NAMES = {
    "brand": "Brand",
    "source": "Source",
    "kind": "Kind",
    "sentiment": "Sentiment",
    "language": "Language",
    "status": "Status",
    "assignee": "Assignee",
    "tag": "Tag",
    "author": "Author",
    "since": "From",
    "until": "To",
    "q": "Search",
}
FILTER_KEYS = tuple(FILTER_NAMES)


@dataclass
class Filters:
    brand: int | None = None
    source: int | None = None
    kind: str = ""
    sentiment: str = ""
    language: str = ""
    status: str = "todo"
    assignee: str = "anyone"
    tag: str = ""
    author: str = ""
    since: date | None = None
    until: date | None = None
    q: str = ""
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query: QueryDict) -> Filters:
        f = cls()
        f.brand = _int(query.get("brand"), f.errors, "brand")
        f.source = _int(query.get("source"), f.errors, "source")
        f.kind = query.get("kind", "")[:32]
        sentiment = query.get("sentiment", "")
        f.sentiment = sentiment if sentiment in SENTIMENTS else ""
        f.language = query.get("language", "").lower()[:8]
        status = query.get("status", "todo")
        f.status = status if status in STATUSES else "todo"
        assignee = query.get("assignee", "anyone")
        f.assignee = assignee if assignee in ASSIGNEES else "anyone"
        f.tag = query.get("tag", "").strip()[:60]
        f.author = query.get("author", "").strip()[:300]
        f.since = _date(query.get("since"), f.errors, "from")
        f.until = _date(query.get("until"), f.errors, "to")
        f.q = " ".join(query.get("q", "").split())[:200]
        return f

    def querystring(self, **overrides: Any) -> str:
        """The filters as a URL query (defaults left out), for links and the URL bar."""
        values = {
            "brand": self.brand or "",
            "source": self.source or "",
            "kind": self.kind,
            "sentiment": self.sentiment,
            "language": self.language,
            "status": "" if self.status == "todo" else self.status,
            "assignee": "" if self.assignee == "anyone" else self.assignee,
            "tag": self.tag,
            "author": self.author,
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "q": self.q,
        }
        values.update(overrides)
        return urlencode({k: v for k, v in values.items() if v not in ("", None)})

    @property
    def active(self) -> bool:
        return bool(self.querystring())


def _int(value: str | None, errors: list[str], name: str) -> int | None:
    if not value:
        return None
    number = parse_id(value)
    if number is None:
        errors.append(f"Ignored the {name} filter: {value!r} is not an id.")
    return number


def _date(value: str | None, errors: list[str], name: str) -> date | None:
    if not value:
        return None
    parsed = parse_date(value)
    if parsed is None:
        errors.append(f"Ignored the “{name}” date: {value!r} is not a date (YYYY-MM-DD).")
    return parsed


def search_config(f: Filters) -> str:
    """The text search configuration a search is read with: the language filter's, else
    English (the simple configuration is asked too, for mentions in other languages)."""
    return SEARCH_CONFIGS.get(f.language, "english")


def unsearchable_words(f: Filters) -> tuple[list[str], bool]:
    """The words of the search that its configuration leaves out as too common (stop words:
    "down", "not"), and whether nothing else is left to search for. A team searching
    "down" during an outage must be told, not shown an empty inbox."""
    # ("or" between words is the search's OR, not a word)
    words = [w for w in dict.fromkeys(re.findall(r"[^\W_]+", f.q.lower())) if w != "or"]
    if not words:
        return [], False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) WITH ORDINALITY AS t(w, n)"
            " WHERE to_tsvector(%s::regconfig, w) = ''::tsvector ORDER BY n",
            [words, search_config(f)],
        )
        dropped = [row[0] for row in cursor.fetchall()]
    return dropped, len(dropped) == len(words)


def filtered(workspace: Any, f: Filters, user: Any) -> QuerySet[Mention]:
    """The workspace's mentions matching the filters; syndicated copies are hidden (they
    show on the original)."""
    qs = Mention.objects.filter(workspace=workspace, duplicate_of__isnull=True)
    if f.brand:
        brand_q = Q(matches__brand_id=f.brand)
        if f.sentiment:
            brand_q &= Q(matches__sentiment_label=f.sentiment)
        qs = qs.filter(brand_q)
    elif f.sentiment:
        qs = qs.filter(sentiment_label=f.sentiment)
    if f.source:
        qs = qs.filter(source_id=f.source)
    if f.kind:
        # Resolved to source ids first, so the (workspace, source, time) index answers it.
        kind_sources = Source.objects.filter(workspace=workspace, kind=f.kind)
        qs = qs.filter(source_id__in=list(kind_sources.values_list("id", flat=True)))
    if f.language:
        qs = qs.filter(language=f.language)
    statuses = STATUSES[f.status][1]
    if statuses:
        qs = qs.filter(status__in=statuses) if len(statuses) > 1 else qs.filter(status=statuses[0])
    if f.assignee == "me":
        qs = qs.filter(assignee=user)
    elif f.assignee == "unassigned":
        qs = qs.filter(assignee__isnull=True)
    if f.tag:
        qs = qs.filter(tags__contains=[f.tag])
    if f.author:
        qs = qs.filter(author=f.author)
    tz = timezone.get_current_timezone()
    if f.since:
        qs = qs.filter(published_at__gte=datetime.combine(f.since, time.min, tz))
    if f.until:
        qs = qs.filter(published_at__lt=datetime.combine(f.until + timedelta(days=1), time.min, tz))
    if f.q:
        config = search_config(f)
        query = SearchQuery(f.q, config=config, search_type="websearch")
        if config != "simple":
            query |= SearchQuery(f.q, config="simple", search_type="websearch")
        qs = qs.filter(search=query)
    return qs


# How a text search finds its page. Postgres cannot tell how many mentions a word matches
# when the word is missing from its statistics (a rare word, a typo): it guesses up to
# 0.5 % of the table, 50,000 of 10,000,000 mentions, and then walks the workspace
# newest-first looking for a page of them, through all of it when there are none (3.4 s
# at 10,000,000 mentions). So the search never leaves that choice to the
# planner's guess; it measures, with work bounded at every step:
#  1. the newest DENSE_WALK mentions matching the other filters (four pages' worth) are
#     read in order and the search is tested on each: a word in a quarter of them fills a
#     page here. Not more: under a rare filter (a tag on 1 % of mentions) reading 1,000
#     of them took 100,000 index entries, 220 ms at 1,000,000 mentions;
#  2. a word Postgres' statistics say is in more than COMMON_SHARE of all mentions is
#     common for sure (a word it does not know is never guessed above 0.5 %): walk in order;
#     otherwise the search index alone (bitmap scans only: never a walk of the workspace)
#     lists the word's matches in the workspace, stopping at FEW_HITS + 1;
#  3. up to FEW_HITS matches are filtered and sorted by their ids for the page; more than
#     that are dense enough (at least FEW_HITS in the workspace) that walking the newest
#     mentions in order finds a page, and only that walk is allowed.
DENSE_WALK = 160
FEW_HITS = 5000
COMMON_SHARE = 0.01


# Columns a list of mentions never shows: the stored HTML and search vector, and the
# source's settings and connector state (JSON, with credentials).
LIST_SKIPS = ("html", "search", "source__config", "source__state")

# Planner settings for a step of the search: only bitmap scans (the search index, maybe
# ANDed with another index), or only ordered index walks.
INDEX_ONLY = {"enable_seqscan": "off", "enable_indexscan": "off", "enable_indexonlyscan": "off"}
WALK_ONLY = {"enable_seqscan": "off", "enable_bitmapscan": "off"}


@contextmanager
def planner(settings: dict[str, str]) -> Iterator[None]:
    """Run the block's queries with these planner settings, then restore the previous
    values (SET LOCAL alone would last to the end of an outer transaction)."""
    names = list(settings)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(["current_setting(%s)"] * len(names)), names)
        previous = cursor.fetchone()
        _set(cursor, dict(zip(names, [settings[n] for n in names], strict=True)))
        try:
            yield
        finally:
            _set(cursor, dict(zip(names, previous, strict=True)))


def _set(cursor: Any, values: dict[str, str]) -> None:
    cursor.execute(
        "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(values)),
        [x for pair in values.items() for x in pair],
    )


def _split_search(qs: QuerySet[Mention]) -> tuple[QuerySet[Mention], SearchVectorExact | None]:
    """``qs`` without its text search, and the search (a condition on ``search``)."""
    base = qs._chain()  # a copy whose conditions can be edited
    children = base.query.where.children
    found = [c for c in children if isinstance(c, SearchVectorExact)]
    if len(found) != 1:
        return qs, None
    children.remove(found[0])
    return base, found[0]


def _before(qs: QuerySet[Mention], cursor: tuple[datetime, int] | None) -> QuerySet[Mention]:
    if not cursor:
        return qs
    published, pk = cursor
    return qs.filter(Q(published_at__lt=published) | Q(published_at=published, id__lt=pk))


def search_keys(
    qs: QuerySet[Mention], cursor: tuple[datetime, int] | None, size: int
) -> list[tuple[datetime, int]]:
    """(published_at, id) of the next ``size + 1`` mentions of a text search, newest first,
    in the steps described at DENSE_WALK."""
    base, search = _split_search(qs)
    newest = ("-published_at", "-id")
    if search is None:  # not a filter on the search column after all
        return list(
            _before(qs, cursor).order_by(*newest).values_list("published_at", "id")[: size + 1]
        )
    walk_size = max(DENSE_WALK, size + 1)
    walked = list(
        _before(base, cursor)
        .order_by(*newest)
        .annotate(hit=SearchVectorExact(F("search"), search.rhs))
        .values_list("published_at", "id", "hit")[:walk_size]
    )
    hits = [(published, pk) for published, pk, hit in walked if hit]
    if len(hits) > size or len(walked) < walk_size:
        return hits[: size + 1]
    workspace_id = _workspace_id(base)
    if workspace_id is None:  # not scoped to one workspace: let Postgres choose
        return list(
            _before(qs, cursor).order_by(*newest).values_list("published_at", "id")[: size + 1]
        )
    if _estimated_share(search) > COMMON_SHARE:
        # A word Postgres knows to be common (an unknown one is never guessed above 0.5 %):
        # listing its matches would read a posting list of millions (1.6 s for 2.5 million
        # at 10,000,000 mentions), while a walk in order soon finds a page of them.
        with planner(WALK_ONLY):
            return list(
                _before(qs, cursor).order_by(*newest).values_list("published_at", "id")[: size + 1]
            )
    # Only the word's matches in the workspace, from the search index: with the other
    # filters in the same query Postgres, still believing the word common, ANDs in an
    # index of those filters (every new or open mention of a week: 170,000 index entries
    # at 1,000,000 mentions for a word in 7 of them).
    with planner(INDEX_ONLY):
        matched = list(
            Mention.objects.filter(workspace_id=workspace_id, search=search.rhs)
            .order_by()
            .values_list("id", flat=True)[: FEW_HITS + 1]
        )
    if len(matched) <= FEW_HITS:
        return list(
            _before(base, cursor)
            .filter(id__in=matched)
            .order_by(*newest)
            .values_list("published_at", "id")[: size + 1]
        )
    with planner(WALK_ONLY):
        return list(
            _before(qs, cursor).order_by(*newest).values_list("published_at", "id")[: size + 1]
        )


def _estimated_share(search: SearchVectorExact) -> float:
    """The share of all mentions Postgres expects the search to match (from its
    statistics; a word it has none for is guessed at 0.5 % or less)."""
    sql, params = Mention.objects.filter(search=search.rhs).values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        raw = cursor.fetchone()[0]
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'mentions_mention'::regclass")
        (total,) = cursor.fetchone()
    plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
    return plan["Plan Rows"] / total if total and total > 0 else 0.0


def _workspace_id(qs: QuerySet[Mention]) -> int | None:
    """The workspace ``qs`` is scoped to (filtered() always scopes to one)."""
    for child in qs.query.where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        if isinstance(child, Exact) and target is not None and target.attname == "workspace_id":
            return getattr(child.rhs, "pk", child.rhs)
    return None


def page(
    qs: QuerySet[Mention], after: str = "", size: int | None = None, *, search: bool = False
) -> tuple[list[Mention], str]:
    """One page in (published_at, id) descending order and the cursor of the next page.

    ``search``: ``qs`` filters on the text search, whose (published_at, id) keys are found
    first in bounded steps (see DENSE_WALK); then only the page's rows are read.
    """
    size = size or PAGE_SIZE
    cursor = _cursor(after)
    if search:
        keys = search_keys(qs, cursor, size)
        qs, cursor = qs.filter(id__in=[pk for _, pk in keys]), None
    qs = _before(qs.order_by("-published_at", "-id"), cursor)
    rows = list(
        qs.select_related("source", "assignee")
        .defer(*LIST_SKIPS)
        .prefetch_related(
            Prefetch(
                "matches",
                queryset=MentionBrand.objects.select_related("brand").order_by(
                    "brand__is_competitor", "brand__name"
                ),
            )
        )[: size + 1]
    )
    more = ""
    if len(rows) > size:
        rows = rows[:size]
        last = rows[-1]
        more = f"{last.published_at.isoformat()}|{last.pk}"
    return rows, more


def _cursor(after: str) -> tuple[datetime, int] | None:
    if not after or "|" not in after:
        return None
    stamp, _, pk = after.rpartition("|")
    try:
        published = parse_datetime(stamp)
    except ValueError:  # well formed but impossible, such as a 25th hour
        return None
    if published is None or parse_id(pk) is None:
        return None
    if timezone.is_naive(published):  # hand-written: compared with stored, aware times
        published = timezone.make_aware(published)
    return published, int(pk)


def choices(workspace: Any) -> dict[str, Any]:
    """What the filter bar offers: the workspace's brands, sources, kinds and languages."""
    sources = list(Source.objects.filter(workspace=workspace).only("id", "name", "kind"))
    return {
        "brands": Brand.objects.filter(workspace=workspace).only("id", "name", "is_competitor"),
        "sources": sources,
        "kinds": sorted({s.kind for s in sources}),
        "languages": sorted(SEARCH_CONFIGS),
        "sentiments": SENTIMENTS,
        "statuses": [(k, v[0]) for k, v in STATUSES.items()],
        "assignees": list(ASSIGNEES.items()),
    }


# The result count is exact up to this many mentions and "1,000+" beyond: counting further
# would read every matching row of a million-mention workspace on each keystroke.
COUNT_BOUND = 1000
# ...and it is given up (no count shown) when even that takes longer than this: a filter
# that matches few mentions spread thinly over a big workspace can make the bounded count
# read far more rows than it counts.
COUNT_TIMEOUT_MS = 60


def bounded_count(qs: QuerySet[Mention]) -> int | None:
    """How many mentions ``qs`` matches, up to ``COUNT_BOUND + 1``; None when not cheap."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        previous = cursor.fetchone()[0]
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('statement_timeout', %s, true)", [f"{COUNT_TIMEOUT_MS}ms"]
            )
            # The ids themselves (at most 1,001 small rows), not a COUNT(*): the statement
            # is visibly bounded and no aggregate over the table is ever written.
            count = len(qs.order_by().values_list("id", flat=True)[: COUNT_BOUND + 1])
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
    except OperationalError:  # cancelled by the timeout; the savepoint undid the setting
        return None
    return count


def count_label(count: int | None) -> str:
    if count is None:
        return ""
    return f"{COUNT_BOUND:,}+" if count > COUNT_BOUND else f"{count:,}"


def chips(f: Filters, offered: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The active filters as (name, value shown, the filter query without it), for the row
    of removable chips above the list."""
    brands = {b.pk: b.name for b in offered["brands"]}
    sources = {s.pk: s.name for s in offered["sources"]}
    shown = {
        "brand": brands.get(f.brand, str(f.brand)) if f.brand else "",
        "source": sources.get(f.source, str(f.source)) if f.source else "",
        "kind": f.kind,
        "sentiment": f.sentiment,
        "language": f.language,
        "status": STATUSES[f.status][0] if f.status != "todo" else "",
        "assignee": ASSIGNEES[f.assignee] if f.assignee != "anyone" else "",
        "tag": f"#{f.tag}" if f.tag else "",
        "author": f.author,
        "since": f.since.isoformat() if f.since else "",
        "until": f.until.isoformat() if f.until else "",
        "q": f.q,
    }
    return [
        (FILTER_NAMES[key], value, f.querystring(**{key: ""}))
        for key, value in shown.items()
        if value
    ]


def canonical(query: str) -> str:
    """A filter query as the inbox writes it (defaults dropped, keys in one order)."""
    return Filters.from_query(QueryDict(query)).querystring()
