"""A real session in the inbox: filter, keyboard triage, bulk archive, collision warning."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from mentions.ingest import ingest
from mentions.models import Mention
from tests.conftest import PASSWORD
from tests.e2e.conftest import log_in, screenshot
from tests.mentions.factories import brand, item

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def mentions(workspace, owner, teammate):
    brand(workspace)
    texts = [
        "Acme support was terrible and rude, awful experience.",
        "Acme broke after one day, horrible quality.",
        "Acme is wonderful, I love the new skates.",
        "Acme delivered fast, great service.",
        "Acme opened a store in town.",
        "Acme released its report.",
    ]
    ingest(workspace, [item(i, text) for i, text in enumerate(texts)])
    return Mention.objects.order_by("-published_at")


def test_filter_keyboard_triage_and_bulk_archive(new_page, mentions) -> None:
    page = new_page()
    log_in(page, "teammate", PASSWORD)
    page.goto("/w/acme/mentions/")
    assert page.locator("#mention-list > li.mention").count() == 6

    # Filtering updates the list in place and the URL (shareable, back button works).
    page.locator("#filter-panel summary").click()
    page.get_by_label("Sentiment", exact=True).select_option("negative")
    page.wait_for_url(re.compile(r"sentiment=negative"))
    expect(page.locator("#mention-list > li.mention")).to_have_count(2)
    screenshot(page, "inbox-filtered")
    page.go_back()
    page.wait_for_url(re.compile(r"/mentions/$"))
    page.reload()
    assert page.locator("#mention-list > li.mention").count() == 6

    # Keyboard: j moves to the first card, x selects it, e marks it done.
    first_id = int(page.locator("#mention-list > li.mention").first.get_attribute("data-id"))
    page.locator("body").press("j")
    page.keyboard.press("x")
    assert page.locator("#mention-list input.select").first.is_checked()
    page.keyboard.press("e")
    # The row is updated where it is (the list is not reloaded): it now says Done.
    expect(page.locator(f"#row-{first_id}")).to_have_class(re.compile("row-done"))
    assert Mention.objects.get(pk=first_id).status == "done"

    # Bulk: select a range with shift-click and archive (ignore) it.
    boxes = page.locator("#mention-list input.select")
    boxes.nth(1).click()
    boxes.nth(3).click(modifiers=["Shift"])
    assert [boxes.nth(i).is_checked() for i in range(5)] == [False, True, True, True, False]
    page.get_by_label("Action", exact=True).select_option("status:ignored")
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.locator("#toast")).to_contain_text("Set status: 3 mentions.")
    assert Mention.objects.filter(status="ignored").count() == 3
    expect(page.locator("#mention-list > li.row-ignored")).to_have_count(3)
    screenshot(page, "inbox-after-bulk")
    assert page.errors == [], page.errors


def test_shortcuts_help_and_search_focus(new_page, mentions) -> None:
    page = new_page()
    log_in(page, "teammate", PASSWORD)
    page.goto("/w/acme/mentions/")
    page.locator("body").press("?")
    assert page.get_by_role("dialog", name="Keyboard shortcuts").is_visible()
    page.keyboard.press("Escape")
    page.locator("body").press("/")
    assert page.evaluate("document.activeElement.id") == "f-q"
    page.keyboard.type("wonderful")
    expect(page.locator("#mention-list > li.mention")).to_have_count(1)
    assert "q=wonderful" in page.url


def test_collision_warning_seen_by_a_second_person(new_page, mentions) -> None:
    mention = mentions.first()
    owner_page = new_page()
    log_in(owner_page, "owner", PASSWORD)
    owner_page.goto(f"/w/acme/mentions/{mention.pk}/")

    page = new_page()
    log_in(page, "teammate", PASSWORD)
    page.goto(f"/w/acme/mentions/{mention.pk}/")
    warning = page.get_by_role("alert").filter(has_text="looking at this mention")
    assert warning.is_visible()
    assert "owner" in warning.inner_text()
    screenshot(page, "mention-collision")
    # Acting anyway asks first; declining changes nothing.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Done", exact=True).click()
    assert Mention.objects.get(pk=mention.pk).status == "new"
    page.goto("/w/acme/mentions/")
    assert (
        page.locator(f'#mention-list li[data-id="{mention.pk}"] .viewing').inner_text()
        == "owner viewing"
    )
