"""Sentiment settings: label thresholds and the workspace's own lexicon."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from mentions.models import LexiconEntry, RescoreJob
from mentions.rescore import start_lexicon_rescore
from mentions.tasks import run_rescore
from orm_dashboard.audit import record
from orm_dashboard.celery import queue_on_commit
from orm_dashboard.ids import parse_id
from orm_dashboard.models import Role, Workspace
from orm_dashboard.tenancy import member_required, scoped


class LexiconForm(forms.Form):
    phrase = forms.CharField(
        max_length=100, help_text="A word or a short phrase, e.g. “sick” or “no brainer”."
    )
    valence = forms.FloatField(
        min_value=-4, max_value=4, help_text="From −4 (very negative) to +4 (very positive)."
    )
    language = forms.ChoiceField(
        required=False,
        choices=(),
        help_text="Scores only mentions in this language; “Every language” for brand words.",
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        from mentions.languages import scored_languages

        self.fields["language"].choices = [
            ("", "Every language"),
            *((code, language_name(code)) for code in scored_languages()),
        ]

    def clean_phrase(self) -> str:
        return " ".join(self.cleaned_data["phrase"].lower().split())


_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "nb": "Norwegian",
    "sv": "Swedish",
    "da": "Danish",
    "fi": "Finnish",
    "pl": "Polish",
    "lv": "Latvian",
    "uk": "Ukrainian",
}


def language_name(code: str) -> str:
    return _NAMES.get(code, code) if code else "Every language"


class ThresholdsForm(forms.ModelForm):
    class Meta:
        model = Workspace
        fields = ["positive_threshold", "negative_threshold"]
        labels = {
            "positive_threshold": "Positive from (compound ≥)",
            "negative_threshold": "Negative up to (compound ≤)",
        }

    def clean(self) -> dict:
        data = super().clean()
        pos, neg = data.get("positive_threshold"), data.get("negative_threshold")
        if pos is not None and neg is not None and not (-1 <= neg < pos <= 1):
            raise forms.ValidationError(
                "Use −1 ≤ negative < positive ≤ 1 (the usual values are −0.05 and 0.05)."
            )
        return data


def _shown_job(request: HttpRequest) -> RescoreJob | None:
    """The re-score running now (a lexicon change's or an upgrade's), else the last one a
    lexicon change started (an upgrade's that found nothing to change is no news here)."""
    jobs = scoped(request, RescoreJob)
    return jobs.filter(finished_at__isnull=True).first() or jobs.filter(scorer="").first()


def start_rescore(request: HttpRequest) -> RescoreJob:
    job = start_lexicon_rescore(request.workspace, request.user)
    # With the broker down the entry still saves; beat's resume_rescores starts the job later.
    queue_on_commit(run_rescore, job.pk)
    return job


def _render(
    request: HttpRequest, entry_form: LexiconForm, thresholds: ThresholdsForm
) -> HttpResponse:
    context = {
        "entries": [
            (entry, language_name(entry.language)) for entry in scoped(request, LexiconEntry)
        ],
        "entry_form": entry_form,
        "thresholds": thresholds,
        "job": _shown_job(request),
        "section": "sentiment",
    }
    return render(request, "mentions/settings/lexicon.html", context)


@member_required(Role.VIEWER)
@require_GET
def lexicon(request: HttpRequest) -> HttpResponse:
    return _render(
        request, LexiconForm(prefix="entry"), ThresholdsForm(instance=request.workspace, prefix="t")
    )


@member_required(Role.MANAGER)
@require_POST
def lexicon_change(request: HttpRequest) -> HttpResponse:
    """Add or remove a lexicon entry, or change the thresholds; then re-score recent mentions."""
    entry_form = LexiconForm(prefix="entry")
    thresholds = ThresholdsForm(instance=request.workspace, prefix="t")
    what = request.POST.get("what")
    with transaction.atomic():
        if what == "add":
            entry_form = LexiconForm(request.POST, prefix="entry")
            if entry_form.is_valid():
                entry, _ = LexiconEntry.objects.update_or_create(
                    workspace=request.workspace,
                    phrase=entry_form.cleaned_data["phrase"],
                    language=entry_form.cleaned_data.get("language") or "",
                    defaults={
                        "valence": entry_form.cleaned_data["valence"],
                        "created_by": request.user,
                    },
                )
                record(
                    request,
                    "lexicon.saved",
                    entry,
                    phrase=entry.phrase,
                    valence=entry.valence,
                    language=entry.language,
                )
                start_rescore(request)
                messages.success(
                    request, f"Saved “{entry.phrase}”. Recent mentions are being re-scored."
                )
                return redirect("lexicon", workspace=request.workspace.slug)
        elif what == "remove":
            entry_id = parse_id(request.POST.get("entry"))
            entry = scoped(request, LexiconEntry).filter(pk=entry_id).first() if entry_id else None
            if entry:
                record(request, "lexicon.removed", entry, phrase=entry.phrase)
                entry.delete()
                start_rescore(request)
                messages.success(
                    request, f"Removed “{entry.phrase}”. Recent mentions are being re-scored."
                )
            return redirect("lexicon", workspace=request.workspace.slug)
        elif what == "thresholds":
            thresholds = ThresholdsForm(request.POST, instance=request.workspace, prefix="t")
            if thresholds.is_valid():
                thresholds.save()
                record(
                    request, "sentiment.thresholds", request.workspace, **thresholds.cleaned_data
                )
                start_rescore(request)
                messages.success(
                    request, "Saved the thresholds. Recent mentions are being re-scored."
                )
                return redirect("lexicon", workspace=request.workspace.slug)
    return _render(request, entry_form, thresholds)


@member_required(Role.VIEWER)
@require_GET
def rescore_progress(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "mentions/settings/lexicon.html#progress",
        {"job": _shown_job(request)},
    )
