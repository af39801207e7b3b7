from __future__ import annotations

import re

import pytest

from orm_dashboard.models import Membership, Role
from tests.conftest import PASSWORD
from tests.e2e.conftest import log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_log_in_see_overview_switch_workspace_log_out(
    new_page, owner, workspace, other_workspace
) -> None:
    Membership.objects.create(user=owner, workspace=other_workspace, role=Role.VIEWER)
    page = new_page()
    log_in(page, "owner", PASSWORD)

    page.wait_for_url(re.compile(r"/w/acme/$"))
    assert page.get_by_role("heading", name="Overview", exact=True).is_visible()
    nav = page.get_by_role("navigation", name="Workspace")
    for item in ("Overview", "Inbox", "Reviews", "Crisis", "Settings"):
        assert nav.get_by_role("link", name=item).is_visible()
    screenshot(page, "overview")

    page.get_by_test_id("workspace-switcher").locator("summary").click()
    page.get_by_role("link", name="Globex").click()
    page.wait_for_url(re.compile(r"/w/globex/$"))
    assert (
        page.get_by_test_id("workspace-switcher").locator("summary").inner_text().endswith("Globex")
    )
    assert page.get_by_text("Viewer").first.is_visible()

    page.get_by_role("link", name="Inbox").click()
    page.wait_for_url(re.compile(r"/w/globex/mentions/$"))
    assert page.get_by_role("heading", name="Inbox", exact=True).is_visible()

    page.locator("details.usermenu summary").click()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/login/"))
    assert page.get_by_role("button", name="Log in").is_visible()
    screenshot(page, "logged-out")
    assert page.errors == [], page.errors


def test_wrong_password_is_explained(new_page, owner) -> None:
    page = new_page()
    log_in(page, "owner", "not-the-password")
    assert page.get_by_role("alert").inner_text().startswith("Please enter a correct username")
