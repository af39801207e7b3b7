"""API keys: made by a manager, shown once, stored as a hash, found by their prefix.

A key reads ``orm_<prefix>_<secret>``. The prefix (8 characters) is kept in clear for the
lookup and for people to tell keys apart; the whole key is kept only as its SHA-256, which
is enough for 256 random bits (no dictionary to try) and costs microseconds per request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from orm_dashboard import audit
from orm_dashboard.models import ApiKey, Workspace

KEY_PREFIX = "orm_"
PREFIX_CHARS = 8
LAST_USED_EVERY = timedelta(minutes=1)  # last_used_at is written at most this often


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def prefix_of(key: str) -> str:
    """The lookup prefix of a presented key, or "" when it is not shaped like one of ours."""
    if not key.startswith(KEY_PREFIX):
        return ""
    prefix, sep, secret = key.removeprefix(KEY_PREFIX).partition("_")
    if not sep or len(prefix) != PREFIX_CHARS or len(secret) < 20:
        return ""
    return prefix


@transaction.atomic
def create(
    workspace: Workspace, name: str, scope: str, *, created_by: Any, may_approve: bool = False
) -> tuple[ApiKey, str]:
    """A new key and its clear text, which is never stored and cannot be shown again."""
    prefix = secrets.token_hex(PREFIX_CHARS // 2)
    while ApiKey.objects.filter(prefix=prefix).exists():  # pragma: no cover (2^32 values)
        prefix = secrets.token_hex(PREFIX_CHARS // 2)
    clear = f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    # The key's own user: its name is what the audit log and every history show.
    user = get_user_model()(
        username=f"api-key-{prefix}", first_name="API key", last_name=name[:150], is_active=False
    )
    user.set_unusable_password()
    user.save()
    key = ApiKey.objects.create(
        workspace=workspace,
        name=name,
        prefix=prefix,
        hashed=digest(clear),
        scope=scope,
        may_approve=may_approve and scope == ApiKey.Scope.WRITE,
        user=user,
        created_by=created_by,
    )
    audit.log(workspace, created_by, "api_key.created", key, name=name, scope=scope, prefix=prefix)
    return key, clear


def revoke(key: ApiKey, actor: Any) -> bool:
    done = ApiKey.objects.filter(pk=key.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if done:
        audit.log(key.workspace_id, actor, "api_key.revoked", key, name=key.name, prefix=key.prefix)
    return bool(done)


def lookup(presented: str) -> ApiKey | None:
    """The active key ``presented`` is, or None (unknown, mistyped, or revoked)."""
    prefix = prefix_of(presented)
    if not prefix:
        return None
    key = ApiKey.objects.select_related("workspace", "user").filter(prefix=prefix).first()
    if key is None or not hmac.compare_digest(key.hashed, digest(presented)):
        return None
    return key


def touch(key: ApiKey) -> None:
    """Record use, at most once a minute (not one write per request)."""
    now = timezone.now()
    if key.last_used_at is None or key.last_used_at < now - LAST_USED_EVERY:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
