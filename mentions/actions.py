"""What staff do to mentions, one at a time or in bulk, with the rules and the audit trail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from mentions import counts
from mentions.models import Mention, MentionBrand
from orm_dashboard.models import Event, Membership, Role

HUMAN_LABELS = ("positive", "neutral", "negative")
ACTIONS = {
    "status": "Set status",
    "assign": "Assign",
    "tag": "Add tag",
    "untag": "Remove tag",
    "sentiment": "Set sentiment",
    "spam": "Mark as spam / irrelevant",
}
BULK_LIMIT = 1000


class ActionError(ValueError):
    """The request itself is wrong (unknown action, bad value); shown to the user."""


@dataclass
class Outcome:
    changed: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        text = f"{verb}: {len(self.changed)} mention{'s' if len(self.changed) != 1 else ''}"
        if self.skipped:
            reasons = sorted({reason for _, reason in self.skipped})
            text += f"; {len(self.skipped)} skipped ({'; '.join(reasons)})"
        return text + "."


def apply(
    mentions: list[Mention], action: str, value: str, *, user: Any, membership: Membership
) -> Outcome:
    if action not in ACTIONS:
        raise ActionError(f"Unknown action {action!r}.")
    handler = globals()[f"_{action}"]
    outcome = Outcome()
    with transaction.atomic():
        prepared = handler(value, membership)
        events = []
        for mention in mentions:
            reason = prepared(mention, user, membership)
            if reason:
                outcome.skipped.append((mention.pk, reason))
                continue
            outcome.changed.append(mention.pk)
            events.append(
                Event(
                    workspace_id=mention.workspace_id,
                    actor=user,
                    verb=f"mention.{action}",
                    object_type="mention",
                    object_id=mention.pk,
                    data={"value": value},
                )
            )
        Event.objects.bulk_create(events)
    return outcome


def _status(value: str, membership: Membership) -> Any:
    if value not in Mention.Status.values:
        raise ActionError(f"Unknown status {value!r}.")
    closing = value in (Mention.Status.DONE, Mention.Status.IGNORED)

    def run(mention: Mention, user: Any, m: Membership) -> str:
        if closing and mention.assignee_id not in (None, user.pk) and not m.allows(Role.MANAGER):
            return "assigned to someone else: only they or a manager can close it"
        if mention.status == value:
            return "already in that status"
        Mention.objects.filter(pk=mention.pk).update(status=value)
        return ""

    return run


def _assign(value: str, membership: Membership) -> Any:
    if value == "none":
        assignee_id = None
    elif value == "me":
        assignee_id = membership.user_id
    else:
        member = Membership.objects.filter(
            workspace_id=membership.workspace_id, user_id=value if value.isdigit() else None
        ).exclude(role=Role.VIEWER)
        if not member.exists():
            raise ActionError(
                "Mentions can only be assigned to agents and managers of this workspace."
            )
        assignee_id = int(value)

    def run(mention: Mention, user: Any, m: Membership) -> str:
        if mention.assignee_id == assignee_id:
            return "already assigned so"
        update: dict[str, Any] = {"assignee_id": assignee_id}
        if assignee_id and mention.status == Mention.Status.NEW:
            update["status"] = Mention.Status.OPEN
        Mention.objects.filter(pk=mention.pk).update(**update)
        return ""

    return run


def clean_tag(value: str) -> str:
    tag = " ".join(value.split()).lower()[:60]
    if not tag:
        raise ActionError("Give the tag a name.")
    return tag


def _tag(value: str, membership: Membership) -> Any:
    tag = clean_tag(value)

    def run(mention: Mention, user: Any, m: Membership) -> str:
        if tag in mention.tags:
            return "already tagged"
        Mention.objects.filter(pk=mention.pk).update(tags=[*mention.tags, tag])
        return ""

    return run


def _untag(value: str, membership: Membership) -> Any:
    tag = clean_tag(value)

    def run(mention: Mention, user: Any, m: Membership) -> str:
        if tag not in mention.tags:
            return "did not have the tag"
        Mention.objects.filter(pk=mention.pk).update(tags=[t for t in mention.tags if t != tag])
        return ""

    return run


def _sentiment(value: str, membership: Membership) -> Any:
    if value not in (*HUMAN_LABELS, "model"):
        raise ActionError(f"Unknown sentiment {value!r}.")

    def run(mention: Mention, user: Any, m: Membership) -> str:
        set_sentiment(mention, value, user)
        return ""

    return run


def _spam(value: str, membership: Membership) -> Any:
    """Ignore and tag as spam; value "author" or "site" also mutes it for the mention's brands."""
    if value not in ("", "author", "site"):
        raise ActionError("Mute either the author or the site, or nothing.")

    def run(mention: Mention, user: Any, m: Membership) -> str:
        from mentions.mutes import mute

        tags = mention.tags if "spam" in mention.tags else [*mention.tags, "spam"]
        Mention.objects.filter(pk=mention.pk).update(status=Mention.Status.IGNORED, tags=tags)
        if value:
            mute(mention, value)
        return ""

    return run


def set_sentiment(mention: Mention, value: str, user: Any) -> None:
    """A person's label wins over the model and sticks; "model" hands it back to the model.

    The model's own score stays in model_sentiment/model_label; per-brand labels follow the
    person's label, and the overview's hourly counts move with them.
    """
    from mentions.rescore import score_mention

    matches = list(MentionBrand.objects.filter(mention=mention))
    old = {mb.brand_id: mb.sentiment_label for mb in matches}
    if value == "model":
        Mention.objects.filter(pk=mention.pk).update(
            sentiment=mention.model_sentiment,
            sentiment_label=mention.model_label,
            sentiment_by=None,
            sentiment_at=None,
        )
        score_mention(mention.pk, force=True)  # restores per-brand labels and their counts
        return
    Mention.objects.filter(pk=mention.pk).update(
        sentiment=None, sentiment_label=value, sentiment_by=user, sentiment_at=timezone.now()
    )
    MentionBrand.objects.filter(mention=mention).update(sentiment_label=value, sentiment=None)
    counts.relabel(mention.pk, old, value)


def assignable(workspace_id: int) -> list[Any]:
    User = get_user_model()
    return list(
        User.objects.filter(
            memberships__workspace_id=workspace_id,
            memberships__role__in=[Role.AGENT, Role.MANAGER],
        ).order_by("username")
    )
