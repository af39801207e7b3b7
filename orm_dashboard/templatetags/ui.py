"""Small template helpers shared by every app."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import template

register = template.Library()


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
