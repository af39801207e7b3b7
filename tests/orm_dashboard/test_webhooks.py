"""Webhooks: events written with their change, signed (checked with the Standard Webhooks
reference library), delivered to a real local HTTP server, retried, disabled, resent."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from crisis import incidents
from crisis.models import Incident, Severity
from mentions import actions, polling
from mentions.ingest import ingest
from mentions.models import Mention, Source
from orm_dashboard import webhooks
from orm_dashboard.models import Membership, WebhookAttempt, WebhookDelivery, WebhookEndpoint
from reviews import workflow
from reviews.models import Reply
from tests.localserver import LocalServer
from tests.localserver import Reply as Answer
from tests.mentions.factories import brand as make_brand
from tests.mentions.factories import item
from tests.reviews import factories as rf

ALL = sorted(webhooks.EVENTS)


def endpoint_for(workspace: Any, server: LocalServer, path: str = "/hook", **kw: Any):
    kw.setdefault("events", ALL)
    return WebhookEndpoint.objects.create(
        workspace=workspace, url=server.url + path, secret=webhooks.new_secret(), **kw
    )


def headers(request: Any) -> dict[str, str]:
    return {k: request.header(k) for k in ("webhook-id", "webhook-timestamp", "webhook-signature")}


def test_every_event_of_the_issue_is_registered() -> None:
    assert set(ALL) == {
        "mention.created",
        "mention.updated",
        "review.created",
        "reply.approved",
        "reply.published",
        "incident.opened",
        "incident.acknowledged",
        "incident.resolved",
        "source.paused",
    }


def test_a_delivery_verifies_with_the_reference_library(workspace, owner, http_server) -> None:
    http_server.route("/hook", status=204)
    endpoint = endpoint_for(workspace, http_server)
    acme = make_brand(workspace, "Acme")
    ingest(workspace, [item(1, "Acme is wonderful")], bound_brand_id=acme.pk)
    assert webhooks.deliver_due() == {"delivered": 1}
    (request,) = http_server.requests_to("/hook")
    payload = Webhook(endpoint.secret).verify(request.body, headers(request))
    mention = Mention.objects.get()
    assert payload["type"] == "mention.created"
    assert payload["data"] == {
        "id": mention.pk,
        "brand_ids": [acme.pk],
        "sentiment": mention.sentiment_label,
        "published_at": mention.published_at.isoformat(),
        "url": mention.url,
        "api_url": f"http://testserver/api/v1/mentions/{mention.pk}",
    }
    assert request.header("content-type") == "application/json"
    assert len(request.body) < 400  # small: ids and links, never the text
    with pytest.raises(WebhookVerificationError):
        Webhook(webhooks.new_secret()).verify(request.body, headers(request))
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_status, delivery.attempts) == ("delivered", 204, 1)
    assert request.header("webhook-id") == delivery.msg_id


def test_rotation_signs_with_both_secrets_during_the_overlap(workspace, http_server) -> None:
    http_server.route("/hook", status=200)
    endpoint = endpoint_for(workspace, http_server, events=["source.paused"])
    old = endpoint.secret
    new = webhooks.rotate(endpoint)
    source = Source.objects.create(workspace=workspace, kind="rss", name="Feed")
    polling.pause(source)
    webhooks.deliver_due()
    (request,) = http_server.requests_to("/hook")
    assert len(request.header("webhook-signature").split(" ")) == 2
    assert Webhook(old).verify(request.body, headers(request))["data"]["id"] == source.pk
    assert Webhook(new).verify(request.body, headers(request))["type"] == "source.paused"
    # after the overlap only the new secret signs
    WebhookEndpoint.objects.update(previous_until=timezone.now() - timedelta(seconds=1))
    polling.resume(source)
    polling.pause(source)
    webhooks.deliver_due()
    latest = http_server.requests_to("/hook")[-1]
    assert len(latest.header("webhook-signature").split(" ")) == 1
    Webhook(new).verify(latest.body, headers(latest))
    with pytest.raises(WebhookVerificationError):
        Webhook(old).verify(latest.body, headers(latest))


def test_endpoint_filters_on_brand_and_sentiment(workspace, http_server) -> None:
    http_server.route("/acme-negative", status=200)
    http_server.route("/all", status=200)
    acme, globex = make_brand(workspace, "Acme"), make_brand(workspace, "Globex")
    endpoint_for(
        workspace,
        http_server,
        "/acme-negative",
        events=["mention.created"],
        brands=[acme.pk],
        sentiments=["negative"],
    )
    endpoint_for(workspace, http_server, "/all", events=["mention.created"])
    ingest(workspace, [item(1, "Acme is awful, terrible and broken")], bound_brand_id=acme.pk)
    ingest(workspace, [item(2, "Acme is wonderful and lovely")], bound_brand_id=acme.pk)
    ingest(workspace, [item(3, "Globex is awful, terrible and broken")], bound_brand_id=globex.pk)
    webhooks.deliver_due()
    assert len(http_server.requests_to("/all")) == 3
    (only,) = http_server.requests_to("/acme-negative")
    data = json.loads(only.body)["data"]
    assert data["brand_ids"] == [acme.pk] and data["sentiment"] == "negative"


def test_each_event_is_written_where_it_happens(workspace, owner, teammate, http_server) -> None:
    http_server.route("/hook", status=200)
    endpoint_for(workspace, http_server)
    acme = make_brand(workspace, "Acme")
    membership = Membership.objects.get(user=owner)
    review = rf.review(workspace, rf.source(workspace, "manual"))
    reply = rf.reply(review, teammate, "Thank you Anna, we are fixing it.", "submitted")
    workflow.approve(reply, owner, version=1, findings=[], publishes=False)
    workflow.mark_posted(Reply.objects.get(pk=reply.pk), owner, "https://yelp.example/r/1")
    actions.apply([review], "status", "done", user=owner, membership=membership)
    incident = Incident.objects.create(
        workspace=workspace, brand=acme, kind="keyword", severity=Severity.HIGH, title="t"
    )
    incidents.acknowledge(incident, owner)
    incidents.resolve(incident, owner, "", "")
    ingest(workspace, [item(5, "Acme review", rating=1)], bound_brand_id=acme.pk)
    seen = [d.event for d in WebhookDelivery.objects.order_by("id")]
    assert seen == [
        "reply.approved",
        "reply.published",
        "mention.updated",
        "incident.acknowledged",
        "incident.resolved",
        "mention.created",
        "review.created",
    ]
    updated = WebhookDelivery.objects.get(event="mention.updated").payload["data"]
    assert updated["changed"] == {"status": "done"} and updated["id"] == review.pk


def test_a_rolled_back_change_sends_nothing(workspace, owner, http_server) -> None:
    endpoint_for(workspace, http_server)
    source = Source.objects.create(workspace=workspace, kind="rss", name="Feed")
    with pytest.raises(RuntimeError), transaction.atomic():
        polling.pause(source)
        raise RuntimeError("the change fails after the event was written")
    assert not WebhookDelivery.objects.exists()
    polling.pause(source)
    assert WebhookDelivery.objects.count() == 1


def _run_until_done(now: Any) -> list[Any]:
    """Send every due try, moving the clock to each next try (as beat's sweep would)."""
    steps = []
    for _ in range(30):
        pending = WebhookDelivery.objects.filter(status="pending").first()
        if pending is None:
            break
        now = max(now, pending.due_at)
        steps.append((now, webhooks.deliver_due(now)))
    return steps


def test_retries_back_off_and_only_2xx_counts(workspace, http_server) -> None:
    http_server.route("/elsewhere", status=200)
    http_server.route(
        "/hook",
        [
            Answer(500, "boom"),
            Answer(302, headers={"Location": "/elsewhere"}),
            Answer(429, headers={"Retry-After": "120"}),
            Answer(200),
        ],
    )
    endpoint_for(workspace, http_server, events=["source.paused"])
    polling.pause(Source.objects.create(workspace=workspace, kind="rss", name="Feed"))
    start = timezone.now()
    assert webhooks.deliver_due(start) == {"retry": 1}
    first = WebhookDelivery.objects.get()
    assert first.last_status == 500
    assert timedelta(seconds=4) <= first.due_at - start <= timedelta(seconds=6)
    assert webhooks.deliver_due(first.due_at) == {"retry": 1}  # a redirect is not a success
    assert not http_server.requests_to("/elsewhere")
    second = WebhookDelivery.objects.get()
    assert webhooks.deliver_due(second.due_at) == {"retry": 1}
    third = WebhookDelivery.objects.get()
    assert third.due_at - second.due_at >= timedelta(seconds=120)  # Retry-After wins
    assert webhooks.deliver_due(third.due_at) == {"delivered": 1}
    ids = {r.header("webhook-id") for r in http_server.requests_to("/hook")}
    assert len(ids) == 1 and len(http_server.requests_to("/hook")) == 4
    assert WebhookAttempt.objects.count() == 4


def test_three_days_of_failures_disable_the_endpoint_and_email_managers(
    workspace, owner, http_server, smtp_server
) -> None:
    http_server.route("/hook", status=503)
    endpoint = endpoint_for(workspace, http_server, events=["source.paused"])
    polling.pause(Source.objects.create(workspace=workspace, kind="rss", name="Feed"))
    start = timezone.now()
    steps = _run_until_done(start)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == len(webhooks.RETRY_SCHEDULE) + 1
    span = steps[-1][0] - start
    assert timedelta(days=2.3) < span < timedelta(days=3.7), span
    endpoint.refresh_from_db()
    assert not endpoint.enabled and "after 11 tries" in endpoint.disabled_reason
    assert webhooks.send_notices() == 1
    (mail,) = smtp_server.messages
    assert mail["To"] == owner.email and "Webhook disabled" in mail["Subject"]
    assert webhooks.send_notices() == 0  # once


def test_410_disables_at_once_and_cancels_what_waits(workspace, http_server) -> None:
    http_server.route("/hook", status=410)
    endpoint = endpoint_for(workspace, http_server, events=["source.paused"])
    source = Source.objects.create(workspace=workspace, kind="rss", name="Feed")
    polling.pause(source)
    first = WebhookDelivery.objects.get()
    polling.resume(source)
    polling.pause(source)
    assert webhooks.deliver_due(ids=[first.pk]) == {"disabled": 1}
    endpoint.refresh_from_db()
    assert not endpoint.enabled and "410" in endpoint.disabled_reason
    assert sorted(WebhookDelivery.objects.values_list("status", flat=True)) == [
        "cancelled",
        "failed",
    ]
    polling.resume(source)
    polling.pause(source)
    assert WebhookDelivery.objects.count() == 2  # a disabled endpoint gets no new events


def test_private_addresses_are_refused_unless_allowed(workspace, http_server, settings) -> None:
    settings.ALLOW_PRIVATE_SOURCE_URLS = False
    http_server.route("/hook", status=200)
    endpoint_for(workspace, http_server, events=["source.paused"])
    polling.pause(Source.objects.create(workspace=workspace, kind="rss", name="Feed"))
    assert webhooks.deliver_due() == {"retry": 1}
    assert not http_server.requests
    assert "not a public address" in WebhookDelivery.objects.get().last_error or (
        "private" in WebhookDelivery.objects.get().last_error
    )


def test_the_pages_show_the_secret_once_and_resend(
    workspace, owner_client: Client, http_server
) -> None:
    http_server.route("/hook", status=200)
    make_brand(workspace, "Acme")
    page = owner_client.post(
        "/w/acme/settings/webhooks/",
        {"url": http_server.url + "/hook", "description": "CRM", "events": ["source.paused"]},
    )
    endpoint = WebhookEndpoint.objects.get()
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert endpoint.secret.startswith("whsec_") and endpoint.secret.encode() in page.content
    detail = owner_client.get(f"/w/acme/settings/webhooks/{endpoint.pk}/")
    assert endpoint.secret.encode() not in detail.content
    polling.pause(Source.objects.create(workspace=workspace, kind="rss", name="Feed"))
    webhooks.deliver_due()
    delivery = WebhookDelivery.objects.get()
    log = owner_client.get(f"/w/acme/settings/webhooks/{endpoint.pk}/").content.decode()
    assert delivery.msg_id in log and "HTTP 200" in log
    owner_client.post(f"/w/acme/settings/webhooks/deliveries/{delivery.pk}/resend/")
    assert webhooks.deliver_due() == {"delivered": 1}
    first, again = http_server.requests_to("/hook")
    assert first.header("webhook-id") == again.header("webhook-id") == delivery.msg_id
    rotated = owner_client.post(f"/w/acme/settings/webhooks/{endpoint.pk}/rotate/")
    endpoint.refresh_from_db()
    assert endpoint.secret.encode() in rotated.content and endpoint.previous_secret


def test_a_bad_url_is_refused(workspace, owner_client: Client) -> None:
    page = owner_client.post(
        "/w/acme/settings/webhooks/", {"url": "ftp://example.com/x", "events": ["source.paused"]}
    )
    assert page.status_code == 200 and not WebhookEndpoint.objects.exists()


def test_another_workspace_never_gets_our_events(workspace, other_workspace, http_server) -> None:
    http_server.route("/theirs", status=200)
    endpoint_for(other_workspace, http_server, "/theirs")
    polling.pause(Source.objects.create(workspace=workspace, kind="rss", name="Feed"))
    assert not WebhookDelivery.objects.exists()
