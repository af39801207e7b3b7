"""Crisis: detection rules, incidents (timeline, checklist, post-mortem), on-call, alert outbox.

Every row carries its workspace, like the rest of the product, so views reach rows only
through orm_dashboard.tenancy.scoped.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone

from crisis import rules
from mentions.models import Brand, Mention
from orm_dashboard.models import Workspace
from orm_dashboard.outbox import Outbox

DEFAULT_KEYWORDS = [
    "recall",
    "lawsuit",
    "sued",
    "boycott",
    "data breach",
    "hacked",
    "leak",
    "poisoning",
    "scandal",
    "fraud",
    "outage",
]

DEFAULT_PLAYBOOK = [
    "Acknowledge publicly within 2 hours",
    "Name one spokesperson; everybody else refers to them",
    "Do not delete comments or reviews",
    "Collect the facts: what happened, since when, who is affected",
    "Apologise if we were wrong, and say what we change",
]


class Severity(models.TextChoices):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"
    CRITICAL = "critical", "Critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)

    @classmethod
    def ranked(cls, field: str = "severity") -> Case:
        """The severity as its rank, for ORDER BY: the stored words sort alphabetically."""
        whens = [When(**{field: s.value}, then=Value(s.rank)) for s in cls]
        return Case(*whens, default=Value(-1), output_field=models.IntegerField())


# The registered rule kinds (one module each in crisis/rules), as choices.
RuleKind = models.TextChoices(
    "RuleKind", [(kind.kind.upper(), (kind.kind, kind.label)) for kind in rules.REGISTRY.values()]
)


class CrisisPolicy(models.Model):
    """A workspace's crisis settings: trigger words, escalation, storm control, fallback."""

    workspace = models.OneToOneField(
        Workspace, on_delete=models.CASCADE, related_name="crisis_policy"
    )
    keywords = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    escalation_minutes = models.PositiveIntegerField(default=15)
    cooldown_minutes = models.PositiveIntegerField(default=30)
    # Paged when nobody is on shift, and the "next person" when a shift has no backup.
    fallback = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    repeat_count = models.PositiveSmallIntegerField(
        default=3,
        help_text="Times the whole escalation chain is paged again while nobody acknowledges.",
    )
    reminder_minutes = models.PositiveIntegerField(
        default=60,
        help_text="After that, the managers are reminded this often while a high or critical "
        "incident stays unacknowledged.",
    )

    def __str__(self) -> str:
        return f"Crisis policy of {self.workspace}"

    @classmethod
    def defaults(cls, workspace_id: int) -> CrisisPolicy:
        """The settings a workspace starts with (not saved)."""
        return cls(
            workspace_id=workspace_id,
            keywords=list(DEFAULT_KEYWORDS),
            escalation_minutes=settings.ALERT_ESCALATION_MINUTES,
            cooldown_minutes=settings.ALERT_COOLDOWN_MINUTES,
        )

    @classmethod
    def for_workspace(cls, workspace_id: int) -> CrisisPolicy:
        """The workspace's settings, saved now if they were not yet."""
        found = cls.objects.filter(workspace_id=workspace_id).first()
        if found is None:
            found = cls.defaults(workspace_id)
            found.save()
        return found

    @classmethod
    def read(cls, workspace_id: int) -> CrisisPolicy:
        """The workspace's settings, or the defaults unsaved: what a page shows (GET writes
        nothing)."""
        return cls.objects.filter(workspace_id=workspace_id).first() or cls.defaults(workspace_id)


COMPETITOR_DEFAULTS = {"enabled": False, "pages": False, "severity": "low"}


class Rule(models.Model):
    """One detection rule of a brand. Its kind (crisis/rules) says which parameters it reads;
    the others are ignored (and hidden)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    brand = models.ForeignKey(Brand, on_delete=models.CASCADE, related_name="crisis_rules")
    kind = models.CharField(max_length=20, choices=RuleKind.choices)
    enabled = models.BooleanField(default=True)
    severity = models.CharField(max_length=10, choices=Severity.choices, default=Severity.HIGH)
    pages = models.BooleanField(
        default=True,
        help_text="Page the on-call person and escalate. Off: the managers get one email, "
        "nobody is woken (a competitor in trouble).",
    )
    window_minutes = models.PositiveIntegerField(
        default=60, help_text="How far back the rule looks, in minutes."
    )
    baseline_days = models.PositiveIntegerField(
        default=7, help_text="Days of history that count as normal."
    )
    sigma = models.FloatField(
        default=3.0,
        help_text="k in mean + k·σ: how many standard deviations above normal is a spike.",
    )
    min_count = models.PositiveIntegerField(
        default=10, help_text="Never fire below this many mentions in the window."
    )
    min_share_increase = models.FloatField(
        default=0.2,
        help_text="How far the negative share must rise above normal (0.2 = 20 points).",
    )
    reach_threshold = models.BigIntegerField(
        default=100_000, help_text="Followers or audience of the author."
    )
    rating_drop = models.FloatField(default=1.0, help_text="Stars the average rating must fall by.")
    silence_hours = models.PositiveIntegerField(
        default=24, help_text="Hours without a new item before a source counts as silent."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["brand__name", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["brand", "kind"], name="one_rule_per_brand_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.brand}"

    @property
    def window(self) -> timedelta:
        return timedelta(minutes=self.window_minutes)

    @property
    def params(self) -> tuple[str, ...]:
        return rules.get(self.kind).params

    @property
    def description(self) -> str:
        """The parameters in a phrase, as the rule pages show them."""
        return rules.get(self.kind).describe(self)

    @classmethod
    def ensure_defaults(cls, brand: Brand) -> None:
        """Every brand gets every rule with sensible defaults, so detection works at once.

        A competitor's rules start off, and when a manager turns one on it notifies at low
        severity without paging: a competitor's recall must not wake our on-call person.
        """
        extra = COMPETITOR_DEFAULTS if brand.is_competitor else {}
        cls.objects.bulk_create(
            [
                cls(
                    workspace_id=brand.workspace_id,
                    brand=brand,
                    kind=k.kind,
                    **{**k.defaults, **extra},
                )
                for k in rules.REGISTRY.values()
            ],
            ignore_conflicts=True,
        )


class Playbook(models.Model):
    """What the team agreed to do, in calm times, for a kind of crisis (or any kind)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(
        max_length=20,
        choices=RuleKind.choices,
        blank=True,
        help_text="Empty: applies to every kind of incident.",
    )
    title = models.CharField(max_length=120)
    steps = models.TextField(help_text="One step per line.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def step_list(self) -> list[str]:
        return [s.strip() for s in self.steps.splitlines() if s.strip()]

    @classmethod
    def create_default(cls, workspace_id: int) -> Playbook:
        """A new workspace's playbook (crisis/receivers.py); people may delete it, and then
        their incidents open without a checklist."""
        return cls.objects.create(
            workspace_id=workspace_id, title="Every crisis", steps="\n".join(DEFAULT_PLAYBOOK)
        )


class IncidentStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    RESOLVED = "resolved", "Resolved"


ACTIVE = [IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED]


class Incident(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    brand = models.ForeignKey(Brand, on_delete=models.CASCADE, related_name="incidents")
    rule = models.ForeignKey(
        Rule, null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents"
    )
    kind = models.CharField(max_length=20, choices=RuleKind.choices)
    severity = models.CharField(max_length=10, choices=Severity.choices)
    status = models.CharField(
        max_length=14, choices=IncidentStatus.choices, default=IncidentStatus.OPEN
    )
    title = models.CharField(max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The latest firing's numbers: observed, baseline, threshold, window, top mentions.
    explanation = models.JSONField(default=dict, blank=True)
    opened_at = models.DateTimeField(default=timezone.now)
    last_fired_at = models.DateTimeField(default=timezone.now)
    fire_count = models.PositiveIntegerField(default=1)
    # Observed ÷ threshold when it opened: the severity rises as the burst grows past it.
    opened_ratio = models.FloatField(default=0.0)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Paging steps taken: 0 the first page; then each escalation, the repeats of the chain
    # and, after them, the reminders to the managers (see crisis.alerts.escalate).
    escalation_level = models.PositiveSmallIntegerField(default=0)
    next_escalation_at = models.DateTimeField(null=True, blank=True)
    # Another rule of the same brand fired while this brand had an active incident: one burst
    # is one page, so this incident is grouped under that one and pages nobody itself.
    group = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="grouped"
    )
    postmortem_what = models.TextField("What happened", blank=True)
    postmortem_changed = models.TextField("What we changed", blank=True)

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["brand", "kind"],
                condition=~Q(status="resolved"),
                name="one_active_incident_per_brand_rule",
            )
        ]
        indexes = [
            models.Index(fields=["workspace", "status", "-opened_at"], name="incident_list_idx"),
            models.Index(
                fields=["next_escalation_at"],
                name="incident_escalation_idx",
                condition=Q(status="open"),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_active(self) -> bool:
        return self.status != IncidentStatus.RESOLVED

    @property
    def severity_enum(self) -> Severity:
        return Severity(self.severity)


class IncidentMention(models.Model):
    """A mention that drove an incident (linked when the rule fired, or by a person)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="links")
    mention = models.ForeignKey(Mention, on_delete=models.CASCADE, related_name="+")
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "mention"], name="one_link_per_mention")
        ]
        indexes = [models.Index(fields=["mention"], name="incident_link_mention_idx")]

    def __str__(self) -> str:
        return f"mention {self.mention_id} in incident {self.incident_id}"


class TimelineEntry(models.Model):
    class Kind(models.TextChoices):
        OPENED = "opened", "Opened"
        FIRED = "fired", "Fired again"
        ALERT = "alert", "Alert sent"
        ALERT_FAILED = "alert_failed", "Alert failing"
        SUPPRESSED = "suppressed", "Alert held back"
        ESCALATED = "escalated", "Escalated"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        OWNER = "owner", "Owner changed"
        SEVERITY = "severity", "Severity changed"
        GROUPED = "grouped", "Grouped"
        REMINDER = "reminder", "Reminder"
        STATUS = "status", "Status changed"
        NOTE = "note", "Note"
        CHECKLIST = "checklist", "Checklist"
        MENTION = "mention", "Mention linked"
        RESOLVED = "resolved", "Resolved"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="timeline")
    at = models.DateTimeField(default=timezone.now)
    kind = models.CharField(max_length=14, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["incident", "at"], name="timeline_incident_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"


class ChecklistItem(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="checklist")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(max_length=300)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text


def _default_zone() -> str:
    return settings.TIME_ZONE


def _today() -> date:
    return timezone.localdate()


class Rota(models.Model):
    """A workspace's on-call rotation: people in order, each on call for ``length_days``
    from a hand-over at ``handover_time`` (local wall-clock time in ``time_zone``, so the
    hand-over stays at 09:00 across a change to or from summer time). Shifts planned by hand
    (``OnCallShift``) override it for their period: holidays, sick days, swaps."""

    workspace = models.OneToOneField(Workspace, on_delete=models.CASCADE, related_name="+")
    people = ArrayField(models.IntegerField(), default=list, blank=True)  # user ids, in order
    starts_on = models.DateField(
        default=_today, help_text="The first hand-over: its weekday is the hand-over day."
    )
    handover_time = models.TimeField(default=time(9, 0))
    length_days = models.PositiveSmallIntegerField(
        default=7, help_text="Days each person is on call: 1 daily, 7 weekly, or any other."
    )
    time_zone = models.CharField(max_length=60, default=_default_zone)

    def __str__(self) -> str:
        return f"On-call rota of {self.workspace}"

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def handover(self, n: int) -> datetime:
        """The n-th hand-over (0 is the first), at the same local time on its day."""
        local = datetime.combine(self.starts_on, self.handover_time) + timedelta(
            days=n * self.length_days
        )
        return local.replace(tzinfo=self.zone)

    def turn_at(self, at: datetime) -> int | None:
        """Which hand-over period ``at`` falls in, counted in local days; None before the
        first."""
        local = at.astimezone(self.zone).replace(tzinfo=None)
        first = datetime.combine(self.starts_on, self.handover_time)
        if local < first or self.length_days < 1:
            return None
        return int((local - first) // timedelta(days=self.length_days))


class OnCallShift(models.Model):
    """Who is paged first between two instants, and who is next (the backup): planned by
    hand, it overrides the rota for its period."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    backup = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["workspace", "ends_at"], name="oncall_shift_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="shift_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.starts_at:%Y-%m-%d %H:%M} → {self.ends_at:%Y-%m-%d %H:%M}"


class AlertPreference(models.Model):
    """A person's quiet hours: low-severity alerts wait until they end. Others never wait."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    quiet_start = models.TimeField(null=True, blank=True)
    quiet_end = models.TimeField(null=True, blank=True)
    time_zone = models.CharField(max_length=60, default="UTC")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["workspace", "user"], name="one_alert_pref_per_member")
        ]

    def __str__(self) -> str:
        return f"Alert preferences of {self.user}"

    def quiet_until(self, at: datetime) -> datetime | None:
        """The end of the quiet period ``at`` falls in, or None when ``at`` is not quiet."""
        if self.quiet_start is None or self.quiet_end is None or self.quiet_start == self.quiet_end:
            return None
        try:
            tz = ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            tz = ZoneInfo("UTC")
        local = at.astimezone(tz)
        now_t: time = local.time()
        start, end = self.quiet_start, self.quiet_end
        # A period over midnight (22:00 → 07:00) is quiet before its end or after its start.
        quiet = start <= now_t < end if start < end else (now_t >= start or now_t < end)
        if not quiet:
            return None
        end_day = local.date()
        if now_t >= end:
            end_day += timedelta(days=1)
        return datetime.combine(end_day, end, tzinfo=tz)


class AlertDelivery(Outbox):
    """The outbox: one row per email that must be sent, claimed by a worker with a lease."""

    class Kind(models.TextChoices):
        ALERT = "alert", "Alert"
        ESCALATION = "escalation", "Escalation"
        RISE = "rise", "Severity rose"  # level: the new severity's rank
        REMINDER = "reminder", "Reminder"  # level: the reminder's number
        NOTICE = "notice", "Notice"  # a rule that does not page: one email to the managers
        SUMMARY = "summary", "Summary"  # the incident resolved: timeline and post-mortem

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        SUPPRESSED = "suppressed", "Held back"
        CANCELLED = "cancelled", "Not needed"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="deliveries")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField(blank=True)  # the address at the time the row was made
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.ALERT)
    level = models.PositiveSmallIntegerField(default=0)  # escalation level
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    ack_used_at = models.DateTimeField(null=True, blank=True)  # the link works once

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "recipient", "kind", "level"], name="one_delivery_per_key"
            )
        ]
        indexes = [
            models.Index(fields=["due_at"], name="delivery_due_idx", condition=Q(status="pending")),
            models.Index(fields=["recipient", "-created_at"], name="delivery_recipient_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.level} of #{self.incident_id} to {self.email}"
