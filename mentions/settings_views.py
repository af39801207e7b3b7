"""Settings for brands and sources: managers edit, everyone in the workspace can look."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Q, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from mentions import connectors, counts, polling
from mentions.connectors.base import Item
from mentions.forms import BrandForm, SourceForm
from mentions.ingest import Context, prepare
from mentions.matching import BrandQuery, highlight_spans
from mentions.models import Brand, Mention, PollLog, Source
from orm_dashboard.audit import record
from orm_dashboard.http import FetchError
from orm_dashboard.models import Role
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped

# --- brands --------------------------------------------------------------------------


@member_required(Role.VIEWER)
def brand_list(request: HttpRequest) -> HttpResponse:
    brands = scoped(request, Brand)
    return render(request, "mentions/settings/brands.html", {"brands": brands, "section": "brands"})


@member_required(Role.MANAGER)
def brand_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    brand = get_object_for_member(request, Brand, pk) if pk else None
    form = BrandForm(request.POST or None, instance=brand, workspace=request.workspace)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        record(request, "brand.saved" if brand else "brand.created", saved, name=saved.name)
        messages.success(request, f"Saved brand “{saved.name}”.")
        return redirect("brands", workspace=request.workspace.slug)
    return render(
        request,
        "mentions/settings/brand_form.html",
        {"form": form, "brand": brand, "section": "brands"},
    )


@member_required(Role.MANAGER)
@require_POST
def brand_delete(request: HttpRequest, pk: int) -> HttpResponse:
    brand = get_object_for_member(request, Brand, pk)
    record(request, "brand.deleted", brand, name=brand.name)
    brand.delete()
    messages.success(request, f"Deleted brand “{brand.name}”.")
    return redirect("brands", workspace=request.workspace.slug)


@member_required(Role.VIEWER)
@require_POST
def brand_try(request: HttpRequest) -> HttpResponse:
    """Show which brands a sample text matches, with the matched words highlighted."""
    text = request.POST.get("text", "")[:5000]
    results = []
    for brand in scoped(request, Brand):
        query = BrandQuery.from_brand(brand)
        match = query.match(text)
        spans = match.spans if match else query.spans(text)
        results.append(
            {"brand": brand, "matched": match is not None, "pieces": highlight_spans(text, spans)}
        )
    return render(
        request, "mentions/settings/brands.html#try-result", {"results": results, "text": text}
    )


# --- sources -------------------------------------------------------------------------


@member_required(Role.VIEWER)
def source_list(request: HttpRequest) -> HttpResponse:
    since = timezone.now() - timedelta(hours=24)
    sources = (
        scoped(request, Source)
        .select_related("brand")
        .annotate(new_24h=Sum("polls__new", filter=Q(polls__started_at__gte=since)))
    )
    kinds = [(c.kind, c.label) for c in connectors.REGISTRY.values()]
    return render(
        request,
        "mentions/settings/sources.html",
        {"sources": sources, "kinds": kinds, "section": "sources", "now": timezone.now()},
    )


@member_required(Role.VIEWER)
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_for_member(request, Source, pk)
    polls = PollLog.objects.filter(source=source).order_by("-started_at")[:50]
    return render(
        request,
        "mentions/settings/source_detail.html",
        {"source": source, "polls": polls, "section": "sources"},
    )


@member_required(Role.MANAGER)
def source_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    source = get_object_for_member(request, Source, pk) if pk else None
    kind = source.kind if source else request.GET.get("kind") or request.POST.get("kind", "")
    if kind not in connectors.REGISTRY:
        messages.error(request, "Choose what kind of source to add.")
        return redirect("sources", workspace=request.workspace.slug)
    form = SourceForm(request.POST or None, workspace=request.workspace, kind=kind, instance=source)
    preview = None
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "test":
            preview = run_preview(
                request, kind, form.cleaned_data["config"], form.cleaned_data["brand"]
            )
        else:
            saved = form.save()
            record(request, "source.saved" if source else "source.created", saved, name=saved.name)
            messages.success(request, f"Saved source “{saved.name}”. It will be polled shortly.")
            return redirect("source_detail", workspace=request.workspace.slug, pk=saved.pk)
    context = {
        "form": form,
        "source": source,
        "kind": kind,
        "connector": connectors.get(kind),
        "preview": preview,
        "section": "sources",
    }
    return render(request, "mentions/settings/source_form.html", context)


@member_required(Role.MANAGER)
@require_POST
def source_test(request: HttpRequest, pk: int) -> HttpResponse:
    """Fetch once and show what would be stored, without storing anything."""
    source = get_object_for_member(request, Source, pk)
    preview = run_preview(request, source.kind, source.config, source.brand)
    template = "mentions/settings/source_detail.html"
    if request.htmx:
        template += "#preview"
    polls = PollLog.objects.filter(source=source).order_by("-started_at")[:50]
    return render(
        request,
        template,
        {"source": source, "preview": preview, "polls": polls, "section": "sources"},
    )


@member_required(Role.MANAGER)
@require_POST
def source_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    """Pause a running source, or resume a paused/disabled one (which clears its streak)."""
    source = get_object_for_member(request, Source, pk)
    if source.enabled and not source.paused_reason:
        polling.pause(source, by=request.user.get_full_name() or request.user.get_username())
        record(request, "source.paused", source)
        messages.success(request, f"Paused “{source.name}”.")
    else:
        polling.resume(source)
        record(request, "source.resumed", source)
        messages.success(request, f"Resumed “{source.name}”; it will be polled shortly.")
    return redirect("source_detail", workspace=request.workspace.slug, pk=source.pk)


@member_required(Role.MANAGER)
@require_POST
def source_poll_now(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue a poll now, or say truthfully why none is queued (one already holds it)."""
    source = get_object_for_member(request, Source, pk)
    outcome = polling.poll_now(source.pk)
    source.refresh_from_db()
    since = timezone.localtime(source.claimed_at).strftime("%H:%M:%S") if source.claimed_at else ""
    name = source.name
    if outcome == "queued_now":
        messages.success(request, f"“{name}” is queued: a free worker polls it within seconds.")
    elif outcome == "polling":
        messages.info(
            request,
            f"“{name}” is being polled right now (since {since}); its new mentions appear "
            "when the poll finishes.",
        )
    elif outcome == "queued":
        messages.info(
            request, f"“{name}” was already queued to be polled (since {since}); nothing to add."
        )
    elif outcome == "paused":
        messages.error(request, f"“{name}” is paused: resume it to poll it.")
    else:
        messages.warning(
            request,
            f"The task queue cannot be reached right now, so “{name}” was not queued. It is "
            "due, and is polled as soon as the queue is back.",
        )
    return redirect("source_detail", workspace=request.workspace.slug, pk=source.pk)


@member_required(Role.MANAGER)
@require_POST
def source_delete(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_for_member(request, Source, pk)
    record(request, "source.deleted", source, name=source.name)
    with transaction.atomic():
        counts.fold_source(source.pk)
        source.delete()  # its mentions stay, with no source
    messages.success(request, f"Deleted source “{source.name}”. Its mentions are kept.")
    return redirect("sources", workspace=request.workspace.slug)


# --- preview -------------------------------------------------------------------------


@dataclass
class PreviewItem:
    item: Item
    stored: bool
    reason: str = ""
    brands: list[str] = field(default_factory=list)
    label: str = ""


@dataclass
class Preview:
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    items: list[PreviewItem] = field(default_factory=list)

    @property
    def would_store(self) -> int:
        return sum(1 for i in self.items if i.stored)


def run_preview(request: HttpRequest, kind: str, config: dict[str, Any], brand: Any) -> Preview:
    try:
        result = connectors.get(kind).fetch(dict(config), {})
    except (FetchError, connectors.ConfigError) as exc:
        return Preview(error=getattr(exc, "message", None) or str(exc))
    ctx = Context(request.workspace)
    names = dict(scoped(request, Brand).values_list("pk", "name"))
    now = timezone.now()
    preview = Preview(warnings=result.warnings)
    prepared = [
        (item, prepare(item, ctx, bound_brand_id=brand.pk if brand else None, now=now))
        for item in result.items[:100]
    ]
    known = set(
        scoped(request, Mention)
        .filter(fingerprint__in=[p.fingerprint for _, p in prepared if p])
        .values_list("fingerprint", flat=True)
    )
    for item, p in prepared:
        if p is None:
            preview.items.append(PreviewItem(item, False, "matches no brand"))
        elif p.fingerprint in known:
            preview.items.append(PreviewItem(item, False, "already stored"))
        else:
            preview.items.append(
                PreviewItem(item, True, brands=[names.get(b, "?") for b in p.brands], label=p.label)
            )
    return preview
