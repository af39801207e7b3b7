"""A real HTTP server on 127.0.0.1 that plays feeds and platform APIs in tests.

Routes are registered per path; each answers with a fixed response, a sequence of
responses (one per request, the last repeated), or a function of the request. Every
request is recorded so tests can assert what was sent (headers, conditional GETs, auth).
"""

from __future__ import annotations

import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    chunks: Iterator[bytes] | None = None  # streamed body without Content-Length

    def content(self) -> bytes:
        return self.body.encode() if isinstance(self.body, str) else self.body


Handler = Callable[[Request], Reply]


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                server.requests.append(request)
                handler = server.routes.get(parts.path)
                reply = handler(request) if handler else Reply(404, b"not found")
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.chunks is not None:
                        self.send_header("Connection", "close")
                        self.end_headers()
                        for chunk in reply.chunks:
                            self.wfile.write(chunk)
                        self.close_connection = True
                        return
                    body = reply.content()
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.timeout = 0.1  # handle_request() never blocks longer than that
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closing = threading.Event()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        """``serve_forever``, except that close() wakes it at once: serve_forever notices a
        shutdown only at its next poll, which cost every test that used a server up to
        50 ms (~9 s of the fast lane's 175 such tests)."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.httpd, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._closing.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self.httpd and not self._closing.is_set():
                        self.httpd.handle_request()

    def route(
        self,
        path: str,
        reply: Reply | list[Reply] | Handler | None = None,
        **kwargs: object,
    ) -> None:
        """Answer ``path`` with a Reply, a list of Replies in turn, a function, or Reply(**kwargs)."""
        if reply is None:
            reply = Reply(**kwargs)  # type: ignore[arg-type]
        if isinstance(reply, Reply):
            fixed = reply
            self.routes[path] = lambda request: fixed
        elif isinstance(reply, list):
            queue = list(reply)

            def in_turn(request: Request) -> Reply:
                return queue.pop(0) if len(queue) > 1 else queue[0]

            self.routes[path] = in_turn
        else:
            self.routes[path] = reply

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        """Stop listening; a test may close early (nobody listens any more), the fixture
        closes again."""
        if self._closing.is_set():
            return
        self._closing.set()
        self._wake_writer.send(b"x")
        self.thread.join()
        self.httpd.server_close()
        self._wake_reader.close()
        self._wake_writer.close()


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()
