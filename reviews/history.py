"""The audit history of a reply: rows in the one audit log (orm_dashboard.Event)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from orm_dashboard import audit
from orm_dashboard.models import Event
from reviews.models import Reply

OBJECT_TYPE = "reply"

VERBS = {
    "reply.drafted": "drafted the reply",
    "reply.edited": "changed the reply",
    "reply.sent_back": "sent the reply back for approval by editing it",
    "reply.submitted": "submitted the reply for approval",
    "reply.approved": "approved the reply",
    "reply.rejected": "rejected the reply",
    "reply.pulled_back": "pulled the reply back",
    "reply.publishing": "started publishing",
    "reply.published": "published the reply",
    "reply.retry_scheduled": "could not publish; will retry",
    "reply.failed": "could not publish; left for a person",
    "reply.retried": "asked to publish again",
    "reply.posted_by_hand": "marked the reply as posted by hand",
    "reply.needs_hand": "cannot publish through an API; post by hand",
}


def log(reply: Reply, verb: str, actor: Any = None, **data: Any) -> Event:
    return audit.log(reply.workspace_id, actor, verb, reply, **data)


def events(reply: Reply) -> QuerySet[Event]:
    return (
        Event.objects.filter(
            workspace_id=reply.workspace_id, object_type=OBJECT_TYPE, object_id=reply.pk
        )
        .select_related("actor")
        .order_by("-created_at", "-id")
    )


def describe(verb: str) -> str:
    return VERBS.get(verb, verb)
