"""The Celery application. Configuration is read lazily from the CELERY_* settings."""

from __future__ import annotations

import os

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
