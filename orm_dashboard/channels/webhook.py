"""A generic signed webhook: the notification as JSON, signed like the webhooks of
orm_dashboard/webhooks.py (Standard Webhooks), with a secret made when the channel is."""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.utils import timezone

from orm_dashboard import webhooks
from orm_dashboard.channels.base import Notification, Request, Transport, register


@register
class SignedWebhook(Transport):
    kind = "webhook"
    label = "Webhook (signed)"
    fields = (("url", "URL", "Receives a signed JSON POST per alert", False),)

    def prepare(self, config: dict[str, Any]) -> dict[str, Any]:
        return {**config, "secret": config.get("secret") or webhooks.new_secret()}

    def request(self, notification: Notification, config: dict[str, Any]) -> Request:
        body = json.dumps(
            {"type": f"alert.{notification.kind}", "data": notification.as_dict()},
            separators=(",", ":"),
        ).encode()
        msg_id = notification.ref or f"msg_{uuid.uuid4().hex}"
        now = timezone.now()
        timestamp = int(now.timestamp())
        return Request(
            config["url"],
            body,
            {
                "Content-Type": "application/json",
                "webhook-id": msg_id,
                "webhook-timestamp": str(timestamp),
                "webhook-signature": webhooks.sign(config["secret"], msg_id, timestamp, body),
            },
        )
