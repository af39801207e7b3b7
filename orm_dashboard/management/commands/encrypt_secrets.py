"""Re-encrypt every stored credential with the current SECRET_KEY (after a key rotation)."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand

from orm_dashboard import vault


class Command(BaseCommand):
    help = (
        "Write every encrypted credential again under the current SECRET_KEY, so the keys in "
        "SECRET_KEY_FALLBACKS can be removed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        total = 0
        for model in apps.get_models():
            fields = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, vault.EncryptedJSONField | vault.EncryptedTextField)
            ]
            if fields:
                written = vault.rewrite(model, fields)
                total += written
                self.stdout.write(f"{model._meta.label}: {written} rewritten")
        self.stdout.write(f"{total} rows now encrypted with the current key.")
