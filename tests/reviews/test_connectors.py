"""Each review platform against a local server answering in the platform's documented
format: reading reviews, publishing a reply, checking for an existing reply, OAuth, auth
failures and rate limits."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qs

import pytest

from mentions.connectors import get
from mentions.connectors.base import ConfigError
from orm_dashboard.http import FetchError
from tests.localserver import Reply as R
from tests.localserver import Request

TOKEN = {"access_token": "at-1", "expires_in": 3599, "token_type": "Bearer"}


def js(body: object, status: int = 200, **headers: str) -> R:
    return R(status, json.dumps(body), {"Content-Type": "application/json", **headers})


def google_config(server, **extra: str) -> dict[str, str]:
    return {
        "client_id": "cid",
        "client_secret": "csecret",
        "refresh_token": "rtoken",
        "token_url": server.url + "/token",
        **extra,
    }


# --- App Store -------------------------------------------------------------------------

APP_META = {
    "im:name": {"label": "Acme Shop"},
    "im:image": [{"label": "https://is1.mzstatic.com/icon.png", "attributes": {"height": "53"}}],
    "id": {
        "label": "https://apps.apple.com/us/app/acme/id284882215",
        "attributes": {"im:id": "284882215"},
    },
}


def apple_entry(n: int, rating: int, text: str) -> dict[str, object]:
    return {
        "author": {
            "uri": {"label": f"https://itunes.apple.com/us/reviews/id{n}"},
            "name": {"label": f"user{n}"},
            "label": "",
        },
        "updated": {"label": "2026-11-19T08:15:27-07:00"},
        "im:rating": {"label": str(rating)},
        "im:version": {"label": "4.1"},
        "id": {"label": f"1100{n}"},
        "title": {"label": f"Title {n}"},
        "content": {"label": text, "attributes": {"type": "text"}},
        "link": {
            "attributes": {
                "rel": "related",
                "href": "https://itunes.apple.com/us/review?id=284882215&type=Purple%20Software",
            }
        },
        "im:voteSum": {"label": "0"},
        "im:contentType": {"attributes": {"term": "Application", "label": "Application"}},
        "im:voteCount": {"label": "0"},
    }


def app_store(server) -> dict[str, str]:
    return {
        "app_id": "284882215",
        "country": "us",
        "reviews_base": server.url,
        "api_base": server.url + "/v1",
        "api_token": "asc-jwt",
    }


FEED_PATH = "/us/rss/customerreviews/page=1/id=284882215/sortby=mostrecent/json"


def test_app_store_feed_skips_app_metadata_and_reads_reviews(http_server) -> None:
    feed = {
        "feed": {
            "entry": [
                APP_META,
                apple_entry(1, 1, "Crashes on launch."),
                apple_entry(2, 5, "Love it"),
            ]
        }
    }
    http_server.route(FEED_PATH, js(feed))
    items = get("app_store").fetch(app_store(http_server), {}).items
    assert [(i.external_id, i.rating, i.author, i.text) for i in items] == [
        ("11001", 1, "user1", "Crashes on launch."),
        ("11002", 5, "user2", "Love it"),
    ]
    assert items[0].title == "Title 1"
    assert items[0].published_at == datetime(2026, 11, 19, 15, 15, 27, tzinfo=UTC)
    # Every review gets its own address (the feed's link is the same for all of them).
    assert items[0].url != items[1].url


def test_app_store_single_entry_comes_as_an_object(http_server) -> None:
    http_server.route(FEED_PATH, js({"feed": {"entry": apple_entry(7, 3, "Okay")}}))
    assert [i.external_id for i in get("app_store").fetch(app_store(http_server), {}).items] == [
        "11007"
    ]


def test_app_store_empty_feed_and_garbage(http_server) -> None:
    http_server.route(FEED_PATH, js({"feed": {"author": {"name": {"label": "iTunes Store"}}}}))
    assert get("app_store").fetch(app_store(http_server), {}).items == []
    http_server.route(FEED_PATH, js(["not", "a", "feed"]))
    with pytest.raises(FetchError, match="without a feed"):
        get("app_store").fetch(app_store(http_server), {})


def test_app_store_rate_limited(http_server) -> None:
    http_server.route(FEED_PATH, R(429, "slow down", {"Retry-After": "120"}))
    with pytest.raises(FetchError) as caught:
        get("app_store").fetch(app_store(http_server), {})
    assert caught.value.status == 429 and caught.value.retry_after == 120
    assert "App Store is rate limiting us" in caught.value.message


def test_app_store_connect_publishes_a_response(http_server) -> None:
    created = {
        "data": {
            "type": "customerReviewResponses",
            "id": "resp-42",
            "attributes": {"responseBody": "Thanks!", "state": "PENDING_PUBLISH"},
        }
    }
    http_server.route("/v1/customerReviewResponses", js(created, 201))
    reply = get("app_store").publish_reply(app_store(http_server), "11001", "Thanks!")
    assert reply.external_id == "resp-42"
    sent = http_server.requests_to("/v1/customerReviewResponses")[0]
    assert sent.method == "POST" and sent.header("authorization") == "Bearer asc-jwt"
    body = json.loads(sent.body)
    assert body["data"]["attributes"] == {"responseBody": "Thanks!"}
    assert body["data"]["relationships"]["review"]["data"] == {
        "type": "customerReviews",
        "id": "11001",
    }


def test_app_store_connect_existing_response(http_server) -> None:
    path = "/v1/customerReviews/11001/response"
    http_server.route(path, js({"errors": [{"status": "404", "code": "NOT_FOUND"}]}, 404))
    assert get("app_store").existing_reply(app_store(http_server), "11001") is None
    http_server.route(
        path,
        js(
            {
                "data": {
                    "type": "customerReviewResponses",
                    "id": "resp-42",
                    "attributes": {"responseBody": "Thanks!"},
                }
            }
        ),
    )
    found = get("app_store").existing_reply(app_store(http_server), "11001")
    assert found is not None and (found.external_id, found.text) == ("resp-42", "Thanks!")


def test_app_store_connect_refuses_an_expired_token(http_server) -> None:
    http_server.route("/v1/customerReviewResponses", js({"errors": [{"status": "401"}]}, 401))
    with pytest.raises(FetchError, match="App Store Connect refused our credentials"):
        get("app_store").publish_reply(app_store(http_server), "11001", "Thanks!")


def test_app_store_validation() -> None:
    connector = get("app_store")
    assert connector.validate({"app_id": "id284882215", "country": "US"})["app_id"] == "284882215"
    with pytest.raises(ConfigError, match="two-letter"):
        connector.validate({"app_id": "1", "country": "usa"})
    with pytest.raises(ConfigError, match="key id, issuer id and private key"):
        connector.validate({"app_id": "1", "country": "us", "key_id": "ABC"})
    assert not connector.can_publish({"app_id": "1", "country": "us"})


# --- Google Play ----------------------------------------------------------------------

PLAY = "/androidpublisher/v3/applications/com.acme.app/reviews"


def play_review(
    review_id: str, stars: int, text: str, reply: str | None = None
) -> dict[str, object]:
    comments: list[dict[str, object]] = [
        {
            "userComment": {
                "text": f"\t{text}",
                "lastModified": {"seconds": "1763540000", "nanos": 0},
                "starRating": stars,
                "reviewerLanguage": "en_GB",
                "device": "a10",
                "androidOsVersion": 34,
                "appVersionCode": 42,
                "appVersionName": "4.1",
                "thumbsUpCount": 0,
                "thumbsDownCount": 0,
            }
        }
    ]
    if reply:
        comments.append(
            {"developerComment": {"text": reply, "lastModified": {"seconds": "1763550000"}}}
        )
    return {"reviewId": review_id, "authorName": "Anna Schmidt", "comments": comments}


def play_config(server) -> dict[str, str]:
    return google_config(
        server, package_name="com.acme.app", api_base=server.url + "/androidpublisher/v3"
    )


def test_google_play_lists_reviews_with_oauth_and_pages(http_server) -> None:
    http_server.route("/token", js(TOKEN))

    def reviews(request: Request) -> R:
        if request.query.get("token") == ["p2"]:
            return js({"reviews": [play_review("gp:2", 5, "Great")]})
        return js(
            {
                "reviews": [play_review("gp:1", 1, "Crashes")],
                "tokenPagination": {"nextPageToken": "p2"},
            }
        )

    http_server.route(PLAY, reviews)
    items = get("google_play").fetch(play_config(http_server), {}).items
    assert [(i.external_id, i.rating, i.text, i.language) for i in items] == [
        ("gp:1", 1, "Crashes", "en"),
        ("gp:2", 5, "Great", "en"),
    ]
    assert items[0].published_at == datetime.fromtimestamp(1763540000, UTC)
    token_requests = http_server.requests_to("/token")
    assert len(token_requests) == 1  # cached for the second page
    form = parse_qs(token_requests[0].body.decode())
    assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == ["rtoken"]
    assert all(r.header("authorization") == "Bearer at-1" for r in http_server.requests_to(PLAY))


def test_google_play_reply_and_existing_reply(http_server) -> None:
    http_server.route("/token", js(TOKEN))
    http_server.route(
        PLAY + "/gp:1:reply",
        js({"result": {"replyText": "Thanks Anna", "lastEdited": {"seconds": "1"}}}),
    )
    reply = get("google_play").publish_reply(play_config(http_server), "gp:1", "Thanks Anna")
    assert reply.text == "Thanks Anna"
    sent = http_server.requests_to(PLAY + "/gp:1:reply")[0]
    assert sent.method == "POST" and json.loads(sent.body) == {"replyText": "Thanks Anna"}

    http_server.route(PLAY + "/gp:1", js(play_review("gp:1", 1, "Crashes")))
    assert get("google_play").existing_reply(play_config(http_server), "gp:1") is None
    http_server.route(PLAY + "/gp:1", js(play_review("gp:1", 1, "Crashes", reply="Thanks Anna")))
    found = get("google_play").existing_reply(play_config(http_server), "gp:1")
    assert found is not None and found.text == "Thanks Anna"


def test_google_play_revoked_refresh_token(http_server) -> None:
    http_server.route(
        "/token",
        js(
            {"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
            400,
        ),
    )
    with pytest.raises(FetchError, match="refused our credentials") as caught:
        get("google_play").fetch(play_config(http_server), {})
    assert caught.value.status == 400
    assert http_server.requests_to(PLAY) == []


def test_google_play_token_revoked_early_is_renewed_once(http_server) -> None:
    http_server.route("/token", [js(TOKEN), js({**TOKEN, "access_token": "at-2"})])
    http_server.route(
        PLAY,
        lambda r: (
            js({"reviews": []}) if r.header("authorization") == "Bearer at-2" else js({}, 401)
        ),
    )
    assert get("google_play").fetch(play_config(http_server), {}).items == []
    assert len(http_server.requests_to("/token")) == 2
    # A token that keeps failing is an auth failure, not a loop.
    http_server.route(PLAY, js({"error": {"code": 401}}, 401))
    with pytest.raises(FetchError, match="Google Play refused our credentials"):
        get("google_play").fetch(play_config(http_server), {})


def test_google_play_rate_limit(http_server) -> None:
    http_server.route("/token", js(TOKEN))
    http_server.route(
        PLAY,
        js({"error": {"code": 429, "status": "RESOURCE_EXHAUSTED"}}, 429, **{"Retry-After": "30"}),
    )
    with pytest.raises(FetchError) as caught:
        get("google_play").fetch(play_config(http_server), {})
    assert caught.value.status == 429 and caught.value.retry_after == 30


def test_google_play_config_and_limit() -> None:
    connector = get("google_play")
    assert connector.reply_limit == 350
    with pytest.raises(ConfigError, match="refresh token"):
        connector.validate({"package_name": "com.acme.app", "client_id": "x"})
    assert (
        connector.validate({"package_name": "com.acme.app", "access_token": "t"})["access_token"]
        == "t"
    )


# --- Google Business Profile ----------------------------------------------------------

GBP = "/v4/accounts/111/locations/222/reviews"


def gbp_review(
    n: int, stars: str, comment: str | None = None, reply: str | None = None
) -> dict[str, object]:
    review: dict[str, object] = {
        "name": f"accounts/111/locations/222/reviews/r{n}",
        "reviewId": f"r{n}",
        "reviewer": {
            "profilePhotoUrl": "https://lh3.googleusercontent.com/x",
            "displayName": f"Person {n}",
            "isAnonymous": False,
        },
        "starRating": stars,
        "createTime": "2026-11-18T09:30:12.123456789Z",
        "updateTime": "2026-11-18T09:30:12.123456789Z",
    }
    if comment is not None:
        review["comment"] = comment
    if reply:
        review["reviewReply"] = {"comment": reply, "updateTime": "2026-11-18T10:00:00Z"}
    return review


def gbp_config(server) -> dict[str, str]:
    return google_config(
        server,
        account_id="111",
        location_id="222",
        api_base=server.url + "/v4",
        location_name="Acme Berlin",
    )


def test_google_business_maps_star_words_and_pages(http_server) -> None:
    http_server.route("/token", js(TOKEN))

    def reviews(request: Request) -> R:
        if request.query.get("pageToken") == ["n2"]:
            return js(
                {
                    "reviews": [gbp_review(3, "FIVE", "Lovely staff")],
                    "averageRating": 3.7,
                    "totalReviewCount": 3,
                }
            )
        return js(
            {
                "reviews": [gbp_review(1, "ONE", "Rude waiter"), gbp_review(2, "THREE")],
                "nextPageToken": "n2",
            }
        )

    http_server.route(GBP, reviews)
    items = get("google_business").fetch(gbp_config(http_server), {}).items
    assert [(i.external_id, i.rating, i.text) for i in items] == [
        ("accounts/111/locations/222/reviews/r1", 1, "Rude waiter"),
        ("accounts/111/locations/222/reviews/r2", 3, ""),  # rating only
        ("accounts/111/locations/222/reviews/r3", 5, "Lovely staff"),
    ]
    assert items[0].published_at == datetime(2026, 11, 18, 9, 30, 12, 123456, tzinfo=UTC)
    assert http_server.requests_to(GBP)[0].query["orderBy"] == ["updateTime desc"]
    assert get("google_business").placeholders(gbp_config(http_server))["location"] == "Acme Berlin"


def test_google_business_update_reply(http_server) -> None:
    http_server.route("/token", js(TOKEN))
    http_server.route(
        GBP + "/r1/reply", js({"comment": "Sorry, Person 1", "updateTime": "2026-11-18T10:00:00Z"})
    )
    reply = get("google_business").publish_reply(
        gbp_config(http_server), "accounts/111/locations/222/reviews/r1", "Sorry, Person 1"
    )
    assert reply.text == "Sorry, Person 1"
    sent = http_server.requests_to(GBP + "/r1/reply")[0]
    assert sent.method == "PUT" and json.loads(sent.body) == {"comment": "Sorry, Person 1"}
    http_server.route(GBP + "/r1", js(gbp_review(1, "ONE", "Rude", reply="Sorry, Person 1")))
    found = get("google_business").existing_reply(
        gbp_config(http_server), "accounts/111/locations/222/reviews/r1"
    )
    assert found is not None and found.text == "Sorry, Person 1"


def test_google_business_refuses_reviews_of_other_locations(http_server) -> None:
    with pytest.raises(ConfigError):
        get("google_business").publish_reply(
            gbp_config(http_server), "accounts/9/locations/9/reviews/x", "Hi"
        )
    assert http_server.requests == []


def test_google_business_permission_denied(http_server) -> None:
    http_server.route("/token", js(TOKEN))
    denied = {"code": 403, "message": "The caller does not have permission", "status": "X"}
    http_server.route(GBP, js({"error": denied}, 403))
    with pytest.raises(
        FetchError, match="Google Business Profile refused our credentials"
    ) as caught:
        get("google_business").fetch(gbp_config(http_server), {})
    assert caught.value.status == 403
    assert caught.value.message.endswith(": The caller does not have permission")  # Google's words


# --- Trustpilot -----------------------------------------------------------------------

TP_REVIEWS = "/v1/business-units/bu1/reviews"


def tp_review(n: int, stars: int, reply: str | None = None) -> dict[str, object]:
    review: dict[str, object] = {
        "id": f"tp{n}",
        "stars": stars,
        "title": f"Review {n}",
        "text": "Delivery took three weeks.",
        "language": "en",
        "createdAt": "2026-11-17T12:00:00.000Z",
        "consumer": {"id": "c1", "displayName": "Jane D.", "numberOfReviews": 3},
        "links": [
            {
                "href": f"https://api.trustpilot.com/v1/reviews/tp{n}",
                "method": "GET",
                "rel": "reviews",
            }
        ],
    }
    if reply:
        review["companyReply"] = {"text": reply, "createdAt": "2026-11-17T13:00:00Z"}
    return review


def tp_config(server) -> dict[str, str]:
    return {
        "business_unit_id": "bu1",
        "api_key": "key",
        "api_secret": "secret",
        "business_user_id": "bizuser",
        "api_base": server.url + "/v1",
        "token_url": server.url + "/oauth/token",
    }


def test_trustpilot_lists_reviews_with_the_api_key(http_server) -> None:
    http_server.route(TP_REVIEWS, js({"reviews": [tp_review(1, 2), tp_review(2, 5)], "links": []}))
    items = get("trustpilot").fetch(tp_config(http_server), {}).items
    assert [(i.external_id, i.rating, i.author, i.title) for i in items] == [
        ("tp1", 2, "Jane D.", "Review 1"),
        ("tp2", 5, "Jane D.", "Review 2"),
    ]
    assert http_server.requests[0].header("apikey") == "key"


def test_trustpilot_reply_with_client_credentials(http_server) -> None:
    http_server.route("/oauth/token", js({"access_token": "tp-at", "expires_in": "359999"}))
    http_server.route("/v1/private/reviews/tp1/reply", R(201, ""))
    get("trustpilot").publish_reply(tp_config(http_server), "tp1", "Sorry, Jane")
    token = http_server.requests_to("/oauth/token")[0]
    assert parse_qs(token.body.decode()) == {"grant_type": ["client_credentials"]}
    assert token.header("authorization").startswith("Basic ")
    sent = http_server.requests_to("/v1/private/reviews/tp1/reply")[0]
    assert sent.header("authorization") == "Bearer tp-at"
    assert json.loads(sent.body) == {"message": "Sorry, Jane", "authorBusinessUserId": "bizuser"}
    http_server.route("/v1/reviews/tp1", js(tp_review(1, 2, reply="Sorry, Jane")))
    assert get("trustpilot").existing_reply(tp_config(http_server), "tp1").text == "Sorry, Jane"


def test_trustpilot_wrong_key_and_rate_limit(http_server) -> None:
    http_server.route(TP_REVIEWS, js({"fault": {"faultstring": "Invalid ApiKey"}}, 401))
    with pytest.raises(FetchError, match="Trustpilot refused our credentials"):
        get("trustpilot").fetch(tp_config(http_server), {})
    http_server.route(TP_REVIEWS, R(429, "", {"Retry-After": "60"}))
    with pytest.raises(FetchError) as caught:
        get("trustpilot").fetch(tp_config(http_server), {})
    assert caught.value.retry_after == 60


def test_trustpilot_without_secret_cannot_publish() -> None:
    config = {"business_unit_id": "bu1", "api_key": "k", "api_secret": "", "business_user_id": ""}
    assert get("trustpilot").validate(config)
    assert not get("trustpilot").can_publish(config)
    with pytest.raises(ConfigError, match="both the API secret and business user id"):
        get("trustpilot").validate({**config, "api_secret": "s"})


# --- manual (CSV) ---------------------------------------------------------------------


def test_manual_source_reads_a_csv_export_and_never_publishes(http_server) -> None:
    csv = "id,author,rating,date,text,url,language\ny1,Maria,2,2026-01-10,Cold soup,https://www.yelp.com/r/y1,de\ny2,Tom,x,,Nope,,\n"
    http_server.route("/export.csv", R(200, csv, {"Content-Type": "text/csv", "ETag": '"v1"'}))
    connector = get("manual")
    result = connector.fetch(
        {"platform_name": "Yelp", "csv_url": http_server.url + "/export.csv"}, {}
    )
    assert [(i.external_id, i.rating, i.language) for i in result.items] == [("y1", 2, "de")]
    assert result.warnings == ["row 3: rating must be 1 to 5, not 'x'"]
    assert result.etag == '"v1"'
    assert connector.fetch({"platform_name": "Yelp"}, {}).items == []
    assert not connector.can_publish({"platform_name": "Yelp"})


def test_every_review_kind_is_registered_with_the_one_registry() -> None:
    for kind in ("app_store", "google_play", "google_business", "trustpilot", "manual"):
        assert get(kind).kind == kind
