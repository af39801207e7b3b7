"""Polling one source: claim it, fetch, store, and keep its health honest.

A source is claimed with a lease (``orm_dashboard.leases``): the dispatcher takes it and
queues ``poll_source(id, token)``, and the poll runs only while that claim is still its own,
so two workers, or two beats by mistake, never poll it at the same time. The lease lasts the
task's hard time limit and a little more, the longest a poll can run. A task redelivered
after its worker process died still holds the dispatcher's claim and simply runs; a poll
whose worker crashed is released when the worker starts again, or when the lease ends.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from mentions import connectors, events
from mentions.ingest import IngestResult, ingest
from mentions.models import PollLog, Source
from orm_dashboard import leases, schedule
from orm_dashboard.http import FetchError
from orm_dashboard.models import Workspace

log = logging.getLogger(__name__)

LEASE_MARGIN = timedelta(seconds=30)


def lease() -> timedelta:
    """The task's hard time limit and a little more: a live poll is never overtaken, and a
    lost one is free again soon after it would have been killed anyway."""
    return timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT) + LEASE_MARGIN


def _pollable() -> QuerySet[Source]:
    """Enabled, not paused, and in a workspace that is not archived (an archived client's
    workspace is read-only: nothing new comes in until it is restored)."""
    # ``workspace__in`` a subquery, not ``workspace__archived_at``: a join would make
    # Django's UPDATE match ids in a subquery that Postgres does not re-check against the
    # row it waited for, so two claims racing for one source could both win.
    return Source.objects.filter(
        enabled=True,
        paused_reason="",
        workspace__in=Workspace.objects.filter(archived_at__isnull=True),
    )


def due_sources(
    now: datetime, limit: int = 500, *, due_before: datetime | None = None
) -> list[int]:
    """Sources due by this tick (see orm_dashboard.schedule) that no live claim holds;
    with ``due_before``, only those that were due by then."""
    return list(
        _pollable()
        .filter(leases.free(now), next_poll_at__lte=due_before or schedule.due_by(now))
        .order_by("next_poll_at")
        .values_list("id", flat=True)[:limit]
    )


def claim(
    source_id: int, now: datetime, *, token: str | None = None, queued: bool = False
) -> str | None:
    """Take the lease on a source; returns the token, or None if someone else has it.

    ``queued``: taken for a poll that is queued, not running yet (the dispatcher, "Poll
    now"). With ``token`` (the dispatcher's, carried by the task) the claim is kept while it
    is still that one, now held by this worker process: a message redelivered after its
    worker process died continues, while a second delivery of a poll that is still running,
    or one whose claim was released or taken over, does nothing.
    """
    rows = _pollable().filter(pk=source_id)
    if token is not None:
        return token if leases.renew(rows, token, now, lease()) else None
    return leases.claim(rows, now, lease(), by="" if queued else None)


def backoff(source: Source, failures: int, retry_after: float | None) -> timedelta:
    """Exponential back-off from the interval, capped at 24 h; Retry-After wins if longer."""
    delay = source.interval * (2 ** min(failures - 1, 20))
    delay = min(delay, Source.MAX_BACKOFF)
    if retry_after:
        delay = max(delay, timedelta(seconds=min(retry_after, Source.MAX_BACKOFF.total_seconds())))
    return delay


@dataclass
class PollOutcome:
    outcome: str  # ok, not_modified, error, skipped
    new: int = 0
    duplicates: int = 0
    error: str = ""


def poll(source_id: int, *, token: str | None = None) -> PollOutcome:
    """Poll one source once, if its lease can be taken. Safe to call twice."""
    started = timezone.now()
    own = claim(source_id, started, token=token)
    if own is None:
        return PollOutcome("skipped")
    source = Source.objects.select_related("workspace").get(pk=source_id)
    clock = time.monotonic()
    try:
        connector = connectors.get(source.kind)
        result = connector.fetch(
            source.config, source.state, etag=source.etag, last_modified=source.last_modified
        )
    except (FetchError, connectors.ConfigError, SoftTimeLimitExceeded) as exc:
        message = getattr(exc, "message", None) or str(exc) or "the poll took too long"
        retry_after = getattr(exc, "retry_after", None)
        return _failed(source, own, started, clock, message, retry_after)
    except Exception as exc:  # a connector bug must not stall the source forever
        log.exception("poll of source %s failed", source_id)
        return _failed(
            source, own, started, clock, f"internal error: {exc.__class__.__name__}", None
        )

    with transaction.atomic():
        stored = IngestResult()
        if not result.not_modified:
            stored = ingest(
                source.workspace,
                result.items,
                source_id=source.pk,
                bound_brand_id=source.brand_id,
                now=started,
            )
        outcome = "not_modified" if result.not_modified else "ok"
        fields = {
            **leases.RELEASED,
            "last_polled_at": started,
            "last_success_at": started,
            "last_error": "",
            "error_count": 0,
            "last_warnings": result.warnings[:20],
            "next_poll_at": started + source.interval,
        }
        if not result.not_modified:
            fields.update(
                etag=result.etag[:500],
                last_modified=result.last_modified[:100],
                state={**source.state, **result.state},
            )
        released = leases.mine(Source.objects.filter(pk=source.pk), own).update(**fields)
        if not released:
            # Our lease expired and another poll took the source: roll back, store nothing.
            transaction.set_rollback(True)
            return PollOutcome("skipped")
        _log(source, started, clock, outcome, stored.new, stored.duplicates, "")
    return PollOutcome(outcome, stored.new, stored.duplicates)


def _failed(
    source: Source,
    token: str,
    started: datetime,
    clock: float,
    message: str,
    retry_after: float | None,
) -> PollOutcome:
    failures = source.error_count + 1
    fields = {
        **leases.RELEASED,
        "last_polled_at": started,
        "last_error": message[:2000],
        "error_count": failures,
        "next_poll_at": started + backoff(source, failures, retry_after),
    }
    if failures >= Source.PAUSE_AFTER_FAILURES:
        fields["paused_reason"] = (
            f"Paused after {failures} failed polls in a row. Last error: {message}"
        )[:500]
    with transaction.atomic():
        updated = leases.mine(Source.objects.filter(pk=source.pk), token).update(**fields)
        _log(source, started, clock, "error", 0, 0, message)
        if updated and "paused_reason" in fields:
            events.paused(source, fields["paused_reason"])
    return PollOutcome("error", error=message)


def _log(
    source: Source, started: datetime, clock: float, outcome: str, new: int, dup: int, error: str
) -> None:
    PollLog.objects.create(
        source=source,
        workspace_id=source.workspace_id,
        started_at=started,
        duration_ms=int((time.monotonic() - clock) * 1000),
        outcome=outcome,
        new=new,
        duplicates=dup,
        error=error[:2000],
    )
    # Keep the newest rows per source only.
    cutoff = (
        PollLog.objects.filter(source=source)
        .order_by("-started_at")
        .values_list("started_at", flat=True)[PollLog.KEEP : PollLog.KEEP + 1]
    )
    if cutoff:
        PollLog.objects.filter(source=source, started_at__lte=cutoff[0]).delete()


@transaction.atomic
def pause(source: Source, by: str = "a person") -> bool:
    """A person pauses a running source; False when it was not running."""
    done = Source.objects.filter(pk=source.pk, enabled=True, paused_reason="").update(enabled=False)
    if done:
        events.paused(source, f"Paused by {by}.")
    return bool(done)


def resume(source: Source) -> None:
    """A manager un-pauses a source: poll it soon, with a clean streak."""
    Source.objects.filter(pk=source.pk).update(
        **leases.RELEASED,
        enabled=True,
        paused_reason="",
        error_count=0,
        next_poll_at=timezone.now(),
    )


def poll_now(source_id: int) -> str:
    """A manager's "Poll now": what actually happens, in one word for the page to explain.

    "polling" or "queued" when a claim already holds the source (a second poll would only be
    skipped), "paused" when it is not polled at all, "queued_now" when it was claimed and
    queued, and "queue_down" when the task queue could not be reached: the source is then
    left due, unclaimed, for the dispatcher once the queue is back.
    """
    from kombu.exceptions import KombuError, OperationalError
    from redis.exceptions import RedisError

    from mentions.tasks import poll_source

    now = timezone.now()
    source = Source.objects.get(pk=source_id)
    if not source.enabled or source.paused_reason:
        return "paused"
    if source.poll_state:
        return source.poll_state
    Source.objects.filter(pk=source_id).update(next_poll_at=now)
    token = claim(source_id, now, queued=True)
    if token is None:  # taken between the read and the claim
        return Source.objects.get(pk=source_id).poll_state or "queued"
    try:
        poll_source.delay(source_id, token)
    except (KombuError, OperationalError, RedisError, OSError):
        log.warning("could not queue a poll of source %s: the broker is unreachable", source_id)
        leases.mine(Source.objects.filter(pk=source_id), token).update(**leases.RELEASED)
        return "queue_down"
    return "queued_now"
