"""Publishing approved replies: once, after the send delay, retried with back-off while the
platform is down, left for a person when it refuses, and never posted twice."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from orm_dashboard.models import Event
from reviews import publishing
from reviews.models import Reply
from tests.localserver import Reply as R
from tests.reviews import factories as f

pytestmark = pytest.mark.django_db
S = Reply.Status
TOKEN = json.dumps({"access_token": "at-1", "expires_in": 3600})
REVIEW = "accounts/111/locations/222/reviews/r1"
REPLY_PATH = f"/v4/{REVIEW}/reply"


def scheduled(workspace, teammate, server, *, due: bool = True, **config: str) -> Reply:
    src = f.source(
        workspace,
        "google_business",
        api_base=server.url + "/v4",
        token_url=server.url + "/token",
        **config,
    )
    mention = f.review(workspace, src, external_id=REVIEW)
    reply = f.reply(mention, teammate, f.GOOD_REPLY, S.SCHEDULED)
    when = timezone.now() - timedelta(seconds=1) if due else timezone.now() + timedelta(minutes=9)
    Reply.objects.filter(pk=reply.pk).update(publish_after=when)
    reply.refresh_from_db()
    return reply


def platform(server, *replies: R, existing: str | None = None) -> None:
    server.route("/token", R(200, TOKEN))
    ok = R(200, json.dumps({"comment": f.GOOD_REPLY, "updateTime": "2026-11-20T12:00:00Z"}))
    server.route(REPLY_PATH, list(replies) or ok)
    review = {"name": REVIEW, "starRating": "TWO", "comment": "Crashes"}
    if existing:
        review["reviewReply"] = {"comment": existing, "updateTime": "2026-11-20T12:00:00Z"}
    server.route(f"/v4/{REVIEW}", R(200, json.dumps(review)))


def posts(server) -> int:
    return len([r for r in server.requests_to(REPLY_PATH) if r.method == "PUT"])


def verbs(reply: Reply) -> list[str]:
    return list(
        Event.objects.filter(object_type="reply", object_id=reply.pk)
        .order_by("id")
        .values_list("verb", flat=True)
    )


def test_publishes_once_and_records_the_platform_reply(workspace, teammate, http_server) -> None:
    platform(http_server)
    reply = scheduled(workspace, teammate, http_server)
    assert publishing.publish(reply.pk) == "published"
    assert publishing.publish(reply.pk) == "skipped"  # delivered twice: nothing happens
    reply.refresh_from_db()
    assert reply.status == S.PUBLISHED and reply.attempts == 1
    assert reply.external_id == f"{REVIEW}/reply"
    assert posts(http_server) == 1
    sent = http_server.requests_to(REPLY_PATH)[0]
    assert json.loads(sent.body) == {"comment": f.GOOD_REPLY}
    assert verbs(reply) == ["reply.publishing", "reply.published"]


def test_nothing_goes_out_during_the_send_delay(workspace, teammate, http_server) -> None:
    platform(http_server)
    reply = scheduled(workspace, teammate, http_server, due=False)
    assert publishing.due(timezone.now()) == []
    assert publishing.publish(reply.pk) == "skipped"
    assert http_server.requests == []


def test_a_crashed_attempt_is_checked_before_posting_again(
    workspace, teammate, http_server
) -> None:
    """The worker died after the platform took the reply: the next claim finds it there."""
    platform(http_server, existing=f.GOOD_REPLY)
    reply = scheduled(workspace, teammate, http_server)
    Reply.objects.filter(pk=reply.pk).update(
        status=S.PUBLISHING, attempts=1, claimed_until=timezone.now() - timedelta(seconds=1)
    )
    assert publishing.due(timezone.now()) == [reply.pk]
    assert publishing.publish(reply.pk) == "published"
    assert posts(http_server) == 0
    reply.refresh_from_db()
    assert reply.status == S.PUBLISHED and reply.attempts == 2
    event = Event.objects.get(verb="reply.published", object_id=reply.pk)
    assert event.data["already_on_platform"] is True


def test_a_live_lease_is_not_taken_over(workspace, teammate, http_server) -> None:
    platform(http_server)
    reply = scheduled(workspace, teammate, http_server)
    Reply.objects.filter(pk=reply.pk).update(
        status=S.PUBLISHING, attempts=1, claimed_until=timezone.now() + timedelta(minutes=1)
    )
    assert publishing.publish(reply.pk) == "skipped"
    assert http_server.requests == []


def test_platform_down_then_up(workspace, teammate, http_server) -> None:
    down = R(503, "backend error")
    platform(http_server, down, down, R(200, json.dumps({"comment": f.GOOD_REPLY})))
    reply = scheduled(workspace, teammate, http_server)

    before = timezone.now()
    assert publishing.publish(reply.pk) == "retry"
    reply.refresh_from_db()
    assert reply.status == S.SCHEDULED and "having trouble" in reply.last_error
    assert reply.publish_after >= before + timedelta(seconds=30)
    assert publishing.publish(reply.pk) == "skipped"  # not before the back-off is over

    for expected in ("retry", "published"):
        Reply.objects.filter(pk=reply.pk).update(publish_after=timezone.now())
        assert publishing.publish(reply.pk) == expected
    reply.refresh_from_db()
    assert reply.status == S.PUBLISHED and reply.attempts == 3 and reply.last_error == ""
    assert posts(http_server) == 3
    # Before each re-post the platform was asked whether the reply was already there.
    assert len([r for r in http_server.requests_to(f"/v4/{REVIEW}") if r.method == "GET"]) == 2
    assert verbs(reply).count("reply.retry_scheduled") == 2


def test_rate_limit_waits_as_long_as_asked(workspace, teammate, http_server) -> None:
    platform(http_server, R(429, "", {"Retry-After": "900"}))
    reply = scheduled(workspace, teammate, http_server)
    before = timezone.now()
    assert publishing.publish(reply.pk) == "retry"
    reply.refresh_from_db()
    assert reply.publish_after >= before + timedelta(seconds=900)


def test_refusal_is_left_for_a_person_at_once(workspace, teammate, http_server) -> None:
    platform(http_server, R(403, json.dumps({"error": {"status": "PERMISSION_DENIED"}})))
    reply = scheduled(workspace, teammate, http_server)
    assert publishing.publish(reply.pk) == "failed"
    reply.refresh_from_db()
    assert reply.status == S.FAILED
    assert "refused our credentials" in reply.last_error and "403" in reply.last_error


def test_gives_up_after_the_configured_attempts(workspace, teammate, http_server, settings) -> None:
    settings.REVIEW_PUBLISH_ATTEMPTS = 2
    platform(http_server, R(500, "boom"))
    reply = scheduled(workspace, teammate, http_server)
    assert publishing.publish(reply.pk) == "retry"
    Reply.objects.filter(pk=reply.pk).update(publish_after=timezone.now())
    assert publishing.publish(reply.pk) == "failed"
    reply.refresh_from_db()
    assert reply.status == S.FAILED and reply.attempts == 2


def test_network_failure_is_retried(workspace, teammate, http_server) -> None:
    platform(http_server)
    reply = scheduled(workspace, teammate, http_server)
    http_server.close()  # nobody listens any more
    assert publishing.publish(reply.pk) == "retry"
    reply.refresh_from_db()
    assert "127.0.0.1" in reply.last_error


def test_source_without_an_api_hands_over_to_a_person(workspace, teammate) -> None:
    mention = f.review(workspace, f.source(workspace, "manual"))
    reply = f.reply(mention, teammate, f.GOOD_REPLY, S.SCHEDULED)
    Reply.objects.filter(pk=reply.pk).update(publish_after=timezone.now())
    assert publishing.publish(reply.pk) == "by_hand"
    reply.refresh_from_db()
    assert reply.status == S.APPROVED


def test_backoff_grows_and_is_capped(settings) -> None:
    settings.REVIEW_RETRY_MAX_SECONDS = 3600
    waits = [publishing.backoff(n).total_seconds() for n in range(1, 7)]
    assert waits == [30, 120, 480, 1920, 3600, 3600]
    assert publishing.backoff(1, retry_after=90).total_seconds() == 90
    assert publishing.backoff(1, retry_after=10**6).total_seconds() == 3600
