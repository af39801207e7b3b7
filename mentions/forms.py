from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.utils.text import slugify

from mentions import connectors
from mentions.models import Brand, Source


def split_terms(value: str) -> list[str]:
    """One term per line (commas also separate), blanks dropped, duplicates removed."""
    seen: dict[str, None] = {}
    for line in value.replace(",", "\n").splitlines():
        term = " ".join(line.split())
        if term and term.casefold() not in {s.casefold() for s in seen}:
            seen[term] = None
    return list(seen)


class TermsField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: Any) -> str:
        return "\n".join(value) if isinstance(value, list) else (value or "")

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        terms = split_terms(super().to_python(value) or "")
        for term in terms:
            if len(term) > 200:
                raise forms.ValidationError("Each term must be at most 200 characters.")
        return terms


class BrandForm(forms.ModelForm):
    phrases = TermsField(
        required=False,
        label="Phrases (any of these)",
        help_text="One per line. Leave empty to search for the brand name.",
    )
    required = TermsField(required=False, label="Required words (all of these)")
    excluded = TermsField(required=False, label="Excluded words (none of these)")
    languages = TermsField(
        required=False,
        label="Languages",
        help_text="ISO codes such as en, de, fr. Empty: every language.",
    )

    muted_authors = TermsField(
        required=False,
        label="Muted authors",
        help_text="Their mentions are not kept for this brand. Added from the inbox's spam action.",
    )
    muted_sites = TermsField(
        required=False, label="Muted sites", help_text="Host names, e.g. spam.example."
    )

    class Meta:
        model = Brand
        fields = [
            "name",
            "is_competitor",
            "phrases",
            "required",
            "excluded",
            "languages",
            "muted_authors",
            "muted_sites",
        ]
        labels = {"is_competitor": "This is a competitor"}

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workspace = workspace

    def clean_languages(self) -> list[str]:
        codes = [c.lower() for c in self.cleaned_data["languages"]]
        bad = [c for c in codes if not (2 <= len(c) <= 3 and c.isalpha())]
        if bad:
            raise forms.ValidationError(f"Not a language code: {', '.join(bad)}")
        return codes

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        name = data.get("name") or ""
        slug = slugify(name)[:60] or "brand"
        clash = Brand.objects.filter(workspace=self.workspace, slug=slug)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            self.add_error("name", "This workspace already has a brand with this name.")
        self.instance.slug = slug
        self.instance.workspace = self.workspace
        return data


# Credentials are written, never shown again: a stored one is not put back into the page
# (not even as a password field's value), an empty field keeps it, and a "forget" box
# removes it.
SECRET_MARKS = ("secret", "password", "token", "json", "private_key", "api_key")


def is_secret(name: str) -> bool:
    """Whether a connector's config key holds a credential (key, secret, token, key file)."""
    return any(mark in name for mark in SECRET_MARKS)


def _lower_first(label: str) -> str:
    """'Refresh token' -> 'refresh token'; 'API secret' stays as it is."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


class SourceForm(forms.Form):
    """Name, brand binding and interval, plus the selected kind's own config fields."""

    name = forms.CharField(max_length=200)
    brand = forms.ModelChoiceField(
        queryset=Brand.objects.none(),
        required=False,
        empty_label="— generic: keep items that match any brand —",
        help_text="Bind the source to a brand when everything in it is about that brand "
        "(for example a Google Alert for the brand).",
    )
    interval_minutes = forms.IntegerField(
        min_value=1, max_value=24 * 60, initial=15, label="Poll every (minutes)"
    )

    def __init__(
        self, *args: Any, workspace: Any, kind: str, instance: Source | None = None, **kwargs: Any
    ) -> None:
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "name": instance.name,
                "brand": instance.brand_id,
                "interval_minutes": int(instance.interval.total_seconds() // 60),
                **{f"config_{k}": v for k, v in instance.config.items() if not is_secret(k)},
            }
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        self.kind = kind
        self.instance = instance
        self.connector = connectors.get(kind)
        self.fields["brand"].queryset = Brand.objects.filter(workspace=workspace)
        stored = instance.config if instance is not None else {}
        for name, (label, required, help_text) in self.connector.fields.items():
            secret = is_secret(name)
            widget = forms.PasswordInput() if secret else forms.TextInput()
            limit = 2000
            if "json" in name or "private_key" in name:  # key files: multi-line and longer
                widget, limit = forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}), 20000
            kept = secret and bool(stored.get(name))
            if kept:
                widget.attrs["placeholder"] = "Stored (not shown); leave empty to keep it"
            self.fields[f"config_{name}"] = forms.CharField(
                label=label,
                required=required and not kept,
                help_text=help_text,
                widget=widget,
                max_length=limit,
            )
            if kept and not required:
                self.fields[f"forget_{name}"] = forms.BooleanField(
                    required=False, label=f"Forget the stored {_lower_first(label)}"
                )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        raw = {name: data.get(f"config_{name}", "") for name in self.connector.fields}
        if self.instance is not None:
            for name, value in self.instance.config.items():
                keep = is_secret(name) and value and not data.get(f"forget_{name}")
                if keep and name in raw and not raw[name]:
                    raw[name] = value  # left empty: the stored credential stays
            # Keys the form does not show (a platform address override set by an operator)
            # stay as they are; the connector's validate() decides what it keeps.
            hidden = self.instance.config.items()
            raw = {**{k: v for k, v in hidden if k not in self.connector.fields}, **raw}
        try:
            data["config"] = self.connector.validate(raw)
        except connectors.ConfigError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return data

    def save(self) -> Source:
        source = self.instance or Source(workspace=self.workspace, kind=self.kind)
        data = self.cleaned_data
        if source.pk and source.config != data["config"]:
            # New address or query: start over with caching and cursors.
            source.etag = source.last_modified = ""
            source.state = {}
        source.name = data["name"]
        source.brand = data["brand"]
        source.interval = timedelta(minutes=data["interval_minutes"])
        source.config = data["config"]
        source.save()
        return source
