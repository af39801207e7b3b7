"""The whole path through real processes: a committed spike → the signal → a Celery worker
evaluates → outbox → a worker emails the real SMTP server. And the failure paths: SMTP
down then up, and a worker killed in the middle of sending."""

from __future__ import annotations

import os
import signal
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from crisis import alerts, tasks
from crisis.models import AlertDelivery, Incident, OnCallShift, RuleKind
from tests.conftest import start_process, stop_process
from tests.crisis.conftest import SMTP_PORT, history, mentions, wait_for
from tests.helpers import worker_answers, worker_command
from tests.mentions.factories import brand as make_brand

pytestmark = [pytest.mark.process, pytest.mark.django_db(transaction=True)]


def _setup(workspace, teammate, spike_severity: str | None = None):
    now = timezone.now()
    OnCallShift.objects.create(
        workspace=workspace,
        user=teammate,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=8),
    )
    acme = make_brand(workspace, "Acme")
    if spike_severity:
        # Before any mention is stored: the worker evaluates the history's mentions as they
        # commit, and an evaluation still running from them must read this severity too.
        from crisis.models import Rule

        Rule.objects.filter(brand=acme, kind=RuleKind.VOLUME_SPIKE).update(severity=spike_severity)
    history(workspace, acme, 2, now=now)
    return acme, now


@pytest.fixture
def setup(workspace, owner, teammate):
    return _setup(workspace, teammate)


@pytest.fixture
def high_spike_setup(workspace, owner, teammate):
    return _setup(workspace, teammate, spike_severity="high")


def test_spike_committed_reaches_the_on_call_inbox_once(
    celery_worker_process, smtp, workspace, teammate, setup
) -> None:
    acme, _now = setup
    mentions(workspace, acme, 25, end=timezone.now(), prefix="spike")  # commits: signal fires
    wait_for(lambda: smtp.inbox.to(teammate.email), what="the alert email")
    wait_for(
        lambda: AlertDelivery.objects.filter(status="sent").exists(), what="the row marked sent"
    )
    # More evaluations (another poll, the schedule, beat's sweep) send nothing more.
    tasks.evaluate_brands(workspace.pk, [acme.pk])
    assert alerts.deliver_due() == {}
    assert len(smtp.inbox.to(teammate.email)) == 1
    assert Incident.objects.filter(kind=RuleKind.VOLUME_SPIKE).count() == 1


def test_smtp_down_then_up_through_the_worker(
    celery_worker_process, smtp, workspace, teammate, setup
) -> None:
    acme, _now = setup
    smtp.stop()
    mentions(workspace, acme, 25, end=timezone.now(), prefix="spike")
    wait_for(
        lambda: (
            AlertDelivery.objects.filter(attempts__gte=1, status="pending")
            .exclude(last_error="")
            .exists()
        ),
        what="a failed attempt",
    )
    smtp.start()
    AlertDelivery.objects.update(due_at=timezone.now())  # skip the back-off wait
    tasks.sweep.delay()  # what beat sends every 30 s
    wait_for(lambda: smtp.inbox.to(teammate.email), what="the email after SMTP came back")
    wait_for(lambda: AlertDelivery.objects.filter(status="sent").exists(), what="marked sent")
    tasks.sweep.delay()
    assert alerts.deliver_due(timezone.now() + timedelta(hours=1)) == {}
    assert len(smtp.inbox.to(teammate.email)) == 1


def _worker(queue: str, name: str, log: Path) -> object:
    process = start_process(
        worker_command(name, "--pool", "solo", "-Q", queue),
        log,
        EMAIL_PORT=str(SMTP_PORT),
        EMAIL_TIMEOUT="5",
        ALERT_LEASE_SECONDS="10",
    )
    wait_for(
        lambda: process.poll() is not None or worker_answers(name),
        what=f"worker {name}",
    )
    assert process.poll() is None, log.read_text()[-2000:]
    return process


def test_worker_killed_mid_send_is_retried_without_duplicate(
    smtp, workspace, teammate, setup, monkeypatch
) -> None:
    acme, now = setup
    queue = f"crisis-kill-{os.getpid()}"
    logs = Path(settings.BASE_DIR) / "var" / "test" / "logs"
    # Make the outbox row in-process; its delivery goes to this test's own workers only.
    monkeypatch.setattr(alerts, "queue_on_commit", lambda task, *args: None)
    from crisis import detection

    mentions(workspace, acme, 25, end=now, prefix="spike")
    detection.evaluate_brand(acme.pk, now)
    delivery = AlertDelivery.objects.get()

    smtp.inbox.hold_next = True
    first = _worker(queue, f"kill-a-{os.getpid()}@localhost", logs / "crisis-kill-a.log")
    try:
        tasks.deliver.apply_async([[delivery.pk]], queue=queue)
        assert smtp.inbox.holding.wait(60), "the worker never started sending"
        os.kill(first.pid, signal.SIGKILL)  # dies between claim and the server's 250
        first.wait(30)
    finally:
        stop_process(first)
        smtp.inbox.release.set()
    delivery.refresh_from_db()
    assert delivery.status == "pending" and delivery.claimed_at is not None
    assert smtp.inbox.count() == 0

    second = _worker(queue, f"kill-b-{os.getpid()}@localhost", logs / "crisis-kill-b.log")
    try:

        def swept() -> bool:
            tasks.sweep.apply_async(queue=queue)  # beat's tick, until the lease has expired
            time.sleep(1)
            return bool(smtp.inbox.to(teammate.email))

        wait_for(swept, what="the retried email after the lease")
        wait_for(lambda: AlertDelivery.objects.filter(status="sent").exists(), what="sent")
        tasks.sweep.apply_async(queue=queue)
        time.sleep(1)
    finally:
        stop_process(second)
    delivery.refresh_from_db()
    assert delivery.status == "sent" and delivery.attempts == 2
    assert len(smtp.inbox.to(teammate.email)) == 1


def test_every_new_page_goes_out_once_across_an_smtp_outage(
    celery_worker_process, smtp, workspace, owner, teammate, high_spike_setup
) -> None:
    """Escalations, the chain's repeats, a reminder, a severity rise and the resolution
    summary: each is one email, however often beat's sweep runs while SMTP is down."""
    from crisis import incidents

    acme, _now = high_spike_setup
    mentions(workspace, acme, 25, end=timezone.now(), prefix="spike")
    wait_for(lambda: smtp.inbox.to(teammate.email), what="the first page")
    incident = Incident.objects.get(kind=RuleKind.VOLUME_SPIKE)
    assert incident.severity == "high"  # reminders are for high and critical incidents
    smtp.stop()
    # Nobody answers: every paging step falls due (2 levels, 4 rounds, then a reminder).
    for step in range(1, 9):
        Incident.objects.filter(pk=incident.pk).update(next_escalation_at=timezone.now())
        tasks.sweep.delay()
        wait_for(
            lambda step=step: Incident.objects.get(pk=incident.pk).escalation_level == step,
            what=f"paging step {step}",
        )
    # The burst grows to well past three times its threshold: severity rises, re-pages.
    mentions(workspace, acme, 80, end=timezone.now(), prefix="bigger")
    wait_for(lambda: AlertDelivery.objects.filter(kind="rise").exists(), what="the severity rise")
    tasks.sweep.delay()
    tasks.sweep.delay()
    smtp.start()
    deadline_rows = AlertDelivery.objects.exclude(status__in=["cancelled", "suppressed"])
    expected = deadline_rows.count()
    assert set(deadline_rows.values_list("kind", flat=True)) == {
        "alert",
        "escalation",
        "reminder",
        "rise",
    }
    for _ in range(3):  # beat ticks while the back-off runs out
        AlertDelivery.objects.filter(status="pending").update(due_at=timezone.now())
        tasks.sweep.delay()
    wait_for(lambda: not AlertDelivery.objects.filter(status="pending").exists(), what="all sent")
    assert smtp.inbox.count() == expected
    incidents.acknowledge(incident, teammate)
    incidents.resolve(incident, teammate, "Spam wave", "Filter added")
    wait_for(lambda: AlertDelivery.objects.filter(kind="summary", status="sent").exists())
    tasks.sweep.delay()
    assert alerts.deliver_due(timezone.now() + timedelta(hours=2)) == {}
    assert smtp.inbox.count() == expected + 1  # the summary, to the one manager
