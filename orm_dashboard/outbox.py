"""Emails that must go out, as rows claimed with a lease: crisis alerts and note emails.

An outbox model subclasses ``Outbox`` (the lease fields of ``orm_dashboard.leases`` plus when
it is due, how many attempts, when it was sent and the last error) and has a ``status`` that
is ``"pending"`` until done. A sender takes a row with one conditional UPDATE (the claim),
sends, then marks it done only if its token still holds the row. A sender that dies mid-send
leaves a claim that expires after the lease (or is released when its worker starts again),
and the row is taken again: nothing is lost, and only the one email in flight can go twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from orm_dashboard import leases


class Outbox(leases.Leased):
    """The fields every outbox row has besides its ``status`` (whose choices differ)."""

    due_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        abstract = True


def lease() -> timedelta:
    """How long a claim holds (ALERT_LEASE_SECONDS): longer than one SMTP attempt."""
    return timedelta(seconds=settings.ALERT_LEASE_SECONDS)


def error_text(exc: BaseException) -> str:
    """A failed send as stored on its row and shown to people: "SMTPDataError: …"."""
    return f"{type(exc).__name__}: {exc}".strip().rstrip(":")


def claimable(now: datetime) -> Q:
    """Pending, due, and not held by a live claim."""
    return Q(status="pending", due_at__lte=now) & leases.free(now)


def claim(model: type[Outbox], pk: int, now: datetime) -> str | None:
    """Take a row for sending; None when someone else holds it, or it is not due or done."""
    rows = model._default_manager.filter(pk=pk, status="pending", due_at__lte=now)
    return leases.claim(rows, now, lease(), attempts=F("attempts") + 1)


def retry_later(rows: models.QuerySet, due_at: datetime, error: str) -> int:
    """Give a claimed row back, to be tried again at ``due_at``."""
    return rows.update(**leases.RELEASED, due_at=due_at, last_error=error)


def backoff(attempts: int, first_seconds: int, max_seconds: int) -> timedelta:
    """first, 2x first, 4x first … after each failed attempt, capped at max_seconds."""
    return timedelta(seconds=min(max_seconds, first_seconds * 2 ** max(attempts - 1, 0)))


def due_ids(model: type[Outbox], now: datetime, limit: int = 100) -> list[int]:
    """The rows a sweep should send now, oldest due first."""
    return list(
        model._default_manager.filter(claimable(now))
        .order_by("due_at")
        .values_list("pk", flat=True)[:limit]
    )


def deliver(
    send: Callable[[int, datetime], str], ids: Iterable[int], now: datetime
) -> dict[str, int]:
    """``send(pk, now)`` for each row; how many ended each way ("sent", "retry", "skipped"…)."""
    outcome: dict[str, int] = {}
    for pk in ids:
        result = send(pk, now)
        outcome[result] = outcome.get(result, 0) + 1
    return outcome
