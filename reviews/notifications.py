"""Emails about replies: one digest per manager listing what awaits their approval (never a
mail per draft), and a mail to the author when a manager rejects their reply.

Both are at-least-once: rows are marked only when the mail went out, and a failure leaves
them for the next tick (beat runs the digest, which also sweeps rejection mails whose task
message was lost).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from orm_dashboard.channels import delivery as channels
from orm_dashboard.channels.base import Notification
from orm_dashboard.models import Role, Workspace
from reviews.models import Reply

log = logging.getLogger(__name__)
S = Reply.Status


def review_link(reply: Reply, slug: str) -> str:
    return settings.SITE_URL + reverse("review", kwargs={"workspace": slug, "pk": reply.mention_id})


def send_digest() -> int:
    """Mail each manager the replies awaiting approval that they may approve; returns mails sent."""
    sent = 0
    workspace_ids = (
        Reply.objects.filter(status=S.SUBMITTED, managers_notified_at__isnull=True)
        .values_list("workspace_id", flat=True)
        .distinct()
    )
    for workspace_id in list(workspace_ids):
        sent += _digest_for(workspace_id)
    sweep_rejections()
    return sent


@transaction.atomic
def _digest_for(workspace_id: int) -> int:
    # Locked rows are another run's digest in progress: skip them rather than mail twice.
    pending = list(
        Reply.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(workspace_id=workspace_id, status=S.SUBMITTED, managers_notified_at__isnull=True)
        .select_related("mention", "submitted_by")
        .order_by("submitted_at")
    )
    if not pending:
        return 0
    workspace = Workspace.objects.get(pk=workspace_id)
    managers = (
        get_user_model()
        .objects.filter(
            memberships__workspace_id=workspace_id, memberships__role=Role.MANAGER, is_active=True
        )
        .exclude(email="")
    )
    messages = []
    for manager in managers:
        theirs = [r for r in pending if not r.wrote(manager)]
        if not theirs:
            continue
        context = {
            "manager": manager,
            "workspace": workspace,
            "replies": [(r, review_link(r, workspace.slug)) for r in theirs],
            "queue_link": settings.SITE_URL
            + reverse("review_queue", kwargs={"workspace": workspace.slug})
            + "?tab=awaiting",
        }
        count = len(theirs)
        messages.append(
            EmailMessage(
                subject=f"{count} repl{'y' if count == 1 else 'ies'} await your approval in "
                f"{workspace.name}",
                body=render_to_string("reviews/email/digest.txt", context),
                to=[manager.email],
            )
        )
    if messages:
        with get_connection() as connection:
            connection.send_messages(messages)
    _channels(workspace, pending, list(managers))
    Reply.objects.filter(pk__in=[r.pk for r in pending]).update(managers_notified_at=timezone.now())
    return len(messages)


def _channels(workspace: Workspace, pending: list[Reply], managers: list[Any]) -> None:
    """The digest also goes to the workspace's alert channels and the managers' own (written
    in this transaction, with the replies marked as notified)."""
    count = len(pending)
    lines = [
        f"• {r.mention.author or 'A reviewer'} ({r.mention.rating}★): {r.text[:100]}"
        for r in pending[:10]
    ]
    channels.notify(
        workspace.pk,
        f"digest:{workspace.pk}:{pending[0].pk}:{pending[-1].pk}:{count}:{timezone.now():%s}",
        Notification(
            kind="digest",
            title=f"{count} repl{'y' if count == 1 else 'ies'} await approval in {workspace.name}",
            text="\n".join(lines),
            url=settings.SITE_URL
            + reverse("review_queue", kwargs={"workspace": workspace.slug})
            + "?tab=awaiting",
            severity="low",
            workspace=workspace.name,
        ),
        users=managers,
    )


def send_rejection(reply_id: int) -> bool:
    """Tell the author why their reply was rejected. Claimed first, released on failure."""
    claimed = Reply.objects.filter(pk=reply_id, status=S.REJECTED, rejection_mailed=False).update(
        rejection_mailed=True
    )
    if not claimed:
        return False
    reply = Reply.objects.select_related(
        "mention", "author", "submitted_by", "approver", "workspace"
    ).get(pk=reply_id)
    recipient = reply.submitted_by or reply.author
    if recipient is None or not recipient.email:
        return False
    context = {"reply": reply, "link": review_link(reply, reply.workspace.slug)}
    try:
        EmailMessage(
            subject=f"Your reply to {reply.mention.author or 'a review'} was not approved",
            body=render_to_string("reviews/email/rejected.txt", context),
            to=[recipient.email],
        ).send()
    except Exception:
        Reply.objects.filter(pk=reply_id).update(rejection_mailed=False)
        raise
    return True


def sweep_rejections() -> None:
    """Rejection mails whose task was lost (Redis restarted) go out with the next digest."""
    stale = timezone.now() - timedelta(minutes=2)
    for reply_id in Reply.objects.filter(
        status=S.REJECTED, rejection_mailed=False, decided_at__lt=stale
    ).values_list("id", flat=True)[:100]:
        try:
            send_rejection(reply_id)
        except Exception:
            log.warning("rejection mail for reply %s failed; will retry", reply_id, exc_info=True)
