from __future__ import annotations

from django.apps import AppConfig


class CrisisConfig(AppConfig):
    name = "crisis"

    def ready(self) -> None:
        from crisis import receivers  # noqa: F401  (connects the signal handlers)
        from crisis.widgets import overview_widgets
        from orm_dashboard import widgets

        widgets.register(overview_widgets)
