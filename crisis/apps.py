from __future__ import annotations

from django.apps import AppConfig


class CrisisConfig(AppConfig):
    name = "crisis"

    def ready(self) -> None:
        from crisis import receivers  # noqa: F401  (connects the signal handlers)
        from crisis.widgets import overview_widgets
        from orm_dashboard import widgets

        widgets.register(overview_widgets)

        from crisis import workload
        from orm_dashboard import workload as core
        from orm_dashboard.signals import member_removed

        core.register_counter(workload.active_incidents)
        core.register_lister(workload.owned_by_me)
        member_removed.connect(workload.release_removed, dispatch_uid="crisis.release")

        from crisis.report_section import register_section

        register_section()
        from crisis.api import router
        from orm_dashboard.api import register

        register("/incidents", router)

        from crisis import events

        events.register()
