"""Numbers other apps contribute to the overview, without the overview importing them.

crisis and reviews register a function in their AppConfig.ready(); the overview (in
mentions) asks for all of them. Dependencies keep pointing one way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass
class Widget:
    title: str
    value: str
    url: str
    tone: str = ""  # "", "good", "bad" for colour
    hint: str = ""


_providers: list[Callable[[HttpRequest], list[Widget]]] = []


def register(
    provider: Callable[[HttpRequest], list[Widget]],
) -> Callable[[HttpRequest], list[Widget]]:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def collect(request: HttpRequest) -> list[Widget]:
    found: list[Widget] = []
    for provider in _providers:
        found.extend(provider(request))
    return found
