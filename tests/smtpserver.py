"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives: the one inbox
every test reads mail from (the ``smtp_server`` fixture here, and the session-wide server of
tests/crisis/conftest.py)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message

import pytest
from aiosmtpd.controller import Controller

from tests.helpers import free_port


@dataclass
class Inbox:
    """What the SMTP server accepted, in order; thread-safe."""

    messages: list[Message] = field(default_factory=list)
    envelopes: list[list[str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # hold_next: the next DATA hangs (the sender is "mid-send") until `release` is set,
    # then is refused, as when the sending worker died before the server accepted it.
    hold_next: bool = False
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        if self.hold_next:
            self.hold_next = False
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 Sender went away"
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[attr-defined]
            self.envelopes.append(list(envelope.rcpt_tos))  # type: ignore[attr-defined]
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Message]:
        with self.lock:
            return [
                m
                for m, rcpts in zip(self.messages, self.envelopes, strict=True)
                if address in rcpts
            ]

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


@pytest.fixture
def smtp_server(settings) -> Iterator[Inbox]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    # The test runner swaps in the in-memory backend; these tests want the real SMTP path.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    try:
        yield inbox
    finally:
        controller.stop()
