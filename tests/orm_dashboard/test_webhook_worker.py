"""Webhooks through real Celery workers: a committed change reaches the endpoint; a worker
killed mid-send leaves the delivery to be retried (with the same webhook-id) by another;
racing workers and repeated messages send each event once."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from standardwebhooks.webhooks import Webhook

from mentions import polling
from mentions.models import Source
from orm_dashboard import tasks, webhooks
from orm_dashboard.models import WebhookDelivery, WebhookEndpoint
from tests.conftest import start_process, stop_process
from tests.helpers import worker_answers, worker_command
from tests.localserver import Reply

pytestmark = [pytest.mark.process, pytest.mark.django_db(transaction=True)]
LOGS = Path(settings.BASE_DIR) / "var" / "test" / "logs"


def wait_for(check: Callable[[], object], timeout: float = 60, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while not (value := check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what or check}"
        time.sleep(0.1)
    return value


def _worker(queue: str, name: str, pool: str = "solo") -> Any:
    process = start_process(
        worker_command(name, "--pool", pool, "-Q", queue),
        LOGS / f"{name.split('@')[0]}.log",
        EMAIL_TIMEOUT="5",
        ALERT_LEASE_SECONDS="10",
    )
    wait_for(
        lambda: process.poll() is not None or worker_answers(name),
        what=f"worker {name}",
    )
    assert process.poll() is None, "worker did not start"
    return process


def _endpoint(workspace: Any, server: Any) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        workspace=workspace,
        url=server.url + "/hook",
        secret=webhooks.new_secret(),
        events=["source.paused"],
    )


def test_a_committed_change_reaches_the_endpoint(
    celery_worker_process, workspace, http_server
) -> None:
    http_server.route("/hook", status=200)
    endpoint = _endpoint(workspace, http_server)
    source = Source.objects.create(workspace=workspace, kind="rss", name="Feed")
    polling.pause(source)  # commits: the send is queued on commit
    request = wait_for(lambda: http_server.requests_to("/hook"), what="the delivery")[0]
    payload = Webhook(endpoint.secret).verify(
        request.body,
        {k: request.header(k) for k in ("webhook-id", "webhook-timestamp", "webhook-signature")},
    )
    assert payload["data"]["id"] == source.pk
    wait_for(lambda: WebhookDelivery.objects.filter(status="delivered").exists(), what="marked")


def test_a_worker_killed_mid_send_is_retried_with_the_same_id(
    workspace, http_server, monkeypatch
) -> None:
    queue = f"webhook-kill-{os.getpid()}"
    monkeypatch.setattr(webhooks, "queue", lambda ids, countdown=None: None)  # our queue only
    http_server.route("/hook", [Reply(200, delay=5), Reply(200)])
    _endpoint(workspace, http_server)
    polling.pause(Source.objects.create(workspace=workspace, kind="rss", name="Feed"))
    delivery = WebhookDelivery.objects.get()

    first = _worker(queue, f"hook-kill-a-{os.getpid()}@localhost")
    try:
        tasks.deliver_webhooks.apply_async([[delivery.pk]], queue=queue)
        wait_for(lambda: http_server.requests_to("/hook"), what="the first try to arrive")
        os.kill(first.pid, signal.SIGKILL)  # dies before it hears the answer
        first.wait(30)
    finally:
        stop_process(first)
    delivery.refresh_from_db()
    assert delivery.status == "pending" and delivery.claimed_at is not None

    second = _worker(queue, f"hook-kill-b-{os.getpid()}@localhost")
    try:

        def swept() -> bool:
            tasks.webhook_sweep.apply_async(queue=queue)  # beat's tick, until the lease ends
            time.sleep(1)
            return WebhookDelivery.objects.filter(status="delivered").exists()

        wait_for(swept, what="the retry after the lease")
        tasks.webhook_sweep.apply_async(queue=queue)
        time.sleep(1.5)
    finally:
        stop_process(second)
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.attempts == 2
    tries = http_server.requests_to("/hook")
    assert len(tries) == 2  # the one in flight when the worker died, and the retry
    assert {r.header("webhook-id") for r in tries} == {delivery.msg_id}  # receivers dedupe


def test_racing_workers_and_repeated_messages_send_each_event_once(
    workspace, http_server, monkeypatch
) -> None:
    queue = f"webhook-race-{os.getpid()}"
    monkeypatch.setattr(webhooks, "queue", lambda ids, countdown=None: None)
    http_server.route("/hook", Reply(200, delay=0.05))
    _endpoint(workspace, http_server)
    source = Source.objects.create(workspace=workspace, kind="rss", name="Feed")
    for _ in range(15):
        polling.pause(source)
        polling.resume(source)
    ids = list(WebhookDelivery.objects.values_list("pk", flat=True))
    assert len(ids) == 15
    workers = [
        _worker(queue, f"hook-race-{n}-{os.getpid()}@localhost", pool="threads") for n in "ab"
    ]
    try:
        for _ in range(3):  # the same ids queued three times, plus sweeps
            tasks.deliver_webhooks.apply_async([ids], queue=queue)
            tasks.webhook_sweep.apply_async(queue=queue)
        wait_for(
            lambda: WebhookDelivery.objects.filter(status="delivered").count() == 15,
            what="every delivery",
        )
        time.sleep(1)
    finally:
        for process in workers:
            stop_process(process)
    received = [r.header("webhook-id") for r in http_server.requests_to("/hook")]
    assert len(received) == len(set(received)) == 15
