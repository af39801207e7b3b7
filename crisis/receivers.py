"""crisis listens to mentions; mentions never imports crisis."""

from __future__ import annotations

import logging
from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from mentions.models import Brand
from mentions.signals import mentions_stored
from orm_dashboard.models import Workspace

log = logging.getLogger(__name__)


@receiver(mentions_stored, dispatch_uid="crisis.evaluate_on_store")
def evaluate_on_store(sender: Any, workspace_id: int, brand_ids: list[int], **kwargs: Any) -> None:
    """Sent after the ingest committed: queue the brands' evaluation.

    A broker hiccup must not fail the poll that stored the mentions; beat's scheduled
    evaluation catches up.
    """
    from crisis.tasks import evaluate_brands

    if not brand_ids:
        return
    try:
        evaluate_brands.delay(workspace_id, list(brand_ids))
    except Exception:
        log.exception("could not queue crisis evaluation for workspace %s", workspace_id)


@receiver(post_save, sender=Brand, dispatch_uid="crisis.default_rules")
def default_rules(sender: Any, instance: Brand, created: bool, **kwargs: Any) -> None:
    """A new brand is watched at once, with every rule at its defaults."""
    if created and not kwargs.get("raw"):
        from crisis.models import Rule

        Rule.ensure_defaults(instance)


@receiver(post_save, sender=Workspace, dispatch_uid="crisis.default_playbook")
def default_playbook(sender: Any, instance: Workspace, created: bool, **kwargs: Any) -> None:
    """A new workspace starts with the default playbook, made here once, so no page makes
    it on a visit (and a deleted playbook stays deleted)."""
    if created and not kwargs.get("raw"):
        from crisis.models import Playbook

        Playbook.create_default(instance.pk)
