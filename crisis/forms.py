from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import available_timezones

from django import forms
from django.contrib.auth import get_user_model

from crisis.models import (
    AlertPreference,
    CrisisPolicy,
    Incident,
    OnCallShift,
    Playbook,
    Rota,
    Rule,
    RuleKind,
    Severity,
)
from mentions.forms import TermsField
from orm_dashboard.models import Role, time_zone_choices

LIMITS: dict[str, tuple[float, float]] = {
    "window_minutes": (5, 7 * 24 * 60),
    "baseline_days": (1, 60),
    "sigma": (0.5, 20),
    "min_count": (1, 100_000),
    "min_share_increase": (0.01, 1),
    "reach_threshold": (1, 10**12),
    "rating_drop": (0.1, 4),
    "silence_hours": (1, 24 * 30),
}


def members(workspace: Any, min_role: Role = Role.AGENT) -> Any:
    """People of the workspace who can own an incident or be on call (agents and managers)."""
    roles = [r for r in Role if r.allows(min_role)]
    return (
        get_user_model()
        .objects.filter(memberships__workspace=workspace, memberships__role__in=roles)
        .order_by("username")
    )


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        name = obj.get_full_name() or obj.get_username()
        return f"{name} <{obj.email}>" if obj.email else f"{name} (no email address)"


class RuleForm(forms.ModelForm):
    """Only the parameters the rule's kind reads, each with its limits."""

    class Meta:
        model = Rule
        fields = ["enabled", "severity", "pages", *LIMITS]
        labels = {
            "enabled": "Rule is on",
            "pages": "Pages the on-call person",
            "window_minutes": "Window (minutes)",
            "baseline_days": "Baseline (days)",
            "sigma": "k (robust spreads above the usual)",
            "min_count": "Minimum count",
            "min_share_increase": "Rise in negative share",
            "reach_threshold": "Author reach at least",
            "rating_drop": "Rating drop (stars)",
            "silence_hours": "Silent for (hours)",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name in LIMITS and name not in self.instance.params:
                del self.fields[name]
        for name, (low, high) in LIMITS.items():
            if name in self.fields:
                self.fields[name].widget.attrs.update(min=low, max=high)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name, (low, high) in LIMITS.items():
            value = data.get(name)
            if name in self.fields and value is not None and not low <= value <= high:
                self.add_error(name, f"Use a value from {low:g} to {high:g}.")
        return data


class PolicyForm(forms.ModelForm):
    def clean_repeat_count(self) -> int:
        value = self.cleaned_data.get("repeat_count")
        return self.instance.repeat_count if value is None else value

    def clean_reminder_minutes(self) -> int:
        value = self.cleaned_data.get("reminder_minutes")
        return self.instance.reminder_minutes if value is None else value

    keywords = TermsField(
        required=False,
        label="Trigger words",
        help_text="One per line. Any mention of a brand containing one of them fires the "
        "keyword rule (recall also finds recalls and recalled).",
    )
    fallback = MemberChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label="— nobody: go straight to the managers —",
        help_text="Paged when nobody is on shift, and next when a shift has no backup.",
    )

    class Meta:
        model = CrisisPolicy
        fields = [
            "keywords",
            "escalation_minutes",
            "repeat_count",
            "reminder_minutes",
            "cooldown_minutes",
            "fallback",
        ]
        labels = {
            "escalation_minutes": "Escalate after (minutes unacknowledged)",
            "repeat_count": "Page the whole chain again (times)",
            "reminder_minutes": "Then remind the managers every (minutes)",
            "cooldown_minutes": "Storm control cooldown (minutes)",
        }
        help_texts = {
            "cooldown_minutes": "At most one email per person per incident in this time, "
            "escalations excepted.",
        }

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fallback"].queryset = members(workspace)
        self.fields["escalation_minutes"].min_value = 1
        # Left out of a post (a page showing only some of the settings): kept as they are.
        for name in ("repeat_count", "reminder_minutes"):
            self.fields[name].required = False
        self.fields["repeat_count"].max_value = 10
        self.fields["reminder_minutes"].min_value = 0
        self.fields["reminder_minutes"].max_value = 24 * 60
        self.fields["reminder_minutes"].help_text = (
            "While a high or critical incident stays unacknowledged after the repeats. "
            "0: no reminders."
        )
        self.fields["escalation_minutes"].max_value = 24 * 60
        self.fields["cooldown_minutes"].max_value = 24 * 60

    def clean_escalation_minutes(self) -> int:
        value = self.cleaned_data["escalation_minutes"]
        if not 1 <= value <= 24 * 60:
            raise forms.ValidationError("Use 1 to 1440 minutes.")
        return value

    def clean_cooldown_minutes(self) -> int:
        value = self.cleaned_data["cooldown_minutes"]
        if value > 24 * 60:
            raise forms.ValidationError("Use at most 1440 minutes.")
        return value


class ShiftForm(forms.ModelForm):
    repeat_weeks = forms.IntegerField(
        min_value=0,
        max_value=26,
        initial=0,
        required=False,
        label="Repeat weekly for (weeks)",
        help_text="0: just this shift. 4: this shift and the same slot in the next 4 weeks.",
    )

    class Meta:
        model = OnCallShift
        fields = ["user", "backup", "starts_at", "ends_at"]
        labels = {"user": "On call", "backup": "Next person (backup)"}
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "ends_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }
        field_classes = {"user": MemberChoiceField, "backup": MemberChoiceField}

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        self.fields["user"].queryset = members(workspace)
        self.fields["backup"].queryset = members(workspace)
        self.fields["backup"].required = False
        self.fields["user"].empty_label = "— choose who is on call —"
        self.fields["backup"].empty_label = "— nobody: then the fallback, then the managers —"

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("starts_at"), data.get("ends_at")
        if start and end and end <= start:
            self.add_error("ends_at", "The shift must end after it starts.")
        if data.get("backup") and data.get("backup") == data.get("user"):
            self.add_error("backup", "The backup must be someone else.")
        return data

    def save_all(self) -> list[OnCallShift]:
        data = self.cleaned_data
        shifts = []
        for week in range(int(data.get("repeat_weeks") or 0) + 1):
            shifts.append(
                OnCallShift.objects.create(
                    workspace=self.workspace,
                    user=data["user"],
                    backup=data.get("backup"),
                    starts_at=data["starts_at"] + timedelta(weeks=week),
                    ends_at=data["ends_at"] + timedelta(weeks=week),
                )
            )
        return shifts


class QuietHoursForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=[])

    class Meta:
        model = AlertPreference
        fields = ["quiet_start", "quiet_end", "time_zone"]
        labels = {"quiet_start": "Quiet from", "quiet_end": "Quiet until"}
        widgets = {
            "quiet_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        help_texts = {
            "quiet_start": "Low-severity alerts wait until your quiet hours end. Medium, high "
            "and critical ones always come through.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [(z, z) for z in sorted(available_timezones())]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (data.get("quiet_start") is None) != (data.get("quiet_end") is None):
            raise forms.ValidationError("Give both ends of your quiet hours, or neither.")
        return data


class PlaybookForm(forms.ModelForm):
    class Meta:
        model = Playbook
        fields = ["title", "kind", "steps"]
        labels = {"kind": "For incidents of kind"}
        widgets = {"steps": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "Every kind of incident"), *RuleKind.choices]
        self.fields["kind"].help_text = ""  # the empty choice says it now

    def clean_steps(self) -> str:
        steps = [s.strip() for s in self.cleaned_data["steps"].splitlines() if s.strip()]
        if not steps:
            raise forms.ValidationError("Write at least one step.")
        if any(len(s) > 300 for s in steps):
            raise forms.ValidationError("Keep each step under 300 characters.")
        return "\n".join(steps)


class ResolveForm(forms.ModelForm):
    class Meta:
        model = Incident
        fields = ["postmortem_what", "postmortem_changed"]
        widgets = {
            "postmortem_what": forms.Textarea(attrs={"rows": 4}),
            "postmortem_changed": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "postmortem_what": "A few sentences: the cause, who was affected, how it unfolded.",
            "postmortem_changed": "What we did and what we change so it does not happen "
            "again (or why no change is needed).",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = True


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Add a note", max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class OwnerForm(forms.Form):
    owner = MemberChoiceField(
        queryset=get_user_model().objects.none(),
        label="Owner",
        empty_label="— nobody yet: choose the owner —",
    )

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = members(workspace)


class SeverityForm(forms.Form):
    severity = forms.ChoiceField(choices=Severity.choices)


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label="Search incidents", max_length=200)
    status = forms.ChoiceField(
        required=False,
        choices=[("", "Any status"), ("active", "Active (open or acknowledged)")]
        + [(s, label) for s, label in Incident._meta.get_field("status").choices],
    )
    brand = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, choices=[])

    def __init__(self, *args: Any, brands: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["brand"].choices = [("", "Any brand")] + [(b.pk, b.name) for b in brands]


LENGTHS = [(1, "Daily"), (7, "Weekly"), (14, "Every two weeks")]


class RotaForm(forms.ModelForm):
    """The rotation's rhythm: the first hand-over, its local time, and each turn's length."""

    time_zone = forms.ChoiceField(choices=time_zone_choices, label="Time zone")
    length_days = forms.IntegerField(
        min_value=1,
        max_value=28,
        label="Each person is on call for (days)",
        help_text="1: daily, 7: weekly, or any other number of days.",
    )

    class Meta:
        model = Rota
        fields = ["starts_on", "handover_time", "length_days", "time_zone"]
        labels = {"starts_on": "First hand-over", "handover_time": "Hand-over time"}
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "handover_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
