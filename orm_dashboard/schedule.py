"""What "due" means when beat looks every tick.

Beat runs each periodic job every ``BEAT_TICK_SECONDS`` (30 s). Work that becomes due a
moment after a tick would wait a whole tick more: a source polled every minute whose next
poll is set to "start + 1 min" is a second late at the tick one minute on, and was polled
every 90 s. So a job takes what is due by the middle of the next interval: every due time
is met at the tick nearest to it, at most half a tick early or late.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings


def tick() -> timedelta:
    return timedelta(seconds=settings.BEAT_TICK_SECONDS)


def due_by(now: datetime) -> datetime:
    """Compare due times with this instead of ``now``: the tick nearest a due time runs it."""
    return now + tick() / 2
