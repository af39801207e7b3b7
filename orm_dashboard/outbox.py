"""Messages that must go out, as rows claimed with a lease: alert, note, invitation and report
emails, channel messages and webhooks.

An outbox model subclasses ``Outbox`` (the lease fields of ``orm_dashboard.leases`` plus when
it is due, how many attempts, when it was sent and the last error) and has a ``status`` that
is ``"pending"`` until done. A sender takes a row with one conditional UPDATE (the claim),
sends, then marks it done only if its token still holds the row. A sender that dies mid-send
leaves a claim that expires after the lease (or is released when its worker starts again),
and the row is taken again: nothing is lost, and only the one email in flight can go twice.

Every sender has one shape: ``take`` (claim and read), its own checks and the send, then
``sent`` or ``failed`` (retry after a back-off, or give up after so many tries).
"""

from __future__ import annotations

import functools
import logging
import smtplib
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from orm_dashboard import leases

log = logging.getLogger(__name__)


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


class Tries(NamedTuple):
    """How often a sender tries: at most ``most`` times, waiting ``first_seconds`` after the
    first failure, twice that after the next … up to ``max_seconds``."""

    most: int
    first_seconds: int
    max_seconds: int


def take(model: type[Outbox], pk: int, now: datetime, *related: str) -> tuple[Any, Any] | None:
    """Claim a row and read it: the row (``related`` read with it) and the queryset that
    changes it only while the claim is still ours; None when it is not ours to send."""
    token = claim(model, pk, now)
    if token is None:
        return None
    rows = model._default_manager.filter(pk=pk)
    return rows.select_related(*related).get(), leases.mine(rows, token)


def sender(
    model: type[Outbox], *related: str
) -> Callable[[Callable[[Any, models.QuerySet, datetime], str]], Callable[..., str]]:
    """Make ``send(row, mine, now)`` into what sweeps, tasks and tests call,
    ``send(pk, now=None)``: the row is claimed and read first (``take``), and "skipped" is the
    answer when it is not ours to send."""

    def wrap(send: Callable[[Any, models.QuerySet, datetime], str]) -> Callable[..., str]:
        @functools.wraps(send)
        def claimed(pk: int, now: datetime | None = None) -> str:
            now = now or timezone.now()
            taken = take(model, pk, now, *related)
            return "skipped" if taken is None else send(*taken, now)

        return claimed

    return wrap


def cancelled(mine: models.QuerySet, reason: str) -> str:
    """Give up a claimed row without sending: what it was for no longer needs it."""
    mine.update(**leases.RELEASED, status="cancelled", last_error=reason)
    return "cancelled"


def sent(mine: models.QuerySet, what: str) -> str:
    """Mark a claimed row sent. When our lease ran out mid-send, someone else holds the row
    and may send it again: that is said in the log, the one case of a double send."""
    if not mine.update(**leases.RELEASED, status="sent", sent_at=timezone.now(), last_error=""):
        log.warning("%s was sent after its lease expired", what)
    return "sent"


def failed(mine: models.QuerySet, row: Outbox, now: datetime, error: str, tries: Tries) -> str:
    """After a failed try: "retry" (the row is due again after a back-off) or, once
    ``tries.most`` tries have failed, "failed" for good with the error kept."""
    most, first_seconds, max_seconds = tries
    if row.attempts >= most:
        mine.update(**leases.RELEASED, status="failed", last_error=error)
        return "failed"
    retry_later(mine, now + backoff(row.attempts, first_seconds, max_seconds), error)
    return "retry"


def send_email(
    mine: models.QuerySet, row: Outbox, now: datetime, what: str, email: EmailMessage, tries: Tries
) -> str:
    """Send the email of a claimed row and record how it went: "sent", "retry" or "failed"."""
    try:
        email.send()
    except (smtplib.SMTPException, OSError) as exc:
        error = error_text(exc)[:1000]
        log.warning("%s to %s failed: %s", what, ", ".join(email.to), error)
        return failed(mine, row, now, error, tries)
    return sent(mine, what)


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
