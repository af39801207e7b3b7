from __future__ import annotations

from django.urls import path

from crisis import views

urlpatterns = [
    path("", views.incident_list, name="incidents"),
    path("<int:pk>/", views.incident_detail, name="incident"),
    path("<int:pk>/acknowledge/", views.incident_acknowledge, name="incident_acknowledge"),
    path("<int:pk>/owner/", views.incident_owner, name="incident_owner"),
    path("<int:pk>/severity/", views.incident_severity, name="incident_severity"),
    path("<int:pk>/note/", views.incident_note, name="incident_note"),
    path("<int:pk>/link/", views.incident_link, name="incident_link"),
    path("<int:pk>/checklist/<int:item>/", views.incident_check, name="incident_check"),
    path("<int:pk>/resolve/", views.incident_resolve, name="incident_resolve"),
    path("<int:pk>/reopen/", views.incident_reopen, name="incident_reopen"),
    path("settings/rules/", views.rule_list, name="crisis_rules"),
    path("settings/rules/<int:pk>/", views.rule_edit, name="crisis_rule_edit"),
    path("settings/rules/<int:pk>/preview/", views.rule_preview, name="crisis_rule_preview"),
    path("settings/policy/", views.policy_edit, name="crisis_policy"),
    path("settings/on-call/", views.oncall, name="crisis_oncall"),
    path("settings/on-call/rota/", views.rota_edit, name="crisis_rota"),
    path("settings/on-call/rota/people/", views.rota_people, name="crisis_rota_people"),
    path("settings/on-call/shifts/", views.shift_new, name="crisis_shift_new"),
    path(
        "settings/on-call/shifts/<int:pk>/delete/", views.shift_delete, name="crisis_shift_delete"
    ),
    path("settings/on-call/quiet-hours/", views.quiet_hours, name="crisis_quiet_hours"),
    path("settings/playbooks/", views.playbook_list, name="crisis_playbooks"),
    path("settings/playbooks/new/", views.playbook_edit, name="crisis_playbook_new"),
    path("settings/playbooks/<int:pk>/", views.playbook_edit, name="crisis_playbook_edit"),
    path(
        "settings/playbooks/<int:pk>/delete/", views.playbook_delete, name="crisis_playbook_delete"
    ),
]
