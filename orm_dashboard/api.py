"""The REST API at /api/v1/: one django-ninja instance that every app adds its routes to.

This module owns what every route shares and imports no app: key authentication, the rate
limit, JSON errors with stable codes, and the scope check. Each app registers its own
router from ``AppConfig.ready()`` (``register``), so mentions, reviews and crisis keep their
dependencies pointing one way. A key acts in its workspace only: authentication sets
``request.workspace``, ``request.user`` (the key's own user) and ``request.membership`` (an
unsaved membership with the key's role), so the app's own helpers (``scoped``,
``get_object_for_member``, the action and workflow modules) apply the same tenancy and
rules to the API as to the pages.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Router, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer

from orm_dashboard import apikeys, broker
from orm_dashboard.models import ApiKey, Membership, Role

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An answer other than success, with a stable machine-readable code."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class Error(Schema):
    """Every error: ``code`` is stable (clients branch on it), ``message`` is for people."""

    code: str
    message: str
    errors: list[dict[str, Any]] | None = None


def errors(*statuses: int) -> dict[int, type[Schema]]:
    """The error answers an operation documents; every one has a test that provokes it.
    401 (no or bad key) and 429 (rate limit) can happen on every operation."""
    return {status: Error for status in sorted({401, 429, *statuses})}


class KeyAuth(HttpBearer):
    """``Authorization: Bearer orm_…``: the key's workspace, user and role for the request."""

    openapi_description = "An API key made under Settings › API keys (shown once)."

    def authenticate(self, request: HttpRequest, token: str) -> ApiKey:
        key = apikeys.lookup(token)
        if key is None:
            raise ApiError(401, "invalid_key", "This API key is unknown or mistyped.")
        if not key.is_active:
            raise ApiError(401, "key_revoked", "This API key was revoked.")
        rate_limit(key)
        apikeys.touch(key)
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            require_write_key(key)  # before the body is read: a read key never writes
        request.workspace = key.workspace  # type: ignore[attr-defined]
        request.user = key.user
        request.membership = Membership(  # type: ignore[attr-defined]
            user=key.user, workspace=key.workspace, role=key.role
        )
        request.api_key = key  # type: ignore[attr-defined]
        return key


def rate_limit(key: ApiKey) -> None:
    """At most API_RATE_LIMIT requests per key per minute (a fixed window in Redis).

    A Redis outage lets requests through: the limit protects the server, and a broken
    limiter must not take the API down with it.
    """
    limit = settings.API_RATE_LIMIT
    if not limit:
        return
    now = time.time()
    window = int(now // 60)
    name = f"api:rate:{key.prefix}:{window}"
    try:
        pipe = broker.client().pipeline()
        pipe.incr(name)
        pipe.expire(name, 120)
        count = pipe.execute()[0]
    except Exception:
        log.warning("API rate limiter unavailable; letting the request through", exc_info=True)
        return
    if count > limit:
        wait = max(1, int((window + 1) * 60 - now) + 1)
        raise ApiError(
            429,
            "rate_limited",
            f"More than {limit} requests a minute with this key; retry in {wait} s.",
            {"Retry-After": str(wait)},
        )


api = NinjaAPI(
    title="ORM Dashboard API",
    version="1",
    description=(
        "Mentions, sources, brands, reviews and replies, incidents and the overview of one "
        "workspace. Authenticate with `Authorization: Bearer <key>`; a key is made by a "
        "manager under Settings › API keys and sees its own workspace only. Lists are paged "
        "by cursor: pass the `next` value of a page as `after` for the following one. Errors "
        "are JSON `{code, message}`; `429 rate_limited` comes with `Retry-After`."
    ),
    urls_namespace="api",
    auth=KeyAuth(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)


def error_response(
    request: HttpRequest,
    status: int,
    code: str,
    message: str,
    *,
    headers: dict[str, str] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> HttpResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if errors is not None:
        body["errors"] = errors
    response = api.create_response(request, body, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return error_response(request, exc.status, exc.code, exc.message, headers=exc.headers)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(
        request, 401, "unauthenticated", "Send an API key as `Authorization: Bearer <key>`."
    )


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    # The same answer for "not there" and "another workspace's": a key learns nothing.
    return error_response(request, 404, "not_found", "Not found in this workspace.")


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(request, 403, "forbidden", str(exc) or "Not allowed with this key.")


@api.exception_handler(NinjaValidationError)
def _invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors = [
        {"loc": [str(part) for part in e.get("loc", [])], "msg": str(e.get("msg", ""))}
        for e in exc.errors
    ]
    return error_response(
        request, 422, "invalid_request", "The request has invalid values.", errors=errors
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    codes = {400: "bad_request", 405: "method_not_allowed", 413: "too_large"}
    return error_response(request, exc.status_code, codes.get(exc.status_code, "error"), str(exc))


def require_write_key(key: ApiKey) -> None:
    if key.scope != ApiKey.Scope.WRITE:
        raise ApiError(403, "read_only_key", "This API key is read-only.")


def require_write(request: HttpRequest) -> None:
    """Refuse a change made with a read-only key (every write operation says so itself,
    beside the check authentication makes on the method)."""
    require_write_key(request.api_key)  # type: ignore[attr-defined]


def require_role(request: HttpRequest, role: Role) -> None:
    if not request.membership.allows(role):  # type: ignore[attr-defined]
        raise ApiError(403, "forbidden", f"This needs the {role.label.lower()} role.")


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def api_url(path: str) -> str:
    """The address of a resource in this API (used in payloads and in webhook events)."""
    return absolute(f"/api/v1/{path.lstrip('/')}")


_registered: list[tuple[str, Router]] = []


def register(prefix: str, router: Router) -> None:
    """Called by each app's AppConfig.ready(): its resources under /api/v1/<prefix>."""
    if any(r is router for _, r in _registered):
        return
    _registered.append((prefix, router))
    api.add_router(prefix, router)
