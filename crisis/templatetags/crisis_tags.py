"""Small template helpers for incidents: explanations (stored as JSON, read as dates), and
the active incidents a mention can be linked to from its page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template

from crisis.rules import base as rules_base

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


number = register.filter("number", rules_base.number)  # 12.0 → 12, 3.14159 → 3.14, None → —


# Units whose singular a single item needs ("1 mention", not "1 mentions").
_SINGULAR = {"mentions": "mention", "authors": "author", "sources": "source"}


@register.filter
def unit_for(unit: str, value: Any) -> str:
    """The unit an explanation's figure is counted in, singular when the figure is one."""
    return _SINGULAR.get(unit, unit) if number(value) == "1" else unit


@register.filter
def person(user: Any, empty: str = "—") -> str:
    """A user's full name, else username; ``empty`` for nobody."""
    if user is None or not getattr(user, "pk", None):
        return empty
    return user.get_full_name() or user.get_username()


@register.inclusion_tag("crisis/_mention_incidents.html", takes_context=True)
def mention_incidents(context: Any, mention: Any) -> dict[str, Any]:
    """The active incidents of the brands a mention is about, to link it to one (the
    mention's page shows this; mentions itself knows nothing of crisis)."""
    from django.db.models import Exists, OuterRef

    from crisis.models import ACTIVE, Incident, IncidentMention
    from mentions.models import MentionBrand

    if not context.get("crisis_banner", True):  # the banner's query found none: no more
        return {"incidents": []}
    brands = MentionBrand.objects.filter(mention=mention).values("brand_id")
    incidents = (
        Incident.objects.filter(
            workspace_id=mention.workspace_id, brand_id__in=brands, status__in=ACTIVE
        )
        .annotate(
            linked=Exists(IncidentMention.objects.filter(incident=OuterRef("pk"), mention=mention))
        )
        .order_by("-opened_at")[:5]
    )
    return {
        "incidents": list(incidents),
        "mention": mention,
        "workspace": context.get("workspace"),
        "can_write": context.get("can_write"),
        "csrf_token": context.get("csrf_token"),
    }
