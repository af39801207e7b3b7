"""Pages of a logged-in person are not stored by caches, and URL tokens stay out of logs."""

from __future__ import annotations

import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.test import Client
from gunicorn.config import Config

from orm_dashboard.logs import AccessLogger, RedactTokens, redact_tokens
from tests.helpers import url

pytestmark = pytest.mark.django_db
PRIVATE = {"private", "no-store"}


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.mark.parametrize("name", ["overview", "inbox", "inbox_export", "incidents", "settings"])
def test_logged_in_pages_and_the_export_are_private(viewer_client, name) -> None:
    response = viewer_client.get(url(name))
    assert response.status_code == 200
    assert cache_control(response) >= PRIVATE


def test_token_pages_are_not_stored_and_send_no_referrer(client: Client) -> None:
    ack = client.get("/crisis/ack/not-a-real-token/")
    assert ack.status_code == 404
    assert cache_control(ack) >= PRIVATE
    # The next page never sees the token: the Referer is our origin alone. (no-referrer would
    # also send "Origin: null" with the page's own forms, which the CSRF check refuses.)
    assert ack["Referrer-Policy"] == "strict-origin"


def test_tokens_of_our_urls_are_redacted_wherever_they_stand() -> None:
    token = "eyJkIjo0Mn0:1vQk3t:AbC-dEf_123"
    assert redact_tokens(f"Gone: /crisis/ack/{token}/") == "Gone: /crisis/ack/[token]/"
    quoted = token.replace(":", "%3A")
    line = (
        f'"GET /crisis/ack/{quoted}/?x=1 HTTP/1.1" 200 "https://dash.example/invitation/{token}/"'
    )
    assert redact_tokens(line) == (
        '"GET /crisis/ack/[token]/?x=1 HTTP/1.1" 200 "https://dash.example/invitation/[token]/"'
    )
    reset = "/password/reset/MQ/c8w1z4-0123456789abcdef/"
    assert redact_tokens(reset) == "/password/reset/MQ/[token]/"
    # Other paths, even ones that look like tokens, are ours to keep for debugging.
    assert redact_tokens("/w/acme/mentions/42/ and /static/app.css") == (
        "/w/acme/mentions/42/ and /static/app.css"
    )
    assert redact_tokens("/nowhere/eyJkIjo0Mn0:1vQk3t/") == "/nowhere/eyJkIjo0Mn0:1vQk3t/"


def test_django_log_records_lose_the_token() -> None:
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "%s: %s",
        ("Gone", "/crisis/ack/s3cret/"),
        None,
    )
    assert RedactTokens().filter(record)
    assert record.getMessage() == "Gone: /crisis/ack/[token]/"


def test_the_access_log_loses_the_token(capsys) -> None:
    config = Config()
    config.set("accesslog", "-")
    logger = AccessLogger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/crisis/ack/s3cret/",
        "PATH_INFO": "/crisis/ack/s3cret/",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": "http://127.0.0.1:8000/invitation/s3cret2/",
    }
    response = SimpleNamespace(status="200 OK", sent=12, headers=[])
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    logger.access(response, request, environ, timedelta(milliseconds=5))
    out = capsys.readouterr().out
    assert (
        '"GET /crisis/ack/[token]/ HTTP/1.1" 200 12 "http://127.0.0.1:8000/invitation/[token]/"'
        in out
    )
    assert "s3cret" not in out
