"""Incidents (list, page, actions), crisis settings (rules, on-call, playbooks), and the
acknowledge link from the email (no login: the signed token is the credential)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from crisis import alerts, incidents
from crisis import oncall as oncall_schedule
from crisis.forms import (
    NoteForm,
    OwnerForm,
    PlaybookForm,
    PolicyForm,
    QuietHoursForm,
    ResolveForm,
    RotaForm,
    RuleForm,
    SearchForm,
    SeverityForm,
    ShiftForm,
    members,
)
from crisis.models import (
    ACTIVE,
    AlertDelivery,
    AlertPreference,
    ChecklistItem,
    CrisisPolicy,
    Incident,
    IncidentMention,
    OnCallShift,
    Playbook,
    Rota,
    Rule,
    TimelineEntry,
)
from crisis.preview import preview
from mentions.models import Brand, Mention, MentionBrand
from orm_dashboard import audit
from orm_dashboard.audit import record
from orm_dashboard.ids import parse_id
from orm_dashboard.models import Membership, Role
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped

PAGE_SIZE = 25

# --- incidents -------------------------------------------------------------------------


@member_required(Role.VIEWER)
def incident_list(request: HttpRequest) -> HttpResponse:
    """The team's memory: every incident, searchable by words in it and its post-mortem."""
    brands = scoped(request, Brand)
    form = SearchForm(request.GET or None, brands=brands)
    found = scoped(request, Incident).select_related("brand", "owner")
    if form.is_valid():
        q = form.cleaned_data["q"].strip()
        if q:
            notes = TimelineEntry.objects.filter(
                incident=OuterRef("pk"), kind=TimelineEntry.Kind.NOTE, text__icontains=q
            )
            found = found.filter(
                Q(title__icontains=q)
                | Q(brand__name__icontains=q)
                | Q(postmortem_what__icontains=q)
                | Q(postmortem_changed__icontains=q)
                | Exists(notes)
            )
        status = form.cleaned_data["status"]
        if status == "active":
            found = found.filter(status__in=ACTIVE)
        elif status:
            found = found.filter(status=status)
        if form.cleaned_data["brand"]:
            found = found.filter(brand_id=form.cleaned_data["brand"])
    page = Paginator(found.order_by("-opened_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "searching": bool(request.GET),
    }
    template = "crisis/incidents.html"
    if request.htmx and request.htmx.target == "incident-results":
        template += "#results"
    return render(request, template, context)


def _incident_context(request: HttpRequest, incident: Incident) -> dict[str, Any]:
    links = (
        IncidentMention.objects.filter(incident=incident)
        .select_related("mention")
        .order_by(F("mention__reach").desc(nulls_last=True), "-mention__published_at")
    )
    return {
        "incident": incident,
        "explanation": incident.explanation,
        "timeline": incident.timeline.select_related("actor"),
        "checklist": incident.checklist.select_related("done_by"),
        "links": links[:50],
        "link_count": links.count(),
        "deliveries": incident.deliveries.select_related("recipient").order_by("created_at"),
        "note_form": NoteForm(),
        "owner_form": OwnerForm(workspace=request.workspace, initial={"owner": incident.owner_id}),
        "severity_form": SeverityForm(initial={"severity": incident.severity}),
    }


@member_required(Role.VIEWER)
def incident_detail(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_for_member(request, Incident, pk)
    return render(request, "crisis/incident.html", _incident_context(request, incident))


def _back(request: HttpRequest, incident: Incident) -> HttpResponse:
    return redirect("incident", workspace=request.workspace.slug, pk=incident.pk)


@member_required(Role.AGENT)
@require_POST
def incident_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_for_member(request, Incident, pk)
    if incidents.acknowledge(incident, request.user):
        record(request, "incident.acknowledged", incident)
        messages.success(request, "Acknowledged: you own this incident now.")
    else:
        messages.error(request, "This incident is no longer open.")
    return _back(request, incident)


@member_required(Role.AGENT)
@require_POST
def incident_owner(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_for_member(request, Incident, pk)
    form = OwnerForm(request.POST, workspace=request.workspace)
    if form.is_valid():
        incidents.set_owner(incident, form.cleaned_data["owner"], request.user)
        record(request, "incident.owner", incident, owner=form.cleaned_data["owner"].pk)
        messages.success(request, "Owner changed.")
    else:
        messages.error(request, "Choose a member of this workspace.")
    return _back(request, incident)


@member_required(Role.AGENT)
@require_POST
def incident_severity(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_for_member(request, Incident, pk)
    form = SeverityForm(request.POST)
    if form.is_valid() and form.cleaned_data["severity"] != incident.severity:
        incidents.set_severity(incident, form.cleaned_data["severity"], request.user)
        record(request, "incident.severity", incident, severity=incident.severity)
        messages.success(request, f"Severity is now {incident.get_severity_display()}.")
    return _back(request, incident)


@member_required(Role.AGENT)
@require_POST
def incident_note(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_for_member(request, Incident, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        incidents.note(
            incident, TimelineEntry.Kind.NOTE, form.cleaned_data["text"], actor=request.user
        )
        if request.htmx:
            context = _incident_context(request, incident)
            return render(request, "crisis/incident.html#timeline", context)
    else:
        messages.error(request, "Write something first.")
    return _back(request, incident)


@member_required(Role.AGENT)
@require_POST
def incident_link(request: HttpRequest, pk: int) -> HttpResponse:
    """Link a mention someone found in the inbox to an incident of its brand (from the
    mention's page): it joins the incident's linked mentions and the timeline says who."""
    incident = get_object_for_member(request, Incident, pk)
    mention_id = parse_id(request.POST.get("mention", ""))
    if mention_id is None:
        raise Http404("no such mention")
    mention = get_object_for_member(request, Mention, mention_id)
    back = redirect("mention", workspace=request.workspace.slug, pk=mention.pk)
    if not MentionBrand.objects.filter(mention=mention, brand_id=incident.brand_id).exists():
        messages.error(request, f"This mention is not about {incident.brand.name}.")
        return back
    _, created = IncidentMention.objects.get_or_create(
        workspace=request.workspace, incident=incident, mention=mention
    )
    if created:
        title = (mention.title or mention.text)[:120]
        incidents.note(
            incident,
            TimelineEntry.Kind.MENTION,
            f"Linked by hand: {title}",
            actor=request.user,
            mention=mention.pk,
        )
        record(request, "incident.mention_linked", incident, mention=mention.pk)
    messages.success(request, f"Linked to incident #{incident.pk}: {incident.title}.")
    return back


@member_required(Role.AGENT)
@require_POST
def incident_check(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    """Tick or untick a checklist step; the timeline records who did it and when."""
    incident = get_object_for_member(request, Incident, pk)
    step = get_object_for_member(request, ChecklistItem, item, incident=incident)
    done = step.done_at is None
    step.done_at = timezone.now() if done else None
    step.done_by = request.user if done else None
    step.save(update_fields=["done_at", "done_by"])
    verb = "Done" if done else "Not done any more"
    incidents.note(
        incident, TimelineEntry.Kind.CHECKLIST, f"{verb}: {step.text}", actor=request.user
    )
    if request.htmx:
        return render(
            request, "crisis/incident.html#checklist", _incident_context(request, incident)
        )
    return _back(request, incident)


@member_required(Role.AGENT)
def incident_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    """Resolving asks for a short post-mortem: the incident list is the team's memory."""
    incident = get_object_for_member(request, Incident, pk)
    if not incident.is_active:
        messages.info(request, "This incident is already resolved.")
        return _back(request, incident)
    form = ResolveForm(request.POST or None, instance=incident)
    if request.method == "POST" and form.is_valid():
        incidents.resolve(
            incident,
            request.user,
            form.cleaned_data["postmortem_what"],
            form.cleaned_data["postmortem_changed"],
        )
        record(request, "incident.resolved", incident)
        messages.success(request, "Resolved. The post-mortem is on the incident page.")
        return _back(request, incident)
    return render(request, "crisis/resolve.html", {"incident": incident, "form": form})


@member_required(Role.AGENT)
@require_POST
def incident_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_for_member(request, Incident, pk)
    if incident.is_active:
        return _back(request, incident)
    if incidents.reopen(incident, request.user):
        record(request, "incident.reopened", incident)
        messages.success(request, "Reopened; you own it.")
    else:
        messages.error(
            request, "A newer incident for this brand and rule is active: continue there."
        )
    return _back(request, incident)


# --- the acknowledge link (no login) ---------------------------------------------------


@require_http_methods(["GET", "POST"])
def acknowledge_link(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what will happen, POST does it: link scanners in mail systems follow GETs,
    and must not acknowledge on someone's behalf. The link works once and expires."""
    context: dict[str, Any] = {"token": token}
    try:
        delivery_id = alerts.read_ack_token(token)
    except signing.SignatureExpired:
        return render(request, "crisis/ack.html", {"state": "expired"}, status=410)
    except signing.BadSignature:
        return render(request, "crisis/ack.html", {"state": "invalid"}, status=404)
    delivery = (
        AlertDelivery.objects.select_related("incident__brand", "incident__owner", "recipient")
        .filter(pk=delivery_id)
        .first()
    )
    if (
        delivery is None
        or not Membership.objects.filter(
            user=delivery.recipient_id, workspace=delivery.workspace_id
        ).exists()
    ):
        return render(request, "crisis/ack.html", {"state": "invalid"}, status=404)
    incident = delivery.incident
    context.update(incident=incident, recipient=delivery.recipient)
    if delivery.ack_used_at is not None:
        return render(request, "crisis/ack.html", {**context, "state": "used"}, status=410)
    if request.method == "POST":
        now = timezone.now()
        if not AlertDelivery.objects.filter(pk=delivery.pk, ack_used_at=None).update(
            ack_used_at=now
        ):
            return render(request, "crisis/ack.html", {**context, "state": "used"}, status=410)
        acked = incidents.acknowledge(incident, delivery.recipient, via="the email link")
        audit.log(
            incident.workspace_id,
            delivery.recipient,
            "incident.acknowledged" if acked else "incident.ack_link_used",
            incident,
            via="email link",
            delivery=delivery.pk,
        )
        incident.refresh_from_db()
        return render(
            request,
            "crisis/ack.html",
            {**context, "incident": incident, "state": "done" if acked else "already"},
        )
    return render(request, "crisis/ack.html", {**context, "state": "confirm"})


# --- settings: rules -------------------------------------------------------------------


@member_required(Role.VIEWER)
def rule_list(request: HttpRequest) -> HttpResponse:
    brands = list(scoped(request, Brand))
    rules = scoped(request, Rule).select_related("brand").order_by("brand__name", "kind")
    by_brand: dict[int, list[Rule]] = {}
    for rule in rules:
        by_brand.setdefault(rule.brand_id, []).append(rule)
    policy = CrisisPolicy.read(request.workspace.pk)
    return render(
        request,
        "crisis/settings/rules.html",
        {
            "groups": [(b, by_brand.get(b.pk, [])) for b in brands],
            "policy": policy,
            "policy_form": PolicyForm(instance=policy, workspace=request.workspace),
            "section": "crisis_rules",
        },
    )


@member_required(Role.MANAGER)
def rule_edit(request: HttpRequest, pk: int) -> HttpResponse:
    rule = get_object_for_member(request, Rule, pk)
    form = RuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        form.save()
        record(request, "crisis_rule.saved", rule, kind=rule.kind, brand=rule.brand_id)
        messages.success(request, f"Saved: {rule}.")
        return redirect("crisis_rules", workspace=request.workspace.slug)
    return render(
        request,
        "crisis/settings/rule_form.html",
        {"rule": rule, "form": form, "section": "crisis_rules"},
    )


@member_required(Role.VIEWER)
def rule_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """When would this rule have fired in the last 30 days? Unsaved parameters (from the
    edit form, via GET) can be tried without saving them."""
    rule = get_object_for_member(request, Rule, pk)
    if request.GET:
        form = RuleForm(request.GET, instance=rule)
        if form.is_valid():
            rule = form.save(commit=False)  # tried, never saved
    result = preview(rule)
    template = "crisis/settings/preview.html"
    if request.htmx:
        template += "#result"
    return render(request, template, {"rule": rule, "result": result, "section": "crisis_rules"})


@member_required(Role.MANAGER)
@require_POST
def policy_edit(request: HttpRequest) -> HttpResponse:
    policy = CrisisPolicy.read(request.workspace.pk)
    form = PolicyForm(request.POST, instance=policy, workspace=request.workspace)
    if form.is_valid():
        form.save()
        record(request, "crisis_policy.saved", policy)
        messages.success(request, "Saved the crisis settings.")
    else:
        for field, errors in form.errors.items():
            messages.error(
                request,
                f"{form.fields[field].label if field in form.fields else ''}: {' '.join(errors)}",
            )
    back = request.POST.get("next")
    if back == "oncall":
        return redirect("crisis_oncall", workspace=request.workspace.slug)
    return redirect("crisis_rules", workspace=request.workspace.slug)


# --- settings: on-call -----------------------------------------------------------------


ROTA_PREVIEW_DAYS = 28


def _own_zone(request: HttpRequest) -> str:
    """Where quiet hours start from: the person's own time zone, else the workspace's."""
    profile = getattr(request.user, "profile", None)
    return (profile.time_zone if profile is not None else "") or request.workspace.time_zone


def _rota(request: HttpRequest) -> Rota:
    """The workspace's rota, or an unsaved one in its time zone (GET never writes)."""
    return scoped(request, Rota).first() or Rota(
        workspace=request.workspace, time_zone=request.workspace.time_zone
    )


@member_required(Role.VIEWER)
def oncall(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    shifts = (
        scoped(request, OnCallShift)
        .filter(ends_at__gt=now)
        .select_related("user", "backup")
        .order_by("starts_at")[:100]
    )
    policy = CrisisPolicy.read(request.workspace.pk)
    pref = scoped(request, AlertPreference).filter(user=request.user).first()
    start = now.replace(minute=0, second=0, microsecond=0)
    rota = _rota(request)
    people = {u.pk: u for u in members(request.workspace)}
    segments = oncall_schedule.schedule(
        request.workspace.pk, now, now + timedelta(days=ROTA_PREVIEW_DAYS), rota=rota
    )
    upcoming = [
        {
            "segment": s,
            "user": people.get(s.user_id) if s.user_id else None,
            "backup": people.get(s.backup_id) if s.backup_id else None,
        }
        for s in segments[:40]
    ]
    return render(
        request,
        "crisis/settings/oncall.html",
        {
            "shifts": shifts,
            "policy": policy,
            "policy_form": PolicyForm(instance=policy, workspace=request.workspace),
            "chain": alerts.chain(request.workspace.pk, now),
            "rota": rota,
            "rota_form": RotaForm(instance=rota),
            "rota_people": [people[p] for p in rota.people if p in people],
            "rota_candidates": [u for pk, u in people.items() if pk not in rota.people],
            "rota_zone": rota.zone,
            "upcoming": upcoming,
            "gaps": [p for p in upcoming if p["user"] is None],
            "preview_days": ROTA_PREVIEW_DAYS,
            "shift_form": ShiftForm(
                workspace=request.workspace,
                initial={"starts_at": start, "ends_at": start + timedelta(days=7)},
            ),
            "quiet_form": QuietHoursForm(instance=pref, initial={"time_zone": _own_zone(request)}),
            "now": now,
            "section": "crisis_oncall",
        },
    )


@member_required(Role.MANAGER)
@require_POST
def rota_edit(request: HttpRequest) -> HttpResponse:
    rota = _rota(request)
    form = RotaForm(request.POST, instance=rota)
    if form.is_valid():
        form.save()
        record(request, "oncall.rota_saved", rota, length_days=rota.length_days)
        messages.success(request, "Saved the rota.")
    else:
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(errors)}")
    return redirect("crisis_oncall", workspace=request.workspace.slug)


@member_required(Role.MANAGER)
@require_POST
def rota_people(request: HttpRequest) -> HttpResponse:
    """Add a person to the end of the rotation, remove one, or move one up or down."""
    rota = _rota(request)
    allowed = set(members(request.workspace).values_list("pk", flat=True))
    people = [p for p in rota.people if p in allowed]
    person = parse_id(request.POST.get("user"))
    action = request.POST.get("action", "")
    if person is None or person not in allowed:
        messages.error(request, "Choose a person of this workspace (an agent or a manager).")
        return redirect("crisis_oncall", workspace=request.workspace.slug)
    if action == "add" and person not in people:
        people.append(person)
    elif action == "remove" and person in people:
        people.remove(person)
    elif action in ("up", "down") and person in people:
        i = people.index(person)
        j = i - 1 if action == "up" else i + 1
        if 0 <= j < len(people):
            people[i], people[j] = people[j], people[i]
    rota.people = people
    rota.save()
    record(request, f"oncall.rota_{action or 'changed'}", rota, user=person)
    return redirect("crisis_oncall", workspace=request.workspace.slug)


@member_required(Role.MANAGER)
@require_POST
def shift_new(request: HttpRequest) -> HttpResponse:
    form = ShiftForm(request.POST, workspace=request.workspace)
    if form.is_valid():
        shifts = form.save_all()
        record(request, "oncall.shift_added", shifts[0], count=len(shifts))
        messages.success(request, f"Added {len(shifts)} shift(s).")
    else:
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    return redirect("crisis_oncall", workspace=request.workspace.slug)


@member_required(Role.MANAGER)
@require_POST
def shift_delete(request: HttpRequest, pk: int) -> HttpResponse:
    shift = get_object_for_member(request, OnCallShift, pk)
    record(request, "oncall.shift_deleted", shift, user=shift.user_id)
    shift.delete()
    messages.success(request, "Removed the shift.")
    return redirect("crisis_oncall", workspace=request.workspace.slug)


@member_required(Role.AGENT)
def quiet_hours(request: HttpRequest) -> HttpResponse:
    """Each person sets their own quiet hours (only low-severity alerts wait for them)."""
    pref = scoped(request, AlertPreference).filter(user=request.user).first()
    form = QuietHoursForm(
        request.POST or None, instance=pref, initial={"time_zone": _own_zone(request)}
    )
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.workspace = request.workspace
        saved.user = request.user
        saved.save()
        messages.success(request, "Saved your quiet hours.")
        return redirect("crisis_oncall", workspace=request.workspace.slug)
    return render(
        request, "crisis/settings/quiet_hours.html", {"form": form, "section": "crisis_oncall"}
    )


# --- settings: playbooks ---------------------------------------------------------------


@member_required(Role.VIEWER)
def playbook_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "crisis/settings/playbooks.html",
        {"playbooks": scoped(request, Playbook), "section": "crisis_playbooks"},
    )


@member_required(Role.MANAGER)
def playbook_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    playbook = get_object_for_member(request, Playbook, pk) if pk else None
    form = PlaybookForm(request.POST or None, instance=playbook)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.workspace = request.workspace
        saved.save()
        record(request, "playbook.saved", saved, title=saved.title)
        messages.success(request, f"Saved playbook “{saved.title}”. New incidents use it.")
        return redirect("crisis_playbooks", workspace=request.workspace.slug)
    return render(
        request,
        "crisis/settings/playbook_form.html",
        {"form": form, "playbook": playbook, "section": "crisis_playbooks"},
    )


@member_required(Role.MANAGER)
@require_POST
def playbook_delete(request: HttpRequest, pk: int) -> HttpResponse:
    playbook = get_object_for_member(request, Playbook, pk)
    record(request, "playbook.deleted", playbook, title=playbook.title)
    playbook.delete()
    messages.success(request, f"Deleted playbook “{playbook.title}”.")
    return redirect("crisis_playbooks", workspace=request.workspace.slug)
