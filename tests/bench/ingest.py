"""Ingest throughput end to end, and what re-polling an unchanged feed costs.

What ``ingest`` measures: FEEDS RSS feeds of ITEMS_PER_FEED items (~2 KB bodies each) are
served over loopback HTTP by ``tests.localserver``, and WORKERS worker processes (2 by
default, the 2-core budget machine; ``BENCH_INGEST_WORKERS`` overrides, 0 polls in the bench
process itself, for profiling) poll them through
the production path, ``mentions.polling.poll`` (HTTP fetch, feedparser, normalise, match,
language detection, sentiment, dedupe, insert of mentions and brand matches, hourly counts,
syndication links, commit). This is the shape of production: Celery's prefork pool forks
its worker processes from the parent and each takes the next ``poll_source`` task from the
queue. Here the workers are forked from the bench process before the data is made, each
opens its own database connection and warms up as Celery's worker processes do
(``mentions.tasks.warm_up``: the sentiment lexicon, the language detector, the TLS
certificate store, the broker connection), then takes source ids from a queue until it is
empty. The clock starts when the
first id is queued and stops when every worker has reported its polls done (each poll
commits before it reports), so the figure is stored mentions (counted again in the
database) / wall time.

A comment line on stderr says where the time went: the CPU seconds per mention of the
workers and of their Postgres backends (read from /proc when Postgres runs on this
machine). On two cores, 1,000 mentions/s needs the two together at or under 2 ms. The
throughput of a shared virtual machine varies by a third from run to run; the CPU split
varies with it but shows what each side costs.

``ingest_10m`` (with `make bench SCALE=10m`; ``ingest_<scale>`` for another scale than the
default): the same, into the generated workspace of that many mentions (tests/bench/inbox.py),
so the dedupe lookups, the search index and every other index are that big. What it stored
is taken out again afterwards (and its hourly counts), so the other figures stay comparable.

``repoll_unchanged_mention_queries``: the queries against the mention table when a feed
answers 304, counted in the bench process on a re-poll of the first feed.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import time
import uuid
from typing import Any

FEEDS = 10
ITEMS_PER_FEED = 200
WORKERS = int(os.environ.get("BENCH_INGEST_WORKERS", "2"))
WORDS = (
    "the service was quick and friendly but the delivery took far too long and the box arrived "
    "damaged which is disappointing for a brand that promises premium quality at premium prices "
    "our team loved the new design and the battery life is excellent compared with last year"
).split()


def body(rng: random.Random) -> str:
    sentences = []
    while sum(len(s) for s in sentences) < 2000:
        words = rng.choices(WORDS, k=rng.randint(8, 20))
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), rng.choice(["Acme", "Globex"]))
        sentences.append(" ".join(words).capitalize() + ".")
    return "<p>" + " ".join(sentences) + " Acme.</p>"


def _worker(tasks: multiprocessing.Queue, results: multiprocessing.Queue) -> None:
    """One forked worker process: warm up, then poll source ids until the None sentinel."""
    from django.db import connection, connections

    from mentions import polling
    from mentions.tasks import warm_up

    try:
        connection.ensure_connection()
        warm_up()  # what Celery's worker_process_init runs in each worker process
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            backend = cursor.fetchone()[0]
        cpu, db_cpu = time.process_time(), _cpu_seconds(backend)
        results.put(("ready", 0))
        while (source_id := tasks.get()) is not None:
            results.put(("done", polling.poll(source_id).new))
        db_used = _cpu_seconds(backend) - db_cpu if db_cpu is not None else float("nan")
        results.put(("cpu", (time.process_time() - cpu, db_used)))
    except BaseException as exc:  # report, so the bench process does not wait forever
        results.put(("error", repr(exc)))
        raise
    finally:
        connections.close_all()


def _take_out(workspace: Any, sources: list[Any]) -> None:
    """Delete what the bench stored in a generated workspace: its mentions, the hourly
    counts of its sources (only its mentions were counted under them) and the sources."""
    from mentions.models import HourlyCount, Mention, Source

    Mention.objects.filter(workspace=workspace, source__in=sources).delete()
    HourlyCount.objects.filter(workspace=workspace, source__in=sources).delete()
    Source.objects.filter(pk__in=[s.pk for s in sources]).delete()


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of a process on this machine; None if it cannot be read
    (a Postgres elsewhere, no /proc)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _result(results: multiprocessing.Queue, *kinds: str) -> Any:
    """The next message's value (with its kind when several kinds are expected)."""
    got, value = results.get(timeout=600)
    if got not in kinds:
        raise RuntimeError(f"bench worker: {got} {value}")
    return (got, value) if len(kinds) > 1 else value


def run() -> list[tuple[str, float, str]]:
    from django.db import connection, connections
    from django.test.utils import CaptureQueriesContext

    from mentions import polling
    from mentions.models import Brand, Mention, Source
    from orm_dashboard.models import Workspace
    from tests.bench import scale
    from tests.localserver import LocalServer, Reply
    from tests.mentions.factories import rss_feed

    big = not scale.IS_DEFAULT
    if big:  # generated (once) before the fork
        from tests.bench.inbox import ensure_data

        big_workspace = ensure_data()[0]
    # Fork the workers first: no server thread or database connection crosses the fork.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    tasks, results = context.Queue(), context.Queue()
    workers = [context.Process(target=_worker, args=(tasks, results)) for _ in range(WORKERS)]
    for w in workers:
        w.start()

    rng = random.Random(42)
    run_id = uuid.uuid4().hex[:8]
    if big:
        workspace = big_workspace
    else:
        workspace = Workspace.objects.create(name=f"Bench {run_id}", slug=f"bench-{run_id}")
        Brand.objects.create(workspace=workspace, name="Acme", slug="acme")
        Brand.objects.create(workspace=workspace, name="Globex", slug="globex", is_competitor=True)
    server = LocalServer()
    sources = []
    try:
        for f in range(FEEDS):
            entries = [
                {
                    "guid": f"{run_id}-{f}-{i}",
                    "link": f"https://bench.example/{run_id}/{f}/{i}",
                    "title": f"Acme report {f}-{i}",
                    "description": body(rng),
                }
                for i in range(ITEMS_PER_FEED)
            ]
            document = rss_feed(entries).encode()
            etag = f'"{run_id}-{f}"'

            def answer(request, document=document, etag=etag):
                if request.header("If-None-Match") == etag:
                    return Reply(304, b"", {"ETag": etag})
                return Reply(200, document, {"Content-Type": "application/rss+xml", "ETag": etag})

            server.route(f"/feed/{f}", answer)
            sources.append(
                Source.objects.create(
                    workspace=workspace,
                    kind="rss",
                    name=f"bench {f}",
                    config={"url": f"{server.url}/feed/{f}"},
                )
            )
        for _ in workers:
            _result(results, "ready")

        started = time.perf_counter()
        if not workers:
            reported = sum(polling.poll(s.pk).new for s in sources)
        for s in sources if workers else ():
            tasks.put(s.pk)
        for _ in workers:
            tasks.put(None)
        used: list[tuple[float, float]] = []
        if workers:
            reported = 0
            for _ in sources:
                while (message := _result(results, "done", "cpu"))[0] == "cpu":
                    used.append(message[1])  # a worker with nothing left to take
                reported += message[1]
        elapsed = time.perf_counter() - started
        while len(used) < len(workers):
            used.append(_result(results, "cpu"))
        if used:
            per_mention = 1000 / (FEEDS * ITEMS_PER_FEED)
            print(
                f"# ingest CPU per mention: workers {sum(u[0] for u in used) * per_mention:.2f} ms,"
                f" their Postgres backends {sum(u[1] for u in used) * per_mention:.2f} ms"
                f" ({os.cpu_count()} cores)",
                file=sys.stderr,
            )
        for w in workers:
            w.join(timeout=60)
        stored = Mention.objects.filter(workspace=workspace, source__in=sources).count()
        assert stored == reported == FEEDS * ITEMS_PER_FEED, (stored, reported)

        Source.objects.filter(workspace=workspace).update(next_poll_at=polling.timezone.now())
        with CaptureQueriesContext(connection) as queries:
            outcome = polling.poll(sources[0].pk)
        assert outcome.outcome == "not_modified", outcome
        mention_queries = sum(1 for q in queries.captured_queries if "mentions_mention" in q["sql"])
    finally:
        server.close()
        for w in workers:
            if w.is_alive():
                w.terminate()
                w.join()
        # Each stored poll queued a crisis evaluation; no worker consumes the bench's
        # broker here, so drop them rather than let them pile up run after run.
        from orm_dashboard.celery import app

        app.control.purge()
        # Nor do its mentions stay: they share the search index with the 1,000,000-mention
        # workspace, and every run would make the inbox search figure slower.
        if big:
            _take_out(workspace, sources)
        else:
            workspace.delete()
    return [
        ("ingest" if not big else f"ingest_{scale.label()}", stored / elapsed, "mentions/s"),
        ("repoll_unchanged_mention_queries", mention_queries, ""),
    ]
