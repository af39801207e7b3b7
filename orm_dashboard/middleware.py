"""Response headers that depend on who asked and on what the URL carries."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control


def private_responses(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """A logged-in person's pages (and the CSV export) are theirs: ``private, no-store`` keeps
    them out of shared caches and off the disk, where the back button of a shared computer
    or a proxy would show them to the next person.

    A URL with a ``token`` part (the acknowledge link, an invitation, a password reset) is a
    credential: its page is not stored either, and its Referer carries only our origin, so the
    token does not travel to the next page's server or its logs (orm_dashboard/logs.py keeps
    it out of ours).
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        match = request.resolver_match
        has_token = match is not None and "token" in match.kwargs
        if has_token:
            # strict-origin, not no-referrer: the Referer carries the origin only (never the
            # token's path), while no-referrer makes browsers send "Origin: null" on the
            # page's own POST forms (accept the invitation, set a password, acknowledge),
            # which Django's CSRF check refuses.
            response.headers["Referrer-Policy"] = "strict-origin"
        user = getattr(request, "user", None)
        if has_token or (user is not None and user.is_authenticated):
            patch_cache_control(response, private=True, no_store=True)
        return response

    return middleware
