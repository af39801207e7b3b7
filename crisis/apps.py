from __future__ import annotations

from django.apps import AppConfig


class CrisisConfig(AppConfig):
    name = "crisis"

    def ready(self) -> None:
        from crisis import receivers  # noqa: F401  (connects the signal handlers)
