from __future__ import annotations

from django.urls import path

from reviews import views

urlpatterns = [path("", views.queue, name="review_queue")]
