"""The bluesky connector: searchPosts, the public-then-login flow, the token cache, `since`."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mentions.connectors import ConfigError, bluesky, get
from orm_dashboard.http import FetchError
from tests.localserver import LocalServer, Reply, Request

FIXTURES = Path(__file__).parent / "fixtures"
POSTS = (FIXTURES / "bluesky_search_posts.json").read_text()
SESSION = json.loads((FIXTURES / "bluesky_create_session.json").read_text())
SEARCH = "/xrpc/app.bsky.feed.searchPosts"
LOGIN = "/xrpc/com.atproto.server.createSession"
JSON = {"Content-Type": "application/json; charset=utf-8"}
AUTH_REQUIRED = json.dumps({"error": "AuthMissing", "message": "Authentication Required"})


def test_registered_under_its_kind() -> None:
    assert isinstance(get("bluesky"), bluesky.BlueskyConnector)


def test_parse_search_posts() -> None:
    first, second = bluesky.parse_posts(json.loads(POSTS))

    assert (
        first.external_id
        == "at://did:plc:w4xbfzo7kqfes5zb7r6qv3rw/app.bsky.feed.post/3krmnb6b2mk2a"
    )
    assert first.url == "https://bsky.app/profile/sam-okafor.bsky.social/post/3krmnb6b2mk2a"
    assert first.text.startswith("Acme support closed my ticket without reading it.")
    assert first.html == ""
    assert first.author == "Sam Okafor"
    assert first.author_url == "https://bsky.app/profile/sam-okafor.bsky.social"
    assert first.language == "en"
    assert first.published_at == datetime(2024, 5, 2, 10, 9, 55, 120000, tzinfo=UTC)
    assert first.reach is None  # post views carry no follower count
    assert first.extra["like_count"] == 9

    # An account whose handle no longer verifies is addressed by its DID.
    assert second.url == (
        "https://bsky.app/profile/did:plc:abcd2ef3ghij4klm5nop6qrs/post/3krmlx2tq7s2k"
    )
    assert second.author == "did:plc:abcd2ef3ghij4klm5nop6qrs"
    assert second.language == "pt"  # from "pt-BR"


def test_post_url_of_something_that_is_not_a_post() -> None:
    assert bluesky.post_url("at://did:plc:x/app.bsky.feed.like/3k", "a.bsky.social") == ""


def jwt(expires_at: float) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part({'sub': 'did:plc:me', 'exp': int(expires_at)})}.c2ln"


def config(server: LocalServer, **extra: str) -> dict[str, Any]:
    return get("bluesky").validate(
        {"query": "acme", "api_base": server.url, "auth_service": server.url, **extra}
    )


def with_login(server: LocalServer) -> dict[str, Any]:
    return config(server, handle="@acme-monitor.bsky.social", app_password="abcd-efgh-ijkl-mnop")


def search_needing_login(request: Request) -> Reply:
    """A service that wants a login: 403 without a token, 400 ExpiredToken for a stale one."""
    authorization = request.header("Authorization")
    if authorization == f"Bearer {SESSION['accessJwt']}":
        return Reply(200, POSTS, headers=JSON)
    if authorization:
        return Reply(400, b'{"error":"ExpiredToken","message":"Token has expired"}', headers=JSON)
    return Reply(403, AUTH_REQUIRED, headers=JSON)


def test_public_search_and_the_since_cursor(http_server: LocalServer) -> None:
    http_server.route(SEARCH, body=POSTS, headers=JSON)

    result = get("bluesky").fetch(config(http_server), {})

    assert len(result.items) == 2
    (sent,) = http_server.requests
    assert sent.query == {"q": ["acme"], "sort": ["latest"], "limit": ["50"]}
    assert sent.header("Authorization") is None
    # Newest post 10:09:55 minus the overlap.
    assert result.state == {"since": "2024-05-02T09:59:55Z"}

    get("bluesky").fetch(config(http_server), result.state)
    assert http_server.requests[1].query["since"] == ["2024-05-02T09:59:55Z"]


def test_since_never_moves_back(http_server: LocalServer) -> None:
    http_server.route(SEARCH, body=POSTS, headers=JSON)
    result = get("bluesky").fetch(config(http_server), {"since": "2024-06-01T00:00:00Z"})
    assert result.state["since"] == "2024-06-01T00:00:00Z"


def test_refused_without_credentials_asks_for_an_app_password(http_server: LocalServer) -> None:
    http_server.route(SEARCH, Reply(403, AUTH_REQUIRED, headers=JSON))
    with pytest.raises(FetchError) as caught:
        get("bluesky").fetch(config(http_server), {})
    assert caught.value.status == 403
    assert "add a Bluesky handle and an app password" in caught.value.message


def test_refused_with_credentials_logs_in_and_retries(http_server: LocalServer) -> None:
    http_server.route(SEARCH, search_needing_login)
    http_server.route(LOGIN, body=json.dumps(SESSION), headers=JSON)

    result = get("bluesky").fetch(with_login(http_server), {})

    assert len(result.items) == 2
    public, login, retry = http_server.requests
    assert (public.path, public.header("Authorization")) == (SEARCH, None)
    assert login.method == "POST"
    assert json.loads(login.body) == {
        "identifier": "acme-monitor.bsky.social",
        "password": "abcd-efgh-ijkl-mnop",
    }
    assert retry.path == SEARCH
    assert retry.header("Authorization") == f"Bearer {SESSION['accessJwt']}"
    assert retry.query["q"] == ["acme"]
    # The session is cached until its JWT's exp, so the next poll does not log in again.
    assert result.state["access_jwt"] == SESSION["accessJwt"]
    assert result.state["access_jwt_expires_at"] == 4102444800

    get("bluesky").fetch(with_login(http_server), result.state)
    assert [r.path for r in http_server.requests[3:]] == [SEARCH]
    assert http_server.requests[3].header("Authorization") == f"Bearer {SESSION['accessJwt']}"


def test_an_expiring_cached_session_is_not_used(http_server: LocalServer) -> None:
    http_server.route(SEARCH, search_needing_login)
    http_server.route(LOGIN, body=json.dumps(SESSION), headers=JSON)
    stale = jwt(time.time() + 30)
    state = {
        "access_jwt": stale,
        "access_jwt_expires_at": time.time() + 30,
        "access_jwt_handle": "acme-monitor.bsky.social",
    }
    result = get("bluesky").fetch(with_login(http_server), state)
    assert len(result.items) == 2
    assert all(r.header("Authorization") != f"Bearer {stale}" for r in http_server.requests)
    assert result.state["access_jwt"] == SESSION["accessJwt"]


def test_a_cached_session_the_service_rejects_is_renewed_once(http_server: LocalServer) -> None:
    http_server.route(SEARCH, search_needing_login)
    http_server.route(LOGIN, body=json.dumps(SESSION), headers=JSON)
    revoked = jwt(time.time() + 3600)
    state = {
        "access_jwt": revoked,
        "access_jwt_expires_at": time.time() + 3600,
        "access_jwt_handle": "acme-monitor.bsky.social",
    }
    result = get("bluesky").fetch(with_login(http_server), state)

    assert len(result.items) == 2
    assert [r.path for r in http_server.requests] == [SEARCH, LOGIN, SEARCH]
    assert http_server.requests[0].header("Authorization") == f"Bearer {revoked}"


def test_wrong_app_password(http_server: LocalServer) -> None:
    http_server.route(SEARCH, Reply(403, AUTH_REQUIRED, headers=JSON))
    http_server.route(
        LOGIN,
        Reply(
            401,
            b'{"error":"AuthenticationRequired","message":"Invalid identifier or password"}',
            headers=JSON,
        ),
    )
    with pytest.raises(FetchError) as caught:
        get("bluesky").fetch(with_login(http_server), {})
    assert caught.value.status == 401
    assert "refused the handle and app password" in caught.value.message
    assert caught.value.message.endswith("(the server said: Invalid identifier or password)")


def test_rate_limited(http_server: LocalServer) -> None:
    http_server.route(
        SEARCH, Reply(429, b'{"error":"RateLimitExceeded"}', headers={"Retry-After": "45"})
    )
    with pytest.raises(FetchError) as caught:
        get("bluesky").fetch(config(http_server), {})
    assert caught.value.status == 429
    assert caught.value.retry_after == 45


def test_validate() -> None:
    connector = get("bluesky")
    cleaned = connector.validate(
        {"query": "acme", "handle": "@me.bsky.social", "app_password": "x"}
    )
    assert cleaned["handle"] == "me.bsky.social"
    with pytest.raises(ConfigError, match="Search words is required"):
        connector.validate({})
    with pytest.raises(ConfigError, match="give both or neither"):
        connector.validate({"query": "acme", "handle": "me.bsky.social"})
    with pytest.raises(ConfigError, match="API base"):
        connector.validate({"query": "acme", "api_base": "bsky.example"})
