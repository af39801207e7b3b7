"""The whole workflow with real Celery workers publishing to a local fake platform:
draft, submit (with a warning acknowledged), digest email, approval, publishing by the
worker; and a publish task delivered twice while the platform is slow, and a platform that
is down and then back."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
import redis
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from orm_dashboard.celery import app
from orm_dashboard.models import Event
from reviews import notifications
from reviews.models import Reply
from reviews.tasks import publish_due, publish_reply
from tests.localserver import Reply as R
from tests.reviews import factories as f

pytestmark = [pytest.mark.process, pytest.mark.django_db(transaction=True)]
S = Reply.Status
REVIEW = "accounts/111/locations/222/reviews/r9"
REPLY_PATH = f"/v4/{REVIEW}/reply"


def wait_until(check: Callable[[], bool], what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def status(reply_id: int) -> str:
    return Reply.objects.get(pk=reply_id).status


def worker_idle() -> bool:
    inspector = app.control.inspect(timeout=1)
    try:
        active, reserved = inspector.active() or {}, inspector.reserved() or {}
    except (ConnectionError, OSError, redis.RedisError):
        return False  # a pooled connection went stale (e.g. Redis restarted); ask again

    return not any(active.values()) and not any(reserved.values())


def fake_platform(server, *answers: R) -> None:
    server.route("/token", R(200, json.dumps({"access_token": "at", "expires_in": 3600})))
    server.route(REPLY_PATH, list(answers) or R(200, json.dumps({"comment": "ok"})))
    server.route(f"/v4/{REVIEW}", R(200, json.dumps({"name": REVIEW, "starRating": "TWO"})))


def puts(server) -> int:
    return len([r for r in server.requests_to(REPLY_PATH) if r.method == "PUT"])


def review_on(workspace, server):
    src = f.source(
        workspace,
        "google_business",
        api_base=server.url + "/v4",
        token_url=server.url + "/token",
    )
    return f.review(workspace, src, external_id=REVIEW, author="Anna Schmidt")


def test_draft_to_published_through_a_real_worker(
    celery_worker_process,
    http_server,
    smtp,
    workspace,
    owner,
    teammate,
    owner_client: Client,
    teammate_client: Client,
) -> None:
    fake_platform(http_server)
    f.no_delay(workspace)
    mention = review_on(workspace, http_server)
    base = reverse("review", kwargs={"workspace": "acme", "pk": mention.pk})
    text = f.GOOD_REPLY + " Or call me directly on +44 7700 900123."

    response = teammate_client.post(base + "save/", {"text": text, "action": "submit"})
    assert "confirm" in response.context["error"]  # the phone number is flagged
    teammate_client.post(base + "save/", {"text": text, "action": "submit", "acknowledge": "1"})
    reply = Reply.objects.get(mention=mention)
    assert reply.status == S.SUBMITTED

    assert notifications.send_digest() == 1
    assert "Anna Schmidt" in smtp.to(owner.email)[0].get_content()

    assert teammate_client.post(base + "approve/", {"version": reply.version}).status_code == 403
    owner_client.post(base + "approve/", {"version": reply.version})
    wait_until(lambda: status(reply.pk) == S.PUBLISHED, "the worker to publish")

    reply.refresh_from_db()
    assert reply.approver == owner and reply.external_id == f"{REVIEW}/reply"
    assert puts(http_server) == 1
    sent = http_server.requests_to(REPLY_PATH)[0]
    assert json.loads(sent.body) == {"comment": text}
    assert sent.header("authorization") == "Bearer at"
    history = list(
        Event.objects.filter(object_type="reply", object_id=reply.pk)
        .order_by("id")
        .values_list("verb", "actor__username")
    )
    assert history == [
        ("reply.drafted", "teammate"),
        ("reply.submitted", "teammate"),
        ("reply.approved", "owner"),
        ("reply.publishing", None),
        ("reply.published", None),
    ]
    approved = Event.objects.get(verb="reply.approved", object_id=reply.pk)
    assert [w["code"] for w in approved.data["warnings"]] == ["contact_data"]
    page = owner_client.get(base).content.decode()
    assert "Published" in page and "published the reply" in page


def test_publish_task_delivered_twice_posts_once(
    celery_worker_process, http_server, workspace, teammate
) -> None:
    # The platform is slow, so both deliveries are in flight together on the two processes.
    fake_platform(http_server, R(200, json.dumps({"comment": "ok"}), delay=1.5))
    mention = review_on(workspace, http_server)
    reply = f.reply(mention, teammate, f.GOOD_REPLY, S.SCHEDULED)
    Reply.objects.filter(pk=reply.pk).update(publish_after=timezone.now())

    publish_reply.delay(reply.pk)
    publish_reply.delay(reply.pk)
    publish_due.delay()  # and beat's sweep finds it due as well
    wait_until(lambda: status(reply.pk) == S.PUBLISHED, "the reply to be published")
    wait_until(worker_idle, "the worker to finish every delivery")
    assert puts(http_server) == 1
    assert Event.objects.filter(verb="reply.publishing", object_id=reply.pk).count() == 1


def test_platform_down_then_up_through_the_worker(
    celery_worker_process, http_server, workspace, teammate
) -> None:
    fake_platform(http_server, R(503, "unavailable"), R(200, json.dumps({"comment": "ok"})))
    mention = review_on(workspace, http_server)
    reply = f.reply(mention, teammate, f.GOOD_REPLY, S.SCHEDULED)
    Reply.objects.filter(pk=reply.pk).update(publish_after=timezone.now())

    publish_due.delay()
    wait_until(
        lambda: Reply.objects.filter(pk=reply.pk, status=S.SCHEDULED, attempts=1).exists(),
        "the first attempt to fail",
    )
    reply.refresh_from_db()
    assert "having trouble" in reply.last_error
    assert reply.publish_after > timezone.now()  # backing off

    # Back-off over (time moved on), beat's sweep runs again: the platform is back.
    Reply.objects.filter(pk=reply.pk).update(publish_after=timezone.now())
    publish_due.delay()
    wait_until(lambda: status(reply.pk) == S.PUBLISHED, "the retry to publish")
    reply.refresh_from_db()
    assert reply.attempts == 2 and reply.last_error == ""
    assert puts(http_server) == 2
