"""Score stored mentions again: after a workspace lexicon change (the last 30 days) and after
an upgrade that changed the scorer (the whole history), both in the background as
RescoreJobs; ``manage.py rescore`` does the same in the foreground.

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
from mentions.models import LexiconEntry, Mention, MentionBrand, RescoreJob
from orm_dashboard import leases
from orm_dashboard.models import Workspace

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


def mention_ids(workspace_id: int, since: datetime | None) -> Iterator[int]:
    """The workspace's mention ids, newest first (what people look at is right soonest),
    read in pages by keyset so millions never sit in memory."""
    for page in _pages(workspace_id, since, None):
        yield from (pk for _, pk in page)


def _pages(
    workspace_id: int, since: datetime | None, after: tuple[datetime, int] | None
) -> Iterator[list[tuple[datetime, int]]]:
    """(published_at, id) of the workspace's mentions, newest first, a batch at a time,
    starting after ``after``."""
    found = Mention.objects.filter(workspace_id=workspace_id)
    if since is not None:
        found = found.filter(published_at__gte=since)
    last = after
    while True:
        page = found
        if last is not None:
            page = page.filter(
                Q(published_at__lt=last[0]) | Q(published_at=last[0], pk__lt=last[1])
            )
        rows = list(page.order_by("-published_at", "-pk").values_list("published_at", "pk")[:BATCH])
        if not rows:
            return
        yield rows
        last = rows[-1]


# A job runs this long, then hands on to a fresh task: a worker is never held for hours,
# and a chunk's lease (the chunk and a minute more) is all a dead worker can delay it.
CHUNK = timedelta(seconds=20)
LEASE = CHUNK + timedelta(minutes=1)


def start_lexicon_rescore(workspace: Workspace, user: object | None) -> RescoreJob:
    """After the workspace's lexicon or thresholds changed: its last 30 days."""
    return RescoreJob.objects.create(
        workspace=workspace, started_by=user, since=timezone.now() - RECENT
    )


def start_upgrade_rescores() -> list[int]:
    """Every workspace whose mentions were not yet re-scored by this version of the scorer
    gets a job over its whole history (the new ids). Run by beat; a new workspace's job
    finds nothing to do and ends at once."""
    version = sentiment.VERSION
    have = RescoreJob.objects.filter(scorer=version).values("workspace_id")
    missing = Workspace.objects.filter(deleting_at__isnull=True).exclude(pk__in=have)
    jobs = [RescoreJob(workspace=w, scorer=version) for w in missing]
    return [job.pk for job in RescoreJob.objects.bulk_create(jobs)]


def run_chunk(job_id: int, *, chunk: timedelta = CHUNK) -> bool:
    """Advance a job by one chunk under a lease; True when more remains (the caller queues
    the next chunk). A job someone else holds, or one already finished, is left alone; one
    held by a dead process of this node (a redelivered task) goes on at once.
    A batch re-scored twice (the worker died before the cursor moved) changes nothing."""
    now = timezone.now()
    rows = RescoreJob.objects.filter(pk=job_id, finished_at__isnull=True)
    token = leases.take_over(rows, now, LEASE)
    if token is None:
        return False
    job = RescoreJob.objects.select_related("workspace").get(pk=job_id)
    mine = leases.mine(RescoreJob.objects.filter(pk=job_id), token)
    if job.cursor_id is None and not job.done:
        found = Mention.objects.filter(workspace_id=job.workspace_id)
        if job.since is not None:
            found = found.filter(published_at__gte=job.since)
        job.total = found.count()
        mine.update(total=job.total)
    lexicon = LexiconEntry.for_workspace(job.workspace_id)
    matcher = Matcher.for_workspace(job.workspace_id)
    after = (job.cursor_at, job.cursor_id) if job.cursor_id is not None else None
    until = now + chunk
    for page in _pages(job.workspace_id, job.since, after):
        score_mentions([pk for _, pk in page], lexicon=lexicon, matcher=matcher)
        job.done += len(page)
        job.cursor_at, job.cursor_id = page[-1]
        moved = mine.update(
            done=job.done,
            cursor_at=job.cursor_at,
            cursor_id=job.cursor_id,
            progressed_at=timezone.now(),
        )
        if not moved:
            return False  # the lease ran out and another run took the job over
        if len(page) == BATCH and timezone.now() < until:
            continue
        if len(page) == BATCH:
            mine.update(**leases.RELEASED)
            return True
        break
    mine.update(**leases.RELEASED, finished_at=timezone.now(), total=max(job.total, job.done))
    return False


def due_jobs(now: datetime) -> list[int]:
    """The jobs to queue now. A lexicon change's job no one runs: its task was never queued
    (the broker was down) or was lost with its worker and its lease ran out. And an
    upgrade's jobs one at a time, oldest first, while no other upgrade job runs: an
    upgrade re-scores every workspace's history, and all of them at once would leave the
    workers no time to poll sources."""
    quiet = now - timedelta(minutes=1)
    unfinished = RescoreJob.objects.filter(finished_at__isnull=True)
    idle = unfinished.filter(leases.free(now)).filter(
        Q(progressed_at__isnull=True) | Q(progressed_at__lt=quiet)
    )
    due = list(idle.filter(scorer="", created_at__lt=quiet).values_list("pk", flat=True)[:20])
    upgrades = unfinished.exclude(scorer="")
    if not upgrades.exclude(pk__in=idle.values("pk")).exists():  # none runs or waits
        due += idle.exclude(scorer="").order_by("created_at", "pk").values_list("pk", flat=True)[:1]
    return due
