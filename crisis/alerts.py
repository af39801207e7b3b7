"""Who is paged, and the outbox that emails them: never lost, never sent twice, never a storm.

- Paging creates AlertDelivery rows (unique per incident, recipient, kind and escalation
  level) in the same transaction as the incident; a task is queued on commit, and beat's
  sweep every 30 s picks up anything Redis lost.
- A worker claims a row with a conditional update and a lease. SMTP failures put the row
  back with a back-off; a worker that dies mid-send leaves a claim that expires, and the
  row is retried. The claim token makes sure only the claimant marks it sent.
- Storm control: at most one (non-escalation) email per recipient per incident per
  cooldown, and a recipient who was just emailed about the same brand and rule (a
  flapping incident) is not emailed again within the cooldown. Quiet hours hold back
  low-severity alerts only.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from crisis.models import (
    AlertDelivery,
    AlertPreference,
    CrisisPolicy,
    Incident,
    IncidentStatus,
    Severity,
    TimelineEntry,
)
from orm_dashboard import leases, outbox, schedule
from orm_dashboard.celery import queue_on_commit
from orm_dashboard.channels import delivery as channels
from orm_dashboard.channels.base import Notification
from orm_dashboard.models import Membership, Role

log = logging.getLogger(__name__)
ACK_SALT = "crisis.ack"


# --- who is paged ----------------------------------------------------------------------


def chain(workspace_id: int, at: datetime) -> list[list[Any]]:
    """Escalation levels at ``at``: the on-call person, the next person, then the managers.

    The on-call person comes from the rota or a shift planned over it (crisis/oncall.py);
    the next person is the shift's backup or the rota's next person, else the workspace
    fallback. In a gap (nobody on call), the fallback is paged first, and without one the
    managers. People who left the workspace are skipped.
    """
    from crisis.oncall import on_call_at

    members = {
        m.user_id: m
        for m in Membership.objects.filter(workspace_id=workspace_id).select_related("user")
    }
    now = on_call_at(workspace_id, at)
    policy = CrisisPolicy.read(workspace_id)
    people: list[int | None] = [
        now.user_id or policy.fallback_id,
        now.backup_id or policy.fallback_id,
    ]
    levels: list[list[Any]] = []
    seen: set[int] = set()
    for uid in people:
        if uid is not None and uid in members and uid not in seen:
            levels.append([members[uid].user])
            seen.add(uid)
    levels.append(managers_of(members.values()))
    if not levels[-1] or {u.pk for u in levels[-1]} <= seen:
        levels.pop()
    return levels


def managers_of(memberships: Any) -> list[Any]:
    return sorted(
        (m.user for m in memberships if m.role == Role.MANAGER), key=lambda u: u.get_username()
    )


def workspace_managers(workspace_id: int) -> list[Any]:
    return managers_of(
        Membership.objects.filter(workspace_id=workspace_id, role=Role.MANAGER).select_related(
            "user"
        )
    )


# Kinds of email that storm control holds back (one per person per cooldown); escalations,
# repeats and severity rises always go out.
STORM_CONTROLLED = {
    AlertDelivery.Kind.ALERT,
    AlertDelivery.Kind.REMINDER,
    AlertDelivery.Kind.NOTICE,
}
# What an email of each kind needs the incident to be when it is sent.
SEND_WHILE = {
    AlertDelivery.Kind.ALERT: {IncidentStatus.OPEN},
    AlertDelivery.Kind.ESCALATION: {IncidentStatus.OPEN},
    AlertDelivery.Kind.REMINDER: {IncidentStatus.OPEN},
    AlertDelivery.Kind.RISE: {IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED},
    AlertDelivery.Kind.NOTICE: {IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED},
    AlertDelivery.Kind.SUMMARY: {IncidentStatus.RESOLVED},
}


def page(
    incident: Incident,
    *,
    level: int,
    now: datetime,
    kind: str | None = None,
    people: list[Any] | None = None,
) -> list[AlertDelivery]:
    """Create the outbox rows for one paging step; queue their delivery on commit.

    ``level`` is the step (0 the first page, then escalations, repeats of the chain and
    reminders) and with ``kind`` keys the rows, so a step is never emailed twice; ``people``
    defaults to the chain's level for the step (the chain repeats after its last level).
    """
    if people is None:
        levels = chain(incident.workspace_id, now)
        if not levels:
            return []
        people = levels[level % len(levels)]
    if kind is None:
        kind = AlertDelivery.Kind.ALERT if level == 0 else AlertDelivery.Kind.ESCALATION
    policy = CrisisPolicy.read(incident.workspace_id)
    cooldown = timedelta(minutes=policy.cooldown_minutes)
    prefs = {
        p.user_id: p
        for p in AlertPreference.objects.filter(workspace_id=incident.workspace_id, user__in=people)
    }
    created: list[AlertDelivery] = []
    for user in people:
        status, due, reason = AlertDelivery.Status.PENDING, now, ""
        if not user.email:
            status, reason = AlertDelivery.Status.CANCELLED, "has no email address"
        elif kind in STORM_CONTROLLED and (recent := _recent_email(incident, user, now, cooldown)):
            status = AlertDelivery.Status.SUPPRESSED
            reason = (
                f"was emailed about incident #{recent} less than {policy.cooldown_minutes} min ago"
            )
        elif (
            incident.severity == Severity.LOW
            and (pref := prefs.get(user.pk)) is not None
            and (until := pref.quiet_until(now)) is not None
        ):
            due = until
            reason = f"is in quiet hours; low severity, so the email waits until {until:%H:%M %Z}"
        delivery, made = AlertDelivery.objects.get_or_create(
            incident=incident,
            recipient=user,
            kind=kind,
            level=level,
            defaults={
                "workspace_id": incident.workspace_id,
                "email": user.email,
                "status": status,
                "due_at": due,
                "created_at": now,
            },
        )
        if not made:
            continue
        created.append(delivery)
        if reason:
            entry = (
                TimelineEntry.Kind.SUPPRESSED
                if status != AlertDelivery.Status.PENDING or due > now
                else TimelineEntry.Kind.ALERT
            )
            _timeline(incident, entry, f"{_name(user)} {reason}.", now)
    _channels(incident, created, kind, level, now)
    pending = [
        d.pk for d in created if d.status == AlertDelivery.Status.PENDING and d.due_at <= now
    ]
    if pending:
        from crisis.tasks import deliver

        queue_on_commit(deliver, pending)  # with the broker down, beat's sweep delivers
    return created


def notify(incident: Incident, now: datetime) -> list[AlertDelivery]:
    """A rule that does not page: one email to the managers, no escalation."""
    return page(
        incident,
        level=0,
        now=now,
        kind=AlertDelivery.Kind.NOTICE,
        people=workspace_managers(incident.workspace_id),
    )


def repage(incident: Incident, now: datetime) -> list[AlertDelivery]:
    """The severity rose: page whoever is paged at the current step again (the owner, once
    someone acknowledged)."""
    if incident.status == IncidentStatus.ACKNOWLEDGED and incident.owner is not None:
        people = [incident.owner]
    else:
        levels = chain(incident.workspace_id, now)
        if not levels:
            return []
        people = levels[incident.escalation_level % len(levels)]
    return page(
        incident,
        level=incident.severity_enum.rank,
        now=now,
        kind=AlertDelivery.Kind.RISE,
        people=people,
    )


def summarise(incident: Incident, now: datetime) -> list[AlertDelivery]:
    """The incident is resolved: the managers get one email with its timeline and
    post-mortem, whether or not they were paged."""
    return page(
        incident,
        level=0,
        now=now,
        kind=AlertDelivery.Kind.SUMMARY,
        people=workspace_managers(incident.workspace_id),
    )


# Emails that also go to alert channels: the pages (not the managers' notices and summaries).
TO_CHANNELS = {
    AlertDelivery.Kind.ALERT: "",
    AlertDelivery.Kind.ESCALATION: "ESCALATED: ",
    AlertDelivery.Kind.REMINDER: "STILL OPEN: ",
    AlertDelivery.Kind.RISE: "SEVERITY ROSE: ",
}


def _channels(
    incident: Incident, created: list[AlertDelivery], kind: str, level: int, now: datetime
) -> None:
    """A page also goes to alert channels (Slack, Teams, ntfy, webhooks), with the same
    storm control as the email: a person's channels get what their email gets (held back,
    or waiting for quiet hours to end, alike); the workspace's channels get the page
    unless every email of it was held back. On a person's own channel the acknowledge
    button is the signed link of their email; on a workspace channel, which everyone in a
    Slack or Teams channel sees, it opens the incident page, so whoever acknowledges there
    is logged in and owns it (not the first person paged)."""
    live = [d for d in created if d.status != AlertDelivery.Status.SUPPRESSED]
    if kind not in TO_CHANNELS or not live:
        return
    key = f"incident:{incident.pk}:{kind}:{level}"
    for delivery in live:
        channels.notify(
            incident.workspace_id,
            key,
            channel_notification(delivery),
            users=[delivery.recipient_id],
            workspace_channels=False,
            due_at={delivery.recipient_id: delivery.due_at},
            now=now,
        )
    shared = channel_notification(live[0], shared=True)
    channels.notify(incident.workspace_id, key, shared, now=now)


def channel_notification(delivery: AlertDelivery, *, shared: bool = False) -> Notification:
    """The page as a channel message; ``shared`` for a workspace channel (no signed link)."""
    context = email_context(delivery)
    incident, explanation = delivery.incident, delivery.incident.explanation
    facts = [
        ["Severity", incident.get_severity_display()],
        ["Rule", incident.get_kind_display()],
        ["Observed", str(explanation.get("observed", "—"))],
        ["Threshold", str(explanation.get("threshold", "—"))],
    ]
    top = [m.get("title") or m.get("text", "") for m in explanation.get("top", [])[:3]]
    text = str(explanation.get("summary", "")) or incident.title
    if top:
        text += "\n" + "\n".join(f"• {t[:140]}" for t in top)
    return Notification(
        kind="alert" if delivery.kind == AlertDelivery.Kind.ALERT else "escalation",
        title=TO_CHANNELS.get(delivery.kind, "") + incident.title,
        text=text,
        url=context["incident_url"],
        ack_url=context["incident_url"] if shared else context["ack_url"],
        severity=incident.severity,
        fields=facts,
        workspace=delivery.workspace.name,
    )


def _recent_email(incident: Incident, user: Any, now: datetime, cooldown: timedelta) -> int | None:
    """Storm control: the incident a recipient was last emailed about (same brand and rule)
    within the cooldown, if any."""
    if not cooldown:
        return None
    recent = (
        AlertDelivery.objects.filter(
            recipient=user,
            incident__brand_id=incident.brand_id,
            incident__kind=incident.kind,
            created_at__gte=now - cooldown,
        )
        .filter(Q(status=AlertDelivery.Status.SENT) | Q(status=AlertDelivery.Status.PENDING))
        .exclude(incident=incident, kind=AlertDelivery.Kind.ESCALATION)
        .values_list("incident_id", flat=True)
        .first()
    )
    return recent


def escalate_due(now: datetime | None = None) -> int:
    """Beat: page the next level for every open incident nobody acknowledged in time (due
    by this tick: orm_dashboard.schedule, so a 2-minute escalation comes after 2 minutes,
    not 2.5)."""
    now = now or timezone.now()
    due = Incident.objects.filter(
        status=IncidentStatus.OPEN, next_escalation_at__lte=schedule.due_by(now)
    ).values_list("pk", flat=True)[:200]
    return sum(1 for pk in list(due) if escalate(pk, now))


def escalate(incident_id: int, now: datetime) -> bool:
    """The next paging step of an open incident nobody acknowledged: the next level of the
    chain; after the last, the whole chain again (``repeat_count`` times); after that, a
    reminder to the managers every ``reminder_minutes`` while it is high or critical."""
    with transaction.atomic():
        incident = (
            Incident.objects.select_for_update(skip_locked=True)
            .filter(
                pk=incident_id,
                status=IncidentStatus.OPEN,
                next_escalation_at__lte=schedule.due_by(now),
            )
            .first()
        )
        if incident is None:
            return False
        levels = chain(incident.workspace_id, now)
        policy = CrisisPolicy.read(incident.workspace_id)
        steps = len(levels) * (1 + policy.repeat_count)
        step = incident.escalation_level + 1
        incident.escalation_level = step
        if step < steps:
            round_, level = divmod(step, len(levels))
            incident.next_escalation_at = now + timedelta(minutes=policy.escalation_minutes)
            incident.save(update_fields=["escalation_level", "next_escalation_at"])
            names = ", ".join(_name(u) for u in levels[level])
            again = f" (round {round_ + 1} of {1 + policy.repeat_count})" if round_ else ""
            _timeline(
                incident,
                TimelineEntry.Kind.ESCALATED,
                f"Not acknowledged within {policy.escalation_minutes} min: paged {names}{again}.",
                now,
                level=step,
            )
            page(incident, level=step, now=now, people=levels[level])
            return True
        if incident.severity_enum.rank < Severity.HIGH.rank or not policy.reminder_minutes:
            incident.next_escalation_at = None
            incident.save(update_fields=["escalation_level", "next_escalation_at"])
            _timeline(
                incident,
                TimelineEntry.Kind.ESCALATED,
                "Still not acknowledged, and everybody in the escalation policy has been paged "
                f"{1 + policy.repeat_count} times.",
                now,
            )
            return False
        reminder = step - steps + 1
        incident.next_escalation_at = now + timedelta(minutes=policy.reminder_minutes)
        incident.save(update_fields=["escalation_level", "next_escalation_at"])
        managers = workspace_managers(incident.workspace_id)
        _timeline(
            incident,
            TimelineEntry.Kind.REMINDER,
            f"Still not acknowledged: reminder {reminder} to the managers "
            f"({', '.join(_name(u) for u in managers) or 'none'}); the next in "
            f"{policy.reminder_minutes} min.",
            now,
            level=step,
        )
        page(incident, level=reminder, now=now, kind=AlertDelivery.Kind.REMINDER, people=managers)
        return True


def cancel_pending(incident: Incident, *, reason: str) -> int:
    """Emails not sent yet are no longer needed once someone owns or resolved the incident."""
    channels.cancel(f"incident:{incident.pk}:", reason)
    return AlertDelivery.objects.filter(
        leases.free(timezone.now()), incident=incident, status=AlertDelivery.Status.PENDING
    ).update(status=AlertDelivery.Status.CANCELLED, last_error=f"not sent: {reason}")


# --- the outbox ------------------------------------------------------------------------


def claim(delivery_id: int, now: datetime) -> str | None:
    """Take a row for sending; None when someone else holds it, or it is not due or done."""
    return outbox.claim(AlertDelivery, delivery_id, now)


def backoff(attempts: int) -> timedelta:
    """15 s, 30 s, 1 min, 2 min … capped at ALERT_RETRY_MAX_SECONDS."""
    return outbox.backoff(attempts, 15, settings.ALERT_RETRY_MAX_SECONDS)


def due_ids(now: datetime, limit: int = 100) -> list[int]:
    return outbox.due_ids(AlertDelivery, now, limit)


def deliver_due(now: datetime | None = None, ids: list[int] | None = None) -> dict[str, int]:
    """Send every due row (or the given ones): what beat's sweep and the queued task run."""
    now = now or timezone.now()
    return outbox.deliver(send, due_ids(now) if ids is None else ids, now)


@outbox.sender(AlertDelivery, "incident__brand", "incident__owner", "recipient", "workspace")
def send(delivery: AlertDelivery, mine: QuerySet, now: datetime) -> str:
    incident = delivery.incident
    if incident.status not in SEND_WHILE[delivery.kind]:
        status = incident.get_status_display().lower()
        return outbox.cancelled(mine, f"not sent: the incident is {status}")
    try:
        message(delivery).send()
    except (smtplib.SMTPException, OSError) as exc:
        delay = backoff(delivery.attempts)
        outbox.retry_later(mine, now + delay, outbox.error_text(exc)[:1000])
        if delivery.attempts == 1:
            _timeline(
                incident,
                TimelineEntry.Kind.ALERT_FAILED,
                f"Email to {_name(delivery.recipient)} failed ({outbox.error_text(exc)}); retrying with "
                "back-off until the mail server accepts it.",
                now,
            )
        log.warning("alert %s to %s failed: %s", delivery.pk, delivery.email, exc)
        return "retry"
    outbox.sent(mine, f"alert {delivery.pk}")
    what = delivery.get_kind_display()
    _timeline(
        incident,
        TimelineEntry.Kind.ALERT,
        f"{what} emailed to {_name(delivery.recipient)} <{delivery.email}>.",
        timezone.now(),
        delivery=delivery.pk,
    )
    return "sent"


# --- the email -------------------------------------------------------------------------


def ack_token(delivery: AlertDelivery) -> str:
    return signing.TimestampSigner(salt=ACK_SALT).sign_object({"d": delivery.pk})


def read_ack_token(token: str) -> int:
    """The delivery id in a link; raises signing.BadSignature (or SignatureExpired)."""
    data = signing.TimestampSigner(salt=ACK_SALT).unsign_object(
        token, max_age=timedelta(hours=settings.ALERT_ACK_LINK_HOURS)
    )
    return int(data["d"])


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def email_context(delivery: AlertDelivery) -> dict[str, Any]:
    incident = delivery.incident
    slug = delivery.workspace.slug
    return {
        "delivery": delivery,
        "incident": incident,
        "explanation": incident.explanation,
        "workspace": delivery.workspace,
        "incident_url": absolute(
            reverse("incident", kwargs={"workspace": slug, "pk": incident.pk})
        ),
        "ack_url": absolute(reverse("crisis_ack", kwargs={"token": ack_token(delivery)})),
        "ack_hours": settings.ALERT_ACK_LINK_HOURS,
        "is_escalation": delivery.kind != AlertDelivery.Kind.ALERT,
        "headline": headline(delivery),
        "can_ack": incident.status == IncidentStatus.OPEN
        and delivery.kind != AlertDelivery.Kind.SUMMARY,
        "timeline": incident.timeline.select_related("actor")
        if delivery.kind == AlertDelivery.Kind.SUMMARY
        else [],
    }


def headline(delivery: AlertDelivery) -> str:
    """The line above an email that is not the first page, saying why it comes."""
    incident = delivery.incident
    return {
        AlertDelivery.Kind.ESCALATION: "Escalated: nobody has acknowledged this incident yet.",
        AlertDelivery.Kind.REMINDER: "Reminder: this incident is still open and nobody has "
        "acknowledged it.",
        AlertDelivery.Kind.RISE: f"Severity rose to {incident.get_severity_display()}: it has "
        "grown well past its threshold.",
        AlertDelivery.Kind.NOTICE: "For your information: this rule notifies the managers "
        "without paging anyone.",
        AlertDelivery.Kind.SUMMARY: f"Resolved: {incident.title}.",
    }.get(delivery.kind, "")


def subject(delivery: AlertDelivery) -> str:
    incident = delivery.incident
    prefix = {
        AlertDelivery.Kind.ESCALATION: "ESCALATED ",
        AlertDelivery.Kind.REMINDER: "REMINDER ",
        AlertDelivery.Kind.RISE: "RAISED TO ",
        AlertDelivery.Kind.NOTICE: "FYI ",
        AlertDelivery.Kind.SUMMARY: "RESOLVED ",
    }.get(delivery.kind, "")
    summary = incident.explanation.get("summary", "")
    first = summary.split(";")[0].split(". ")[0][:120]
    return f"[{prefix}{incident.get_severity_display().upper()}] {incident.title} — {first}"


def message(delivery: AlertDelivery) -> EmailMultiAlternatives:
    context = email_context(delivery)
    name = "summary" if delivery.kind == AlertDelivery.Kind.SUMMARY else "alert"
    text = render_to_string(f"crisis/email/{name}.txt", context)
    html = render_to_string(f"crisis/email/{name}.html", context)
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    email = EmailMultiAlternatives(
        subject=subject(delivery),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[delivery.email],
        connection=get_connection(),
        headers={
            # Stable across retries, so a receiving server can drop a rare duplicate.
            "Message-ID": f"<crisis-alert-{delivery.pk}@{host}>",
            "X-ORM-Incident": str(delivery.incident_id),
            "Auto-Submitted": "auto-generated",
        },
    )
    email.attach_alternative(html, "text/html")
    return email


def _timeline(incident: Incident, kind: str, text: str, at: datetime, **data: Any) -> None:
    TimelineEntry.objects.create(
        workspace_id=incident.workspace_id,
        incident=incident,
        kind=kind,
        text=text,
        at=at,
        data=data,
    )


def _name(user: Any) -> str:
    return user.get_full_name() or user.get_username()
