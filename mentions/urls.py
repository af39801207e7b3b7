from __future__ import annotations

from django.urls import path

from mentions import views

urlpatterns = [
    path("", views.overview, name="overview"),
    path("mentions/", views.inbox, name="inbox"),
]
