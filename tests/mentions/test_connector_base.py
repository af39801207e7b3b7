"""What every connector shares: the check of an address it calls."""

from __future__ import annotations

import pytest

from mentions.connectors.base import ConfigError, base_url


def test_base_url_keeps_http_addresses_without_the_trailing_slash() -> None:
    assert base_url("https://hn.algolia.com/api/v1/") == "https://hn.algolia.com/api/v1"
    assert base_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"


@pytest.mark.parametrize("value", ["ftp://x.example", "hn.algolia.com", "https://", ""])
def test_base_url_refuses_what_is_not_an_http_address(value: str) -> None:
    with pytest.raises(ConfigError, match=r"^API base must be an http:// or https:// address$"):
        base_url(value)
    with pytest.raises(ConfigError, match=r"^Instance must be an https:// address, e.g. x$"):
        base_url(value.replace("https", "http"), "Instance", https_only=True, hint=", e.g. x")
