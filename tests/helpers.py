"""Small helpers every test folder uses: workspace URLs, free local ports, Celery workers,
rows made once for a whole module."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import pytest
from django.db import connection, transaction
from django.urls import reverse

T = TypeVar("T")


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


def rows_made_once(make: Callable[[], T]) -> Any:
    """A module-scoped fixture, named after ``make``, whose value is ``make()``: rows that
    every test of the module reads, made once instead of once per test (the EXPLAIN tests'
    20,000 generated mentions took ~0.6 s to insert, index and analyze, each time).

    The rows live in a transaction that stays open for the module and is rolled back after
    its last test. Each test's own transaction (the ``django_db`` mark, never
    ``transaction=True``) is a savepoint inside it, rolled back after the test as before, so
    a test still sees the rows exactly as ``make`` left them, whatever the tests before it
    wrote. The rows' deferred foreign-key checks run here, once; Django's end-of-test check
    would otherwise repeat them for every test (~0.3 s each)."""

    @pytest.fixture(scope="module", name=make.__name__)
    def fixture(django_db_setup: None, django_db_blocker: Any) -> Iterator[T]:
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                made = make()
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            except BaseException:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
                raise
        try:
            yield made
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    return fixture
