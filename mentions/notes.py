"""Emails to teammates a note @mentions, through an outbox (orm_dashboard.outbox).

The note's view writes one NoteEmail row per teammate in the note's own transaction and
queues their sending on commit; beat's sweep sends whatever is still due (the queue was
down, SMTP refused, a worker died mid-send). A refused email is retried with back-off and,
after MAX_ATTEMPTS, marked not delivered with the reason, which the note shows.
"""

from __future__ import annotations

import functools
import logging
import operator
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from mentions.models import Mention, MentionNote, NoteEmail
from orm_dashboard import audit, outbox
from orm_dashboard.celery import queue_on_commit
from orm_dashboard.models import Membership, display_name

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10  # 30 s, 1 min, 2 min … 1 h apart: about 4 hours of trying
RETRY_FIRST_SECONDS = 30
RETRY_MAX_SECONDS = 3600


MENTION_RE = re.compile(r"(?<![\w@])@([\w.+-]{1,150})")


def add(
    mention: Mention, author: Any, text: str
) -> tuple[MentionNote, list[Any], set[str], dict[str, Any]]:
    """Store a note (from the mention's page or the API) and email the teammates it
    @mentions. Returns the note, whom it emails, the names written and the members found."""
    named = {n.rstrip(".-+").lower() for n in MENTION_RE.findall(text)} - {""}
    found = (
        {
            u.username.lower(): u
            for u in get_user_model().objects.filter(
                functools.reduce(operator.or_, (Q(username__iexact=n) for n in named)),
                memberships__workspace=mention.workspace_id,
            )
        }
        if named
        else {}
    )
    me = author.get_username().lower()
    members = [u for name, u in found.items() if name != me and u.email]
    with transaction.atomic():  # the note and its emails are stored together
        note = MentionNote.objects.create(
            workspace_id=mention.workspace_id, mention=mention, author=author, text=text
        )
        audit.log(mention.workspace_id, author, "mention.note", mention, note=note.pk)
        notify(note, members)
    return note, members, named, found


def notify(note: MentionNote, users: Iterable[Any]) -> list[NoteEmail]:
    """Write the note's emails (inside the caller's transaction); send them once it commits."""
    from mentions.tasks import notify_note

    rows = NoteEmail.objects.bulk_create(
        [NoteEmail(note=note, recipient=user, email=user.email) for user in users if user.email]
    )
    if rows:
        queue_on_commit(notify_note, note.pk)
    return rows


def heading(mention: Mention, limit: int = 80) -> str:
    """A mention as an email subject names it: its title, else its text's opening."""
    text = " ".join((mention.title or mention.text or f"mention #{mention.pk}").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def due_ids(now: datetime, limit: int = 100) -> list[int]:
    return outbox.due_ids(NoteEmail, now, limit)


def deliver_due(now: datetime | None = None, ids: Iterable[int] | None = None) -> dict[str, int]:
    """Send every due row (or the given ones): what beat's sweep and the queued task run."""
    now = now or timezone.now()
    return outbox.deliver(send, due_ids(now) if ids is None else ids, now)


@outbox.sender(NoteEmail, "note__author", "note__workspace", "note__mention")
def send(row: NoteEmail, mine: QuerySet, now: datetime) -> str:
    note = row.note
    if not Membership.objects.filter(workspace=note.workspace, user=row.recipient_id).exists():
        # Removed from the workspace since the note was written: the note is not theirs to read.
        mine.update(
            status=NoteEmail.Status.FAILED, last_error="no longer a member of the workspace"
        )
        return "cancelled"
    author = display_name(note.author, "Someone")
    link = settings.SITE_URL + reverse(
        "mention", kwargs={"workspace": note.workspace.slug, "pk": note.mention_id}
    )
    email = EmailMessage(
        subject=f'{author} mentioned you on "{heading(note.mention)}" in {note.workspace.name}',
        body=f"{author} wrote:\n\n{note.text}\n\nOpen the mention: {link}\n",
        to=[row.email],
    )
    tries = outbox.Tries(MAX_ATTEMPTS, RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS)
    return outbox.send_email(mine, row, now, f"note email {row.pk}", email, tries)
