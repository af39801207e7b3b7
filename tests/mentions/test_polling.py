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
    assert outcome.outcome == "ok" and outcome.new >= 2
    assert feed.last_warnings and "well-formed" in feed.last_warnings[0]


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
    assert feed.pk in polling.due_sources(now + polling.LEASE + timedelta(seconds=1))


def test_poll_log_is_pruned(feed, monkeypatch) -> None:
    monkeypatch.setattr(PollLog, "KEEP", 3)
    for _ in range(6):
        Source.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
        poll(feed)
    assert PollLog.objects.filter(source=feed).count() == 3
