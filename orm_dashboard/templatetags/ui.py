"""Small template helpers shared by every app."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince

register = template.Library()

# Explicit direction controls: embeddings, overrides, their terminator, and isolates. Text
# from feeds never needs them, and an unterminated override (U+202E) displays a title
# backwards ("gnp.exe" for "exe.png") and can reverse the words printed after it.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """``{{ dict|get_item:key }}``: look up a key that is itself a variable."""
    try:
        return mapping.get(key, "")
    except AttributeError:
        return ""


@register.filter
def duration(value: Any) -> Any:
    """``{{ delta|duration }}``: a timedelta as people say it ("15 min", "1 h 30 min",
    "2 days"), not as Python prints it ("0:15:00")."""
    if not isinstance(value, timedelta):
        return value
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [
        f"{days} day{'s' if days != 1 else ''}" if days else "",
        f"{hours} h" if hours else "",
        f"{mins} min" if mins else "",
    ]
    return " ".join(p for p in parts if p) or "under a minute"


@register.filter
def ago(value: Any) -> str:
    """``{{ when|ago }}``: how long ago, to the largest unit ("26 minutes ago", "1 hour
    ago", "3 days ago") for a list row, where the exact time is in the title."""
    if not isinstance(value, datetime):
        return ""
    return f"{timesince(value, depth=1)} ago"


@register.filter
def display_name(user: Any, empty: str = "") -> str:
    """``{{ user|display_name }}``: a person's name, else their username (``empty`` for
    nobody): how people are shown everywhere."""
    from orm_dashboard.models import display_name as name

    return name(user, empty) if user else empty


@register.filter
def work_count(n: int) -> str:
    """An open-work count, capped ("1000+") as the switcher counts at most that many."""
    from orm_dashboard.workload import capped

    return capped(n)


@register.filter(is_safe=True)
def nobidi(value: Any) -> str:
    """``{{ feed_text|nobidi }}``: the text without explicit direction controls, for places
    that cannot hold markup (a title, an attribute) or inside an element with ``dir="auto"``."""
    return str(value).translate(_BIDI_CONTROLS)


@register.filter(needs_autoescape=True)
def isolate(value: Any, autoescape: bool = True) -> SafeString:
    """``{{ feed_text|isolate }}``: a title, author or snippet from a feed as an isolated run
    (``<bdi>``), so right-to-left text cannot reorder what stands beside it, without its
    explicit direction controls."""
    text = nobidi(value)
    return mark_safe(f"<bdi>{conditional_escape(text) if autoescape else text}</bdi>")  # noqa: S308
