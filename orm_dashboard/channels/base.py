"""What every transport shares: the notification, the interface and the registry."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from orm_dashboard import http

TIMEOUT = 10.0


@dataclass
class Notification:
    """What to say, independent of where: each transport renders it its own way."""

    kind: str  # "alert", "escalation", "digest" or "test"
    title: str
    text: str
    url: str = ""  # the page to open (the incident, the review queue)
    ack_url: str = ""  # the signed acknowledge page (alerts and escalations)
    severity: str = ""  # low, medium, high, critical
    fields: list[list[str]] = field(default_factory=list)  # [label, value] pairs
    workspace: str = ""
    ref: str = ""  # the outbox row's id: the same on every retry (webhook-id)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Notification:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class Request:
    url: str
    body: bytes
    headers: dict[str, str]


class Transport:
    """One kind of channel. ``config`` holds what a manager typed (``fields``) and, for
    some kinds, what was made for them (the generic webhook's secret)."""

    kind = ""
    label = ""
    # (name, label, help, secret?) of what a manager fills in
    fields: tuple[tuple[str, str, str, bool], ...] = (("url", "Webhook URL", "", True),)

    def prepare(self, config: dict[str, Any]) -> dict[str, Any]:
        """The config to store for a new channel (transports may add generated values)."""
        return dict(config)

    def request(self, notification: Notification, config: dict[str, Any]) -> Request:
        raise NotImplementedError

    def send(self, notification: Notification, config: dict[str, Any]) -> None:
        """Deliver; raises http.FetchError (status, message) when the service refused."""
        req = self.request(notification, config)
        http.fetch(
            req.url,
            method="POST",
            data=req.body,
            headers=req.headers,
            timeout=TIMEOUT,
            max_bytes=64 * 1024,
            follow_redirects=False,
        )


TRANSPORTS: dict[str, Transport] = {}


def register(transport: type[Transport]) -> type[Transport]:
    TRANSPORTS[transport.kind] = transport()
    return transport


def get(kind: str) -> Transport:
    return TRANSPORTS[kind]


SEVERITY_EMOJI = {"critical": "🔴", "high": "🟠", "medium": "🟡", "low": "🔵"}
