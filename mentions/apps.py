from __future__ import annotations

from django.apps import AppConfig


class MentionsConfig(AppConfig):
    name = "mentions"

    def ready(self) -> None:
        from mentions import workload
        from orm_dashboard import workload as core
        from orm_dashboard.signals import member_removed

        core.register_counter(workload.new_mentions)
        core.register_lister(workload.assigned_to_me)
        member_removed.connect(workload.unassign_removed, dispatch_uid="mentions.unassign")
        from mentions.api import brands_router, overview_router, router, sources_router
        from mentions.reports import sections  # noqa: F401  (registers the report sections)
        from orm_dashboard.api import register

        register("/brands", brands_router)
        register("/sources", sources_router)
        register("/mentions", router)
        register("/overview", overview_router)

        from mentions import events

        events.register()
