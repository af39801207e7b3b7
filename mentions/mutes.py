"""Authors and sites muted per brand: marking a mention as spam can silence its source of noise.

Muting is per brand (a spammer for one client may be a journalist for another) and applies
to what is stored from then on; the brand's settings page lists the mutes and can undo them.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from mentions.models import Brand, Mention


def author_key(author: str) -> str:
    return " ".join(author.split()).casefold()


def site_key(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


class Mutes:
    """The mutes of a workspace's brands, loaded once per poll."""

    def __init__(self, brands: Iterable[Brand]) -> None:
        self.authors = {
            b.pk: {author_key(a) for a in b.muted_authors} for b in brands if b.muted_authors
        }
        self.sites = {b.pk: set(b.muted_sites) for b in brands if b.muted_sites}

    @classmethod
    def for_workspace(cls, workspace_id: int) -> Mutes:
        return cls(
            Brand.objects.filter(workspace_id=workspace_id).only(
                "id", "muted_authors", "muted_sites"
            )
        )

    def __bool__(self) -> bool:
        return bool(self.authors or self.sites)

    def is_muted(self, brand_id: int, author: str, url: str) -> bool:
        if author and author_key(author) in self.authors.get(brand_id, ()):
            return True
        return bool(url) and site_key(url) in self.sites.get(brand_id, ())


def mute(mention: Mention, what: str) -> list[str]:
    """Mute the mention's author or site for every brand it matched; returns the brand names."""
    value = author_key(mention.author) if what == "author" else site_key(mention.url)
    if not value:
        return []
    names = []
    for brand in Brand.objects.filter(matches__mention=mention):
        field = "muted_authors" if what == "author" else "muted_sites"
        current = getattr(brand, field)
        if value not in current:
            setattr(brand, field, [*current, value])
            brand.save(update_fields=[field])
        names.append(brand.name)
    return names
