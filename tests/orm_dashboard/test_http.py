"""The outbound HTTP client, against real servers on 127.0.0.1.

The SSRF guard is proven with two seams of ``orm_dashboard.http``: ``resolve`` answers for
made-up host names, and ``is_public`` treats 127.0.0.1 as public and everything else as
private, so "private" hosts (127.0.0.2) are refused before anything is sent to them.
"""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from orm_dashboard import http
from tests.localserver import LocalServer, Reply

MiB = 1024 * 1024


def fetch_error(url: str, **kwargs: object) -> http.FetchError:
    with pytest.raises(http.FetchError) as caught:
        http.fetch(url, **kwargs)  # type: ignore[arg-type]
    return caught.value


def compress(data: bytes, wbits: int = 31) -> bytes:
    """gzip (31), zlib-wrapped deflate (15) or raw deflate (-15)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


@pytest.fixture
def other_server() -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()


# --- answers ---------------------------------------------------------------------------


def test_get_returns_the_answer_and_names_the_product(
    http_server: LocalServer, settings: Any
) -> None:
    http_server.route("/feed", Reply(200, "<rss/>", {"Content-Type": "application/rss+xml"}))

    response = http.fetch(f"{http_server.url}/feed", params={"q": "acme corp"})

    assert response.status == 200
    assert response.content == b"<rss/>"
    assert response.headers["content-type"] == "application/rss+xml"
    assert response.url == f"{http_server.url}/feed?q=acme+corp"
    (request,) = http_server.requests
    assert request.query == {"q": ["acme corp"]}
    assert request.header("user-agent") == http.USER_AGENT
    assert http.USER_AGENT.startswith("ORM-Dashboard/")
    assert f"(+{settings.OPERATOR_CONTACT_URL})" in http.USER_AGENT
    assert request.header("accept-encoding") == "gzip, deflate"


def test_post_sends_form_json_headers_and_basic_auth(http_server: LocalServer) -> None:
    http_server.route("/token", Reply(200, '{"access_token": "t0k"}'))

    response = http.fetch(
        f"{http_server.url}/token",
        method="POST",
        data={"grant_type": "client_credentials"},
        auth=("client-id", "s3cret"),
        headers={"X-Api-Key": "k"},
    )
    http.fetch(f"{http_server.url}/token", method="POST", json={"reply": "Thanks!"})

    assert response.json() == {"access_token": "t0k"}
    form, posted_json = http_server.requests
    assert form.method == "POST"
    assert form.body == b"grant_type=client_credentials"
    assert form.header("authorization") == "Basic Y2xpZW50LWlkOnMzY3JldA=="
    assert form.header("x-api-key") == "k"
    assert posted_json.header("content-type") == "application/json"
    assert json.loads(posted_json.body) == {"reply": "Thanks!"}


def test_invalid_json_is_a_fetch_error(http_server: LocalServer) -> None:
    http_server.route("/html", Reply(200, "<html>maintenance</html>"))
    http_server.route("/deep", Reply(200, "[" * 100_000))  # would overflow the parser's stack

    for path in ("/html", "/deep"):
        response = http.fetch(f"{http_server.url}{path}")
        with pytest.raises(http.FetchError, match=r"^invalid JSON from 127\.0\.0\.1$"):
            response.json()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "ftp://127.0.0.1/feed.xml",
            "only http:// and https:// addresses can be fetched, not ftp:",
        ),
        ("file:///etc/passwd", "not file:"),
        ("gopher://127.0.0.1:70/", "not gopher:"),
        ("javascript:alert(1)", "not javascript:"),
        ("127.0.0.1/feed", "not 127.0.0.1/feed"),
        ("http:///no-host", "not a valid address (no host)"),
    ],
)
def test_only_http_and_https_addresses(url: str, message: str) -> None:
    assert message in fetch_error(url).message


def test_conditional_get_answered_304_is_a_response(http_server: LocalServer) -> None:
    http_server.route("/feed", Reply(304, headers={"ETag": '"v1"'}))
    last_modified = "Wed, 21 Oct 2015 07:28:00 GMT"

    response = http.fetch(f"{http_server.url}/feed", etag='"v1"', last_modified=last_modified)
    http.fetch(f"{http_server.url}/feed")

    assert (response.status, response.content) == (304, b"")
    assert response.headers["etag"] == '"v1"'
    conditional, plain = http_server.requests
    assert conditional.header("if-none-match") == '"v1"'
    assert conditional.header("if-modified-since") == last_modified
    assert plain.header("if-none-match") is None
    assert plain.header("if-modified-since") is None


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "HTTP 404 Not Found from 127.0.0.1"),
        (500, "HTTP 500 Internal Server Error from 127.0.0.1"),
        (301, "HTTP 301 Moved Permanently from 127.0.0.1"),  # a redirect without Location
    ],
)
def test_error_status_is_a_readable_fetch_error(
    http_server: LocalServer, status: int, message: str
) -> None:
    http_server.route("/feed", Reply(status, "nope"))

    error = fetch_error(f"{http_server.url}/feed")

    assert (error.message, str(error), error.status) == (message, message, status)
    assert error.retry_after is None


JSON = {"Content-Type": "application/json; charset=utf-8"}


@pytest.mark.parametrize(
    ("status", "body", "headers", "detail"),
    [
        (  # OAuth token endpoints (Google, Reddit)
            400,
            '{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}',
            JSON,
            "Token has been expired or revoked.",
        ),
        (
            403,
            '{"error": {"code": 403, "message": "The caller does not have permission"}}',
            JSON,
            "The caller does not have permission",
        ),  # Google APIs
        (401, '{"errors": [{"message": "Invalid apikey"}]}', JSON, "Invalid apikey"),
        (401, '{"error": "InvalidToken", "message": "Bad token scope"}', JSON, "Bad token scope"),
        (
            422,
            '{"detail": "query too long"}',
            {"Content-Type": "application/problem+json"},
            "query too long",
        ),
        (
            429,
            "Rate limit exceeded, slow down\n",
            {"Content-Type": "text/plain"},
            "Rate limit exceeded, slow down",
        ),
        (404, '{"unrelated": true}', JSON, ""),
        (500, "<html><h1>Oops</h1></html>", {"Content-Type": "text/html"}, ""),  # noise
        (400, "{broken", JSON, ""),
    ],
)
def test_error_status_carries_what_the_server_said(
    http_server: LocalServer, status: int, body: str, headers: dict[str, str], detail: str
) -> None:
    http_server.route("/api", Reply(status, body, headers))

    error = fetch_error(f"{http_server.url}/api")

    assert error.status == status and error.detail == detail
    expected = f"HTTP {status} {http._phrase(status)} from 127.0.0.1"
    assert error.message == (f"{expected}: {detail}" if detail else expected)


def test_error_detail_is_one_short_printable_line_and_its_body_is_capped(
    http_server: LocalServer,
) -> None:
    hostile = "Bad\x1b[31m request\r\n\u202e" + "x" * 5000
    http_server.route("/long", Reply(400, hostile, {"Content-Type": "text/plain"}))
    big = json.dumps({"message": "m" * (http.ERROR_BODY_BYTES + 10)})
    http_server.route("/big", Reply(400, big, JSON))
    packed = compress(json.dumps({"message": "Quota exceeded"}).encode())
    http_server.route("/gz", Reply(429, packed, {**JSON, "Content-Encoding": "gzip"}))

    long = fetch_error(f"{http_server.url}/long").detail
    assert long.startswith("Bad [31m request x") and long.endswith("…")
    assert len(long) == http.ERROR_DETAIL_CHARS and long.isprintable()
    assert fetch_error(f"{http_server.url}/big").detail == ""  # over the cap: not read whole
    assert fetch_error(f"{http_server.url}/gz").detail == "Quota exceeded"


def _in_90_seconds() -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)


@pytest.mark.parametrize(
    ("status", "retry_after", "expected"),
    [
        (429, lambda: "120", 120.0),
        (503, _in_90_seconds, 90.0),
        (429, lambda: "Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past
        (429, lambda: "soon", None),
        (503, lambda: "", None),
        (500, lambda: "120", None),  # only 429 and 503 ask us to come back later
    ],
)
def test_retry_after_in_seconds_or_as_a_date(
    http_server: LocalServer,
    status: int,
    retry_after: Callable[[], str],
    expected: float | None,
) -> None:
    value = retry_after()
    http_server.route("/api", Reply(status, headers={"Retry-After": value} if value else {}))

    error = fetch_error(f"{http_server.url}/api")

    assert error.status == status
    assert error.retry_after == pytest.approx(expected, abs=2)


# --- redirects -------------------------------------------------------------------------


def test_redirects_are_followed_to_the_final_url(http_server: LocalServer) -> None:
    http_server.route("/old", Reply(301, headers={"Location": "/middle"}))  # relative
    http_server.route("/middle", Reply(302, headers={"Location": f"{http_server.url}/new"}))
    http_server.route("/new", Reply(200, "moved here"))

    response = http.fetch(f"{http_server.url}/old", params={"q": "acme"})

    assert (response.status, response.content) == (200, b"moved here")
    assert response.url == f"{http_server.url}/new"
    assert [(r.path, r.query) for r in http_server.requests] == [
        ("/old", {"q": ["acme"]}),  # the parameters belong to the first address only
        ("/middle", {}),
        ("/new", {}),
    ]


@pytest.mark.parametrize(
    ("status", "method", "body"),
    [(303, "GET", b""), (302, "GET", b""), (307, "POST", b"text=hi"), (308, "POST", b"text=hi")],
)
def test_redirect_after_post(
    http_server: LocalServer, status: int, method: str, body: bytes
) -> None:
    http_server.route("/reply", Reply(status, headers={"Location": "/done"}))
    http_server.route("/done", Reply(200, "ok"))

    http.fetch(f"{http_server.url}/reply", method="POST", data={"text": "hi"})

    done = http_server.requests_to("/done")[0]
    assert (done.method, done.body) == (method, body)


def test_five_redirects_are_followed_but_not_six(http_server: LocalServer) -> None:
    for hop in range(6):
        http_server.route(f"/r{hop}", Reply(302, headers={"Location": f"/r{hop + 1}"}))
    http_server.route("/r6", Reply(200, "end"))

    assert http.fetch(f"{http_server.url}/r1").content == b"end"  # 5 redirects
    error = fetch_error(f"{http_server.url}/r0")  # 6 redirects

    assert error.message == "too many redirects (more than 5), last from 127.0.0.1"
    assert len(http_server.requests_to("/r6")) == 1  # only from the first fetch


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_redirect_to_another_scheme_is_refused(http_server: LocalServer, location: str) -> None:
    http_server.route("/feed", Reply(302, headers={"Location": location}))

    error = fetch_error(f"{http_server.url}/feed")

    assert error.message.startswith("127.0.0.1 redirected to a refused address: only http")


@pytest.mark.parametrize(
    ("credentials", "sent"),
    [
        ({"auth": ("user", "pw")}, "Basic dXNlcjpwdw=="),
        ({"headers": {"Authorization": "Bearer t0k", "Cookie": "s=1"}}, "Bearer t0k"),
    ],
)
def test_credentials_stay_with_the_host_they_were_meant_for(
    http_server: LocalServer,
    other_server: LocalServer,
    credentials: dict[str, object],
    sent: str,
) -> None:
    http_server.route("/a", Reply(302, headers={"Location": "/b"}))
    http_server.route("/b", Reply(302, headers={"Location": f"{other_server.url}/c"}))
    other_server.route("/c", Reply(200, "elsewhere"))

    http.fetch(f"{http_server.url}/a", **credentials)  # type: ignore[arg-type]

    a, b = http_server.requests
    (c,) = other_server.requests
    assert a.header("authorization") == b.header("authorization") == sent
    assert c.header("authorization") is None
    assert c.header("cookie") is None


def test_proxies_from_the_environment_are_ignored(
    http_server: LocalServer, other_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy from the environment would make the connections, bypassing the guard."""
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, other_server.url)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    http_server.route("/feed", Reply(200, "direct"))

    assert http.fetch(f"{http_server.url}/feed").content == b"direct"
    assert other_server.requests == []


# --- size caps -------------------------------------------------------------------------


def test_announced_size_over_the_cap_is_refused_before_reading(http_server: LocalServer) -> None:
    http_server.route(
        "/big", Reply(200, headers={"Content-Length": str(10 * MiB)}, chunks=iter([b"x" * 100]))
    )

    error = fetch_error(f"{http_server.url}/big", max_bytes=MiB)

    assert error.message == "response from 127.0.0.1 larger than 1 MiB (10 MiB announced)"


def test_streamed_body_is_cut_right_after_the_cap(http_server: LocalServer) -> None:
    http_server.route("/exact", Reply(200, chunks=iter([b"x" * 1000, b"y" * 24])))
    http_server.route("/over", Reply(200, chunks=iter([b"x" * 1000, b"y" * 25])))
    http_server.route("/endless", Reply(200, chunks=(b"z" * 1024 for _ in range(100_000))))

    assert len(http.fetch(f"{http_server.url}/exact", max_bytes=1024).content) == 1024
    over = fetch_error(f"{http_server.url}/over", max_bytes=1024)
    endless = fetch_error(f"{http_server.url}/endless", max_bytes=MiB)

    assert over.message == "response from 127.0.0.1 larger than 1 KiB (cut at 1 KiB)"
    assert endless.message == "response from 127.0.0.1 larger than 1 MiB (cut at 1 MiB)"


@pytest.mark.parametrize(
    ("encoding", "wbits"), [("gzip", 31), ("deflate", 15), ("deflate", -15), ("x-gzip", 31)]
)
def test_compressed_answers_are_decoded(
    http_server: LocalServer, encoding: str, wbits: int
) -> None:
    text = b"<rss><item>Acme is great</item></rss>" * 5000
    http_server.route("/feed", Reply(200, compress(text, wbits), {"Content-Encoding": encoding}))

    assert http.fetch(f"{http_server.url}/feed").content == text


def test_decompressed_size_cap_is_exact(http_server: LocalServer) -> None:
    http_server.route("/exact", Reply(200, compress(b"x" * 1024), {"Content-Encoding": "gzip"}))
    http_server.route("/over", Reply(200, compress(b"x" * 1025), {"Content-Encoding": "gzip"}))

    assert http.fetch(f"{http_server.url}/exact", max_bytes=1024).content == b"x" * 1024
    error = fetch_error(f"{http_server.url}/over", max_bytes=1024)

    assert error.message == (
        "response from 127.0.0.1 larger than 1 KiB once decompressed (cut at 1 KiB)"
    )


def test_corrupt_and_unknown_encodings_are_fetch_errors(http_server: LocalServer) -> None:
    http_server.route("/corrupt", Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"}))
    http_server.route("/brotli", Reply(200, b"\x1b\x00", {"Content-Encoding": "br"}))

    corrupt = fetch_error(f"{http_server.url}/corrupt")
    brotli = fetch_error(f"{http_server.url}/brotli")

    assert corrupt.message == "invalid gzip data from 127.0.0.1"
    assert brotli.message == "unsupported Content-Encoding 'br' from 127.0.0.1"


def test_gzip_bomb_is_cut_without_inflating_it(http_server: LocalServer) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MiB)
    bomb = b"".join(packer.compress(zeros) for _ in range(100)) + packer.flush()
    assert len(bomb) < 200 * 1024  # ~100 KiB that inflate to 100 MiB
    http_server.route("/bomb", Reply(200, bomb, {"Content-Encoding": "gzip"}))

    tracemalloc.start()
    try:
        error = fetch_error(f"{http_server.url}/bomb", max_bytes=MiB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert error.message == (
        "response from 127.0.0.1 larger than 1 MiB once decompressed (cut at 1 MiB)"
    )
    assert peak < 4 * MiB  # one 64 KiB chunk of the bomb alone inflates to 64 MiB


def test_compressed_bytes_on_the_wire_count_too(http_server: LocalServer) -> None:
    noise = compress(os.urandom(2 * MiB))  # does not shrink: over the cap on the wire
    chunks = (noise[i : i + 65536] for i in range(0, len(noise), 65536))
    http_server.route("/noise", Reply(200, headers={"Content-Encoding": "gzip"}, chunks=chunks))

    error = fetch_error(f"{http_server.url}/noise", max_bytes=MiB)

    assert error.message == "response from 127.0.0.1 larger than 1 MiB (cut at 1 MiB)"


# --- time limits -----------------------------------------------------------------------


def test_slow_answer_times_out(http_server: LocalServer) -> None:
    http_server.route("/slow", Reply(200, "late", delay=2))
    started = time.monotonic()

    error = fetch_error(f"{http_server.url}/slow", timeout=0.3)

    assert error.message == "timed out after 0.3 s waiting for 127.0.0.1"
    assert time.monotonic() - started < 1.5


def test_trickling_body_is_stopped_by_the_total_deadline(http_server: LocalServer) -> None:
    """Every read gets bytes well within httpx's per-read timeout; only a total limit helps."""

    def trickle() -> Iterator[bytes]:
        for _ in range(50):
            yield b"x" * 10
            time.sleep(0.05)

    http_server.route("/trickle", Reply(200, chunks=trickle()))
    started = time.monotonic()

    error = fetch_error(f"{http_server.url}/trickle", timeout=0.5)

    assert error.message == "timed out after 0.5 s waiting for 127.0.0.1"
    assert time.monotonic() - started < 1.5


def test_a_stalled_read_ends_at_the_deadline_not_a_full_timeout_later(
    http_server: LocalServer,
) -> None:
    def stall() -> Iterator[bytes]:
        yield b"<rss>"
        time.sleep(0.8)
        yield b"<item>"
        time.sleep(3)  # the read waiting for this starts 0.2 s before the deadline
        yield b"</rss>"

    http_server.route("/stall", Reply(200, chunks=stall()))
    started = time.monotonic()

    error = fetch_error(f"{http_server.url}/stall", timeout=1.0)

    assert error.message == "timed out after 1 s waiting for 127.0.0.1"
    assert time.monotonic() - started < 1.5


def test_no_time_left_means_no_request(http_server: LocalServer) -> None:
    error = fetch_error(http_server.url, timeout=0)

    assert error.message == "timed out after 0 s connecting to 127.0.0.1"
    assert http_server.requests == []


def test_connecting_is_bounded_by_the_deadline() -> None:
    """A listener whose accept queue is full ignores new connections: connect() hangs."""
    listener = socket.socket()
    queued = socket.socket()
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        queued.connect(listener.getsockname())
        started = time.monotonic()

        error = fetch_error(f"http://127.0.0.1:{listener.getsockname()[1]}/", timeout=0.5)

        assert error.message == "timed out after 0.5 s connecting to 127.0.0.1"
        assert time.monotonic() - started < 1.5
    finally:
        queued.close()
        listener.close()


# --- network errors --------------------------------------------------------------------


def test_refused_connection_is_a_readable_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nobody listens there

    assert fetch_error(f"http://127.0.0.1:{port}/").message == "connection refused by 127.0.0.1"


def test_failed_dns_lookup_is_a_readable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(http, "resolve", no_such_host)

    error = fetch_error("http://no-such-host.test/feed")

    assert error.message == "could not resolve no-such-host.test (DNS lookup failed)"


def test_hanging_dns_lookup_fails_within_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """getaddrinfo() cannot be interrupted; the request still ends on time."""
    released = threading.Event()

    def hanging_resolver(host: str, port: int) -> list[str]:
        released.wait(10)  # a resolver that does not answer (set free when the test ends)
        return ["127.0.0.1"]

    monkeypatch.setattr(http, "resolve", hanging_resolver)
    started = time.monotonic()
    try:
        with pytest.raises(http.FetchError) as caught:
            http.fetch("http://slow-dns.test/feed", timeout=1.0)
    finally:
        released.set()
    assert time.monotonic() - started < 3
    assert caught.value.message == "could not resolve slow-dns.test in time (DNS took over 1 s)"


def test_server_hanging_up_without_an_answer_is_a_readable_error() -> None:
    listener = socket.create_server(("127.0.0.1", 0))

    def hang_up() -> None:
        connection, _ = listener.accept()
        connection.recv(65536)
        connection.close()

    thread = threading.Thread(target=hang_up, daemon=True)
    thread.start()
    try:
        error = fetch_error(f"http://127.0.0.1:{listener.getsockname()[1]}/")
    finally:
        thread.join(5)
        listener.close()

    assert error.message.startswith("127.0.0.1 closed the connection or sent an invalid answer")


# --- the SSRF guard --------------------------------------------------------------------


@dataclass
class FakeDNS:
    """Answers for made-up names, one list per lookup (the last one repeats)."""

    answers: dict[str, list[list[str]]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)

    def resolve(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        if host in self.answers:
            queue = self.answers[host]
            return queue.pop(0) if len(queue) > 1 else queue[0]
        ipaddress.ip_address(host)  # literal addresses resolve to themselves
        return [host]


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch, settings: Any) -> FakeDNS:
    """The guard switched on, with 127.0.0.1 playing the public internet."""
    settings.ALLOW_PRIVATE_SOURCE_URLS = False
    dns = FakeDNS(
        {
            "feeds.test": [["127.0.0.1"]],
            "other.test": [["127.0.0.1"]],
            "intranet.test": [["127.0.0.2"]],
            "mixed.test": [["127.0.0.1", "127.0.0.2"]],
        }
    )
    monkeypatch.setattr(http, "resolve", dns.resolve)
    monkeypatch.setattr(http, "is_public", lambda address: address == "127.0.0.1")
    return dns


def test_private_addresses_are_refused_by_the_real_check(
    http_server: LocalServer, settings: Any
) -> None:
    settings.ALLOW_PRIVATE_SOURCE_URLS = False
    port = http_server.port

    direct = fetch_error(f"http://127.0.0.1:{port}/")
    by_name = fetch_error(f"http://localhost:{port}/")

    assert direct.message == "refused: 127.0.0.1 is a private address"
    assert by_name.message.startswith("refused: localhost resolves to a private address (")
    assert http_server.requests == []


def test_public_host_is_reached_at_the_address_that_was_checked(
    guard: FakeDNS, http_server: LocalServer
) -> None:
    http_server.route("/feed", Reply(200, "public"))

    response = http.fetch(f"http://feeds.test:{http_server.port}/feed")

    assert response.content == b"public"
    assert guard.lookups == ["feeds.test"]  # nobody else resolved the name again
    assert http_server.requests[0].header("host") == f"feeds.test:{http_server.port}"


@pytest.mark.parametrize(
    ("host", "message"),
    [
        ("intranet.test", "refused: intranet.test resolves to a private address (127.0.0.2)"),
        ("mixed.test", "refused: mixed.test resolves to a private address (127.0.0.2)"),
        ("127.0.0.2", "refused: 127.0.0.2 is a private address"),
    ],
)
def test_private_host_is_refused(
    guard: FakeDNS, http_server: LocalServer, host: str, message: str
) -> None:
    assert fetch_error(f"http://{host}:{http_server.port}/").message == message
    assert http_server.requests == []


@pytest.mark.parametrize(
    ("host", "message"),
    [
        ("intranet.test", "refused: intranet.test resolves to a private address (127.0.0.2)"),
        ("127.0.0.2", "refused: 127.0.0.2 is a private address"),
    ],
)
def test_redirect_to_a_private_host_is_refused(
    guard: FakeDNS, http_server: LocalServer, host: str, message: str
) -> None:
    port = http_server.port
    http_server.route("/go", Reply(302, headers={"Location": f"http://{host}:{port}/admin"}))

    error = fetch_error(f"http://feeds.test:{port}/go")

    assert error.message == message
    assert [r.path for r in http_server.requests] == ["/go"]


def test_dns_rebinding_is_refused_at_connect_time(guard: FakeDNS, http_server: LocalServer) -> None:
    """The name answers public for the first lookup and private for every later one."""
    guard.answers["rebind.test"] = [["127.0.0.1"], ["127.0.0.2"]]
    http_server.route("/feed", Reply(200, "first"))
    url = f"http://rebind.test:{http_server.port}/feed"

    # One lookup per connection: connecting re-resolved nothing, so it reached 127.0.0.1.
    assert http.fetch(url).content == b"first"
    assert guard.lookups == ["rebind.test"]
    # The next connection looks the name up again and is refused.
    error = fetch_error(url)

    assert error.message == "refused: rebind.test resolves to a private address (127.0.0.2)"
    assert guard.lookups == ["rebind.test", "rebind.test"]
    assert len(http_server.requests) == 1


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700:4700::1111", True),
        ("::ffff:93.184.215.14", True),
        ("10.0.0.5", False),
        ("127.0.0.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("192.168.1.1", False),
        ("0.0.0.0", False),  # noqa: S104
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:10.0.0.5", False),  # IPv4-mapped
        ("::ffff:127.0.0.1", False),
        ("64:ff9b::a00:5", False),  # NAT64 of 10.0.0.5
        ("2002:a00:5::", False),  # 6to4 of 10.0.0.5
        ("64:ff9b::5db8:d70e", True),  # NAT64 of 93.184.215.14
        ("::7f00:1", False),  # IPv4-compatible 127.0.0.1
        ("::a9fe:a9fe", False),  # IPv4-compatible 169.254.169.254
        ("::5db8:d70e", False),  # IPv4-compatible, deprecated even for a public address
        ("::ffff:0:7f00:1", False),  # IPv4-translated 127.0.0.1
        ("64:ff9b:1::a00:5", False),  # local-use NAT64
        ("fec0::1", False),  # site-local
        ("fefe::1", False),
        ("ff02::1", False),  # multicast
        ("ff0e::1", False),
        ("224.0.0.1", False),
    ],
)
def test_is_public(address: str, public: bool) -> None:
    assert http.is_public(address) is public


# --- TLS -------------------------------------------------------------------------------


@dataclass
class TLSFiles:
    ca: Path
    cert: Path
    key: Path


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    """A throwaway CA and a certificate for feeds.test signed by it."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make test certificates")
    folder = tmp_path_factory.mktemp("tls")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=folder, check=True, capture_output=True)

    run(
        "req",
        "-x509",
        *ec,
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=ORM test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    run("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=feeds.test")
    (folder / "leaf.ext").write_text(
        "subjectAltName=DNS:feeds.test\nbasicConstraints=CA:FALSE\n"
        "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n"
    )
    run(
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "leaf.pem",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
    )
    return TLSFiles(ca=folder / "ca.pem", cert=folder / "leaf.pem", key=folder / "leaf.key")


class _Hello(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b"hello over TLS"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tls_port(tls_files: TLSFiles) -> Iterator[int]:
    """An https server on 127.0.0.1 presenting the feeds.test certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_files.cert, tls_files.key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_tls_is_checked_against_the_host_name_not_the_address(
    guard: FakeDNS, tls_files: TLSFiles, tls_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    trusting = ssl.create_default_context(cafile=str(tls_files.ca))
    monkeypatch.setattr(http, "ssl_context", lambda: trusting)

    response = http.fetch(f"https://feeds.test:{tls_port}/")
    # Same server, same checked address, but a name its certificate does not cover.
    wrong_name = fetch_error(f"https://other.test:{tls_port}/")

    assert response.content == b"hello over TLS"
    assert wrong_name.message.startswith("TLS certificate of other.test not accepted: Hostname")


def test_untrusted_certificate_is_a_readable_error(tls_port: int) -> None:
    error = fetch_error(f"https://127.0.0.1:{tls_port}/")

    assert error.message.startswith("TLS certificate of 127.0.0.1 not accepted: ")
    assert "certificate" in error.message.removeprefix("TLS certificate of")
