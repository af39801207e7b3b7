"""Invitation emails through the outbox (orm_dashboard.outbox), like note emails.

``team.invite`` and ``team.resend`` write an InvitationEmail row in their transaction and
queue its sending on commit; beat's sweep sends whatever is still due. A row whose link was
replaced by a resend, or whose invitation was revoked or accepted meanwhile, is not sent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from orm_dashboard import leases, outbox
from orm_dashboard.models import InvitationEmail, display_name
from orm_dashboard.team import token_for

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10  # 30 s, 1 min, 2 min … 1 h apart: about 4 hours of trying
RETRY_FIRST_SECONDS = 30
RETRY_MAX_SECONDS = 3600


def deliver_due(now: datetime | None = None, ids: Iterable[int] | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return outbox.deliver(send, outbox.due_ids(InvitationEmail, now) if ids is None else ids, now)


@outbox.sender(InvitationEmail, "invitation__workspace", "invitation__invited_by")
def send(row: InvitationEmail, mine: QuerySet, now: datetime) -> str:
    invitation = row.invitation
    if row.nonce != invitation.nonce or invitation.state != "pending":
        reason = "replaced by a newer email" if row.nonce != invitation.nonce else invitation.state
        mine.update(
            **leases.RELEASED,
            status=InvitationEmail.Status.FAILED,
            last_error=f"not sent: {reason}",
        )
        return "cancelled"
    context = {
        "invitation": invitation,
        "inviter": display_name(invitation.invited_by, "A manager"),
        "link": settings.SITE_URL + reverse("invitation", kwargs={"token": token_for(invitation)}),
        "role": invitation.get_role_display().lower(),
    }
    subject = render_to_string("orm_dashboard/email/invitation_subject.txt", context)
    email = EmailMessage(
        subject=subject.strip().replace("\n", " "),
        body=render_to_string("orm_dashboard/email/invitation.txt", context),
        to=[invitation.email],
    )
    tries = outbox.Tries(MAX_ATTEMPTS, RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS)
    return outbox.send_email(mine, row, now, f"invitation email {row.pk}", email, tries)
