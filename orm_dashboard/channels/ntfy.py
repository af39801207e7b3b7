"""ntfy (self-hosted or ntfy.sh): a topic URL, priority by severity, tap to open, and an
acknowledge action button."""

from __future__ import annotations

from typing import Any

from orm_dashboard.channels.base import Notification, Request, Transport, register

PRIORITY = {"critical": "5", "high": "4", "medium": "3", "low": "2"}  # urgent … low


@register
class Ntfy(Transport):
    kind = "ntfy"
    label = "ntfy"
    fields = (
        (
            "url",
            "Topic URL",
            "e.g. https://ntfy.sh/acme-crisis-7f3k (a long, unguessable topic)",
            False,
        ),
        ("token", "Access token", "Only for a protected topic", True),
    )

    def request(self, notification: Notification, config: dict[str, Any]) -> Request:
        n = notification
        headers = {
            "Content-Type": "text/plain; charset=utf-8",
            # Header values must be latin-1: the title goes as RFC 2047 when it is not.
            "Title": _header(n.title),
            "Priority": PRIORITY.get(n.severity, "3"),
            "Tags": ",".join(t for t in ("rotating_light" if n.ack_url else "", n.kind) if t),
        }
        if n.url:
            headers["Click"] = n.url
        if n.ack_url:
            headers["Actions"] = f"view, Acknowledge, {n.ack_url}, clear=true"
        if config.get("token"):
            headers["Authorization"] = f"Bearer {config['token']}"
        lines = [n.text, *(f"{k}: {v}" for k, v in n.fields)]
        return Request(config["url"], "\n".join(lines).encode(), headers)


def _header(value: str) -> str:
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        from email.header import Header

        return Header(value, "utf-8").encode()
    return value
