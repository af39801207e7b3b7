"""The API's reviews and replies (registered from ReviewsConfig).

Drafting and submitting go through the same workflow as the review page (one conditional
UPDATE per transition, guardrails at submission). Approval stays a person's act in the app:
a key approves only when the manager who made it allowed that.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from mentions import inbox
from mentions.api import MentionOut, _query, mention_data
from mentions.models import Mention
from orm_dashboard.api import (
    ApiError,
    api_url,
    errors,
    require_role,
    require_write,
)
from orm_dashboard.models import Role
from orm_dashboard.tenancy import get_object_for_member, scoped
from reviews import drafting, workflow
from reviews.models import Reply, ReviewSettings
from reviews.workflow import WorkflowError

router = Router(tags=["reviews"])
replies_router = Router(tags=["reviews"])

MAX_REPLY_CHARS = 10_000


class ReplyOut(Schema):
    id: int
    review_id: int
    status: str
    text: str
    version: int
    author: str | None
    submitted_at: datetime | None
    decided_at: datetime | None
    reason: str
    warnings: list[dict[str, Any]]
    publish_after: datetime | None
    published_at: datetime | None
    external_url: str
    last_error: str
    api_url: str

    @staticmethod
    def resolve_review_id(obj: Reply) -> int:
        return obj.mention_id

    @staticmethod
    def resolve_author(obj: Reply) -> str | None:
        return obj.author.get_full_name() or obj.author.get_username() if obj.author else None

    @staticmethod
    def resolve_api_url(obj: Reply) -> str:
        return api_url(f"reviews/{obj.mention_id}/reply")


class ReviewOut(MentionOut):
    reply: ReplyOut | None


def review_data(mention: Mention) -> dict[str, Any]:
    return {**mention_data(mention, "reviews"), "reply": mention.api_reply}  # type: ignore[attr-defined]


class ReviewPage(Schema):
    items: list[ReviewOut]
    next: str | None


class ReviewFilters(Schema):
    brand: int | None = None
    source: int | None = None
    sentiment: Literal["", "positive", "neutral", "negative", "unscored"] = ""
    status: Literal["todo", "new", "open", "done", "ignored", "all"] = "all"
    q: str = Field("", max_length=200)
    since: str = ""
    until: str = ""
    after: str = ""
    limit: int = Field(50, ge=1, le=100)


class DraftIn(Schema):
    text: str = Field(min_length=1, max_length=MAX_REPLY_CHARS)


class SubmitIn(Schema):
    acknowledge_warnings: bool = Field(
        False, description="Submit although the guardrails warned (blocking ones still refuse)"
    )


class ApproveIn(Schema):
    version: int = Field(description="The version that was read; a newer one is refused")


class ReplyFilters(Schema):
    status: Literal[
        "",
        "draft",
        "submitted",
        "rejected",
        "approved",
        "scheduled",
        "publishing",
        "published",
        "failed",
    ] = ""
    after: int | None = Field(None, description="The `next` of the previous page")
    limit: int = Field(50, ge=1, le=100)


class ReplyPage(Schema):
    items: list[ReplyOut]
    next: int | None


def _attach_replies(rows: list[Mention]) -> list[Mention]:
    replies = {
        r.mention_id: r
        for r in Reply.objects.filter(mention__in=[m.pk for m in rows]).select_related("author")
    }
    for mention in rows:
        mention.api_reply = replies.get(mention.pk)  # type: ignore[attr-defined]
    return rows


@router.get("", response={200: ReviewPage, **errors(422)}, summary="List reviews")
def list_reviews(request: HttpRequest, filters: Query[ReviewFilters]) -> Any:
    """Reviews (mentions with a rating), newest first, with the inbox's filters."""
    parsed = inbox.Filters.from_query(_query(filters))
    if parsed.errors:
        raise ApiError(422, "invalid_filter", " ".join(parsed.errors))
    if filters.after and inbox._cursor(filters.after) is None:
        raise ApiError(422, "invalid_cursor", "`after` is not a cursor this API gave.")
    qs = inbox.filtered(request.workspace, parsed, request.user).filter(rating__isnull=False)
    rows, more = inbox.page(qs, filters.after, filters.limit, search=bool(parsed.q))
    return {"items": [review_data(m) for m in _attach_replies(rows)], "next": more or None}


def _review(request: HttpRequest, review_id: int) -> Mention:
    mention = get_object_for_member(
        request,
        Mention.objects.select_related("source", "assignee")
        .defer(*inbox.LIST_SKIPS)
        .prefetch_related("matches__brand"),
        review_id,
        rating__isnull=False,
    )
    return _attach_replies([mention])[0]


@router.get("/{review_id}", response={200: ReviewOut, **errors(404)}, summary="One review")
def get_review(request: HttpRequest, review_id: int) -> Any:
    return review_data(_review(request, review_id))


def _reply(request: HttpRequest, review_id: int) -> Reply:
    reply = _review(request, review_id).api_reply  # type: ignore[attr-defined]
    if reply is None:
        raise ApiError(404, "not_found", "This review has no reply yet.")
    return reply


@router.get(
    "/{review_id}/reply", response={200: ReplyOut, **errors(404)}, summary="A review's reply"
)
def get_reply(request: HttpRequest, review_id: int) -> Any:
    return _reply(request, review_id)


@router.put(
    "/{review_id}/reply",
    response={200: ReplyOut, **errors(403, 404, 409, 422)},
    summary="Draft a reply",
)
def draft_reply(request: HttpRequest, review_id: int, body: DraftIn) -> Any:
    """Save the reply's text as a new version (a draft again if it had been submitted)."""
    require_write(request)
    mention = _review(request, review_id)
    try:
        workflow.save(mention, body.text, request.user)
    except WorkflowError as exc:
        raise ApiError(409, "workflow_conflict", str(exc)) from None
    return _reply(request, review_id)


@router.post(
    "/{review_id}/reply/submit",
    response={200: ReplyOut, **errors(403, 404, 409)},
    summary="Submit a reply for approval",
)
def submit_reply(request: HttpRequest, review_id: int, body: SubmitIn) -> Any:
    require_write(request)
    reply = _reply(request, review_id)
    if reply.status == Reply.Status.SUBMITTED:
        return reply
    findings = workflow.check(reply, reply.text, request.user)
    try:
        workflow.submit(reply, request.user, findings, acknowledged=body.acknowledge_warnings)
    except WorkflowError as exc:
        code = "guardrail_warnings" if findings and not body.acknowledge_warnings else "refused"
        if any(f.blocking for f in findings):
            code = "guardrail_blocked"
        raise ApiError(409, code, str(exc)) from None
    return _reply(request, review_id)


@router.post(
    "/{review_id}/reply/approve",
    response={200: ReplyOut, **errors(403, 404, 409, 422)},
    summary="Approve a reply (only keys allowed to)",
)
def approve_reply(request: HttpRequest, review_id: int, body: ApproveIn) -> Any:
    require_write(request)
    require_role(request, Role.MANAGER)
    if not request.api_key.may_approve:  # type: ignore[attr-defined]
        raise ApiError(
            403, "approval_not_allowed", "Approving replies is a person's act for this key."
        )
    reply = _reply(request, review_id)
    ctx = drafting.context_for(reply.mention)
    findings = drafting.check(
        reply.text,
        ctx,
        settings=ReviewSettings.for_workspace(reply.workspace_id),
        user=reply.author,
    )
    try:
        workflow.approve(
            reply, request.user, version=body.version, findings=findings, publishes=ctx.publishes
        )
    except WorkflowError as exc:
        raise ApiError(409, "workflow_conflict", str(exc)) from None
    return _reply(request, review_id)


@replies_router.get("", response={200: ReplyPage, **errors(422)}, summary="List replies")
def list_replies(request: HttpRequest, filters: Query[ReplyFilters]) -> Any:
    """Replies, newest first, paged by id."""
    qs = scoped(request, Reply).select_related("author").order_by("-id")
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.after is not None:
        qs = qs.filter(id__lt=filters.after)
    rows = list(qs[: filters.limit + 1])
    more = rows[filters.limit - 1].pk if len(rows) > filters.limit else None
    return {"items": rows[: filters.limit], "next": more}
