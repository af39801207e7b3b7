"""The reply workflow's transitions. Each is one conditional UPDATE on the state it leaves
(plus its history row), so a manager approving while the author edits, or a pull-back racing
the publisher, has exactly one winner and the loser gets a readable WorkflowError.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from mentions.models import Mention
from orm_dashboard.celery import queue_on_commit
from reviews import drafting, events, history
from reviews.guardrails import Finding
from reviews.models import Reply, ReplyTemplate, ReplyVersion, ReviewSettings

S = Reply.Status


class WorkflowError(Exception):
    """A transition that is not possible now; the message is shown to the user."""


def _changed(count: int, message: str) -> None:
    if not count:
        raise WorkflowError(message)


def _reply_for_update(mention: Mention) -> Reply:
    try:
        with transaction.atomic():
            Reply.objects.get_or_create(
                mention=mention, defaults={"workspace_id": mention.workspace_id}
            )
    except IntegrityError:  # created by someone else a moment ago
        pass
    return Reply.objects.select_for_update().get(mention=mention)


@transaction.atomic
def save(mention: Mention, text: str, user: Any, *, template: ReplyTemplate | None = None) -> Reply:
    """Keep a new version of the reply's text; editing approved words needs approval again."""
    text = text.replace("\r\n", "\n").strip()
    reply = _reply_for_update(mention)
    if not reply.is_editable:
        raise WorkflowError("This reply is being published or already published.")
    if reply.version and text == reply.text and reply.status in (S.DRAFT, S.REJECTED):
        return reply  # nothing changed: no new version
    previous = reply.status
    reply.text = text
    reply.author = user
    reply.version += 1
    if template is not None:
        reply.template = template
    reply.status = S.DRAFT if previous != S.REJECTED else S.REJECTED
    reply.approver = None
    reply.decided_at = None if previous != S.REJECTED else reply.decided_at
    reply.self_approved = False
    reply.publish_after = None
    reply.save()
    ReplyVersion.objects.create(
        reply=reply, number=reply.version, text=text, author=user, template=template
    )
    verb = "reply.drafted" if reply.version == 1 else "reply.edited"
    history.log(reply, verb, user, version=reply.version, template=getattr(template, "name", ""))
    if previous in (S.SUBMITTED, S.APPROVED, S.SCHEDULED, S.FAILED):
        history.log(reply, "reply.sent_back", user, previous_status=previous)
    return reply


@transaction.atomic
def submit(reply: Reply, user: Any, findings: list[Finding], *, acknowledged: bool) -> None:
    blocking = [f for f in findings if f.blocking]
    if blocking:
        raise WorkflowError(blocking[0].message)
    if findings and not acknowledged:
        raise WorkflowError("Read the warnings and confirm that you want to submit anyway.")
    changed = Reply.objects.filter(
        pk=reply.pk, status__in=(S.DRAFT, S.REJECTED), version=reply.version
    ).update(
        status=S.SUBMITTED,
        submitted_by=user,
        submitted_at=timezone.now(),
        warnings=[f.as_dict() for f in findings],
        managers_notified_at=None,
        reason="",
        approver=None,
        decided_at=None,
    )
    _changed(changed, "This reply changed meanwhile; look at it again before submitting.")
    history.log(
        reply,
        "reply.submitted",
        user,
        version=reply.version,
        warnings=[f.code for f in findings],
        acknowledged=bool(findings),
    )


def may_approve(reply: Reply, user: Any, review_settings: ReviewSettings) -> tuple[bool, bool]:
    """(allowed, as a self-approval). Nobody approves their own words, except the only
    manager of a workspace that switched the escape hatch on."""
    if not reply.wrote(user):
        return True, False
    if review_settings.self_approval_allowed():
        return True, True
    return False, True


@transaction.atomic
def approve(
    reply: Reply, user: Any, *, version: int, findings: list[Finding], publishes: bool
) -> datetime | None:
    """Approve the version the manager read; returns when it will be published (if by API)."""
    review_settings = ReviewSettings.for_workspace(reply.workspace_id)
    allowed, own = may_approve(reply, user, review_settings)
    if not allowed:
        raise WorkflowError("You wrote this reply, so another manager has to approve it.")
    now = timezone.now()
    publish_after = now + review_settings.send_delay if publishes else None
    changed = Reply.objects.filter(pk=reply.pk, status=S.SUBMITTED, version=version).update(
        status=S.SCHEDULED if publishes else S.APPROVED,
        approver=user,
        decided_at=now,
        self_approved=own,
        publish_after=publish_after,
        attempts=0,
        last_error="",
    )
    _changed(changed, "This reply changed or was decided meanwhile; look at it again.")
    history.log(
        reply,
        "reply.approved",
        user,
        version=version,
        self_approval=own,
        warnings=[f.as_dict() for f in findings],
        publish_after=publish_after.isoformat() if publish_after else None,
    )
    events.approved(reply, version)
    if publish_after is not None and publish_after <= now:
        from reviews.tasks import publish_reply

        queue_on_commit(publish_reply, reply.pk)
    return publish_after


@transaction.atomic
def reject(reply: Reply, user: Any, *, version: int, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise WorkflowError("Say why, so the author can improve the reply.")
    changed = Reply.objects.filter(pk=reply.pk, status=S.SUBMITTED, version=version).update(
        status=S.REJECTED,
        approver=user,
        decided_at=timezone.now(),
        reason=reason[:2000],
        rejection_mailed=False,
    )
    _changed(changed, "This reply changed or was decided meanwhile; look at it again.")
    history.log(reply, "reply.rejected", user, version=version, reason=reason[:2000])
    from reviews.tasks import send_rejection

    queue_on_commit(send_rejection, reply.pk)


@transaction.atomic
def pull_back(reply: Reply, user: Any) -> None:
    """Stop an approved reply before it goes out; it becomes a draft needing approval."""
    changed = Reply.objects.filter(
        Q(status=S.SCHEDULED, attempts=0) | Q(status=S.APPROVED), pk=reply.pk
    ).update(status=S.DRAFT, publish_after=None, approver=None, decided_at=None)
    _changed(changed, "Too late: publishing has already started.")
    history.log(reply, "reply.pulled_back", user)


@transaction.atomic
def retry(reply: Reply, user: Any) -> None:
    changed = Reply.objects.filter(pk=reply.pk, status=S.FAILED).update(
        status=S.SCHEDULED, publish_after=timezone.now(), attempts=0
    )
    _changed(changed, "Only failed replies can be published again.")
    history.log(reply, "reply.retried", user)
    from reviews.tasks import publish_reply

    queue_on_commit(publish_reply, reply.pk)


@transaction.atomic
def mark_posted(reply: Reply, user: Any, url: str) -> None:
    """A person posted the approved words on the platform by hand."""
    changed = Reply.objects.filter(pk=reply.pk, status__in=(S.APPROVED, S.FAILED)).update(
        status=S.PUBLISHED,
        published_at=timezone.now(),
        published_by=user,
        external_url=url[:2000],
        last_error="",
    )
    _changed(changed, "Only approved replies can be marked as posted.")
    history.log(reply, "reply.posted_by_hand", user, url=url[:2000])
    events.published(reply, url[:2000])


def check(
    reply_or_mention: Reply | Mention,
    text: str,
    user: Any,
    *,
    settings: ReviewSettings | None = None,
) -> list[Finding]:
    """The guardrails for a reply's text: as it is typed, submitted and approved alike."""
    mention = reply_or_mention.mention if isinstance(reply_or_mention, Reply) else reply_or_mention
    ctx = drafting.context_for(mention)
    settings = settings or ReviewSettings.for_workspace(mention.workspace_id)
    return drafting.check(text, ctx, settings=settings, user=user)
