"""Score stored mentions again: after a workspace lexicon change (the last 30 days, in the
background), or after an upgrade that improved the scorer (``manage.py rescore``).

A person's label is never overwritten: for human-labelled mentions only the model's own
score (model_sentiment / model_label) is refreshed.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    mention = Mention.objects.select_related("workspace").get(pk=mention_id)
    ws = mention.workspace
    matcher = matcher or Matcher.for_workspace(ws.pk)
    body = normalise.scored_text(mention.title, mention.text)
    matches = list(MentionBrand.objects.filter(mention=mention))
    targets = {str(mb.brand_id): matcher.spans_for(mb.brand_id, body) for mb in matches}
    # A mention stored without a language (the detector was not sure) is detected again,
    # now with the client's language to settle a close call, as ingest does.
    language = mention.language or sentiment.detect_language(body[:1000], hint=ws.language)
    analysis = sentiment.analyse(
        body,
        targets=targets,
        lexicon=lexicon if lexicon is not None else (LexiconEntry.for_workspace(ws.pk) or None),
        language=language or None,
        positive=ws.positive_threshold,
        negative=ws.negative_threshold,
        explain=False,
    )
    human = mention.sentiment_by_id is not None and not force
    with transaction.atomic():
        update = {
            "model_sentiment": analysis.document.compound,
            "model_label": analysis.document.label,
        }
        if not mention.language and analysis.language:
            update["language"] = analysis.language
        if not human:
            update.update(
                sentiment=analysis.document.compound, sentiment_label=analysis.document.label
            )
        Mention.objects.filter(pk=mention.pk).update(**update)
        if human:
            return
        moves = []
        for mb in matches:
            score = analysis.targets.get(str(mb.brand_id), analysis.document)
            moves.append((mention, {mb.brand_id: mb.sentiment_label}, score.label))
            MentionBrand.objects.filter(pk=mb.pk).update(
                sentiment=score.compound, sentiment_label=score.label
            )
        counts.relabel(moves)


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
