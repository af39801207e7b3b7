"""The Members page (who is in, pending invitations, what changed) and the invitation link."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from orm_dashboard import team
from orm_dashboard.forms import AcceptNewPersonForm, InviteForm, RoleForm
from orm_dashboard.models import Event, Invitation, Membership, Role, display_name
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped

TEAM_VERBS = (
    Q(verb__startswith="member.")
    | Q(verb__startswith="invitation.")
    | Q(verb__startswith="workspace.")
)


@member_required(Role.VIEWER)
def members(request: HttpRequest) -> HttpResponse:
    return _members_page(request)


def _members_page(request: HttpRequest, invite_form: InviteForm | None = None) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    rows = (
        scoped(request, Membership)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )
    context = {
        "members": rows,
        "section": "members",
        "roles": Role.choices,
        "manager_count": sum(1 for m in rows if m.role == Role.MANAGER),
    }
    if request.membership.allows(Role.MANAGER):  # type: ignore[attr-defined]
        context["invite_form"] = invite_form or InviteForm()
        context["invitation_days"] = settings.INVITATION_DAYS
        context["invitations"] = (
            scoped(request, Invitation)
            .filter(accepted_at__isnull=True, revoked_at__isnull=True)
            .select_related("invited_by")
            .prefetch_related("emails")
        )
        context["history"] = (
            Event.objects.filter(TEAM_VERBS, workspace=workspace)
            .select_related("actor")
            .order_by("-created_at")[:50]
        )
    return render(
        request, "orm_dashboard/settings.html", context, status=400 if invite_form else 200
    )


def _back(request: HttpRequest) -> HttpResponse:
    return redirect("settings", workspace=request.workspace.slug)  # type: ignore[attr-defined]


@member_required(Role.MANAGER)
@require_POST
def invite(request: HttpRequest) -> HttpResponse:
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invitation = team.invite(
                request.workspace,  # type: ignore[attr-defined]
                form.cleaned_data["email"],
                form.cleaned_data["role"],
                request.user,
            )
        except team.TeamError as exc:
            form.add_error("email", str(exc))
        else:
            messages.success(
                request,
                f"Invitation emailed to {invitation.email} as "
                f"{invitation.get_role_display().lower()}; the link works for "
                f"{(invitation.expires_at - invitation.created_at).days} days.",
            )
            return _back(request)
    return _members_page(request, invite_form=form)


@member_required(Role.MANAGER)
@require_POST
def resend(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_for_member(request, Invitation, pk)
    try:
        team.resend(invitation, request.user)
    except team.TeamError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"Sent again to {invitation.email}; the earlier link no longer works."
        )
    return _back(request)


@member_required(Role.MANAGER)
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_for_member(request, Invitation, pk)
    try:
        team.revoke(invitation, request.user)
    except team.TeamError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Invitation to {invitation.email} revoked; its link says so.")
    return _back(request)


@member_required(Role.MANAGER)
@require_POST
def change_role(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_for_member(request, Membership, pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose viewer, agent or manager.")
        return _back(request)
    try:
        changed = team.change_role(membership, form.cleaned_data["role"], request.user)
    except team.TeamError as exc:
        messages.error(request, str(exc))
    else:
        if changed:
            messages.success(
                request,
                f"{display_name(membership.user)} is now "
                f"{'an' if membership.role == Role.AGENT else 'a'} "
                f"{membership.get_role_display().lower()}.",
            )
    if membership.user_id == request.user.pk and membership.role != Role.MANAGER:
        return redirect("overview", workspace=request.workspace.slug)  # type: ignore[attr-defined]
    return _back(request)


@member_required(Role.MANAGER)
@require_POST
def remove(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_for_member(request, Membership, pk)
    try:
        team.remove(membership, request.user)
    except team.TeamError as exc:
        messages.error(request, str(exc))
        return _back(request)
    messages.success(
        request,
        f"{display_name(membership.user)} is removed; their assignments are back in the queue "
        "and what they wrote stays.",
    )
    if membership.user_id == request.user.pk:
        return redirect("home")
    return _back(request)


# --- the link in the email (no login needed to open it) ------------------------------------

MESSAGES = {
    "invalid": "This invitation link is not valid: it was changed or cut short. Open it again "
    "from the email, or ask for a new invitation.",
    "replaced": "This invitation link was replaced by a newer one. Use the link in the latest "
    "invitation email.",
    "accepted": "This invitation was already accepted. Each link works once.",
    "revoked": "This invitation was revoked by a manager of the workspace. Ask them for a new one "
    "if you still need access.",
    "expired": "This invitation has expired. Ask a manager of the workspace to send it again.",
}


@never_cache
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    opened = team.open_link(token)
    inv = opened.invitation
    context: dict = {"opened": opened, "invitation": inv, "token": token}
    if opened.state != "pending" or inv is None:
        context["problem"] = MESSAGES[opened.state]
        if opened.state == "accepted" and inv and inv.accepted_by_id == request.user.pk:
            context["workspace_url"] = reverse("overview", kwargs={"workspace": inv.workspace.slug})
        return render(request, "orm_dashboard/invitation.html", context, status=410)
    user = request.user
    if user.is_authenticated:
        if request.method == "POST" and request.POST.get("accept") == "1":
            return _accept(request, inv, user)
        context["already_member"] = Membership.objects.filter(
            user=user, workspace=inv.workspace
        ).first()
        context["other_address"] = (user.email or "").lower() != inv.email.lower()
        return render(request, "orm_dashboard/invitation.html", context)
    from django.contrib.auth import get_user_model

    if get_user_model().objects.filter(email__iexact=inv.email).exists():
        context["login_url"] = reverse("login") + "?next=" + request.path
        return render(request, "orm_dashboard/invitation.html", context)
    form = AcceptNewPersonForm(
        request.POST or None, email=inv.email, initial={"username": team.unique_username(inv.email)}
    )
    if request.method == "POST" and form.is_valid():
        new_user = form.save()
        login(request, new_user, backend="django.contrib.auth.backends.ModelBackend")
        return _accept(request, inv, new_user)
    context["form"] = form
    return render(request, "orm_dashboard/invitation.html", context)


def _accept(request: HttpRequest, inv: Invitation, user: object) -> HttpResponse:
    try:
        membership = team.accept(inv, user)
    except team.TeamError:
        inv.refresh_from_db()
        context = {"invitation": inv, "problem": MESSAGES.get(inv.state, MESSAGES["invalid"])}
        return render(request, "orm_dashboard/invitation.html", context, status=410)
    messages.success(
        request,
        f"Welcome to {inv.workspace.name}. You are "
        f"{'an' if membership.role == Role.AGENT else 'a'} {membership.get_role_display().lower()}.",
    )
    return redirect("overview", workspace=inv.workspace.slug)
