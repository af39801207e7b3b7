"""Small helpers every test folder uses: workspace URLs, free local ports, Celery workers."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from urllib.parse import urlencode

from django.urls import reverse


def url(name: str, /, *, query: dict[str, object] | None = None, **kwargs: object) -> str:
    """The path of a URL of the test workspace (``acme`` unless ``workspace=`` says)."""
    kwargs.setdefault("workspace", "acme")
    path = reverse(name, kwargs=kwargs)
    return f"{path}?{urlencode(query, doseq=True)}" if query else path


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now (for a server a test starts)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker_answers(name: str | None = None) -> bool:
    """Whether the Celery worker ``name`` (any worker without one) answers a ping.

    A test that restarted Redis leaves this process a pooled connection to the old server:
    the first ping then fails with a broken pipe, so that counts as "not yet" and the app's
    connections are closed, and the next try opens a new one.
    """
    from orm_dashboard.celery import app

    try:
        destination = [name] if name else None
        return bool(app.control.ping(destination=destination, timeout=0.5))
    except Exception:
        app.close()
        return False


def worker_command(name: str, *options: str, loglevel: str = "INFO") -> list[str]:
    """The command line of a real ``celery worker`` called ``name`` (so a ping can find it),
    without gossip or mingle (they only slow a lone worker's start); ``options`` add a pool,
    a queue or a concurrency."""
    celery = str(Path(sys.executable).parent / "celery")
    return [
        *(celery, "-A", "orm_dashboard", "worker", *options, "--hostname", name),
        *("--without-gossip", "--without-mingle", "--loglevel", loglevel),
    ]
