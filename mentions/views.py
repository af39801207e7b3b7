"""The inbox, a mention's page, the actions on mentions, and the CSV export."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from mentions import actions, inbox, normalise, notes, presence, saved_views, sentiment
from mentions.matching import Matcher, highlight_spans, search_pattern, term_pattern
from mentions.models import LexiconEntry, Mention
from orm_dashboard.ids import parse_id
from orm_dashboard.models import Event, Role, display_name
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped

SNIPPET = 280


def snippet(mention: Mention, search: re.Pattern[str] | None = None) -> list[tuple[str, bool]]:
    """A short piece of the text around the first word searched for (else the first matched
    brand term), with both highlighted."""
    terms = [t for mb in mention.matches.all() for t in mb.matched]
    text = mention.text or ""
    patterns = [p for p in (search, term_pattern(terms)) if p]
    first = next((m for p in patterns if (m := p.search(text))), None)
    start = max(0, first.start() - 80) if first else 0
    end = start + SNIPPET
    spans = []
    for pattern in patterns:  # the matches inside the piece only: a text can be 100 KB long
        for m in pattern.finditer(text, start):
            if m.end() > end:
                break
            spans.append((m.start() - start, m.end() - start))
    pieces = highlight_spans(text[start:end], spans)
    if start:
        pieces.insert(0, ("…", False))
    if end < len(text):
        pieces.append(("…", False))
    return pieces


def heading(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with "…", as ``truncatechars`` cuts it, without
    normalising a whole 100,000-character text first to cut it."""
    return Truncator(text[: 2 * limit]).chars(limit)


def _list_context(request: HttpRequest, query: QueryDict | None = None) -> dict[str, Any]:
    query = request.GET if query is None else query
    filters = inbox.Filters.from_query(query)
    qs = inbox.filtered(request.workspace, filters, request.user)
    rows, more = inbox.page(qs, query.get("after", ""), search=bool(filters.q))
    searched = search_pattern(filters.q) if filters.q else None
    for mention in rows:
        mention.snippet = snippet(mention, searched)
        mention.heading = heading(mention.title or mention.text, 140)
    seen = presence.viewers([m.pk for m in rows], exclude=display_name(request.user))
    for mention in rows:
        mention.viewers = seen.get(mention.pk, [])
    newest = rows[0].pk if rows and not query.get("after") else query.get("newest", "")
    choices = inbox.choices(request.workspace)
    context = {
        "filters": filters,
        "filter_query": filters.querystring(),
        "mentions": rows,
        "more": more,
        "newest": newest,
        "choices": choices,
        "actions": actions.ACTIONS,
        "bulk_limit": actions.BULK_LIMIT,
        "inbox_url": reverse("inbox", kwargs={"workspace": request.workspace.slug}),
    }
    if query.get("after"):  # "load more": only rows
        return context
    count: int | None = None
    if not more:  # everything is on this page: the count is known
        count = len(rows)
    elif not filters.q:
        # A text search is not counted past its first page: only the search's own bounded
        # steps (inbox.search_keys) know a cheap way to its matches, and a count that walked
        # the workspace for a rare word would cost more than the page.
        count = inbox.bounded_count(qs)
    unsearchable, nothing_else = inbox.unsearchable_words(filters) if filters.q else ([], False)
    context.update(
        unsearchable=unsearchable,
        nothing_else=nothing_else,
        result_count=count,
        count_label=inbox.count_label(count),
        chips=inbox.chips(filters, choices),
        assignable=actions.assignable(request.workspace.pk),
        status_choices=Mention.Status.choices,
        **saved_views.tabs_context(request, context["filter_query"], counted=False),
    )
    return context


def inbox_page(request: HttpRequest, query: QueryDict) -> HttpResponse:
    """The whole inbox page for a filter query (a form that failed answers with it)."""
    return render(request, "mentions/inbox.html", _list_context(request, query))


@member_required(Role.VIEWER)
@require_GET
def inbox_view(request: HttpRequest) -> HttpResponse:
    context = _list_context(request)
    template = "mentions/inbox.html"
    if request.htmx and not request.htmx.boosted:
        template += "#page" if request.GET.get("after") else "#results"
    return render(request, template, context)


@member_required(Role.VIEWER)
@require_GET
def new_count(request: HttpRequest) -> HttpResponse:
    """How many mentions matching the filters arrived after the newest one on screen."""
    filters = inbox.Filters.from_query(request.GET)
    newest = parse_id(request.GET.get("newest", ""))
    count = 0
    if newest is not None:
        qs = inbox.filtered(request.workspace, filters, request.user)
        count = len(qs.filter(id__gt=newest).values_list("id", flat=True)[:100])
    return render(
        request, "mentions/inbox.html#new-banner", {"new_count": count, "filters": filters}
    )


def _selected(request: HttpRequest) -> list[Mention]:
    if request.POST.get("all_matching"):
        filters = inbox.Filters.from_query(request.POST)
        qs = inbox.filtered(request.workspace, filters, request.user)
        return inbox.page(qs, size=actions.BULK_LIMIT, search=bool(filters.q))[0]
    ids = [i for i in map(parse_id, request.POST.getlist("ids")) if i][: actions.BULK_LIMIT]
    return list(scoped(request, Mention).filter(pk__in=ids).defer("html", "search"))


def _chosen_action(post: Any) -> tuple[str, str]:
    """The bulk bar's one menu sends ``do=action:value`` (a person is picked by name, the
    value is their id); tags come from the tag field. ``action`` and ``value`` also work."""
    if post.get("action"):
        return post["action"], post.get("value", "")
    action, _, value = post.get("do", "").partition(":")
    if action in ("tag", "untag") and not value:
        value = post.get("tag_value", "")
    return action, value


@member_required(Role.AGENT)
@require_POST
def bulk_action(request: HttpRequest) -> HttpResponse:
    mentions = _selected(request)
    action, value = _chosen_action(request.POST)
    back = reverse("inbox", kwargs={"workspace": request.workspace.slug})
    if request.POST.get("filters"):
        back += "?" + request.POST["filters"]
    if not mentions:
        return _refused(request, "Select at least one mention.", back)
    try:
        outcome = actions.apply(
            mentions, action, value, user=request.user, membership=request.membership
        )
    except actions.ActionError as exc:
        return _refused(request, str(exc), back)
    summary = outcome.summary(actions.ACTIONS[action])
    if request.htmx:
        return _in_place(request, [m.pk for m in mentions], summary, outcome)
    messages.success(request, summary)
    return redirect(back)


def _refused(request: HttpRequest, message: str, back: str) -> HttpResponse:
    if request.htmx:
        return _in_place(request, [], message, None, ok=False)
    messages.error(request, message)
    return redirect(back)


UNDO_SALT = "mentions.undo"
UNDO_SECONDS = 120  # the page offers it for a few seconds; a slow click still works


def undo_token(request: HttpRequest, outcome: actions.Outcome) -> str:
    """The steps that take an action back, signed for this person in this workspace."""
    steps = [[action, value, ids] for action, value, ids in outcome.undo]
    payload = {"u": request.user.pk, "w": request.workspace.pk, "s": steps}
    return signing.dumps(payload, salt=UNDO_SALT, compress=True)


def _in_place(
    request: HttpRequest,
    ids: list[int],
    message: str,
    outcome: actions.Outcome | None,
    *,
    ok: bool = True,
    mention: Mention | None = None,
    light: bool = False,
) -> HttpResponse:
    """The answer to an action taken with htmx: the mention again (when acted on from its
    pane or page), its rows in the inbox list swapped out of band (the cursor stays where
    it is), and a status line with an undo button."""
    context: dict[str, Any] = {}
    if mention is not None and light:
        context.update(_act_context(request, mention))
    elif mention is not None:
        context.update(_mention_context(request, mention))
    in_inbox = False
    if request.htmx.current_url_abs_path:
        inbox_path = reverse("inbox", kwargs={"workspace": request.workspace.slug})
        in_inbox = request.htmx.current_url_abs_path.split("?")[0] == inbox_path
    context.update(
        in_pane=in_inbox,
        message=message,
        ok=ok,
        undo=undo_token(request, outcome) if outcome and outcome.undo else "",
        rows=_rows(request, ids) if in_inbox and 0 < len(ids) <= OOB_ROWS else [],
        pane_id=mention.pk if mention is not None else None,
        light=light,
    )
    response = render(request, "mentions/in_place.html", context)
    if ids and mention is None:  # a pane showing one of them reloads itself
        reload = in_inbox and len(ids) > OOB_ROWS  # the list is asked for again instead
        trigger_client_event(response, "mentions-changed", {"ids": ids, "reload": reload})
    return response


# Rows sent back with an action; "all matching" can touch 1,000 mentions, and then the list
# is asked for again (one page) rather than sent 1,000 rows it mostly does not show.
OOB_ROWS = 200


def _rows(request: HttpRequest, ids: list[int]) -> list[Mention]:
    """The inbox rows of these mentions, as the list renders them (search marks included)."""
    current = request.htmx.current_url_abs_path or ""
    filters = inbox.Filters.from_query(QueryDict(current.partition("?")[2]))
    qs = scoped(request, Mention).filter(pk__in=ids)
    rows = inbox.page(qs, size=len(ids))[0]
    searched = search_pattern(filters.q) if filters.q else None
    for row in rows:
        row.snippet = snippet(row, searched)
        row.heading = heading(row.title or row.text, 140)
        row.viewers = []
    return rows


@member_required(Role.AGENT)
@require_POST
def undo_action(request: HttpRequest) -> HttpResponse:
    """Take back one's own action: its steps run through the same rules and audit trail."""
    try:
        payload = signing.loads(request.POST.get("token", ""), salt=UNDO_SALT, max_age=UNDO_SECONDS)
    except signing.BadSignature:
        payload = None
    if not payload or payload["u"] != request.user.pk or payload["w"] != request.workspace.pk:
        message = "Too late to undo that (or it was not yours to undo)."
        if request.htmx:
            return _in_place(request, [], message, None, ok=False)
        raise Http404(message)
    changed: set[int] = set()
    refused = []
    for action, value, ids in payload["s"]:
        mentions = list(scoped(request, Mention).filter(pk__in=ids).defer(*inbox.LIST_SKIPS[:2]))
        try:
            outcome = actions.apply(
                mentions, action, value, user=request.user, membership=request.membership
            )
        except actions.ActionError as exc:
            refused.append(str(exc))
            continue
        changed.update(outcome.changed)
    all_ids = sorted({pk for _, _, ids in payload["s"] for pk in ids})
    message = f"Undone for {len(all_ids)} mention{'s' if len(all_ids) != 1 else ''}."
    if refused:
        message += " Not all of it: " + " ".join(refused)
    if request.htmx:
        return _in_place(request, all_ids, message, None, ok=not refused)
    messages.success(request, message)
    return redirect(reverse("inbox", kwargs={"workspace": request.workspace.slug}))


@member_required(Role.VIEWER)
@require_GET
def mention_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_for_member(request, Mention, pk)
    presence.touch(mention.pk, display_name(request.user))
    return render(request, "mentions/detail.html", _mention_context(request, mention))


@member_required(Role.VIEWER)
@require_GET
def mention_pane(request: HttpRequest, pk: int) -> HttpResponse:
    """The mention in the inbox's reading pane: the page's content without the page."""
    mention = get_object_for_member(request, Mention, pk)
    presence.touch(mention.pk, display_name(request.user))
    context = _mention_context(request, mention)
    context["in_pane"] = True
    return render(request, "mentions/detail.html#mention", context)


def _history(request: HttpRequest, mention: Mention) -> Any:
    return (
        Event.objects.filter(
            workspace=request.workspace, object_type="mention", object_id=mention.pk
        )
        .select_related("actor")
        .order_by("-created_at")[:50]
    )


def _act_context(request: HttpRequest, mention: Mention) -> dict[str, Any]:
    """What the actions card, the meta line and the history need (see _in_place)."""
    return {
        "mention": mention,
        "history": _history(request, mention),
        "assignable": actions.assignable(request.workspace.pk),
        "sentiment_choices": [(label, label.capitalize()) for label in actions.HUMAN_LABELS],
    }


def _mention_context(request: HttpRequest, mention: Mention) -> dict[str, Any]:
    matches = list(mention.matches.select_related("brand"))
    body = normalise.scored_text(mention.title, mention.text)
    matcher = Matcher.for_workspace(request.workspace.pk)
    # The explanation is the stored score worked out again, so with the workspace's lexicon.
    analysis = sentiment.analyse(
        body,
        targets={str(mb.brand_id): matcher.spans_for(mb.brand_id, body) for mb in matches},
        lexicon=LexiconEntry.for_workspace(request.workspace.pk) or None,
        language=mention.language or None,
        positive=request.workspace.positive_threshold,
        negative=request.workspace.negative_threshold,
    )
    copies = scoped(request, Mention).filter(duplicate_of=mention).select_related("source")[:20]
    history = _history(request, mention)
    context = {
        "mention": mention,
        "matches": matches,
        "analysis": analysis,
        # What counted toward each brand: the pieces of text about it, or the whole text.
        "toward": [(mb, analysis.targets.get(str(mb.brand_id))) for mb in matches],
        "copies": copies,
        "original": mention.duplicate_of if mention.duplicate_of_id else None,
        "notes": mention.notes.select_related("author").prefetch_related("emails__recipient"),
        "history": history,
        "viewers": presence.viewers([mention.pk], exclude=display_name(request.user)).get(
            mention.pk, []
        ),
        "assignable": actions.assignable(request.workspace.pk),
        "actions": actions.ACTIONS,
        "sentiment_choices": [(label, label.capitalize()) for label in actions.HUMAN_LABELS],
        "in_pane": False,
    }
    return context


@member_required(Role.VIEWER)
@require_POST
def presence_ping(request: HttpRequest, pk: int) -> HttpResponse:
    """The open mention page pings; the answer says who else is looking."""
    mention = get_object_for_member(request, Mention, pk)
    presence.touch(mention.pk, display_name(request.user))
    others = presence.viewers([mention.pk], exclude=display_name(request.user)).get(mention.pk, [])
    return render(request, "mentions/detail.html#presence", {"viewers": others, "mention": mention})


@member_required(Role.AGENT)
@require_POST
def mention_action(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_for_member(request, Mention, pk)
    action = request.POST.get("action", "")
    try:
        outcome = actions.apply(
            [mention],
            action,
            request.POST.get("value", ""),
            user=request.user,
            membership=request.membership,
        )
    except actions.ActionError as exc:
        if request.htmx:
            return _in_place(request, [], str(exc), None, ok=False, mention=mention)
        messages.error(request, str(exc))
    else:
        if outcome.skipped:
            message, ok = f"Not changed: {outcome.skipped[0][1]}.", False
        else:
            message, ok = outcome.summary(actions.ACTIONS[action]), True
        if request.htmx:
            # Status, assignee and tags change the actions card, the meta line and the
            # history only: those are sent (a sentiment also changes the explanation).
            light = action != "sentiment" and request.htmx.target == "mention-act"
            mention = scoped(request, Mention).select_related("source", "assignee").get(pk=pk)
            return _in_place(
                request, [mention.pk], message, outcome, ok=ok, mention=mention, light=light
            )
        (messages.success if ok else messages.error)(request, message)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("mention", kwargs={"workspace": request.workspace.slug, "pk": pk})
    return redirect(back)


@member_required(Role.AGENT)
@require_POST
def add_note(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_for_member(request, Mention, pk)
    text = request.POST.get("text", "").strip()[:5000]
    if not text:
        if request.htmx:
            return _in_place(
                request, [], "A note needs some text.", None, ok=False, mention=mention
            )
        messages.error(request, "A note needs some text.")
    else:
        _note, members, named, found = notes.add(mention, request.user, text)
        me = request.user.get_username().lower()
        lines = [
            "Note added."
            + (f" Emailing {', '.join(display_name(u) for u in members)}." if members else "")
        ]
        nobody = sorted(named - set(found))
        if nobody:
            lines.append(
                f"{', '.join('@' + n for n in nobody)} "
                f"{'names' if len(nobody) == 1 else 'name'} nobody in this workspace, so no one "
                "was told. Use a teammate's username (listed under the note box)."
            )
        no_address = [u for name, u in found.items() if name != me and not u.email]
        if no_address:
            lines.append(
                f"{', '.join(display_name(u) for u in no_address)} "
                "could not be emailed: no email address on their account."
            )
        if request.htmx:
            return _in_place(request, [], " ".join(lines), None, mention=mention)
        messages.success(request, lines[0])
        for line in lines[1:]:
            messages.warning(request, line)
    return redirect(
        reverse("mention", kwargs={"workspace": request.workspace.slug, "pk": pk}) + "#notes"
    )


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> str:
    """Spreadsheets run cells that start like a formula; make them plain text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class _Echo:
    def write(self, value: str) -> str:
        return value


@member_required(Role.VIEWER)
@require_GET
def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    """Every mention matching the filters, streamed in keyset order (no big page in memory)."""
    filters = inbox.Filters.from_query(request.GET)
    qs = inbox.filtered(request.workspace, filters, request.user)
    writer = csv.writer(_Echo())
    header = [
        "published_at",
        "title",
        "text",
        "url",
        "author",
        "source",
        "language",
        "sentiment",
        "status",
        "assignee",
        "tags",
        "brands",
    ]

    def rows() -> Iterator[str]:
        yield writer.writerow(header)
        after = ""
        while True:
            batch, after = inbox.page(qs, after, size=500, search=bool(filters.q))
            for m in batch:
                brands = "; ".join(
                    f"{mb.brand.name}: {mb.sentiment_label}" for mb in m.matches.all()
                )
                yield writer.writerow(
                    [
                        csv_safe(v)
                        for v in (
                            m.published_at.isoformat(),
                            m.title,
                            m.text,
                            m.url,
                            m.author,
                            m.source.name if m.source else "",
                            m.language,
                            m.sentiment_label,
                            m.status,
                            display_name(m.assignee),
                            ", ".join(m.tags),
                            brands,
                        )
                    ]
                )
            if not after:
                return

    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="mentions-{request.workspace.slug}-{stamp}.csv"'
    )
    return response
