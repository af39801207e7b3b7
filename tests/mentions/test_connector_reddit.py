"""The reddit connector: search listings, public vs application-only OAuth, refusals."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from mentions.connectors import ConfigError, get, reddit
from orm_dashboard.http import FetchError
from tests.localserver import LocalServer, Reply, Request

FIXTURES = Path(__file__).parent / "fixtures"
LISTING = (FIXTURES / "reddit_search.json").read_text()
TOKEN = json.loads((FIXTURES / "reddit_token.json").read_text())
JSON = {"Content-Type": "application/json; charset=UTF-8"}


def test_registered_under_its_kind() -> None:
    assert isinstance(get("reddit"), reddit.RedditConnector)


def test_parse_search_listing() -> None:
    self_post, link_post = reddit.parse_listing(json.loads(LISTING))

    assert self_post.external_id == "t3_1cibq7e"
    assert self_post.url == (
        "https://www.reddit.com/r/smarthome/comments/1cibq7e/"
        "acme_hub_keeps_losing_all_devices_after_update/"
    )
    assert self_post.title == "Acme hub keeps losing all devices after update"
    assert self_post.text == (
        "Bought the Acme hub in March. Since the last firmware update it drops every device "
        "overnight.\n\nAnyone found a fix? Support just says reset it."
    )
    assert self_post.html.startswith('<!-- SC_OFF --><div class="md"><p>Bought the Acme hub')
    assert self_post.author == "quiet_lantern"
    assert self_post.author_url == "https://www.reddit.com/user/quiet_lantern"
    assert self_post.reach == 42
    assert self_post.published_at == datetime(2024, 5, 2, 9, 53, 40, tzinfo=UTC)
    assert self_post.extra["subreddit"] == "smarthome"

    # A link post: the mention is the Reddit discussion; the article is kept aside.
    assert link_post.url.startswith("https://www.reddit.com/r/technology/comments/1cia8yq/")
    assert link_post.extra["link_url"] == (
        "https://dailyexample.news/business/2024/05/02/acme-corp-toaster-recall"
    )
    assert link_post.text == link_post.html == ""
    assert link_post.author_url == ""  # [deleted] has no profile
    assert link_post.reach == 1287


def test_parse_skips_things_that_are_not_posts() -> None:
    listing = {"kind": "Listing", "data": {"children": [{"kind": "t5", "data": {"id": "x"}}]}}
    assert reddit.parse_listing(listing) == []


def public(server: LocalServer, **extra: str) -> dict[str, Any]:
    return get("reddit").validate({"query": "acme", "api_base": server.url, **extra})


def with_app(server: LocalServer, **extra: str) -> dict[str, Any]:
    return public(server, client_id="abcDEF123", client_secret="s3cr3t-value", **extra)


def test_public_search(http_server: LocalServer) -> None:
    http_server.route("/search.json", body=LISTING, headers=JSON)
    result = get("reddit").fetch(public(http_server), {})

    assert [i.external_id for i in result.items] == ["t3_1cibq7e", "t3_1cia8yq"]
    (sent,) = http_server.requests
    assert sent.query["q"] == ["acme"]
    assert sent.query["sort"] == ["new"]
    assert "restrict_sr" not in sent.query
    assert sent.header("Authorization") is None
    user_agent = sent.header("User-Agent") or ""
    assert user_agent and not user_agent.startswith("python-httpx")


def test_public_search_in_a_subreddit(http_server: LocalServer) -> None:
    http_server.route("/r/smarthome/search.json", body=LISTING, headers=JSON)
    result = get("reddit").fetch(public(http_server, subreddit="r/smarthome"), {})
    assert len(result.items) == 2
    (sent,) = http_server.requests
    assert sent.query["restrict_sr"] == ["1"]


@pytest.mark.parametrize("status", [403, 429])
def test_public_refusal_tells_the_user_to_add_credentials(
    http_server: LocalServer, status: int
) -> None:
    said = json.dumps({"message": "Forbidden" if status == 403 else "Too Many Requests"})
    headers = {**JSON, "Retry-After": "60"}
    http_server.route("/search.json", Reply(status, said, headers=headers))
    with pytest.raises(FetchError) as caught:
        get("reddit").fetch(public(http_server), {})
    assert "add a Reddit API client id and secret" in caught.value.message
    reason = "Forbidden" if status == 403 else "Too Many Requests"
    assert caught.value.message.endswith(f"(the server said: {reason})")
    assert caught.value.status == status
    if status == 429:
        assert caught.value.retry_after == 60


def token_endpoint(request: Request) -> Reply:
    return Reply(200, json.dumps(TOKEN), headers=JSON)


def test_oauth_application_only_flow(http_server: LocalServer) -> None:
    http_server.route("/api/v1/access_token", token_endpoint)
    http_server.route("/search", body=LISTING, headers=JSON)

    result = get("reddit").fetch(with_app(http_server), {})

    assert len(result.items) == 2
    token_request, search_request = http_server.requests
    assert token_request.method == "POST"
    assert token_request.path == "/api/v1/access_token"
    expected = base64.b64encode(b"abcDEF123:s3cr3t-value").decode()
    assert token_request.header("Authorization") == f"Basic {expected}"
    assert parse_qs(token_request.body.decode()) == {"grant_type": ["client_credentials"]}
    assert search_request.path == "/search"
    assert search_request.header("Authorization") == f"Bearer {TOKEN['access_token']}"
    assert search_request.query["sort"] == ["new"]
    # The token is cached with its expiry, so the next poll does not ask again.
    assert result.state["token"] == TOKEN["access_token"]
    assert result.state["token_expires_at"] == pytest.approx(time.time() + 86400, abs=30)


def test_cached_token_is_reused_until_it_expires(http_server: LocalServer) -> None:
    http_server.route("/api/v1/access_token", token_endpoint)
    http_server.route("/r/smarthome/search", body=LISTING, headers=JSON)
    config = with_app(http_server, subreddit="smarthome")
    fresh = {
        "token": "cached",
        "token_expires_at": time.time() + 3000,
        "token_client_id": "abcDEF123",
    }

    get("reddit").fetch(config, fresh)
    assert [r.path for r in http_server.requests] == ["/r/smarthome/search"]
    assert http_server.requests[0].header("Authorization") == "Bearer cached"

    expired = {**fresh, "token_expires_at": time.time() + 10}
    result = get("reddit").fetch(config, expired)
    assert [r.path for r in http_server.requests[1:]] == [
        "/api/v1/access_token",
        "/r/smarthome/search",
    ]
    assert result.state["token"] == TOKEN["access_token"]


def test_a_revoked_token_is_replaced_once(http_server: LocalServer) -> None:
    def search(request: Request) -> Reply:
        if request.header("Authorization") == "Bearer revoked":
            return Reply(401, b'{"message": "Unauthorized", "error": 401}', headers=JSON)
        return Reply(200, LISTING, headers=JSON)

    http_server.route("/api/v1/access_token", token_endpoint)
    http_server.route("/search", search)
    state = {
        "token": "revoked",
        "token_expires_at": time.time() + 3000,
        "token_client_id": "abcDEF123",
    }

    result = get("reddit").fetch(with_app(http_server), state)

    assert len(result.items) == 2
    assert [r.path for r in http_server.requests] == ["/search", "/api/v1/access_token", "/search"]
    assert result.state["token"] == TOKEN["access_token"]


def test_wrong_client_credentials(http_server: LocalServer) -> None:
    http_server.route(
        "/api/v1/access_token", Reply(401, b'{"message": "Unauthorized", "error": 401}')
    )
    with pytest.raises(FetchError) as caught:
        get("reddit").fetch(with_app(http_server), {})
    assert "refused the client id and secret" in caught.value.message
    assert caught.value.status == 401
    assert [r.path for r in http_server.requests] == ["/api/v1/access_token"]


def test_rate_limited_with_credentials_keeps_retry_after(http_server: LocalServer) -> None:
    http_server.route("/api/v1/access_token", token_endpoint)
    http_server.route("/search", Reply(429, b"{}", headers={"Retry-After": "90"}))
    with pytest.raises(FetchError) as caught:
        get("reddit").fetch(with_app(http_server), {})
    assert caught.value.status == 429
    assert caught.value.retry_after == 90
    assert "rate-limiting" in caught.value.message


def test_validate() -> None:
    connector = get("reddit")
    cleaned = connector.validate({"query": "acme", "subreddit": "/r/SmartHome/"})
    assert cleaned["subreddit"] == "SmartHome"
    assert connector.validate({"query": "acme", "subreddit": "a_b+cde"})["subreddit"] == "a_b+cde"
    with pytest.raises(ConfigError, match="Search words is required"):
        connector.validate({"subreddit": "smarthome"})
    with pytest.raises(ConfigError, match="not a subreddit name"):
        connector.validate({"query": "acme", "subreddit": "../../api"})
    with pytest.raises(ConfigError, match="give both or neither"):
        connector.validate({"query": "acme", "client_id": "abc"})
