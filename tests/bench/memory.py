"""Worker memory (peak RSS) while one poll ingests a 15 MB feed end to end.

The poll runs in a fresh child process, as a Celery worker child would, and the figure is
that process's peak resident set size (getrusage of the finished child).
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import uuid

from mentions.models import Brand, Source
from orm_dashboard.models import Workspace
from tests.bench.ingest import body
from tests.localserver import LocalServer, Reply
from tests.mentions.factories import rss_feed

TARGET_BYTES = 15 * 1024 * 1024 - 64 * 1024  # just under the client's 15 MiB cap

CHILD = """
import os, django
django.setup()
from mentions import polling
outcome = polling.poll(int(os.environ["BENCH_SOURCE_ID"]))
print(outcome.outcome, outcome.new, outcome.error)
"""


def run() -> list[tuple[str, float, str]]:
    rng = random.Random(7)
    run_id = uuid.uuid4().hex[:8]
    workspace = Workspace.objects.create(name=f"Memory {run_id}", slug=f"memory-{run_id}")
    Brand.objects.create(workspace=workspace, name="Acme", slug="acme")
    entries, size = [], 0
    while size < TARGET_BYTES - 8 * 1024:
        i = len(entries)
        entry = {
            "guid": f"{run_id}-{i}",
            "link": f"https://mem.example/{run_id}/{i}",
            "title": f"Acme item {i}",
            "description": body(rng),
        }
        entries.append(entry)
        size += len(entry["description"]) + 200
    document = rss_feed(entries).encode()
    while len(document) > TARGET_BYTES:  # escaping makes the XML larger than the estimate
        entries = entries[: int(len(entries) * TARGET_BYTES / len(document)) - 1]
        document = rss_feed(entries).encode()
    server = LocalServer()
    server.route("/big", Reply(200, document, {"Content-Type": "application/rss+xml"}))
    source = Source.objects.create(
        workspace=workspace, kind="rss", name="15 MB feed", config={"url": f"{server.url}/big"}
    )
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        result = subprocess.run(
            [sys.executable, "-c", CHILD],
            env={**os.environ, "BENCH_SOURCE_ID": str(source.pk)},
            capture_output=True,
            text=True,
            check=True,
            timeout=900,
        )
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    finally:
        server.close()
        # Its mentions would share the search index with the inbox bench's workspace and
        # make that figure slower run after run.
        workspace.delete()
    if not result.stdout.startswith("ok"):
        raise RuntimeError(
            f"the poll did not store the feed: {result.stdout} {result.stderr[-2000:]}"
        )
    if peak_kib <= before:
        raise RuntimeError("could not read the child's peak memory")
    print(
        f"# memory feed: {len(document) / 1048576:.1f} MB, {len(entries)} items, poll: {result.stdout.strip()}",
        file=sys.stderr,
    )
    return [("worker_rss_15mb_feed_mb", peak_kib / 1024, "MB")]
