from __future__ import annotations

from django.urls import path

from crisis import views

urlpatterns = [path("", views.incidents, name="incidents")]
