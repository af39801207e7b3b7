from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from orm_dashboard import views

workspace_patterns = [
    path("", include("mentions.urls")),
    path("reviews/", include("reviews.urls")),
    path("crisis/", include("crisis.urls")),
    path("settings/", views.workspace_settings, name="settings"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"
    ),
    path("admin/", admin.site.urls),
    path("crisis/", include("crisis.public_urls")),  # the no-login acknowledge link
    path("w/<slug:workspace>/", include(workspace_patterns)),
]
