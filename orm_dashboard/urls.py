from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from orm_dashboard import account_views, integration_views, member_views, views, workspace_views
from orm_dashboard.api import api

workspace_patterns = [
    path("", include("mentions.urls")),
    path("reviews/", include("reviews.urls")),
    path("crisis/", include("crisis.urls")),
    path("settings/", member_views.members, name="settings"),
    path("settings/members/invite/", member_views.invite, name="member_invite"),
    path("settings/members/<int:pk>/role/", member_views.change_role, name="member_role"),
    path("settings/members/<int:pk>/remove/", member_views.remove, name="member_remove"),
    path("settings/invitations/<int:pk>/resend/", member_views.resend, name="invitation_resend"),
    path("settings/invitations/<int:pk>/revoke/", member_views.revoke, name="invitation_revoke"),
    path("settings/workspace/", workspace_views.workspace_edit, name="workspace_edit"),
    path(
        "settings/workspace/archive/",
        workspace_views.workspace_archive,
        name="workspace_archive",
    ),
    path("settings/workspace/delete/", workspace_views.workspace_delete, name="workspace_delete"),
    path("switcher/", workspace_views.switcher, name="switcher"),
    path("settings/api-keys/", integration_views.api_keys, name="api_keys"),
    path(
        "settings/api-keys/<int:pk>/revoke/",
        integration_views.api_key_revoke,
        name="api_key_revoke",
    ),
    path("settings/webhooks/", integration_views.webhook_list, name="webhooks"),
    path("settings/webhooks/<int:pk>/", integration_views.webhook_detail, name="webhook_detail"),
    path(
        "settings/webhooks/<int:pk>/rotate/",
        integration_views.webhook_rotate,
        name="webhook_rotate",
    ),
    path(
        "settings/webhooks/<int:pk>/toggle/",
        integration_views.webhook_toggle,
        name="webhook_toggle",
    ),
    path(
        "settings/webhooks/<int:pk>/delete/",
        integration_views.webhook_delete,
        name="webhook_delete",
    ),
    path(
        "settings/webhooks/deliveries/<int:pk>/resend/",
        integration_views.webhook_resend,
        name="webhook_resend",
    ),
    path("settings/channels/", integration_views.channel_list, name="channels"),
    path("settings/channels/<int:pk>/test/", integration_views.channel_test, name="channel_test"),
    path(
        "settings/channels/<int:pk>/delete/",
        integration_views.channel_delete,
        name="channel_delete",
    ),
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
    path("password/reset/", account_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            extra_context={"reset_minutes": settings.PASSWORD_RESET_TIMEOUT // 60}
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("account/", account_views.account, name="account"),
    path("workspaces/", workspace_views.workspace_list, name="workspace_list"),
    path("workspaces/new/", workspace_views.new_workspace, name="workspace_new"),
    path("workspaces/new/address/", workspace_views.address_check, name="workspace_address"),
    path("my-work/", workspace_views.my_work, name="my_work"),
    path("invitation/<str:token>/", member_views.invitation, name="invitation"),
    path("admin/", admin.site.urls),
    path("crisis/", include("crisis.public_urls")),  # the no-login acknowledge link
    path("reports/", include("mentions.public_urls")),  # the no-login unsubscribe link
    path("w/<slug:workspace>/", include(workspace_patterns)),
    path("api/v1/", api.urls),
]

handler500 = "orm_dashboard.outage.server_error"
