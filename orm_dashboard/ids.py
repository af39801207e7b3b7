"""Numbers from request text and feeds: ASCII digits only, within a database id's range.

``str.isdigit()`` is true for "²" (which ``int()`` refuses: a 500 where a 404 or a message
was meant) and for "١٢" (which ``int()`` reads as 12); Postgres keys are bigints. Every id
or count a view or connector reads from text goes through here.
"""

from __future__ import annotations

import re

MAX_ID = 2**63 - 1  # a bigint
_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_int(value: object, low: int = 0, high: int = MAX_ID) -> int | None:
    """``value`` (text of ASCII digits, nothing else) as an int from low to high, else None."""
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if low <= number <= high else None


def parse_id(value: object) -> int | None:
    """A row id (1 and up) from request text, else None."""
    return parse_int(value, low=1)


def is_digits(value: object) -> bool:
    """ASCII digits only, as ``str.isdigit()`` is often mistaken to mean."""
    return isinstance(value, str) and value.isascii() and value.isdigit()
