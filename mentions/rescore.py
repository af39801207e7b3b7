"""Score stored mentions again, e.g. after a workspace lexicon change.

A person's label is never overwritten: for human-labelled mentions only the model's own
score (model_sentiment / model_label) is refreshed.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
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
    analysis = sentiment.analyse(
        body,
        targets=targets,
        lexicon=lexicon if lexicon is not None else (LexiconEntry.for_workspace(ws.pk) or None),
        language=mention.language or None,
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
