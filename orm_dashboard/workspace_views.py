"""Client workspaces run from the app: create, rename, archive, restore, delete; the
switcher's list with each client's open work; and the cross-client "My work" page."""

from __future__ import annotations

import logging
from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from orm_dashboard import audit, purge, workload
from orm_dashboard.celery import queue_on_commit
from orm_dashboard.forms import DeleteWorkspaceForm, WorkspaceForm, free_slug
from orm_dashboard.models import Membership, Role, Workspace, is_agency_owner
from orm_dashboard.tasks import purge_workspace
from orm_dashboard.tenancy import by_recent_use, member_required, workspaces_for, zone_for

log = logging.getLogger(__name__)


@login_required
def new_workspace(request: HttpRequest) -> HttpResponse:
    """An agency owner adds a client: the workspace, with them as its manager."""
    if not is_agency_owner(request.user):
        raise PermissionDenied(
            "Only agency owners create client workspaces. Ask one to create it and invite you."
        )
    form = WorkspaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            workspace = form.save()
            Membership.objects.create(user=request.user, workspace=workspace, role=Role.MANAGER)
            audit.log(
                workspace,
                request.user,
                "workspace.create",
                workspace,
                name=workspace.name,
                slug=workspace.slug,
            )
        messages.success(
            request,
            f"{workspace.name} is ready and you are its manager. "
            "Add brands and sources, then invite your team under Settings › Members.",
        )
        return redirect("overview", workspace=workspace.slug)
    suggestion = free_slug(request.POST.get("name", "")) if request.method == "POST" else ""
    return render(
        request, "orm_dashboard/workspace_new.html", {"form": form, "suggestion": suggestion}
    )


@login_required
@require_GET
def address_check(request: HttpRequest) -> HttpResponse:
    """While a new client's address is typed (htmx): is it free, and if not, what is."""
    if not is_agency_owner(request.user):
        raise PermissionDenied("Only agency owners create client workspaces.")
    slug = request.GET.get("slug", "").strip().lower()
    form = WorkspaceForm({"name": request.GET.get("name", ""), "slug": slug})
    problem = " ".join(form.errors.get("slug", [])) if slug else ""
    return render(request, "orm_dashboard/address_check.html", {"slug": slug, "problem": problem})


@login_required
def workspace_list(request: HttpRequest) -> HttpResponse:
    """Every client the person belongs to, archived ones too (where they are restored)."""
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("workspace", "user__profile")
    )
    active = by_recent_use(
        request, [m.workspace for m in memberships if not m.workspace.archived_at]
    )
    archived = sorted(
        (m.workspace for m in memberships if m.workspace.archived_at), key=lambda w: w.name.lower()
    )
    counts = workload.open_counts([w.pk for w in active])
    roles = {m.workspace_id: m for m in memberships}
    with timezone.override(zone_for(request.user)):
        return render(
            request,
            "orm_dashboard/workspace_list.html",
            {
                "rows": [(w, roles[w.pk], counts[w.pk]) for w in active],
                "archived": [(w, roles[w.pk]) for w in archived],
                "can_create": is_agency_owner(request.user),
            },
        )


@member_required(Role.VIEWER)
def switcher(request: HttpRequest) -> HttpResponse:
    """The switcher's list with open-work counts, loaded when it is opened (htmx)."""
    found = by_recent_use(
        request,
        list(workspaces_for(request.user)),
        current=request.workspace.slug,  # type: ignore[attr-defined]
    )
    counts = workload.open_counts([w.pk for w in found])
    return render(
        request,
        "orm_dashboard/switcher.html",
        {"rows": [(w, counts[w.pk]) for w in found], "can_create": is_agency_owner(request.user)},
    )


@login_required
def my_work(request: HttpRequest) -> HttpResponse:
    """What waits for me in every workspace I belong to, each row linking into it."""
    memberships = list(
        Membership.objects.filter(user=request.user, workspace__archived_at__isnull=True)
        .select_related("workspace")
        .order_by("workspace__name")
    )
    by_id = {m.workspace_id: m.workspace for m in memberships}
    items = workload.my_work(request.user, memberships)
    groups: dict[str, list] = defaultdict(list)
    for item in items:
        groups[item.kind].append((item, by_id.get(item.workspace_id)))
    for rows in groups.values():
        rows.sort(key=lambda r: r[0].when or timezone.now(), reverse=True)
    with timezone.override(zone_for(request.user)):
        return render(
            request,
            "orm_dashboard/my_work.html",
            {"groups": dict(groups), "total": len(items), "workspace_count": len(memberships)},
        )


# --- one workspace's own settings ----------------------------------------------------------


@member_required(Role.MANAGER, archived_ok=True)
def workspace_edit(request: HttpRequest) -> HttpResponse:
    """Name, address, time zone and language; archive, restore and delete live here too."""
    workspace = request.workspace  # type: ignore[attr-defined]
    old = {"name": workspace.name, "slug": workspace.slug}
    form = WorkspaceForm(request.POST or None, instance=workspace)
    if request.method == "POST":
        if workspace.is_archived:
            raise PermissionDenied("Restore the workspace before changing it.")
        if form.is_valid():
            with transaction.atomic():
                form.save()
                changed = {
                    k: [old[k], getattr(workspace, k)]
                    for k in old
                    if old[k] != getattr(workspace, k)
                }
                audit.record(
                    request,
                    "workspace.rename" if changed else "workspace.edit",
                    workspace,
                    **changed,
                    time_zone=workspace.time_zone,
                    language=workspace.language,
                )
            messages.success(request, "Workspace saved.")
            return redirect("workspace_edit", workspace=workspace.slug)
        workspace.refresh_from_db()  # the header keeps the stored name and address
    return render(
        request,
        "orm_dashboard/workspace_edit.html",
        {
            "form": form,
            "section": "workspace",
            "can_delete": is_agency_owner(request.user),
            "contents": contents(workspace),
        },
    )


@member_required(Role.MANAGER, archived_ok=True)
@require_POST
def workspace_archive(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    restore = request.POST.get("restore") == "1"
    updated = Workspace.objects.filter(pk=workspace.pk, archived_at__isnull=not restore).update(
        archived_at=None if restore else timezone.now()
    )
    if updated:
        audit.record(request, "workspace.restore" if restore else "workspace.archive", workspace)
        messages.success(
            request,
            f"{workspace.name} is restored."
            if restore
            else f"{workspace.name} is archived: read-only and hidden from the switcher. "
            "Its data is kept; restore it here or from All clients.",
        )
    return redirect("workspace_edit", workspace=workspace.slug)


def contents(workspace: Workspace) -> list[tuple[str, int]]:
    """What deleting the workspace deletes: every kind of row that carries it, counted."""
    found = []
    for model in purge.workspace_tables():
        n = model._default_manager.filter(**{purge.workspace_field(model): workspace}).count()
        if n:
            found.append((str(model._meta.verbose_name_plural), n))
    return sorted(found, key=lambda pair: -pair[1])


@member_required(Role.MANAGER, archived_ok=True)
@require_POST
def workspace_delete(request: HttpRequest) -> HttpResponse:
    """Gone for good, with everything in it: only an agency owner who manages it, and only
    with its address typed."""
    workspace = request.workspace  # type: ignore[attr-defined]
    if not is_agency_owner(request.user):
        raise PermissionDenied("Only agency owners delete workspaces; archive it instead.")
    form = DeleteWorkspaceForm(request.POST, workspace=workspace)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["confirm"]))
        return redirect("workspace_edit", workspace=workspace.slug)
    name, what = workspace.name, contents(workspace)
    purge.close(workspace)  # at once: nobody reaches it; a worker deletes its rows
    queue_on_commit(purge_workspace, workspace.pk)  # queue down: beat's sweep starts it
    log.warning(
        "workspace %s (%s) deleted by %s with %s",
        workspace.slug,
        name,
        request.user.get_username(),
        what,
    )
    messages.success(
        request,
        f"{name} is deleted: nobody can open it any more, and everything in it is being "
        "removed in the background.",
    )
    return redirect("workspace_list")
