"""Microsoft Teams through a Workflows webhook ("When a Teams webhook request is received"):
an Adaptive Card with the facts and buttons to acknowledge and open."""

from __future__ import annotations

import json
from typing import Any

from orm_dashboard.channels.base import Notification, Request, Transport, register

COLOURS = {"critical": "Attention", "high": "Attention", "medium": "Warning", "low": "Accent"}


@register
class Teams(Transport):
    kind = "teams"
    label = "Microsoft Teams"
    fields = (
        (
            "url",
            "Workflows webhook URL",
            "The URL of a Teams workflow that posts webhook requests to a channel",
            True,
        ),
    )

    def card(self, n: Notification) -> dict[str, Any]:
        body: list[dict[str, Any]] = [
            {
                "type": "TextBlock",
                "text": n.title,
                "weight": "Bolder",
                "size": "Medium",
                "wrap": True,
                "color": COLOURS.get(n.severity, "Default"),
            },
            {"type": "TextBlock", "text": n.text, "wrap": True},
        ]
        if n.fields:
            body.append(
                {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in n.fields[:10]]}
            )
        actions = []
        if n.ack_url:
            actions.append({"type": "Action.OpenUrl", "title": "Acknowledge", "url": n.ack_url})
        if n.url:
            actions.append({"type": "Action.OpenUrl", "title": "Open", "url": n.url})
        return {
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": body,
            "actions": actions,
        }

    def request(self, notification: Notification, config: dict[str, Any]) -> Request:
        message = {
            "type": "message",
            "attachments": [
                {
                    "contentType": "application/vnd.microsoft.card.adaptive",
                    "contentUrl": None,
                    "content": self.card(notification),
                }
            ],
        }
        return Request(
            config["url"], json.dumps(message).encode(), {"Content-Type": "application/json"}
        )
