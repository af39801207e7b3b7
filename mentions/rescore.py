"""Score stored mentions again: after a workspace lexicon change (the last 30 days, in the
background), or after an upgrade that improved the scorer (``manage.py rescore``).

A person's label is never overwritten: for human-labelled mentions only the model's own
score (model_sentiment / model_label) is refreshed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from mentions import counts, normalise, sentiment
from mentions.matching import Matcher
from mentions.models import LexiconEntry, Mention, MentionBrand

RECENT = timedelta(days=30)
BATCH = 200


def score_mention(
    mention_id: int,
    *,
    force: bool = False,
    lexicon: dict[str, float] | None = None,
    matcher: Matcher | None = None,
) -> None:
    """One mention (see ``score_mentions``)."""
    score_mentions([mention_id], force=force, lexicon=lexicon, matcher=matcher)


def score_mentions(
    mention_ids: Sequence[int],
    *,
    force: bool = False,
    lexicon: dict[str, float] | None = None,
    matcher: Matcher | None = None,
) -> int:
    """Score these mentions again (one workspace's, when ``lexicon`` or ``matcher`` is given)
    in one transaction: their rows are locked while they are read and written, so a person's
    label set meanwhile waits and is never overwritten. ``force`` hands the label back to
    the model even where a person set it. Rows are read and written a batch at a time (two
    reads and one write of each table, not five queries a mention); nothing is written for a
    mention whose scores did not change. Returns how many mentions changed."""
    changed = 0
    with transaction.atomic():
        mentions = list(
            Mention.objects.select_for_update(of=("self",))
            .select_related("workspace")
            .filter(pk__in=mention_ids)
            .order_by("pk")
        )
        matches: dict[int, list[MentionBrand]] = {}
        for mb in (
            MentionBrand.objects.select_for_update()
            .filter(mention__in=[m.pk for m in mentions])
            .order_by("pk")
        ):
            matches.setdefault(mb.mention_id, []).append(mb)
        matchers: dict[int, Matcher] = {}
        lexicons: dict[int, dict | None] = {}
        mention_rows, brand_rows, moves = [], [], []
        for mention in mentions:
            ws = mention.workspace
            if ws.pk not in matchers:
                matchers[ws.pk] = matcher or Matcher.for_workspace(ws.pk)
                lexicons[ws.pk] = (
                    lexicon if lexicon is not None else (LexiconEntry.for_workspace(ws.pk) or None)
                )
            body = normalise.scored_text(mention.title, mention.text)
            own = matches.get(mention.pk, [])
            targets = {str(mb.brand_id): matchers[ws.pk].spans_for(mb.brand_id, body) for mb in own}
            # A mention stored without a language (the detector was not sure) is detected
            # again, now with the client's language to settle a close call, as ingest does.
            language = mention.language or sentiment.detect_language(body[:1000], hint=ws.language)
            analysis = sentiment.analyse(
                body,
                targets=targets,
                lexicon=lexicons[ws.pk],
                language=language or None,
                positive=ws.positive_threshold,
                negative=ws.negative_threshold,
                explain=False,
            )
            human = mention.sentiment_by_id is not None and not force
            before = _scores(mention)
            mention.model_sentiment = analysis.document.compound
            mention.model_label = analysis.document.label
            if not mention.language and analysis.language:
                mention.language = analysis.language
            if not human:
                mention.sentiment = analysis.document.compound
                mention.sentiment_label = analysis.document.label
            if _scores(mention) != before:
                mention_rows.append(mention)
                changed += 1
            if human:
                continue
            for mb in own:
                score = analysis.targets.get(str(mb.brand_id), analysis.document)
                if (mb.sentiment, mb.sentiment_label) == (score.compound, score.label):
                    continue
                moves.append((mention, {mb.brand_id: mb.sentiment_label}, score.label))
                mb.sentiment, mb.sentiment_label = score.compound, score.label
                brand_rows.append(mb)
        Mention.objects.bulk_update(mention_rows, [*_MENTION_FIELDS, "language"])
        MentionBrand.objects.bulk_update(brand_rows, ["sentiment", "sentiment_label"])
        counts.relabel(moves)
    return changed


_MENTION_FIELDS = ("model_sentiment", "model_label", "sentiment", "sentiment_label")


def _scores(mention: Mention) -> tuple[object, ...]:
    return (*(getattr(mention, f) for f in _MENTION_FIELDS), mention.language)


def recent_mention_ids(workspace_id: int) -> list[int]:
    since = timezone.now() - RECENT
    return list(
        Mention.objects.filter(workspace_id=workspace_id, published_at__gte=since)
        .order_by("-published_at")
        .values_list("id", flat=True)
    )


def mention_ids(workspace_id: int, since: datetime | None) -> Iterator[int]:
    """The workspace's mention ids, newest first (what people look at is right soonest),
    read in pages by keyset so millions never sit in memory."""
    found = Mention.objects.filter(workspace_id=workspace_id)
    if since is not None:
        found = found.filter(published_at__gte=since)
    last: tuple[datetime, int] | None = None
    while True:
        page = found
        if last is not None:
            page = page.filter(
                Q(published_at__lt=last[0]) | Q(published_at=last[0], pk__lt=last[1])
            )
        rows = list(page.order_by("-published_at", "-pk").values_list("published_at", "pk")[:BATCH])
        if not rows:
            return
        yield from (pk for _, pk in rows)
        last = rows[-1]
