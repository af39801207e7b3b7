"""Settings pages for integrations: API keys (webhooks and alert channels join them)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from orm_dashboard import apikeys, audit, webhooks
from orm_dashboard.channels import TRANSPORTS as channel_registry
from orm_dashboard.channels.delivery import send_test
from orm_dashboard.models import AlertChannel, ApiKey, Role, WebhookDelivery, WebhookEndpoint
from orm_dashboard.tenancy import get_object_for_member, member_required, scoped


class ApiKeyForm(forms.Form):
    name = forms.CharField(
        max_length=100, help_text="What uses it, e.g. “BI dashboard”: shown in the audit log."
    )
    scope = forms.ChoiceField(choices=ApiKey.Scope.choices, initial=ApiKey.Scope.READ)
    may_approve = forms.BooleanField(
        required=False,
        label="May approve review replies",
        help_text="Read-and-write keys only. Otherwise approval stays a person's act in the app.",
    )


@member_required(Role.MANAGER)
def api_keys(request: HttpRequest) -> HttpResponse:
    """List the workspace's keys; a new key is shown on the answer to its form, only then."""
    created = ""
    form = ApiKeyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _key, created = apikeys.create(
            request.workspace,  # type: ignore[attr-defined]
            form.cleaned_data["name"],
            form.cleaned_data["scope"],
            created_by=request.user,
            may_approve=form.cleaned_data["may_approve"],
        )
        form = ApiKeyForm()
    keys = scoped(request, ApiKey).select_related("created_by")
    response = render(
        request,
        "orm_dashboard/api_keys.html",
        {"keys": keys, "form": form, "created": created, "section": "api_keys"},
    )
    if created:
        response["Cache-Control"] = "no-store"  # the one page that shows the key
    return response


@member_required(Role.MANAGER)
@require_POST
def api_key_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    key = get_object_for_member(request, ApiKey, pk)
    if apikeys.revoke(key, request.user):
        messages.success(request, f"Revoked “{key.name}”: it no longer works.")
    return redirect("api_keys", workspace=request.workspace.slug)  # type: ignore[attr-defined]


# --- webhooks ------------------------------------------------------------------------------


class WebhookForm(forms.ModelForm):
    url = forms.URLField(
        max_length=2000,
        assume_scheme="https",
        label="URL",
        help_text="Where events are POSTed, signed the Standard Webhooks way. Private network "
        "addresses are refused unless the operator allows them.",
    )
    events = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple, choices=())
    brands = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Only mentions and reviews of these brands",
        help_text="For mention.created and review.created; none ticked: every brand.",
    )
    sentiments = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(s, s.capitalize()) for s in webhooks.SENTIMENTS],
        label="Only these sentiments",
        help_text="For mention.created and review.created; none ticked: every sentiment.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "events", "brands", "sentiments"]

    def __init__(self, *args: Any, workspace_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["events"].choices = [
            (e.name, f"{e.name} — {e.description}") for e in webhooks.EVENTS.values()
        ]
        self.fields["brands"].choices = webhooks.brand_choices(workspace_id)

    def clean_url(self) -> str:
        url: str = self.cleaned_data["url"]
        if urlsplit(url).scheme not in ("http", "https"):
            raise forms.ValidationError("Use an http or https address.")
        return url


@member_required(Role.MANAGER)
def webhook_list(request: HttpRequest) -> HttpResponse:
    """Endpoints, and a form for a new one; its secret is shown on the answer, only then."""
    workspace = request.workspace  # type: ignore[attr-defined]
    form = WebhookForm(request.POST or None, workspace_id=workspace.pk)
    if request.method == "POST" and form.is_valid():
        endpoint = form.save(commit=False)
        endpoint.workspace = workspace
        endpoint.secret = webhooks.new_secret()
        endpoint.created_by = request.user
        endpoint.save()
        audit.record(request, "webhook.created", endpoint, url=endpoint.url)
        return _secret_page(request, endpoint, endpoint.secret)
    endpoints = scoped(request, WebhookEndpoint)
    return render(
        request,
        "orm_dashboard/webhooks.html",
        {"endpoints": endpoints, "form": form, "section": "webhooks"},
    )


def _secret_page(request: HttpRequest, endpoint: WebhookEndpoint, secret: str) -> HttpResponse:
    response = _detail(request, endpoint, secret=secret)
    response["Cache-Control"] = "no-store"
    return response


def _detail(request: HttpRequest, endpoint: WebhookEndpoint, **extra: Any) -> HttpResponse:
    deliveries = (
        WebhookDelivery.objects.filter(endpoint=endpoint)
        .prefetch_related("tries")
        .order_by("-created_at", "-id")[:50]
    )
    return render(
        request,
        "orm_dashboard/webhook_detail.html",
        {
            "endpoint": endpoint,
            "deliveries": deliveries,
            "section": "webhooks",
            "overlap": endpoint.signing_secrets(timezone.now())[1:],
            **extra,
        },
    )


@member_required(Role.MANAGER)
def webhook_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, get_object_for_member(request, WebhookEndpoint, pk))


@member_required(Role.MANAGER)
@require_POST
def webhook_rotate(request: HttpRequest, pk: int) -> HttpResponse:
    endpoint = get_object_for_member(request, WebhookEndpoint, pk)
    secret = webhooks.rotate(endpoint)
    audit.record(request, "webhook.rotated", endpoint)
    return _secret_page(request, endpoint, secret)


@member_required(Role.MANAGER)
@require_POST
def webhook_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    endpoint = get_object_for_member(request, WebhookEndpoint, pk)
    if endpoint.enabled:
        name = request.user.get_full_name() or request.user.get_username()
        webhooks.disable(endpoint, f"Turned off by {name}.")
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(notice_owed=False)
        audit.record(request, "webhook.disabled", endpoint)
        messages.success(request, "Turned off: no events are sent to it.")
    else:
        webhooks.enable(endpoint)
        audit.record(request, "webhook.enabled", endpoint)
        messages.success(request, "Turned on: new events are sent to it again.")
    return redirect("webhook_detail", workspace=request.workspace.slug, pk=pk)  # type: ignore[attr-defined]


@member_required(Role.MANAGER)
@require_POST
def webhook_delete(request: HttpRequest, pk: int) -> HttpResponse:
    endpoint = get_object_for_member(request, WebhookEndpoint, pk)
    audit.record(request, "webhook.deleted", endpoint, url=endpoint.url)
    endpoint.delete()
    messages.success(request, "Webhook deleted.")
    return redirect("webhooks", workspace=request.workspace.slug)  # type: ignore[attr-defined]


@member_required(Role.MANAGER)
@require_POST
def webhook_resend(request: HttpRequest, pk: int) -> HttpResponse:
    delivery = get_object_for_member(
        request, WebhookDelivery.objects.select_related("endpoint"), pk
    )
    if webhooks.resend(delivery):
        audit.record(request, "webhook.resent", delivery.endpoint, msg_id=delivery.msg_id)
        messages.success(request, f"Sending {delivery.event} {delivery.msg_id} again.")
    else:
        messages.error(request, "Turn the endpoint on first.")
    return redirect("webhook_detail", workspace=request.workspace.slug, pk=delivery.endpoint_id)  # type: ignore[attr-defined]


# --- alert channels --------------------------------------------------------------------------


class ChannelForm(forms.Form):
    kind = forms.ChoiceField(label="Service", choices=())
    name = forms.CharField(max_length=100, help_text="e.g. “#crisis on Slack”.")
    scope = forms.ChoiceField(
        label="For",
        choices=[("me", "Me: what I am sent by email"), ("workspace", "The whole workspace")],
        help_text="A workspace channel gets every crisis page, escalation and approval digest "
        "of the workspace (managers only).",
    )
    url = forms.URLField(max_length=2000, assume_scheme="https", label="URL")
    token = forms.CharField(
        max_length=200, required=False, label="Access token", help_text="ntfy: protected topics."
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(t.kind, t.label) for t in channel_registry.values()]
        self.fields["url"].help_text = " · ".join(
            f"{t.label}: {t.fields[0][2]}" for t in channel_registry.values() if t.fields[0][2]
        )

    def clean_url(self) -> str:
        url: str = self.cleaned_data["url"]
        if urlsplit(url).scheme not in ("http", "https"):
            raise forms.ValidationError("Use an http or https address.")
        return url


def _my_channels(request: HttpRequest) -> Any:
    """The channels this member may see and change: their own, and the workspace's for
    managers (others' personal channels are not theirs to see)."""
    mine = Q(user=request.user)
    if request.membership.allows(Role.MANAGER):  # type: ignore[attr-defined]
        mine |= Q(user__isnull=True)
    return scoped(request, AlertChannel).filter(mine)


@member_required(Role.AGENT)
def channel_list(request: HttpRequest) -> HttpResponse:
    form = ChannelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["scope"] == "workspace" and not request.membership.allows(Role.MANAGER):  # type: ignore[attr-defined]
            raise PermissionDenied("Only managers add workspace channels")
        transport = channel_registry[data["kind"]]
        config = {"url": data["url"]}
        if data["token"]:
            config["token"] = data["token"]
        channel = AlertChannel.objects.create(
            workspace=request.workspace,  # type: ignore[attr-defined]
            user=None if data["scope"] == "workspace" else request.user,
            kind=data["kind"],
            name=data["name"],
            config=transport.prepare(config),
        )
        audit.record(request, "channel.created", channel, kind=channel.kind, name=channel.name)
        if channel.kind == "webhook":
            messages.success(
                request,
                f"Added “{channel.name}”. Its signing secret (shown once): "
                f"{channel.config['secret']}",
            )
        else:
            messages.success(request, f"Added “{channel.name}”. Send a test to check it.")
        return redirect("channels", workspace=request.workspace.slug)  # type: ignore[attr-defined]
    return render(
        request,
        "orm_dashboard/channels.html",
        {
            "channels": _my_channels(request).select_related("user"),
            "form": form,
            "section": "channels",
            "labels": {k: t.label for k, t in channel_registry.items()},
        },
    )


@member_required(Role.AGENT)
@require_POST
def channel_test(request: HttpRequest, pk: int) -> HttpResponse:
    channel = get_object_or_404(_my_channels(request), pk=pk)
    error = send_test(channel, request.user.get_full_name() or request.user.get_username())
    if error:
        messages.error(request, f"“{channel.name}” refused the test: {error}")
    else:
        messages.success(request, f"Test sent to “{channel.name}”.")
    return redirect("channels", workspace=request.workspace.slug)  # type: ignore[attr-defined]


@member_required(Role.AGENT)
@require_POST
def channel_delete(request: HttpRequest, pk: int) -> HttpResponse:
    channel = get_object_or_404(_my_channels(request), pk=pk)
    audit.record(request, "channel.deleted", channel, name=channel.name)
    channel.delete()
    messages.success(request, f"Deleted “{channel.name}”.")
    return redirect("channels", workspace=request.workspace.slug)  # type: ignore[attr-defined]
