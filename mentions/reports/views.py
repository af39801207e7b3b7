"""Defining client reports, previewing exactly what goes out, sending now, and the sent
reports with their PDFs. The unsubscribe link (no login, signed) is here too.

The email's HTML has inline styles (mail clients need them) which the app's CSP forbids, so
a preview shows it in a sandboxed frame served with its own narrow policy: no scripts at
all, styles inline, images only as data: URIs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.decorators import csp_replace
from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mentions.models import Report, ReportDelivery, ReportIssue
from mentions.reports import delivery
from mentions.reports import render as reports_render
from mentions.reports.forms import ReportForm
from orm_dashboard import audit
from orm_dashboard.models import Role
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped

FRAME_POLICY = {
    "default-src": [NONE],
    "script-src": None,
    "connect-src": None,
    "font-src": None,
    "form-action": [NONE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:"],
    "frame-ancestors": [SELF],
    "sandbox": True,
}


@member_required(Role.VIEWER)
@require_GET
def report_list(request: HttpRequest) -> HttpResponse:
    reports = scoped(request, Report).prefetch_related("brands")
    issues = (
        scoped(request, ReportIssue)
        .select_related("report")
        .defer("html", "text", "images", "pdf")
        .annotate(
            recipients=Count("deliveries"),
            delivered=Count("deliveries", filter=Q(deliveries__status="sent")),
        )[:50]
    )
    return render(
        request,
        "reports/list.html",
        {"reports": reports, "issues": issues, "section": "reports"},
    )


@member_required(Role.MANAGER)
@require_http_methods(["GET", "POST"])
def report_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    report = get_object_for_member(request, Report, pk) if pk else None
    form = ReportForm(
        request.POST or None,
        instance=report or Report(workspace=request.workspace, created_by=request.user),
        workspace=request.workspace,
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
            delivery.schedule_next(saved)
            audit.record(
                request,
                "report.created" if report is None else "report.changed",
                saved,
                name=saved.name,
            )
        messages.success(request, f"Report “{saved.name}” saved; next one {_next(saved)}.")
        return redirect("report_preview", workspace=request.workspace.slug, pk=saved.pk)
    return render(
        request, "reports/edit.html", {"form": form, "report": report, "section": "reports"}
    )


def _next(report: Report) -> str:
    if not report.next_run_at:
        return "not scheduled (turned off)"
    tz = reports_render.schedule(report).tz
    return f"on {timezone.localtime(report.next_run_at, tz):%a %-d %b %Y at %H:%M} ({tz})"


@member_required(Role.MANAGER)
@require_POST
def report_delete(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_for_member(request, Report, pk)
    audit.record(request, "report.deleted", report, name=report.name)
    report.delete()
    messages.success(request, f"Report “{report.name}” deleted, with the reports it sent.")
    return redirect("reports", workspace=request.workspace.slug)


def _preview(report: Report) -> tuple[reports_render.Rendered, datetime, datetime]:
    start, end = reports_render.schedule(report).latest_period(timezone.now())
    return reports_render.build(report, start, end, report.next_note), start, end


@member_required(Role.MANAGER)
@require_GET
def report_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """What "send now" sends: the last whole period with the note written so far."""
    report = get_object_for_member(request, Report, pk)
    rendered, start, end = _preview(report)
    return render(
        request,
        "reports/preview.html",
        {
            "report": report,
            "rendered": rendered,
            "text": rendered.text.replace(reports_render.FOOTER_TEXT, "(unsubscribe link)"),
            "recipients": delivery.recipients(report),
            "period": reports_render.period_label(report, start, end),
            "next": _next(report),
            "section": "reports",
        },
    )


def _email_page(rendered_html: str) -> HttpResponse:
    response = HttpResponse(rendered_html)
    response["Cache-Control"] = "private, no-store"
    return response


@member_required(Role.MANAGER)
@xframe_options_sameorigin
@csp_replace(FRAME_POLICY)
@require_GET
def report_preview_email(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_for_member(request, Report, pk)
    rendered, _, _ = _preview(report)
    return _email_page(rendered.html_with_data_uris().replace(reports_render.FOOTER_HTML, ""))


def _pdf(content: bytes, name: str, attachment: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@member_required(Role.MANAGER)
@require_GET
def report_preview_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_for_member(request, Report, pk)
    rendered, start, _ = _preview(report)
    return _pdf(reports_render.pdf(rendered), f"preview-{start:%Y-%m-%d}.pdf")


@member_required(Role.MANAGER)
@require_POST
def report_send_now(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_for_member(request, Report, pk)
    if not delivery.recipients(report):
        messages.error(request, "This report has no recipient with an email address.")
        return redirect("report_preview", workspace=request.workspace.slug, pk=report.pk)
    issue = delivery.send_now(report, request.user)
    if issue.note:
        Report.objects.filter(pk=report.pk, next_note=report.next_note).update(next_note="")
    audit.record(request, "report.sent_now", report, issue=issue.pk)
    messages.success(request, f"Sending “{report.name}” for {_label(issue)} now.")
    return redirect("report_issue", workspace=request.workspace.slug, pk=issue.pk)


def _label(issue: ReportIssue) -> str:
    return reports_render.period_label(issue.report, issue.period_start, issue.period_end)


@member_required(Role.VIEWER)
@require_GET
def report_issue(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_object_or_404(
        scoped(request, ReportIssue).select_related("report").defer("pdf", "images"), pk=pk
    )
    return render(
        request,
        "reports/issue.html",
        {
            "issue": issue,
            "label": _label(issue),
            "deliveries": issue.deliveries.all(),
            "section": "reports",
        },
    )


@member_required(Role.VIEWER)
@xframe_options_sameorigin
@csp_replace(FRAME_POLICY)
@require_GET
def report_issue_email(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_object_for_member(request, ReportIssue, pk)
    rendered = reports_render.Rendered(
        issue.subject,
        issue.html,
        issue.text,
        {cid: delivery._b64decode(data) for cid, data in issue.images.items()},
        issue.quiet,
    )
    return _email_page(rendered.html_with_data_uris().replace(reports_render.FOOTER_HTML, ""))


@member_required(Role.VIEWER)
@require_GET
def report_issue_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_object_for_member(request, ReportIssue, pk, pdf__isnull=False)
    day = timezone.localtime(issue.period_start, reports_render.schedule(issue.report).tz)
    return _pdf(bytes(issue.pdf), f"{issue.report.name} {day:%Y-%m-%d}.pdf".replace('"', ""))


@member_required(Role.MANAGER)
@require_POST
def report_issue_note(request: HttpRequest, pk: int) -> HttpResponse:
    """The note a waiting report was held for: write it and the report goes out."""
    issue = get_object_for_member(request, ReportIssue, pk)
    note = request.POST.get("note", "").strip()
    if not note:
        messages.error(request, "Write what you did, or turn off waiting in the report's settings.")
    elif delivery.release_with_note(issue, note):
        audit.record(request, "report.note_written", issue.report, issue=issue.pk)
        messages.success(request, "Note added; the report is on its way.")
    else:
        messages.error(request, "This report is not waiting for a note any more.")
    return redirect("report_issue", workspace=request.workspace.slug, pk=issue.pk)


# --- outside /w/<slug>/: the unsubscribe link --------------------------------------------


@csrf_exempt  # the signed token is the capability; mail providers' one-click POST has no CSRF
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """No login: the signed token names the report and the address. GET asks, POST does it
    (mail scanners follow links but do not submit forms; RFC 8058 one-click POSTs)."""
    found = delivery.read_unsubscribe_token(token)
    report = (
        Report.objects.filter(pk=found[0]).select_related("workspace").first() if found else None
    )
    if report is None or found is None:
        return render(request, "reports/unsubscribe.html", {"state": "invalid"}, status=404)
    address = found[1]
    context: dict[str, Any] = {"report": report, "address": address}
    if request.method == "POST":
        with transaction.atomic():
            locked = Report.objects.select_for_update().get(pk=report.pk)
            remaining = [e for e in locked.outside_emails if e.lower() != address]
            if remaining != locked.outside_emails:
                locked.outside_emails = remaining
                locked.save(update_fields=["outside_emails"])
                audit.log(report.workspace, None, "report.unsubscribed", report, email=address)
            ReportDelivery.objects.filter(
                issue__report=report, email=address, status="pending"
            ).update(status=ReportDelivery.Status.CANCELLED, last_error="unsubscribed")
        return render(request, "reports/unsubscribe.html", {**context, "state": "done"})
    subscribed = address in {e.lower() for e in report.outside_emails}
    return render(
        request,
        "reports/unsubscribe.html",
        {**context, "state": "ask" if subscribed else "already"},
    )
