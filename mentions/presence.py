"""Who has a mention open right now, so two people do not answer the same thing.

Kept in Redis with a short expiry (it is soft state, not truth): each open mention page
pings every 20 s; a viewer counts as present for 60 s after their last ping. Read and
written through ``broker.soft_state``: with Redis down, pages show no one, at once.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from orm_dashboard import broker

WINDOW = 60


def _key(mention_id: int) -> str:
    return f"presence:mention:{mention_id}"


def touch(mention_id: int, username: str) -> None:
    now = time.time()
    try:
        with broker.soft_state() as client:
            pipe = client.pipeline()
            pipe.zadd(_key(mention_id), {username: now})
            pipe.zremrangebyscore(_key(mention_id), 0, now - WINDOW)
            pipe.expire(_key(mention_id), WINDOW * 2)
            pipe.execute()
    except broker.Unavailable:  # presence is a courtesy; the page works without it
        pass


def viewers(mention_ids: Iterable[int], *, exclude: str = "") -> dict[int, list[str]]:
    """Usernames currently viewing each mention (one round trip for a whole page)."""
    ids = list(mention_ids)
    if not ids:
        return {}
    since = time.time() - WINDOW
    try:
        with broker.soft_state() as client:
            pipe = client.pipeline()
            for mention_id in ids:
                pipe.zrangebyscore(_key(mention_id), since, "+inf")
            answers = pipe.execute()
    except broker.Unavailable:  # presence is a courtesy; the inbox works without it
        return {}
    return {
        mention_id: [name for name in names if name != exclude]
        for mention_id, names in zip(ids, answers, strict=True)
        if any(name != exclude for name in names)
    }
