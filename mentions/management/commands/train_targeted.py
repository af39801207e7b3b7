"""Train the learned second opinion on English labels toward brands (mentions.targeted_model)
on its corpus, and write its weights.

Run it after adding to ``mentions/training/targeted_en.jsonl`` or after changing the rules in
``mentions/sentiment.py`` (the model reads their result: ``tests/mentions/
test_targeted_model.py`` fails until it is trained again), then set a new
``mentions.sentiment.VERSION``. It takes about a minute and a half, and the same corpus and
rules always give the same weights.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from mentions import targeted_model


class Command(BaseCommand):
    help = "Train the English per-brand model on its corpus and write its weights."

    def handle(self, *args: Any, **options: Any) -> None:
        rows = targeted_model.corpus()
        content = targeted_model.build(rows)
        targeted_model.write(content)
        self.stdout.write(
            f"Trained on {content['texts']} texts ({content['labels']} labels): "
            f"{len(content['weights'])} weights in {targeted_model.WEIGHTS}."
        )
