"""A report issue's content: the data built once, then the email's HTML (images by cid:),
its plain-text part and the PDF, all from that same data.

The email HTML is table-based with inline styles (Gmail drops most of <head>, Outlook
renders with Word): no SVG, no web fonts, no scripts. Per-recipient parts (the unsubscribe
footer) are left as a marker and filled in when each email is sent, so an issue is built
and rendered once whatever the number of recipients. The PDF is the same HTML with the
images inlined as data: URIs, printed by WeasyPrint, which is not allowed to fetch any other
URL (mention titles are the internet's text, escaped, but never a reason to go online).
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from mentions import figures
from mentions.models import Report
from mentions.reports import registry
from mentions.reports.periods import Schedule
from mentions.reports.registry import ReportContext
from orm_dashboard.widgets import Scope

FOOTER_HTML = "<!--recipient-footer-->"
FOOTER_TEXT = "[[recipient-footer]]"
PDF_CSS = """
@page { size: A4; margin: 14mm 12mm; @bottom-right { content: counter(page) " / " counter(pages);
  font: 8pt sans-serif; color: #57606a; } }
body { margin: 0; }
.report-body { width: 100% !important; }
table { page-break-inside: auto; } tr, img { page-break-inside: avoid; }
"""


def schedule(report: Report) -> Schedule:
    return Schedule(
        report.frequency, report.weekday, report.day_of_month, report.send_time, report.time_zone
    )


def period_label(report: Report, start: datetime, end: datetime) -> str:
    tz = schedule(report).tz
    first, last = start.astimezone(tz), (end - timedelta(seconds=1)).astimezone(tz)
    if report.frequency == Report.Frequency.MONTHLY and first.day == 1:
        return f"{first:%B %Y}"
    if first.date() == last.date():
        return f"{first:%a %-d %b %Y}"
    if first.year != last.year:
        return f"{first:%-d %b %Y} – {last:%-d %b %Y}"
    if first.month != last.month:
        return f"{first:%-d %b} – {last:%-d %b %Y}"
    return f"{first:%-d}–{last:%-d %b %Y}"


@dataclass
class Rendered:
    subject: str
    html: str
    text: str
    images: dict[str, bytes]
    quiet: bool
    data: dict[str, Any] = field(default_factory=dict)

    def html_with_data_uris(self) -> str:
        """The email's HTML as a browser or the PDF shows it: cid: images inlined."""

        def inline(match: re.Match[str]) -> str:
            png = self.images.get(match.group(1))
            if png is None:
                return match.group(0)
            return 'src="data:image/png;base64,' + base64.b64encode(png).decode() + '"'

        return re.sub(r'src="cid:([\w.-]+)"', inline, self.html)

    def encoded_images(self) -> dict[str, str]:
        return {cid: base64.b64encode(png).decode() for cid, png in self.images.items()}


def agency() -> dict[str, Any]:
    """The agency heading the report: AGENCY_NAME and an optional logo file."""
    logo = None
    path = settings.AGENCY_LOGO
    if path and Path(path).is_file():
        logo = Path(path).read_bytes()
    return {"name": settings.AGENCY_NAME, "logo": logo}


def build(report: Report, start: datetime, end: datetime, note: str) -> Rendered:
    """Build every chosen section's data for [start, end) and render the email from it."""
    plan = schedule(report)
    brands = list(report.brands.all())
    competitors = [b for b in report.competitors.all() if b not in brands]
    scope = Scope(report.workspace, tuple(b.pk for b in brands), start, end)
    before = plan.previous(start, end)
    ctx = ReportContext(
        report=report,
        scope=scope,
        previous=Scope(report.workspace, scope.brand_ids, *before),
        brands=brands,
        competitors=competitors,
        tz=plan.tz,
        note=note,
    )
    chosen = [s for s in registry.all_sections() if s.key in report.sections]
    with timezone.override(plan.tz):
        built = [(section, section.build(ctx)) for section in chosen]
        activity = figures.volume(scope).total + sum(d.get("activity", 0) for _, d in built)
        quiet = activity == 0
        if quiet:  # a short report: the note only, if there is one
            built = [(s, d) for s, d in built if s.key == "note" and d.get("note")]
        head = agency()
        if head["logo"]:
            ctx.add_chart("logo", head["logo"])
        label = period_label(report, start, end)
        client = report.client_name or report.workspace.name
        context = {
            "report": report,
            "client": client,
            "agency": head,
            "brands": [b.name for b in brands],
            "competitors": competitors,
            "period_label": label,
            "start": start,
            "end": end,
            "previous_label": period_label(report, *before),
            "quiet": quiet,
            "tz": plan.tz,
            "footer_marker": FOOTER_HTML,
            "text_footer_marker": FOOTER_TEXT,
            "sections": [
                {
                    "section": section,
                    "data": data,
                    "html": render_to_string(section.html_template, {**data, "ctx": ctx}),
                    "text": render_to_string(section.text_template, {**data, "ctx": ctx}),
                }
                for section, data in built
            ],
        }
        html = render_to_string("reports/email.html", context)
        text = render_to_string("reports/email.txt", context)
    subject = f"{client}: {report.name}, {label}" + (" (quiet period)" if quiet else "")
    return Rendered(subject, html, _tidy(text), dict(ctx.charts), quiet, {"sections": built})


def _tidy(text: str) -> str:
    """Templates leave blank runs; a text email reads better with at most one empty line."""
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def pdf(rendered: Rendered) -> bytes:
    """The PDF attachment: the email's own HTML, printed. Fetches nothing but data: URIs."""
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    html = rendered.html_with_data_uris().replace(FOOTER_HTML, "")
    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=html, url_fetcher=fetcher, base_url=settings.SITE_URL).write_pdf(
        stylesheets=[CSS(string=PDF_CSS, url_fetcher=fetcher)]
    )
