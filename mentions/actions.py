"""What staff do to mentions, one at a time or in bulk, with the rules and the audit trail."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Case, F, Func, Value, When
from django.utils import timezone

from mentions import counts, events
from mentions.models import Mention, MentionBrand
from orm_dashboard import audit
from orm_dashboard.ids import parse_id
from orm_dashboard.models import Membership, Role

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


# One step that takes back part of an action: (action, value, mention ids).
UndoStep = tuple[str, str, list[int]]


@dataclass
class Outcome:
    changed: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    # The actions that put the changed mentions back as they were, run through apply() again
    # (so an undo meets the same rules and is audited like any action).
    undo: list[UndoStep] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        text = f"{verb}: {len(self.changed)} mention{'s' if len(self.changed) != 1 else ''}"
        if self.skipped:
            reasons = Counter(reason for _, reason in self.skipped)
            why = "; ".join(
                f"{reason} ({n})" if len(reasons) > 1 else reason
                for reason, n in sorted(reasons.items())
            )
            text += f"; {len(self.skipped)} skipped: {why}"
        return text + "."


@dataclass
class _Change:
    """An action on mentions: why a mention is left as it is ("" to change it), and the
    change itself, written for all the kept mentions at once (a bulk action on 1,000
    mentions is a few statements, not one per mention)."""

    check: Callable[[Mention, Any, Membership], str]
    write: Callable[[list[Mention], Any], None]


def apply(
    mentions: list[Mention], action: str, value: str, *, user: Any, membership: Membership
) -> Outcome:
    if action not in CHANGES:
        raise ActionError(f"Unknown action {action!r}.")
    change = CHANGES[action](value, membership)
    outcome = Outcome()
    with transaction.atomic():
        kept = []
        for mention in mentions:
            reason = change.check(mention, user, membership)
            if reason:
                outcome.skipped.append((mention.pk, reason))
            else:
                kept.append(mention)
        if kept:
            outcome.undo = undo_steps(action, value, kept)
            change.write(kept, user)
        outcome.changed = [m.pk for m in kept]
        if kept:
            audit.log_many(
                kept[0].workspace_id,
                user,
                f"mention.{action}",
                "mention",
                [m.pk for m in kept],
                value=value,
            )
        if kept:
            events.updated(
                kept[0].workspace_id, outcome.changed, CHANGED[action](value, membership)
            )
    return outcome


# What a webhook's mention.updated says changed, per action.
CHANGED: dict[str, Callable[[str, Membership], dict[str, Any]]] = {
    "status": lambda v, m: {"status": v},
    "assign": lambda v, m: {
        "assignee_id": None if v == "none" else m.user_id if v == "me" else int(v)
    },
    "tag": lambda v, m: {"tags_added": [clean_tag(v)]},
    "untag": lambda v, m: {"tags_removed": [clean_tag(v)]},
    "sentiment": lambda v, m: {"sentiment_label": v},
    "spam": lambda v, m: {"status": Mention.Status.IGNORED, "tags_added": ["spam"]},
}


def _rows(mentions: list[Mention]) -> Any:
    return Mention.objects.filter(pk__in=[m.pk for m in mentions])


def _ok(mention: Mention, user: Any, m: Membership) -> str:
    return ""


def _status(value: str, membership: Membership) -> _Change:
    if value not in Mention.Status.values:
        raise ActionError(f"Unknown status {value!r}.")
    closing = value in (Mention.Status.DONE, Mention.Status.IGNORED)

    def check(mention: Mention, user: Any, m: Membership) -> str:
        if closing and mention.assignee_id not in (None, user.pk) and not m.allows(Role.MANAGER):
            return "assigned to someone else: only they or a manager can close it"
        if mention.status == value:
            return "already in that status"
        return ""

    return _Change(check, lambda mentions, user: _rows(mentions).update(status=value))


def _assign(value: str, membership: Membership) -> _Change:
    if value == "none":
        assignee_id = None
    elif value == "me":
        assignee_id = membership.user_id
    else:
        assignee_id = parse_id(value)
        member = Membership.objects.filter(
            workspace_id=membership.workspace_id, user_id=assignee_id
        ).exclude(role=Role.VIEWER)
        if assignee_id is None or not member.exists():
            raise ActionError(
                "Mentions can only be assigned to agents and managers of this workspace."
            )

    def check(mention: Mention, user: Any, m: Membership) -> str:
        return "already assigned so" if mention.assignee_id == assignee_id else ""

    def write(mentions: list[Mention], user: Any) -> None:
        update: dict[str, Any] = {"assignee_id": assignee_id}
        if assignee_id:  # someone has it now: new becomes open
            update["status"] = Case(
                When(status=Mention.Status.NEW, then=Value(Mention.Status.OPEN)),
                default=F("status"),
            )
        _rows(mentions).update(**update)

    return _Change(check, write)


def clean_tag(value: str) -> str:
    tag = " ".join(value.split()).lower()[:60]
    if not tag:
        raise ActionError("Give the tag a name.")
    return tag


def _tags(function: str, tag: str) -> Func:
    """``tags`` with ``tag`` appended or removed, in SQL (no lost update when two people
    tag the same mention at once)."""
    return Func(F("tags"), Value(tag), function=function, output_field=Mention.tags.field)


def _add_tag(mentions: list[Mention], tag: str) -> None:
    _rows(mentions).exclude(tags__contains=[tag]).update(tags=_tags("array_append", tag))


def _tag(value: str, membership: Membership) -> _Change:
    tag = clean_tag(value)

    def check(mention: Mention, user: Any, m: Membership) -> str:
        return "already tagged" if tag in mention.tags else ""

    return _Change(check, lambda mentions, user: _add_tag(mentions, tag))


def _untag(value: str, membership: Membership) -> _Change:
    tag = clean_tag(value)

    def check(mention: Mention, user: Any, m: Membership) -> str:
        return "did not have the tag" if tag not in mention.tags else ""

    return _Change(
        check, lambda mentions, user: _rows(mentions).update(tags=_tags("array_remove", tag))
    )


def _sentiment(value: str, membership: Membership) -> _Change:
    if value not in (*HUMAN_LABELS, "model"):
        raise ActionError(f"Unknown sentiment {value!r}.")
    return _Change(_ok, lambda mentions, user: set_sentiments(mentions, value, user))


def _spam(value: str, membership: Membership) -> _Change:
    """Ignore and tag as spam; value "author" or "site" also mutes it for the mention's brands."""
    if value not in ("", "author", "site"):
        raise ActionError("Mute either the author or the site, or nothing.")

    def write(mentions: list[Mention], user: Any) -> None:
        from mentions.mutes import mute

        _rows(mentions).update(status=Mention.Status.IGNORED)
        _add_tag(mentions, "spam")
        if value:
            for mention in mentions:
                mute(mention, value)

    return _Change(_ok, write)


def set_sentiments(mentions: list[Mention], value: str, user: Any) -> None:
    """A person's label wins over the model and sticks; "model" hands it back to the model.

    The model's own score stays in model_sentiment/model_label; per-brand labels follow the
    person's label, and the overview's hourly counts move with them.
    """
    from mentions.rescore import score_mention

    if value == "model":
        for mention in mentions:
            _rows([mention]).update(
                sentiment=mention.model_sentiment,
                sentiment_label=mention.model_label,
                sentiment_by=None,
                sentiment_at=None,
            )
            score_mention(mention.pk, force=True)  # restores per-brand labels and their counts
        return
    matches = MentionBrand.objects.filter(mention__in=[m.pk for m in mentions])
    old: dict[int, dict[int, str]] = {}
    for mention_id, brand_id, label in matches.values_list(
        "mention_id", "brand_id", "sentiment_label"
    ):
        old.setdefault(mention_id, {})[brand_id] = label
    _rows(mentions).update(
        sentiment=None, sentiment_label=value, sentiment_by=user, sentiment_at=timezone.now()
    )
    matches.update(sentiment_label=value, sentiment=None)
    counts.relabel((mention, old.get(mention.pk, {}), value) for mention in mentions)


def assignable(workspace_id: int) -> list[Any]:
    User = get_user_model()
    return list(
        User.objects.filter(
            memberships__workspace_id=workspace_id,
            memberships__role__in=[Role.AGENT, Role.MANAGER],
        ).order_by("username")
    )


# Each action's change, by the name the forms send (ACTIONS holds what people read).
CHANGES: dict[str, Callable[[str, Membership], _Change]] = {
    "status": _status,
    "assign": _assign,
    "tag": _tag,
    "untag": _untag,
    "sentiment": _sentiment,
    "spam": _spam,
}


def _grouped(mentions: list[Mention], key: Callable[[Mention], str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for mention in mentions:
        groups[key(mention)].append(mention.pk)
    return groups


def undo_steps(action: str, value: str, mentions: list[Mention]) -> list[UndoStep]:
    """What puts ``mentions`` back as they were before ``action``, read from the rows as
    loaded (before the change). A spam action's mute is kept: it is a brand setting."""
    steps: list[UndoStep] = []
    statuses = _grouped(mentions, lambda m: m.status)
    if action == "status":
        steps += [("status", old, ids) for old, ids in statuses.items()]
    elif action == "assign":
        assignees = _grouped(mentions, lambda m: str(m.assignee_id or "none"))
        steps += [("assign", old, ids) for old, ids in assignees.items()]
        if value != "none":  # assigning opened the new ones
            steps += [("status", "new", statuses["new"])] if statuses.get("new") else []
    elif action in ("tag", "untag"):
        tag = clean_tag(value)
        steps.append(("untag" if action == "tag" else "tag", tag, [m.pk for m in mentions]))
    elif action == "sentiment":
        labels = _grouped(mentions, lambda m: m.sentiment_label if m.sentiment_by_id else "model")
        steps += [("sentiment", old, ids) for old, ids in labels.items()]
    elif action == "spam":
        steps += [("status", old, ids) for old, ids in statuses.items() if old != "ignored"]
        untagged = [m.pk for m in mentions if "spam" not in m.tags]
        steps += [("untag", "spam", untagged)] if untagged else []
    return steps
