from __future__ import annotations

from django.apps import AppConfig


class OrmDashboardConfig(AppConfig):
    name = "orm_dashboard"
    verbose_name = "Workspaces"

    def ready(self) -> None:
        from celery.signals import worker_ready

        from orm_dashboard import checks, leases  # noqa: F401  (checks registers system checks)

        worker_ready.connect(leases._release_on_worker_start, weak=False)
