from __future__ import annotations

from typing import Any

from django import forms

from mentions.models import Source
from reviews.drafting import PLACEHOLDER, PLACEHOLDERS
from reviews.models import ReplyTemplate, ReviewSettings

RATING_CHOICES = [(n, "★" * n) for n in range(1, 6)]


class ReplyTemplateForm(forms.ModelForm):
    ratings = forms.TypedMultipleChoiceField(
        choices=RATING_CHOICES,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: offered for every rating.",
    )

    class Meta:
        model = ReplyTemplate
        fields = ["name", "text", "ratings", "sentiment", "language"]
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}
        labels = {"sentiment": "For reviews that are"}

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workspace = workspace

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        unknown = sorted({m for m in PLACEHOLDER.findall(text) if m not in PLACEHOLDERS})
        if unknown:
            raise forms.ValidationError(
                f"Unknown placeholder {', '.join('{' + u + '}' for u in unknown)}; use "
                + ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            )
        return text

    def clean_language(self) -> str:
        code = self.cleaned_data["language"].strip().lower()
        if code and not (2 <= len(code) <= 3 and code.isalpha()):
            raise forms.ValidationError("An ISO code such as en or de.")
        return code

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        clash = ReplyTemplate.objects.filter(workspace=self.workspace, name__iexact=name)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError("This workspace already has a template with this name.")
        return name

    def save(self, commit: bool = True) -> ReplyTemplate:
        self.instance.workspace = self.workspace
        return super().save(commit)


class ReviewSettingsForm(forms.ModelForm):
    class Meta:
        model = ReviewSettings
        fields = [
            "sla_hours_low",
            "sla_hours_mid",
            "sla_hours_high",
            "send_delay_minutes",
            "allow_self_approval",
            "public_contacts",
        ]
        widgets = {"public_contacts": forms.Textarea(attrs={"rows": 3})}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name in ("sla_hours_low", "sla_hours_mid", "sla_hours_high"):
            value = data.get(name)
            if value is not None and not 1 <= value <= 24 * 30:
                self.add_error(name, "Between 1 hour and 30 days.")
        if (data.get("send_delay_minutes") or 0) > 24 * 60:
            self.add_error("send_delay_minutes", "At most a day.")
        return data


class ImportForm(forms.Form):
    source = forms.ModelChoiceField(
        queryset=Source.objects.none(),
        label="Reviews source",
        empty_label="— choose the source the reviews come from —",
    )
    file = forms.FileField(
        label="CSV file",
        help_text="Columns: id, author, rating, date, title, text, url, language "
        "(rating and text are required).",
    )

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = Source.objects.filter(workspace=workspace, kind="manual")

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError("At most 5 MB per file.")
        return upload
