from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from orm_dashboard.models import Role
from orm_dashboard.tenancy import member_required


@member_required(Role.VIEWER)
def overview(request: HttpRequest) -> HttpResponse:
    return render(request, "mentions/overview.html")


@member_required(Role.VIEWER)
def inbox(request: HttpRequest) -> HttpResponse:
    return render(request, "mentions/inbox.html")
