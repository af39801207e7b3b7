from __future__ import annotations

from django.urls import path

from reviews import views

urlpatterns = [
    path("", views.queue, name="review_queue"),
    path("import/", views.import_csv, name="review_import"),
    path("settings/", views.review_settings, name="review_settings"),
    path("templates/", views.template_list, name="reply_templates"),
    path("templates/new/", views.template_edit, name="reply_template_new"),
    path("templates/<int:pk>/", views.template_edit, name="reply_template_edit"),
    path("templates/<int:pk>/delete/", views.template_delete, name="reply_template_delete"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/check/", views.check, name="review_check"),
    path("<int:pk>/save/", views.save, name="review_save"),
    path("<int:pk>/approve/", views.approve, name="review_approve"),
    path("<int:pk>/reject/", views.reject, name="review_reject"),
    path("<int:pk>/pull-back/", views.pull_back, name="review_pull_back"),
    path("<int:pk>/retry/", views.retry, name="review_retry"),
    path("<int:pk>/posted/", views.mark_posted, name="review_posted"),
    path("<int:pk>/no-reply/", views.no_reply_needed, name="review_no_reply"),
]
