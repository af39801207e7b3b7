"""The review queue, the review page with its reply editor, approval actions, reply
templates, review settings and CSV import. Every view is scoped to the workspace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from mentions.connectors.base import ConfigError
from mentions.ingest import ingest
from mentions.models import Mention, Source
from orm_dashboard.audit import record
from orm_dashboard.ids import parse_id, parse_int
from orm_dashboard.models import Role
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped
from reviews import drafting, guardrails, history, workflow
from reviews import queue as queue_logic
from reviews.connectors import KINDS
from reviews.connectors.manual import parse_csv
from reviews.forms import ImportForm, ReplyTemplateForm, ReviewSettingsForm
from reviews.models import Reply, ReplyTemplate, ReplyVersion, ReviewSettings
from reviews.workflow import WorkflowError

PAGE_SIZE = 25
MAX_REPLY_CHARS = 10_000
S = Reply.Status


def sla_label(due: datetime | None, now: datetime) -> tuple[str, bool]:
    """("due in 3 h", False) or ("overdue by 1 d 2 h", True), as the cards show it."""
    if due is None:
        return "", False
    seconds = int((due - now).total_seconds())
    span = abs(seconds)
    days, rest = divmod(span, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        text = f"{days} d {hours} h" if hours else f"{days} d"
    elif hours:
        text = f"{hours} h {minutes} min" if minutes else f"{hours} h"
    else:
        text = f"{max(minutes, 1)} min"
    return (f"overdue by {text}", True) if seconds < 0 else (f"due in {text}", False)


@dataclass
class Card:
    mention: Mention
    reply: Reply | None
    sla: str
    overdue: bool
    platform: str


def _platform(mention: Mention) -> str:
    ctx = drafting.context_for(mention)
    return ctx.platform


# --- the queue -----------------------------------------------------------------------


@member_required(Role.VIEWER)
def queue(request: HttpRequest) -> HttpResponse:
    review_settings = ReviewSettings.for_workspace(request.workspace)
    now = timezone.now()
    base = queue_logic.reviews(scoped(request, Mention))
    rating = parse_int(request.GET.get("rating"), 1, 5)
    source_id = parse_id(request.GET.get("source"))
    if rating:
        base = base.filter(rating=rating)
    if source_id:
        base = base.filter(source_id=source_id)
    tab = queue_logic.TAB_BY_KEY.get(request.GET.get("tab", ""), queue_logic.TABS[0])
    counts, stats = queue_logic.queue_figures(base, review_settings, now)
    rows = queue_logic.page_queryset(base, tab, review_settings)
    page = CountedPaginator(rows, PAGE_SIZE, count=counts[tab.key]).get_page(
        request.GET.get("page")
    )
    cards = []
    for mention in page:
        reply = getattr(mention, "reply", None) if _has_reply(mention) else None
        answered = reply is not None and reply.status == S.PUBLISHED
        text, overdue = sla_label(None if answered else mention.due_at, now)
        cards.append(Card(mention, reply, text, overdue, _platform(mention)))
    filters = {k: v for k, v in (("rating", rating), ("source", source_id)) if v}
    context = {
        "tabs": [(t, counts[t.key]) for t in queue_logic.TABS],
        "tab": tab,
        "cards": cards,
        "page": page,
        "stats": stats,
        "review_settings": review_settings,
        "sources": scoped(request, Source).filter(kind__in=KINDS).order_by("name"),
        "rating": rating,
        "source_id": source_id,
        "filter_query": urlencode(filters),
        "now": now,
    }
    template = "reviews/queue.html#results" if request.htmx else "reviews/queue.html"
    return render(request, template, context)


class CountedPaginator(Paginator):
    """A paginator told its count: the tab's count is already known, and counting the
    tab's reviews again would be a second pass over all of them."""

    def __init__(self, object_list: Any, per_page: int, *, count: int) -> None:
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property


def _has_reply(mention: Mention) -> bool:
    try:
        mention.reply  # noqa: B018  (select_related: no query)
    except Reply.DoesNotExist:
        return False
    return True


# --- one review and its reply ----------------------------------------------------------


def _review(request: HttpRequest, pk: int) -> Mention:
    return get_object_for_member(request, Mention, pk, rating__isnull=False)


def _reply(mention: Mention) -> Reply | None:
    return (
        Reply.objects.filter(mention=mention)
        .select_related("author", "submitted_by", "approver", "published_by", "template")
        .first()
    )


def _detail_context(
    request: HttpRequest, mention: Mention, *, text: str | None = None, template: Any = None
) -> dict[str, Any]:
    reply = _reply(mention)
    ctx = drafting.context_for(mention)
    review_settings = ReviewSettings.for_workspace(request.workspace)
    values = ctx.values(request.user)
    version_note = ""
    if text is None:
        chosen = parse_id(request.GET.get("template", ""))
        version = parse_id(request.GET.get("version", ""))
        if chosen is not None:
            template = scoped(request, ReplyTemplate).filter(pk=chosen).first()
        if template is not None:
            text = drafting.fill(template.text, values)
        elif version is not None and reply is not None:
            old = ReplyVersion.objects.filter(reply=reply, number=version).first()
            if old is not None:
                text, version_note = old.text, f"Loaded version {old.number}; save to keep it."
        if text is None:
            text = reply.text if reply else ""
    findings = workflow.check(mention, text, request.user, settings=review_settings) if text else []
    suits, others = drafting.suitable_templates(request.workspace.pk, mention)
    can_write = request.membership.allows(Role.AGENT)
    is_manager = request.membership.allows(Role.MANAGER)
    editable = can_write and (reply is None or reply.is_editable)
    approvable, own = (False, False)
    if reply is not None and reply.status == S.SUBMITTED and is_manager:
        approvable, own = workflow.may_approve(reply, request.user, review_settings)
    due = review_settings.due_at(mention.published_at, mention.rating)
    answered = reply is not None and reply.status == S.PUBLISHED
    sla, overdue = sla_label(None if answered else due, timezone.now())
    return {
        "mention": mention,
        "reply": reply,
        "ctx": ctx,
        "text": text,
        "template": template,
        "version_note": version_note,
        "findings": findings,
        "blocking": any(f.blocking for f in findings),
        "limit": ctx.limit,
        "length": guardrails.length(text),
        "suits": suits,
        "others": others,
        "placeholders": drafting.PLACEHOLDERS,
        "editable": editable,
        "approvable": approvable,
        "own_reply": own,
        "review_settings": review_settings,
        "can_pull_back": reply is not None
        and reply.can_pull_back
        and (reply.wrote(request.user) or is_manager),
        "due": due,
        "now": timezone.now(),
        "sla": sla,
        "overdue": overdue,
        "versions": list(reply.versions.select_related("author")[:20]) if reply else [],
        "history": [(event, history.describe(event.verb)) for event in history.events(reply)[:100]]
        if reply
        else [],
    }


@member_required(Role.VIEWER)
def review(request: HttpRequest, pk: int) -> HttpResponse:
    mention = _review(request, pk)
    context = _detail_context(request, mention)
    if request.htmx and ("template" in request.GET or "version" in request.GET):
        return render(request, "reviews/review.html#editor", context)
    return render(request, "reviews/review.html", context)


@member_required(Role.AGENT)
@require_POST
def check(request: HttpRequest, pk: int) -> HttpResponse:
    """The guardrails for the text being typed (htmx, as the author writes)."""
    mention = _review(request, pk)
    text = request.POST.get("text", "")[:MAX_REPLY_CHARS].replace("\r\n", "\n")
    findings = workflow.check(mention, text, request.user)
    context = {
        "findings": findings if text.strip() else [],
        "blocking": any(f.blocking for f in findings),
        "editable": True,
        "reply": _reply(mention),
    }
    return render(request, "reviews/review.html#checks", context)


def _back(request: HttpRequest, mention: Mention) -> HttpResponse:
    return redirect("review", workspace=request.workspace.slug, pk=mention.pk)


def _again(request: HttpRequest, mention: Mention, error: str, text: str) -> HttpResponse:
    context = _detail_context(request, mention, text=text)
    context["error"] = error
    return render(request, "reviews/review.html", context)


@member_required(Role.AGENT)
@require_POST
def save(request: HttpRequest, pk: int) -> HttpResponse:
    mention = _review(request, pk)
    text = request.POST.get("text", "")[:MAX_REPLY_CHARS]
    template_id = parse_id(request.POST.get("template", ""))
    template = (
        scoped(request, ReplyTemplate).filter(pk=template_id).first() if template_id else None
    )
    submitting = request.POST.get("action") == "submit"
    try:
        reply = workflow.save(mention, text, request.user, template=template)
        if submitting:
            if reply.status == S.SUBMITTED:
                messages.info(request, "This reply is already awaiting approval.")
                return _back(request, mention)
            findings = workflow.check(mention, reply.text, request.user)
            workflow.submit(
                reply, request.user, findings, acknowledged=request.POST.get("acknowledge") == "1"
            )
            messages.success(request, "Submitted for approval. Managers will be told by email.")
        else:
            messages.success(request, f"Draft saved (version {reply.version}).")
    except WorkflowError as exc:
        return _again(request, mention, str(exc), text)
    return _back(request, mention)


def _step(
    request: HttpRequest,
    mention: Mention,
    step: Callable[[], Any],
    done: str | Callable[[Any], str],
) -> HttpResponse:
    """Take one step of the reply workflow and say how it went on the review's page: a
    refusal (a teammate moved the reply first, a stale version) is the error shown."""
    try:
        result = step()
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done(result) if callable(done) else done)
    return _back(request, mention)


def _existing_reply(request: HttpRequest, pk: int) -> tuple[Mention, Reply]:
    mention = _review(request, pk)
    reply = _reply(mention)
    if reply is None:
        raise Http404("This review has no reply yet")
    return mention, reply


def _version(request: HttpRequest) -> int:
    version = parse_int(request.POST.get("version", ""))
    return -1 if version is None else version


@member_required(Role.MANAGER)
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    mention, reply = _existing_reply(request, pk)
    ctx = drafting.context_for(mention)
    review_settings = ReviewSettings.for_workspace(request.workspace)
    findings = workflow.check(reply, reply.text, reply.author, settings=review_settings)

    def approved(publish_after: datetime | None) -> str:
        if publish_after is None:
            return f"Approved. Copy it to {ctx.platform}, then mark it as posted."
        if publish_after <= timezone.now():
            return "Approved. Publishing now."
        delay = review_settings.send_delay_minutes
        return f"Approved. It will be published in {delay} min unless someone pulls it back."

    return _step(
        request,
        mention,
        lambda: workflow.approve(
            reply,
            request.user,
            version=_version(request),
            findings=findings,
            publishes=ctx.publishes,
        ),
        approved,
    )


@member_required(Role.MANAGER)
@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    mention, reply = _existing_reply(request, pk)
    reason = request.POST.get("reason", "")
    return _step(
        request,
        mention,
        lambda: workflow.reject(reply, request.user, version=_version(request), reason=reason),
        "Rejected. The author gets an email with your reason.",
    )


@member_required(Role.AGENT)
@require_POST
def pull_back(request: HttpRequest, pk: int) -> HttpResponse:
    mention, reply = _existing_reply(request, pk)
    if not (reply.wrote(request.user) or request.membership.allows(Role.MANAGER)):
        raise PermissionDenied("Only the author or a manager can pull a reply back")
    return _step(
        request,
        mention,
        lambda: workflow.pull_back(reply, request.user),
        "Pulled back. It is a draft again and needs a new approval.",
    )


@member_required(Role.MANAGER)
@require_POST
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    mention, reply = _existing_reply(request, pk)
    return _step(
        request, mention, lambda: workflow.retry(reply, request.user), "Publishing again now."
    )


@member_required(Role.AGENT)
@require_POST
def mark_posted(request: HttpRequest, pk: int) -> HttpResponse:
    mention, reply = _existing_reply(request, pk)
    url = request.POST.get("url", "").strip()
    if urlsplit(url).scheme not in ("http", "https"):
        messages.error(request, "Paste the link to the posted reply (http:// or https://).")
        return _back(request, mention)
    return _step(
        request,
        mention,
        lambda: workflow.mark_posted(reply, request.user, url),
        "Marked as posted.",
    )


@member_required(Role.AGENT)
@require_POST
def no_reply_needed(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a review off "needs reply" (for example a rating without text); reversible."""
    mention = _review(request, pk)
    restore = request.POST.get("undo") == "1"
    status = Mention.Status.OPEN if restore else Mention.Status.IGNORED
    scoped(request, Mention).filter(pk=mention.pk).update(status=status)
    record(request, "review.reply_needed" if restore else "review.no_reply_needed", mention)
    messages.success(request, "Back in the queue." if restore else "Marked as needing no reply.")
    return _back(request, mention)


# --- reply templates -----------------------------------------------------------------


@member_required(Role.VIEWER)
def template_list(request: HttpRequest) -> HttpResponse:
    templates = scoped(request, ReplyTemplate)
    return render(
        request,
        "reviews/templates.html",
        {
            "templates": templates,
            "section": "reply_templates",
            "placeholders": drafting.PLACEHOLDERS,
        },
    )


@member_required(Role.MANAGER)
def template_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    template = get_object_for_member(request, ReplyTemplate, pk) if pk else None
    form = ReplyTemplateForm(request.POST or None, instance=template, workspace=request.workspace)
    if request.method == "POST" and form.is_valid():
        if template is None:
            form.instance.created_by = request.user
        saved = form.save()
        record(request, "reply_template.saved", saved, name=saved.name)
        messages.success(request, f"Saved template “{saved.name}”.")
        return redirect("reply_templates", workspace=request.workspace.slug)
    return render(
        request,
        "reviews/template_form.html",
        {
            "form": form,
            "template": template,
            "section": "reply_templates",
            "placeholders": drafting.PLACEHOLDERS,
        },
    )


@member_required(Role.MANAGER)
@require_POST
def template_delete(request: HttpRequest, pk: int) -> HttpResponse:
    template = get_object_for_member(request, ReplyTemplate, pk)
    record(request, "reply_template.deleted", template, name=template.name)
    template.delete()
    messages.success(request, f"Deleted template “{template.name}”.")
    return redirect("reply_templates", workspace=request.workspace.slug)


# --- settings and import -------------------------------------------------------------


@member_required(Role.MANAGER)
def review_settings(request: HttpRequest) -> HttpResponse:
    instance = ReviewSettings.for_workspace(request.workspace)
    form = ReviewSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        record(
            request,
            "review_settings.saved",
            saved,
            **{k: form.cleaned_data[k] for k in form.changed_data},
        )
        messages.success(request, "Saved the review settings.")
        return redirect("review_settings", workspace=request.workspace.slug)
    return render(request, "reviews/settings.html", {"form": form, "section": "review_settings"})


@member_required(Role.MANAGER)
def import_csv(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None, workspace=request.workspace)
    if request.method == "POST" and form.is_valid():
        source = form.cleaned_data["source"]
        try:
            items, warnings = parse_csv(form.cleaned_data["file"].read())
        except ConfigError as exc:
            form.add_error("file", str(exc))
        else:
            with transaction.atomic():
                result = ingest(
                    request.workspace, items, source_id=source.pk, bound_brand_id=source.brand_id
                )
            record(request, "reviews.imported", source, new=result.new, rows=len(items))
            summary = f"Imported {result.new} new reviews ({result.duplicates} already known)."
            if result.unmatched:
                summary += (
                    f" {result.unmatched} matched no brand: bind the source to a brand to keep "
                    "all of its reviews."
                )
            messages.success(request, summary)
            for warning in warnings[:10]:
                messages.warning(request, warning)
            return redirect(reverse("review_queue", kwargs={"workspace": request.workspace.slug}))
    return render(request, "reviews/import.html", {"form": form})
