"""Who is on call when: the rota, with the shifts planned by hand overriding it.

``schedule`` cuts a period into segments with one person on call (or nobody: a gap), which
the on-call page previews and the pager reads (``on_call_at``). A gap pages the fallback
person, or the managers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from crisis.models import OnCallShift, Rota
from orm_dashboard.models import Membership


@dataclass
class Segment:
    start: datetime
    end: datetime
    user_id: int | None  # None: a gap
    backup_id: int | None
    override: bool = False


def rota_of(workspace_id: int) -> Rota | None:
    return Rota.objects.filter(workspace_id=workspace_id).first()


def _members(workspace_id: int) -> set[int]:
    return set(
        Membership.objects.filter(workspace_id=workspace_id).values_list("user_id", flat=True)
    )


def schedule(
    workspace_id: int, start: datetime, end: datetime, *, rota: Rota | None = None
) -> list[Segment]:
    """Who is on call from ``start`` to ``end``, segment by segment (adjacent equal ones
    merged). People who left the workspace are skipped in the rota's order."""
    rota = rota if rota is not None else rota_of(workspace_id)
    members = _members(workspace_id)
    people = [p for p in (rota.people if rota else []) if p in members]
    shifts = list(
        OnCallShift.objects.filter(workspace_id=workspace_id, ends_at__gt=start, starts_at__lt=end)
        .filter(user_id__in=members)
        .order_by("starts_at")
    )
    cuts = {start, end}
    for shift in shifts:
        cuts.update(t for t in (shift.starts_at, shift.ends_at) if start < t < end)
    if rota is not None and people:
        n = rota.turn_at(start)
        n = -1 if n is None else n
        while (t := rota.handover(n + 1)) < end:
            if t > start:
                cuts.add(t)
            n += 1
    points = sorted(cuts)
    segments: list[Segment] = []
    for a, b in pairwise(points):
        segment = _who(a, b, shifts, rota, people)
        last = segments[-1] if segments else None
        if last is not None and (last.user_id, last.backup_id, last.override) == (
            segment.user_id,
            segment.backup_id,
            segment.override,
        ):
            last.end = b
        else:
            segments.append(segment)
    return segments


def _who(
    a: datetime, b: datetime, shifts: list[OnCallShift], rota: Rota | None, people: list[int]
) -> Segment:
    covering = [s for s in shifts if s.starts_at <= a < s.ends_at]
    if covering:
        shift = max(covering, key=lambda s: s.starts_at)  # the latest plan wins
        return Segment(a, b, shift.user_id, shift.backup_id, override=True)
    if rota is None or not people:
        return Segment(a, b, None, None)
    turn = rota.turn_at(a)
    if turn is None:
        return Segment(a, b, None, None)
    person = people[turn % len(people)]
    following = people[(turn + 1) % len(people)] if len(people) > 1 else None
    return Segment(a, b, person, following)


def on_call_at(workspace_id: int, at: datetime) -> Segment:
    return schedule(workspace_id, at, at + timedelta(seconds=1))[0]


def gaps(segments: list[Segment]) -> list[Segment]:
    return [s for s in segments if s.user_id is None]
