"""Score a workspace's stored mentions again with the scorer as it is now.

Stored mentions keep the scores they were given until they are scored again. After an
upgrade that changed the scorer (``mentions.sentiment.VERSION``), the workers do this in the
background, newest first; this command does it now, in the foreground, and records the
whole history as done so the background does not repeat it. The overview's percentages,
the negative filter and the reports then compare like with like. A person's
label is never overwritten (only the model's own score beside it is refreshed), the hourly
counts follow each changed label, and each batch of 200 mentions is its own transaction, so
stopping it halfway loses nothing and running it again is safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from itertools import islice
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from mentions import sentiment
from mentions.matching import Matcher
from mentions.models import LexiconEntry, RescoreJob
from mentions.rescore import BATCH, mention_ids, score_mentions
from orm_dashboard import leases
from orm_dashboard.models import Workspace


class Command(BaseCommand):
    help = "Score stored mentions again (newest first), e.g. after the scorer improved."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--workspace",
            action="append",
            default=[],
            metavar="SLUG",
            help="only this workspace (repeatable); default: every workspace",
        )
        parser.add_argument(
            "--days",
            type=int,
            metavar="N",
            help="only mentions published in the last N days; default: all of them",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"]
        if days is not None and days < 1:
            raise CommandError("--days must be 1 or more")
        since = timezone.now() - timedelta(days=days) if days else None
        workspaces = Workspace.objects.filter(deleting_at__isnull=True).order_by("slug")
        if options["workspace"]:
            workspaces = workspaces.filter(slug__in=options["workspace"])
            missing = set(options["workspace"]) - {w.slug for w in workspaces}
            if missing:
                raise CommandError(f"no workspace {', '.join(sorted(missing))}")
        for workspace in workspaces:
            lexicon = LexiconEntry.for_workspace(workspace.pk)
            matcher = Matcher.for_workspace(workspace.pk)
            done = changed = 0
            for batch in _batches(mention_ids(workspace.pk, since)):
                changed += score_mentions(batch, lexicon=lexicon, matcher=matcher)
                done += len(batch)
                if done % (BATCH * 25) == 0:
                    self.stdout.write(f"{workspace.slug}: {done:,} …")
            self.stdout.write(
                f"{workspace.slug}: {done:,} mentions scored again, {changed:,} of them changed"
            )
            if since is None:
                _upgrade_done(workspace, done)


def _upgrade_done(workspace: Workspace, done: int) -> None:
    """The whole history is in line with this version of the scorer: the background job
    for it (running or not yet started) has nothing left to do."""
    finished = {"finished_at": timezone.now(), "done": done, "total": done, **leases.RELEASED}
    jobs = RescoreJob.objects.filter(workspace=workspace, scorer=sentiment.VERSION)
    if not jobs.update(**finished):
        RescoreJob.objects.create(workspace=workspace, scorer=sentiment.VERSION, **finished)


def _batches(ids: Iterator[int]) -> Iterator[list[int]]:
    while batch := list(islice(ids, BATCH)):
        yield batch
