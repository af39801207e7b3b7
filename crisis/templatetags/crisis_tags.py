"""Small template helpers for incident explanations (stored as JSON, read as dates)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template

register = template.Library()


@register.filter
def isodate(value: Any) -> datetime | None:
    """An ISO timestamp from an explanation, as a datetime the date filters understand."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


@register.filter
def number(value: Any) -> str:
    """12.0 → 12, 3.14159 → 3.14, None → —."""
    if value is None or value == "":
        return "—"
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{int(f):,}" if f.is_integer() else f"{f:,.2f}"


@register.filter
def person(user: Any, empty: str = "—") -> str:
    """A user's full name, else username; ``empty`` for nobody."""
    if user is None or not getattr(user, "pk", None):
        return empty
    return user.get_full_name() or user.get_username()
