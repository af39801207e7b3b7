"""A person's own account (name, email, time zone) and "Forgot password?".

The reset is Django's own (PasswordResetView and friends, its single-use expiring token);
ours adds a rate limit that answers exactly as an allowed request does, so the page never
tells whether an address has an account or was limited.
"""

from __future__ import annotations

import hashlib
import logging

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from redis.exceptions import RedisError

from orm_dashboard import broker
from orm_dashboard.forms import AccountForm, LimitedPasswordResetForm, split_name
from orm_dashboard.models import Profile
from orm_dashboard.tenancy import zone_for

log = logging.getLogger(__name__)


@login_required
def account(request: HttpRequest) -> HttpResponse:
    user = request.user
    profile, _ = Profile.objects.get_or_create(user=user)
    form = AccountForm(
        request.POST or None,
        user=user,
        initial={
            "name": user.get_full_name(),  # type: ignore[union-attr]
            "email": user.email,  # type: ignore[union-attr]
            "time_zone": profile.time_zone,
        },
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user.first_name, user.last_name = split_name(form.cleaned_data["name"])  # type: ignore[union-attr]
            user.email = form.cleaned_data["email"]  # type: ignore[union-attr]
            user.save(update_fields=["first_name", "last_name", "email"])  # type: ignore[union-attr]
            profile.time_zone = form.cleaned_data["time_zone"]
            profile.save(update_fields=["time_zone"])
        messages.success(request, "Your account is saved.")
        return redirect("account")
    with timezone.override(zone_for(user)):
        return render(request, "orm_dashboard/account.html", {"form": form, "now": timezone.now()})


def _over_limit(request: HttpRequest, email: str) -> bool:
    """Count this request against its address and its client IP; True when either is over
    PASSWORD_RESET_LIMIT in the hour. Redis down: allow (a reset must not depend on it)."""
    limit = settings.PASSWORD_RESET_LIMIT
    keys = [
        "orm:pwreset:email:" + hashlib.sha256(email.strip().lower().encode()).hexdigest(),
        "orm:pwreset:ip:" + (get_client_ip_address(request) or "unknown"),
    ]
    try:
        pipe = broker.client().pipeline()
        for key in keys:
            pipe.set(key, 0, ex=3600, nx=True)  # the hour starts with the first request
            pipe.incr(key)
        counts = pipe.execute()[1::2]
    except RedisError as exc:
        log.warning("password reset rate limit unavailable: %s", exc)
        return False
    # An IP may ask for a few addresses (a shared office), an address only LIMIT times.
    return counts[0] > limit or counts[1] > limit * 3


class PasswordResetView(auth_views.PasswordResetView):
    form_class = LimitedPasswordResetForm
    success_url = reverse_lazy("password_reset_done")
    email_template_name = "registration/password_reset_email.txt"

    @property
    def extra_email_context(self) -> dict[str, str]:  # type: ignore[override]
        """Links point at SITE_URL, never at the Host header a request claims."""
        return {"site_url": settings.SITE_URL}

    def form_valid(self, form: LimitedPasswordResetForm) -> HttpResponse:
        if _over_limit(self.request, form.cleaned_data["email"]):
            log.info(
                "password reset limited for a request from %s", self.request.META.get("REMOTE_ADDR")
            )
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    success_url = reverse_lazy("password_reset_complete")
    post_reset_login = False
