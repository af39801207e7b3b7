from __future__ import annotations

from celery import shared_task
from django.utils import timezone

from mentions import polling


@shared_task
def dispatch_due_sources() -> int:
    """Every 30 s (beat): claim each due source for the dispatcher and queue its poll.

    The claim is a lease in Postgres, so if Redis loses the message the source becomes due
    again when the lease expires, and a second beat by mistake cannot double-queue it.
    """
    now = timezone.now()
    queued = 0
    for source_id in polling.due_sources(now):
        token = polling.claim(source_id, now)
        if token is not None:
            poll_source.delay(source_id, token)
            queued += 1
    return queued


@shared_task
def poll_source(source_id: int, token: str | None = None) -> str:
    return polling.poll(source_id, token=token).outcome
