"""The outbox and the email: retries while SMTP is down, leases after a crash, storm
control, quiet hours, escalation and the acknowledge link. A real SMTP server receives."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from crisis import alerts, detection, incidents
from crisis.models import (
    AlertDelivery,
    AlertPreference,
    CrisisPolicy,
    Incident,
    IncidentStatus,
    OnCallShift,
    Rule,
    RuleKind,
    Severity,
)
from tests.crisis.conftest import history, mentions
from tests.mentions.factories import brand as make_brand


@pytest.fixture
def now() -> datetime:
    return timezone.now().replace(microsecond=0)


@pytest.fixture
def acme(workspace):
    return make_brand(workspace, "Acme")


@pytest.fixture
def on_call(workspace, teammate, now):
    """The teammate is on call now; the owner (a manager) is the escalation."""
    return OnCallShift.objects.create(
        workspace=workspace, user=teammate, starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=8),
    )  # fmt: skip


@pytest.fixture
def incident(workspace, acme, owner, on_call, now) -> Incident:
    history(workspace, acme, 2, now=now)
    mentions(workspace, acme, 25, end=now, prefix="spike")
    detection.evaluate_brand(acme.pk, now)
    return Incident.objects.get(kind=RuleKind.VOLUME_SPIKE)


def test_on_call_person_gets_one_email_with_text_html_and_explanation(
    smtp, incident, teammate, now
) -> None:
    assert alerts.deliver_due(now) == {"sent": 1}
    assert alerts.deliver_due(now) == {}
    [msg] = smtp.inbox.to(teammate.email)
    assert str(msg["Subject"]).strip().startswith("[HIGH] Acme: volume spike")
    assert msg["Message-ID"] == f"<crisis-alert-{incident.deliveries.get().pk}@testserver>"
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in msg.walk()
             if not p.is_multipart()}  # fmt: skip
    assert set(parts) == {"text/plain", "text/html"}
    for body in parts.values():
        assert "25 mentions in the last 1 h" in body
        assert "Acme story spike" in body  # a top mention
        assert "/crisis/ack/" in body
        assert f"/w/acme/crisis/{incident.pk}/" in body
    assert "Threshold:" in parts["text/plain"] and "Baseline:" in parts["text/plain"]
    assert incident.timeline.filter(kind="alert").count() == 1


def test_smtp_down_then_up_delivers_exactly_once(smtp, incident, teammate, now) -> None:
    smtp.stop()
    assert alerts.deliver_due(now) == {"retry": 1}
    delivery = AlertDelivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 1 and delivery.last_error
    assert delivery.due_at > now  # backed off
    assert alerts.deliver_due(now) == {}  # not due yet
    assert alerts.deliver_due(delivery.due_at) == {"retry": 1}  # still down
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert incident.timeline.filter(kind="alert_failed").count() == 1  # said once, not per try

    smtp.start()
    assert alerts.deliver_due(delivery.due_at) == {"sent": 1}
    assert alerts.deliver_due(delivery.due_at + timedelta(hours=1)) == {}
    assert len(smtp.inbox.to(teammate.email)) == 1
    delivery.refresh_from_db()
    assert delivery.status == "sent" and delivery.last_error == ""


def test_backoff_grows_and_is_capped(settings) -> None:
    settings.ALERT_RETRY_MAX_SECONDS = 600
    waits = [alerts.backoff(n).total_seconds() for n in range(1, 10)]
    assert waits[:4] == [15, 30, 60, 120]
    assert max(waits) == 600


def test_crashed_worker_claim_is_retried_after_the_lease_without_duplicate(
    smtp, incident, teammate, now, settings
) -> None:
    delivery = AlertDelivery.objects.get()
    assert alerts.claim(delivery.pk, now)  # a worker claims it… and dies before sending
    assert alerts.deliver_due(now + timedelta(seconds=5)) == {}  # the lease still holds
    assert smtp.inbox.count() == 0
    after_lease = now + timedelta(seconds=settings.ALERT_LEASE_SECONDS + 1)
    assert alerts.deliver_due(after_lease) == {"sent": 1}
    assert alerts.deliver_due(after_lease + timedelta(minutes=5)) == {}
    assert len(smtp.inbox.to(teammate.email)) == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 2


def test_only_the_claimant_marks_a_row_sent(incident, now) -> None:
    delivery = AlertDelivery.objects.get()
    first = alerts.claim(delivery.pk, now)
    assert first and alerts.claim(delivery.pk, now) is None  # no second claimant


def test_outbox_rows_are_unique_per_incident_recipient_kind_level(incident, now) -> None:
    alerts.page(incident, level=0, now=now)
    alerts.page(incident, level=0, now=now)
    assert AlertDelivery.objects.count() == 1


def test_escalation_when_nobody_acknowledges(smtp, incident, teammate, owner, now) -> None:
    alerts.deliver_due(now)
    assert alerts.escalate_due(now + timedelta(minutes=14)) == 0
    assert alerts.escalate_due(now + timedelta(minutes=15)) == 1
    escalation = AlertDelivery.objects.get(kind="escalation")
    assert escalation.recipient == owner and escalation.level == 1
    assert alerts.deliver_due(now + timedelta(minutes=15)) == {"sent": 1}
    [msg] = smtp.inbox.to(owner.email)
    assert str(msg["Subject"]).strip().startswith("[ESCALATED HIGH]")
    incident.refresh_from_db()
    assert incident.escalation_level == 1 and incident.next_escalation_at is None
    assert alerts.escalate_due(now + timedelta(hours=2)) == 0  # nobody left: no loop
    assert incident.timeline.filter(kind="escalated").count() == 1


def test_escalation_happens_at_the_beat_tick_nearest_its_minute(
    incident, teammate, owner, now, settings
) -> None:
    """Frozen clock: the escalation is due at now + 15 min; beat's sweep ticks every 30 s
    and the tick 10 s before it escalates (the next would be 20 s late), one 20 s before not."""
    settings.BEAT_TICK_SECONDS = 30
    incident.refresh_from_db()
    due = incident.next_escalation_at
    assert due == now + timedelta(minutes=15)
    assert alerts.escalate_due(due - timedelta(seconds=20)) == 0
    assert alerts.escalate_due(due - timedelta(seconds=10)) == 1


def test_escalation_goes_to_the_backup_then_the_managers(
    workspace, acme, owner, teammate, viewer, now
) -> None:
    from crisis.forms import members  # noqa: F401  (backup must be a member)
    from orm_dashboard.models import Role
    from tests.conftest import make_user

    backup = make_user("backup", workspace, Role.AGENT)
    OnCallShift.objects.create(
        workspace=workspace, user=teammate, backup=backup,
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1),
    )  # fmt: skip
    levels = alerts.chain(workspace.pk, now)
    assert [[u.username for u in level] for level in levels] == [
        ["teammate"],
        ["backup"],
        ["owner"],
    ]


def test_acknowledged_incident_does_not_escalate(incident, teammate, now) -> None:
    incidents.acknowledge(incident, teammate)
    assert alerts.escalate_due(now + timedelta(hours=1)) == 0
    assert not AlertDelivery.objects.filter(kind="escalation").exists()


def test_storm_control_holds_back_a_flapping_incident(smtp, incident, workspace, acme, now) -> None:
    alerts.deliver_due(now)
    incidents.resolve(incident, None, "noise", "nothing")
    later = now + timedelta(minutes=10)
    mentions(workspace, acme, 25, end=later, prefix="again", now=later)
    detection.evaluate_brand(acme.pk, later)
    second = Incident.objects.exclude(pk=incident.pk).get(kind=RuleKind.VOLUME_SPIKE)
    assert second.deliveries.get().status == "suppressed"
    assert second.timeline.filter(kind="suppressed").exists()
    assert alerts.deliver_due(later) == {}
    assert smtp.inbox.count() == 1
    # escalations are exempt from storm control
    assert alerts.escalate_due(later + timedelta(minutes=15)) == 1
    assert alerts.deliver_due(later + timedelta(minutes=15)) == {"sent": 1}


def test_quiet_hours_delay_low_severity_only(
    workspace, acme, teammate, owner, on_call, now
) -> None:
    start = (now - timedelta(hours=1)).time().replace(second=0)
    end = (now + timedelta(hours=2)).time().replace(second=0)
    AlertPreference.objects.create(
        workspace=workspace, user=teammate, quiet_start=start, quiet_end=end, time_zone="UTC"
    )
    Rule.objects.filter(brand=acme, kind=RuleKind.KEYWORD).update(severity=Severity.LOW)
    mentions(workspace, acme, 1, end=now, prefix="kw", text="{brand} faces a lawsuit", now=now)
    mentions(workspace, acme, 1, end=now, prefix="hr", text="{brand} is awful and broken, I hate it",
             reach=5_000_000, now=now)  # fmt: skip
    detection.evaluate_brand(acme.pk, now)
    low = AlertDelivery.objects.get(incident__kind=RuleKind.KEYWORD)
    medium = AlertDelivery.objects.get(incident__kind=RuleKind.HIGH_REACH)
    assert low.due_at > now + timedelta(minutes=90)
    assert medium.due_at == now


def test_quiet_hours_over_midnight() -> None:
    pref = AlertPreference(quiet_start=time(22, 0), quiet_end=time(7, 0), time_zone="Europe/Berlin")
    night = datetime(2026, 1, 10, 23, 30, tzinfo=UTC)  # 00:30 in Berlin
    assert pref.quiet_until(night) == datetime(2026, 1, 11, 6, 0, tzinfo=UTC)
    assert pref.quiet_until(datetime(2026, 1, 10, 12, 0, tzinfo=UTC)) is None


def test_email_to_acknowledged_incident_is_not_sent(smtp, incident, teammate, now) -> None:
    incidents.acknowledge(incident, teammate)
    assert alerts.deliver_due(now) == {}
    assert AlertDelivery.objects.get().status == "cancelled"
    assert smtp.inbox.count() == 0


# --- the acknowledge link ------------------------------------------------------------


def ack_url(delivery: AlertDelivery) -> str:
    return f"/crisis/ack/{alerts.ack_token(delivery)}/"


def test_acknowledge_link_works_once_without_login(incident, teammate) -> None:
    delivery = AlertDelivery.objects.get()
    url = ack_url(delivery)
    client = Client(enforce_csrf_checks=True)
    page = client.get(url)
    assert page.status_code == 200
    assert b"Acknowledge and take ownership" in page.content
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN  # a GET (a mail scanner) changes nothing

    token = page.context["csrf_token"]
    done = client.post(url, {"csrfmiddlewaretoken": str(token)})
    assert done.status_code == 200
    assert b"Acknowledged" in done.content
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.ACKNOWLEDGED
    assert incident.owner == teammate
    assert incident.next_escalation_at is None
    assert incident.timeline.filter(kind="acknowledged").count() == 1

    again = client.post(url, {"csrfmiddlewaretoken": str(token)})
    assert again.status_code == 410
    assert Client().get(url).status_code == 410


def test_acknowledge_link_expires(incident, monkeypatch) -> None:
    delivery = AlertDelivery.objects.get()
    real = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real() - 25 * 3600)
    url = ack_url(delivery)
    monkeypatch.setattr(signing.time, "time", real)
    response = Client().post(url)
    assert response.status_code == 410
    assert b"expired" in response.content
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN


def test_tampered_acknowledge_link_is_refused(incident) -> None:
    delivery = AlertDelivery.objects.get()
    token = alerts.ack_token(delivery)
    forged = signing.TimestampSigner(salt="something-else").sign_object({"d": delivery.pk})
    assert Client().post(f"/crisis/ack/{forged}/").status_code == 404
    assert Client().post(f"/crisis/ack/{token[:-2]}xx/").status_code == 404
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN


def test_acknowledge_link_of_someone_who_left_the_workspace_is_refused(incident, teammate) -> None:
    delivery = AlertDelivery.objects.get()
    teammate.memberships.all().delete()
    assert Client().post(ack_url(delivery)).status_code == 404
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN


def test_outsider_cannot_see_or_acknowledge_another_workspaces_incident(
    incident, outsider_client, other_workspace
) -> None:
    for url in (
        f"/w/acme/crisis/{incident.pk}/",
        f"/w/acme/crisis/{incident.pk}/acknowledge/",
        f"/w/globex/crisis/{incident.pk}/",  # their own workspace, our incident's id
    ):
        assert outsider_client.get(url).status_code == 404, url
        assert outsider_client.post(url).status_code == 404, url
    assert outsider_client.post(f"/w/globex/crisis/{incident.pk}/acknowledge/").status_code == 404
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN and incident.owner is None
    assert b"Acme" not in outsider_client.get("/w/globex/crisis/").content


def test_policy_defaults_come_from_settings(workspace, settings) -> None:
    settings.ALERT_ESCALATION_MINUTES = 7
    assert CrisisPolicy.for_workspace(workspace.pk).escalation_minutes == 7
