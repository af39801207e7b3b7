from __future__ import annotations

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Review replies"

    def ready(self) -> None:
        # Register the review-platform connectors with the mentions connector registry.
        from orm_dashboard import widgets
        from reviews import connectors  # noqa: F401
        from reviews.widgets import overview_widgets

        widgets.register(overview_widgets)
