"""Forms for workspaces, members, invitations and a person's own account."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django import forms
from django.conf import global_settings, settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import PasswordResetForm
from django.urls import reverse
from django.utils.text import slugify

from orm_dashboard.models import Role, Workspace, time_zone_choices

# Paths under the site root a slug could be mistaken for (slugs live under /w/, but a
# workspace called "new" would read oddly next to /workspaces/new/).
RESERVED_SLUGS = {"new", "admin", "settings", "api", "static", "w", "switcher"}


def language_choices() -> list[tuple[str, str]]:
    names = dict(global_settings.LANGUAGES)
    return [(code, str(names.get(code, code))) for code in settings.SENTIMENT_LANGUAGES]


def free_slug(name: str) -> str:
    """The name as a slug, numbered when another workspace has it: the suggestion shown."""
    base = slugify(name)[:50].strip("-") or "client"
    candidate, n = base, 1
    while Workspace.objects.filter(slug=candidate).exists() or candidate in RESERVED_SLUGS:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def split_name(full: str) -> tuple[str, str]:
    """ "Alex Rivera" -> ("Alex", "Rivera"): Django keeps first and last name apart."""
    first, _, last = " ".join(full.split()).partition(" ")
    return first[:150], last[:150]


class WorkspaceForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=time_zone_choices, initial=lambda: settings.TIME_ZONE)
    language = forms.ChoiceField(choices=language_choices, initial="en")

    class Meta:
        model = Workspace
        fields = ["name", "slug", "time_zone", "language"]
        labels = {"name": "Client name", "slug": "Address"}
        help_texts = {
            "slug": "Lower-case letters, digits and dashes; the workspace lives at /w/<address>/. "
            "Suggested from the name; left empty, the suggestion is used.",
            "language": "The client's main language: a short post that could be one of "
            "several close languages (Norwegian or Danish, say) is read as this one. Each "
            "brand chooses the languages it watches.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["slug"].widget.attrs.update(
            {"data-slug-from": "id_name", "autocomplete": "off", "spellcheck": "false"}
        )
        if self.instance.pk is None:  # a new client: say whether the address is free
            self.fields["slug"].widget.attrs.update(
                {
                    "hx-get": reverse("workspace_address"),
                    "hx-trigger": "input changed delay:300ms, slug-suggested delay:300ms",
                    "hx-include": "#id_name",
                    "hx-target": "#address-check",
                    "hx-sync": "this:replace",
                    "aria-describedby": "address-check",
                }
            )
        self.fields["name"].widget.attrs["autofocus"] = True

    def clean_slug(self) -> str:
        slug = (self.cleaned_data.get("slug") or "").strip().lower()
        if not slug:
            return free_slug(self.data.get("name", "") or "")
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(f"“{slug}” is reserved; try “{free_slug(slug)}”.")
        taken = Workspace.objects.filter(slug=slug).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(
                f"Another workspace already uses the address “{slug}”; try “{free_slug(slug)}”."
            )
        return slug


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        error_messages={"invalid": "That is not an email address (like name@example.com)."},
    )
    role = forms.ChoiceField(choices=Role.choices, initial=Role.AGENT)


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)


class DeleteWorkspaceForm(forms.Form):
    confirm = forms.CharField(label="Type the workspace's address to confirm")

    def __init__(self, *args: Any, workspace: Workspace, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workspace = workspace

    def clean_confirm(self) -> str:
        typed = self.cleaned_data["confirm"].strip()
        if typed != self.workspace.slug:
            raise forms.ValidationError(
                f"That is not “{self.workspace.slug}”; nothing was deleted."
            )
        return typed


class AcceptNewPersonForm(forms.Form):
    """A new person joining through an invitation: their name, login and password."""

    name = forms.CharField(label="Your name", max_length=150)
    username = forms.CharField(
        label="Username",
        max_length=150,
        help_text="You log in with this. Letters, digits and @ . + - _ only.",
    )
    password1 = forms.CharField(label="Password", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="Password again", widget=forms.PasswordInput, strip=False)

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email
        self.fields[
            "password1"
        ].help_text = password_validation.password_validators_help_text_html()

    def clean_username(self) -> str:
        User = get_user_model()
        username = self.cleaned_data["username"].strip()
        User.username_validator(username)  # type: ignore[attr-defined]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("That username is taken; choose another.")
        return username

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "The two passwords differ.")
        elif p1:
            first, last = split_name(data.get("name", ""))
            probe = get_user_model()(
                username=data.get("username", ""),
                email=self.email,
                first_name=first,
                last_name=last,
            )
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return data

    def save(self) -> Any:
        first, last = split_name(self.cleaned_data["name"])
        return get_user_model().objects.create_user(
            username=self.cleaned_data["username"],
            email=self.email,
            password=self.cleaned_data["password1"],
            first_name=first,
            last_name=last,
        )


class AccountForm(forms.Form):
    """What a person sets for themselves (their password has its own page)."""

    name = forms.CharField(label="Name", max_length=150, required=False)
    email = forms.EmailField(
        label="Email address",
        error_messages={"invalid": "That is not an email address (like name@example.com)."},
    )
    time_zone = forms.ChoiceField(
        label="Time zone",
        choices=lambda: [("", "The workspace's time zone"), *time_zone_choices()],
        required=False,
        help_text="Times are shown in this zone; left empty, in each workspace's own.",
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip()
        others = get_user_model().objects.filter(email__iexact=email).exclude(pk=self.user.pk)
        if others.exists():
            raise forms.ValidationError("Another account uses this address.")
        return email

    def clean_time_zone(self) -> str:
        zone = self.cleaned_data.get("time_zone") or ""
        if zone and zone not in zoneinfo.available_timezones() and zone != "UTC":
            raise forms.ValidationError("Choose a time zone from the list.")
        return zone


class LimitedPasswordResetForm(PasswordResetForm):
    """Django's reset form; the view decides whether it may send (rate limit)."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
        error_messages={"invalid": "That is not an email address (like name@example.com)."},
    )
