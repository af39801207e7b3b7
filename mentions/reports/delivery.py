"""Issuing reports when their time comes, and sending them through the outbox.

Beat's tick (``send_due_reports``) finds reports whose send time has passed, creates the
period's issue (unique per report and period, so a second beat, a repeated tick or a
restarted worker finds the same issue), moves the report's next send time on, and prepares
the issue: builds and renders it once (email, text, PDF), then writes one ReportDelivery per
recipient (unique per issue and address) in one transaction. A report that waits for the
manager's note stays "waiting" until the note is written and sent from its page.

Each delivery is an outbox row (orm_dashboard.outbox): claimed with a lease, sent over SMTP,
retried with back-off while the server is down. So an email is never lost, and never sent
twice except the one in flight when a worker dies mid-send.
"""

from __future__ import annotations

import email.policy
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from email.message import EmailMessage as MIMEMessage
from email.utils import formatdate
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from mentions.models import Report, ReportDelivery, ReportIssue
from mentions.reports import render
from orm_dashboard import outbox
from orm_dashboard.models import Membership

log = logging.getLogger(__name__)

RETRY_FIRST_SECONDS = 30
MAX_ATTEMPTS = 20  # 30 s, 1 min, 2 min … then every ALERT_RETRY_MAX_SECONDS: hours of trying
PREPARE_LEASE = timedelta(minutes=10)  # an issue left "preparing" this long is prepared again
UNSUBSCRIBE_SALT = "mentions.reports.unsubscribe"
S = ReportIssue.Status


# --- schedule ------------------------------------------------------------------------


def schedule_next(report: Report, now: datetime | None = None) -> None:
    """Set the report's next send time from now (after a change of schedule too)."""
    now = now or timezone.now()
    report.next_run_at = render.schedule(report).next_send(now) if report.enabled else None
    Report.objects.filter(pk=report.pk).update(next_run_at=report.next_run_at)


def issue_due(now: datetime | None = None) -> dict[str, int]:
    """Beat's tick: issue every report whose send time has come; re-prepare stuck issues."""
    now = now or timezone.now()
    outcome: dict[str, int] = {}
    # An archived client gets no reports; restored, its next one goes out on schedule.
    due = Report.objects.filter(
        enabled=True, next_run_at__lte=now, workspace__archived_at__isnull=True
    )
    for report_id in due.values_list("pk", flat=True):
        result = issue_scheduled(report_id, now)
        outcome[result] = outcome.get(result, 0) + 1
    stuck = ReportIssue.objects.filter(
        status=S.PREPARING, preparing_since__lt=now - PREPARE_LEASE
    ).values_list("pk", flat=True)
    for issue_id in stuck:
        ReportIssue.objects.filter(pk=issue_id).update(preparing_since=now)
        prepare(issue_id, now)
    outcome["sent"] = deliver_due(now).get("sent", 0)
    return outcome


def issue_scheduled(report_id: int, now: datetime) -> str:
    """The issue of the latest send time at or before ``now`` (a report missed while beat was
    down sends only its latest period, not a backlog), and the next send time."""
    report = Report.objects.select_related("workspace").get(pk=report_id)
    plan = render.schedule(report)
    due = report.next_run_at
    send_at = plan.last_send(now)
    start, end = plan.period_for(send_at)
    with transaction.atomic():
        moved = Report.objects.filter(pk=report.pk, next_run_at=due).update(
            next_run_at=plan.next_send(now)
        )
        if not moved:
            return "taken"  # another tick moved it on first
        issue, created = _scheduled_issue(report, start, end)
    if not created:
        return "exists"
    if issue.status == S.WAITING_NOTE:
        return "waiting"
    prepare(issue.pk, now)
    return "issued"


def _scheduled_issue(report: Report, start: datetime, end: datetime) -> tuple[ReportIssue, bool]:
    note = report.next_note.strip()
    waiting = report.wait_for_note and not note
    try:
        with transaction.atomic():
            issue = ReportIssue.objects.create(
                workspace=report.workspace,
                report=report,
                period_start=start,
                period_end=end,
                scheduled=True,
                status=S.WAITING_NOTE if waiting else S.PREPARING,
                note=note,
            )
    except IntegrityError:
        return ReportIssue.objects.get(report=report, period_start=start, scheduled=True), False
    if note:
        Report.objects.filter(pk=report.pk).update(next_note="")
    return issue, True


def send_now(report: Report, user: Any, now: datetime | None = None) -> ReportIssue:
    """ "Send now": the last whole period, with the note written so far, to everyone now."""
    now = now or timezone.now()
    start, end = render.schedule(report).latest_period(now)
    issue = ReportIssue.objects.create(
        workspace=report.workspace,
        report=report,
        period_start=start,
        period_end=end,
        scheduled=False,
        status=S.PREPARING,
        note=report.next_note.strip(),
        created_by=user,
    )
    prepare(issue.pk)
    return issue


def release_with_note(issue: ReportIssue, note: str) -> bool:
    """A waiting issue gets its note and goes out; False when it was not waiting any more."""
    if not ReportIssue.objects.filter(pk=issue.pk, status=S.WAITING_NOTE).update(
        note=note.strip(), status=S.PREPARING, preparing_since=timezone.now()
    ):
        return False
    prepare(issue.pk)
    return True


# --- prepare: render once, write the outbox rows -------------------------------------------


def recipients(report: Report) -> list[tuple[str, int | None]]:
    """(address, member id or None): current members with an address, then outside ones."""
    members = Membership.objects.filter(
        workspace=report.workspace, user__in=report.members.all()
    ).select_related("user")
    found: dict[str, int | None] = {}
    for m in members:
        if m.user.email:
            found.setdefault(m.user.email.lower(), m.user_id)
    for address in report.outside_emails:
        found.setdefault(address.strip().lower(), None)
    return list(found.items())


def prepare(issue_id: int, now: datetime | None = None) -> str:
    """Render the issue (outside any transaction: it takes a while) and queue its emails.

    Two workers preparing the same issue both render; only the first to mark it "sending"
    writes the deliveries, and the deliveries are unique per address anyway.
    """
    issue = ReportIssue.objects.select_related("report__workspace").get(pk=issue_id)
    if issue.status != S.PREPARING:
        return "skipped"
    report = issue.report
    rendered = render.build(report, issue.period_start, issue.period_end, issue.note)
    if rendered.quiet and not report.send_quiet:
        ReportIssue.objects.filter(pk=issue.pk, status=S.PREPARING).update(
            status=S.SKIPPED, quiet=True, rendered_at=timezone.now()
        )
        return "quiet"
    pdf = render.pdf(rendered)
    with transaction.atomic():
        if not ReportIssue.objects.filter(pk=issue.pk, status=S.PREPARING).update(
            status=S.SENDING,
            quiet=rendered.quiet,
            subject=rendered.subject,
            html=rendered.html,
            text=rendered.text,
            images=rendered.encoded_images(),
            pdf=pdf,
            rendered_at=timezone.now(),
        ):
            return "skipped"
        ReportDelivery.objects.bulk_create(
            [
                ReportDelivery(
                    workspace=issue.workspace,
                    issue=issue,
                    email=address,
                    recipient_id=uid,
                    due_at=now or timezone.now(),
                )
                for address, uid in recipients(report)
            ],
            ignore_conflicts=True,
        )
        transaction.on_commit(lambda: _queue(issue.pk))
    return "prepared"


def _queue(issue_id: int) -> None:
    from mentions.tasks import send_report_issue

    send_report_issue.delay(issue_id)


# --- send: the outbox ---------------------------------------------------------------------


def deliver_due(now: datetime | None = None, ids: Iterable[int] | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return outbox.deliver(send, outbox.due_ids(ReportDelivery, now) if ids is None else ids, now)


def deliver_issue(issue_id: int) -> dict[str, int]:
    now = timezone.now()
    ids = ReportDelivery.objects.filter(issue_id=issue_id, status="pending").values_list(
        "pk", flat=True
    )
    return deliver_due(now, list(ids))


def unsubscribe_token(report_id: int, address: str) -> str:
    return signing.dumps({"r": report_id, "e": address.lower()}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return int(data["r"]), str(data["e"])


def unsubscribe_url(report_id: int, address: str) -> str:
    return settings.SITE_URL + reverse(
        "report_unsubscribe", kwargs={"token": unsubscribe_token(report_id, address)}
    )


class _MIME(MIMEMessage):
    """The stdlib's message, as Django's SMTP backend asks for it (``as_bytes(linesep=…)``)."""

    def as_bytes(self, unixfrom: bool = False, policy: Any = None, linesep: str | None = None):  # type: ignore[override]
        policy = policy or self.policy
        if linesep:
            policy = policy.clone(linesep=linesep)
        return super().as_bytes(unixfrom=unixfrom, policy=policy)


class ReportEmail(EmailMessage):
    """text + HTML with its images inline (multipart/related, by Content-ID) + the PDF:
    mixed[alternative[text, related[html, images]], pdf], which Gmail and Outlook show as an
    HTML email with a PDF attached."""

    def __init__(
        self, *, html: str, images: dict[str, bytes], pdf: bytes, pdf_name: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.html, self.images, self.pdf, self.pdf_name = html, images, pdf, pdf_name

    def message(self) -> MIMEMessage:  # type: ignore[override]
        # Lines up to SMTP's 998: a long List-Unsubscribe URL must stay one plain <URL>
        # (a shorter limit folds it into encoded words, which mail clients do not follow).
        msg = _MIME(policy=email.policy.SMTP.clone(max_line_length=998))
        msg["Subject"] = self.subject
        msg["From"] = self.from_email
        msg["To"] = ", ".join(self.to)
        msg["Date"] = formatdate(localtime=False)
        for name, value in self.extra_headers.items():
            msg[name] = value
        msg.set_content(self.body)
        msg.add_alternative(self.html, subtype="html")
        html_part = msg.get_payload()[1]
        for cid, png in self.images.items():
            html_part.add_related(png, "image", "png", cid=f"<{cid}>", filename=f"{cid}.png")
        msg.add_attachment(self.pdf, "application", "pdf", filename=self.pdf_name)
        return msg


def compose(delivery: ReportDelivery) -> ReportEmail:
    issue = delivery.issue
    report = issue.report
    if delivery.recipient_id is None:
        link = unsubscribe_url(report.pk, delivery.email)
        footer_html = (
            f"<br>You get this report as {delivery.email}. "
            f'<a href="{link}" style="color:#57606a;">Unsubscribe</a>'
        )
        footer_text = f"You get this report as {delivery.email}. Unsubscribe: {link}"
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    else:
        footer_html = (
            "<br>You get this report as a member of the workspace; managers choose its "
            "recipients under Settings › Reports."
        )
        footer_text = footer_html.replace("<br>", "")
        headers = {}
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    headers["Message-ID"] = f"<report-{delivery.pk}@{host}>"
    images = {cid: _b64decode(data) for cid, data in issue.images.items()}
    day = timezone.localtime(issue.period_start, render.schedule(report).tz).date()
    return ReportEmail(
        subject=issue.subject,
        body=issue.text.replace(render.FOOTER_TEXT, footer_text),
        to=[delivery.email],
        headers=headers,
        html=issue.html.replace(render.FOOTER_HTML, footer_html),
        images=images,
        pdf=bytes(issue.pdf or b""),
        pdf_name=f"{report.name} {day.isoformat()}.pdf".replace("/", "-"),
    )


def _b64decode(data: str) -> bytes:
    import base64

    return base64.b64decode(data)


@outbox.sender(ReportDelivery, "issue__report__workspace")
def send(row: ReportDelivery, mine: QuerySet, now: datetime) -> str:
    report = row.issue.report
    gone = (
        row.recipient_id is not None
        and not Membership.objects.filter(
            workspace=report.workspace, user=row.recipient_id
        ).exists()
    ) or (row.recipient_id is None and row.email not in {e.lower() for e in report.outside_emails})
    if gone:  # removed from the workspace or unsubscribed since the issue was prepared
        outbox.cancelled(mine, "no longer a recipient")
        _finish(row.issue_id)
        return "cancelled"
    tries = outbox.Tries(MAX_ATTEMPTS, RETRY_FIRST_SECONDS, settings.ALERT_RETRY_MAX_SECONDS)
    outcome = outbox.send_email(mine, row, now, f"report email {row.pk}", compose(row), tries)
    if outcome != "retry":
        _finish(row.issue_id)
    return outcome


def _finish(issue_id: int) -> None:
    """An issue is sent once none of its emails is still waiting."""
    if not ReportDelivery.objects.filter(issue_id=issue_id, status="pending").exists():
        ReportIssue.objects.filter(pk=issue_id, status=S.SENDING).update(status=S.SENT)
