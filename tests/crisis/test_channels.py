"""Alert channels: a crisis page, an escalation and the approval digest reach a local server
playing Slack, Teams, ntfy and a signed webhook, with email's storm control, retries, the
last error on the channel and a "send test" button."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from django.test import Client
from standardwebhooks.webhooks import Webhook

from crisis import alerts, detection, incidents
from crisis.models import AlertDelivery, Incident, RuleKind
from orm_dashboard.channels import TRANSPORTS
from orm_dashboard.channels.delivery import deliver_due
from orm_dashboard.models import AlertChannel, ChannelMessage
from reviews import notifications
from tests.conftest import client_for
from tests.crisis.conftest import history, mentions
from tests.localserver import LocalServer
from tests.reviews import factories as rf


def channel(workspace: Any, server: LocalServer, kind: str, user: Any = None, **config: Any):
    server.route(f"/{kind}", status=200)
    return AlertChannel.objects.create(
        workspace=workspace,
        user=user,
        kind=kind,
        name=f"{kind} channel",
        config=TRANSPORTS[kind].prepare({"url": f"{server.url}/{kind}", **config}),
    )


def spike(workspace: Any, acme: Any, now: datetime, prefix: str = "spike") -> Incident:
    history(workspace, acme, 2, now=now)
    mentions(workspace, acme, 25, end=now, prefix=prefix)
    detection.evaluate_brand(acme.pk, now)
    return Incident.objects.get(kind=RuleKind.VOLUME_SPIKE)


def test_a_page_reaches_slack_teams_ntfy_and_a_signed_webhook(
    workspace, acme, owner, teammate, on_call, now, http_server
) -> None:
    for kind in ("slack", "teams", "ntfy"):
        channel(workspace, http_server, kind)
    hook = channel(workspace, http_server, "webhook")
    incident = spike(workspace, acme, now)
    assert deliver_due(now) == {"sent": 4}
    delivery = incident.deliveries.get()

    page = f"/w/acme/crisis/{incident.pk}/"

    def acks(url: str) -> bool:  # a workspace channel: the incident page, no one's link
        return url.endswith(page) and "/crisis/ack/" not in url

    (slack,) = http_server.requests_to("/slack")
    blocks = json.loads(slack.body)["blocks"]
    assert blocks[0]["type"] == "header" and "Acme: volume spike" in blocks[0]["text"]["text"]
    assert "25 mentions" in blocks[1]["text"]["text"]
    buttons = {b["action_id"]: b["url"] for b in blocks[-1]["elements"]}
    assert acks(buttons["acknowledge"])
    assert buttons["open"].endswith(f"/w/acme/crisis/{incident.pk}/")

    (teams,) = http_server.requests_to("/teams")
    attachment = json.loads(teams.body)["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["body"][0]["text"] == incident.title
    assert acks({a["title"]: a["url"] for a in card["actions"]}["Acknowledge"])
    severity = {"title": "Severity", "value": incident.get_severity_display()}
    assert severity in card["body"][2]["facts"]

    (ntfy,) = http_server.requests_to("/ntfy")
    assert (
        ntfy.header("priority") == {"critical": "5", "high": "4", "medium": "3"}[incident.severity]
    )
    assert ntfy.header("title") == incident.title
    action, label, url, _clear = ntfy.header("actions").split(", ")
    assert (action, label) == ("view", "Acknowledge") and acks(url)
    assert "25 mentions" in ntfy.body.decode()

    (signed,) = http_server.requests_to("/webhook")
    headers = {
        k: signed.header(k) for k in ("webhook-id", "webhook-timestamp", "webhook-signature")
    }
    payload = Webhook(hook.config["secret"]).verify(signed.body, headers)
    assert payload["type"] == "alert.alert" and acks(payload["data"]["ack_url"])

    # Anyone in the Slack channel can press the button: it asks them to log in, and whoever
    # acknowledges owns the incident, not the person who happened to be paged first.
    assert delivery.recipient == teammate
    assert Client().get(page).status_code == 302  # to the login page
    manager = client_for(owner)
    assert "Acknowledge and own it" in manager.get(page).content.decode()
    manager.post(page + "acknowledge/")
    incident.refresh_from_db()
    assert incident.status == "acknowledged" and incident.owner == owner


def test_severity_sets_the_ntfy_priority(workspace, http_server) -> None:
    from orm_dashboard.channels.base import Notification

    ntfy = TRANSPORTS["ntfy"]
    for severity, priority in (("critical", "5"), ("high", "4"), ("medium", "3"), ("low", "2")):
        request = ntfy.request(Notification("alert", "t", "x", severity=severity), {"url": "u"})
        assert request.headers["Priority"] == priority


def test_a_persons_channel_follows_their_email(
    workspace, acme, owner, teammate, on_call, now, http_server
) -> None:
    channel(workspace, http_server, "slack", user=teammate)
    channel(workspace, http_server, "ntfy", user=owner)  # the escalation, not paged yet
    incident = spike(workspace, acme, now)
    assert deliver_due(now) == {"sent": 1}
    assert len(http_server.requests_to("/slack")) == 1 and not http_server.requests_to("/ntfy")
    # not acknowledged in time: the escalation pages the owner, their channel too
    later = now + timedelta(minutes=20)
    assert alerts.escalate(incident.pk, later)
    assert deliver_due(later) == {"sent": 1}
    (ntfy,) = http_server.requests_to("/ntfy")
    assert ntfy.header("title").startswith("ESCALATED: ")
    # A person's own channel carries their signed link: one tap acknowledges as them.
    escalation = incident.deliveries.get(recipient=owner)
    token = ntfy.header("actions").split(", ")[2].split("/crisis/ack/")[1].rstrip("/")
    assert alerts.read_ack_token(token) == escalation.pk
    ack = Client()
    assert ack.get(f"/crisis/ack/{token}/").status_code == 200
    ack.post(f"/crisis/ack/{token}/")
    incident.refresh_from_db()
    assert incident.status == "acknowledged" and incident.owner == owner


def test_storm_control_holds_channels_back_like_email(
    smtp, workspace, acme, owner, teammate, on_call, now, http_server
) -> None:
    channel(workspace, http_server, "slack")
    channel(workspace, http_server, "teams", user=teammate)
    first = spike(workspace, acme, now)
    assert alerts.deliver_due(now) == {"sent": 1}  # the email
    deliver_due(now)
    incidents.resolve(first, owner, "", "")
    # the same brand and rule fires again within the cooldown: the email is held back
    later = now + timedelta(minutes=5)
    mentions(workspace, acme, 25, end=later, prefix="again")
    detection.evaluate_brand(acme.pk, later)
    second = Incident.objects.exclude(pk=first.pk).get()
    assert second.deliveries.get().status == AlertDelivery.Status.SUPPRESSED
    assert deliver_due(later) == {}
    assert len(http_server.requests_to("/slack")) == 1
    assert len(http_server.requests_to("/teams")) == 1


def test_acknowledging_cancels_what_was_not_sent(
    workspace, acme, owner, teammate, on_call, now, http_server
) -> None:
    channel(workspace, http_server, "slack")
    incident = spike(workspace, acme, now)
    incidents.acknowledge(incident, teammate)
    assert deliver_due(now) == {}
    assert ChannelMessage.objects.get().status == "cancelled"


def test_a_refusing_service_is_retried_and_its_error_shown(
    workspace, acme, owner, teammate, on_call, now, http_server, owner_client: Client
) -> None:
    slack = channel(workspace, http_server, "slack")
    http_server.route(
        "/slack", status=404, body="no_service", headers={"Content-Type": "text/plain"}
    )
    spike(workspace, acme, now)
    assert deliver_due(now) == {"retry": 1}
    slack.refresh_from_db()
    assert "404" in slack.last_error and "no_service" in slack.last_error
    page = owner_client.get("/w/acme/settings/channels/").content.decode()
    assert "no_service" in page
    http_server.route("/slack", status=200)
    message = ChannelMessage.objects.get()
    assert deliver_due(message.due_at) == {"sent": 1}
    slack.refresh_from_db()
    assert slack.last_error == "" and slack.last_sent_at is not None


def test_the_approval_digest_reaches_the_channels(
    smtp, workspace, owner, teammate, http_server
) -> None:
    channel(workspace, http_server, "slack")
    channel(workspace, http_server, "ntfy", user=owner)
    channel(workspace, http_server, "teams", user=teammate)  # not a manager: no digest
    review = rf.review(workspace, rf.source(workspace, "manual"))
    rf.reply(review, teammate, "Thank you for the review, we are fixing it.", "submitted")
    notifications.send_digest()
    assert deliver_due() == {"sent": 2}
    (slack,) = http_server.requests_to("/slack")
    assert "1 reply await" in json.loads(slack.body)["text"]
    assert http_server.requests_to("/ntfy") and not http_server.requests_to("/teams")
    notifications.send_digest()  # nothing new: nothing more
    assert deliver_due() == {}


def test_send_test_and_who_sees_which_channel(
    workspace, owner, teammate, http_server, owner_client: Client, teammate_client: Client
) -> None:
    page = owner_client.post(
        "/w/acme/settings/channels/",
        {"kind": "ntfy", "name": "Phone", "scope": "workspace", "url": http_server.url + "/ntfy"},
    )
    assert page.status_code == 302
    http_server.route("/ntfy", status=200)
    shared = AlertChannel.objects.get()
    owner_client.post(f"/w/acme/settings/channels/{shared.pk}/test/")
    (test,) = http_server.requests_to("/ntfy")
    assert test.header("title") == "Test from ORM Dashboard"
    # an agent may add their own channel, not a workspace one, and cannot see the shared one
    refused = teammate_client.post(
        "/w/acme/settings/channels/",
        {"kind": "slack", "name": "x", "scope": "workspace", "url": http_server.url + "/s"},
    )
    assert refused.status_code == 403
    assert teammate_client.post(f"/w/acme/settings/channels/{shared.pk}/test/").status_code == 404
    assert b"Phone" not in teammate_client.get("/w/acme/settings/channels/").content
    teammate_client.post(
        "/w/acme/settings/channels/",
        {"kind": "slack", "name": "Mine", "scope": "me", "url": http_server.url + "/s"},
    )
    assert AlertChannel.objects.get(name="Mine").user == teammate
