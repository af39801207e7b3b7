"""Import feed files, directories or URLs through the same path as polling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mentions.connectors.rss import parse_feed
from mentions.ingest import ingest
from mentions.models import Brand
from orm_dashboard import http
from orm_dashboard.models import Workspace

FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".feed"}


class Command(BaseCommand):
    help = (
        "Import RSS/Atom from files, directories (recursively) or URLs into a workspace. "
        "Exit status 1 when any input could not be read."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("workspace", help="workspace slug")
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--brand", help="brand slug: everything imported is about it")

    def handle(
        self, *args: Any, workspace: str, inputs: list[str], brand: str | None, **kw: Any
    ) -> None:
        ws = Workspace.objects.filter(slug=workspace).first()
        if ws is None:
            raise CommandError(f"no workspace with slug {workspace!r}")
        bound = None
        if brand:
            bound = Brand.objects.filter(workspace=ws, slug=brand).first()
            if bound is None:
                raise CommandError(f"workspace {workspace!r} has no brand {brand!r}")
        new = duplicates = failed = total = 0
        for source, load in self.expand(inputs):
            total += 1
            try:
                content, content_type, url = load()
                result = parse_feed(content, content_type=content_type, url=url)
                with transaction.atomic():
                    stored = ingest(ws, result.items, bound_brand_id=bound.pk if bound else None)
            except http.FetchError as exc:
                failed += 1
                self.stderr.write(f"failed: {source}: {exc.message}")
                continue
            except OSError as exc:
                failed += 1
                self.stderr.write(f"failed: {source}: {exc.strerror or exc}")
                continue
            for warning in result.warnings:
                self.stderr.write(f"warning: {source}: {warning}")
            new += stored.new
            duplicates += stored.duplicates
        self.stdout.write(
            f"imported: {new} new, {duplicates} duplicate, {failed} failed (of {total} inputs)"
        )
        if failed:
            raise SystemExit(1)

    def expand(self, inputs: list[str]) -> list[tuple[str, Any]]:
        """Each input becomes (name, loader); directories expand to their feed files."""
        found: list[tuple[str, Any]] = []
        for raw in inputs:
            if raw.startswith(("http://", "https://")):
                found.append((raw, lambda url=raw: self.load_url(url)))
                continue
            path = Path(raw)
            if path.is_dir():
                files = sorted(
                    p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FEED_SUFFIXES
                )
                found.extend((str(p), lambda p=p: self.load_file(p)) for p in files)
            else:
                found.append((raw, lambda p=path: self.load_file(p)))
        return found

    @staticmethod
    def load_file(path: Path) -> tuple[bytes, str, str]:
        if not path.exists():
            raise OSError(f"no such file: {path}")
        if path.stat().st_size > http.MAX_BYTES:
            raise http.FetchError(f"file larger than {http.MAX_BYTES // (1024 * 1024)} MiB")
        return path.read_bytes(), "", ""

    @staticmethod
    def load_url(url: str) -> tuple[bytes, str, str]:
        response = http.fetch(url)
        return response.content, response.headers.get("content-type", ""), response.url
