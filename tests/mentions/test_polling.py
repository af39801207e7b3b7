"""Polling against a real local HTTP server playing the feed."""

from __future__ import annotations

import gzip
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mentions import polling
from mentions.models import Mention, PollLog, Source
from tests.localserver import Reply
from tests.mentions.factories import brand, entries, rss_feed, rss_source

pytestmark = pytest.mark.django_db

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}


@pytest.fixture
def feed(http_server, workspace):
    brand(workspace)
    http_server.route("/feed", Reply(200, rss_feed(entries(3)), {**RSS, "ETag": '"v1"'}))
    return rss_source(workspace, f"{http_server.url}/feed")


def poll(source: Source) -> polling.PollOutcome:
    outcome = polling.poll(source.pk)
    source.refresh_from_db()
    return outcome


def test_first_poll_stores_and_records_health(feed) -> None:
    outcome = poll(feed)
    assert (outcome.outcome, outcome.new) == ("ok", 3)
    assert Mention.objects.filter(source=feed).count() == 3
    assert feed.etag == '"v1"'
    assert feed.error_count == 0 and feed.last_success_at is not None
    assert feed.next_poll_at > timezone.now() + timedelta(minutes=14)
    assert feed.claim_token == "" and feed.claimed_until is None
    log = PollLog.objects.get()
    assert (log.outcome, log.new, log.duplicates) == ("ok", 3, 0)


def test_unchanged_feed_answers_304_and_touches_no_mention_rows(feed, http_server) -> None:
    poll(feed)

    def conditional(request):
        if request.header("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(200, rss_feed(entries(3)), RSS)

    http_server.route("/feed", conditional)
    Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    with CaptureQueriesContext(connection) as queries:
        outcome = poll(feed)
    assert outcome.outcome == "not_modified"
    assert not [q for q in queries.captured_queries if "mentions_mention" in q["sql"]]
    assert PollLog.objects.filter(outcome="not_modified").count() == 1


def test_server_error_backs_off_and_keeps_data(feed, http_server) -> None:
    poll(feed)
    http_server.route("/feed", Reply(500, "boom"))
    before = timezone.now()
    outcome = poll(feed)
    assert outcome.outcome == "error"
    assert "500" in feed.last_error
    assert feed.error_count == 1
    assert feed.next_poll_at >= before + feed.interval
    poll_again_at = feed.next_poll_at
    Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    poll(feed)
    assert feed.error_count == 2
    # exponential: the second failure waits twice the interval
    assert feed.next_poll_at - timezone.now() > timedelta(minutes=29)
    assert poll_again_at < feed.next_poll_at
    assert Mention.objects.count() == 3  # nothing lost


def test_429_honours_retry_after(feed, http_server) -> None:
    http_server.route("/feed", Reply(429, "slow down", {"Retry-After": "7200"}))
    poll(feed)
    assert feed.error_count == 1
    assert feed.next_poll_at - timezone.now() > timedelta(minutes=115)


def test_timeout_is_an_error_not_a_hang(feed, http_server, monkeypatch) -> None:
    from orm_dashboard import http

    monkeypatch.setitem(http.fetch.__kwdefaults__, "timeout", 1.0)  # the 30 s limit, shortened
    http_server.route("/feed", Reply(200, rss_feed(entries(1)), RSS, delay=3))
    outcome = poll(feed)
    assert outcome.outcome == "error"
    assert "timed out" in feed.last_error


def test_ten_failures_pause_the_source_and_one_success_resets(feed, http_server) -> None:
    http_server.route("/feed", Reply(503, "down"))
    for _ in range(Source.PAUSE_AFTER_FAILURES):
        Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
        poll(feed)
    assert feed.paused_reason.startswith("Paused after 10 failed polls")
    assert feed.status == "paused"
    assert polling.due_sources(timezone.now() + timedelta(days=2)) == []
    assert poll(feed).outcome == "skipped"  # paused sources are not polled
    http_server.route("/feed", Reply(200, rss_feed(entries(2)), RSS))
    polling.resume(feed)
    assert poll(feed).outcome == "ok"
    assert (feed.error_count, feed.paused_reason, feed.status) == (0, "", "healthy")


def test_private_address_refused_when_not_allowed(feed, settings) -> None:
    settings.ALLOW_PRIVATE_SOURCE_URLS = False
    poll(feed)
    assert "private" in feed.last_error
    assert Mention.objects.count() == 0


def test_oversized_body_is_cut_with_clear_error(feed, http_server, monkeypatch) -> None:
    from orm_dashboard import http

    monkeypatch.setitem(http.fetch.__kwdefaults__, "max_bytes", 64 * 1024)
    big = rss_feed(entries(1, text="Acme " + "x" * 200_000))
    http_server.route("/feed", Reply(200, big, RSS))
    poll(feed)
    assert "larger than" in feed.last_error or "cut" in feed.last_error
    assert Mention.objects.count() == 0


def test_gzip_bomb_is_cut(feed, http_server) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * (40 * 1024 * 1024))
    http_server.route("/feed", Reply(200, bomb, {**RSS, "Content-Encoding": "gzip"}))
    poll(feed)
    assert "larger than" in feed.last_error or "cut" in feed.last_error


def test_malformed_xml_still_yields_entries(feed, http_server) -> None:
    broken = rss_feed(entries(2)).replace("</channel></rss>", "<item><title>Acme & co</title")
    http_server.route("/feed", Reply(200, broken, RSS))
    outcome = poll(feed)
    assert outcome.outcome == "ok" and outcome.new == 2
    assert feed.last_warnings and "well-formed" in feed.last_warnings[0]
    assert not Mention.objects.filter(title__startswith="Acme & co").exists()
    assert feed.status == "warning"  # read, but not cleanly: not "healthy"
    Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    http_server.route("/feed", Reply(200, rss_feed(entries(2)), RSS))
    poll(feed)
    assert feed.status == "healthy" and feed.last_warnings == []


def test_feed_changing_its_guids_is_not_doubled(feed, http_server) -> None:
    poll(feed)
    http_server.route("/feed", Reply(200, rss_feed(entries(3, guid_prefix="new")), RSS))
    Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    outcome = poll(feed)
    assert (outcome.new, outcome.duplicates) == (0, 3)
    assert Mention.objects.count() == 3


def test_hostile_html_in_an_item_is_stored_sanitized(feed, http_server) -> None:
    hostile = [
        {
            **entries(1)[0],
            "description": '<p>Acme<img src=x onerror="alert(1)"><a hx-get="/x">y</a></p>',
        }
    ]
    http_server.route("/feed", Reply(200, rss_feed(hostile), RSS))
    poll(feed)
    html = Mention.objects.get().html
    assert "onerror" not in html and "hx-get" not in html and "<img" not in html


@pytest.mark.django_db(transaction=True)
def test_two_workers_polling_at_once_store_once(feed, http_server) -> None:
    http_server.route("/feed", Reply(200, rss_feed(entries(5)), RSS, delay=0.5))
    outcomes = []

    def worker() -> None:
        try:
            outcomes.append(polling.poll(feed.pk).outcome)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "skipped"]
    assert Mention.objects.count() == 5
    assert len(http_server.requests_to("/feed")) == 1


def test_stale_token_is_ignored(feed) -> None:
    token = polling.claim(feed.pk, timezone.now())
    assert token
    assert polling.poll(feed.pk, token="not-the-token").outcome == "skipped"
    assert polling.poll(feed.pk, token=token).outcome == "ok"
    # A second delivery of the same task message finds the token used up.
    assert polling.poll(feed.pk, token=token).outcome == "skipped"
    assert Mention.objects.count() == 3


def test_expired_lease_makes_a_source_due_again(feed) -> None:
    now = timezone.now()
    assert polling.claim(feed.pk, now)
    assert feed.pk not in polling.due_sources(now)
    assert feed.pk in polling.due_sources(now + polling.lease() + timedelta(seconds=1))


def test_poll_log_is_pruned(feed, monkeypatch) -> None:
    monkeypatch.setattr(PollLog, "KEEP", 3)
    for _ in range(6):
        Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
        poll(feed)
    assert PollLog.objects.filter(source=feed).count() == 3


# --- leases that match the work ---------------------------------------------------------


def test_a_polls_lease_is_the_task_time_limit_and_a_little_more(feed, settings) -> None:
    settings.CELERY_TASK_TIME_LIMIT = 300
    now = timezone.now()
    assert polling.claim(feed.pk, now, queued=True)
    feed.refresh_from_db()
    held = feed.claimed_until - now
    assert timedelta(seconds=300) < held <= timedelta(seconds=360)
    settings.CELERY_TASK_TIME_LIMIT = 60
    assert polling.lease() < timedelta(seconds=120)


def test_a_redelivered_poll_whose_claim_is_still_its_own_continues(feed) -> None:
    token = polling.claim(feed.pk, timezone.now(), queued=True)
    # The first delivery started (renewing the dispatcher's claim as its own) and its worker
    # process died before it stored anything: the claim still carries the same token.
    assert polling.claim(feed.pk, timezone.now(), token=token) == token
    outcome = polling.poll(feed.pk, token=token)  # the redelivered message
    assert (outcome.outcome, outcome.new) == ("ok", 3)
    assert polling.poll(feed.pk, token=token).outcome == "skipped"  # done: released
    assert Mention.objects.count() == 3


def test_a_second_delivery_while_the_first_runs_is_skipped(feed) -> None:
    token = polling.claim(feed.pk, timezone.now(), queued=True)
    # The first run holds it from a live process of this very node (this test process).
    import os

    Source.objects.filter(pk=feed.pk).update(claimed_by=f"celery@here#{os.getpid()}")
    from orm_dashboard import leases

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(leases, "holder", lambda: "celery@here#1")
        assert polling.claim(feed.pk, timezone.now(), token=token) is None
        # ...and a run whose process is gone is taken over.
        Source.objects.filter(pk=feed.pk).update(claimed_by="celery@here#999999999")
        assert polling.claim(feed.pk, timezone.now(), token=token) == token
    feed.refresh_from_db()
    assert feed.claimed_by == "celery@here#1"


def test_a_restarted_worker_releases_what_its_crashed_run_held(feed) -> None:
    from orm_dashboard import leases

    now = timezone.now()
    token = polling.claim(feed.pk, now, queued=True)
    Source.objects.filter(pk=feed.pk).update(claimed_by="celery@box#4242")
    assert feed.pk not in polling.due_sources(now)
    assert leases.release_abandoned("celery@other") == {}
    assert leases.release_abandoned("celery@box") == {"mentions.Source": 1}
    assert feed.pk in polling.due_sources(now)
    assert polling.poll(feed.pk, token=token).outcome == "skipped"  # the old message


def test_source_list_and_page_show_a_poll_in_progress(feed, owner_client, workspace) -> None:
    from orm_dashboard import leases

    now = timezone.now()
    rows = Source.objects.filter(pk=feed.pk)
    leases.claim(rows, now, polling.lease(), by="celery@box#1")
    listing = owner_client.get(f"/w/{workspace.slug}/settings/sources/").content.decode()
    since = timezone.localtime(now).strftime("%H:%M:%S")
    assert "polling since <time" in listing and since in listing
    page = owner_client.get(f"/w/{workspace.slug}/settings/sources/{feed.pk}/").content.decode()
    assert f"polling now, since {since}" in page
    rows.update(**leases.RELEASED)
    leases.claim(rows, now, polling.lease(), by="")
    listing = owner_client.get(f"/w/{workspace.slug}/settings/sources/").content.decode()
    assert "queued since" in listing and "polling since" not in listing
    # A lease that ran out holds nothing: the source is simply due.
    rows.update(claimed_until=now - timedelta(seconds=1), next_poll_at=now)
    listing = owner_client.get(f"/w/{workspace.slug}/settings/sources/").content.decode()
    assert "queued since" not in listing and ">due<" in listing


def test_poll_now_tells_the_truth(feed, owner_client, workspace, monkeypatch) -> None:
    from mentions import tasks
    from orm_dashboard import leases

    sent = []
    monkeypatch.setattr(tasks.poll_source, "delay", lambda *args: sent.append(args))
    url = f"/w/{workspace.slug}/settings/sources/{feed.pk}/poll/"

    def message() -> str:
        response = owner_client.post(url, follow=True)
        return " ".join(str(m) for m in response.context["messages"])

    assert "is queued" in message()
    (args,) = sent
    feed.refresh_from_db()
    assert args == (feed.pk, feed.claim_token) and feed.poll_state == "queued"
    assert "already queued" in message() and len(sent) == 1
    Source.objects.filter(pk=feed.pk).update(claimed_by="celery@box#1")
    assert "being polled right now" in message() and len(sent) == 1
    Source.objects.filter(pk=feed.pk).update(**leases.RELEASED)

    def broker_down(*args):
        from kombu.exceptions import OperationalError

        raise OperationalError("Error 111 connecting")

    monkeypatch.setattr(tasks.poll_source, "delay", broker_down)
    assert "cannot be reached" in message()
    feed.refresh_from_db()
    assert feed.claim_token == "" and feed.pk in polling.due_sources(timezone.now())
    Source.objects.filter(pk=feed.pk).update(enabled=False)
    assert "paused" in message()


# --- the beat tick ------------------------------------------------------------------------


def test_a_source_polled_every_minute_is_due_at_the_tick_a_minute_later(feed, settings) -> None:
    """Frozen clock: beat ticks at t0, t0+30 s, t0+60 s; the poll at t0 started a moment
    late and set its next poll to start + 1 min, just after the t0+60 s tick."""
    settings.BEAT_TICK_SECONDS = 30
    t0 = timezone.now().replace(microsecond=0)
    started = t0 + timedelta(seconds=1.5)
    Source.objects.filter(pk=feed.pk).update(
        interval=timedelta(minutes=1), next_poll_at=started + timedelta(minutes=1)
    )
    assert feed.pk not in polling.due_sources(t0 + timedelta(seconds=30))
    assert feed.pk in polling.due_sources(t0 + timedelta(seconds=60))
    # never more than half a tick early
    Source.objects.filter(pk=feed.pk).update(next_poll_at=t0 + timedelta(seconds=16))
    assert feed.pk not in polling.due_sources(t0)
    Source.objects.filter(pk=feed.pk).update(next_poll_at=t0 + timedelta(seconds=15))
    assert feed.pk in polling.due_sources(t0)


def test_polls_every_minute_run_every_minute_over_ten_ticks(feed, monkeypatch) -> None:
    """The whole loop with a frozen clock: dispatch at each 30 s tick, the poll starts a
    second later; a 1-minute source is polled at every second tick, never every third."""
    from django.utils import timezone as tz

    Source.objects.filter(pk=feed.pk).update(interval=timedelta(minutes=1))
    t0 = tz.now().replace(microsecond=0)
    Source.objects.filter(pk=feed.pk).update(next_poll_at=t0)
    polled_at = []
    for n in range(10):
        tick = t0 + timedelta(seconds=30 * n)
        if feed.pk in polling.due_sources(tick):
            token = polling.claim(feed.pk, tick, queued=True)
            monkeypatch.setattr(tz, "now", lambda tick=tick: tick + timedelta(seconds=1))
            assert polling.poll(feed.pk, token=token).outcome in ("ok", "not_modified")
            monkeypatch.undo()
            polled_at.append(n)
    assert polled_at == [0, 2, 4, 6, 8]


def test_on_start_dispatch_takes_only_what_fell_due_before_the_worker_started(feed) -> None:
    now = timezone.now()
    Source.objects.filter(pk=feed.pk).update(next_poll_at=now)
    assert polling.due_sources(now, due_before=now - timedelta(seconds=1)) == []
    assert polling.due_sources(now, due_before=now) == [feed.pk]
