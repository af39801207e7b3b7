"""Make sure an administrator can log in on first start (used by `make run` and compose)."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from orm_dashboard.env import env_str
from orm_dashboard.models import Membership, Role, Workspace


class Command(BaseCommand):
    help = "Create the admin user (ADMIN_EMAIL / ADMIN_PASSWORD, else generated) if none exists."

    @transaction.atomic
    def handle(self, *args: object, **options: object) -> None:
        User = get_user_model()
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(f"Admin user: {existing.get_username()} (already exists)")
            return
        email = env_str("ADMIN_EMAIL", "admin@localhost")
        password = env_str("ADMIN_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        username = email.split("@", 1)[0] or "admin"
        admin = User.objects.create_superuser(username=username, email=email, password=password)
        if not Workspace.objects.exists():
            # A first workspace so the first login lands on a real page, not an empty one.
            workspace = Workspace.objects.create(name="My workspace", slug="my-workspace")
            Membership.objects.create(user=admin, workspace=workspace, role=Role.MANAGER)
        self.stdout.write(self.style.SUCCESS(f"Created admin user: {username}"))
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Generated password (shown once, change it after logging in): {password}"
                )
            )
