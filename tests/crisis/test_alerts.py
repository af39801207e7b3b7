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
    assert str(msg["Subject"]).strip().startswith("[MEDIUM] Acme: volume spike")
    assert msg["Message-ID"] == f"<crisis-alert-{incident.deliveries.get().pk}@testserver>"
    parts = {
        p.get_content_type(): p.get_payload(decode=True).decode()
        for p in msg.walk()
        if not p.is_multipart()
    }
    assert set(parts) == {"text/plain", "text/html"}
    for body in parts.values():
        assert "25 mentions in the last 3 h" in body
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
    assert str(msg["Subject"]).strip().startswith("[ESCALATED MEDIUM]")
    incident.refresh_from_db()
    assert incident.escalation_level == 1
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
        workspace=workspace,
        user=teammate,
        backup=backup,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
    )
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
    assert alerts.deliver_due(timezone.now()) == {"sent": 1}  # the summary, to the manager
    later = now + timedelta(minutes=10)
    mentions(workspace, acme, 25, end=later, prefix="again", now=later)
    detection.evaluate_brand(acme.pk, later)
    second = Incident.objects.exclude(pk=incident.pk).get(kind=RuleKind.VOLUME_SPIKE)
    assert second.deliveries.get().status == "suppressed"
    assert second.timeline.filter(kind="suppressed").exists()
    assert alerts.deliver_due(later) == {}
    assert smtp.inbox.count() == 2  # the first alert and the summary, no second alert
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
    # Two brands: on one brand the second incident would be grouped under the first.
    globex = make_brand(workspace, "Globex")
    Rule.objects.filter(brand=acme, kind=RuleKind.KEYWORD).update(severity=Severity.LOW)
    mentions(workspace, acme, 1, end=now, prefix="kw", text="{brand} faces a lawsuit", now=now)
    mentions(
        workspace,
        globex,
        1,
        end=now,
        prefix="hr",
        text="{brand} is awful and broken, I hate it",
        reach=5_000_000,
        now=now,
    )
    detection.evaluate_brand(acme.pk, now)
    detection.evaluate_brand(globex.pk, now)
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


# --- paging until answered, severity rises, one burst one page, summaries -------------


def _step(now: datetime, minutes: int) -> tuple[int, dict[str, int]]:
    at = now + timedelta(minutes=minutes)
    return alerts.escalate_due(at), alerts.deliver_due(at)


def test_chain_repeats_then_reminds_the_managers_hourly(
    smtp, workspace, acme, incident, teammate, owner, now
) -> None:
    """teammate (on call) → owner (manager), three more rounds, then an hourly reminder."""
    Incident.objects.filter(pk=incident.pk).update(severity=Severity.HIGH)
    alerts.deliver_due(now)
    policy = CrisisPolicy.for_workspace(workspace.pk)
    assert (policy.repeat_count, policy.reminder_minutes) == (3, 60)
    minute = 0
    for _ in range(7):  # 2 levels, 4 rounds = 8 steps; the first was the alert
        minute += 15
        assert _step(now, minute - 1)[0] == 0  # not before its minute
        assert _step(now, minute) == (1, {"sent": 1})
    steps = list(
        AlertDelivery.objects.order_by("level").values_list("recipient__username", "level")
    )
    assert steps == [
        ("teammate", 0),
        ("owner", 1),
        ("teammate", 2),
        ("owner", 3),
        ("teammate", 4),
        ("owner", 5),
        ("teammate", 6),
        ("owner", 7),
    ]
    # After the last round: the managers, every hour, with "REMINDER" in the subject.
    minute += 15
    assert _step(now, minute) == (1, {"sent": 1})
    assert _step(now, minute + 59)[0] == 0
    assert _step(now, minute + 60) == (1, {"sent": 1})
    reminders = AlertDelivery.objects.filter(kind="reminder").order_by("level")
    assert [(d.recipient.username, d.level) for d in reminders] == [("owner", 1), ("owner", 2)]
    assert str(smtp.inbox.to(owner.email)[-1]["Subject"]).strip().startswith("[REMINDER HIGH]")
    assert incident.timeline.filter(kind="reminder").count() == 2
    # Acknowledging stops it all.
    incidents.acknowledge(incident, owner)
    assert _step(now, minute + 180) == (0, {})


def test_medium_incident_is_not_reminded_after_the_repeats(
    smtp, workspace, incident, teammate, owner, now
) -> None:
    alerts.deliver_due(now)
    for step in range(1, 8):
        assert _step(now, 15 * step)[0] == 1
    assert _step(now, 15 * 8)[0] == 0  # medium: the chain was paged four times, that is all
    assert not AlertDelivery.objects.filter(kind="reminder").exists()
    incident.refresh_from_db()
    assert incident.next_escalation_at is None
    assert "4 times" in incident.timeline.filter(kind="escalated").last().text


def test_one_burst_pages_each_person_once(
    smtp, workspace, acme, owner, teammate, on_call, now
) -> None:
    """A burst that trips the keyword, surge and spike rules: one page, the rest grouped."""
    angry = "{brand} recall: the product is dangerous, awful and broken. I hate it ({i})."
    mentions(workspace, acme, 30, end=now, prefix="burst", text=angry, now=now)
    findings = detection.evaluate_brand(acme.pk, now)
    fired_kinds = {f.rule.kind for f in findings if f.fired}
    assert {RuleKind.KEYWORD, RuleKind.NEGATIVE_SURGE, RuleKind.VOLUME_SPIKE} <= fired_kinds
    groups = Incident.objects.filter(group__isnull=True)
    assert groups.count() == 1
    group = groups.get()
    assert Incident.objects.filter(group=group).count() == len(fired_kinds) - 1
    assert alerts.deliver_due(now) == {"sent": 1}
    assert len(smtp.inbox.to(teammate.email)) == 1 and smtp.inbox.count() == 1
    assert group.timeline.filter(kind="grouped").count() == len(fired_kinds) - 1
    # Escalation pages the next level once, for the group only.
    assert alerts.escalate_due(now + timedelta(minutes=15)) == 1
    assert alerts.deliver_due(now + timedelta(minutes=15)) == {"sent": 1}
    # Acknowledging the group acknowledges the grouped ones; resolving resolves them.
    incidents.acknowledge(group, teammate)
    assert not Incident.objects.filter(status=IncidentStatus.OPEN).exists()
    incidents.resolve(group, teammate, "A recall rumour", "Statement published")
    assert not Incident.objects.exclude(status=IncidentStatus.RESOLVED).exists()
    # One summary to the manager, for the group only.
    assert AlertDelivery.objects.filter(kind="summary").count() == 1


def test_severity_rises_when_the_burst_grows_and_repages(
    smtp, workspace, acme, owner, teammate, on_call, now
) -> None:
    history(workspace, acme, 2, now=now)
    mentions(workspace, acme, 20, end=now, prefix="spike", now=now)
    detection.evaluate_brand(acme.pk, now)
    incident = Incident.objects.get(kind=RuleKind.VOLUME_SPIKE)
    assert incident.severity == Severity.MEDIUM
    alerts.deliver_due(now)
    later = now + timedelta(minutes=30)
    mentions(workspace, acme, 40, end=later, prefix="more", span=timedelta(minutes=20), now=later)
    detection.evaluate_brand(acme.pk, later)
    incident.refresh_from_db()
    assert incident.severity == Severity.HIGH  # 60 is 3 times the threshold of 15 or more
    rose = incident.timeline.get(kind="severity")
    assert "Medium to High" in rose.text and "times the threshold" in rose.text
    assert alerts.deliver_due(later) == {"sent": 1}
    assert str(smtp.inbox.to(teammate.email)[-1]["Subject"]).strip().startswith("[RAISED TO HIGH]")
    # The same size again does not rise or page again.
    detection.evaluate_brand(acme.pk, later + timedelta(minutes=1))
    assert alerts.deliver_due(later + timedelta(minutes=1)) == {}


def test_competitor_rule_notifies_managers_without_paging(
    smtp, workspace, owner, teammate, on_call, now
) -> None:
    rival = make_brand(workspace, "Rival", is_competitor=True)
    rules = Rule.objects.filter(brand=rival)
    assert rules.exists() and not rules.filter(enabled=True).exists()
    assert not rules.filter(pages=True).exists() and not rules.exclude(severity="low").exists()
    rules.filter(kind=RuleKind.KEYWORD).update(enabled=True)  # "competitor in trouble"
    mentions(workspace, rival, 2, end=now, prefix="kw", text="{brand} recall announced", now=now)
    detection.evaluate_brand(rival.pk, now)
    incident = Incident.objects.get(brand=rival)
    assert incident.severity == Severity.LOW and incident.next_escalation_at is None
    assert alerts.deliver_due(now) == {"sent": 1}
    assert smtp.inbox.to(owner.email) and not smtp.inbox.to(teammate.email)
    assert str(smtp.inbox.to(owner.email)[0]["Subject"]).strip().startswith("[FYI LOW]")
    assert alerts.escalate_due(now + timedelta(hours=3)) == 0


def test_resolution_summary_reaches_the_managers_with_the_postmortem(
    smtp, workspace, incident, owner, teammate, now
) -> None:
    incidents.acknowledge(incident, teammate)
    incidents.resolve(incident, teammate, "A feed was re-published", "We added a filter")
    assert alerts.deliver_due(timezone.now()) == {"sent": 1}
    [msg] = smtp.inbox.to(owner.email)
    assert str(msg["Subject"]).strip().startswith("[RESOLVED")
    for part in msg.walk():
        if not part.is_multipart():
            body = part.get_payload(decode=True).decode()
            assert "A feed was re-published" in body and "We added a filter" in body
            assert "Acknowledged" in body  # the timeline
            assert "/crisis/ack/" not in body
    # Exactly once: resolving again (a double click) sends nothing more.
    incidents.resolve(incident, teammate, "again", "again")
    assert alerts.deliver_due(timezone.now()) == {}
