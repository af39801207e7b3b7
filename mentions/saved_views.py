"""Saved views: an inbox filter kept under a name, private or shared with the workspace.

A view is only a filter query, so opening one is a link to the inbox. Anyone who may read
the inbox may keep private views; sharing one with the whole workspace needs the agent role
(a client's viewer account must not change what the agency's staff see).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from mentions import inbox
from mentions.models import SavedView
from orm_dashboard import audit
from orm_dashboard.models import Role
from orm_dashboard.tenancy import member_required, scoped

MAX_VIEWS = 30  # per person, shared ones included: tabs, not a database of queries


def visible(request: HttpRequest) -> QuerySet[SavedView]:
    """The person's own views and the workspace's shared ones."""
    return scoped(request, SavedView).filter(Q(owner=request.user) | Q(shared=True))


def may_delete(request: HttpRequest, view: SavedView) -> bool:
    return view.owner_id == request.user.pk or (
        view.shared and request.membership.allows(Role.MANAGER)
    )


def _inbox_url(request: HttpRequest, query: str = "") -> str:
    url = reverse("inbox", kwargs={"workspace": request.workspace.slug})
    return f"{url}?{query}" if query else url


@member_required(Role.VIEWER)
@require_POST
def save_view(request: HttpRequest) -> HttpResponse:
    name = " ".join(request.POST.get("name", "").split())[:60]
    query = inbox.canonical(request.POST.get("query", ""))
    shared = bool(request.POST.get("shared"))
    error = ""
    if not name:
        error = "Give the view a name."
    elif shared and not request.membership.allows(Role.AGENT):
        error = "Viewers can keep views for themselves only; ask an agent to share one."
    elif visible(request).filter(owner=request.user).count() >= MAX_VIEWS:
        error = f"You already have {MAX_VIEWS} views; delete one first."
    if not error:
        try:
            with transaction.atomic():
                view = SavedView.objects.create(
                    workspace=request.workspace,
                    owner=request.user,
                    name=name,
                    query=query,
                    shared=shared,
                )
                audit.record(request, "view.save", view, name=name, query=query, shared=shared)
        except IntegrityError:
            error = f"You already have a view called “{name}”."
    if error:
        # Answered in place (200), not redirected: the form's text is kept for a retry.
        from mentions.views import inbox_page

        messages.error(request, error)
        return inbox_page(request, QueryDict(query))
    messages.success(
        request, f"Saved the view “{name}”" + (", shared with the workspace." if shared else ".")
    )
    return redirect(_inbox_url(request, query))


@member_required(Role.VIEWER)
@require_POST
def delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    view = visible(request).filter(pk=pk).first()
    if view is None:  # someone else's private view is not there for you
        raise Http404("No such view")
    if not may_delete(request, view):
        messages.error(request, "Only its owner or a manager can delete a shared view.")
        return redirect(_inbox_url(request, view.query))
    with transaction.atomic():
        audit.record(request, "view.delete", view, name=view.name)
        view.delete()
    messages.success(request, f"Deleted the view “{view.name}”.")
    return redirect(_inbox_url(request))


@member_required(Role.VIEWER)
@require_GET
def view_tabs(request: HttpRequest) -> HttpResponse:
    """The views as tabs with their counts of new mentions, asked for after the page shows
    (a bounded count each, so the list never waits for them)."""
    current = inbox.canonical(request.GET.get("current", ""))
    return render(request, "mentions/inbox.html#view-tabs", tabs_context(request, current))


def new_count(request: HttpRequest, query: str) -> str:
    """How many mentions of the view nobody has triaged yet ("new"), shown as "1,000+"
    beyond the bound, or "" when that is not cheap to know."""
    filters = inbox.Filters.from_query(QueryDict(query))
    if filters.status not in ("todo", "new", "all"):
        return ""
    filters.status = "new"
    qs = inbox.filtered(request.workspace, filters, request.user)
    return inbox.count_label(inbox.bounded_count(qs))


def tabs_context(request: HttpRequest, current: str, *, counted: bool = True) -> dict[str, Any]:
    views = list(visible(request).select_related("owner"))
    tabs = [{"name": "Inbox", "query": "", "view": None}] + [
        {"name": v.name, "query": v.query, "view": v} for v in views
    ]
    for tab in tabs:
        tab["current"] = tab["query"] == current
        tab["count"] = new_count(request, tab["query"]) if counted else ""
        view = tab["view"]
        tab["deletable"] = view is not None and may_delete(request, view)
    return {
        "tabs": tabs,
        "counted": counted,
        "current_query": current,
        "inbox_url": _inbox_url(request),
    }
