"""Open work per workspace and "my work" across workspaces, contributed by the apps.

The switcher shows each client's open work (new mentions, reviews to answer, active
incidents) and the "My work" page lists what is waiting for one person everywhere. The
core knows neither mentions, reviews nor incidents: each app registers a counter and a
lister in its AppConfig.ready(), as with orm_dashboard.widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from orm_dashboard.models import Membership

# Counts above this show as "1000+": the switcher never counts a whole big workspace.
COUNT_CAP = 1000


@dataclass
class OpenCount:
    label: str  # "new mentions"
    by_workspace: dict[int, int]
    one: str = ""  # "new mention": the label for a count of 1

    def label_for(self, n: int) -> str:
        return self.one if n == 1 and self.one else self.label


@dataclass
class WorkItem:
    kind: str  # "Assigned mention", "Reply to approve", "Incident you own"
    title: str
    url: str
    workspace_id: int
    when: datetime | None = None
    detail: str = ""


Counter = Callable[[Sequence[int]], OpenCount]
Lister = Callable[[Any, Sequence[Membership]], list[WorkItem]]
_counters: list[Counter] = []
_listers: list[Lister] = []


def register_counter(counter: Counter) -> Counter:
    if counter not in _counters:
        _counters.append(counter)
    return counter


def register_lister(lister: Lister) -> Lister:
    if lister not in _listers:
        _listers.append(lister)
    return lister


def open_counts(workspace_ids: Sequence[int]) -> dict[int, list[tuple[str, int]]]:
    """Per workspace: (label, count) of each kind of open work, zero counts left out."""
    found: dict[int, list[tuple[str, int]]] = {pk: [] for pk in workspace_ids}
    if not workspace_ids:
        return found
    for counter in _counters:
        result = counter(workspace_ids)
        for pk, n in result.by_workspace.items():
            if n and pk in found:
                found[pk].append((result.label_for(n), n))
    return found


def my_work(user: Any, memberships: Sequence[Membership]) -> list[WorkItem]:
    """Everything waiting for ``user`` in these memberships' workspaces, newest first."""
    items: list[WorkItem] = []
    for lister in _listers:
        items.extend(lister(user, memberships))
    return items


def capped(n: int) -> str:
    return f"{COUNT_CAP}+" if n >= COUNT_CAP else str(n)
