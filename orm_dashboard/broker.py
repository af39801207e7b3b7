"""Plain Redis clients for the broker URL: one for work (heartbeats), one for soft state.

Soft state only decorates a page (who else has a mention open, the health endpoint's
broker line), so its client waits at most ``SOFT_TIMEOUT`` and never retries; redis-py's
default is three retries with back-off, which made every page that asked for presence take
4.5 s while Redis was down. After a failure the soft client is not asked again for
``SOFT_PAUSE`` seconds in this process (``soft_state``): a page answers at once, without
the decoration, until Redis is back.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import time
from collections.abc import Iterator

import redis
from django.conf import settings
from redis.backoff import NoBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)

SOFT_TIMEOUT = 0.25  # seconds: a local Redis answers in well under a millisecond
SOFT_PAUSE = 5.0  # seconds without asking after a failure


def _make(**options: object) -> redis.Redis:
    url: str = settings.REDIS_URL
    if url.startswith("redis+socket://"):
        path = url.removeprefix("redis+socket://").split("?", 1)[0]
        return redis.Redis(unix_socket_path=path, decode_responses=True, **options)
    return redis.Redis.from_url(url, decode_responses=True, **options)


@functools.cache
def client() -> redis.Redis:
    return _make(socket_timeout=3)


@functools.cache
def soft() -> redis.Redis:
    """A client that gives up fast: for state a page can do without."""
    return _make(
        socket_timeout=SOFT_TIMEOUT,
        socket_connect_timeout=SOFT_TIMEOUT,
        retry=Retry(NoBackoff(), 0),
        health_check_interval=0,
    )


class Unavailable(Exception):
    """Soft state is not available right now (Redis down, or it was a moment ago)."""


_lock = threading.Lock()
_down_until = 0.0


@contextlib.contextmanager
def soft_state() -> Iterator[redis.Redis]:
    """``with soft_state() as r:`` — raises Unavailable (and only that) when Redis does not
    answer quickly, or did not a moment ago; callers degrade quietly."""
    global _down_until
    if time.monotonic() < _down_until:
        raise Unavailable("Redis did not answer a moment ago")
    try:
        yield soft()
    except redis.RedisError as exc:
        with _lock:
            if time.monotonic() >= _down_until:
                log.warning("soft state unavailable for %.0f s: %s", SOFT_PAUSE, exc)
            _down_until = time.monotonic() + SOFT_PAUSE
        raise Unavailable(str(exc)) from exc


def reset() -> None:
    """Forget the clients and any pause (tests that move or restart Redis)."""
    global _down_until
    client.cache_clear()
    soft.cache_clear()
    _down_until = 0.0
