from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def stars(rating: int | None) -> str:
    """★★☆☆☆ for 2 (screen readers get the aria-label the templates put beside it)."""
    if not rating:
        return ""
    rating = max(0, min(5, int(rating)))
    return "★" * rating + "☆" * (5 - rating)
