"""Google Play: the Developer API's reviews.list and reviews.reply.

The API returns only reviews with text, and only those created or changed in the last
seven days, so the source must be polled at least daily (older reviews are never seen).
A review's ``comments`` hold the user's comment and, once answered, the developer's.
Replying again replaces the earlier reply, and reviews.get shows whether one exists.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from mentions.connectors.base import (
    ConfigError,
    FetchResult,
    Item,
    language_code,
    parse_time,
    register,
)
from orm_dashboard import http
from orm_dashboard.http import FetchError
from orm_dashboard.ids import is_digits
from reviews.connectors import google, oauth
from reviews.connectors.base import LOCATION_NAME, PlatformReply, ReviewConnector, base_url, explain

API_BASE = "https://androidpublisher.googleapis.com/androidpublisher/v3"
SCOPE = "https://www.googleapis.com/auth/androidpublisher"
MAX_PAGES = 5
PAGE_SIZE = 100


def _text(value: Any) -> str:
    # Play prefixes user comments with a tab (title and body are tab-separated).
    return " ".join(str(value or "").split("\t")).strip()


def review_item(package: str, review: dict[str, Any]) -> Item | None:
    user = next(
        (c["userComment"] for c in review.get("comments") or [] if "userComment" in c), None
    )
    review_id = str(review.get("reviewId") or "")
    if user is None or not review_id:
        return None
    rating = user.get("starRating")
    return Item(
        external_id=review_id,
        url=f"https://play.google.com/store/apps/details?id={quote(package)}&reviewId={quote(review_id)}",
        text=_text(user.get("text")),
        author=str(review.get("authorName") or ""),
        published_at=parse_time((user.get("lastModified") or {}).get("seconds")),
        language=language_code(user.get("reviewerLanguage")),
        rating=int(rating) if isinstance(rating, int) or is_digits(rating) else None,
        extra={"app_version": user.get("appVersionName", ""), "device": user.get("device", "")},
    )


@register
class GooglePlayConnector(ReviewConnector):
    kind = "google_play"
    label = "Google Play reviews"
    platform = "Google Play"
    reply_limit = 350
    fields = {
        "package_name": ("Package name", True, "The app's id, such as com.example.app."),
        **google.FIELDS,
        "location_name": LOCATION_NAME,
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        if "." not in cleaned["package_name"] or " " in cleaned["package_name"]:
            raise ConfigError("Package name looks like com.example.app")
        google.check(cleaned)
        return cleaned

    def _url(self, config: dict[str, Any], *parts: str) -> str:
        path = "/".join(quote(p, safe=":") for p in parts)
        return f"{base_url(config, API_BASE)}/applications/{quote(config['package_name'])}/{path}"

    def _get(
        self,
        config: dict[str, Any],
        url: str,
        params: dict[str, Any],
        state: dict[str, Any] | None = None,
    ) -> Any:
        def call(token: str) -> Any:
            return http.fetch(url, params=params, headers=google.bearer(token)).json()

        try:
            return oauth.with_token(lambda: google.token(config, SCOPE, state), call, state)
        except FetchError as exc:
            raise explain(exc, self.platform) from None

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        result = FetchResult(state=state)
        params: dict[str, Any] = {"maxResults": PAGE_SIZE}
        for _page in range(MAX_PAGES):
            answer = self._get(config, self._url(config, "reviews"), params, result.state)
            for review in answer.get("reviews") or []:
                item = review_item(config["package_name"], review)
                if item is not None:
                    result.items.append(item)
            next_token = (answer.get("tokenPagination") or {}).get("nextPageToken")
            if not next_token:
                break
            params = {"maxResults": PAGE_SIZE, "token": next_token}
        return result

    def existing_reply(self, config: dict[str, Any], review_id: str) -> PlatformReply | None:
        review = self._get(config, self._url(config, "reviews", review_id), {})
        for comment in review.get("comments") or []:
            developer = comment.get("developerComment")
            if developer:
                return PlatformReply(f"{review_id}/reply", str(developer.get("text") or ""))
        return None

    def publish_reply(self, config: dict[str, Any], review_id: str, text: str) -> PlatformReply:
        url = self._url(config, "reviews", f"{review_id}:reply")

        def call(token: str) -> Any:
            return http.fetch(
                url, method="POST", json={"replyText": text}, headers=google.bearer(token)
            ).json()

        try:
            answer = oauth.with_token(lambda: google.token(config, SCOPE), call)
        except FetchError as exc:
            raise explain(exc, self.platform) from None
        result = answer.get("result") or {}
        return PlatformReply(f"{review_id}/reply", str(result.get("replyText") or text))
