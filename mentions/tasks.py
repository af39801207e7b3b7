from __future__ import annotations

from datetime import datetime
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
def run_rescore(job_id: int) -> None:
    """One chunk of a re-score job (mentions.rescore.run_chunk), then the next as a new task:
    at once for a lexicon change (a manager watches its progress), after a pause as long as
    the chunk for an upgrade's (it takes at most half of one worker process)."""
    from mentions.rescore import CHUNK, run_chunk

    if run_chunk(job_id):
        from mentions.models import RescoreJob

        upgrade = RescoreJob.objects.filter(pk=job_id).exclude(scorer="").exists()
        run_rescore.apply_async((job_id,), countdown=CHUNK.total_seconds() if upgrade else 0)


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
    """Every minute (beat): give each workspace that this version of the scorer has not
    re-scored yet a job over its whole history, and queue the jobs due (mentions.rescore.
    due_jobs: stalled ones, and the next upgrade job when none runs). Returns how many."""
    from mentions.models import RescoreJob
    from mentions.rescore import due_jobs, start_upgrade_rescores

    start_upgrade_rescores()
    now = timezone.now()
    queued = due_jobs(now)
    for job_id in queued:
        run_rescore.delay(job_id)
    # Queued counts as moved: a job waiting behind other tasks is not queued again next
    # minute (a second copy would find it claimed and stop, but need not be sent).
    RescoreJob.objects.filter(pk__in=queued).update(progressed_at=now)
    return len(queued)


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
