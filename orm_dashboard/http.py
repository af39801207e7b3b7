"""The one outbound HTTP client: every connector fetches through ``fetch``.

Source URLs are typed in by users, so every request is treated as hostile in both
directions. The address must not reach our own network (SSRF): each connection, redirect
hops included, resolves the host once, checks that every address is public, and connects
to that checked address, so a DNS answer that changes between check and connect
(rebinding) cannot slip through. The answer must not hurt the worker: one deadline covers
the whole request, the body is capped on the wire and after decompression (a gzip bomb is
cut, never inflated in full), and every failure becomes a ``FetchError`` whose message is
shown to users as the source's last error.
"""

from __future__ import annotations

import concurrent.futures
import functools
import ipaddress
import json as jsonlib
import os
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx
from django.conf import settings

from orm_dashboard.ids import is_digits

MAX_BYTES = 15 * 1024 * 1024
CONNECT_TIMEOUT = 10.0  # seconds to open a connection (TLS handshake included)
TOTAL_TIMEOUT = 30.0  # seconds for the whole request: connects, redirects, the full body
MAX_REDIRECTS = 5
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
INFLATE_STEP = 64 * 1024  # most bytes one decompression step may produce


def _version() -> str:
    try:
        return metadata.version("orm-dashboard")
    except metadata.PackageNotFoundError:
        return "0"


# Names the product and how to reach whoever runs it, so a site owner can complain.
USER_AGENT = f"ORM-Dashboard/{_version()} (+{settings.OPERATOR_CONTACT_URL})"


class FetchError(Exception):
    """A request that did not give us a usable answer, with a message for the UI."""

    def __init__(
        self,
        message: str,
        status: int | None = None,
        retry_after: float | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status  # the HTTP status, when the server answered with an error
        self.retry_after = retry_after  # seconds the server asked us to wait (429, 503)
        self.detail = detail  # what the server said about the error (in message too)

    def reworded(self, message: str) -> FetchError:
        """The same failure in a connector's own words (to raise ``from`` this one): the
        status, Retry-After and what the server said are kept, the latter added to the
        message unless it quotes it already."""
        if self.detail and self.detail not in message:
            message = f"{message} (the server said: {self.detail})"
        return FetchError(message, self.status, self.retry_after, self.detail)


@dataclass
class Response:
    status: int
    url: str  # the final URL, after redirects
    headers: httpx.Headers
    content: bytes

    def json(self) -> Any:
        try:
            return jsonlib.loads(self.content)
        except (ValueError, RecursionError):
            raise FetchError(f"invalid JSON from {urlsplit(self.url).hostname}") from None


# --- the SSRF guard --------------------------------------------------------------------


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the order to try them (tests replace this)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# IPv6 ranges that ipaddress calls global but a source must never reach: IPv4-compatible
# (::a.b.c.d, deprecated; some stacks send ::127.0.0.1 to the IPv4 loopback), IPv4-translated
# (::ffff:0:a.b.c.d), local-use NAT64 (64:ff9b:1::/48) and site-local (fec0::/10, deprecated
# but still routed inside some networks).
_NOT_PUBLIC_V6 = [
    ipaddress.ip_network(net) for net in ("::/96", "::ffff:0:0:0/96", "64:ff9b:1::/48", "fec0::/10")
]


def is_public(address: str) -> bool:
    """True for addresses on the public internet (tests replace this).

    IPv6 forms that carry an IPv4 address (IPv4-mapped, 6to4, NAT64) are judged by the
    IPv4 address they lead to: ``::ffff:10.0.0.5`` is the private 10.0.0.5. Multicast is
    never a server.
    """
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        if any(ip in net for net in _NOT_PUBLIC_V6):
            return False
        if ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        else:
            ip = ip.ipv4_mapped or ip.sixtofour or ip
    return ip.is_global and not ip.is_multicast


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """Certificate checks for every https request: certifi's CAs (tests replace this)."""
    return httpx.create_ssl_context(trust_env=False)


def _within(deadline: float, timeout: float | None, error: type[Exception]) -> float:
    """``timeout`` shortened to the time left before ``deadline``; past it, ``error``."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the request took longer than allowed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the request's deadline.

    httpx's timeouts apply to each operation; a server sending one byte every few
    seconds would never trip them, so each operation gets at most the time left.
    """

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _within(self._deadline, timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _within(self._deadline, timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _within(self._deadline, timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, timeout), self._deadline
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """Opens connections only to checked addresses, and only until the deadline.

    httpcore hands us the URL's host name; we resolve it once, refuse private addresses
    (unless ``ALLOW_PRIVATE_SOURCE_URLS``), and connect to the very address we checked.
    TLS is started afterwards by httpcore with the host name, so SNI and certificate
    checks are unaffected.
    """

    def __init__(self, *, deadline: float, allow_private: bool) -> None:
        self.deadline = deadline
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve_by(host, port, self.deadline, timeout)
        if not addresses:
            raise FetchError(f"could not resolve {host} (no address)")
        if not self.allow_private:
            for address in addresses:
                if not is_public(address):
                    raise FetchError(_refusal(host, address))
        error: Exception | None = None
        for address in addresses:
            limit = _within(self.deadline, timeout, httpcore.ConnectTimeout)
            try:
                stream = super().connect_tcp(address, port, limit, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc  # try the host's next address
                continue
            return _DeadlineStream(stream, self.deadline)
        assert error is not None
        raise error


_dns_pool: tuple[int, concurrent.futures.ThreadPoolExecutor] | None = None
_dns_lock = threading.Lock()


def _dns_executor() -> concurrent.futures.ThreadPoolExecutor:
    """This process's lookup threads (made on first use, so none cross a worker fork)."""
    global _dns_pool
    with _dns_lock:
        if _dns_pool is None or _dns_pool[0] != os.getpid():
            _dns_pool = (os.getpid(), concurrent.futures.ThreadPoolExecutor(4, "dns"))
        return _dns_pool[1]


def _resolve_by(host: str, port: int, deadline: float, timeout: float | None) -> list[str]:
    """``resolve`` within the connect timeout and the request's deadline.

    getaddrinfo() cannot be interrupted, so it runs on a small thread pool and we stop
    waiting when time is up: a hanging resolver fails the request on time instead of
    holding the worker (the lookup thread is free again when the system resolver gives up).
    """
    limit = _within(deadline, timeout, httpcore.ConnectTimeout)
    lookup = _dns_executor().submit(resolve, host, port)
    try:
        return lookup.result(timeout=limit)
    except concurrent.futures.TimeoutError:
        lookup.cancel()
        raise FetchError(
            f"could not resolve {host} in time (DNS took over {limit:.0f} s)"
        ) from None
    except (OSError, UnicodeError):
        raise FetchError(f"could not resolve {host} (DNS lookup failed)") from None


def _refusal(host: str, address: str) -> str:
    if host.strip("[]") == address.split("%")[0]:
        return f"refused: {host} is a private address"
    return f"refused: {host} resolves to a private address ({address})"


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, with its connection pool using ``GuardedBackend``."""

    def __init__(self, backend: GuardedBackend) -> None:
        context = ssl_context()
        super().__init__(verify=context, trust_env=False)
        # httpx offers no argument for the network backend, so replace the pool it built.
        self._pool = httpcore.ConnectionPool(ssl_context=context, network_backend=backend)


# --- fetching --------------------------------------------------------------------------


def fetch(
    url: str,
    *,
    method: str = "GET",
    params: httpx.QueryParams | Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    data: Mapping[str, Any] | bytes | str | None = None,
    json: Any = None,
    auth: httpx.Auth | tuple[str, str] | None = None,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int = MAX_BYTES,
    timeout: float = TOTAL_TIMEOUT,
    follow_redirects: bool = True,
) -> Response:
    """Fetch ``url`` and return its 2xx (or 304) answer; anything else raises FetchError.

    ``etag`` and ``last_modified`` make the request conditional; a 304 comes back as a
    Response with empty content. ``timeout`` bounds the whole request (tests shorten it).
    Without ``follow_redirects`` a redirect is an error answer like any other (webhooks:
    only a 2xx from the URL the manager gave counts).
    """
    started = time.monotonic()
    target = _checked_url(url)
    method = method.upper()
    request_headers = httpx.Headers({"User-Agent": USER_AGENT})
    request_headers.update(headers or {})
    request_headers["Accept-Encoding"] = "gzip, deflate"  # the encodings _Inflater handles
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    body: dict[str, Any] = {"json": json}
    body["content" if isinstance(data, bytes | str) else "data"] = data

    backend = GuardedBackend(
        deadline=started + timeout, allow_private=settings.ALLOW_PRIVATE_SOURCE_URLS
    )
    limits = httpx.Timeout(timeout, connect=min(CONNECT_TIMEOUT, timeout))
    transport = _GuardedTransport(backend)
    with httpx.Client(transport=transport, timeout=limits, trust_env=False) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            host = target.host
            try:
                with client.stream(
                    method, target, params=params, headers=request_headers, auth=auth, **body
                ) as response:
                    status = response.status_code
                    if (
                        not follow_redirects
                        or status not in REDIRECT_STATUSES
                        or "location" not in response.headers
                    ):
                        return _answer(response, host, max_bytes)
                    target = _redirect_target(response.url, response.headers["location"])
            except httpx.HTTPError as exc:
                raise _network_error(exc, host, time.monotonic() - started) from None
            params = None  # already part of the URL that redirected
            if _origin(target) != _origin(response.url):
                # Credentials were meant for the first host only.
                auth = None
                request_headers.pop("Authorization", None)
                request_headers.pop("Cookie", None)
            if method != "HEAD" and (status in (302, 303) or (status == 301 and method == "POST")):
                method, body = "GET", {}  # as browsers do; 307 and 308 keep method and body
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS}), last from {host}")


def _checked_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise FetchError(f"not a valid address: {str(url)[:200]}") from None
    if parsed.scheme not in ("http", "https"):
        shown = f"{parsed.scheme}:" if parsed.scheme else str(url)[:200]
        raise FetchError(f"only http:// and https:// addresses can be fetched, not {shown}")
    if not parsed.host:
        raise FetchError(f"not a valid address (no host): {str(url)[:200]}")
    return parsed.copy_with(fragment=None)


def _redirect_target(current: httpx.URL, location: str) -> httpx.URL:
    try:
        return _checked_url(str(current.join(location)))
    except (FetchError, httpx.InvalidURL) as exc:
        raise FetchError(f"{current.host} redirected to a refused address: {exc}") from None


def _origin(url: httpx.URL) -> tuple[str, str, int]:
    return url.scheme, url.host, url.port or {"http": 80, "https": 443}[url.scheme]


def _answer(response: httpx.Response, host: str, max_bytes: int) -> Response:
    status = response.status_code
    if status == 304:
        return Response(304, str(response.url), response.headers, b"")
    if not 200 <= status < 300:
        reason = response.reason_phrase or _phrase(status)
        retry_after = None
        if status in (429, 503):
            retry_after = parse_retry_after(response.headers.get("retry-after"))
        message = f"HTTP {status} {reason}".strip() + f" from {host}"
        detail = _error_detail(response, host)
        raise FetchError(
            f"{message}: {detail}" if detail else message,
            status=status,
            retry_after=retry_after,
            detail=detail,
        )
    content = b""
    if response.request.method != "HEAD":
        content = _read_body(response, host, max_bytes)
    return Response(status, str(response.url), response.headers, content)


ERROR_BODY_BYTES = 16 * 1024
ERROR_DETAIL_CHARS = 200
# Where APIs put the human-readable reason of an error (OAuth, Google, Reddit, Mastodon,
# Bluesky, Trustpilot, Algolia …), in the order we trust them.
_ERROR_KEYS = ("error_description", "message", "detail", "error", "errors", "msg", "reason")


def _error_detail(response: httpx.Response, host: str) -> str:
    """The server's own words about an error ("Invalid apikey", "invalid_grant"), when it
    said them as JSON or plain text in a small body: they tell a manager what to fix.

    Read under the same caps as any body (16 KiB here); HTML error pages are skipped (noise),
    and what is kept is one line of at most ERROR_DETAIL_CHARS printable characters.
    """
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not (kind.endswith("json") or kind == "text/plain"):  # application/json, …+json
        return ""
    try:
        body = _read_body(response, host, ERROR_BODY_BYTES)
    except (FetchError, httpx.HTTPError, OSError):
        return ""
    text = body.decode("utf-8", "replace")
    if kind != "text/plain":
        try:
            text = _json_reason(jsonlib.loads(text))
        except (ValueError, RecursionError):
            return ""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if len(line) > ERROR_DETAIL_CHARS:
        line = line[: ERROR_DETAIL_CHARS - 1].rstrip() + "…"
    return line


def _json_reason(data: Any, depth: int = 0) -> str:
    """The first error text found under the usual keys (a string, or a nested object or list
    holding one)."""
    if isinstance(data, str):
        return data
    if depth > 3:
        return ""
    if isinstance(data, list):
        return next((r for item in data[:3] if (r := _json_reason(item, depth + 1))), "")
    if isinstance(data, dict):
        for key in _ERROR_KEYS:
            if key in data and (reason := _json_reason(data[key], depth + 1)):
                return reason
    return ""


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _read_body(response: httpx.Response, host: str, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it passes ``max_bytes`` on the wire or decoded."""
    limit = _size(max_bytes)
    declared = response.headers.get("content-length", "")
    if is_digits(declared) and int(declared) > max_bytes:
        raise FetchError(
            f"response from {host} larger than {limit} ({_size(int(declared))} announced)"
        )
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported Content-Encoding {encoding!r} from {host}")
    inflater = None if encoding in ("", "identity") else _Inflater(encoding)
    body = bytearray()
    wire = 0
    for chunk in response.iter_raw():
        wire += len(chunk)
        if wire > max_bytes:
            raise FetchError(f"response from {host} larger than {limit} (cut at {limit})")
        try:
            pieces = [chunk] if inflater is None else inflater.feed(chunk)
            for piece in pieces:
                body += piece
                if len(body) > max_bytes:
                    raise FetchError(
                        f"response from {host} larger than {limit} once decompressed "
                        f"(cut at {limit})"
                    )
        except zlib.error:
            raise FetchError(f"invalid {encoding} data from {host}") from None
    return bytes(body)


class _Inflater:
    """gzip/deflate decoding in steps of at most INFLATE_STEP bytes.

    zlib would turn one 64 KiB chunk of a gzip bomb into 64 MiB at once; asking for a
    bounded amount at a time lets the caller stop as soon as the cap is passed.
    """

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.fed = False
        self.zlib = zlib.decompressobj(zlib.MAX_WBITS | 32)  # a gzip or zlib header

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            piece = self._step(data)
            yield piece
            data = self.zlib.unconsumed_tail
            if not data and len(piece) < INFLATE_STEP:
                return  # input used up and nothing left pending

    def _step(self, data: bytes) -> bytes:
        first, self.fed = not self.fed, True
        try:
            return self.zlib.decompress(data, INFLATE_STEP)
        except zlib.error:
            if not (first and self.encoding == "deflate"):
                raise
        # Some servers send "deflate" as a raw stream without the zlib header.
        self.zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        return self.zlib.decompress(data, INFLATE_STEP)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: either a number of seconds or an HTTP date."""
    value = (value or "").strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _network_error(exc: httpx.HTTPError, host: str, elapsed: float) -> FetchError:
    spent = _seconds(elapsed)
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(f"timed out after {spent} s connecting to {host}")
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"timed out after {spent} s waiting for {host}")
    cause: BaseException = exc
    while cause.__cause__ is not None or cause.__context__ is not None:
        cause = cause.__cause__ or cause.__context__  # type: ignore[assignment]
    if isinstance(cause, ssl.SSLCertVerificationError):
        return FetchError(f"TLS certificate of {host} not accepted: {cause.verify_message}")
    if isinstance(cause, ssl.SSLError):
        return FetchError(f"TLS error with {host}: {cause.reason or cause}")
    if isinstance(cause, ConnectionRefusedError):
        return FetchError(f"connection refused by {host}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError(f"could not connect to {host}: {cause}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return FetchError(f"{host} closed the connection or sent an invalid answer ({exc})")
    if isinstance(exc, httpx.NetworkError):
        return FetchError(f"connection to {host} broke off: {cause}")
    return FetchError(f"request to {host} failed: {exc}")


def _seconds(value: float) -> str:
    return f"{round(value, 1):g}"


def _size(count: int) -> str:
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{round(count / scale, 1):g} {unit}"
    return f"{count} bytes"
