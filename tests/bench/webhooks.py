"""webhook_delivery_latency_s: from the commit that stores a mention to a local HTTP server
receiving its signed mention.created delivery, through a real `celery worker` subprocess.

The worst of 10 mentions stored one after another (each waits for its delivery)."""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from mentions.connectors.base import Item
from mentions.ingest import ingest
from mentions.models import Brand
from orm_dashboard import webhooks
from orm_dashboard.models import WebhookEndpoint, Workspace
from tests.conftest import start_process, stop_process
from tests.helpers import worker_answers, worker_command
from tests.localserver import LocalServer, Reply

ROUNDS = 10


def run() -> list[tuple[str, float, str]]:
    from orm_dashboard.celery import app

    server = LocalServer()
    arrived: dict[str, float] = {}
    got = threading.Event()

    def receive(request: object) -> Reply:
        arrived[request.header("webhook-id")] = time.perf_counter()  # type: ignore[attr-defined]
        got.set()
        return Reply(204)

    server.route("/hook", receive)
    run_id = uuid.uuid4().hex[:8]
    workspace = Workspace.objects.create(name=f"Bench hooks {run_id}", slug=f"bench-hook-{run_id}")
    brand = Brand.objects.create(workspace=workspace, name="Acme", slug="acme")
    WebhookEndpoint.objects.create(
        workspace=workspace,
        url=server.url + "/hook",
        secret=webhooks.new_secret(),
        events=["mention.created"],
    )
    name = f"bench-hooks-{run_id}@localhost"
    logs = Path(tempfile.mkdtemp(prefix="webhook-bench-"))
    app.control.purge()
    worker = start_process(
        worker_command(name, "--concurrency", "2", loglevel="WARNING"),
        logs / "worker.log",
        ALLOW_PRIVATE_SOURCE_URLS="true",
    )
    samples = []
    try:
        deadline = time.monotonic() + 120
        while not worker_answers(name):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start; see {logs}")
        for i in range(ROUNDS):
            got.clear()
            committed = [0.0]
            item = Item(
                external_id=f"{run_id}-{i}",
                url=f"https://bench.example/{run_id}/{i}",
                title=f"Acme news {i}",
                text=f"People talk about Acme ({i})",
                published_at=timezone.now() - timedelta(minutes=1),
            )
            with transaction.atomic():
                transaction.on_commit(lambda c=committed: c.__setitem__(0, time.perf_counter()))
                ingest(workspace, [item], bound_brand_id=brand.pk)
            if not got.wait(60):
                raise RuntimeError(f"no delivery within 60 s; see {logs}")
            samples.append(max(arrived.values()) - committed[0])
            arrived.clear()
    finally:
        stop_process(worker, timeout=20)
        server.close()
        workspace.delete()
    return [("webhook_delivery_latency_s", max(samples), "s")]
