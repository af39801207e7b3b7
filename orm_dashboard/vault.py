"""Credentials encrypted at rest: source settings and state, channel settings, webhook secrets.

A database dump or backup holds every client's platform tokens, app passwords, Slack and
Teams webhook URLs and signing secrets. These columns hold them encrypted with Fernet
(AES-128-CBC with HMAC-SHA256, from ``cryptography``), under a key derived from Django's
``SECRET_KEY``: the key to the data lives in the server's settings, not in the database.

Rotation follows Django's own: put the old key in ``SECRET_KEY_FALLBACKS`` and a new one in
``SECRET_KEY``; values are read with any of them and written with the new one, and
``manage.py encrypt_secrets`` rewrites every stored value with the new key, after which the
fallback can go. A value no key can read (the old key was dropped too soon) is read as empty
and logged: the source or channel then asks for its credentials again instead of failing
every page that lists it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

log = logging.getLogger(__name__)

PREFIX = "fernet:"  # what an encrypted value starts with; anything else is from before


def _fernet(secret_key: str) -> Fernet:
    digest = hashlib.sha256(b"orm-dashboard vault\x00" + secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


@cache
def _keys(secret_key: str, fallbacks: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([_fernet(secret_key), *(_fernet(k) for k in fallbacks)])


def keys() -> MultiFernet:
    """The current key first (it encrypts), then the fallbacks (they only decrypt)."""
    return _keys(settings.SECRET_KEY, tuple(settings.SECRET_KEY_FALLBACKS))


def encrypt(text: str) -> str:
    return PREFIX + keys().encrypt(text.encode()).decode()


def decrypt(stored: str) -> str | None:
    """The clear text; None when no configured key can read it."""
    if not stored.startswith(PREFIX):
        return stored  # written before encryption: read as it is, encrypted when next saved
    try:
        return keys().decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken:
        return None


def is_current(stored: str) -> bool:
    """Whether a stored value is encrypted with the current key (not a fallback, not clear)."""
    if not stored.startswith(PREFIX):
        return False
    try:
        _fernet(settings.SECRET_KEY).decrypt(stored[len(PREFIX) :].encode())
    except InvalidToken:
        return False
    return True


class EncryptedTextField(models.TextField):
    """A string stored encrypted; "" stays "" (nothing to hide, and forms test for it)."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if not value:
            return value
        clear = decrypt(value)
        if clear is None:
            log.error("%s: a stored secret cannot be read with SECRET_KEY or its fallbacks", self)
            return ""
        return clear

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        return encrypt(value) if value else value


class EncryptedJSONField(models.TextField):
    """A JSON object stored encrypted as text. Read as a dict; unreadable reads as {}."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is None:
            return value
        clear = decrypt(value)
        if clear is None:
            log.error("%s: stored secrets cannot be read with SECRET_KEY or its fallbacks", self)
            return {}
        return json.loads(clear)

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            clear = decrypt(value)
            return {} if clear is None else json.loads(clear)
        return value

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return value
        return encrypt(json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True))

    def value_to_string(self, obj: models.Model) -> str:
        return json.dumps(self.value_from_object(obj), cls=DjangoJSONEncoder)

    def formfield(self, **kwargs: Any) -> Any:
        from django import forms

        return super().formfield(**{"form_class": forms.JSONField, **kwargs})


def rewrite(model: type[models.Model], fields: list[str], *, clear: bool = False) -> int:
    """Write the stored ``fields`` of every row again: encrypted with the current key (values
    in clear or under a fallback key), or in clear (``clear``, to undo the migration that
    encrypted them). A value no key reads is left as it is. Returns the rows written.

    Works on the stored text, so it serves migrations (historical models) as well as
    ``manage.py encrypt_secrets``; the tables are small (sources, channels, endpoints).
    """
    from django.db import connection

    quote = connection.ops.quote_name
    table, columns = quote(model._meta.db_table), [quote(f) for f in fields]
    with connection.cursor() as cursor:
        # Identifiers from the model, quoted; no value is put in the SQL text.
        cursor.execute(f"SELECT id, {', '.join(columns)} FROM {table}")  # noqa: S608
        rows = cursor.fetchall()
    written = 0
    for pk, *stored in rows:
        new = []
        for value in stored:
            text = decrypt(value) if value else None
            if text is None:
                if value:
                    log.error("%s %s: a stored secret no key can read is left as it is", table, pk)
                new.append(value)
            elif clear:
                new.append(text)
            else:
                new.append(value if is_current(value) else encrypt(text))
        if new != stored:
            sets = ", ".join(f"{column} = %s" for column in columns)
            with connection.cursor() as cursor:
                cursor.execute(f"UPDATE {table} SET {sets} WHERE id = %s", [*new, pk])  # noqa: S608
            written += 1
    return written
