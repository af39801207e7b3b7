"""The inbox as a two-pane workspace in a real browser: keyboard-only triage without a page
load, undo, saved views, the phone layout, and axe-core on the pages people work in."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from crisis import detection
from crisis.models import Incident
from mentions.ingest import ingest
from mentions.models import Brand, Mention, SavedView
from tests.conftest import PASSWORD
from tests.crisis.conftest import mentions as crisis_mentions
from tests.e2e.conftest import axe_violations, log_in, screenshot
from tests.mentions.factories import brand, item

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def many(workspace, owner, teammate):
    brand(workspace)
    now = timezone.now()
    texts = [
        "Acme support was terrible and rude, awful experience.",
        "Acme broke after one day, horrible quality.",
        "Acme is wonderful, I love the new skates.",
        "Acme delivered fast, great service.",
        "Acme opened a store in town.",
        "Acme released its yearly report on sustainability.",
    ]
    items = [
        item(
            i, f"{texts[i % len(texts)]} Story number {i}.", published_at=now - timedelta(minutes=i)
        )
        for i in range(16)
    ]
    ingest(workspace, items)
    return list(Mention.objects.order_by("-published_at", "-id"))


def row_ids(page) -> list[int]:
    return [
        int(i)
        for i in page.locator("#mention-list > li.row").evaluate_all(
            "rows => rows.map(r => r.dataset.id)"
        )
    ]


def test_triage_ten_mentions_with_the_keyboard_only(new_page, many, teammate) -> None:
    page = new_page()
    page.set_viewport_size(DESKTOP)
    log_in(page, "teammate", PASSWORD)
    page.goto("/w/acme/mentions/")
    # A compact list: at least ten mentions are on screen at 1400x900, beside the pane.
    visible = page.locator("#mention-list > li.row").evaluate_all(
        "rows => rows.filter(r => { const b = r.getBoundingClientRect();"
        " return b.top >= 0 && b.bottom <= window.innerHeight; }).length"
    )
    assert visible >= 10, visible
    pane = page.locator("#pane").bounding_box()
    assert pane["x"] > 600 and pane["width"] > 500  # the reading pane sits beside the list
    ids = row_ids(page)
    # A marker that a full page load would wipe out.
    page.evaluate("window.__triageMarker = 'still here'")
    loads = []
    page.on("load", lambda: loads.append(1))

    page.locator("body").press("j")
    page.keyboard.press("o")
    for n, pk in enumerate(ids[:10]):
        view = page.locator(f'#pane #mention-view[data-id="{pk}"]')
        expect(view).to_be_visible()
        expect(page.locator(f"#row-{pk}")).to_have_class(re.compile("current"))
        page.keyboard.press("a")  # assign to me
        expect(page.locator(f"#row-{pk} .assignee")).to_contain_text("teammate")
        page.keyboard.press("t")  # tag
        expect(page.locator("#a-tag")).to_be_focused()
        page.keyboard.type("triaged")
        page.keyboard.press("Enter")
        expect(page.locator("#pane .chips")).to_contain_text("#triaged")
        if n == 0:
            screenshot(page, "inbox-desktop-pane")
        page.keyboard.press("e")  # done, and the next one opens
        expect(page.locator(f"#row-{pk}")).to_have_class(re.compile("row-done"))
        if n < 9:
            expect(page.locator(f'#pane #mention-view[data-id="{ids[n + 1]}"]')).to_be_visible()

    triaged = Mention.objects.filter(pk__in=ids[:10])
    assert all(m.status == "done" for m in triaged)
    assert all(m.assignee_id == teammate.pk for m in triaged)
    assert all(m.tags == ["triaged"] for m in triaged)
    assert Mention.objects.get(pk=ids[10]).status == "new"
    assert page.evaluate("window.__triageMarker") == "still here"
    assert loads == []
    assert page.url.endswith("/w/acme/mentions/")
    # The rows stayed where they were: the cursor is on the eleventh mention, in the pane.
    assert row_ids(page) == ids
    expect(page.locator(f"#row-{ids[10]}")).to_have_class(re.compile("current"))
    screenshot(page, "inbox-desktop-after-triage")
    assert page.errors == [], page.errors


def test_undo_an_action(new_page, many) -> None:
    page = new_page()
    page.set_viewport_size(DESKTOP)
    log_in(page, "teammate", PASSWORD)
    page.goto("/w/acme/mentions/")
    first = row_ids(page)[0]
    page.locator("body").press("j")
    page.keyboard.press("!")  # spam
    toast = page.locator("#toast")
    expect(toast).to_contain_text("Mark as spam / irrelevant: 1 mention.")
    expect(page.locator(f"#row-{first}")).to_have_class(re.compile("row-ignored"))
    assert Mention.objects.get(pk=first).tags == ["spam"]
    screenshot(page, "inbox-undo-offered")
    page.keyboard.press("z")
    expect(toast).to_contain_text("Undone for 1 mention.")
    expect(page.locator(f"#row-{first}")).to_have_class(re.compile("row-new"))
    back = Mention.objects.get(pk=first)
    assert (back.status, back.tags) == ("new", [])
    assert page.errors == [], page.errors


def test_save_a_view_and_reopen_it(new_page, many, teammate) -> None:
    page = new_page()
    page.set_viewport_size(DESKTOP)
    log_in(page, "teammate", PASSWORD)
    page.goto("/w/acme/mentions/")
    page.locator("body").press("f")  # the full filter form, one key away
    page.get_by_label("Sentiment", exact=True).select_option("negative")
    page.wait_for_url(re.compile(r"sentiment=negative"))
    chip = page.get_by_role("list", name="Active filters")
    expect(chip).to_contain_text("Sentiment: negative")
    negatives = page.locator("#mention-list > li.row").count()
    assert 0 < negatives < len(many)
    expect(page.locator("#result-count")).to_have_text(f"{negatives} mentions")

    page.get_by_text("Save view", exact=True).click()
    page.get_by_label("Name of the view").fill("Angry customers")
    page.get_by_label("Share with the workspace").check()
    page.get_by_role("button", name="Save the current filters").click()
    expect(page.locator(".messages")).to_contain_text("Saved the view “Angry customers”")
    view = SavedView.objects.get()
    assert (view.query, view.shared, view.owner) == ("sentiment=negative", True, teammate)
    tab = page.get_by_role("navigation", name="Saved views").get_by_role(
        "link", name=re.compile("Angry customers")
    )
    expect(tab.locator(".count")).to_have_text(f"{negatives} new")

    # Back to the whole inbox with a tab, then reopen the view.
    page.get_by_role("navigation", name="Saved views").get_by_role(
        "link", name=re.compile("^Inbox")
    ).click()
    expect(page.locator("#mention-list > li.row")).to_have_count(len(many))
    expect(page.locator("#f-sentiment")).to_have_value("")
    tab.click()
    page.wait_for_url(re.compile(r"sentiment=negative"))
    expect(page.locator("#mention-list > li.row")).to_have_count(negatives)
    expect(tab).to_have_attribute("aria-current", "page")
    expect(page.locator("#f-sentiment")).to_have_value("negative")
    # Removing the chip removes the filter.
    page.get_by_role("link", name="Remove filter Sentiment: negative").click()
    expect(page.locator("#mention-list > li.row")).to_have_count(len(many))
    screenshot(page, "inbox-saved-view")
    assert page.errors == [], page.errors


@pytest.fixture
def incident(workspace, owner):
    acme = Brand.objects.filter(workspace=workspace, slug="acme").first() or brand(workspace)
    now = timezone.now()
    crisis_mentions(
        workspace, acme, 2, end=now, prefix="kw", text="{brand} product recall announced", now=now
    )
    detection.evaluate_brand(acme.pk, now)
    return Incident.objects.first()


def test_phone_layout(new_page, many, incident) -> None:
    assert incident is not None
    page = new_page()
    page.set_viewport_size(PHONE)
    log_in(page, "owner", PASSWORD)
    page.goto("/w/acme/mentions/")
    # The header and the incident banner together take at most about 120 px.
    banner = page.get_by_test_id("incident-banner")
    expect(banner).to_be_visible()
    screenshot(page, "inbox-phone-list", full_page=False)
    box = banner.bounding_box()
    assert box["y"] + box["height"] <= 124, box
    # The list comes first; the pane is not shown until a mention is opened.
    expect(page.locator("#pane")).to_be_hidden()
    page.evaluate("window.scrollTo(0, 600)")
    scrolled = page.evaluate("window.scrollY")
    assert scrolled > 0
    row = page.locator("#mention-list > li.row").nth(8)
    pk = row.get_attribute("data-id")
    row.locator("[data-open]").click()
    view = page.locator(f'#pane #mention-view[data-id="{pk}"]')
    expect(view).to_be_visible()
    pane = page.locator("#pane").bounding_box()
    assert (pane["x"], pane["y"], pane["width"]) == (0, 0, PHONE["width"])  # full screen
    screenshot(page, "inbox-phone-mention", full_page=False)
    page.get_by_role("button", name=re.compile("List")).click()
    expect(page.locator("#pane")).to_be_hidden()
    # Back at the same place in the list, on the same mention.
    assert abs(page.evaluate("window.scrollY") - scrolled) < 2
    expect(page.locator(f"#row-{pk}")).to_have_class(re.compile("current"))
    assert page.errors == [], page.errors


def test_without_javascript_a_mention_opens_its_page(browser, live_server, many) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        log_in(page, "teammate", PASSWORD)
        page.goto("/w/acme/mentions/")
        page.locator("#mention-list [data-open]").first.click()
        page.wait_for_url(re.compile(r"/mentions/\d+/$"))
        page.get_by_role("button", name="Done", exact=True).click()
        page.wait_for_url(re.compile(r"/mentions/\d+/$"))
        pk = int(page.url.rstrip("/").rsplit("/", 1)[1])
        assert Mention.objects.get(pk=pk).status == "done"
    finally:
        context.close()


def test_axe_finds_no_serious_violations(new_page, many, incident) -> None:
    from tests.reviews.factories import review

    rated = review(incident.workspace)
    page = new_page()
    page.set_viewport_size(DESKTOP)
    log_in(page, "owner", PASSWORD)
    mention = many[0]
    pages = {
        "inbox": "/w/acme/mentions/",
        "mention": f"/w/acme/mentions/{mention.pk}/",
        "review": f"/w/acme/reviews/{rated.pk}/",
        "incident": f"/w/acme/crisis/{incident.pk}/",
        "review queue": "/w/acme/reviews/",
    }
    found = {}
    for name, path in pages.items():
        page.goto(path)
        if name == "inbox":  # with a mention open in the reading pane
            page.locator("#mention-list [data-open]").first.click()
            expect(page.locator("#pane #mention-view")).to_be_visible()
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    # The menus open, as someone using them sees them.
    page.goto("/w/acme/mentions/")
    page.get_by_test_id("workspace-switcher").locator("summary").click()
    page.locator("details.usermenu summary").click()
    found.update({"menus": v} for v in [axe_violations(page)] if v)
    assert found == {}, found


def test_choosing_a_reply_template_puts_the_caret_in_the_editor(new_page, workspace, teammate):
    from tests.reviews import factories as f

    rated = f.review(workspace, f.source(workspace, "manual"), rating=1, author="Anna Schmidt")
    f.template(workspace, ratings=[1, 2])
    page = new_page()
    log_in(page, "teammate", PASSWORD)
    page.goto(f"/w/acme/reviews/{rated.pk}/")
    page.get_by_role("link", name="Apology").click()  # htmx fills the editor
    editor = page.get_by_label("Your reply to Anna Schmidt")
    expect(editor).to_have_value(re.compile("^Hi Anna"))
    expect(editor).to_be_focused()
    assert page.errors == [], page.errors


def test_note_and_original_from_the_keyboard(new_page, many) -> None:
    page = new_page()
    page.set_viewport_size(DESKTOP)
    # The original opens in a new tab; it is answered here, never fetched from the internet.
    page.context.route(
        "https://news.example/**",
        lambda route: route.fulfill(status=200, body="<title>original</title>the original"),
    )
    log_in(page, "teammate", PASSWORD)
    page.goto("/w/acme/mentions/")
    first = row_ids(page)[0]
    page.evaluate("window.__notesMarker = 'kept'")
    page.locator("body").press("j")
    page.keyboard.press("c")  # add a note: the pane opens with the caret in the note box
    expect(page.locator("#note-text")).to_be_focused()
    page.keyboard.type("Called the customer back")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Add note")).to_be_focused()
    page.keyboard.press("Enter")  # the "Add note" button
    expect(page.locator("#pane #notes")).to_contain_text("Called the customer back")
    assert Mention.objects.get(pk=first).notes.get().text == "Called the customer back"
    with page.context.expect_page() as opened:
        page.keyboard.press("v")
    original = opened.value
    original.wait_for_load_state()
    assert original.url.startswith("https://news.example/")
    assert page.evaluate("window.__notesMarker") == "kept"
    assert page.errors == [], page.errors
