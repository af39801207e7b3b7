"""Work claimed with a lease: sources being polled, replies being published, outbox emails.

One shape for every kind of claimed work. A row is taken with one conditional UPDATE that
sets a fresh token, when the claim was taken, until when it holds and which worker holds it.
Only the holder of the token records the outcome, and a claim not released by
``claimed_until`` is free again, so a holder that crashes delays the work instead of losing
it. The lease is as long as the work may take (a poll's is the task's hard time limit and a
little more), never longer; and a worker that starts again releases what its previous life
held (``release_abandoned``), so a worker crash costs the seconds of a restart, not a lease.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta
from typing import Any

from django.apps import apps
from django.db import models
from django.db.models import Q, QuerySet


class Leased(models.Model):
    """The claim fields every kind of leased work carries."""

    claim_token = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)  # taken, or renewed by its runner
    claimed_until = models.DateTimeField(null=True, blank=True)  # free again after this
    claimed_by = models.CharField(max_length=255, blank=True)  # "celery@host#pid" running it

    class Meta:
        abstract = True

    def held(self, now: datetime) -> bool:
        """Whether a live claim holds this row (as read: the truth is the UPDATE's)."""
        return bool(self.claim_token and self.claimed_until and self.claimed_until >= now)


RELEASED: dict[str, Any] = {
    "claim_token": "",
    "claimed_at": None,
    "claimed_until": None,
    "claimed_by": "",
}


def free(now: datetime) -> Q:
    """Not held by a live claim: never claimed, released, or its lease ran out."""
    return Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)


def held(now: datetime) -> Q:
    """Held by a live claim."""
    return Q(claimed_until__gte=now) & ~Q(claim_token="")


def holder() -> str:
    """Who runs the current task: its Celery worker node and process, "celery@host#1234";
    "" outside a worker (a web request, a test)."""
    from celery import current_task

    if not current_task or current_task.request.called_directly:
        return ""
    node = current_task.request.hostname or ""
    return f"{node}#{os.getpid()}" if node else ""


def _node(claimed_by: str) -> str:
    return claimed_by.partition("#")[0]


def _running(claimed_by: str, claimed_until: datetime | None, now: datetime) -> bool:
    """Whether the holder of a live claim may still be running. A process of this node is
    looked up; one on another node is trusted until its lease runs out."""
    if not claimed_by or claimed_until is None or claimed_until < now:
        return False
    me = holder()
    if not me or _node(claimed_by) != _node(me):
        return True
    try:
        return process_alive(int(claimed_by.partition("#")[2]))
    except ValueError:
        return False


def process_alive(pid: int) -> bool:
    """Whether a process of this machine runs. A killed process whose parent died too stays
    a zombie where nothing reaps orphans (a container's init): that counts as dead."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as stat:
            state = stat.read().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return True  # no /proc: trust kill()
    return state not in ("Z", "X")


def claim(
    rows: QuerySet, now: datetime, lease: timedelta, *, by: str | None = None, **changes: Any
) -> str | None:
    """Take one of ``rows`` (already narrowed to work that is due) unless a live claim holds
    it; returns the new token, or None when someone else has it. ``rows`` must filter on
    the model's own columns (a subquery is fine, a join is not): Django turns an UPDATE
    over a join into ``WHERE id IN (SELECT …)``, which Postgres does not re-check after
    waiting for a concurrent claim, and both claims would win. ``changes`` are written in
    the same UPDATE (a status, ``attempts=F("attempts") + 1``). ``by=""`` takes it for work
    queued, not yet running (the poll dispatcher's claim)."""
    token = uuid.uuid4().hex
    taken = rows.filter(free(now)).update(
        claim_token=token,
        claimed_at=now,
        claimed_until=now + lease,
        claimed_by=holder() if by is None else by,
        **changes,
    )
    return token if taken else None


def take_over(rows: QuerySet, now: datetime, lease: timedelta) -> str | None:
    """``claim``, or take the row from a holder that is a dead process of this worker node
    (a pool process killed mid-task, whose task was redelivered here): the work goes on at
    once instead of after the lease. A holder on another node is trusted until its lease
    runs out."""
    token = claim(rows, now, lease)
    if token is not None:
        return token
    current = rows.values_list("claim_token", "claimed_by", "claimed_until").first()
    if current is None:
        return None
    old, claimed_by, claimed_until = current
    if not old or _running(claimed_by, claimed_until, now):
        return None
    token = uuid.uuid4().hex
    taken = rows.filter(claim_token=old).update(
        claim_token=token, claimed_at=now, claimed_until=now + lease, claimed_by=holder()
    )
    return token if taken else None


def renew(rows: QuerySet, token: str, now: datetime, lease: timedelta) -> bool:
    """Run work under a claim that is still ours (the dispatcher's, carried by the task) for
    another lease, held by this process. A redelivered task whose first run died continues;
    a second delivery while the first still runs, or one whose claim was released or taken
    over, gets False."""
    current = rows.filter(claim_token=token).values_list("claimed_by", "claimed_until").first()
    if current is None:
        return False
    claimed_by, claimed_until = current
    me = holder()
    if claimed_by and claimed_by != me and _running(claimed_by, claimed_until, now):
        return False
    return bool(
        rows.filter(claim_token=token, claimed_by=claimed_by).update(
            claimed_at=now, claimed_until=now + lease, claimed_by=me
        )
    )


def mine(rows: QuerySet, token: str) -> QuerySet:
    """The rows this claim still holds: only these may record an outcome."""
    return rows.filter(claim_token=token)


def leased_models() -> list[type[Leased]]:
    return [model for model in apps.get_models() if issubclass(model, Leased)]


def release_abandoned(node: str) -> dict[str, int]:
    """A worker node that (re)starts runs nothing yet: whatever still names it as holder was
    held by its previous life, which crashed. Free it now instead of after its lease."""
    if not node:
        return {}
    released = {}
    for model in leased_models():
        rows = model._default_manager.filter(
            Q(claimed_by=node) | Q(claimed_by__startswith=f"{node}#")
        )
        count = rows.update(**RELEASED)
        if count:
            released[model._meta.label] = count
    return released


def _release_on_worker_start(sender: Any = None, **kwargs: Any) -> None:
    """``worker_ready``: a restarted worker frees what its crashed previous life held."""
    import logging

    node = getattr(sender, "hostname", "") or ""
    released = release_abandoned(node)
    if released:
        logging.getLogger(__name__).warning(
            "%s started again: released the claims its previous run left held: %s",
            node,
            ", ".join(f"{count} {label}" for label, count in released.items()),
        )
