"""The webhook events of incidents (registered from CrisisConfig.ready)."""

from __future__ import annotations

from typing import Any

from crisis.models import Incident
from orm_dashboard import webhooks
from orm_dashboard.api import api_url

OPENED, ACKNOWLEDGED, RESOLVED = "incident.opened", "incident.acknowledged", "incident.resolved"


def register() -> None:
    webhooks.register_event(OPENED, "A crisis rule fired and opened an incident.")
    webhooks.register_event(ACKNOWLEDGED, "Someone acknowledged an incident (and owns it).")
    webhooks.register_event(RESOLVED, "An incident was resolved.")


def emit(incident: Incident, event: str, **extra: Any) -> None:
    data = {
        "id": incident.pk,
        "brand_id": incident.brand_id,
        "kind": incident.kind,
        "severity": incident.severity,
        "title": incident.title,
        "api_url": api_url(f"incidents/{incident.pk}"),
        **extra,
    }
    webhooks.emit(incident.workspace_id, event, [data])
