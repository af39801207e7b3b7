"""In a real browser: a manager defines a client report, previews it (the email in its frame,
the text part, the PDF), sends it now; a real worker delivers it through real SMTP, one email
per recipient, and the sent report is listed with its PDF."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from crisis.models import Incident, RuleKind
from mentions.ingest import ingest
from mentions.models import ReportDelivery, ReportIssue
from tests.conftest import PASSWORD
from tests.crisis.conftest import _email_settings, wait_for  # noqa: F401
from tests.e2e.conftest import log_in, screenshot
from tests.mentions.factories import brand, item

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_define_preview_and_send_a_client_report(
    new_page, celery_worker_process, smtp, workspace, owner, teammate
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    acme = brand(workspace, "Acme")
    brand(workspace, "Globex", is_competitor=True)
    Incident.objects.create(
        workspace=workspace, brand=acme, kind=RuleKind.KEYWORD, severity="high", title="Recall"
    )
    week_ago = timezone.now() - timedelta(days=7)
    ingest(
        workspace,
        [item(i, "Acme is wonderful", published_at=week_ago + timedelta(hours=i)) for i in range(4)]
        + [item(10, "Acme is awful and broken", published_at=week_ago + timedelta(hours=30))],
    )

    page = new_page()
    log_in(page, "owner", PASSWORD)
    page.goto("/w/acme/?period=30d")
    # Printed, the overview keeps its figures and chart and drops the app around it.
    expect(page.get_by_test_id("incident-banner")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_test_id("incident-banner")).to_be_hidden()
    expect(page.locator("nav.mainnav")).to_be_hidden()
    expect(page.locator("form.period-form")).to_be_hidden()
    expect(page.locator("svg.bars")).to_be_visible()
    expect(page.locator(".kpis")).to_be_visible()
    page.emulate_media(media="screen")
    page.get_by_role("link", name="Client reports").first.click()
    page.get_by_role("link", name="New report").click()
    page.get_by_role("textbox", name=re.compile(r"^Name")).fill("Weekly for Acme")
    page.get_by_label("Client name").fill("Acme Corporation")
    page.get_by_label("Acme", exact=True).check()
    page.get_by_label("Globex", exact=True).check()
    page.get_by_label("Frequency").select_option("weekly")
    page.get_by_label("Time zone").select_option("Europe/Berlin")
    page.get_by_label(re.compile(re.escape(f"({teammate.email})"))).check()
    page.get_by_label("Outside recipients").fill("client@acme.example")
    page.get_by_label("What we did (for the next report)").fill("We answered every review.")
    page.get_by_role("button", name="Save and preview").click()

    page.wait_for_url(re.compile(r"/w/acme/reports/\d+/preview/$"))
    expect(page.get_by_text("This is exactly what “Send now” sends")).to_be_visible()
    frame = page.frame_locator("iframe.report-frame")
    expect(frame.get_by_role("heading", name="Acme Corporation")).to_be_visible()
    expect(frame.get_by_text("We answered every review.")).to_be_visible()
    expect(frame.get_by_role("img", name=re.compile("Mentions per day"))).to_be_visible()
    expect(page.locator("pre.report-text")).to_contain_text("SUMMARY WITH CHANGES")
    screenshot(page, "report-preview")
    assert not page.errors, page.errors  # the frame's narrow CSP blocked nothing we need

    page.get_by_role("button", name="Send now").click()
    page.wait_for_url(re.compile(r"/w/acme/reports/sent/\d+/$"))
    issue = ReportIssue.objects.get()
    wait_for(
        lambda: smtp.inbox.to("client@acme.example") and smtp.inbox.to(teammate.email),
        what="the report emails",
    )
    wait_for(lambda: ReportIssue.objects.get().status == "sent", what="the issue marked sent")
    [client_mail] = smtp.inbox.to("client@acme.example")
    assert len(smtp.inbox.to(teammate.email)) == 1
    assert ReportDelivery.objects.filter(issue=issue, status="sent").count() == 2
    kinds = {p.get_content_type() for p in client_mail.walk()}
    assert {"text/plain", "text/html", "image/png", "application/pdf"} <= kinds

    page.reload()
    expect(page.get_by_role("cell", name=re.compile("client@acme.example"))).to_be_visible()
    expect(page.get_by_role("link", name="Download the PDF")).to_be_visible()
    page.goto("/w/acme/reports/")
    expect(page.get_by_role("link", name="PDF")).to_be_visible()
    screenshot(page, "report-sent")
