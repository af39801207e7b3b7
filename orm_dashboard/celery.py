"""The Celery application. Configuration is read lazily from the CELERY_* settings."""

from __future__ import annotations

import logging
import os
from typing import Any

from celery import Celery
from celery.signals import beat_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "orm_dashboard.settings")

app = Celery("orm_dashboard")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@beat_init.connect
def _heartbeat_on_start(sender: object, **kwargs: object) -> None:
    """Report in at once rather than 30 s after start, so health checks settle quickly."""
    app.send_task("orm_dashboard.tasks.heartbeat")


def queue_on_commit(task: Any, *args: Any) -> None:
    """Queue ``task`` once the transaction commits; with the broker down, log and carry on.

    Only for work a beat job also finds in Postgres (outbox rows, due replies): the page
    that wrote it must not answer 500 after committing because Redis is down.
    """
    from django.db import transaction

    def send() -> None:
        try:
            task.delay(*args)
        except Exception:
            logging.getLogger(__name__).exception(
                "could not queue %s%r; beat's sweep will find the work", task.name, args
            )

    transaction.on_commit(send)
