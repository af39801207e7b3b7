"""Crisis tasks. Each takes ids, reads what is due from Postgres, and is safe to run twice."""

from __future__ import annotations

from celery import shared_task

from mentions.models import Brand


@shared_task
def evaluate_brands(workspace_id: int, brand_ids: list[int]) -> int:
    """After a poll stored mentions: run the brands' rules (opens incidents, pages people)."""
    from crisis.detection import evaluate_brand

    fired = 0
    for brand_id in Brand.objects.filter(workspace_id=workspace_id, pk__in=brand_ids).values_list(
        "pk", flat=True
    ):
        fired += sum(1 for f in evaluate_brand(brand_id) if f.fired)
    return fired


@shared_task
def evaluate_all() -> int:
    """Beat: every brand on a schedule too, for rules that fire on silence, not on mentions."""
    queued = 0
    by_workspace: dict[int, list[int]] = {}
    # Archived workspaces are read-only and take no new mentions: no rule is evaluated there.
    brands = Brand.objects.filter(workspace__archived_at__isnull=True)
    for brand_id, workspace_id in brands.values_list("pk", "workspace_id"):
        by_workspace.setdefault(workspace_id, []).append(brand_id)
    for workspace_id, brand_ids in by_workspace.items():
        evaluate_brands.delay(workspace_id, brand_ids)
        queued += 1
    return queued


@shared_task
def deliver(delivery_ids: list[int]) -> dict[str, int]:
    """Queued on commit when outbox rows are made; claims and sends the ones still due."""
    from crisis.alerts import deliver_due

    return deliver_due(ids=delivery_ids)


@shared_task
def sweep() -> dict[str, int]:
    """Beat, every 30 s: escalate unacknowledged incidents, then send every due email.

    Nothing depends on Redis keeping a message: rows lost with the broker, retries after
    back-off and crashed workers' expired claims are all found here.
    """
    from crisis.alerts import deliver_due, escalate_due

    escalated = escalate_due()
    outcome = deliver_due()
    outcome["escalated"] = escalated
    return outcome
