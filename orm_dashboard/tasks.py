from __future__ import annotations

import time

from celery import shared_task

from orm_dashboard import broker

HEARTBEAT_KEY = "orm:heartbeat"


@shared_task
def heartbeat() -> None:
    """Beat schedules this every 30 s; a worker running it proves beat, broker and worker work."""
    broker.client().set(HEARTBEAT_KEY, f"{time.time():.0f}", ex=3600)


@shared_task(ignore_result=False)
def echo(value: str) -> str:
    """A round trip through the broker and a worker, for tests and operators."""
    return value


@shared_task
def send_invitation_email(email_id: int) -> str:
    """Queued on commit by an invitation or a resend; claiming makes a second run a no-op."""
    from orm_dashboard import invitation_emails

    return invitation_emails.send(email_id)


@shared_task
def send_due_invitation_emails() -> dict[str, int]:
    """Beat's sweep: invitation emails whose task was lost or whose SMTP try failed."""
    from orm_dashboard import invitation_emails

    return invitation_emails.deliver_due()


@shared_task
def deliver_webhooks(delivery_ids: list[int]) -> dict[str, int]:
    """Queued on commit when events are written (and for short retries); sends what is due."""
    from orm_dashboard.webhooks import deliver_due

    return deliver_due(ids=delivery_ids)


@shared_task
def webhook_sweep() -> dict[str, int]:
    """Beat: due retries, rows the queue lost, expired claims; then owed disable notices."""
    from orm_dashboard.webhooks import deliver_due, send_notices

    outcome = deliver_due()
    outcome["notices"] = send_notices()
    return outcome


@shared_task
def deliver_channel_messages(message_ids: list[int]) -> dict[str, int]:
    """Queued on commit when alerts ask for channel messages; sends the ones still due."""
    from orm_dashboard.channels.delivery import deliver_due

    return deliver_due(ids=message_ids)


@shared_task
def channel_sweep() -> dict[str, int]:
    """Beat, every 30 s: retries that are due, rows the queue lost, expired claims."""
    from orm_dashboard.channels.delivery import deliver_due

    return deliver_due()


@shared_task
def purge_workspace(workspace_id: int) -> bool:
    """Delete a closed workspace's rows for a while, then queue the rest (orm_dashboard.purge)."""
    from orm_dashboard import purge

    done = purge.purge(workspace_id)
    if not done:
        purge_workspace.delay(workspace_id)
    return done


@shared_task
def purge_sweep() -> int:
    """Beat: restart purges whose task was lost (a broker outage, a worker killed mid-way)."""
    from datetime import timedelta

    from django.utils import timezone

    from orm_dashboard.models import Workspace

    # A purge in progress re-queues itself every BUDGET_SECONDS; one quiet for longer stopped.
    stale = timezone.now() - timedelta(minutes=10)
    ids = list(Workspace.objects.filter(deleting_at__lte=stale).values_list("pk", flat=True))
    for workspace_id in ids:
        purge_workspace.delay(workspace_id)
    return len(ids)
