from __future__ import annotations

from django.urls import path

from mentions import lexicon_views, saved_views, settings_views, views
from mentions.overview import overview
from mentions.reports import views as report_views

urlpatterns = [
    path("", overview, name="overview"),
    path("mentions/", views.inbox_view, name="inbox"),
    path("mentions/new-count/", views.new_count, name="inbox_new_count"),
    path("mentions/bulk/", views.bulk_action, name="inbox_bulk"),
    path("mentions/export.csv", views.export_csv, name="inbox_export"),
    path("mentions/undo/", views.undo_action, name="inbox_undo"),
    path("mentions/views/", saved_views.save_view, name="saved_view_new"),
    path("mentions/views/tabs/", saved_views.view_tabs, name="saved_view_tabs"),
    path("mentions/views/<int:pk>/delete/", saved_views.delete_view, name="saved_view_delete"),
    path("mentions/<int:pk>/", views.mention_detail, name="mention"),
    path("mentions/<int:pk>/pane/", views.mention_pane, name="mention_pane"),
    path("mentions/<int:pk>/action/", views.mention_action, name="mention_action"),
    path("mentions/<int:pk>/notes/", views.add_note, name="mention_note"),
    path("mentions/<int:pk>/presence/", views.presence_ping, name="mention_presence"),
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
    path("settings/sentiment/", lexicon_views.lexicon, name="lexicon"),
    path("settings/sentiment/change/", lexicon_views.lexicon_change, name="lexicon_change"),
    path("settings/sentiment/rescore/", lexicon_views.rescore_progress, name="rescore_progress"),
]

urlpatterns += [
    path("reports/", report_views.report_list, name="reports"),
    path("reports/new/", report_views.report_edit, name="report_new"),
    path("reports/<int:pk>/", report_views.report_edit, name="report_edit"),
    path("reports/<int:pk>/delete/", report_views.report_delete, name="report_delete"),
    path("reports/<int:pk>/preview/", report_views.report_preview, name="report_preview"),
    path(
        "reports/<int:pk>/preview/email/",
        report_views.report_preview_email,
        name="report_preview_email",
    ),
    path(
        "reports/<int:pk>/preview.pdf", report_views.report_preview_pdf, name="report_preview_pdf"
    ),
    path("reports/<int:pk>/send/", report_views.report_send_now, name="report_send_now"),
    path("reports/sent/<int:pk>/", report_views.report_issue, name="report_issue"),
    path(
        "reports/sent/<int:pk>/email/", report_views.report_issue_email, name="report_issue_email"
    ),
    path(
        "reports/sent/<int:pk>/report.pdf", report_views.report_issue_pdf, name="report_issue_pdf"
    ),
    path("reports/sent/<int:pk>/note/", report_views.report_issue_note, name="report_issue_note"),
]
