"""Recovery figure: how long a crash delays work.

- recovery_after_worker_kill_s: a `make run` (its own embedded engines under
  var/bench/recovery) polls a local feed; the worker's main process is killed with
  `kill -9`, a new item is published and its source made due at that moment, and the
  figure is the time until that item is stored: the supervisor's restart, the worker's
  start, the claims its previous run held released, and the next dispatcher tick.
"""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings

from tests.helpers import free_port
from tests.localserver import LocalServer
from tests.supervised import Feed, RunInstance, wait_until


def run() -> list[tuple[str, float, str]]:
    var = Path(settings.BASE_DIR) / "var" / "bench" / "recovery"
    instance = RunInstance(var, free_port(), var.parent / "recovery-run.log")
    server = LocalServer()
    try:
        feed = Feed(server)
        feed.add("Acme before the crash")
        instance.start()
        instance.wait_healthy()
        instance.sql("UPDATE mentions_source SET enabled = false")  # earlier runs: closed ports
        source = instance.add_source(feed.url)
        wait_until(lambda: instance.stored("Acme before the crash"), 120, "the first poll")
        instance.wait_healthy()
        title = feed.add(f"Acme after the crash {time.time_ns()}")
        killed = time.monotonic()
        instance.kill("worker")
        instance.poll_soon(source)
        wait_until(lambda: instance.stored(title) == 1, 300, "the poll after the crash")
        return [("recovery_after_worker_kill_s", time.monotonic() - killed, "s")]
    finally:
        server.close()
        instance.stop()
        instance.stop_engines()
