"""A demo workspace with content, so every page has something to show on an offline machine."""

from __future__ import annotations

import csv
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from mentions.connectors.base import Item
from mentions.connectors.rss import parse_feed
from mentions.ingest import ingest
from mentions.models import Brand, LexiconEntry, Source
from mentions.signals import demo_seeded
from orm_dashboard.env import env_str
from orm_dashboard.models import Membership, Role, Workspace

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
# The demo feeds are dated around this moment; on import they are shifted to "now".
REFERENCE = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


class Command(BaseCommand):
    help = "Create the demo workspace (brands acme and globex, users, sources, mentions)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing when the demo workspace exists"
        )

    def handle(self, *args: Any, if_empty: bool, **options: Any) -> None:
        if if_empty and Workspace.objects.filter(slug="demo").exists():
            return
        with transaction.atomic():
            workspace, _ = Workspace.objects.get_or_create(slug="demo", defaults={"name": "Demo"})
            acme = self.brand(
                workspace, "acme", "Acme", competitor=False, phrases=["Acme", "#acme"]
            )
            globex = self.brand(workspace, "globex", "Globex", competitor=True, phrases=["Globex"])
            password = self.users(workspace)
            self.report(workspace, acme, globex)
            self.lexicon(workspace)
            # Apps that build on mentions add their own demo content (reply templates).
            demo_seeded.send(sender=self.__class__, workspace=workspace)
            self.sources(workspace, acme)
            shift = timezone.now() - REFERENCE
            new = 0
            for path in sorted(DEMO_DIR.glob("*.xml")):
                result = parse_feed(path.read_bytes())
                for item in result.items:
                    if item.published_at:
                        item.published_at += shift
                new += ingest(workspace, result.items).new
            new += self.reviews(workspace, acme)
        self.stdout.write(self.style.SUCCESS(f"Demo workspace ready: {new} new demo mentions."))
        if password:
            self.stdout.write(f"Users agent, manager, viewer; password: {password}")

    def brand(
        self, workspace: Workspace, slug: str, name: str, *, competitor: bool, phrases: list[str]
    ) -> Brand:
        brand, _ = Brand.objects.get_or_create(
            workspace=workspace,
            slug=slug,
            defaults={"name": name, "is_competitor": competitor, "phrases": phrases},
        )
        return brand

    def users(self, workspace: Workspace) -> str:
        """Create agent, manager and viewer; returns the password when it was generated."""
        configured = env_str("DEMO_PASSWORD")
        password = configured or secrets.token_urlsafe(9)
        User = get_user_model()
        created_any = False
        for username, role, first, last in (
            ("agent", Role.AGENT, "Alex", "Rivera"),
            ("manager", Role.MANAGER, "Morgan", "Lee"),
            ("viewer", Role.VIEWER, "Vic", "Chen"),
        ):
            # Names, because people see them: assignees, timelines, a reply's signature.
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@demo.invalid",
                    "first_name": first,
                    "last_name": last,
                },
            )
            if created:
                user.set_password(password)
                user.save()
                created_any = True
            Membership.objects.get_or_create(
                user=user, workspace=workspace, defaults={"role": role}
            )
        # Administrators see the demo too.
        for admin in User.objects.filter(is_superuser=True):
            Membership.objects.get_or_create(
                user=admin, workspace=workspace, defaults={"role": Role.MANAGER}
            )
        return password if created_any and not configured else ""

    def report(self, workspace: Workspace, acme: Brand, globex: Brand) -> None:
        """A weekly client report to preview and send now; off, so the demo mails nobody."""
        from mentions.models import Report
        from mentions.reports import registry

        report, created = Report.objects.get_or_create(
            workspace=workspace,
            name="Weekly report",
            defaults={
                "client_name": "Acme Inc.",
                "outside_emails": ["client@demo.invalid"],
                "sections": [s.key for s in registry.all_sections()],
                "enabled": False,
                "next_note": "We answered every review and briefed the press on the recall.",
            },
        )
        if created:
            report.brands.set([acme])
            report.competitors.set([globex])
            report.members.set(get_user_model().objects.filter(username="manager"))

    def lexicon(self, workspace: Workspace) -> None:
        """What a team would teach the scorer. VADER knows "safety" (+1.8) but not "hazard",
        so "Acme skates are a safety hazard" would read as praise; it has no entry for
        "recall", so a product recall reads as neutral. The entries show on the Lexicon page
        and name themselves in the explanation of each mention they move."""
        manager = get_user_model().objects.filter(username="manager").first()
        for phrase, valence in (("safety hazard", -2.5), ("recall", -2.0)):
            LexiconEntry.objects.get_or_create(
                workspace=workspace,
                phrase=phrase,
                defaults={"valence": valence, "created_by": manager},
            )

    def reviews(self, workspace: Workspace, acme: Brand) -> int:
        """A few reviews (mentions with a rating) so the review queue has work to show."""
        source, _ = Source.objects.get_or_create(
            workspace=workspace,
            name="Demo reviews (replies posted by hand)",
            defaults={
                "kind": "manual",
                "brand": acme,
                "enabled": False,
                "config": {"platform_name": "Demo store"},
            },
        )
        now = timezone.now()
        with open(DEMO_DIR / "reviews.csv", newline="", encoding="utf-8") as handle:
            items = [
                Item(
                    external_id=f"demo-review-{row['id']}",
                    url=f"https://demo.orm-dashboard.invalid/reviews/{row['id']}",
                    title=row["title"],
                    text=row["text"],
                    author=row["author"],
                    rating=int(row["rating"]),
                    published_at=now - timedelta(hours=int(row["hours_ago"])),
                )
                for row in csv.DictReader(handle)
            ]
        return ingest(workspace, items, source_id=source.pk, bound_brand_id=acme.pk).new

    def sources(self, workspace: Workspace, acme: Brand) -> None:
        """Real public endpoints: they work when online and show an honest error offline."""
        later = timezone.now() + timedelta(minutes=1)
        demo_sources = [
            (
                "Google News: Acme",
                "rss",
                acme,
                {"url": "https://news.google.com/rss/search?q=%22Acme%22&hl=en-US"},
            ),
            ("Hacker News: Acme", "hackernews", None, {"query": "Acme"}),
            ("Reddit: Acme", "reddit", None, {"query": "Acme"}),
            (
                "Mastodon #acme",
                "mastodon",
                None,
                {"instance": "https://mastodon.social", "hashtag": "acme"},
            ),
            ("Bluesky: Acme", "bluesky", None, {"query": "Acme"}),
        ]
        for name, kind, brand, config in demo_sources:
            Source.objects.get_or_create(
                workspace=workspace,
                name=name,
                defaults={"kind": kind, "brand": brand, "config": config, "next_poll_at": later},
            )
