"""Store items as mentions: normalise, match brands, score, dedupe, bulk insert.

One call per poll (or import), inside the caller's transaction: the mentions and their
brand matches land together or not at all. Inserts are `ON CONFLICT DO NOTHING` on the
(workspace, fingerprint) constraint, so a poll delivered twice stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from psycopg2.extras import execute_values

from mentions import counts, events, normalise, sentiment
from mentions.connectors.base import Item
from mentions.matching import Matcher
from mentions.models import LexiconEntry, Mention
from mentions.mutes import Mutes
from mentions.signals import mentions_stored
from orm_dashboard.models import Workspace


@dataclass
class Prepared:
    """An item ready to store, with the brands it matched and the sentiment toward each."""

    fingerprint: str
    url: str
    url_key: str
    content_hash: str
    external_id: str
    title: str
    text: str
    html: str
    author: str
    author_url: str
    reach: int | None
    published_at: datetime
    language: str
    rating: int | None
    compound: float | None
    label: str
    brands: dict[int, tuple[float | None, str, list[str]]] = field(default_factory=dict)


@dataclass
class IngestResult:
    new: int = 0
    duplicates: int = 0
    unmatched: int = 0  # items of a generic source that no brand's query matched
    mention_ids: list[int] = field(default_factory=list)


class Context:
    """What scoring and matching need from the workspace, loaded once per poll."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.matcher = Matcher.for_workspace(workspace.pk)
        self.mutes = Mutes.for_workspace(workspace.pk)
        self.lexicon = LexiconEntry.for_workspace(workspace.pk)


def prepare(
    item: Item, ctx: Context, *, bound_brand_id: int | None, now: datetime
) -> Prepared | None:
    """Normalise one item; None when a generic source's item matches no brand."""
    raw_html = item.html or ""
    text = normalise.clean_text(item.text) if item.text else normalise.html_to_text(raw_html)
    title = normalise.clean_text(item.title)[:1000]
    url = normalise.canonical_url(item.url)
    body = normalise.scored_text(title, text)
    language = (item.language or "").lower()[:8] or sentiment.detect_language(
        body[:1000], hint=ctx.workspace.language
    )
    matches = ctx.matcher.match(body, language)
    muted = {
        b
        for b in (*matches, bound_brand_id)
        if b and ctx.mutes and ctx.mutes.is_muted(b, item.author, url)
    }
    for brand_id in muted & matches.keys():
        del matches[brand_id]
    if bound_brand_id is not None and bound_brand_id not in matches and bound_brand_id not in muted:
        # A bound source is about its brand even when the words are not in the text.
        spans = ctx.matcher.spans_for(bound_brand_id, body)
        matches[bound_brand_id] = _bound_match(bound_brand_id, spans, body)
    if not matches:
        return None
    analysis = sentiment.analyse(
        body,
        targets={str(bid): m.spans for bid, m in matches.items()},
        lexicon=ctx.lexicon or None,
        language=language or None,
        positive=ctx.workspace.positive_threshold,
        negative=ctx.workspace.negative_threshold,
        explain=False,  # only the scores are stored; the mention page explains
    )
    brands = {}
    for bid, m in matches.items():
        score = analysis.targets.get(str(bid), analysis.document)
        brands[bid] = (score.compound, score.label, m.terms)
    return Prepared(
        fingerprint=normalise.fingerprint(item.external_id, url, title, text),
        url=url[:2000],
        url_key=normalise.url_key(url),
        content_hash=normalise.content_hash(title, text),
        external_id=item.external_id[:500],
        title=title,
        text=text,
        html=normalise.sanitize_html(raw_html)[: normalise.MAX_TEXT * 2],
        author=normalise.clean_text(item.author)[:300],
        author_url=normalise.canonical_url(item.author_url)[:2000],
        reach=item.reach,
        published_at=normalise.clamp_published(item.published_at, now),
        language=analysis.language or language,
        rating=item.rating,
        compound=analysis.document.compound,
        label=analysis.document.label,
        brands=brands,
    )


def _identity(item: Item) -> tuple[str, str]:
    """(fingerprint, URL key) as ``prepare`` computes them, from the cheap fields only; the
    fingerprint is "" for an item without GUID or URL (its fingerprint hashes the cleaned
    text: the insert's ON CONFLICT catches those)."""
    url = normalise.canonical_url(item.url)
    fp = (
        normalise.fingerprint(item.external_id, url, "", "")
        if item.external_id.strip() or url
        else ""
    )
    return fp, normalise.url_key(url)


def _stored(workspace_id: int, keys: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    """Which of these fingerprints and URL keys the workspace has stored already."""
    fps = [fp for fp, _ in keys if fp]
    urls = [key for _, key in keys if key]
    if not fps and not urls:
        return set(), set()
    rows = Mention.objects.filter(workspace_id=workspace_id).filter(
        Q(fingerprint__in=fps) | Q(url_key__in=urls)
    )
    known_fps, known_urls = set(), set()
    for fp, key in rows.values_list("fingerprint", "url_key"):
        known_fps.add(fp)
        known_urls.add(key)
    return known_fps, known_urls & set(urls)


def _bound_match(brand_id: int, spans: list[tuple[int, int]], body: str) -> object:
    from mentions.matching import Match

    return Match(brand_id, spans, sorted({body[a:b] for a, b in spans}))


INSERT_SQL = """
INSERT INTO mentions_mention (
    workspace_id, source_id, external_id, url, url_key, fingerprint, content_hash,
    title, text, html, author, author_url, reach, published_at, fetched_at, language, rating,
    model_sentiment, model_label, sentiment, sentiment_label, status, tags
) VALUES %s
ON CONFLICT (workspace_id, fingerprint) DO NOTHING
RETURNING id, fingerprint
"""


def ingest(
    workspace: Workspace,
    items: Iterable[Item],
    *,
    source_id: int | None = None,
    bound_brand_id: int | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """Store ``items`` for ``workspace``; duplicates (same fingerprint or URL) are counted."""
    now = now or timezone.now()
    ctx = Context(workspace)
    result = IngestResult()
    items = list(items)
    # A feed repeats most of what it said last time: items already stored (same GUID or
    # URL, or a changed GUID with the same URL) are counted as duplicates before any
    # scoring, so a poll costs what its new items cost.
    keys = [_identity(item) for item in items]
    known_fps, known_urls = _stored(workspace.pk, keys)
    prepared: dict[str, Prepared] = {}
    seen_urls: set[str] = set()
    for item, (fp, key) in zip(items, keys, strict=True):
        if (fp and fp in known_fps) or (key and key in known_urls):
            result.duplicates += 1
            continue
        p = prepare(item, ctx, bound_brand_id=bound_brand_id, now=now)
        if p is None:
            result.unmatched += 1
        elif p.fingerprint in prepared or (p.url_key and p.url_key in seen_urls):
            result.duplicates += 1
        else:
            prepared[p.fingerprint] = p
            if p.url_key:
                seen_urls.add(p.url_key)
    if not prepared:
        return result

    rows = list(prepared.values())
    inserted = _insert(workspace.pk, source_id, rows, now)
    result.duplicates += len(rows) - len(inserted)
    result.new = len(inserted)
    result.mention_ids = sorted(inserted.values())
    if not inserted:
        return result

    by_fp = {p.fingerprint: p for p in rows}
    _insert_brand_matches(
        [
            (
                workspace.pk,
                mention_id,
                brand_id,
                by_fp[fp].published_at,
                compound,
                label,
                terms[:20],
                by_fp[fp].rating,
            )
            for fp, mention_id in inserted.items()
            for brand_id, (compound, label, terms) in by_fp[fp].brands.items()
        ]
    )
    counts.add(
        workspace.pk,
        (
            (brand_id, by_fp[fp].published_at, source_id, label, 1)
            for fp in inserted
            for brand_id, (_compound, label, _terms) in by_fp[fp].brands.items()
        ),
    )
    link_syndicated_copies(workspace.pk, result.mention_ids)
    events.created(
        workspace.pk,
        (
            (
                mention_id,
                sorted(by_fp[fp].brands),
                by_fp[fp].label,
                by_fp[fp].published_at,
                by_fp[fp].url,
                by_fp[fp].rating,
            )
            for fp, mention_id in inserted.items()
        ),
    )
    brand_ids = sorted({b for fp in inserted for b in by_fp[fp].brands})
    mention_ids = result.mention_ids
    transaction.on_commit(
        lambda: mentions_stored.send(
            sender=Mention,
            workspace_id=workspace.pk,
            mention_ids=mention_ids,
            brand_ids=brand_ids,
        )
    )
    return result


def _insert(
    workspace_id: int, source_id: int | None, rows: Sequence[Prepared], now: datetime
) -> dict[str, int]:
    values = [
        (
            workspace_id,
            source_id,
            p.external_id,
            p.url,
            p.url_key,
            p.fingerprint,
            p.content_hash,
            p.title,
            p.text,
            p.html,
            p.author,
            p.author_url,
            p.reach,
            p.published_at,
            now,
            p.language,
            p.rating,
            p.compound,
            p.label,
            p.compound,
            p.label,
            Mention.Status.NEW,
            [],
        )
        for p in rows
    ]
    with connection.cursor() as cursor:
        returned = execute_values(
            cursor.cursor if hasattr(cursor, "cursor") else cursor,
            INSERT_SQL,
            values,
            template="(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
            " %s, %s, %s, %s, %s, %s::varchar(60)[])",
            page_size=500,
            fetch=True,
        )
    return {fp: mention_id for mention_id, fp in returned}


# What MentionBrand.objects.bulk_create(..., ignore_conflicts=True) sends, without building
# a model instance per row (a poll stores thousands of matches).
MATCH_INSERT_SQL = """
INSERT INTO mentions_mentionbrand (
    workspace_id, mention_id, brand_id, published_at, sentiment, sentiment_label, matched, rating
) VALUES %s
ON CONFLICT DO NOTHING
"""


def _insert_brand_matches(values: list[tuple[object, ...]]) -> None:
    if not values:
        return
    with connection.cursor() as cursor:
        execute_values(
            cursor.cursor if hasattr(cursor, "cursor") else cursor,
            MATCH_INSERT_SQL,
            values,
            page_size=1000,
        )


def link_syndicated_copies(workspace_id: int, mention_ids: list[int]) -> None:
    """Point each new mention at the first stored mention with the same content."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE mentions_mention AS m SET duplicate_of_id = first.id
            FROM mentions_mention AS n
            CROSS JOIN LATERAL (
                SELECT o.id FROM mentions_mention AS o
                WHERE o.workspace_id = n.workspace_id AND o.content_hash = n.content_hash
                  AND o.content_hash <> '' AND o.id < n.id
                ORDER BY o.id LIMIT 1
            ) AS first
            WHERE n.id = ANY(%s) AND n.content_hash <> '' AND m.id = n.id
            """,
            [mention_ids],
        )
