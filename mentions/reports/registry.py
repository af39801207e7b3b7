"""The report sections: one module each, registered here by the app that owns its data.

mentions registers its own sections (mentions.reports.sections) from its AppConfig; reviews
and crisis register theirs from their AppConfig.ready(), so the report machinery (in
mentions) never imports them. A section builds plain data from a ReportContext once per
issue; the email's HTML, its text part and the PDF are rendered from that same data with the
section's two templates (``reports/sections/<key>.html`` and ``.txt``).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from orm_dashboard.widgets import Scope


@dataclass
class ReportContext:
    """What a section needs: the scope (brands, period), the one before it, the report."""

    report: Any  # mentions.models.Report
    scope: Scope
    previous: Scope
    brands: list[Any]
    competitors: list[Any]
    tz: Any  # the report's ZoneInfo: days are its days
    note: str = ""
    charts: dict[str, bytes] = field(default_factory=dict)  # cid -> PNG

    def add_chart(self, name: str, png: bytes) -> str:
        """Keep a PNG for the email (inline, by Content-ID) and the PDF; its cid."""
        self.charts[name] = png
        return name

    def chart_uri(self, name: str) -> str:
        return "data:image/png;base64," + base64.b64encode(self.charts[name]).decode()


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    order: int
    # Data for the templates. "activity" (how many things happened: mentions, reviews,
    # incidents) decides whether a period was quiet; a section with nothing to say returns
    # data with activity 0 and still renders (it says so).
    build: Callable[[ReportContext], dict[str, Any]]
    help: str = ""

    @property
    def html_template(self) -> str:
        return f"reports/sections/{self.key}.html"

    @property
    def text_template(self) -> str:
        return f"reports/sections/{self.key}.txt"


_sections: dict[str, Section] = {}


def register(section: Section) -> Section:
    _sections[section.key] = section
    return section


def all_sections() -> list[Section]:
    return sorted(_sections.values(), key=lambda s: (s.order, s.key))


def get(key: str) -> Section | None:
    return _sections.get(key)


def choices() -> list[tuple[str, str]]:
    return [(s.key, s.title) for s in all_sections()]
