"""Brands, sources, mentions and which brands each mention matched.

Every row carries its workspace; views reach rows only through orm_dashboard.tenancy.scoped.
"""

from __future__ import annotations

from datetime import time, timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Func
from django.utils import timezone

from orm_dashboard.leases import Leased
from orm_dashboard.models import Workspace
from orm_dashboard.outbox import Outbox
from orm_dashboard.vault import EncryptedJSONField

# Postgres text-search configurations for the languages we detect; others use "simple".
SEARCH_CONFIGS = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "no": "norwegian",
    "nb": "norwegian",
    "sv": "swedish",
    "da": "danish",
    "fi": "finnish",
    "ru": "russian",
    "lt": "lithuanian",
}


def search_vector_function_sql() -> str:
    """An IMMUTABLE SQL function for the generated search column (casts to regconfig are not
    immutable in a plain expression, so the language -> configuration choice lives here)."""
    whens = " ".join(
        f"WHEN '{code}' THEN '{cfg}'::regconfig" for code, cfg in SEARCH_CONFIGS.items()
    )
    return f"""
CREATE OR REPLACE FUNCTION orm_search_config(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang {whens} ELSE 'simple'::regconfig END
$$;
CREATE OR REPLACE FUNCTION orm_search_vector(lang text, title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(orm_search_config(lang), coalesce(title, '')), 'A')
      || to_tsvector(orm_search_config(lang), coalesce(body, ''))
$$;
"""


class Brand(models.Model):
    """A brand the workspace watches (its own or a competitor) and the query that finds it."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="brands")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=60)
    is_competitor = models.BooleanField(default=False)
    # The query: any of `phrases` (OR), all of `required` (AND), none of `excluded` (NOT).
    phrases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    required = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    excluded = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    languages = ArrayField(models.CharField(max_length=8), default=list, blank=True)
    # Spam from these authors / sites is not kept for this brand (set from the inbox).
    muted_authors = ArrayField(models.CharField(max_length=300), default=list, blank=True)
    muted_sites = ArrayField(models.CharField(max_length=255), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["is_competitor", "name"]
        constraints = [
            models.UniqueConstraint(fields=["workspace", "slug"], name="brand_slug_per_workspace")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def search_phrases(self) -> list[str]:
        """The phrases that find this brand: its own query, else its name."""
        return [p for p in self.phrases if p.strip()] or [self.name]


class Source(Leased):
    """Somewhere mentions come from, with the health the source list shows at a glance."""

    DEFAULT_INTERVAL = timedelta(minutes=15)
    MIN_INTERVAL = timedelta(minutes=1)
    MAX_BACKOFF = timedelta(hours=24)
    PAUSE_AFTER_FAILURES = 10

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="sources")
    # Bound to a brand: everything in it is about that brand. Unbound (generic): items are
    # kept only when some brand's query matches.
    brand = models.ForeignKey(
        Brand, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    kind = models.CharField(max_length=32)
    name = models.CharField(max_length=200)
    # Encrypted at rest (orm_dashboard/vault.py): both may hold credentials and tokens.
    config = EncryptedJSONField(default=dict, blank=True)
    state = EncryptedJSONField(default=dict, blank=True)  # connector cursor (newest id, token…)
    interval = models.DurationField(default=DEFAULT_INTERVAL)
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    # health and scheduling
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    next_poll_at = models.DateTimeField(default=timezone.now)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_warnings = models.JSONField(default=list, blank=True)
    error_count = models.PositiveIntegerField(default=0)
    paused_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(
                fields=["next_poll_at"],
                name="source_due_idx",
                condition=models.Q(enabled=True, paused_reason=""),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_paused(self) -> bool:
        return bool(self.paused_reason)

    @property
    def status(self) -> str:
        if not self.enabled:
            return "disabled"
        if self.paused_reason:
            return "paused"
        if self.error_count:
            return "failing"
        if self.last_success_at is None:
            return "waiting"
        if self.last_warnings:  # read, but not cleanly (e.g. a feed that is not well-formed)
            return "warning"
        return "healthy"

    @property
    def poll_state(self) -> str:
        """ "polling" while a worker runs its poll, "queued" while the dispatcher's claim
        waits for one, else "" (a lease that ran out holds nothing)."""
        if not self.held(timezone.now()):
            return ""
        return "polling" if self.claimed_by else "queued"


class PollLog(models.Model):
    """One row per poll: when, outcome, how many new and duplicate, the error. Pruned."""

    KEEP = 200  # per source

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="polls")
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(default=0)
    outcome = models.CharField(
        max_length=20,
        choices=[("ok", "OK"), ("not_modified", "Unchanged (304)"), ("error", "Error")],
    )
    new = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["source", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.source} at {self.started_at:%Y-%m-%d %H:%M}: {self.outcome}"


class Mention(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        OPEN = "open", "Open"
        DONE = "done", "Done"
        IGNORED = "ignored", "Ignored"

    # No index of its own: every composite index below starts with the workspace.
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="mentions", db_index=False
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    external_id = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=2000, blank=True)  # canonical: no utm_*, unwrapped
    url_key = models.CharField(max_length=32, blank=True)  # hash of url, for dedupe by URL
    # GUID, else canonical URL, else a hash of title and text: unique per workspace.
    fingerprint = models.CharField(max_length=64)
    # Hash of normalised title + text: syndicated copies share it and point to the first.
    content_hash = models.CharField(max_length=64)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
        db_index=False,  # partial index in Meta: most mentions are nobody's copy
    )
    title = models.TextField(blank=True)
    text = models.TextField(blank=True)
    html = models.TextField(blank=True)  # sanitized with nh3; rendered inside hx-disable
    author = models.CharField(max_length=300, blank=True)
    author_url = models.URLField(max_length=2000, blank=True)
    reach = models.BigIntegerField(null=True, blank=True)
    published_at = models.DateTimeField()
    fetched_at = models.DateTimeField(default=timezone.now)
    language = models.CharField(max_length=8, blank=True)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)

    # Sentiment: the model's score is always kept; a person's label wins and is never
    # overwritten by re-scoring.
    model_sentiment = models.FloatField(null=True, blank=True)
    model_label = models.CharField(max_length=10, blank=True)
    sentiment = models.FloatField(null=True, blank=True)
    sentiment_label = models.CharField(max_length=10, blank=True)
    sentiment_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # partial index in Meta
    )
    sentiment_at = models.DateTimeField(null=True, blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # partial index in Meta
    )
    tags = ArrayField(models.CharField(max_length=60), default=list, blank=True)
    search = models.GeneratedField(
        expression=Func(
            "language",
            "title",
            "text",
            function="orm_search_vector",
            output_field=SearchVectorField(),
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "fingerprint"], name="mention_fingerprint_per_workspace"
            )
        ]
        indexes = [
            models.Index(fields=["workspace", "-published_at", "-id"], name="mention_inbox_idx"),
            # The inbox's filters that can be rare (a status, a sentiment, a source, a
            # language): with these, an empty or tiny result never walks the whole table.
            models.Index(
                fields=["workspace", "sentiment_label", "-published_at", "-id"],
                name="mention_ws_sentiment_idx",
            ),
            models.Index(
                fields=["workspace", "status", "-published_at", "-id"], name="mention_ws_status_idx"
            ),
            models.Index(
                fields=["workspace", "source", "-published_at", "-id"], name="mention_ws_source_idx"
            ),
            models.Index(
                fields=["workspace", "language", "-published_at", "-id"],
                name="mention_ws_language_idx",
            ),
            models.Index(
                fields=["workspace", "author", "-published_at", "-id"], name="mention_ws_author_idx"
            ),
            models.Index(
                fields=["workspace", "content_hash", "id"],
                name="mention_content_idx",
                condition=~models.Q(content_hash=""),
            ),
            models.Index(fields=["workspace", "url_key"], name="mention_url_idx"),
            GinIndex(fields=["search"], name="mention_search_idx"),
            GinIndex(fields=["tags"], name="mention_tags_idx"),
            models.Index(
                fields=["workspace", "-reach"],
                name="mention_reach_idx",
                condition=models.Q(reach__isnull=False),
            ),
            # Foreign keys that are empty on almost every row (and on every row ingest
            # stores): partial indexes serve the lookups (a user or mention deleted, "assigned
            # to me") without an index entry per stored mention.
            *(
                models.Index(
                    fields=[name],
                    name=f"mention_{name}_idx",
                    condition=models.Q(**{f"{name}__isnull": False}),
                )
                for name in ("assignee", "sentiment_by", "duplicate_of")
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.text[:80]

    @property
    def is_human_labelled(self) -> bool:
        return self.sentiment_by_id is not None


class MentionBrand(models.Model):
    """A brand a mention matched, and the sentiment toward that brand in particular."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    # Their own indexes would repeat the first column of one_match_per_brand and of
    # match_brand_time_idx: each stored match would pay for two more index entries.
    mention = models.ForeignKey(
        Mention, on_delete=models.CASCADE, related_name="matches", db_index=False
    )
    brand = models.ForeignKey(
        Brand, on_delete=models.CASCADE, related_name="matches", db_index=False
    )
    published_at = models.DateTimeField()  # copied from the mention for per-brand time queries
    sentiment = models.FloatField(null=True, blank=True)
    sentiment_label = models.CharField(max_length=10, blank=True)
    matched = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    # Copied from the mention (a review's stars; ratings are never edited): per-brand rating
    # queries read the (few) rated matches from one small index instead of probing each
    # rated mention of the workspace for the brand.
    rating = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mention", "brand"], name="one_match_per_brand")
        ]
        indexes = [
            models.Index(fields=["brand", "-published_at"], name="match_brand_time_idx"),
            # The most negative matches of a period, newest first among equal scores: a
            # walk of the index stops at the first few (ties at one score were sorted).
            models.Index(
                fields=["brand", "sentiment", "-published_at"],
                name="match_brand_sentiment_time_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mention_id} -> {self.brand_id}"


class LexiconEntry(models.Model):
    """A workspace's own word or phrase valence (for a skate brand, "sick" is positive)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="lexicon")
    phrase = models.CharField(max_length=100)
    valence = models.FloatField()  # VADER scale, -4 … 4
    # ISO 639-1 code of the language the entry scores, or "" for every language: "sick" is
    # praise for an English skate brand, and the same letters mean something else elsewhere.
    language = models.CharField(max_length=8, blank=True, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["phrase"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "phrase", "language"], name="lexicon_phrase_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.phrase} ({self.valence:+})"

    @classmethod
    def for_workspace(cls, workspace_id: int) -> dict[str, dict[str, float]]:
        """The workspace's lexicon as ``sentiment.analyse`` takes it: language ("" for every
        language) -> phrase -> valence."""
        found: dict[str, dict[str, float]] = {}
        rows = cls.objects.filter(workspace_id=workspace_id).values_list(
            "language", "phrase", "valence"
        )
        for language, phrase, valence in rows:
            found.setdefault(language, {})[phrase] = valence
        return found


class MentionNote(models.Model):
    """An internal comment on a mention; @username notifies that teammate by email."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    mention = models.ForeignKey(Mention, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:60]


class NoteEmail(Outbox):
    """One @mention email, written with its note and sent (and retried) by the workers: an
    outbox row (orm_dashboard.outbox), so SMTP being down delays it instead of losing it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Not delivered"

    note = models.ForeignKey(MentionNote, on_delete=models.CASCADE, related_name="emails")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField()  # the address when the note was written
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["note", "recipient"], name="one_email_per_note_recipient"
            )
        ]
        indexes = [
            models.Index(
                fields=["due_at"], name="note_email_due_idx", condition=models.Q(status="pending")
            )
        ]

    def __str__(self) -> str:
        return f"note {self.note_id} to {self.email}: {self.status}"


class HourlyCount(models.Model):
    """Mentions per brand, hour, source and sentiment: what the overview reads.

    Maintained in the same transaction that stores mentions (and when people relabel
    sentiment); `manage.py rebuild_counts` recomputes it from the mentions.
    """

    # Covered by hourly_ws_hour_idx and one_count_per_bucket (their first column).
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    brand = models.ForeignKey(Brand, on_delete=models.CASCADE, related_name="+", db_index=False)
    hour = models.DateTimeField()
    source = models.ForeignKey(Source, null=True, on_delete=models.SET_NULL, related_name="+")
    sentiment_label = models.CharField(max_length=10)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["brand", "hour", "source", "sentiment_label"],
                name="one_count_per_bucket",
                nulls_distinct=False,
            )
        ]
        indexes = [models.Index(fields=["workspace", "hour"], name="hourly_ws_hour_idx")]

    def __str__(self) -> str:
        return f"{self.brand_id} {self.hour:%Y-%m-%d %H}h {self.sentiment_label}: {self.count}"


class RescoreJob(Leased):
    """A background re-score of a workspace's mentions, newest first, with progress the
    lexicon page and the overview show: the last 30 days after a lexicon change (``since``),
    or the whole history after an upgrade changed the scorer (``scorer`` names the version
    it brings the workspace to). It runs in chunks of a few seconds, each claimed with a
    lease and ending at ``cursor``, so a worker that dies costs one chunk, not the job."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    since = models.DateTimeField(null=True, blank=True)  # None: the whole history
    scorer = models.CharField(max_length=32, blank=True)  # an upgrade's scorer version
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # The last mention scored, (published_at, id): the next chunk starts after it.
    cursor_at = models.DateTimeField(null=True, blank=True)
    cursor_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    progressed_at = models.DateTimeField(null=True, blank=True)  # queued, or a batch done
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"re-score {self.done}/{self.total}"

    @property
    def percent(self) -> int:
        if not self.total:  # not counted yet, or nothing to do
            return 100 if self.finished_at else 0
        return int(100 * self.done / self.total)


class Report(models.Model):
    """A client report a manager defined: about which brands, how often, to whom, with what.

    Each period it becomes a ReportIssue (one per period, a unique constraint), rendered
    once and sent to each recipient through ReportDelivery outbox rows.
    """

    class Frequency(models.TextChoices):
        DAILY = "daily", "Daily (the day before)"
        WEEKLY = "weekly", "Weekly (the week before, Monday to Sunday)"
        MONTHLY = "monthly", "Monthly (the month before)"

    WEEKDAYS = [
        (0, "Monday"),
        (1, "Tuesday"),
        (2, "Wednesday"),
        (3, "Thursday"),
        (4, "Friday"),
        (5, "Saturday"),
        (6, "Sunday"),
    ]

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="reports")
    name = models.CharField(max_length=120)
    client_name = models.CharField(
        max_length=120, blank=True, help_text="Heads the report; the workspace's name if empty."
    )
    brands = models.ManyToManyField(Brand, related_name="reports")
    competitors = models.ManyToManyField(
        Brand, related_name="+", blank=True, help_text="Compared with in the share of voice."
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    weekday = models.PositiveSmallIntegerField(
        choices=WEEKDAYS, default=0, help_text="Weekly reports go out on this day."
    )
    day_of_month = models.PositiveSmallIntegerField(
        default=1,
        help_text="Monthly reports go out on this day (the month's last day when it is shorter).",
    )
    send_time = models.TimeField(default=time(8, 0))
    time_zone = models.CharField(max_length=60, default="UTC")
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", blank=True, help_text="Workspace members."
    )
    outside_emails = ArrayField(models.EmailField(), default=list, blank=True)
    sections = ArrayField(models.CharField(max_length=40), default=list, blank=True)
    wait_for_note = models.BooleanField(
        default=False,
        help_text="Hold each report until a manager writes what we did (else it goes on time).",
    )
    send_quiet = models.BooleanField(
        default=True,
        help_text="Send a short 'quiet period' report when there was nothing to report.",
    )
    next_note = models.TextField(
        blank=True, help_text="What we did: printed in the next report, then cleared."
    )
    enabled = models.BooleanField(default=True)
    next_run_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(
                fields=["next_run_at"], name="report_due_idx", condition=models.Q(enabled=True)
            )
        ]

    def __str__(self) -> str:
        return self.name


class ReportIssue(models.Model):
    """One report for one period: its note, its rendered email and PDF, as sent."""

    class Status(models.TextChoices):
        WAITING_NOTE = "waiting_note", "Waiting for the note"
        PREPARING = "preparing", "Being prepared"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        SKIPPED = "skipped", "Not sent (quiet period)"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="issues")
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    scheduled = models.BooleanField(default=True)  # False: "send now"
    status = models.CharField(max_length=14, choices=Status.choices)
    quiet = models.BooleanField(default=False)
    note = models.TextField(blank=True)
    subject = models.CharField(max_length=300, blank=True)
    html = models.TextField(blank=True)  # the email's HTML, images as cid:, footer marker
    text = models.TextField(blank=True)
    images = models.JSONField(default=dict, blank=True)  # cid -> base64 PNG
    pdf = models.BinaryField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    preparing_since = models.DateTimeField(default=timezone.now)  # a lease on the rendering
    rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-period_start", "-created_at"]
        constraints = [
            # Beat ticking twice, or a worker restarting, finds the period's issue: never two.
            models.UniqueConstraint(
                fields=["report", "period_start"],
                condition=models.Q(scheduled=True),
                name="one_scheduled_issue_per_period",
            )
        ]

    def __str__(self) -> str:
        return f"{self.report} {self.period_start:%Y-%m-%d}"


class ReportDelivery(Outbox):
    """One report email to one address: an outbox row (orm_dashboard.outbox)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Not delivered"
        CANCELLED = "cancelled", "Cancelled"

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    issue = models.ForeignKey(ReportIssue, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField()
    recipient = models.ForeignKey(  # a member; None for an outside address
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(fields=["issue", "email"], name="one_report_email_per_address")
        ]
        indexes = [
            models.Index(
                fields=["due_at"],
                name="report_delivery_due_idx",
                condition=models.Q(status="pending"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.issue} to {self.email}: {self.status}"


class SavedView(models.Model):
    """An inbox filter saved under a name: its owner's own, or shared with the workspace.

    ``query`` is the filter as the inbox writes it in its URL (``Filters.querystring()``),
    so opening a view is following a link and the inbox needs no other code path.
    """

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="saved_views")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=60)
    query = models.CharField(max_length=1000, blank=True)
    shared = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "owner", "name"], name="saved_view_name_per_owner"
            )
        ]

    def __str__(self) -> str:
        return self.name
