"""Emails that must go out, as rows claimed with a lease: crisis alerts and note emails.

A row model has ``status`` (``"pending"`` until done), ``due_at``, ``claimed_at``,
``claim_token`` and ``attempts``. A sender takes a row with one conditional UPDATE (the
claim), sends, then marks it done only if its token still holds the row. A sender that dies
mid-send leaves a claim that expires after the lease, and the row is taken again: nothing
is lost, and only the one email in flight can go twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q


def lease() -> timedelta:
    """How long a claim holds (ALERT_LEASE_SECONDS): longer than one SMTP attempt."""
    return timedelta(seconds=settings.ALERT_LEASE_SECONDS)


def error_text(exc: BaseException) -> str:
    """A failed send as stored on its row and shown to people: "SMTPDataError: …"."""
    return f"{type(exc).__name__}: {exc}".strip().rstrip(":")


def claimable(now: datetime) -> Q:
    """Pending, due, and not held by a live claim."""
    return Q(status="pending", due_at__lte=now) & (
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - lease())
    )


def claim(model: type[models.Model], pk: int, now: datetime) -> str | None:
    """Take a row for sending; None when someone else holds it, or it is not due or done."""
    token = uuid.uuid4().hex
    taken = model._default_manager.filter(claimable(now), pk=pk).update(
        claimed_at=now, claim_token=token, attempts=F("attempts") + 1
    )
    return token if taken else None


def backoff(attempts: int, first_seconds: int, max_seconds: int) -> timedelta:
    """first, 2x first, 4x first … after each failed attempt, capped at max_seconds."""
    return timedelta(seconds=min(max_seconds, first_seconds * 2 ** max(attempts - 1, 0)))


def due_ids(model: type[models.Model], now: datetime, limit: int = 100) -> list[int]:
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
