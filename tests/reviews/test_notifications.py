"""Emails through a real SMTP server: one digest per manager for pending approvals, and the
author hears why their reply was rejected."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from orm_dashboard.models import Role
from reviews import notifications
from reviews.models import Reply
from tests.conftest import make_user
from tests.reviews import factories as f

pytestmark = pytest.mark.django_db
S = Reply.Status


def test_managers_get_one_digest_for_many_pending_replies(workspace, owner, teammate, smtp) -> None:
    second = make_user("manager2", workspace, Role.MANAGER)
    src = f.source(workspace)
    by_teammate = [
        f.reply(
            f.review(workspace, src, author=f"Reviewer {n}"), teammate, f"Reply {n}", S.SUBMITTED
        )
        for n in range(3)
    ]
    by_owner = f.reply(f.review(workspace, src, author="Reviewer X"), owner, "Mine", S.SUBMITTED)
    f.reply(f.review(workspace, src), teammate, "just a draft")

    assert notifications.send_digest() == 2
    assert len(smtp.messages) == 2  # one per manager, not one per reply
    to_owner = smtp.to(owner.email)[0]
    assert to_owner["Subject"] == "3 replies await your approval in Acme Corp"
    body = to_owner.get_content()
    for n in range(3):
        assert f"Reviewer {n}" in body
    assert "Reviewer X" not in body  # the owner cannot approve their own reply
    assert f"http://testserver/w/acme/reviews/{by_teammate[0].mention_id}/" in body
    to_second = smtp.to(second.email)[0]
    assert to_second["Subject"].startswith("4 replies")

    assert notifications.send_digest() == 0  # already told
    assert len(smtp.messages) == 2
    by_owner.refresh_from_db()
    assert by_owner.managers_notified_at is not None


def test_digest_is_retried_when_smtp_fails(workspace, owner, teammate, smtp) -> None:
    f.reply(f.review(workspace, f.source(workspace)), teammate, "Reply", S.SUBMITTED)
    smtp.fail_next = 1
    with pytest.raises(Exception, match="try again later"):
        notifications.send_digest()
    assert Reply.objects.filter(managers_notified_at__isnull=True).count() == 1
    assert notifications.send_digest() == 1
    assert len(smtp.to(owner.email)) == 1


def test_author_learns_why_their_reply_was_rejected(
    workspace, teammate, owner_client: Client, smtp, django_capture_on_commit_callbacks
) -> None:
    mention = f.review(workspace, f.source(workspace), author="Anna Schmidt")
    reply = f.reply(mention, teammate, "Hi Anna, sorry.", S.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        owner_client.post(
            reverse("review_reject", kwargs={"workspace": "acme", "pk": mention.pk}),
            {"version": 1, "reason": "Too short: say what we fixed and when."},
        )
    assert len(queued) == 1  # the rejection mail is queued when the decision commits
    assert notifications.send_rejection(reply.pk) is True
    message = smtp.to(teammate.email)[0]
    assert message["Subject"] == "Your reply to Anna Schmidt was not approved"
    body = message.get_content()
    assert "Too short: say what we fixed and when." in body
    assert "Hi Anna, sorry." in body
    assert f"http://testserver/w/acme/reviews/{mention.pk}/" in body
    assert notifications.send_rejection(reply.pk) is False  # a redelivered task mails nothing
    assert len(smtp.messages) == 1


def test_failed_rejection_mail_is_sent_by_the_sweep(workspace, teammate, smtp) -> None:
    reply = f.reply(f.review(workspace, f.source(workspace)), teammate, "Hi", S.REJECTED)
    Reply.objects.filter(pk=reply.pk).update(
        rejection_mailed=False, reason="No.", decided_at=timezone.now() - timedelta(minutes=5)
    )
    smtp.fail_next = 1
    with pytest.raises(Exception, match="try again later"):
        notifications.send_rejection(reply.pk)
    reply.refresh_from_db()
    assert reply.rejection_mailed is False  # released for the next try
    notifications.send_digest()  # the periodic digest also sweeps owed rejection mails
    assert len(smtp.to(teammate.email)) == 1
