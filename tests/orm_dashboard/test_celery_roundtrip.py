"""A round trip through a real worker on the real broker (no task_always_eager)."""

from __future__ import annotations

import time

import pytest

from orm_dashboard import broker
from orm_dashboard.tasks import HEARTBEAT_KEY, echo, heartbeat


@pytest.mark.django_db(transaction=True)
def test_task_round_trip_through_real_worker(celery_worker_process) -> None:
    assert echo.delay("hello from the test").get(timeout=30) == "hello from the test"


@pytest.mark.django_db(transaction=True)
def test_heartbeat_task_runs_on_worker(celery_worker_process) -> None:
    broker.client().delete(HEARTBEAT_KEY)
    heartbeat.delay()
    deadline = time.monotonic() + 30
    while broker.client().get(HEARTBEAT_KEY) is None:
        assert time.monotonic() < deadline, "the worker never ran the heartbeat"
        time.sleep(0.1)
    assert abs(float(broker.client().get(HEARTBEAT_KEY)) - time.time()) < 60
