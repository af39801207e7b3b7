"""Crisis fixtures: a real SMTP server (aiosmtpd) on 127.0.0.1, and data builders.

The SMTP port is chosen when this file is imported (at collection, before any test runs)
and exported as EMAIL_PORT, so every child process started later in the session, the
shared `celery_worker_process` included, sends its email to the same server.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from mentions.connectors.base import Item
from mentions.ingest import ingest
from mentions.models import Brand
from orm_dashboard.models import Workspace
from tests.helpers import free_port
from tests.smtpserver import Inbox

SMTP_PORT = free_port()
os.environ["EMAIL_PORT"] = str(SMTP_PORT)
os.environ["EMAIL_HOST"] = "127.0.0.1"


class SMTPServer:
    """aiosmtpd on the session's port; can be stopped and started again (SMTP down, up)."""

    def __init__(self) -> None:
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=SMTP_PORT)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(autouse=True)
def _email_settings(settings: object) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"  # type: ignore[attr-defined]
    settings.EMAIL_HOST = "127.0.0.1"  # type: ignore[attr-defined]
    settings.EMAIL_PORT = SMTP_PORT  # type: ignore[attr-defined]
    settings.EMAIL_TIMEOUT = 5  # type: ignore[attr-defined]


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


def wait_for(check: Callable[[], object], timeout: float = 60, what: str = "") -> object:
    """Poll until ``check()`` is truthy; a deadline, not a timing assertion."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what or check}"
        time.sleep(0.2)


# --- fixtures the crisis tests share -----------------------------------------------


@pytest.fixture
def now() -> datetime:
    return timezone.now().replace(microsecond=0)


@pytest.fixture
def acme(workspace: Workspace) -> Brand:
    from tests.mentions.factories import brand

    return brand(workspace, "Acme")


@pytest.fixture
def on_call(workspace: Workspace, teammate: object, now: datetime) -> object:
    """The teammate is on call now; the owner (a manager) is the escalation."""
    from crisis.models import OnCallShift

    return OnCallShift.objects.create(
        workspace=workspace,
        user=teammate,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=8),
    )


# --- data ----------------------------------------------------------------------------


def mentions(
    workspace: Workspace,
    brand: Brand,
    count: int,
    *,
    end: datetime,
    span: timedelta = timedelta(minutes=50),
    text: str = "Talking about {brand} today",
    prefix: str = "m",
    now: datetime | None = None,
    **fields: object,
) -> list[int]:
    """``count`` mentions of ``brand`` spread over ``span`` before ``end``, stored by ingest."""
    step = span / max(count, 1)
    items = [
        Item(
            external_id=f"{prefix}-{i}",
            url=f"https://news.example/{prefix}/{i}",
            title=f"{brand.name} story {prefix} {i}",
            text=text.format(brand=brand.name, i=i),
            published_at=end - step * (i + 1),
            **fields,  # type: ignore[arg-type]
        )
        for i in range(count)
    ]
    return ingest(workspace, items, now=now or end).mention_ids


def history(
    workspace: Workspace, brand: Brand, per_day: int, *, now: datetime, days: int = 7
) -> None:
    """``per_day`` mentions in the same hour as ``now`` on each of the previous days."""
    for d in range(1, days + 1):
        mentions(workspace, brand, per_day, end=now - timedelta(days=d), prefix=f"h{d}", now=now)
