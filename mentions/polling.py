"""Polling one source: claim it, fetch, store, and keep its health honest.

A source is claimed with a conditional update (a lease token), so two workers, or two
beats by mistake, never poll it at the same time, and a redelivered task message finds
its token already used and does nothing. A crashed poll's lease simply expires.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from mentions import connectors
from mentions.ingest import IngestResult, ingest
from mentions.models import PollLog, Source
from orm_dashboard.http import FetchError

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # longer than the task's hard time limit


def due_sources(now: datetime, limit: int = 500) -> list[int]:
    return list(
        Source.objects.filter(enabled=True, paused_reason="", next_poll_at__lte=now)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .order_by("next_poll_at")
        .values_list("id", flat=True)[:limit]
    )


def claim(source_id: int, now: datetime, *, token: str | None = None) -> str | None:
    """Take the lease on a source; returns the new token, or None if someone else has it.

    With ``token`` (from the dispatcher) only that exact claim may be taken over, so a
    duplicate delivery of the same task message finds the token already replaced.
    """
    new_token = uuid.uuid4().hex
    rows = Source.objects.filter(pk=source_id, enabled=True, paused_reason="")
    if token is not None:
        rows = rows.filter(claim_token=token)
    else:
        rows = rows.filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
    updated = rows.update(claim_token=new_token, claimed_until=now + LEASE)
    return new_token if updated else None


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
            "claim_token": "",
            "claimed_until": None,
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
        released = Source.objects.filter(pk=source.pk, claim_token=own).update(**fields)
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
        "claim_token": "",
        "claimed_until": None,
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
        Source.objects.filter(pk=source.pk, claim_token=token).update(**fields)
        _log(source, started, clock, "error", 0, 0, message)
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


def resume(source: Source) -> None:
    """A manager un-pauses a source: poll it soon, with a clean streak."""
    Source.objects.filter(pk=source.pk).update(
        paused_reason="", error_count=0, next_poll_at=timezone.now(), claimed_until=None
    )
