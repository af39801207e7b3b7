"""Playwright driving Debian's Chromium against the live test server.

A missing browser is a failure in CI (CI=true) and a skip with a reason elsewhere.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    path = chromium_path()
    if path is None:
        message = "Debian's chromium is not installed (make test installs it with apt)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a fresh browser context (its own cookies), as many as a test needs."""
    contexts = []

    def make() -> object:
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 800}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: page.errors.append(msg.text) if msg.type == "error" else None,
        )
        return page

    yield make
    for context in contexts:
        context.close()


def screenshot(page, name: str, *, full_page: bool = True) -> Path:
    """``full_page=False`` for what the screen shows (a full-screen overlay on a phone)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # caret="initial": hiding the caret would inject a style, which our CSP (rightly) blocks.
    page.screenshot(path=str(path), full_page=full_page, caret="initial")
    return path


def log_in(page, username: str, password: str) -> None:
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


from tests.crisis.conftest import smtp  # noqa: E402, F401  (fixture: the crisis SMTP server)

# axe-core comes from the npm registry (`make test` installs it under var/npm), never a CDN.
AXE = (
    Path(__file__).resolve().parents[2] / "var" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
)


# Rules that count whatever their impact: unique landmarks, and names that contain the
# visible text (an experimental rule axe leaves off unless asked).
ALWAYS = ("landmark-unique", "label-content-name-mismatch")


def axe_violations(page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
    """axe-core's violations of the page as it is now: those of the given impacts, and any
    of the rules in ALWAYS.

    The script is evaluated through the DevTools protocol, not added as a <script>: the
    page's CSP (rightly) refuses inline scripts.
    """
    if not AXE.exists():
        message = f"axe-core is not installed at {AXE} (make test installs it with npm)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations'],"
        " rules: {'label-content-name-mismatch': {enabled: true}}})"
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in impacts or v["id"] in ALWAYS
    ]


@pytest.fixture(autouse=True)
def _nobody_else_viewing() -> Iterator[None]:
    """Presence lives in Redis, which outlives each test's database: a mention id a
    previous test had open would show as "someone is viewing" (and ask before acting)."""
    from orm_dashboard import broker

    def clear() -> None:
        with broker.soft_state() as redis:
            keys = list(redis.scan_iter("presence:mention:*"))
            if keys:
                redis.delete(*keys)

    clear()
    yield
    clear()
