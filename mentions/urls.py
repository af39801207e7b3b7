from __future__ import annotations

from django.urls import path

from mentions import settings_views, views

urlpatterns = [
    path("", views.overview, name="overview"),
    path("mentions/", views.inbox, name="inbox"),
    path("settings/brands/", settings_views.brand_list, name="brands"),
    path("settings/brands/new/", settings_views.brand_edit, name="brand_new"),
    path("settings/brands/try/", settings_views.brand_try, name="brand_try"),
    path("settings/brands/<int:pk>/", settings_views.brand_edit, name="brand_edit"),
    path("settings/brands/<int:pk>/delete/", settings_views.brand_delete, name="brand_delete"),
    path("settings/sources/", settings_views.source_list, name="sources"),
    path("settings/sources/new/", settings_views.source_edit, name="source_new"),
    path("settings/sources/<int:pk>/", settings_views.source_detail, name="source_detail"),
    path("settings/sources/<int:pk>/edit/", settings_views.source_edit, name="source_edit"),
    path("settings/sources/<int:pk>/test/", settings_views.source_test, name="source_test"),
    path("settings/sources/<int:pk>/toggle/", settings_views.source_toggle, name="source_toggle"),
    path("settings/sources/<int:pk>/poll/", settings_views.source_poll_now, name="source_poll"),
    path("settings/sources/<int:pk>/delete/", settings_views.source_delete, name="source_delete"),
]
