"""The channels' outbox: rows written with the page (or digest) that asks for them, sent
by workers with a lease, retried with back-off, and a channel's last error kept on it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from orm_dashboard import http, leases, outbox
from orm_dashboard.channels.base import TRANSPORTS, Notification
from orm_dashboard.models import AlertChannel, ChannelMessage

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12  # 15 s, 30 s, 1 min … then every ALERT_RETRY_MAX_SECONDS


def notify(
    workspace_id: int,
    key: str,
    notification: Notification,
    *,
    users: Iterable[Any] = (),
    workspace_channels: bool = True,
    due_at: dict[int, datetime] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Write a message for the workspace's channels and those of ``users`` (in the caller's
    transaction); ``due_at`` holds a later time per user (quiet hours). Unique per channel
    and ``key``, so asking twice for the same thing sends it once."""
    user_ids = [getattr(u, "pk", u) for u in users]
    channels = AlertChannel.objects.filter(workspace_id=workspace_id, enabled=True)
    wanted = list(channels.filter(user__isnull=True)) if workspace_channels else []
    if user_ids:  # people who left the workspace are not told about it any more
        wanted += list(
            channels.filter(
                user_id__in=user_ids, user__memberships__workspace_id=workspace_id
            ).distinct()
        )
    now = now or timezone.now()
    created: list[ChannelMessage] = []
    for channel in wanted:
        row, made = ChannelMessage.objects.get_or_create(
            channel=channel,
            key=key[:120],
            defaults={
                "workspace_id": workspace_id,
                "notification": notification.as_dict(),
                "created_at": now,
                "due_at": (due_at or {}).get(channel.user_id or 0, now),
            },
        )
        if made:
            created.append(row)
    due_now = [row.pk for row in created if row.due_at <= now]
    if due_now:
        transaction.on_commit(lambda: queue(due_now))
    return [row.pk for row in created]


def queue(ids: list[int]) -> None:
    from orm_dashboard.tasks import deliver_channel_messages

    try:
        deliver_channel_messages.delay(ids)
    except Exception:
        log.exception("could not queue channel messages %s; the sweep will send them", ids)


def cancel(key_prefix: str, reason: str) -> int:
    """Messages not sent yet about something that no longer needs them (acknowledged)."""
    return ChannelMessage.objects.filter(
        leases.free(timezone.now()),
        key__startswith=key_prefix,
        status=ChannelMessage.Status.PENDING,
    ).update(status=ChannelMessage.Status.CANCELLED, last_error=f"not sent: {reason}")


def due_ids(now: datetime, limit: int = 100) -> list[int]:
    return outbox.due_ids(ChannelMessage, now, limit)


def deliver_due(now: datetime | None = None, ids: Iterable[int] | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return outbox.deliver(send, due_ids(now) if ids is None else ids, now)


@outbox.sender(ChannelMessage, "channel")
def send(row: ChannelMessage, mine: QuerySet, now: datetime) -> str:
    channel = row.channel
    if not channel.enabled:
        return outbox.cancelled(mine, "the channel is off")
    notification = Notification.from_dict({**row.notification, "ref": f"msg_ch{row.pk}"})
    error = deliver_one(channel, notification)
    if not error:
        return outbox.sent(mine, f"channel message {row.pk}")
    return outbox.failed(
        mine, row, now, error, outbox.Tries(MAX_ATTEMPTS, 15, settings.ALERT_RETRY_MAX_SECONDS)
    )


def deliver_one(channel: AlertChannel, notification: Notification) -> str:
    """Send now; "" when the service took it, else the error (also kept on the channel)."""
    try:
        TRANSPORTS[channel.kind].send(notification, channel.config)
    except (http.FetchError, KeyError, ValueError) as exc:
        error = getattr(exc, "message", None) or outbox.error_text(exc)
        AlertChannel.objects.filter(pk=channel.pk).update(
            last_error=error[:1000], last_error_at=timezone.now()
        )
        log.warning("channel %s (%s) failed: %s", channel.pk, channel.kind, error)
        return error[:1000]
    AlertChannel.objects.filter(pk=channel.pk).update(last_sent_at=timezone.now(), last_error="")
    return ""


def send_test(channel: AlertChannel, by: str) -> str:
    """The "send test" button: straight to the service, so the answer is on the page."""
    return deliver_one(
        channel,
        Notification(
            kind="test",
            title="Test from ORM Dashboard",
            text=f"{by} sent this test to check that alerts reach “{channel.name}”.",
            url=settings.SITE_URL,
            severity="low",
            workspace=channel.workspace.name,
        ),
    )
