"""In a real browser: an agent drafts a reply from a template, sees a guardrail warning,
submits; a manager approves in a second browser context; a real worker publishes it to the
local fake platform."""

from __future__ import annotations

import json
import re
import time

import pytest

from reviews.models import Reply
from tests.conftest import PASSWORD
from tests.e2e.conftest import log_in, screenshot
from tests.localserver import Reply as R
from tests.reviews import factories as f

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
REVIEW = "accounts/111/locations/222/reviews/r1"


def test_draft_with_template_warning_submit_approve_publish(
    new_page, celery_worker_process, http_server, workspace, owner, teammate
) -> None:
    http_server.route("/token", R(200, json.dumps({"access_token": "at", "expires_in": 3600})))
    http_server.route(f"/v4/{REVIEW}/reply", R(200, json.dumps({"comment": "ok"})))
    src = f.source(
        workspace,
        "google_business",
        api_base=http_server.url + "/v4",
        token_url=http_server.url + "/token",
        location_name="Acme Berlin",
    )
    mention = f.review(workspace, src, rating=1, external_id=REVIEW, author="Anna Schmidt")
    f.review(workspace, src, rating=5, author="Happy Customer", text="Great shop!")
    f.template(workspace, ratings=[1, 2])
    f.no_delay(workspace)

    agent = new_page()
    log_in(agent, "teammate", PASSWORD)
    agent.goto("/w/acme/reviews/")
    cards = agent.get_by_test_id("review-card")
    assert cards.first.inner_text().startswith("★☆☆☆☆")  # lowest rating first
    screenshot(agent, "reviews-queue")
    agent.get_by_role("link", name="Anna Schmidt").click()
    agent.wait_for_url(re.compile(rf"/w/acme/reviews/{mention.pk}/$"))

    agent.get_by_role("link", name="Apology").click()  # htmx fills the editor
    checks = agent.get_by_test_id("guardrails")
    checks.locator('[data-code="unpersonalised"]').wait_for()  # left as it is: flagged
    editor = agent.get_by_label("Your reply to Anna Schmidt")
    assert editor.input_value().startswith("Hi Anna, thank you for telling us about this.")
    assert "Acme let you down" in editor.input_value()

    personal = (
        editor.input_value()
        + " The crash in the basket is fixed in 4.2. If you need us, call +44 7700 900123."
    )
    editor.fill(personal)
    checks.locator('[data-code="contact_data"]').wait_for()  # the live check, as she types
    assert not checks.locator('[data-code="unpersonalised"]').count()
    count = agent.locator("[data-count]").inner_text()
    assert count == str(len(personal))  # the live length count
    screenshot(agent, "reviews-editor-warning")

    agent.get_by_label("I have read the warnings; submit anyway").check()
    agent.get_by_role("button", name="Submit for approval").click()
    assert agent.get_by_text("Submitted for approval").is_visible()
    status = agent.get_by_test_id("reply-status")
    assert "status: awaiting approval" in status.inner_text().lower()
    assert not agent.get_by_role("button", name=re.compile("^Approve")).count()

    manager = new_page()
    log_in(manager, "owner", PASSWORD)
    manager.goto("/w/acme/reviews/?tab=awaiting")
    manager.get_by_role("link", name="Anna Schmidt").click()
    assert (
        "The author submitted despite 1 warning"
        in manager.get_by_test_id("reply-status").inner_text()
    )
    screenshot(manager, "reviews-approval")
    manager.get_by_role("button", name="Approve and publish").click()
    assert manager.get_by_text("Approved.").first.is_visible()

    deadline = time.monotonic() + 30
    while "status: published" not in manager.get_by_test_id("reply-status").inner_text().lower():
        assert time.monotonic() < deadline, "the worker did not publish the reply"
        time.sleep(0.5)
        manager.reload()
    assert manager.get_by_text("published the reply").is_visible()
    screenshot(manager, "reviews-published")
    assert Reply.objects.get(mention=mention).status == Reply.Status.PUBLISHED
    sent = [r for r in http_server.requests_to(f"/v4/{REVIEW}/reply") if r.method == "PUT"]
    assert len(sent) == 1 and json.loads(sent[0].body) == {"comment": personal}
    assert agent.errors == [] and manager.errors == [], agent.errors + manager.errors
