"""Signed credentials: Google service accounts (RS256 JWT-bearer grant) and App Store Connect
API keys (ES256). Keys are made for each test run; the local server plays the token endpoint
and the App Store Connect API and verifies signatures and claims with the public key, as the
platforms do."""

from __future__ import annotations

import base64
import json
import time
from typing import Any
from urllib.parse import parse_qs

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from django import forms

from mentions.connectors import get
from mentions.connectors.base import ConfigError
from mentions.forms import SourceForm
from orm_dashboard.http import FetchError
from reviews.connectors import oauth
from reviews.publishing import retryable
from tests.localserver import Reply as R
from tests.localserver import Request

PLAY_SCOPE = "https://www.googleapis.com/auth/androidpublisher"
BUSINESS_SCOPE = "https://www.googleapis.com/auth/business.manage"
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
EMAIL = "orm-replies@acme-reviews.iam.gserviceaccount.com"
PLAY = "/androidpublisher/v3/applications/com.acme.app/reviews"


def js(body: object, status: int = 200) -> R:
    return R(status, json.dumps(body), {"Content-Type": "application/json"})


def unb64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def pem(key: Any) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def other_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def sa_json(server: Any, key: rsa.RSAPrivateKey, **extra: str) -> str:
    """A service-account key file as Google's console downloads it."""
    return json.dumps(
        {
            "type": "service_account",
            "project_id": "acme-reviews",
            "private_key_id": "1f2e3d4c5b6a",
            "private_key": pem(key),
            "client_email": EMAIL,
            "client_id": "104851234567890123456",
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": server.url + "/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "universe_domain": "googleapis.com",
            **extra,
        },
        indent=2,
    )


class GoogleTokenEndpoint:
    """Google's token endpoint: checks the assertion's RS256 signature with the service
    account's public key and its claims, and answers in the documented format."""

    def __init__(self, public_key: rsa.RSAPublicKey, audience: str, scope: str) -> None:
        self.public_key = public_key
        self.audience = audience
        self.scope = scope
        self.accepted: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.issued = 0

    def refuse(self, description: str) -> R:
        return js({"error": "invalid_grant", "error_description": description}, 400)

    def __call__(self, request: Request) -> R:
        form = parse_qs(request.body.decode())
        if form.get("grant_type") != [JWT_BEARER] or len(form.get("assertion", [])) != 1:
            return js({"error": "unsupported_grant_type"}, 400)
        parts = form["assertion"][0].split(".")
        if len(parts) != 3:
            return self.refuse("Invalid JWT.")
        try:
            self.public_key.verify(
                unb64(parts[2]),
                f"{parts[0]}.{parts[1]}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except InvalidSignature:
            return self.refuse("Invalid JWT Signature.")
        header, claims = json.loads(unb64(parts[0])), json.loads(unb64(parts[1]))
        now = time.time()
        if (
            header.get("alg") != "RS256"
            or claims.get("iss") != EMAIL
            or claims.get("aud") != self.audience
            or claims.get("scope") != self.scope
            or not abs(claims["iat"] - now) < 60
            or not 0 < claims["exp"] - claims["iat"] <= 3600
        ):
            return self.refuse("Invalid JWT: claims rejected.")
        self.accepted.append((header, claims))
        self.issued += 1
        return js(
            {"access_token": f"ya29.sa-{self.issued}", "expires_in": 3599, "token_type": "Bearer"}
        )


def play_sa_config(server: Any, key: rsa.RSAPrivateKey) -> dict[str, str]:
    return {
        "package_name": "com.acme.app",
        "api_base": server.url + "/androidpublisher/v3",
        "service_account_json": sa_json(server, key),
    }


def play_review(review_id: str) -> dict[str, object]:
    return {
        "reviewId": review_id,
        "authorName": "Anna Schmidt",
        "comments": [
            {
                "userComment": {
                    "text": "\tCrashes",
                    "lastModified": {"seconds": "1763540000"},
                    "starRating": 1,
                    "reviewerLanguage": "en",
                }
            }
        ],
    }


def bearer_of(request: Request) -> str:
    return (request.header("authorization") or "").removeprefix("Bearer ")


# --- Google service accounts ------------------------------------------------------------


def test_google_play_signs_a_verified_assertion_and_caches_the_token(http_server, rsa_key) -> None:
    endpoint = GoogleTokenEndpoint(rsa_key.public_key(), http_server.url + "/token", PLAY_SCOPE)
    http_server.route("/token", endpoint)

    def reviews(request: Request) -> R:
        if bearer_of(request) != "ya29.sa-1":
            return js({"error": {"code": 401, "status": "UNAUTHENTICATED"}}, 401)
        if request.query.get("token") == ["p2"]:
            return js({"reviews": [play_review("gp:2")]})
        return js({"reviews": [play_review("gp:1")], "tokenPagination": {"nextPageToken": "p2"}})

    http_server.route(PLAY, reviews)
    config = get("google_play").validate(play_sa_config(http_server, rsa_key))
    result = get("google_play").fetch(config, {})

    assert [i.external_id for i in result.items] == ["gp:1", "gp:2"]
    assert len(http_server.requests_to("/token")) == 1  # one token for both pages
    [(header, claims)] = endpoint.accepted
    assert header == {"alg": "RS256", "typ": "JWT", "kid": "1f2e3d4c5b6a"}
    assert claims["iss"] == EMAIL and claims["scope"] == PLAY_SCOPE
    assert claims["aud"] == http_server.url + "/token"
    assert claims["exp"] - claims["iat"] == 3600
    # The token and its expiry are kept in the source's state (other workers reuse it).
    cached = result.state[oauth.STATE_KEY]
    assert cached["access_token"] == "ya29.sa-1"
    assert time.time() + 3400 < cached["expires_at"] < time.time() + 3600


def test_service_account_token_is_reused_from_state_until_it_expires(http_server, rsa_key) -> None:
    endpoint = GoogleTokenEndpoint(rsa_key.public_key(), http_server.url + "/token", PLAY_SCOPE)
    http_server.route("/token", endpoint)
    http_server.route(PLAY, js({"reviews": []}))
    config = play_sa_config(http_server, rsa_key)
    state = get("google_play").fetch(config, {}).state
    assert endpoint.issued == 1

    oauth.clear()  # another worker process: nothing cached in memory, the state has it
    state = get("google_play").fetch(config, dict(state)).state
    assert endpoint.issued == 1
    assert {bearer_of(r) for r in http_server.requests_to(PLAY)} == {"ya29.sa-1"}

    oauth.clear()
    expired = {**state, oauth.STATE_KEY: {**state[oauth.STATE_KEY], "expires_at": time.time() - 1}}
    state = get("google_play").fetch(config, expired).state
    assert endpoint.issued == 2 and state[oauth.STATE_KEY]["access_token"] == "ya29.sa-2"
    assert bearer_of(http_server.requests_to(PLAY)[-1]) == "ya29.sa-2"

    # A token cached for other credentials (a rotated key) is not used.
    oauth.clear()
    other = {oauth.STATE_KEY: {**state[oauth.STATE_KEY], "key": "something-else"}}
    get("google_play").fetch(config, other)
    assert endpoint.issued == 3


def test_google_play_reply_with_a_service_account(http_server, rsa_key) -> None:
    endpoint = GoogleTokenEndpoint(rsa_key.public_key(), http_server.url + "/token", PLAY_SCOPE)
    http_server.route("/token", endpoint)
    http_server.route(f"{PLAY}/gp:1:reply", js({"result": {"replyText": "Thanks Anna"}}))
    config = play_sa_config(http_server, rsa_key)
    for _ in range(2):
        reply = get("google_play").publish_reply(config, "gp:1", "Thanks Anna")
        assert reply.text == "Thanks Anna"
    assert endpoint.issued == 1  # cached in the process between calls
    sent = http_server.requests_to(f"{PLAY}/gp:1:reply")
    assert [bearer_of(r) for r in sent] == ["ya29.sa-1", "ya29.sa-1"]
    assert json.loads(sent[0].body) == {"replyText": "Thanks Anna"}


def test_revoked_service_account_token_is_dropped_from_state_and_renewed(
    http_server, rsa_key
) -> None:
    endpoint = GoogleTokenEndpoint(rsa_key.public_key(), http_server.url + "/token", PLAY_SCOPE)
    http_server.route("/token", endpoint)

    def reviews(request: Request) -> R:
        if bearer_of(request) == "ya29.sa-1":  # revoked before it expired
            return js({"error": {"code": 401}}, 401)
        return js({"reviews": []})

    http_server.route(PLAY, reviews)
    state = get("google_play").fetch(play_sa_config(http_server, rsa_key), {}).state
    assert endpoint.issued == 2
    assert state[oauth.STATE_KEY]["access_token"] == "ya29.sa-2"


def test_wrong_service_account_key_gives_a_readable_error(
    http_server, rsa_key, other_rsa_key
) -> None:
    # Google knows the account's current public key; the JSON holds an old (deleted) one.
    endpoint = GoogleTokenEndpoint(rsa_key.public_key(), http_server.url + "/token", PLAY_SCOPE)
    http_server.route("/token", endpoint)
    http_server.route(PLAY, js({"reviews": []}))
    config = play_sa_config(http_server, other_rsa_key)
    with pytest.raises(FetchError) as caught:
        get("google_play").fetch(config, {})
    assert caught.value.status == 400 and endpoint.accepted == []
    message = caught.value.message
    assert "token endpoint refused our credentials" in message
    assert "service account key is current" in message and "clock" in message
    assert "refresh token" not in message
    assert not retryable(caught.value)  # left for a human, not retried
    assert http_server.requests_to(PLAY) == []
    # Nothing was cached: the next attempt asks again.
    with pytest.raises(FetchError):
        get("google_play").fetch(config, {})
    assert len(http_server.requests_to("/token")) == 2


def test_google_business_uses_the_business_scope(http_server, rsa_key) -> None:
    endpoint = GoogleTokenEndpoint(rsa_key.public_key(), http_server.url + "/token", BUSINESS_SCOPE)
    http_server.route("/token", endpoint)
    prefix = "/v4/accounts/111/locations/222"
    http_server.route(f"{prefix}/reviews/r1/reply", js({"comment": "Thank you"}))
    config = get("google_business").validate(
        {
            "account_id": "111",
            "location_id": "222",
            "api_base": http_server.url + "/v4",
            "service_account_json": sa_json(http_server, rsa_key),
        }
    )
    name = "accounts/111/locations/222/reviews/r1"
    assert get("google_business").publish_reply(config, name, "Thank you").text == "Thank you"
    [(_header, claims)] = endpoint.accepted
    assert claims["scope"] == BUSINESS_SCOPE
    sent = http_server.requests_to(f"{prefix}/reviews/r1/reply")[0]
    assert sent.method == "PUT" and bearer_of(sent) == "ya29.sa-1"


def test_service_account_json_validation(rsa_key) -> None:
    connector = get("google_play")
    base = {"package_name": "com.acme.app"}

    class Server:
        url = "https://oauth2.googleapis.com"

    good = sa_json(Server, rsa_key)
    assert connector.validate({**base, "service_account_json": good})["service_account_json"]
    with pytest.raises(ConfigError, match="not valid JSON"):
        connector.validate({**base, "service_account_json": "{'type': 'service_account'"})
    with pytest.raises(ConfigError, match="not a service account key"):
        connector.validate({**base, "service_account_json": '{"type": "authorized_user"}'})
    lacking = json.dumps({**json.loads(good), "private_key": ""})
    with pytest.raises(ConfigError, match="lacks private_key"):
        connector.validate({**base, "service_account_json": lacking})
    broken = json.dumps({**json.loads(good), "private_key": "-----BEGIN PRIVATE KEY-----\nxx"})
    with pytest.raises(ConfigError, match="private_key cannot be read"):
        connector.validate({**base, "service_account_json": broken})
    ec_key = pem(ec.generate_private_key(ec.SECP256R1()))
    with pytest.raises(ConfigError, match="not an RSA key"):
        connector.validate(
            {
                **base,
                "service_account_json": json.dumps({**json.loads(good), "private_key": ec_key}),
            }
        )
    with pytest.raises(ConfigError, match="service account key"):
        connector.validate(base)  # no credentials at all


# --- App Store Connect (ES256) -----------------------------------------------------------


@pytest.fixture(scope="module")
def p8_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


ISSUER = "57246542-96fe-1a63-e053-0824d011072a"


def asc_config(server: Any, key: Any) -> dict[str, str]:
    return {
        "app_id": "284882215",
        "country": "us",
        "api_base": server.url + "/v1",
        "key_id": "2X9R4HXF34",
        "issuer_id": ISSUER,
        "private_key": pem(key),
    }


class AppStoreConnect:
    """Checks each request's ES256 token as App Store Connect does."""

    def __init__(self, public_key: ec.EllipticCurvePublicKey, answer: R) -> None:
        self.public_key = public_key
        self.answer = answer
        self.accepted: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def __call__(self, request: Request) -> R:
        token = bearer_of(request)
        parts = token.split(".")
        unauthorized = js({"errors": [{"status": "401", "code": "NOT_AUTHORIZED"}]}, 401)
        if len(parts) != 3:
            return unauthorized
        raw = unb64(parts[2])
        if len(raw) != 64:  # JOSE wants r || s, 32 bytes each, not DER
            return unauthorized
        signature = encode_dss_signature(
            int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
        )
        try:
            self.public_key.verify(
                signature, f"{parts[0]}.{parts[1]}".encode(), ec.ECDSA(hashes.SHA256())
            )
        except InvalidSignature:
            return unauthorized
        header, claims = json.loads(unb64(parts[0])), json.loads(unb64(parts[1]))
        if (
            header != {"alg": "ES256", "kid": "2X9R4HXF34", "typ": "JWT"}
            or claims.get("iss") != ISSUER
            or claims.get("aud") != "appstoreconnect-v1"
            or not abs(claims["iat"] - time.time()) < 60
            or not 0 < claims["exp"] - claims["iat"] <= 20 * 60
        ):
            return unauthorized
        self.accepted.append((header, claims))
        return self.answer


def test_app_store_connect_reply_with_a_verified_es256_token(http_server, p8_key) -> None:
    created = {
        "data": {
            "type": "customerReviewResponses",
            "id": "resp-7",
            "attributes": {"responseBody": "Thanks!"},
        }
    }
    api = AppStoreConnect(p8_key.public_key(), js(created, 201))
    http_server.route("/v1/customerReviewResponses", api)
    config = get("app_store").validate(asc_config(http_server, p8_key))
    assert get("app_store").can_publish(config)
    reply = get("app_store").publish_reply(config, "11001", "Thanks!")
    assert reply.external_id == "resp-7"
    [(_header, claims)] = api.accepted
    assert claims["exp"] - claims["iat"] == 15 * 60


def test_app_store_connect_existing_reply_with_a_signed_token(http_server, p8_key) -> None:
    found = {
        "data": {
            "type": "customerReviewResponses",
            "id": "resp-7",
            "attributes": {"responseBody": "Thanks!"},
        }
    }
    api = AppStoreConnect(p8_key.public_key(), js(found))
    http_server.route("/v1/customerReviews/11001/response", api)
    reply = get("app_store").existing_reply(asc_config(http_server, p8_key), "11001")
    assert reply is not None and reply.external_id == "resp-7" and len(api.accepted) == 1


def test_app_store_connect_refuses_a_token_from_another_key(http_server, p8_key) -> None:
    api = AppStoreConnect(p8_key.public_key(), js({"data": {"id": "x"}}, 201))
    http_server.route("/v1/customerReviewResponses", api)
    stranger = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(FetchError, match="App Store Connect refused our credentials"):
        get("app_store").publish_reply(asc_config(http_server, stranger), "11001", "Thanks!")
    assert api.accepted == []


def test_app_store_key_validation(p8_key) -> None:
    class Server:
        url = "https://api.appstoreconnect.apple.com"

    connector = get("app_store")
    config = asc_config(Server, p8_key)
    assert connector.validate(config)["private_key"].startswith("-----BEGIN PRIVATE KEY-----")
    with pytest.raises(ConfigError, match="paste the whole"):
        connector.validate({**config, "private_key": "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49"})
    with pytest.raises(ConfigError, match="EC P-256"):
        connector.validate({**config, "private_key": pem(ec.generate_private_key(ec.SECP384R1()))})
    rsa_pem = pem(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    with pytest.raises(ConfigError, match="EC P-256"):
        connector.validate({**config, "private_key": rsa_pem})


# --- The source form ----------------------------------------------------------------------


def test_key_files_get_a_large_textarea_and_other_fields_stay_single_line() -> None:
    play = SourceForm(workspace=None, kind="google_play")
    field = play.fields["config_service_account_json"]
    assert isinstance(field.widget, forms.Textarea) and field.max_length == 20000
    assert isinstance(play.fields["config_package_name"].widget, forms.TextInput)
    assert play.fields["config_package_name"].max_length == 2000
    assert isinstance(play.fields["config_client_secret"].widget, forms.PasswordInput)
    apple = SourceForm(workspace=None, kind="app_store")
    assert isinstance(apple.fields["config_private_key"].widget, forms.Textarea)
    assert apple.fields["config_private_key"].max_length == 20000
    assert isinstance(apple.fields["config_key_id"].widget, forms.TextInput)
