from __future__ import annotations

from django.apps import AppConfig


class OrmDashboardConfig(AppConfig):
    name = "orm_dashboard"
    verbose_name = "Workspaces"

    def ready(self) -> None:
        from orm_dashboard import checks  # noqa: F401  (registers system checks)
