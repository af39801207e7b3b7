"""A plain Redis client for the broker URL (health checks, heartbeats, presence)."""

from __future__ import annotations

import functools

import redis
from django.conf import settings


@functools.cache
def client() -> redis.Redis:
    url: str = settings.REDIS_URL
    if url.startswith("redis+socket://"):
        path = url.removeprefix("redis+socket://").split("?", 1)[0]
        return redis.Redis(unix_socket_path=path, socket_timeout=3, decode_responses=True)
    return redis.Redis.from_url(url, socket_timeout=3, decode_responses=True)
