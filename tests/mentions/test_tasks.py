"""Dispatch and polling through a real Celery worker on the real broker."""

from __future__ import annotations

import os
import signal
import threading
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from mentions import tasks
from mentions.models import Mention, PollLog, Source
from orm_dashboard import broker, engines
from tests.conftest import start_process, stop_process
from tests.helpers import worker_answers, worker_command
from tests.localserver import Reply
from tests.mentions.factories import brand, entries, rss_feed, rss_source

pytestmark = [pytest.mark.process, pytest.mark.django_db(transaction=True)]
RSS = {"Content-Type": "application/rss+xml"}


def wait_for(check, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture
def feed(http_server, workspace):
    brand(workspace)
    http_server.route("/feed", Reply(200, rss_feed(entries(4)), RSS))
    return rss_source(workspace, f"{http_server.url}/feed")


def test_dispatch_queues_due_sources_and_worker_stores(celery_worker_process, feed) -> None:
    assert tasks.dispatch_due_sources() == 1
    wait_for(lambda: PollLog.objects.filter(source=feed).exists())
    assert Mention.objects.filter(source=feed).count() == 4
    # Claimed and not yet due: a second tick queues nothing.
    assert tasks.dispatch_due_sources() == 0


def test_duplicate_delivery_of_a_poll_is_harmless(celery_worker_process, feed, http_server) -> None:
    from mentions import polling

    token = polling.claim(feed.pk, timezone.now())
    tasks.poll_source.delay(feed.pk, token)
    tasks.poll_source.delay(feed.pk, token)  # the same message delivered twice
    wait_for(lambda: PollLog.objects.filter(source=feed).exists())
    time.sleep(1)
    assert PollLog.objects.filter(source=feed).count() == 1
    assert len(http_server.requests_to("/feed")) == 1
    assert Mention.objects.count() == 4


def _slow_first(http_server, seconds: float):
    """The feed answers its first request only after ``seconds`` (a poll to kill mid-way)."""
    started = threading.Event()
    calls: list[int] = []

    def answer(request):
        calls.append(1)
        if len(calls) == 1:
            started.set()
            return Reply(200, rss_feed(entries(4)), RSS, delay=seconds)
        return Reply(200, rss_feed(entries(4)), RSS)

    http_server.route("/feed", answer)
    return started, calls


def _holder_pid(source: Source) -> int:
    wait_for(lambda: "#" in Source.objects.get(pk=source.pk).claimed_by)
    return int(Source.objects.get(pk=source.pk).claimed_by.partition("#")[2])


def test_a_poll_killed_mid_way_is_retried_at_once_and_stores_each_item_once(
    celery_worker_process, feed, http_server
) -> None:
    started, calls = _slow_first(http_server, 30)
    assert tasks.dispatch_due_sources() == 1
    assert started.wait(30), "the poll never fetched"
    assert Source.objects.get(pk=feed.pk).poll_state == "polling"
    os.kill(_holder_pid(feed), signal.SIGKILL)  # the pool process running the poll dies
    killed = time.monotonic()
    # The worker requeues the lost task (acks late, reject on worker lost); the redelivered
    # message still holds the dispatcher's claim, its first run is gone: it polls.
    wait_for(lambda: PollLog.objects.filter(source=feed).exists(), timeout=60)
    assert time.monotonic() - killed < 60
    assert len(calls) == 2
    assert Mention.objects.filter(source=feed).count() == 4
    assert list(PollLog.objects.filter(source=feed).values_list("outcome", "new")) == [("ok", 4)]


def test_a_worker_killed_mid_poll_frees_the_source_when_it_starts_again(
    celery_worker_process, feed, http_server, tmp_path
) -> None:
    """The worker's main process dies (its pool processes with it): the message stays
    unacknowledged for the visibility timeout and the claim would hold for a whole lease;
    the worker started again under its name releases it and dispatches it at once."""
    from mentions import polling

    started, _ = _slow_first(http_server, 60)
    queue, name = f"poll-kill-{os.getpid()}", f"poll-kill-{os.getpid()}@localhost"

    started_workers: list = []

    def worker() -> object:
        process = start_process(
            worker_command(name, "-Q", queue, "--concurrency", "1"),
            tmp_path / "worker.log",
        )
        started_workers.append(process)
        wait_for(lambda: process.poll() is not None or worker_answers(name))
        assert process.poll() is None, (tmp_path / "worker.log").read_text()[-2000:]
        return process

    # Not due while the first worker starts (a starting worker dispatches what is due)…
    Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now() + timedelta(hours=1))
    try:
        first = worker()
        token = polling.claim(feed.pk, timezone.now(), queued=True)
        tasks.poll_source.apply_async((feed.pk, token), queue=queue)
        assert started.wait(30), "the poll never fetched"
        child = _holder_pid(feed)
        first.kill()
        first.wait(10)
        wait_for(lambda: not _exists(child), timeout=10)  # the pool process died with it
        # …and due, as a source being polled is, when its worker dies.
        Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
        assert tasks.dispatch_due_sources() == 0  # still held by the dead poll's claim
        worker()
        # Started again, it releases the claim and polls what fell due before it started
        # at once (its on-start dispatch; the session worker may run the poll), no tick needed.
        wait_for(lambda: PollLog.objects.filter(source=feed).exists(), timeout=60)
    finally:
        for process in started_workers:
            stop_process(process)
    assert Mention.objects.filter(source=feed).count() == 4
    assert PollLog.objects.filter(source=feed).count() == 1
    assert (
        "released the claims its previous run left held: 1 mentions.Source"
        in (tmp_path / "worker.log").read_text()
    )


def _exists(pid: int) -> bool:
    from orm_dashboard.leases import process_alive

    return process_alive(pid)


def test_redis_restart_between_ticks_loses_and_doubles_nothing(celery_worker_process, feed) -> None:
    # A tick claims the source and queues its poll... then Redis loses the message.
    from mentions import polling

    now = timezone.now()
    token = polling.claim(feed.pk, now)
    assert token
    restart_redis(drop_data=True)
    # The lease keeps the source from being polled twice; once it runs out, the next tick
    # finds the source due again and the worker (reconnected) polls it exactly once.
    assert tasks.dispatch_due_sources() == 0
    Source.objects.filter(pk=feed.pk).update(claimed_until=now - timedelta(seconds=1))
    assert tasks.dispatch_due_sources() == 1
    wait_for(lambda: PollLog.objects.filter(source=feed).exists(), timeout=60)
    assert Mention.objects.count() == 4
    Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    assert tasks.dispatch_due_sources() == 1
    wait_for(lambda: PollLog.objects.filter(source=feed).count() == 2, timeout=60)
    assert Mention.objects.count() == 4


def restart_redis(*, drop_data: bool) -> None:
    """Restart the embedded Redis; with drop_data the queued messages are gone too."""
    from django.conf import settings

    if not settings.REDIS_URL.startswith("redis+socket://"):
        pytest.skip("restarting Redis needs the embedded server")
    client = broker.client()
    if drop_data:
        client.flushall()
    engines.stop_redis()
    wait_for(lambda: not _alive(), timeout=10)
    engines.redis_url()
    wait_for(_alive, timeout=10)
    # This process's pooled broker connections died with the old server; start afresh so
    # the tests after this one do not inherit broken pipes.
    from orm_dashboard.celery import app

    app.close()  # drops the pools; new connections are made on next use
    broker.reset()


def _alive() -> bool:
    try:
        return bool(broker.client().ping())
    except Exception:
        return False


def test_a_new_worker_process_warms_up_before_its_first_task(monkeypatch) -> None:
    from celery.signals import worker_process_init

    from mentions import languages
    from orm_dashboard import http

    monkeypatch.setattr(languages, "_detector", None)
    http.ssl_context.cache_clear()
    worker_process_init.send(sender=None)  # what Celery sends in each new worker process
    assert languages._detector is not None
    assert http.ssl_context.cache_info().currsize == 1


def test_a_rescore_whose_pool_process_is_killed_goes_on_from_its_cursor(
    celery_worker_process, workspace
) -> None:
    """A lexicon change re-scores 4,000 mentions on a real worker; the pool process running
    the job is killed mid-chunk. The redelivered task takes the dead process's lease at once
    and goes on from the last batch recorded: every mention ends re-scored, the hourly
    counts match the mentions (nothing counted twice), and the job says so."""
    from mentions.ingest import ingest
    from mentions.models import LexiconEntry, MentionBrand, RescoreJob
    from mentions.rescore import start_lexicon_rescore
    from tests.mentions.factories import T0, item
    from tests.mentions.test_sentiment_corrections import aggregated, direct_counts

    brand(workspace)
    filler = " The delivery came on Tuesday and the box was the usual size." * 30
    texts = [f"These Acme skates are sick.{filler}"] * 4000
    recent = [item(i, text, published_at=T0 - timedelta(minutes=i)) for i, text in enumerate(texts)]
    ingest(workspace, recent)  # all within the 30 days a lexicon change re-scores
    assert set(MentionBrand.objects.values_list("sentiment_label", flat=True)) == {"negative"}
    LexiconEntry.objects.create(workspace=workspace, phrase="sick", valence=3.0)
    job = start_lexicon_rescore(workspace, None)
    tasks.run_rescore.delay(job.pk)

    def running() -> bool:
        row = RescoreJob.objects.get(pk=job.pk)
        return "#" in row.claimed_by and row.done >= 400

    wait_for(running, timeout=60)
    running_job = RescoreJob.objects.get(pk=job.pk)
    os.kill(int(running_job.claimed_by.partition("#")[2]), signal.SIGKILL)
    wait_for(lambda: RescoreJob.objects.get(pk=job.pk).finished_at is not None, timeout=120)
    job.refresh_from_db()
    assert (job.done, job.total) == (4000, 4000)
    assert running_job.done < 4000  # it was killed before the end
    assert set(MentionBrand.objects.values_list("sentiment_label", flat=True)) == {"positive"}
    assert aggregated(workspace) == direct_counts(workspace)
