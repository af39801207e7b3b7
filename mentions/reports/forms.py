"""The report definition form a manager fills in (Client reports, New report)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from mentions.models import Brand, Report
from mentions.reports import registry
from mentions.reports.periods import zone_names
from orm_dashboard.models import Workspace


class EmailListField(forms.CharField):
    """Outside addresses, one per line (commas and spaces work too)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: Any) -> str:
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value or ""

    def to_python(self, value: Any) -> list[str]:
        text = super().to_python(value) or ""
        found: list[str] = []
        for address in text.replace(",", " ").split():
            address = address.strip().lower()
            try:
                validate_email(address)
            except ValidationError as exc:
                raise ValidationError(f"{address!r} is not an email address.") from exc
            if address not in found:
                found.append(address)
        return found


class ReportForm(forms.ModelForm):
    outside_emails = EmailListField(
        required=False,
        label="Outside recipients",
        help_text="The client's addresses, one per line; each email has an unsubscribe link.",
    )
    sections = forms.MultipleChoiceField(
        choices=[], widget=forms.CheckboxSelectMultiple, label="Sections"
    )
    time_zone = forms.ChoiceField(choices=[], label="Time zone")

    class Meta:
        model = Report
        fields = [
            "name",
            "client_name",
            "brands",
            "competitors",
            "frequency",
            "weekday",
            "day_of_month",
            "send_time",
            "time_zone",
            "members",
            "outside_emails",
            "sections",
            "wait_for_note",
            "send_quiet",
            "next_note",
            "enabled",
        ]
        widgets = {
            "brands": forms.CheckboxSelectMultiple,
            "competitors": forms.CheckboxSelectMultiple,
            "members": forms.CheckboxSelectMultiple,
            "send_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "next_note": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "members": "Members who get it",
            "next_note": "What we did (for the next report)",
            "day_of_month": "Day of the month",
        }

    def __init__(self, *args: Any, workspace: Workspace, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        brands = Brand.objects.filter(workspace=workspace)
        self.fields["brands"].queryset = brands.filter(is_competitor=False)
        self.fields["brands"].help_text = "The client's brands the report is about."
        self.fields["competitors"].queryset = brands.filter(is_competitor=True)
        self.fields["members"].queryset = workspace.members.order_by("username")
        self.fields["members"].label_from_instance = lambda u: (
            f"{u.get_full_name() or u.get_username()} ({u.email or 'no email address'})"
        )
        self.fields["sections"].choices = registry.choices()
        self.fields["time_zone"].choices = [(z, z) for z in zone_names()]
        self.fields["day_of_month"].widget.attrs.update(min=1, max=31)
        if not self.instance.pk:  # a new report: every section, the workspace's time zone
            self.initial["sections"] = [key for key, _ in registry.choices()]
            self.initial["time_zone"] = getattr(workspace, "time_zone", "") or "UTC"

    def clean_day_of_month(self) -> int:
        day = self.cleaned_data["day_of_month"]
        if not 1 <= day <= 31:
            raise ValidationError("Choose a day from 1 to 31.")
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("members") and not data.get("outside_emails"):
            raise ValidationError("Choose at least one recipient: a member or an outside address.")
        return data
