"""The one crisis URL outside a workspace: the acknowledge link in alert emails needs no
login (its signed, single-use, expiring token is the credential), so it cannot live under
/w/<slug>/ where every view requires membership."""

from __future__ import annotations

from django.urls import path

from crisis import views

urlpatterns = [path("ack/<str:token>/", views.acknowledge_link, name="crisis_ack")]
