"""The one place that decides who sees which workspace.

Every workspace view is wrapped in ``member_required(role)``: an outsider gets 404 (and
never learns the workspace exists), a member below the role gets 403. Every queryset goes
through ``scoped()`` so no view can forget the workspace filter.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from orm_dashboard.models import Membership, Role, Workspace

if TYPE_CHECKING:
    from django.db.models import QuerySet

M = TypeVar("M", bound=models.Model)
View = Callable[..., HttpResponse]


def member_required(role: Role | str = Role.VIEWER) -> Callable[[View], View]:
    """Resolve ``workspace`` from the URL, check membership and role, set request.workspace.

    Anonymous users are sent to log in; members below ``role`` get 403; everyone else 404.
    The view is marked with ``min_role`` so the tenancy test matrix can find and check it.
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
                Membership.objects.select_related("workspace")
                .filter(user=request.user, workspace__slug=workspace)
                .first()
            )
            if membership is None:
                raise Http404("No such workspace")
            if not membership.allows(needed):
                raise PermissionDenied(f"This needs the {needed.label.lower()} role")
            request.workspace = membership.workspace  # type: ignore[attr-defined]
            request.membership = membership  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)

        wrapper.min_role = needed  # type: ignore[attr-defined]
        return wrapper

    return decorator


def scoped(request: HttpRequest, model: type[M]) -> QuerySet[M]:
    """All rows of ``model`` in the request's workspace; the only way views query data."""
    return model.objects.filter(workspace=request.workspace)  # type: ignore[attr-defined]


def get_object_for_member(request: HttpRequest, model: type[M], pk: Any, **filters: Any) -> M:
    """One row of the request's workspace, or 404 (also for rows of other workspaces)."""
    return get_object_or_404(scoped(request, model), pk=pk, **filters)


def workspaces_for(user: Any) -> QuerySet[Workspace]:
    if not user.is_authenticated:
        return Workspace.objects.none()
    return Workspace.objects.filter(memberships__user=user).order_by("name")


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
        "my_workspaces": workspaces_for(request.user),
    }
