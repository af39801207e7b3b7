"""App Store: Apple's public customer-reviews feed (JSON, no key, one storefront per source)
and replies through the App Store Connect API's customerReviewResponses.

The feed's quirks: every value is wrapped as {"label": …}; on page one the first entry is
the app itself (no rating), and a page holding a single entry gives an object, not a list.
Its review link is the same for every review, so each item gets a URL of its own (the
pipeline treats equal URLs as the same mention).

App Store Connect wants a short-lived JWT signed with the team's .p8 key (ES256), made
afresh for each call. A token generated elsewhere can be given instead (Apple accepts at
most 20 minutes of validity, so that suits trials only).
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any
from urllib.parse import quote

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from mentions.connectors.base import ConfigError, FetchResult, Item, parse_time, register
from orm_dashboard import http
from orm_dashboard.http import FetchError
from orm_dashboard.ids import is_digits
from reviews.connectors.base import LOCATION_NAME, PlatformReply, ReviewConnector, base_url, explain

REVIEWS_BASE = "https://itunes.apple.com"
API_BASE = "https://api.appstoreconnect.apple.com/v1"
TOKEN_LIFETIME = 15 * 60  # Apple refuses more than 20 minutes
MAX_PAGES = 3  # the feed serves at most 10 pages of 50


def _label(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("label") or "")
    return ""


def _entries(document: Any) -> list[dict[str, Any]]:
    feed = document.get("feed") if isinstance(document, dict) else None
    if not isinstance(feed, dict):
        raise FetchError("the App Store answered without a feed")
    entries = feed.get("entry") or []
    if isinstance(entries, dict):  # a single entry comes as an object
        entries = [entries]
    return [e for e in entries if isinstance(e, dict)]


def review_item(entry: dict[str, Any], app_id: str, country: str) -> Item | None:
    rating = _label(entry.get("im:rating"))
    review_id = _label(entry.get("id"))
    if not is_digits(rating) or not review_id:
        return None  # the app's own metadata entry
    return Item(
        external_id=review_id,
        url=f"https://apps.apple.com/{country}/app/id{app_id}?see-all=reviews&review={quote(review_id)}",
        title=_label(entry.get("title")),
        text=_label(entry.get("content")).strip(),
        author=_label((entry.get("author") or {}).get("name")),
        published_at=parse_time(_label(entry.get("updated"))),
        rating=int(rating),
        extra={"version": _label(entry.get("im:version"))},
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _private_key(text: str) -> ec.EllipticCurvePrivateKey:
    try:
        key = serialization.load_pem_private_key(text.strip().encode(), password=None)
    except (ValueError, TypeError):
        raise ConfigError(
            "the App Store Connect private key cannot be read; paste the whole .p8 file, "
            "including the BEGIN and END lines"
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ConfigError("the App Store Connect key must be the .p8 (EC P-256) key")
    return key


def signed_token(key_id: str, issuer_id: str, private_key: str, now: float | None = None) -> str:
    """An App Store Connect API token (ES256 JWT) from the team's .p8 key."""
    key = _private_key(private_key)
    issued = int(now if now is not None else time.time())
    header = {"alg": "ES256", "kid": key_id, "typ": "JWT"}
    claims = {
        "iss": issuer_id,
        "iat": issued,
        "exp": issued + TOKEN_LIFETIME,
        "aud": "appstoreconnect-v1",
    }
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    r, s = decode_dss_signature(key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
    return f"{signing_input}.{_b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


@register
class AppStoreConnector(ReviewConnector):
    kind = "app_store"
    label = "App Store reviews"
    platform = "App Store"
    reply_limit = 5970  # the limit App Store Connect enforces on responses (commonly cited)
    fields = {
        "app_id": ("App id", True, "The number in the app's App Store address (id123456789)."),
        "country": ("Storefront", True, "Two-letter country code, such as us or de."),
        "key_id": ("App Store Connect key id", False, "To publish replies (with the two below)."),
        "issuer_id": ("Issuer id", False, ""),
        "private_key": ("Private key (.p8)", False, "The key file's text."),
        "api_token": (
            "Pre-issued API token",
            False,
            "Instead of the key: a token generated elsewhere (valid 20 minutes at most).",
        ),
        "location_name": LOCATION_NAME,
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        cleaned["app_id"] = cleaned["app_id"].lower().removeprefix("id")
        if not is_digits(cleaned["app_id"]):
            raise ConfigError("App id is a number, such as 284882215")
        cleaned["country"] = cleaned["country"].lower()
        if len(cleaned["country"]) != 2 or not cleaned["country"].isalpha():
            raise ConfigError("Storefront is a two-letter country code")
        keys = [cleaned["key_id"], cleaned["issuer_id"], cleaned["private_key"]]
        if any(keys) and not all(keys):
            raise ConfigError("To publish replies give the key id, issuer id and private key")
        if cleaned["private_key"]:
            _private_key(cleaned["private_key"])
        return cleaned

    def can_publish(self, config: dict[str, Any]) -> bool:
        return bool(config.get("api_token") or config.get("private_key"))

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        result = FetchResult(state=state)
        root = base_url(config, REVIEWS_BASE, "reviews_base")
        app_id, country = config["app_id"], config["country"]
        for page in range(1, MAX_PAGES + 1):
            url = f"{root}/{country}/rss/customerreviews/page={page}/id={app_id}/sortby=mostrecent/json"
            try:
                document = http.fetch(url).json()
            except FetchError as exc:
                raise explain(exc, self.platform) from None
            items = [review_item(e, app_id, country) for e in _entries(document)]
            found = [i for i in items if i is not None]
            result.items.extend(found)
            if len(found) < 50:  # a short page is the last one
                break
        return result

    def _headers(self, config: dict[str, Any]) -> dict[str, str]:
        if config.get("private_key"):
            token = signed_token(config["key_id"], config["issuer_id"], config["private_key"])
        elif config.get("api_token"):
            token = config["api_token"]
        else:
            raise ConfigError("this App Store source has no App Store Connect key")
        return {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def existing_reply(self, config: dict[str, Any], review_id: str) -> PlatformReply | None:
        url = f"{base_url(config, API_BASE)}/customerReviews/{quote(review_id)}/response"
        try:
            answer = http.fetch(url, headers=self._headers(config)).json()
        except FetchError as exc:
            if exc.status == 404:
                return None
            raise explain(exc, "App Store Connect") from None
        data = answer.get("data") or {}
        if not data.get("id"):
            return None
        return PlatformReply(
            str(data["id"]), str((data.get("attributes") or {}).get("responseBody") or "")
        )

    def publish_reply(self, config: dict[str, Any], review_id: str, text: str) -> PlatformReply:
        body = {
            "data": {
                "type": "customerReviewResponses",
                "attributes": {"responseBody": text},
                "relationships": {"review": {"data": {"type": "customerReviews", "id": review_id}}},
            }
        }
        try:
            answer = http.fetch(
                f"{base_url(config, API_BASE)}/customerReviewResponses",
                method="POST",
                json=body,
                headers=self._headers(config),
            ).json()
        except FetchError as exc:
            raise explain(exc, "App Store Connect") from None
        data = answer.get("data") or {}
        return PlatformReply(str(data.get("id") or f"{review_id}/reply"), text)
