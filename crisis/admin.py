from __future__ import annotations

from django.contrib import admin

from crisis.models import AlertDelivery, Incident, OnCallShift, Playbook, Rule


@admin.register(Incident)
class IncidentAdmin(admin.ModelAdmin):
    list_display = ["title", "workspace", "severity", "status", "owner", "opened_at"]
    list_filter = ["status", "severity", "kind"]
    search_fields = ["title"]


@admin.register(AlertDelivery)
class AlertDeliveryAdmin(admin.ModelAdmin):
    list_display = ["incident", "email", "kind", "level", "status", "attempts", "sent_at"]
    list_filter = ["status", "kind"]


admin.site.register([Rule, Playbook, OnCallShift])
