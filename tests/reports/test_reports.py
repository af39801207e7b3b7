"""Client reports: the figures they print, the PDF, delivery through the outbox, the
unsubscribe link, and the pages that define, preview and send them."""

from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta
from email.header import decode_header, make_header

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from crisis.models import Incident, RuleKind
from mentions import counts
from mentions.ingest import ingest
from mentions.models import MentionBrand, Report, ReportDelivery, ReportIssue
from mentions.reports import delivery, registry, render
from mentions.tasks import send_due_reports, send_report_issue
from orm_dashboard.models import Event
from tests.helpers import free_port, url
from tests.mentions.factories import brand, item
from tests.reviews.factories import review

pytestmark = pytest.mark.django_db

# A fixed week, Monday 2 November to Sunday 8 November 2026 (UTC), sent on Monday the 9th.
WEEK_START = datetime(2026, 11, 2, tzinfo=UTC)
SEND_AT = datetime(2026, 11, 9, 8, 0, tzinfo=UTC)


@pytest.fixture
def acme(workspace):
    return brand(workspace)


@pytest.fixture
def report(workspace, acme, owner) -> Report:
    globex = brand(workspace, "Globex", is_competitor=True)
    found = Report.objects.create(
        workspace=workspace,
        name="Weekly report",
        client_name="Acme Corporation",
        frequency=Report.Frequency.WEEKLY,
        weekday=0,
        send_time=time(8, 0),
        time_zone="UTC",
        outside_emails=["client@acme.example"],
        sections=[s.key for s in registry.all_sections()],
    )
    found.brands.set([acme])
    found.competitors.set([globex])
    found.members.set([owner])
    return found


@pytest.fixture
def busy_week(workspace, acme) -> None:
    """7 mentions this week (5 positive, 2 negative), 3 the week before, and Globex's 2."""
    this_week = [
        item(i, "Acme is wonderful and I love it", published_at=WEEK_START + timedelta(hours=5 + i))
        for i in range(5)
    ] + [
        item(
            10 + i, "Acme is awful and broken", published_at=WEEK_START + timedelta(days=2, hours=i)
        )
        for i in range(2)
    ]
    before = [
        item(20 + i, "Acme is fine", published_at=WEEK_START - timedelta(days=3, hours=i))
        for i in range(3)
    ]
    globex = [
        item(30 + i, "Globex is here", published_at=WEEK_START + timedelta(days=1, hours=i))
        for i in range(2)
    ]
    ingest(workspace, this_week + before + globex)


def body(message, content_type: str) -> str:
    part = next(p for p in message.walk() if p.get_content_type() == content_type)
    return part.get_payload(decode=True).decode()


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_mentions_report_machinery_imports_neither_reviews_nor_crisis() -> None:
    from pathlib import Path

    import mentions

    root = Path(mentions.__file__).parent
    for path in (root / "reports").rglob("*.py"):
        source = path.read_text()
        assert "from reviews" not in source and "import reviews" not in source, path
        assert "from crisis" not in source and "import crisis" not in source, path
    keys = [s.key for s in registry.all_sections()]
    assert {"reviews", "incidents"} <= set(keys)  # registered by their own apps


def test_the_report_prints_the_figures_of_a_direct_count_and_its_pdf_says_the_same(
    workspace, report, acme, busy_week, owner
) -> None:
    review(workspace, rating=4, published_at=WEEK_START + timedelta(days=3))
    review(workspace, rating=2, published_at=WEEK_START + timedelta(days=4))
    Incident.objects.create(
        workspace=workspace,
        brand=acme,
        kind=RuleKind.KEYWORD,
        severity="high",
        title="Recall rumour",
        opened_at=WEEK_START + timedelta(days=2),
        acknowledged_at=WEEK_START + timedelta(days=2, minutes=12),
        resolved_at=WEEK_START + timedelta(days=2, hours=3),
        status="resolved",
        postmortem_what="A blog misread a press release.",
        postmortem_changed="We now brief that blog before releases.",
    )
    counts.rebuild(workspace.pk)  # the review factory writes rows, not the hourly counts
    start, end = render.schedule(report).period_for(SEND_AT)
    assert (start, end) == (WEEK_START, WEEK_START + timedelta(days=7))
    direct = MentionBrand.objects.filter(brand=acme, published_at__gte=start, published_at__lt=end)
    assert direct.count() == 7 + 2  # the two reviews are Acme's mentions too
    rendered = render.build(report, start, end, "We answered every review.")
    assert not rendered.quiet
    assert rendered.subject == "Acme Corporation: Weekly report, 2–8 Nov 2026"
    text = rendered.text
    assert "- mentions: 9 (+6 (+200 %))" in text  # 3 the week before
    assert f"negative mentions: {direct.filter(sentiment_label='negative').count()}" in text
    assert "We answered every review." in text
    assert "- Reviews received: 2 (+2 (new))" in text and "- Average rating: 3.00 ★" in text
    assert "- Incidents opened: 1 (+1 (new))" in text
    assert "Median time to acknowledge: 12 min" in text
    assert "Median time to resolve: 3 h" in text
    assert "What we changed: We now brief that blog before releases." in text
    assert "Globex (competitor): 18%" in text  # 2 of 11
    html = rendered.html
    assert 'src="cid:trend"' in html and "<svg" not in html.lower()
    assert rendered.images["trend"].startswith(b"\x89PNG")
    assert "Acme Corporation" in html and "#1a7f37" in html  # a good change is green

    pdf = render.pdf(rendered)
    assert pdf.startswith(b"%PDF")
    words = pdf_text(pdf)
    for expected in (
        "Acme Corporation",
        "Weekly report",
        "2–8 Nov 2026",
        "Reviews received",
        "Recall rumour",
        "We answered every review.",
        "Share of voice",
    ):
        assert expected in words, expected
    assert "9" in words and "+6 (+200 %)" in words


def test_pdf_fetches_nothing_but_its_own_images(workspace, report, busy_week) -> None:
    start, end = render.schedule(report).period_for(SEND_AT)
    rendered = render.build(report, start, end, "")
    rendered.html = rendered.html.replace(
        "</body>", '<img src="http://127.0.0.1:9/x.png"><img src="file:///etc/passwd"></body>'
    )
    assert render.pdf(rendered).startswith(b"%PDF")  # refused quietly, no request made


@pytest.fixture
def smtp_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    return settings


def issue_at(report: Report, now: datetime) -> dict[str, int]:
    Report.objects.filter(pk=report.pk).update(next_run_at=SEND_AT)
    return delivery.issue_due(now)


def test_smtp_down_then_up_sends_exactly_one_email_per_recipient(
    smtp_server, settings, report, busy_week, owner
) -> None:
    working_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # down
    now = SEND_AT + timedelta(seconds=5)
    assert issue_at(report, now) == {"issued": 1, "sent": 0}
    issue = ReportIssue.objects.get()
    assert issue.status == ReportIssue.Status.SENDING and issue.pdf
    rows = list(ReportDelivery.objects.order_by("email"))
    assert [r.email for r in rows] == ["client@acme.example", owner.email]
    assert all(r.attempts == 1 and r.status == "pending" and r.last_error for r in rows)
    report.refresh_from_db()
    assert report.next_run_at == SEND_AT + timedelta(days=7)

    # Beat ticks again (and a second beat, and a worker redelivering the task): no new issue,
    # no new rows, nothing sent while SMTP is down, and nothing before the back-off.
    Report.objects.filter(pk=report.pk).update(next_run_at=SEND_AT)
    assert delivery.issue_due(now + timedelta(seconds=1)) == {"exists": 1, "sent": 0}
    assert delivery.deliver_due(now + timedelta(seconds=20)) == {}  # backing off
    assert ReportIssue.objects.count() == 1 and ReportDelivery.objects.count() == 2

    settings.EMAIL_PORT = working_port  # up again
    later = now + timedelta(minutes=5)
    assert delivery.deliver_due(later) == {"sent": 2}
    assert delivery.deliver_due(later + timedelta(hours=1)) == {}
    assert send_report_issue(issue.pk) == {}
    assert sorted(m["To"] for m in smtp_server.messages) == ["client@acme.example", owner.email]
    issue.refresh_from_db()
    assert issue.status == ReportIssue.Status.SENT

    client_mail = next(m for m in smtp_server.messages if m["To"] == "client@acme.example")
    assert (
        str(make_header(decode_header(client_mail["Subject"])))
        == "Acme Corporation: Weekly report, 2–8 Nov 2026"
    )
    parts = {part.get_content_type(): part for part in client_mail.walk()}
    assert {"text/plain", "text/html", "image/png", "application/pdf"} <= set(parts)
    assert parts["image/png"]["Content-ID"] == "<trend>"
    html = parts["text/html"].get_payload(decode=True).decode()
    assert 'src="cid:trend"' in html and "/reports/unsubscribe/" in html
    assert client_mail["List-Unsubscribe"].startswith("<http")
    assert "Acme Corporation" in pdf_text(parts["application/pdf"].get_payload(decode=True))
    member_mail = next(m for m in smtp_server.messages if m["To"] == owner.email)
    assert "/reports/unsubscribe/" not in body(member_mail, "text/html")
    assert "/reports/unsubscribe/" in body(client_mail, "text/plain")


def test_a_dead_worker_mid_send_repeats_only_that_email_after_the_lease(
    smtp_server, report, busy_week
) -> None:
    from orm_dashboard import outbox

    now = SEND_AT + timedelta(seconds=5)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(delivery, "deliver_due", lambda *a, **k: {})  # beat's send, later
        issue_at(report, now)
    first = ReportDelivery.objects.order_by("pk").first()
    assert outbox.claim(ReportDelivery, first.pk, now)  # a worker took it and died
    assert delivery.deliver_due(now) == {"sent": 1}  # the other one
    assert delivery.deliver_due(now + outbox.lease() + timedelta(seconds=1)) == {"sent": 1}
    assert len(smtp_server.messages) == 2


def test_quiet_period_sends_a_short_report_unless_turned_off(
    smtp_server, report, workspace
) -> None:
    now = SEND_AT + timedelta(seconds=5)
    assert issue_at(report, now) == {"issued": 1, "sent": 2}
    issue = ReportIssue.objects.get()
    assert issue.quiet and "(quiet period)" in issue.subject and "A quiet period" in issue.text
    assert "Share of voice" not in issue.text

    Report.objects.filter(pk=report.pk).update(send_quiet=False)
    report.refresh_from_db()
    Report.objects.filter(pk=report.pk).update(next_run_at=SEND_AT + timedelta(days=7))
    assert delivery.issue_due(now + timedelta(days=7)) == {"issued": 1, "sent": 0}
    skipped = ReportIssue.objects.exclude(pk=issue.pk).get()
    assert skipped.status == ReportIssue.Status.SKIPPED and not skipped.deliveries.exists()
    assert len(smtp_server.messages) == 2


def test_a_report_waiting_for_the_note_goes_out_when_it_is_written(
    smtp_server, report, busy_week, owner_client
) -> None:
    Report.objects.filter(pk=report.pk).update(wait_for_note=True)
    report.refresh_from_db()
    assert issue_at(report, SEND_AT + timedelta(seconds=5)) == {"waiting": 1, "sent": 0}
    issue = ReportIssue.objects.get()
    assert issue.status == ReportIssue.Status.WAITING_NOTE and not smtp_server.messages
    page = owner_client.get(url("report_issue", pk=issue.pk)).content.decode()
    assert "waits for what you did" in page
    owner_client.post(url("report_issue_note", pk=issue.pk), {"note": "We fixed the checkout."})
    issue.refresh_from_db()
    assert issue.status == ReportIssue.Status.SENDING and "We fixed the checkout." in issue.text
    assert delivery.deliver_due(timezone.now()) == {"sent": 2}
    assert all("We fixed the checkout." in body(m, "text/plain") for m in smtp_server.messages)
    assert all("We fixed the checkout." in body(m, "text/html") for m in smtp_server.messages)


def test_the_note_written_ahead_goes_into_the_next_report_once(report, busy_week) -> None:
    Report.objects.filter(pk=report.pk).update(next_note="Launched the FAQ page.")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(delivery, "deliver_due", lambda *a, **k: {})
        issue_at(report, SEND_AT + timedelta(seconds=5))
    assert "Launched the FAQ page." in ReportIssue.objects.get().text
    report.refresh_from_db()
    assert report.next_note == ""


def test_unsubscribe_link_is_signed_needs_no_login_and_refuses_tampering(
    smtp_server, report, busy_week
) -> None:
    now = SEND_AT + timedelta(seconds=5)
    Report.objects.filter(pk=report.pk).update(next_run_at=SEND_AT)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(delivery, "deliver_due", lambda *a, **k: {})
        delivery.issue_due(now)
    link = delivery.unsubscribe_url(report.pk, "client@acme.example")
    path = link.removeprefix("http://127.0.0.1:8000")
    anonymous = Client(enforce_csrf_checks=True)

    token = path.rstrip("/").rsplit("/", 1)[1]
    forged = delivery.unsubscribe_token(report.pk, "other@acme.example")[:-3] + "abc"
    for bad in (token[:-2] + ("xx" if not token.endswith("xx") else "yy"), forged, "nonsense"):
        response = anonymous.post(reverse("report_unsubscribe", kwargs={"token": bad}))
        assert response.status_code == 404 and "does not work" in response.content.decode()
    report.refresh_from_db()
    assert report.outside_emails == ["client@acme.example"]

    ask = anonymous.get(path)
    assert ask.status_code == 200 and "Unsubscribe from" in ask.content.decode()
    report.refresh_from_db()
    assert report.outside_emails == [
        "client@acme.example"
    ]  # a GET (a mail scanner) changes nothing
    done = anonymous.post(path)  # no CSRF token, as a mail client's one-click POST
    assert done.status_code == 200 and "You are unsubscribed" in done.content.decode()
    report.refresh_from_db()
    assert report.outside_emails == []
    audited = Event.objects.get(verb="report.unsubscribed")
    assert (audited.actor, audited.object_id, audited.data) == (
        None,
        report.pk,
        {"email": "client@acme.example"},
    )
    # The pending email to them is cancelled; the member still gets theirs.
    assert ReportDelivery.objects.get(email="client@acme.example").status == "cancelled"
    assert delivery.deliver_due(now) == {"sent": 1}
    assert len(smtp_server.messages) == 1
    assert all(m["To"] != "client@acme.example" for m in smtp_server.messages)
    assert "not on this report" in anonymous.get(path).content.decode()


def test_manager_defines_previews_and_sends_now(
    smtp_server, owner_client, viewer_client, workspace, acme, busy_week, owner, teammate
) -> None:
    brand(workspace, "Globex", is_competitor=True)
    form = owner_client.get(url("report_new")).content.decode()
    assert "Share of voice" in form and "Reviews" in form and "Incidents" in form
    response = owner_client.post(
        url("report_new"),
        {
            "name": "Monthly for Acme",
            "client_name": "Acme Corporation",
            "brands": [acme.pk],
            "frequency": "monthly",
            "weekday": 0,
            "day_of_month": 31,
            "send_time": "09:30",
            "time_zone": "Europe/Berlin",
            "members": [teammate.pk],
            "outside_emails": "Client@Acme.example, boss@acme.example\nclient@acme.example",
            "sections": ["note", "summary", "trend", "reviews"],
            "send_quiet": "on",
            "enabled": "on",
            "next_note": "We answered every review.",
        },
    )
    report = Report.objects.get(name="Monthly for Acme")
    assert response.status_code == 302 and response["Location"] == url(
        "report_preview", pk=report.pk
    )
    assert report.outside_emails == ["client@acme.example", "boss@acme.example"]
    assert report.next_run_at and report.next_run_at > timezone.now()

    preview = owner_client.get(url("report_preview", pk=report.pk)).content.decode()
    assert "Send now" in preview and "client@acme.example (outside)" in preview
    email = owner_client.get(url("report_preview_email", pk=report.pk))
    assert (
        "Acme Corporation" in email.content.decode() and "data:image/png" in email.content.decode()
    )
    assert "sandbox" in email["Content-Security-Policy"]
    assert "script-src" not in email["Content-Security-Policy"]  # default-src 'none'
    pdf = owner_client.get(url("report_preview_pdf", pk=report.pk))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")

    sent = owner_client.post(url("report_send_now", pk=report.pk))
    issue = ReportIssue.objects.get(report=report)
    assert sent["Location"] == url("report_issue", pk=issue.pk) and not issue.scheduled
    assert delivery.deliver_due(timezone.now()) == {"sent": 3}
    assert len(smtp_server.messages) == 3
    report.refresh_from_db()
    assert report.next_note == ""  # the note went out with it

    listing = viewer_client.get(url("reports")).content.decode()  # the client reads it too
    assert "Monthly for Acme" in listing and url("report_issue_pdf", pk=issue.pk) in listing
    got = viewer_client.get(url("report_issue_pdf", pk=issue.pk))
    assert got.content == bytes(ReportIssue.objects.get(pk=issue.pk).pdf)
    assert "We answered every review." in pdf_text(got.content)
    assert viewer_client.get(url("report_new")).status_code == 403


def test_other_workspaces_reports_are_404(outsider_client, report, busy_week) -> None:
    issue = delivery.send_now(report, None)
    for name in ("report_issue", "report_issue_pdf", "report_issue_email"):
        assert (
            outsider_client.get(
                reverse(name, kwargs={"workspace": "acme", "pk": issue.pk})
            ).status_code
            == 404
        )


def test_beat_task_runs_the_tick(report, busy_week, smtp_server) -> None:
    Report.objects.filter(pk=report.pk).update(next_run_at=timezone.now() - timedelta(minutes=1))
    assert send_due_reports()["issued"] == 1
    assert len(smtp_server.messages) == 2


def test_review_figures_and_the_overview_glance_agree_with_the_replies(
    workspace, acme, owner
) -> None:
    from orm_dashboard.widgets import Scope
    from reviews import figures as review_figures
    from reviews.models import Reply, ReviewSettings
    from tests.reviews.factories import reply

    def answered(mention, after: timedelta) -> None:
        row = reply(mention, owner, "Thank you", Reply.Status.PUBLISHED)
        Reply.objects.filter(pk=row.pk).update(published_at=mention.published_at + after)

    day = WEEK_START + timedelta(days=1)
    # This week: a 1-star answered in 2 h (SLA 24 h), a 5-star answered in 150 h (SLA 72 h,
    # answered after the week's end: not counted as answered by then), one unanswered.
    answered(review(workspace, rating=1, published_at=day), timedelta(hours=2))
    answered(review(workspace, rating=5, published_at=day), timedelta(hours=150))
    review(workspace, rating=3, published_at=day + timedelta(hours=1))
    # The week before: one 2-star, 12 h before the week, answered late this week (30 h vs 24 h).
    late = review(workspace, rating=2, published_at=WEEK_START - timedelta(hours=12))
    answered(late, timedelta(hours=30))
    scope = Scope(workspace, (acme.pk,), WEEK_START, WEEK_START + timedelta(days=7))
    settings = ReviewSettings.for_workspace(workspace)

    now = review_figures.figures(scope, settings)
    assert (now.received, now.average_rating, now.answered) == (3, 3.0, 1)
    assert now.answered_pct == 33.3
    # Replies published during the week: the 1-star (2 h, in time) and the week before's
    # 2-star (30 h, late); the 5-star's reply came after the week.
    assert (now.replied, now.within_sla, now.within_sla_pct) == (2, 1, 50.0)
    assert now.median_answer == timedelta(hours=16)
    glance = review_figures.glance(scope, settings)
    assert glance.received == (3, 1) and glance.average == (3.0, 2.0)
    assert glance.within_sla_pct == (50.0, None)
    assert glance.waiting == 1 and glance.overdue == 1  # the 3-star, long past its 48 h


def test_feed_text_cannot_reorder_the_report(workspace, report, acme) -> None:
    ingest(
        workspace,
        [
            item(
                1,
                "Acme is wonderful and I love it, the best shop in town.",
                title="Acme \u202egnp.exe",
                author="Eve \u202eliam",
                reach=10,
                published_at=WEEK_START,
            )
        ],
    )
    rendered = render.build(report, WEEK_START, WEEK_START + timedelta(days=7), "")
    assert "\u202e" not in rendered.html and "\u202e" not in rendered.text
    assert MentionBrand.objects.get().sentiment_label == "positive"
    assert "<bdi>Acme gnp.exe</bdi>" in rendered.html and "<bdi>Eve liam</bdi>" in rendered.html


def test_agency_name_and_logo_head_the_report(
    workspace, report, busy_week, settings, tmp_path
) -> None:
    from mentions.reports import charts

    logo = tmp_path / "logo.png"
    logo.write_bytes(charts.stacked_bars([{"positive": 1}]))
    settings.AGENCY_NAME, settings.AGENCY_LOGO = "Northwind Agency", str(logo)
    rendered = render.build(report, WEEK_START, WEEK_START + timedelta(days=7), "")
    assert rendered.images["logo"] == logo.read_bytes()
    assert 'src="cid:logo"' in rendered.html and "Northwind Agency" in rendered.html
    assert "Northwind Agency" in rendered.text
    words = pdf_text(render.pdf(rendered))
    assert "Northwind Agency" in words and "Acme Corporation" in words


def test_an_archived_workspace_sends_no_report(report, busy_week, workspace) -> None:
    workspace.archived_at = timezone.now()
    workspace.save(update_fields=["archived_at"])
    assert issue_at(report, SEND_AT + timedelta(seconds=5)) == {"sent": 0}
    assert not ReportIssue.objects.exists()
