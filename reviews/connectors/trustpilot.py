"""Trustpilot: a business unit's service reviews (public API, API key) and replies
(private API, OAuth client-credentials token from the API key and secret).

A reply posted again replaces the earlier one; the public review shows ``companyReply``,
which is what we check before re-posting after an interrupted attempt.
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
from reviews.connectors import oauth
from reviews.connectors.base import (
    LOCATION_NAME,
    PlatformReply,
    ReviewConnector,
    base_url,
    explain,
    require,
)

API_BASE = "https://api.trustpilot.com/v1"
TOKEN_URL = "https://api.trustpilot.com/v1/oauth/oauth-business-users-for-applications/accesstoken"  # noqa: S105
MAX_PAGES = 5
PAGE_SIZE = 100


def review_item(review: dict[str, Any]) -> Item | None:
    review_id = str(review.get("id") or "")
    if not review_id:
        return None
    stars = review.get("stars")
    return Item(
        external_id=review_id,
        url=f"https://www.trustpilot.com/reviews/{quote(review_id)}",
        title=str(review.get("title") or ""),
        text=str(review.get("text") or "").strip(),
        author=str((review.get("consumer") or {}).get("displayName") or ""),
        published_at=parse_time(review.get("createdAt")),
        language=language_code(review.get("language")),
        rating=int(stars) if isinstance(stars, int) and 1 <= stars <= 5 else None,
    )


@register
class TrustpilotConnector(ReviewConnector):
    kind = "trustpilot"
    label = "Trustpilot reviews"
    platform = "Trustpilot"
    fields = {
        "business_unit_id": ("Business unit id", True, "From business-units/find for your domain."),
        "api_key": ("API key", True, ""),
        "api_secret": ("API secret", False, "Needed to publish replies."),
        "business_user_id": (
            "Business user id",
            False,
            "The Trustpilot business user replies are posted as. Needed to publish replies.",
        ),
        "location_name": LOCATION_NAME,
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        if bool(cleaned["api_secret"]) != bool(cleaned["business_user_id"]):
            raise ConfigError("To publish replies give both the API secret and business user id")
        return cleaned

    def can_publish(self, config: dict[str, Any]) -> bool:
        return bool(config.get("api_secret") and config.get("business_user_id"))

    def _public(self, config: dict[str, Any], path: str, params: dict[str, Any]) -> Any:
        try:
            return http.fetch(
                f"{base_url(config, API_BASE)}/{path}",
                params=params,
                headers={"apikey": config["api_key"], "Accept": "application/json"},
            ).json()
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
        path = f"business-units/{quote(config['business_unit_id'])}/reviews"
        for page in range(1, MAX_PAGES + 1):
            answer = self._public(
                config, path, {"perPage": PAGE_SIZE, "page": page, "orderBy": "createdat.desc"}
            )
            reviews = answer.get("reviews") or []
            result.items.extend(i for i in map(review_item, reviews) if i is not None)
            links = answer.get("links") or []
            if len(reviews) < PAGE_SIZE or not any(
                link.get("rel") == "next-page" for link in links
            ):
                break
        return result

    def existing_reply(self, config: dict[str, Any], review_id: str) -> PlatformReply | None:
        review = self._public(config, f"reviews/{quote(review_id)}", {})
        reply = review.get("companyReply")
        if reply and reply.get("text"):
            return PlatformReply(f"{review_id}/reply", str(reply["text"]))
        return None

    def _token(self, config: dict[str, Any]) -> tuple[str, str]:
        return oauth.client_credentials_grant(
            config.get("token_url") or TOKEN_URL,
            client_id=config["api_key"],
            client_secret=config["api_secret"],
        )

    def publish_reply(self, config: dict[str, Any], review_id: str, text: str) -> PlatformReply:
        require(config, "api_secret", "business_user_id", purpose="Publishing to Trustpilot")
        url = f"{base_url(config, API_BASE)}/private/reviews/{quote(review_id)}/reply"
        body = {"message": text, "authorBusinessUserId": config["business_user_id"]}

        def call(token: str) -> None:
            http.fetch(
                url,
                method="POST",
                json=body,
                headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            )

        try:
            oauth.with_token(lambda: self._token(config), call)
        except FetchError as exc:
            raise explain(exc, self.platform) from None
        return PlatformReply(f"{review_id}/reply", text)
