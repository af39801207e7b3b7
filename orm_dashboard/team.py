"""Who is in a workspace, and how that changes: invitations, roles, removals.

Every change is in the audit log. The rule that a workspace always keeps a manager is kept
under a row lock on its managers' memberships, so two managers demoting each other at the
same moment cannot both succeed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from orm_dashboard import audit
from orm_dashboard.models import (
    Invitation,
    InvitationEmail,
    Membership,
    Role,
    Workspace,
    display_name,
    invitation_lifetime,
    new_nonce,
)
from orm_dashboard.signals import member_removed

SALT = "orm_dashboard.invitation"


class TeamError(Exception):
    """A change refused, with the sentence the person sees."""


def _locked(membership: Membership) -> tuple[list[int], Membership]:
    """Lock the workspace's managers and this membership in one statement, in id order, and
    return it as it is now. Every change of role or membership takes the same locks in the
    same order, so two managers demoting each other wait for one another (never deadlock)
    and the second sees the first's change."""
    rows = list(
        Membership.objects.select_for_update()
        .filter(Q(workspace_id=membership.workspace_id, role=Role.MANAGER) | Q(pk=membership.pk))
        .order_by("pk")
    )
    locked = next((m for m in rows if m.pk == membership.pk), None)
    if locked is None:
        raise TeamError("That person is no longer a member of this workspace.")
    managers = [m.pk for m in rows if m.role == Role.MANAGER]
    return managers, Membership.objects.select_related("user", "workspace").get(pk=locked.pk)


def _last_manager_check(locked: Membership, managers: list[int], new_role: Role | None) -> None:
    """Refuse to leave the workspace without a manager."""
    if locked.role != Role.MANAGER or new_role == Role.MANAGER:
        return
    if [pk for pk in managers if pk != locked.pk]:
        return
    action = "removed" if new_role is None else "made a " + new_role.label.lower()
    raise TeamError(
        f"{display_name(locked.user)} is the last manager of this workspace and cannot "
        f"be {action}. Make someone else a manager first."
    )


def change_role(membership: Membership, role: Role | str, actor: Any) -> bool:
    """Give a member another role; False when it was already theirs. ``membership`` is
    updated in place."""
    new = Role(role)
    with transaction.atomic():
        managers, locked = _locked(membership)
        old = locked.role
        if old == new:
            return False
        _last_manager_check(locked, managers, new)
        Membership.objects.filter(pk=locked.pk).update(role=new)
        audit.log(
            locked.workspace,
            actor,
            "member.role",
            locked.user,
            name=display_name(locked.user),
            old=old,
            new=str(new),
        )
    membership.role = new
    return True


def remove(membership: Membership, actor: Any) -> None:
    """Take a member out: access ends with this commit, their assignments go back to the
    queue (listeners of ``member_removed``), and everything they wrote stays."""
    with transaction.atomic():
        managers, membership = _locked(membership)
        _last_manager_check(membership, managers, None)
        user = membership.user
        membership.delete()
        audit.log(
            membership.workspace,
            actor,
            "member.remove",
            user,
            name=display_name(user),
            role=membership.role,
        )
        member_removed.send(
            sender=Membership, workspace=membership.workspace, user=user, actor=actor
        )


# --- invitations -------------------------------------------------------------------------


def token_for(invitation: Invitation) -> str:
    return signing.dumps({"i": invitation.pk, "n": invitation.nonce}, salt=SALT)


@dataclass
class Opened:
    """What a link leads to: the invitation (when it could be read) and its state."""

    invitation: Invitation | None
    state: str  # pending, accepted, revoked, expired, replaced, invalid


def open_link(token: str) -> Opened:
    try:
        data = signing.loads(token, salt=SALT)
        pk, nonce = int(data["i"]), str(data["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return Opened(None, "invalid")
    invitation = (
        Invitation.objects.select_related("workspace", "invited_by", "accepted_by")
        .filter(pk=pk)
        .first()
    )
    if invitation is None:
        return Opened(None, "invalid")
    state = invitation.state
    if state == "pending" and not secrets.compare_digest(nonce, invitation.nonce):
        state = "replaced"
    return Opened(invitation, state)


def _queue_email(invitation: Invitation) -> InvitationEmail:
    from orm_dashboard.celery import queue_on_commit
    from orm_dashboard.tasks import send_invitation_email

    email = InvitationEmail.objects.create(invitation=invitation, nonce=invitation.nonce)
    queue_on_commit(send_invitation_email, email.pk)  # a broker outage leaves it to the sweep
    return email


def member_with_email(workspace: Workspace, email: str) -> Membership | None:
    return (
        Membership.objects.select_related("user")
        .filter(workspace=workspace, user__email__iexact=email)
        .first()
    )


def open_invitation(workspace: Workspace, email: str) -> Invitation | None:
    return (
        Invitation.objects.annotate(lower_email=Lower("email"))
        .filter(
            workspace=workspace,
            lower_email=email.lower(),
            accepted_at__isnull=True,
            revoked_at__isnull=True,
        )
        .first()
    )


def invite(workspace: Workspace, email: str, role: Role | str, actor: Any) -> Invitation:
    """Invite an address with a role and queue the email; refuses members and open invites."""
    email = email.strip()
    member = member_with_email(workspace, email)
    if member is not None:
        raise TeamError(
            f"{email} is already a member of {workspace.name} "
            f"(as {display_name(member.user)}, {member.get_role_display().lower()})."
        )
    with transaction.atomic():
        existing = open_invitation(workspace, email)
        if existing is not None:
            if existing.state == "expired":
                existing.revoked_at = timezone.now()  # superseded by the new one
                existing.save(update_fields=["revoked_at"])
            else:
                raise TeamError(
                    f"{email} was already invited on {existing.created_at:%d %b %Y}; "
                    "resend that invitation from the list below instead."
                )
        now = timezone.now()
        invitation = Invitation.objects.create(
            workspace=workspace,
            email=email,
            role=Role(role),
            invited_by=actor,
            created_at=now,
            sent_at=now,
            expires_at=now + invitation_lifetime(),
        )
        audit.log(workspace, actor, "invitation.create", invitation, email=email, role=str(role))
        _queue_email(invitation)
    return invitation


def resend(invitation: Invitation, actor: Any) -> None:
    """A fresh link (the old one stops working) with a fresh expiry, emailed again."""
    if invitation.accepted_at or invitation.revoked_at:
        raise TeamError(f"The invitation to {invitation.email} is {invitation.state}.")
    with transaction.atomic():
        now = timezone.now()
        invitation.nonce = new_nonce()
        invitation.sent_at = now
        invitation.expires_at = now + invitation_lifetime()
        updated = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(nonce=invitation.nonce, sent_at=now, expires_at=invitation.expires_at)
        if not updated:
            raise TeamError(f"The invitation to {invitation.email} was just accepted or revoked.")
        audit.log(
            invitation.workspace, actor, "invitation.resend", invitation, email=invitation.email
        )
        _queue_email(invitation)


def revoke(invitation: Invitation, actor: Any) -> None:
    with transaction.atomic():
        updated = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if not updated:
            raise TeamError(
                f"The invitation to {invitation.email} is already {_state(invitation)}."
            )
        audit.log(
            invitation.workspace, actor, "invitation.revoke", invitation, email=invitation.email
        )


def _state(invitation: Invitation) -> str:
    invitation.refresh_from_db()
    return invitation.state


def accept(invitation: Invitation, user: Any) -> Membership:
    """Join with the invited role: once only (a conditional update), and never lowering the
    role of someone who is already a member."""
    with transaction.atomic():
        taken = Invitation.objects.filter(
            pk=invitation.pk,
            nonce=invitation.nonce,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        ).update(accepted_at=timezone.now(), accepted_by=user)
        if not taken:
            raise TeamError(f"This invitation is {_state(invitation)}.")
        membership, created = Membership.objects.get_or_create(
            user=user, workspace=invitation.workspace, defaults={"role": invitation.role}
        )
        audit.log(
            invitation.workspace,
            user,
            "invitation.accept",
            invitation,
            email=invitation.email,
            name=display_name(user),
            role=invitation.role,
            joined=created,
        )
    return membership


def unique_username(email: str) -> str:
    """A username from the address's local part, numbered when taken: people log in with it."""
    User = get_user_model()
    base = "".join(c for c in email.split("@", 1)[0].lower() if c.isalnum() or c in "._-")[:30]
    base = base or "user"
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}{n}"
    return candidate
