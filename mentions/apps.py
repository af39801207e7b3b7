from __future__ import annotations

from django.apps import AppConfig


class MentionsConfig(AppConfig):
    name = "mentions"
