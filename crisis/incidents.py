"""Incidents: open one when a rule fires, or add to the active one; and what people do to it.

A brand has at most one active incident per rule kind (a partial unique constraint), so
any number of evaluations racing each other end up on the same incident. A firing only
counts when it brings something new (a mention not yet linked, or a new source state):
re-evaluating the same spike changes nothing and pages nobody.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from crisis import alerts, events
from crisis.models import (
    ACTIVE,
    ChecklistItem,
    CrisisPolicy,
    Incident,
    IncidentMention,
    IncidentStatus,
    Playbook,
    Severity,
    TimelineEntry,
)
from crisis.rules.keyword import matched_keywords
from mentions.models import Brand, MentionBrand

if TYPE_CHECKING:
    from crisis.rules import Finding

log = logging.getLogger(__name__)


def note(
    incident: Incident,
    kind: str,
    text: str,
    *,
    actor: Any = None,
    at: datetime | None = None,
    **data: Any,
) -> TimelineEntry:
    return TimelineEntry.objects.create(
        workspace_id=incident.workspace_id,
        incident=incident,
        kind=kind,
        text=text,
        actor=actor,
        at=at or timezone.now(),
        data=data,
    )


def top_mentions(brand_id: int, mention_ids: list[int], keywords: list[str]) -> list[dict]:
    """The mentions driving a firing, loudest first, as plain data for page and email."""
    if not mention_ids:
        return []
    matches = (
        MentionBrand.objects.filter(brand_id=brand_id, mention_id__in=mention_ids)
        .select_related("mention")
        .order_by(F("mention__reach").desc(nulls_last=True), "-published_at")[:5]
    )
    top = []
    for mb in matches:
        m = mb.mention
        entry = {
            "id": m.pk,
            "title": m.title[:200],
            "text": m.text[:280],
            "author": m.author,
            "reach": m.reach,
            "url": m.url,
            "rating": m.rating,
            "sentiment": mb.sentiment_label,
            "published_at": m.published_at.isoformat(),
        }
        if keywords:
            entry["keywords"] = matched_keywords(f"{m.title} {m.text}", keywords)
        top.append(entry)
    return top


def fire(finding: Finding, now: datetime, _retry: bool = True) -> Incident | None:
    """Open an incident for a firing rule, or add the firing to the active one."""
    try:
        with transaction.atomic():
            return _fire(finding, now)
    except IntegrityError:
        # Another evaluation opened the incident between our look and our insert: the
        # retry finds it and adds to it.
        if not _retry:
            raise
        log.info(
            "incident for %s/%s opened concurrently; adding to it",
            finding.rule.brand_id,
            finding.rule.kind,
        )
        return fire(finding, now, _retry=False)


# An open incident rises one severity step each time the observed value grows another
# RISE_FACTOR times past its threshold (3 times: one step, 9 times: two …).
RISE_FACTOR = 3.0


def _fire(finding: Finding, now: datetime) -> Incident | None:
    rule = finding.rule
    # One evaluation of a brand at a time decides what is new: two rules firing in parallel
    # evaluations must still end as one page (see _open).
    Brand.objects.select_for_update().filter(pk=rule.brand_id).first()
    same = Q(brand_id=rule.brand_id, kind=rule.kind)
    incident = Incident.objects.select_for_update().filter(same, status__in=ACTIVE).first()

    new_ids = finding.mention_ids
    if new_ids:
        known = set(
            IncidentMention.objects.filter(
                incident__brand_id=rule.brand_id, incident__kind=rule.kind, mention_id__in=new_ids
            ).values_list("mention_id", flat=True)
        )
        new_ids = [i for i in new_ids if i not in known]
        if not new_ids:
            return incident  # the same spike again: nothing new, nobody paged
    elif finding.signature:
        if incident is not None and incident.explanation.get("signature") == finding.signature:
            return incident
        last = Incident.objects.filter(same, status=IncidentStatus.RESOLVED).order_by(
            "-resolved_at"
        )
        if incident is None and (
            (prev := last.first()) is not None
            and prev.explanation.get("signature") == finding.signature
        ):
            return None  # resolved already, and nothing has changed since

    keywords = finding.details.get("keywords", [])
    explanation = finding.explanation(
        top_mentions(rule.brand_id, new_ids or finding.mention_ids, keywords)
    )
    if incident is None:
        return _open(finding, explanation, new_ids, now)
    Incident.objects.filter(pk=incident.pk).update(
        explanation=explanation, last_fired_at=now, fire_count=F("fire_count") + 1
    )
    incident.refresh_from_db()
    text = finding.summary
    if new_ids:
        text += f" {len(new_ids)} new mention(s) linked."
    note(incident, TimelineEntry.Kind.FIRED, text, at=now)
    _link(incident, new_ids, now)
    if rule.pages:
        steps = _growth_steps(incident.opened_ratio, _ratio(finding))
        if steps > 0:
            why = (
                f"{finding.observed:g} {finding.unit} is {_ratio(finding):.1f} times the "
                f"threshold of {finding.threshold:g}"
            )
            _rise(incident.group or incident, Severity(rule.severity).rank + steps, why, now)
    return incident


def _ratio(finding: Finding) -> float:
    return finding.observed / finding.threshold if finding.threshold else 0.0


def _growth_steps(opened: float, now: float) -> int:
    """Severity steps a firing has grown by since the incident opened: one each time the
    ratio of observed to threshold passes another power of RISE_FACTOR."""
    if opened <= 0 or now <= 0:
        return 0
    return int(math.floor(math.log(now, RISE_FACTOR)) - math.floor(math.log(opened, RISE_FACTOR)))


def _open(finding: Finding, explanation: dict, new_ids: list[int], now: datetime) -> Incident:
    """A new incident. While the brand has an active incident that pages, this one is
    grouped under it: one burst tripping the keyword, surge and spike rules pages each
    person once (the group's severity rises when this one is more severe)."""
    rule = finding.rule
    policy = CrisisPolicy.read(rule.workspace_id)
    group = (
        Incident.objects.filter(
            brand_id=rule.brand_id, status__in=ACTIVE, group__isnull=True, rule__pages=True
        )
        .order_by("opened_at")
        .first()
        if rule.pages
        else None
    )
    pages_now = rule.pages and group is None
    with transaction.atomic():
        incident = Incident.objects.create(
            workspace_id=rule.workspace_id,
            brand_id=rule.brand_id,
            rule=rule,
            kind=rule.kind,
            severity=rule.severity,
            title=f"{rule.brand.name}: {rule.get_kind_display().lower()}",
            explanation=explanation,
            opened_at=now,
            last_fired_at=now,
            opened_ratio=_ratio(finding),
            group=group,
            status=group.status if group is not None else IncidentStatus.OPEN,
            owner=group.owner if group is not None else None,
            acknowledged_at=group.acknowledged_at if group is not None else None,
            next_escalation_at=(
                now + timedelta(minutes=policy.escalation_minutes) if pages_now else None
            ),
        )
    _checklist(incident)
    note(incident, TimelineEntry.Kind.OPENED, finding.summary, at=now)
    _link(incident, new_ids, now)
    events.emit(incident, events.OPENED, summary=str(explanation.get("summary", "")))
    if group is not None:
        note(
            incident,
            TimelineEntry.Kind.GROUPED,
            f"Grouped under incident #{group.pk} ({group.title}), which is paging: nobody is "
            "paged for this one separately.",
            at=now,
            group=group.pk,
        )
        note(
            group,
            TimelineEntry.Kind.GROUPED,
            f"The {rule.get_kind_display().lower()} rule fired too: incident #{incident.pk} "
            "is grouped under this one.",
            at=now,
            grouped=incident.pk,
        )
        _rise(
            group,
            Severity(rule.severity).rank,
            f"the {rule.get_kind_display().lower()} rule, at {rule.get_severity_display().lower()} "
            "severity, fired too",
            now,
        )
    elif rule.pages:
        alerts.page(incident, level=0, now=now)
    else:
        alerts.notify(incident, now)
    return incident


def _rise(incident: Incident, target: int, why: str, now: datetime) -> None:
    """Raise an active incident's severity to rank ``target`` (when higher), say why in its
    timeline, and page the current step again."""
    levels = list(Severity)
    target = min(target, len(levels) - 1)
    if target <= Severity(incident.severity).rank:
        return
    before = incident.get_severity_display()
    Incident.objects.filter(pk=incident.pk).update(severity=levels[target])
    incident.refresh_from_db()
    note(
        incident,
        TimelineEntry.Kind.SEVERITY,
        f"Severity rose from {before} to {incident.get_severity_display()}: {why}.",
        at=now,
    )
    alerts.repage(incident, now)


def _link(incident: Incident, mention_ids: list[int], now: datetime) -> None:
    IncidentMention.objects.bulk_create(
        [
            IncidentMention(
                workspace_id=incident.workspace_id, incident=incident, mention_id=m, added_at=now
            )
            for m in mention_ids
        ],
        ignore_conflicts=True,
    )


def _checklist(incident: Incident) -> None:
    """Copy the playbook steps for this kind of crisis (and the general ones) onto it."""
    books = Playbook.objects.filter(workspace_id=incident.workspace_id).filter(
        Q(kind="") | Q(kind=incident.kind)
    )
    steps: list[str] = []
    for book in books.order_by("-kind", "title"):  # the specific playbook first
        steps += [s for s in book.step_list if s not in steps]
    ChecklistItem.objects.bulk_create(
        [
            ChecklistItem(workspace_id=incident.workspace_id, incident=incident, position=i, text=s)
            for i, s in enumerate(steps)
        ]
    )


# --- what people do --------------------------------------------------------------------


@transaction.atomic
def acknowledge(incident: Incident, user: Any, *, via: str = "the app") -> bool:
    """Stop escalation and make ``user`` the owner. False when it was not open any more."""
    now = timezone.now()
    done = Incident.objects.filter(pk=incident.pk, status=IncidentStatus.OPEN).update(
        status=IncidentStatus.ACKNOWLEDGED,
        owner=user,
        acknowledged_at=now,
        next_escalation_at=None,
    )
    if done:
        note(
            incident,
            TimelineEntry.Kind.ACKNOWLEDGED,
            f"Acknowledged by {display(user)} via {via}; {display(user)} owns the incident.",
            actor=user,
            at=now,
        )
        # Anything still waiting to be sent is no longer needed.
        alerts.cancel_pending(incident, reason=f"acknowledged by {display(user)}")
        # The incidents grouped under it are the same burst: the owner owns them too.
        for child in Incident.objects.filter(group=incident, status=IncidentStatus.OPEN):
            acknowledge(child, user, via=f"incident #{incident.pk}")
        events.emit(incident, events.ACKNOWLEDGED, owner=display(user), via=via)
    incident.refresh_from_db()
    return bool(done)


def set_owner(incident: Incident, owner: Any, actor: Any) -> None:
    Incident.objects.filter(pk=incident.pk).update(owner=owner)
    note(
        incident,
        TimelineEntry.Kind.OWNER,
        f"{display(actor)} made {display(owner) if owner else 'nobody'} the owner.",
        actor=actor,
    )
    if incident.status == IncidentStatus.OPEN and owner is not None:
        acknowledge(incident, owner, via=f"assignment by {display(actor)}")
    incident.refresh_from_db()


def set_severity(incident: Incident, severity: str, actor: Any) -> None:
    before = incident.get_severity_display()
    Incident.objects.filter(pk=incident.pk).update(severity=severity)
    incident.refresh_from_db()
    note(
        incident,
        TimelineEntry.Kind.SEVERITY,
        f"{display(actor)} changed the severity from {before} to "
        f"{incident.get_severity_display()}.",
        actor=actor,
    )


@transaction.atomic
def resolve(incident: Incident, actor: Any, what: str, changed: str) -> None:
    now = timezone.now()
    Incident.objects.filter(pk=incident.pk).update(
        status=IncidentStatus.RESOLVED,
        resolved_at=now,
        resolved_by=actor,
        next_escalation_at=None,
        postmortem_what=what,
        postmortem_changed=changed,
        owner=incident.owner or actor,
    )
    note(
        incident,
        TimelineEntry.Kind.RESOLVED,
        f"Resolved by {display(actor)}.",
        actor=actor,
        at=now,
        what=what,
        changed=changed,
    )
    alerts.cancel_pending(incident, reason="resolved")
    events.emit(incident, events.RESOLVED, resolved_by=display(actor))
    incident.refresh_from_db()
    for child in Incident.objects.filter(group=incident, status__in=ACTIVE):
        resolve(child, actor, what or f"Resolved with incident #{incident.pk}.", changed)
    if incident.group_id is None:
        alerts.summarise(incident, now)


def reopen(incident: Incident, actor: Any) -> bool:
    """Back to acknowledged, owned by whoever reopened it; refused while a newer one is active."""
    try:
        with transaction.atomic():
            Incident.objects.filter(pk=incident.pk, status=IncidentStatus.RESOLVED).update(
                status=IncidentStatus.ACKNOWLEDGED, resolved_at=None, owner=actor
            )
    except IntegrityError:
        return False
    note(incident, TimelineEntry.Kind.STATUS, f"Reopened by {display(actor)}.", actor=actor)
    incident.refresh_from_db()
    return True


def display(user: Any) -> str:
    if user is None:
        return "nobody"
    return user.get_full_name() or user.get_username()
