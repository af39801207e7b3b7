"""Tenancy: workspaces (one per client), memberships with roles, invitations, people's own
settings, and the audit log."""

from __future__ import annotations

import secrets
import zoneinfo
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from orm_dashboard.outbox import Outbox
from orm_dashboard.vault import EncryptedJSONField, EncryptedTextField


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
    # The client's main language: settles a close call when detecting a post's language
    # (mentions.languages.detect_language); brands choose the languages they watch.
    language = models.CharField(max_length=8, default="en")
    # Archived: read-only for everyone, hidden from the switcher, kept, restorable.
    archived_at = models.DateTimeField(null=True, blank=True)
    # Being deleted: closed to everyone, its rows deleted in batches by a worker (purge.py).
    deleting_at = models.DateTimeField(null=True, blank=True)
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


class ApiKey(models.Model):
    """A workspace's key to the REST API, made by a manager and shown to them once.

    Only a SHA-256 of the key is stored (a key is 32 random bytes, so a slow password hash
    would add nothing but latency to every request); the prefix finds the row and is what
    people see in lists. The key acts as its own user, never a member (it is not paged,
    assigned or listed as a teammate), so every write is in the audit log under its name.
    """

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        WRITE = "write", "Read and write"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True)
    hashed = models.CharField(max_length=64)
    scope = models.CharField(max_length=8, choices=Scope.choices, default=Scope.READ)
    # Approving a reply stays a person's act unless the manager who made the key allows it.
    may_approve = models.BooleanField(default=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="api_key"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def role(self) -> Role:
        """What the key may do: a read key reads like a viewer; a write key acts like a
        manager (it was made by one), except approving replies unless ``may_approve``."""
        return Role.MANAGER if self.scope == self.Scope.WRITE else Role.VIEWER


class WebhookEndpoint(models.Model):
    """A URL a manager wants events sent to, signed the Standard Webhooks way.

    The secret must be kept in clear to sign with it; it is shown to people only when it is
    made. After a rotation the previous secret also signs until ``previous_until``, so the
    receiver can switch over without losing a delivery.
    """

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(max_length=2000)
    description = models.CharField(max_length=200, blank=True)
    events = ArrayField(models.CharField(max_length=60), default=list)
    # mention.created only: send only mentions of these brands / with these sentiments.
    brands = ArrayField(models.BigIntegerField(), default=list, blank=True)
    sentiments = ArrayField(models.CharField(max_length=10), default=list, blank=True)
    secret = EncryptedTextField()  # encrypted at rest (vault.py)
    previous_secret = EncryptedTextField(blank=True)
    previous_until = models.DateTimeField(null=True, blank=True)
    enabled = models.BooleanField(default=True)
    disabled_reason = models.CharField(max_length=500, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)
    notice_owed = models.BooleanField(default=False)  # managers are still to be emailed
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["workspace", "enabled"], name="webhook_endpoint_ws_idx")]

    def __str__(self) -> str:
        return self.description or self.url

    def signing_secrets(self, now: datetime) -> list[str]:
        secrets = [self.secret]
        if self.previous_secret and self.previous_until and self.previous_until > now:
            secrets.append(self.previous_secret)
        return secrets


class WebhookDelivery(Outbox):
    """One event to one endpoint: an outbox row (orm_dashboard.outbox) written in the same
    transaction as the change it tells about, sent and retried by the workers."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Not sent"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=60)
    msg_id = models.CharField(max_length=40)  # webhook-id: the same on every retry
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "msg_id"], name="one_delivery_per_message")
        ]
        indexes = [
            models.Index(
                fields=["due_at"], name="webhook_due_idx", condition=models.Q(status="pending")
            ),
            models.Index(fields=["endpoint", "-created_at"], name="webhook_log_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event} {self.msg_id} to endpoint {self.endpoint_id}: {self.status}"


class WebhookAttempt(models.Model):
    """One try at a delivery, for the endpoint's delivery log."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="tries")
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.delivery_id} at {self.at}: {self.status_code or self.error[:40]}"


class AlertChannel(models.Model):
    """Somewhere alerts go beside email: a workspace's (everyone sees it) or one person's."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="channels")
    # Empty: the workspace's channel (every page, escalation and digest of the workspace);
    # a person: what is sent to them by email also goes here.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alert_channels",
    )
    kind = models.CharField(max_length=20)
    name = models.CharField(max_length=100)
    # URL, token, secret: never shown back in full, encrypted at rest (vault.py)
    config = EncryptedJSONField(default=dict)
    enabled = models.BooleanField(default=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["workspace", "user"], name="channel_ws_user_idx")]

    def __str__(self) -> str:
        return self.name


class ChannelMessage(Outbox):
    """One notification to one channel: an outbox row (orm_dashboard.outbox)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Not needed"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    channel = models.ForeignKey(AlertChannel, on_delete=models.CASCADE, related_name="messages")
    key = models.CharField(max_length=120)  # what it is about, e.g. incident:12:alert:0
    notification = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "key"], name="one_message_per_channel_key")
        ]
        indexes = [
            models.Index(
                fields=["due_at"], name="channel_due_idx", condition=models.Q(status="pending")
            ),
            models.Index(fields=["key"], name="channel_message_key_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.key} to {self.channel_id}: {self.status}"
