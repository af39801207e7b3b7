"""A database outage answers a clear 503 page, not a bare 500.

Postgres restarting (or unreachable) makes every query raise ``OperationalError`` or
``InterfaceError``. The middleware catches them from views; ``server_error`` (the 500
handler) catches them from anywhere else in the request, such as saving the session. The
page is rendered without a request context: the context processors would query the
database again. Anything else is still a 500.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views.defaults import server_error as django_server_error

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
OUTAGES = (OperationalError, InterfaceError)


def unavailable() -> HttpResponse:
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OUTAGES):
            log.error(
                "database unavailable during %s %s: %s", request.method, request.path, exception
            )
            return unavailable()
        return None


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the outage page when the error being handled is a database outage."""
    if isinstance(sys.exc_info()[1], OUTAGES):
        return unavailable()
    return django_server_error(request)
