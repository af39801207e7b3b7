"""The API's incidents (registered from CrisisConfig): list, detail, acknowledge, resolve."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.db.models import Q
from django.http import HttpRequest
from django.utils.dateparse import parse_datetime
from ninja import Field, Query, Router, Schema

from crisis import incidents
from crisis.models import Incident, IncidentMention, IncidentStatus, TimelineEntry
from orm_dashboard.api import (
    ApiError,
    api_url,
    errors,
    require_role,
    require_write,
)
from orm_dashboard.models import Role
from orm_dashboard.tenancy import get_object_for_member, scoped

router = Router(tags=["incidents"])


class IncidentOut(Schema):
    id: int
    brand_id: int
    kind: str
    severity: str
    status: str
    title: str
    owner: str | None
    opened_at: datetime
    last_fired_at: datetime
    fire_count: int
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    summary: str
    api_url: str

    @staticmethod
    def resolve_owner(obj: Incident) -> str | None:
        return obj.owner.get_full_name() or obj.owner.get_username() if obj.owner else None

    @staticmethod
    def resolve_summary(obj: Incident) -> str:
        return str(obj.explanation.get("summary", ""))

    @staticmethod
    def resolve_api_url(obj: Incident) -> str:
        return api_url(f"incidents/{obj.pk}")


class TimelineOut(Schema):
    at: datetime
    kind: str
    text: str


class IncidentDetail(IncidentOut):
    explanation: dict[str, Any]
    mention_ids: list[int]
    timeline: list[TimelineOut]
    postmortem_what: str
    postmortem_changed: str

    @staticmethod
    def resolve_mention_ids(obj: Incident) -> list[int]:
        return list(
            IncidentMention.objects.filter(incident=obj)
            .order_by("added_at", "mention_id")
            .values_list("mention_id", flat=True)[:500]
        )

    @staticmethod
    def resolve_timeline(obj: Incident) -> list[TimelineEntry]:
        return list(TimelineEntry.objects.filter(incident=obj).order_by("at", "id")[:200])


class IncidentPage(Schema):
    items: list[IncidentOut]
    next: str | None


class IncidentFilters(Schema):
    status: Literal["active", "open", "acknowledged", "resolved", "all"] = "active"
    brand: int | None = None
    after: str = Field("", description="The `next` of the previous page")
    limit: int = Field(50, ge=1, le=100)


class ResolveIn(Schema):
    what: str = Field("", max_length=5000, description="What happened (post-mortem)")
    changed: str = Field("", max_length=5000, description="What we changed")


@router.get("", response={200: IncidentPage, **errors(422)}, summary="List incidents")
def list_incidents(request: HttpRequest, filters: Query[IncidentFilters]) -> Any:
    """Newest first, paged by (opened_at, id)."""
    qs = scoped(request, Incident).select_related("owner").order_by("-opened_at", "-id")
    if filters.status == "active":
        qs = qs.exclude(status=IncidentStatus.RESOLVED)
    elif filters.status != "all":
        qs = qs.filter(status=filters.status)
    if filters.brand is not None:
        qs = qs.filter(brand_id=filters.brand)
    if filters.after:
        stamp, _, pk = filters.after.rpartition("|")
        try:
            opened = parse_datetime(stamp)
        except ValueError:
            opened = None
        if opened is None or not pk.isdigit():
            raise ApiError(422, "invalid_cursor", "`after` is not a cursor this API gave.")
        qs = qs.filter(Q(opened_at__lt=opened) | Q(opened_at=opened, id__lt=int(pk)))
    rows = list(qs[: filters.limit + 1])
    more = None
    if len(rows) > filters.limit:
        rows = rows[: filters.limit]
        more = f"{rows[-1].opened_at.isoformat()}|{rows[-1].pk}"
    return {"items": rows, "next": more}


def _incident(request: HttpRequest, incident_id: int) -> Incident:
    return get_object_for_member(request, Incident.objects.select_related("owner"), incident_id)


@router.get("/{incident_id}", response={200: IncidentDetail, **errors(404)}, summary="One incident")
def get_incident(request: HttpRequest, incident_id: int) -> Any:
    return _incident(request, incident_id)


@router.post(
    "/{incident_id}/acknowledge",
    response={200: IncidentDetail, **errors(403, 404, 409)},
    summary="Acknowledge an incident",
)
def acknowledge(request: HttpRequest, incident_id: int) -> Any:
    """Stops escalation; the key becomes the owner, as a person acknowledging does."""
    require_write(request)
    require_role(request, Role.AGENT)
    incident = _incident(request, incident_id)
    if not incidents.acknowledge(incident, request.user, via="the API"):
        raise ApiError(409, "not_open", f"The incident is {incident.status}.")
    return _incident(request, incident_id)


@router.post(
    "/{incident_id}/resolve",
    response={200: IncidentDetail, **errors(403, 404, 409, 422)},
    summary="Resolve an incident",
)
def resolve(request: HttpRequest, incident_id: int, body: ResolveIn) -> Any:
    require_write(request)
    require_role(request, Role.AGENT)
    incident = _incident(request, incident_id)
    if not incident.is_active:
        raise ApiError(409, "already_resolved", "The incident is resolved already.")
    incidents.resolve(incident, request.user, body.what, body.changed)
    return _incident(request, incident_id)
