"""Replies to reviews, their versions, reply templates and each workspace's review settings.

A review is a mention with a rating (mentions/ingest.py stores them). A reply belongs to
exactly one review and walks one way through the workflow below; every transition is a
conditional UPDATE on the status it leaves, so two people (or a person and a worker) acting
at once can never both win.

    draft ─► submitted ─► approved (manual platforms: copied by hand, then marked posted)
      ▲          │              │
      │          └─► rejected   └─► scheduled ─► publishing ─► published
      └── edit / pull back ◄────────┘   ▲            │
                                        └── retry ◄──┴─► failed (left for a human)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone

from mentions.models import Mention
from orm_dashboard.leases import Leased
from orm_dashboard.models import Membership, Role, Workspace


class ReviewSettings(models.Model):
    """How fast a workspace promises to answer, and how its approvals work."""

    workspace = models.OneToOneField(
        Workspace, on_delete=models.CASCADE, related_name="review_settings"
    )
    # Answer within this many hours of the review, by rating band.
    sla_hours_low = models.PositiveIntegerField("1-2 stars: answer within (hours)", default=24)
    sla_hours_mid = models.PositiveIntegerField("3 stars: answer within (hours)", default=48)
    sla_hours_high = models.PositiveIntegerField("4-5 stars: answer within (hours)", default=72)
    send_delay_minutes = models.PositiveIntegerField(
        "Send delay (minutes)",
        default=10,
        help_text="Time after approval during which a reply can still be pulled back.",
    )
    allow_self_approval = models.BooleanField(
        "Let the only manager approve their own replies",
        default=False,
        help_text="Only takes effect while the workspace has exactly one manager; every such "
        "approval is recorded as a self-approval.",
    )
    public_contacts = models.TextField(
        "Contact details that may appear in replies",
        blank=True,
        help_text="Your public support email addresses and phone numbers, one per line. Any "
        "other email address or phone number in a reply is flagged.",
    )

    def __str__(self) -> str:
        return f"review settings of {self.workspace}"

    @classmethod
    def for_workspace(cls, workspace: Workspace | int) -> ReviewSettings:
        """The workspace's settings, or its defaults unsaved until a manager saves the form:
        reading them (the queue, a review's page, the overview) writes nothing."""
        workspace_id = workspace if isinstance(workspace, int) else workspace.pk
        return cls.objects.filter(workspace_id=workspace_id).first() or cls(
            workspace_id=workspace_id, send_delay_minutes=settings.REVIEW_SEND_DELAY_MINUTES
        )

    def sla_hours(self, rating: int | None) -> int:
        if rating is not None and rating <= 2:
            return self.sla_hours_low
        if rating == 3:
            return self.sla_hours_mid
        return self.sla_hours_high

    def due_at(self, published_at: datetime, rating: int | None) -> datetime:
        return published_at + timedelta(hours=self.sla_hours(rating))

    @property
    def send_delay(self) -> timedelta:
        return timedelta(minutes=self.send_delay_minutes)

    @property
    def contact_list(self) -> list[str]:
        return [line.strip() for line in self.public_contacts.splitlines() if line.strip()]

    def self_approval_allowed(self) -> bool:
        """Self-approval is an escape hatch for one-manager workspaces, never a default."""
        if not self.allow_self_approval:
            return False
        managers = Membership.objects.filter(workspace_id=self.workspace_id, role=Role.MANAGER)
        return managers.count() == 1


class ReplyTemplate(models.Model):
    """A starting point for a reply, offered for reviews it suits."""

    class Sentiment(models.TextChoices):
        ANY = "", "Any sentiment"
        POSITIVE = "positive", "Positive reviews"
        NEUTRAL = "neutral", "Neutral reviews"
        NEGATIVE = "negative", "Negative reviews"

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="reply_templates"
    )
    name = models.CharField(max_length=120)
    text = models.TextField(
        help_text="Placeholders: {reviewer_name}, {brand}, {location}, {platform}, {rating}, "
        "{agent_name}. Personalise every reply before submitting it."
    )
    ratings = ArrayField(
        models.PositiveSmallIntegerField(),
        default=list,
        blank=True,
        help_text="Offer this template for these star ratings; none selected: every rating.",
    )
    sentiment = models.CharField(max_length=10, choices=Sentiment.choices, blank=True)
    language = models.CharField(
        max_length=8, blank=True, help_text="ISO code such as en or de; empty: every language."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["workspace", "name"], name="reply_template_name")
        ]

    def __str__(self) -> str:
        return self.name

    def suits(self, rating: int | None, sentiment: str, language: str) -> bool:
        if self.ratings and rating not in self.ratings:
            return False
        if self.sentiment and sentiment and self.sentiment != sentiment:
            return False
        return not (self.language and language and self.language != language)


class Reply(Leased):
    """The answer to one review, from first draft to the platform's reply id."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Awaiting approval"
        REJECTED = "rejected", "Rejected"
        APPROVED = "approved", "Approved, post by hand"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHING = "publishing", "Publishing"
        PUBLISHED = "published", "Published"
        FAILED = "failed", "Failed"

    # Editing any of these makes it a draft again: approved words are the only ones published.
    EDITABLE = (
        Status.DRAFT,
        Status.SUBMITTED,
        Status.REJECTED,
        Status.APPROVED,
        Status.SCHEDULED,
        Status.FAILED,
    )

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    mention = models.OneToOneField(Mention, on_delete=models.CASCADE, related_name="reply")
    text = models.TextField(blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    template = models.ForeignKey(
        ReplyTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(  # who wrote the current text
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(default=0)  # number of the current ReplyVersion
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # approval
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    warnings = models.JSONField(default=list, blank=True)  # guardrails at submission
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)  # why it was rejected; shown to the author
    self_approved = models.BooleanField(default=False)
    managers_notified_at = models.DateTimeField(null=True, blank=True)  # digest claim
    rejection_mailed = models.BooleanField(default=True)  # False: a rejection mail is owed

    # publishing
    publish_after = models.DateTimeField(null=True, blank=True)  # end of the send delay
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(  # manual platforms: who posted it by hand
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    external_id = models.CharField(max_length=500, blank=True)  # the platform's reply id
    external_url = models.URLField(max_length=2000, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["workspace", "status"], name="reply_status_idx"),
            models.Index(
                fields=["publish_after"],
                name="reply_due_idx",
                condition=models.Q(status__in=["scheduled", "publishing"]),
            ),
            models.Index(
                fields=["workspace"],
                name="reply_digest_idx",
                condition=models.Q(status="submitted", managers_notified_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"reply to mention {self.mention_id} ({self.status})"

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE

    @property
    def can_pull_back(self) -> bool:
        return self.status in (self.Status.SCHEDULED, self.Status.APPROVED) and not self.attempts

    def wrote(self, user: object) -> bool:
        """Whether ``user`` is an author of this reply (nobody approves their own words)."""
        user_id = getattr(user, "pk", None)
        return user_id is not None and user_id in (self.author_id, self.submitted_by_id)

    def publish_eta(self) -> datetime | None:
        return self.publish_after if self.status == self.Status.SCHEDULED else None


class ReplyVersion(models.Model):
    """Every saved text of a reply, so earlier drafts can be compared and restored."""

    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    template = models.ForeignKey(
        ReplyTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["reply", "number"], name="one_reply_version_number")
        ]

    def __str__(self) -> str:
        return f"version {self.number} of {self.reply_id}"
