from __future__ import annotations

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Review replies"

    def ready(self) -> None:
        # Importing connectors registers the review platforms with the mentions connector
        # registry; importing demo connects the demo's reply templates to seed_demo.
        from orm_dashboard import widgets
        from reviews import connectors, demo  # noqa: F401
        from reviews.widgets import overview_widgets

        widgets.register(overview_widgets)

        from orm_dashboard import workload as core
        from reviews import workload

        core.register_counter(workload.reviews_to_answer)
        core.register_lister(workload.awaiting_my_approval)

        from reviews.report_section import register_section

        register_section()
        from orm_dashboard.api import register
        from reviews.api import replies_router, router

        register("/reviews", router)
        register("/replies", replies_router)

        from reviews import events

        events.register()
