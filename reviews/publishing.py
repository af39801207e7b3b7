"""Publishing approved replies: at most once per reply, whatever the workers do.

A reply is claimed with a lease (``orm_dashboard.leases``: scheduled and due, or publishing
with a claim that is no longer live) that sets a fresh token and counts the attempt, so a task delivered twice
finds nothing to claim. Only the holder of the token may record the outcome. A worker that
dies mid-call leaves the lease to expire; the next claim sees that an earlier attempt may
have reached the platform and asks the platform for its current reply before posting again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from mentions.connectors.base import ConfigError
from orm_dashboard import leases
from orm_dashboard.http import FetchError
from reviews import drafting, events, history
from reviews.connectors import PlatformReply
from reviews.models import Reply

log = logging.getLogger(__name__)
S = Reply.Status


def lease() -> timedelta:
    return timedelta(seconds=settings.REVIEW_PUBLISH_LEASE_SECONDS)


def _claimable(now: datetime) -> Q:
    """Due after its send delay, or left publishing by a claim that is no longer live."""
    return (Q(status=S.SCHEDULED, publish_after__lte=now) | Q(status=S.PUBLISHING)) & leases.free(
        now
    )


def due(now: datetime, limit: int = 200) -> list[int]:
    return list(
        Reply.objects.filter(_claimable(now))
        .order_by("publish_after")
        .values_list("id", flat=True)[:limit]
    )


def claim(reply_id: int, now: datetime) -> str | None:
    rows = Reply.objects.filter(
        Q(status=S.SCHEDULED, publish_after__lte=now) | Q(status=S.PUBLISHING), pk=reply_id
    )
    return leases.claim(rows, now, lease(), status=S.PUBLISHING, attempts=F("attempts") + 1)


def backoff(attempts: int, retry_after: float | None = None) -> timedelta:
    """30 s, 2 min, 8 min, 32 min … capped; a platform's Retry-After wins when longer."""
    cap = settings.REVIEW_RETRY_MAX_SECONDS
    seconds = min(cap, 30 * 4 ** max(0, attempts - 1))
    if retry_after:
        seconds = max(seconds, min(retry_after, cap))
    return timedelta(seconds=seconds)


def retryable(exc: Exception) -> bool:
    """Network trouble, rate limits and platform outages pass; refusals do not."""
    if isinstance(exc, ConfigError):
        return False
    status = getattr(exc, "status", None)
    return status is None or status in (408, 425, 429) or status >= 500


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def publish(reply_id: int) -> str:
    """Publish one reply if it is due and unclaimed; returns what happened (for logs)."""
    now = timezone.now()
    token = claim(reply_id, now)
    if token is None:
        return "skipped"
    reply = Reply.objects.select_related("mention__source").get(pk=reply_id)
    ctx = drafting.context_for(reply.mention)
    if ctx.connector is None or not ctx.connector.can_publish(ctx.config):
        leases.mine(Reply.objects.filter(pk=reply.pk), token).update(
            **leases.RELEASED, status=S.APPROVED, publish_after=None
        )
        history.log(reply, "reply.needs_hand", platform=ctx.platform)
        return "by_hand"
    history.log(reply, "reply.publishing", attempt=reply.attempts)
    review_id = reply.mention.external_id
    reused = False
    try:
        if not review_id:
            raise ConfigError("the review has no platform id to reply to")
        found: PlatformReply | None = None
        if reply.attempts > 1:  # an earlier attempt may have reached the platform
            found = ctx.connector.existing_reply(ctx.config, review_id)
        if found is not None and _same(found.text, reply.text):
            result, reused = found, True
        else:
            result = ctx.connector.publish_reply(ctx.config, review_id, reply.text)
    except (FetchError, ConfigError, SoftTimeLimitExceeded) as exc:
        message = getattr(exc, "message", None) or str(exc) or "publishing took too long"
        return _failed(reply, token, exc, message)
    except Exception as exc:  # a connector bug must not leave the reply claimed forever
        log.exception("publishing reply %s failed", reply_id)
        return _failed(reply, token, exc, f"internal error: {exc.__class__.__name__}")

    with transaction.atomic():
        mine = leases.mine(Reply.objects.filter(pk=reply.pk, status=S.PUBLISHING), token)
        recorded = mine.update(
            **leases.RELEASED,
            status=S.PUBLISHED,
            published_at=timezone.now(),
            external_id=result.external_id[:500],
            external_url=(result.url or reply.mention.url)[:2000],
            last_error="",
        )
        if recorded:
            events.published(reply, result.url or reply.mention.url)
    if not recorded:  # our lease ran out and someone else took over; they will record it
        log.warning("reply %s was published but its claim had been taken over", reply_id)
        return "lost_claim"
    history.log(
        reply,
        "reply.published",
        external_id=result.external_id,
        attempt=reply.attempts,
        already_on_platform=reused,
    )
    return "published"


def _failed(reply: Reply, token: str, exc: Exception, message: str) -> str:
    now = timezone.now()
    rows = leases.mine(Reply.objects.filter(pk=reply.pk, status=S.PUBLISHING), token)
    if retryable(exc) and reply.attempts < settings.REVIEW_PUBLISH_ATTEMPTS:
        wait = backoff(reply.attempts, getattr(exc, "retry_after", None))
        rows.update(
            **leases.RELEASED, status=S.SCHEDULED, publish_after=now + wait, last_error=message
        )
        history.log(
            reply,
            "reply.retry_scheduled",
            error=message,
            attempt=reply.attempts,
            retry_at=(now + wait).isoformat(),
        )
        return "retry"
    rows.update(**leases.RELEASED, status=S.FAILED, last_error=message)
    history.log(reply, "reply.failed", error=message, attempt=reply.attempts)
    return "failed"
