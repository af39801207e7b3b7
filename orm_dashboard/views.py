from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from orm_dashboard import broker
from orm_dashboard.models import is_agency_owner
from orm_dashboard.tenancy import by_recent_use, workspaces_for


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Database and broker reachability, for compose healthchecks and load balancers.

    The broker is asked with the soft-state client (at most 0.25 s, no retries), so this
    answers within a second whether Redis is up or not."""
    status: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        status["database"] = "ok"
    except Exception as exc:
        status["database"] = f"error: {exc.__class__.__name__}"
    try:
        broker.soft().ping()
        status["broker"] = "ok"
    except Exception as exc:
        status["broker"] = f"error: {exc.__class__.__name__}"
    healthy = all(value == "ok" for value in status.values())
    return JsonResponse(status, status=200 if healthy else 503)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """After login: the workspace used last (else the first by name), or a page saying they
    have none yet."""
    found = by_recent_use(request, list(workspaces_for(request.user)))
    workspace = found[0] if found else None
    if workspace is not None:
        return redirect("overview", workspace=workspace.slug)
    return render(
        request,
        "orm_dashboard/no_workspace.html",
        {
            "can_create": is_agency_owner(request.user),
            "has_archived": workspaces_for(request.user, archived=True).exists(),
        },
    )
