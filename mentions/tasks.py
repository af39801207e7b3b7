from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from celery import current_app, shared_task
from celery.signals import worker_process_init, worker_ready
from django.utils import timezone

from mentions import polling


@worker_process_init.connect
def warm_up(**kwargs: Any) -> None:
    """A new worker process loads what a poll needs before its first task, so the first
    poll (and the crisis alert it may lead to) does not wait ~0.3 s for it: the sentiment
    lexicon, the language detector, the TLS certificate store and the broker connection
    that queues follow-up tasks."""
    from mentions import sentiment
    from orm_dashboard import http

    sentiment.analyse("Warm-up: the lexicon is loaded once per worker process.")
    sentiment.detect_language("The language detector is loaded once per worker process.")
    http.ssl_context()
    with current_app.producer_or_acquire() as producer:
        producer.connection.ensure_connection(max_retries=1)


@worker_ready.connect
def dispatch_on_start(**kwargs: Any) -> None:
    """A worker that starts polls at once what fell due before it started, rather than at
    beat's next tick: after a crash, the polls its previous run held (released as it
    started) and the ones that fell due while it was down start within seconds, not up to
    30 s later. (Only those: what falls due later is the ticks' work as usual.)"""
    dispatch_due_sources.delay(due_before=timezone.now().isoformat())


@shared_task
def dispatch_due_sources(due_before: str | None = None) -> int:
    """Every 30 s (beat): claim each due source for the dispatcher and queue its poll.

    The claim is a lease in Postgres, so if Redis loses the message the source becomes due
    again when the lease expires, and a second beat by mistake cannot double-queue it.
    "Due" allows for the tick (orm_dashboard.schedule): a source due a moment after this
    tick is taken now rather than 30 s late.
    """
    now = timezone.now()
    queued = 0
    cutoff = datetime.fromisoformat(due_before) if due_before else None
    for source_id in polling.due_sources(now, due_before=cutoff):
        token = polling.claim(source_id, now, queued=True)
        if token is not None:
            poll_source.delay(source_id, token)
            queued += 1
    return queued


@shared_task
def poll_source(source_id: int, token: str | None = None) -> str:
    return polling.poll(source_id, token=token).outcome


@shared_task
def rescore_recent(job_id: int) -> None:
    """Re-score a workspace's recent mentions, recording progress; safe to run twice."""
    from mentions.matching import Matcher
    from mentions.models import LexiconEntry, RescoreJob
    from mentions.rescore import BATCH, recent_mention_ids, score_mentions

    job = RescoreJob.objects.filter(pk=job_id, finished_at__isnull=True).first()
    if job is None:
        return
    ids = recent_mention_ids(job.workspace_id)
    RescoreJob.objects.filter(pk=job.pk).update(total=len(ids), done=0)
    lexicon = LexiconEntry.for_workspace(job.workspace_id)
    matcher = Matcher.for_workspace(job.workspace_id)
    for start in range(0, len(ids), BATCH):
        score_mentions(ids[start : start + BATCH], lexicon=lexicon, matcher=matcher)
        RescoreJob.objects.filter(pk=job.pk).update(done=min(start + BATCH, len(ids)))
    RescoreJob.objects.filter(pk=job.pk).update(finished_at=timezone.now(), done=len(ids))


@shared_task
def notify_note(note_id: int, user_ids: list[int] | None = None) -> dict[str, int]:
    """Send the emails a note's @mentions wrote (queued when the note commits).

    ``user_ids`` is ignored: the note's rows say who. (Messages queued before the outbox
    existed carry it; their notes have no rows, so they send nothing.)
    """
    from mentions import notes
    from mentions.models import NoteEmail

    return notes.deliver_due(
        ids=NoteEmail.objects.filter(note_id=note_id).values_list("pk", flat=True)
    )


@shared_task
def resume_rescores() -> int:
    """Every minute (beat): re-score jobs whose task never started (the broker was down when
    the lexicon changed, or the message was lost with Redis)."""
    from mentions.models import RescoreJob

    stale = timezone.now() - timedelta(minutes=1)
    jobs = RescoreJob.objects.filter(
        finished_at__isnull=True, total=0, done=0, created_at__lt=stale
    ).values_list("pk", flat=True)[:20]
    for job_id in jobs:
        rescore_recent.delay(job_id)
    return len(jobs)


@shared_task
def send_due_note_emails() -> dict[str, int]:
    """Every 30 s (beat): note emails still due (queue was down, SMTP refused, a worker died)."""
    from mentions import notes

    return notes.deliver_due()


@shared_task(ignore_result=True)
def send_due_reports() -> dict[str, int]:
    """Every minute (beat): issue the client reports whose time has come; send what is due."""
    from mentions.reports import delivery

    return delivery.issue_due()


@shared_task(ignore_result=True)
def send_report_issue(issue_id: int) -> dict[str, int]:
    """Right after an issue is prepared: send its emails (beat's tick retries the rest)."""
    from mentions.reports import delivery

    return delivery.deliver_issue(issue_id)
