"""Tenancy: workspaces (one per client), memberships with roles, invitations, people's own
settings, and the audit log."""

from __future__ import annotations

import secrets
import zoneinfo
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from orm_dashboard.outbox import Outbox


def time_zone_choices() -> list[tuple[str, str]]:
    """Every IANA zone the server knows, for a select; Europe first, as most clients are there."""
    zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
    europe = [z for z in zones if z.startswith("Europe/")]
    return [
        (z, z.replace("_", " "))
        for z in ["UTC", *europe] + [z for z in zones if z not in europe and z != "UTC"]
    ]


def display_name(user: Any, empty: str = "") -> str:
    """How a person is shown everywhere: their name, else their username."""
    if user is None:
        return empty
    return user.get_full_name() or user.get_username()


class Role(models.TextChoices):
    """Ordered: each role can do everything the one before it can."""

    VIEWER = "viewer", "Viewer"
    AGENT = "agent", "Agent"
    MANAGER = "manager", "Manager"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.rank >= Role(needed).rank


class Workspace(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=60, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Times are shown in a person's own zone, else in their workspace's.
    time_zone = models.CharField(max_length=64, default="UTC")
    # The client's main language, for the team's reference (brands choose what they watch).
    language = models.CharField(max_length=8, default="en")
    # Archived: read-only for everyone, hidden from the switcher, kept, restorable.
    archived_at = models.DateTimeField(null=True, blank=True)
    # Sentiment label cut-offs on the compound score (VADER's usual ±0.05 by default).
    positive_threshold = models.FloatField(default=0.05)
    negative_threshold = models.FloatField(default=-0.05)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="workspaces"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.AGENT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "workspace"], name="one_membership_per_user")
        ]
        ordering = ["workspace__name"]

    def __str__(self) -> str:
        return f"{self.user} in {self.workspace} ({self.role})"

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    def allows(self, needed: Role | str) -> bool:
        return self.role_enum.allows(Role(needed))


class Event(models.Model):
    """The audit log: who did what, when, to which object. Append-only."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60)
    object_id = models.BigIntegerField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["workspace", "object_type", "object_id", "-created_at"])]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.actor} {self.verb} {self.object_type}#{self.object_id}"


def is_agency_owner(user: Any) -> bool:
    """Who may create client workspaces: holders of the ``add_workspace`` permission, which
    superusers (the first admin made by ``ensure_admin``) hold implicitly."""
    return bool(user.is_authenticated and user.has_perm("orm_dashboard.add_workspace"))


class Profile(models.Model):
    """What a person sets for themselves beyond Django's user: their time zone."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="profile"
    )
    time_zone = models.CharField(max_length=64, blank=True)  # empty: the workspace's zone

    def __str__(self) -> str:
        return f"{self.user}: {self.time_zone or 'workspace zone'}"


def new_nonce() -> str:
    return secrets.token_hex(16)


def invitation_lifetime() -> timedelta:
    return timedelta(days=settings.INVITATION_DAYS)


class Invitation(models.Model):
    """An email address asked to join a workspace with a role.

    The link carries a signed (id, nonce) pair; the nonce changes on every resend, so only
    the latest email's link works, and accepting clears the way for nothing else: the
    conditional update on ``accepted_at`` makes it single-use.
    """

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.AGENT)
    nonce = models.CharField(max_length=32, default=new_nonce)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)  # the latest (re)send asked for
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                "workspace",
                models.functions.Lower("email"),
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="one_open_invitation_per_address",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} to {self.workspace} as {self.role}"

    @property
    def state(self) -> str:
        """pending, accepted, revoked or expired: what the link and the list say."""
        if self.accepted_at:
            return "accepted"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "pending"

    @property
    def last_email(self) -> InvitationEmail | None:
        """The latest email sent for it (from a prefetch when there is one)."""
        emails = list(self.emails.all())
        return emails[-1] if emails else None


class InvitationEmail(Outbox):
    """One invitation email (each resend is another): an outbox row (orm_dashboard.outbox),
    so SMTP being down delays the invitation instead of losing it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Not delivered"

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="emails")
    nonce = models.CharField(max_length=32)  # the invitation's nonce this email carries
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["invitation", "nonce"], name="one_email_per_invitation_link"
            )
        ]
        indexes = [
            models.Index(
                fields=["due_at"],
                name="invitation_email_due_idx",
                condition=Q(status="pending"),
            )
        ]

    def __str__(self) -> str:
        return f"invitation {self.invitation_id}: {self.status}"
