"""Numbers other apps contribute to the overview, without the overview importing them.

crisis and reviews register a function in their AppConfig.ready(); the overview (in
mentions) asks for all of them with a ``Scope`` (the workspace, the brands the page is
about, the period) so a brand's overview counts only that brand's reviews and incidents.
Dependencies keep pointing one way: a Scope carries brand ids, not Brand rows.

Every figure that has a period carries its value in the previous period of the same
length, and says which direction is good for the client, so the page (and the client
report) can show "+12 (+15 %)" in green or red without knowing what the figure is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Scope:
    """What a page or a report is about: a workspace, some of its brands, a period."""

    workspace: Any  # orm_dashboard.models.Workspace
    brand_ids: tuple[int, ...]
    since: datetime
    until: datetime

    @property
    def previous(self) -> Scope:
        """The period of the same length just before this one."""
        return Scope(self.workspace, self.brand_ids, self.since - self.length, self.since)

    @property
    def length(self) -> Any:
        return self.until - self.since


@dataclass(frozen=True)
class Delta:
    """A figure against the previous period: absolute and relative change, and its tone.

    ``better`` is "up" when a rise is good for the client (positive share, rating), "down"
    when a fall is (negative mentions, time to answer), "" when neither (volume).
    """

    current: float | None
    previous: float | None
    better: str = ""
    unit: str = ""  # "%" figures change in points ("pts"); others in their own unit

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        if self.change is None or not self.previous:
            return None
        return 100 * self.change / abs(self.previous)

    @property
    def tone(self) -> str:
        """ "good", "bad" or "" (no change, no comparison, or no better direction)."""
        if not self.change or not self.better:
            return ""
        return "good" if (self.change > 0) == (self.better == "up") else "bad"

    @property
    def arrow(self) -> str:
        if self.change is None:
            return ""
        return "▲" if self.change > 0 else "▼" if self.change < 0 else "="

    @property
    def text(self) -> str:
        """ "+12 (+15 %)", "-3 pts (-20 %)" (with a real minus sign), "no change", "+3 (new)"."""
        if self.change is None:
            return ""
        if self.change == 0:
            return "no change"
        unit = " pts" if self.unit == "%" else self.unit
        absolute = f"{_signed(self.change)}{unit}"
        if self.percent is None:
            return f"{absolute} (new)"
        return f"{absolute} ({_signed(self.percent, 0)} %)"


def _signed(value: float, digits: int | None = None) -> str:
    if digits is None:
        digits = 0 if float(value).is_integer() else 1
    text = f"{abs(value):,.{digits}f}"
    return ("+" if value > 0 else "−" if value < 0 else "") + text


@dataclass
class Widget:
    title: str
    value: str
    url: str
    tone: str = ""  # "", "good", "bad" for colour
    hint: str = ""
    delta: Delta | None = None  # against the previous period, when the figure has a period
    extra: dict[str, Any] = field(default_factory=dict)


Provider = Callable[[Scope], list[Widget]]
_providers: list[Provider] = []


def register(provider: Provider) -> Provider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def collect(scope: Scope) -> list[Widget]:
    found: list[Widget] = []
    for provider in _providers:
        found.extend(provider(scope))
    return found
