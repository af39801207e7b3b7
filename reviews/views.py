from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from orm_dashboard.models import Role
from orm_dashboard.tenancy import member_required


@member_required(Role.VIEWER)
def queue(request: HttpRequest) -> HttpResponse:
    return render(request, "reviews/queue.html")
