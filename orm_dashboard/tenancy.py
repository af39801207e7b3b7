"""The one place that decides who sees which workspace.

Every workspace view is wrapped in ``member_required(role)``: an outsider gets 404 (and
never learns the workspace exists), a member below the role gets 403. Every queryset goes
through ``scoped()`` so no view can forget the workspace filter.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from orm_dashboard.models import Membership, Role, Workspace

if TYPE_CHECKING:
    from django.db.models import QuerySet

M = TypeVar("M", bound=models.Model)
View = Callable[..., HttpResponse]


def member_required(
    role: Role | str = Role.VIEWER, *, archived_ok: bool = False
) -> Callable[[View], View]:
    """Resolve ``workspace`` from the URL, check membership and role, set request.workspace.

    Anonymous users are sent to log in; members below ``role`` get 403; everyone else 404.
    An archived workspace is read-only: views needing more than a viewer answer 403 there,
    except those marked ``archived_ok`` (restoring it). Times render in the person's zone,
    else the workspace's. The view is marked with ``min_role`` so the tenancy test matrix
    can find and check it.
    """
    needed = Role(role)

    def decorator(view: View) -> View:
        @functools.wraps(view)
        def wrapper(
            request: HttpRequest, workspace: str, *args: Any, **kwargs: Any
        ) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = (
                Membership.objects.select_related("workspace", "user__profile")
                .filter(user=request.user, workspace__slug=workspace)
                .filter(workspace__deleting_at__isnull=True)
                .first()
            )
            if membership is None:
                raise Http404("No such workspace")
            if not membership.allows(needed):
                raise PermissionDenied(f"This needs the {needed.label.lower()} role")
            if membership.workspace.is_archived and needed != Role.VIEWER and not archived_ok:
                raise PermissionDenied(
                    "This workspace is archived, so it is read-only. "
                    "A manager can restore it under Settings › Workspace."
                )
            request.workspace = membership.workspace  # type: ignore[attr-defined]
            request.membership = membership  # type: ignore[attr-defined]
            with timezone.override(zone_for(membership.user, membership.workspace)):
                response = view(request, *args, **kwargs)
            slug = membership.workspace.slug
            if recent_changed(request, slug) and not request.htmx:  # type: ignore[attr-defined]
                response.set_cookie(
                    RECENT_COOKIE,
                    recent_after(request, slug),
                    max_age=365 * 86400,
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                )
            return response

        wrapper.min_role = needed  # type: ignore[attr-defined]
        return wrapper

    return decorator


def scoped(request: HttpRequest, model: type[M]) -> QuerySet[M]:
    """All rows of ``model`` in the request's workspace; the only way views query data."""
    return model.objects.filter(workspace=request.workspace)  # type: ignore[attr-defined]


def get_object_for_member(
    request: HttpRequest, model: type[M] | QuerySet[M], pk: Any, **filters: Any
) -> M:
    """One row of the request's workspace, or 404 (also for rows of other workspaces).

    ``model`` may be a queryset (to select or defer columns); it is scoped all the same.
    """
    if isinstance(model, models.QuerySet):
        rows = model.filter(workspace=request.workspace)  # type: ignore[attr-defined]
    else:
        rows = scoped(request, model)
    return get_object_or_404(rows, pk=pk, **filters)


def workspaces_for(user: Any, *, archived: bool = False) -> QuerySet[Workspace]:
    """The user's workspaces by name; archived ones only when asked for."""
    if not user.is_authenticated:
        return Workspace.objects.none()
    found = Workspace.objects.filter(memberships__user=user, deleting_at__isnull=True)
    if not archived:
        found = found.filter(archived_at__isnull=True)
    return found.order_by("name")


def zone_for(user: Any, workspace: Workspace | None = None) -> zoneinfo.ZoneInfo:
    """The person's own time zone, else the workspace's, else the server's default."""
    profile = getattr(user, "profile", None) if user is not None else None
    for name in (getattr(profile, "time_zone", ""), getattr(workspace, "time_zone", "")):
        if name:
            try:
                return zoneinfo.ZoneInfo(name)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                continue
    return timezone.get_default_timezone()


# The switcher lists recently used workspaces first. The order lives in a cookie of slugs,
# so using a workspace costs no database write.
RECENT_COOKIE = "recent_ws"
RECENT_KEEP = 20


def recent_slugs(request: HttpRequest) -> list[str]:
    return [s for s in request.COOKIES.get(RECENT_COOKIE, "").split(".") if s][:RECENT_KEEP]


def recent_changed(request: HttpRequest, slug: str) -> bool:
    return recent_slugs(request)[:1] != [slug]


def recent_after(request: HttpRequest, slug: str) -> str:
    return ".".join([slug, *(s for s in recent_slugs(request) if s != slug)][:RECENT_KEEP])


def by_recent_use(
    request: HttpRequest, workspaces: list[Workspace], current: str = ""
) -> list[Workspace]:
    """Recently used first (most recent on top, the ``current`` one before all), then the
    rest by name."""
    slugs = recent_slugs(request)
    if current:
        slugs = [current, *(s for s in slugs if s != current)]
    order = {slug: i for i, slug in enumerate(slugs)}
    return sorted(workspaces, key=lambda w: (order.get(w.slug, len(order)), w.name.lower()))


def workspace_context(request: HttpRequest) -> dict[str, Any]:
    """Template context: the current workspace, the user's role and the switcher list."""
    workspace = getattr(request, "workspace", None)
    membership = getattr(request, "membership", None)
    if workspace is None:
        return {}
    return {
        "workspace": workspace,
        "membership": membership,
        "can_write": membership.allows(Role.AGENT),
        "is_manager": membership.allows(Role.MANAGER),
        "my_workspaces": lambda: by_recent_use(
            request, list(workspaces_for(request.user)), current=workspace.slug
        ),
        "is_archived": workspace.is_archived,
    }
