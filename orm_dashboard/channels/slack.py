"""Slack incoming webhooks: a Block Kit message with an acknowledge button.

The button is a link to the signed acknowledge page (the same as the email's), so it works
without a Slack app or an interactivity endpoint; the page asks for a confirming POST.
"""

from __future__ import annotations

import json
from typing import Any

from orm_dashboard.channels.base import (
    SEVERITY_EMOJI,
    Notification,
    Request,
    Transport,
    register,
)


@register
class Slack(Transport):
    kind = "slack"
    label = "Slack"
    fields = (("url", "Incoming webhook URL", "https://hooks.slack.com/services/…", True),)

    def payload(self, n: Notification) -> dict[str, Any]:
        mark = SEVERITY_EMOJI.get(n.severity, "")
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": f"{mark} {n.title}"[:150]}},
            {"type": "section", "text": {"type": "mrkdwn", "text": _escape(n.text)[:2900]}},
        ]
        if n.fields:
            blocks.append(
                {
                    "type": "section",
                    "fields": [
                        {"type": "mrkdwn", "text": f"*{_escape(k)}*\n{_escape(v)}"[:2000]}
                        for k, v in n.fields[:10]
                    ],
                }
            )
        buttons = []
        if n.ack_url:
            buttons.append(
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Acknowledge"},
                    "style": "primary",
                    "url": n.ack_url,
                    "action_id": "acknowledge",
                }
            )
        if n.url:
            buttons.append(
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Open"},
                    "url": n.url,
                    "action_id": "open",
                }
            )
        if buttons:
            blocks.append({"type": "actions", "elements": buttons})
        return {"text": f"{mark} {n.title}", "blocks": blocks}

    def request(self, notification: Notification, config: dict[str, Any]) -> Request:
        body = json.dumps(self.payload(notification)).encode()
        return Request(config["url"], body, {"Content-Type": "application/json"})


def _escape(text: str) -> str:
    """Slack's mrkdwn: &, < and > must be escaped or they become links and mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
