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
