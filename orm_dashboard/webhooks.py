"""Webhooks: events written to an outbox with the change, signed and delivered by workers.

- Each app registers its event types from ``AppConfig.ready()`` (``register_event``) and
  calls ``emit`` inside the transaction of the change, so a delivery exists exactly when
  the change does; the send is queued on commit and beat's sweep picks up anything the
  queue lost, retries that are due, and claims that outlived a dead worker.
- A delivery is claimed with a lease (``orm_dashboard.outbox``). Its ``webhook-id`` is the
  same on every try, so a receiver that remembers ids processes each event once even when
  a worker died between the endpoint's answer and marking the row delivered.
- Signing follows Standard Webhooks: ``webhook-signature`` is ``v1,<base64 HMAC-SHA256>``
  over ``<id>.<timestamp>.<body>`` with the secret's base64 bytes; during a rotation both
  the new and the previous secret sign (two space-separated signatures).
- Only a 2xx answer counts. 410 Gone disables the endpoint at once; other failures are
  retried with jittered back-off over about three days (a longer ``Retry-After`` wins), and
  then the endpoint is disabled and its workspace's managers are emailed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import random
import secrets
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from orm_dashboard import http, leases, outbox
from orm_dashboard.models import (
    Membership,
    Role,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)

log = logging.getLogger(__name__)

SECRET_PREFIX = "whsec_"  # noqa: S105  (a prefix, not a secret)
TIMEOUT = 10.0  # seconds for one delivery, connection included
RESPONSE_BYTES = 64 * 1024  # what is read of an answer (only its status matters)
# Seconds to wait after each failed try: 11 tries over ~72 hours, each wait ±20 %.
RETRY_SCHEDULE = (5, 60, 300, 1800, 7200, 18000, 36000, 50400, 72000, 72000)
JITTER = 0.2
MAX_RETRY_AFTER = 24 * 3600  # a Retry-After longer than a day is not waited for in full
ROTATION_OVERLAP = timedelta(hours=24)


@dataclass(frozen=True)
class EventType:
    name: str
    description: str
    # mention.created: endpoints may narrow it to some brands and sentiments.
    filterable: bool = False


EVENTS: dict[str, EventType] = {}
SENTIMENTS = ("positive", "neutral", "negative", "unscored")
# The brands an endpoint can keep, per workspace: given by mentions, which owns brands.
_brand_choices: list[Callable[[int], list[tuple[int, str]]]] = []


def register_event(name: str, description: str, *, filterable: bool = False) -> None:
    EVENTS[name] = EventType(name, description, filterable)


def register_brand_choices(provider: Callable[[int], list[tuple[int, str]]]) -> None:
    _brand_choices[:] = [provider]


def brand_choices(workspace_id: int) -> list[tuple[int, str]]:
    return _brand_choices[0](workspace_id) if _brand_choices else []


# --- secrets and signatures ----------------------------------------------------------------


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers_for(endpoint: WebhookEndpoint, msg_id: str, body: bytes, now: datetime) -> dict:
    timestamp = int(now.timestamp())
    signatures = " ".join(
        sign(secret, msg_id, timestamp, body) for secret in endpoint.signing_secrets(now)
    )
    return {
        "Content-Type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signatures,
    }


def rotate(endpoint: WebhookEndpoint, now: datetime | None = None) -> str:
    """A new secret; the current one keeps signing beside it for ROTATION_OVERLAP."""
    now = now or timezone.now()
    fresh = new_secret()
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        secret=fresh, previous_secret=endpoint.secret, previous_until=now + ROTATION_OVERLAP
    )
    endpoint.refresh_from_db()
    return fresh


# --- writing events --------------------------------------------------------------------------


def _wanted(endpoint: WebhookEndpoint, data: dict[str, Any]) -> bool:
    if endpoint.brands and not set(endpoint.brands) & set(data.get("brand_ids") or []):
        return False
    return not (endpoint.sentiments and data.get("sentiment") not in endpoint.sentiments)


def emit(workspace_id: int, event: str, items: Iterable[dict[str, Any]]) -> list[int]:
    """Write one delivery per event and subscribed endpoint, in the caller's transaction.

    ``items`` are the events' ``data`` (small: ids, the changed fields, API links). Costs one
    query when nobody subscribed, whatever the number of items.
    """
    if event not in EVENTS:
        raise ValueError(f"unregistered webhook event {event!r}")
    endpoints = list(
        WebhookEndpoint.objects.filter(
            workspace_id=workspace_id, enabled=True, events__contains=[event]
        ).only("id", "brands", "sentiments")
    )
    if not endpoints:
        return []
    now = timezone.now()
    rows = []
    for data in items:
        payload = {"type": event, "timestamp": now.isoformat(), "data": data}
        for endpoint in endpoints:
            if EVENTS[event].filterable and not _wanted(endpoint, data):
                continue
            rows.append(
                WebhookDelivery(
                    workspace_id=workspace_id,
                    endpoint_id=endpoint.pk,
                    event=event,
                    msg_id=f"msg_{uuid.uuid4().hex}",
                    payload=payload,
                    created_at=now,
                    due_at=now,
                )
            )
    if not rows:
        return []
    ids = [row.pk for row in WebhookDelivery.objects.bulk_create(rows)]
    transaction.on_commit(lambda: queue(ids))
    return ids


def queue(ids: list[int], countdown: float | None = None) -> None:
    """Ask a worker to send now (or after ``countdown``); the sweep covers a lost message."""
    from orm_dashboard.tasks import deliver_webhooks

    try:
        deliver_webhooks.apply_async((ids,), countdown=countdown)
    except Exception:
        log.exception("could not queue webhook deliveries %s; the sweep will send them", ids)


# --- sending ---------------------------------------------------------------------------------


def retry_delay(attempts: int, retry_after: float | None = None) -> timedelta | None:
    """The wait after the ``attempts``-th failed try, or None when it was the last."""
    if attempts > len(RETRY_SCHEDULE):
        return None
    base = RETRY_SCHEDULE[attempts - 1]
    seconds = base * random.uniform(1 - JITTER, 1 + JITTER)  # noqa: S311  (not security)
    if retry_after:
        seconds = max(seconds, min(retry_after, MAX_RETRY_AFTER))
    return timedelta(seconds=seconds)


def due_ids(now: datetime, limit: int = 200) -> list[int]:
    return outbox.due_ids(WebhookDelivery, now, limit)


def deliver_due(now: datetime | None = None, ids: Iterable[int] | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return outbox.deliver(send, due_ids(now) if ids is None else ids, now)


def body_of(delivery: WebhookDelivery) -> bytes:
    return json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False).encode()


@outbox.sender(WebhookDelivery, "endpoint")
def send(delivery: WebhookDelivery, mine: QuerySet, now: datetime) -> str:
    endpoint = delivery.endpoint
    if not endpoint.enabled:
        return outbox.cancelled(mine, "the endpoint is disabled")
    body = body_of(delivery)
    started = time.monotonic()
    status: int | None = None
    error = ""
    retry_after = None
    try:
        answer = http.fetch(
            endpoint.url,
            method="POST",
            data=body,
            headers=headers_for(endpoint, delivery.msg_id, body, timezone.now()),
            timeout=TIMEOUT,
            max_bytes=RESPONSE_BYTES,
            follow_redirects=False,
        )
        status = answer.status
    except http.FetchError as exc:
        status, error, retry_after = exc.status, exc.message[:1000], exc.retry_after
    elapsed = int((time.monotonic() - started) * 1000)
    WebhookAttempt.objects.create(
        delivery=delivery, at=now, status_code=status, error=error, duration_ms=elapsed
    )
    if not error:
        done = mine.update(
            **leases.RELEASED,
            status=WebhookDelivery.Status.DELIVERED,
            sent_at=timezone.now(),
            last_status=status,
            last_error="",
        )
        if not done:
            log.warning("webhook %s was delivered after its lease expired", delivery.msg_id)
        return "delivered"
    if status == 410:
        with transaction.atomic():
            mine.update(
                **leases.RELEASED,
                status=WebhookDelivery.Status.FAILED,
                last_status=status,
                last_error=error,
            )
            disable(endpoint, f"The endpoint answered 410 Gone on {now:%Y-%m-%d %H:%M} UTC.")
        return "disabled"
    delay = retry_delay(delivery.attempts, retry_after)
    if delay is None:
        with transaction.atomic():
            mine.update(
                **leases.RELEASED,
                status=WebhookDelivery.Status.FAILED,
                last_status=status,
                last_error=error,
            )
            disable(
                endpoint,
                f"Gave up on {delivery.event} {delivery.msg_id} after {delivery.attempts} tries "
                f"over three days; last error: {error}",
            )
        return "failed"
    mine.update(**leases.RELEASED, due_at=now + delay, last_status=status, last_error=error)
    if delay < timedelta(minutes=10):
        transaction.on_commit(lambda: queue([delivery.pk], countdown=delay.total_seconds()))
    log.info(
        "webhook %s to %s failed (%s); retry in %s", delivery.msg_id, endpoint.url, error, delay
    )
    return "retry"


def disable(endpoint: WebhookEndpoint, reason: str) -> None:
    """Stop sending to an endpoint; what was waiting is not sent; managers are told."""
    changed = WebhookEndpoint.objects.filter(pk=endpoint.pk, enabled=True).update(
        enabled=False, disabled_reason=reason[:500], disabled_at=timezone.now(), notice_owed=True
    )
    if changed:
        WebhookDelivery.objects.filter(
            endpoint=endpoint, status=WebhookDelivery.Status.PENDING
        ).update(status=WebhookDelivery.Status.CANCELLED, last_error="the endpoint was disabled")
        log.warning("webhook endpoint %s disabled: %s", endpoint.pk, reason)


def enable(endpoint: WebhookEndpoint) -> None:
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        enabled=True, disabled_reason="", disabled_at=None, notice_owed=False
    )


def resend(delivery: WebhookDelivery) -> bool:
    """Send a delivery again (same webhook-id), now; False when its endpoint is disabled."""
    if not delivery.endpoint.enabled:
        return False
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        **leases.RELEASED, status=WebhookDelivery.Status.PENDING, due_at=timezone.now(), attempts=0
    )
    transaction.on_commit(lambda: queue([delivery.pk]))
    return True


def send_notices() -> int:
    """Email the managers of endpoints disabled since the last sweep (retried until sent)."""
    sent = 0
    for endpoint in WebhookEndpoint.objects.filter(notice_owed=True).select_related("workspace"):
        managers = list(
            Membership.objects.filter(workspace=endpoint.workspace_id, role=Role.MANAGER)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
        link = settings.SITE_URL + reverse(
            "webhook_detail", kwargs={"workspace": endpoint.workspace.slug, "pk": endpoint.pk}
        )
        try:
            if managers:
                send_mail(
                    subject=f"Webhook disabled in {endpoint.workspace.name}: {endpoint}",
                    message=(
                        f"Events are no longer sent to {endpoint.url}.\n\n{endpoint.disabled_reason}"
                        f"\n\nSee its delivery log and turn it back on: {link}\n"
                    ),
                    from_email=None,
                    recipient_list=managers,
                )
        except Exception as exc:  # SMTP down: the next sweep tries again
            log.warning("webhook notice for %s not sent: %s", endpoint.pk, outbox.error_text(exc))
            continue
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(notice_owed=False)
        sent += 1
    return sent
