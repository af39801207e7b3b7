"""Tokens in URLs are credentials; the logs must not hold them.

An alert email's acknowledge link, an invitation and a password reset carry their token in
the path (the URL part named ``token``), so an access log line or a "Gone: /crisis/ack/…"
warning would hand it to anyone who reads the logs. ``redact_tokens`` finds the paths in a
line, asks the URLconf which part is the token and replaces it, so a new URL with a
``<token>`` part is covered without being listed here. The web server's access log
(``AccessLogger``, gunicorn's ``--logger-class``) and Django's own log records
(``RedactTokens``, a filter on the handler) both go through it.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import unquote

from django.urls import resolve
from gunicorn.glogging import Logger

REDACTED = "[token]"
# A path, alone or in a URL: the part from its first "/" to a space, quote, "?" or "#".
_PATH = re.compile(r"(?:[a-z][a-z0-9+.-]*://[^/\s\"']*)?(/[^\s\"'?#]*)", re.IGNORECASE)


def _redact_path(path: str) -> str:
    try:
        token = resolve(unquote(path)).kwargs.get("token")
    except Exception:  # not one of our URLs (a 404, a probe): nothing of ours in it
        return path
    if not token:
        return path
    return "/".join(REDACTED if unquote(part) == token else part for part in path.split("/"))


def redact_tokens(text: str) -> str:
    """``text`` with the token of every one of our token URLs in it replaced."""
    if "/" not in text:
        return text
    return _PATH.sub(
        lambda m: m.group(0)[: m.start(1) - m.start(0)] + _redact_path(m.group(1)), text
    )


class RedactTokens(logging.Filter):
    """Django's records (a 404 or 410 names the path) without the tokens of our URLs."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact_tokens(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


class AccessLogger(Logger):
    """gunicorn's access log, every field (request line, path, referrer) without tokens."""

    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> dict:
        atoms = super().atoms(resp, req, environ, request_time)
        return {k: redact_tokens(v) if isinstance(v, str) else v for k, v in atoms.items()}
