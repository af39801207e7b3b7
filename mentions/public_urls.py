"""Report URLs outside /w/<slug>/: the unsubscribe link works without login (signed)."""

from __future__ import annotations

from django.urls import path

from mentions.reports.views import unsubscribe

urlpatterns = [
    path("unsubscribe/<str:token>/", unsubscribe, name="report_unsubscribe"),
]
