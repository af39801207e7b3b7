"""Google Business Profile: a location's reviews (v4 accounts.locations.reviews) and
updateReply, which creates or replaces the owner's reply.

Star ratings come as words (ONE … FIVE); a rating-only review has no ``comment``. The
review's resource ``name`` (accounts/…/locations/…/reviews/…) is what replies address, so
it is the mention's external id.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from mentions.connectors.base import ConfigError, FetchResult, Item, parse_time, register
from orm_dashboard import http
from orm_dashboard.http import FetchError
from orm_dashboard.ids import is_digits
from reviews.connectors import google, oauth
from reviews.connectors.base import PlatformReply, ReviewConnector, base_url, explain

API_BASE = "https://mybusiness.googleapis.com/v4"
SCOPE = "https://www.googleapis.com/auth/business.manage"
STARS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
MAX_PAGES = 5
PAGE_SIZE = 50  # the API's maximum


def review_item(review: dict[str, Any], location_prefix: str) -> Item | None:
    name = str(review.get("name") or "")
    if not name and review.get("reviewId"):
        name = f"{location_prefix}/reviews/{review['reviewId']}"
    if not name:
        return None
    reviewer = review.get("reviewer") or {}
    author = "" if reviewer.get("isAnonymous") else str(reviewer.get("displayName") or "")
    return Item(
        external_id=name,
        url="",
        text=str(review.get("comment") or "").strip(),
        author=author or "A Google user",
        published_at=parse_time(review.get("createTime") or review.get("updateTime")),
        rating=STARS.get(str(review.get("starRating") or "")),
    )


@register
class GoogleBusinessConnector(ReviewConnector):
    kind = "google_business"
    label = "Google Business Profile reviews"
    platform = "Google"
    reply_limit = 4096
    fields = {
        "account_id": ("Account id", True, "The number in accounts/<id>."),
        "location_id": ("Location id", True, "The number in locations/<id>."),
        **google.FIELDS,
        "location_name": ("Location name", False, "Used for {location} in reply templates."),
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        for key in ("account_id", "location_id"):
            value = cleaned[key].rsplit("/", 1)[-1]
            if not is_digits(value):
                raise ConfigError(f"{self.fields[key][0]} is a number")
            cleaned[key] = value
        google.check(cleaned)
        return cleaned

    def _prefix(self, config: dict[str, Any]) -> str:
        return f"accounts/{config['account_id']}/locations/{config['location_id']}"

    def _call(
        self,
        config: dict[str, Any],
        method: str,
        path: str,
        state: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        url = f"{base_url(config, API_BASE)}/{quote(path)}"

        def call(token: str) -> Any:
            return http.fetch(url, method=method, headers=google.bearer(token), **kwargs).json()

        try:
            return oauth.with_token(lambda: google.token(config, SCOPE, state), call, state)
        except FetchError as exc:
            raise explain(exc, "Google Business Profile") from None

    def _own(self, config: dict[str, Any], review_id: str) -> str:
        """The review's resource name, refusing names outside this source's location."""
        if not review_id.startswith(self._prefix(config) + "/reviews/"):
            raise ConfigError("this review does not belong to the source's location")
        return review_id

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        prefix = self._prefix(config)
        result = FetchResult(state=state)
        params: dict[str, Any] = {"pageSize": PAGE_SIZE, "orderBy": "updateTime desc"}
        for _page in range(MAX_PAGES):
            answer = self._call(config, "GET", f"{prefix}/reviews", result.state, params=params)
            for review in answer.get("reviews") or []:
                item = review_item(review, prefix)
                if item is not None:
                    result.items.append(item)
            next_token = answer.get("nextPageToken")
            if not next_token:
                break
            params = {**params, "pageToken": next_token}
        return result

    def existing_reply(self, config: dict[str, Any], review_id: str) -> PlatformReply | None:
        review = self._call(config, "GET", self._own(config, review_id))
        reply = review.get("reviewReply")
        if reply and reply.get("comment"):
            return PlatformReply(f"{review_id}/reply", str(reply["comment"]))
        return None

    def publish_reply(self, config: dict[str, Any], review_id: str, text: str) -> PlatformReply:
        answer = self._call(
            config, "PUT", f"{self._own(config, review_id)}/reply", json={"comment": text}
        )
        return PlatformReply(f"{review_id}/reply", str(answer.get("comment") or text))
