"""In a real browser, the crisis story end to end: a spike of mentions is stored, a real worker
opens an incident and emails the on-call teammate through real SMTP; she follows the
acknowledge link from the email (no login needed), then works the incident page: the
playbook checklist (htmx), a timeline note (htmx), and a post-mortem when she resolves it."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from crisis.models import ChecklistItem, Incident, IncidentStatus, OnCallShift
from tests.conftest import PASSWORD
from tests.crisis.conftest import _email_settings, history, mentions, wait_for  # noqa: F401
from tests.e2e.conftest import log_in, screenshot
from tests.mentions.factories import brand as make_brand

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_alert_email_acknowledge_link_checklist_note_and_post_mortem(
    new_page, celery_worker_process, smtp, workspace, owner, teammate
) -> None:
    now = timezone.now()
    OnCallShift.objects.create(
        workspace=workspace,
        user=teammate,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=8),
    )
    acme = make_brand(workspace, "Acme")
    history(workspace, acme, 2, now=now)
    # The spike commits: the signal queues the evaluation on the real worker.
    mentions(workspace, acme, 25, end=timezone.now(), prefix="spike")
    [email] = wait_for(lambda: smtp.inbox.to(teammate.email), what="the alert email")
    body = email.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"https?://\S+/crisis/ack/\S+/", body)
    assert link, body
    incident = Incident.objects.get()

    page = new_page()
    page.goto(urlsplit(link.group()).path)  # the link's path on the live test server
    expect(page.get_by_role("heading", name="Acknowledge this incident?")).to_be_visible()
    screenshot(page, "crisis-ack-confirm")
    page.get_by_role("button", name="Acknowledge and take ownership").click()
    expect(page.get_by_role("heading", name="Acknowledged")).to_be_visible()
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.ACKNOWLEDGED and incident.owner == teammate

    log_in(page, "teammate", PASSWORD)
    page.goto(f"/w/acme/crisis/{incident.pk}/")
    expect(page.locator(".incident-status")).to_have_text("Acknowledged")
    expect(page.locator(".incident-meta")).to_contain_text(re.compile(r"owner:\s*teammate"))
    assert "acknowledged from the email" in page.get_by_role("table").inner_text()
    assert not page.get_by_role("button", name="Acknowledge and own it").count()

    first_step = page.locator("#checklist .check-toggle").first
    expect(first_step).to_have_attribute("aria-pressed", "false")
    first_step.click()  # htmx swaps the checklist in place
    expect(page.locator("#checklist .check-toggle").first).to_have_attribute("aria-pressed", "true")
    assert ChecklistItem.objects.filter(incident=incident, done_by=teammate).count() == 1

    page.get_by_label("Add a note").fill("Called the carrier: a depot flooded on Monday.")
    page.get_by_role("button", name="Add to timeline").click()
    expect(page.locator("#timeline-block")).to_contain_text("a depot flooded on Monday")
    expect(page.get_by_label("Add a note")).to_have_value("")  # the form came back empty
    screenshot(page, "crisis-incident")

    page.reload()  # what htmx changed is stored, not just drawn
    expect(page.locator("#checklist .check-toggle").first).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#timeline-block")).to_contain_text("a depot flooded on Monday")

    page.get_by_role("link", name="Resolve…").click()
    page.get_by_label("What happened").fill("Orders were lost when a carrier depot flooded.")
    page.get_by_label("What we changed").fill("A second carrier takes over within a day.")
    page.get_by_role("button", name="Resolve incident").click()
    expect(page.get_by_role("heading", name="Post-mortem")).to_be_visible()
    expect(page.locator(".incident-status")).to_have_text("Resolved")
    expect(page.get_by_role("button", name="Reopen")).to_be_visible()
    screenshot(page, "crisis-resolved")
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.RESOLVED and incident.resolved_by == teammate
    assert incident.postmortem_changed == "A second carrier takes over within a day."

    page.goto("/w/acme/crisis/")
    expect(page.get_by_role("link", name=incident.title)).to_be_visible()
    assert len(smtp.inbox.to(teammate.email)) == 1  # acknowledged: nobody paged again
    assert page.errors == [], page.errors
