"""Small helpers every test folder uses: workspace URLs and free local ports."""

from __future__ import annotations

import socket
from urllib.parse import urlencode

from django.urls import reverse


def url(name: str, /, *, query: dict[str, object] | None = None, **kwargs: object) -> str:
    """The path of a URL of the test workspace (``acme`` unless ``workspace=`` says)."""
    kwargs.setdefault("workspace", "acme")
    path = reverse(name, kwargs=kwargs)
    return f"{path}?{urlencode(query, doseq=True)}" if query else path


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now (for a server a test starts)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
