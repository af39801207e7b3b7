"""Celery tasks of the reply workflow. They take ids and are safe to run twice."""

from __future__ import annotations

import smtplib

from celery import shared_task
from django.utils import timezone

from reviews import notifications, publishing


@shared_task
def publish_reply(reply_id: int) -> str:
    return publishing.publish(reply_id)


@shared_task
def publish_due() -> int:
    """Every 30 s (beat): queue each reply whose send delay is over (or whose lease expired).
    Queuing one twice is harmless: only one claim can win."""
    due = publishing.due(timezone.now())
    for reply_id in due:
        publish_reply.delay(reply_id)
    return len(due)


@shared_task
def send_approval_digest() -> int:
    return notifications.send_digest()


@shared_task(
    autoretry_for=(OSError, smtplib.SMTPException),
    retry_backoff=30,
    retry_backoff_max=600,
    max_retries=6,
)
def send_rejection(reply_id: int) -> bool:
    return notifications.send_rejection(reply_id)
