"""Alert channels beside email: Slack, Microsoft Teams, ntfy and a generic signed webhook.

Each channel kind is one transport module registered here (``base.register``); a channel
belongs to a workspace, or to one person of it. Crisis pages and escalations and the review
approval digest call ``notify`` inside their own transaction, which writes one outbox row
per channel (``ChannelMessage``); workers send them with the lease, back-off and sweep of
every other outbox, and a channel shows its last error. Storm control is the crisis app's:
it asks for channel messages only where it would send an email.
"""

from __future__ import annotations

from orm_dashboard.channels import ntfy, slack, teams, webhook  # noqa: F401  (registers)
from orm_dashboard.channels.base import TRANSPORTS, Notification, get, register

__all__ = ["TRANSPORTS", "Notification", "get", "register"]
