from __future__ import annotations

import pytest

from mentions.ingest import ingest
from mentions.models import Brand, Mention
from tests.helpers import url
from tests.mentions.factories import brand, item

pytestmark = pytest.mark.django_db


def test_spam_mutes_the_author_for_that_brand_only(teammate_client, workspace) -> None:
    acme = brand(workspace)
    globex = brand(workspace, "Globex")
    ingest(workspace, [item(1, "Buy cheap Acme followers now", author="Spam Bot")])
    spam = Mention.objects.get()
    response = teammate_client.post(
        url("mention_action", pk=spam.pk), {"action": "spam", "value": "author"}
    )
    assert response.status_code == 302
    spam.refresh_from_db()
    assert spam.status == "ignored" and "spam" in spam.tags
    acme.refresh_from_db()
    assert acme.muted_authors == ["spam bot"]
    # Later items from that author are not kept for Acme, still kept for Globex.
    result = ingest(
        workspace,
        [
            item(2, "Acme deals again", author="SPAM  bot"),
            item(3, "Globex and Acme promo", author="Spam Bot"),
        ],
    )
    assert result.new == 1
    kept = Mention.objects.get(external_id="guid-3")
    assert [mb.brand_id for mb in kept.matches.all()] == [globex.pk]
    assert ingest(workspace, [item(4, "Acme is great", author="Someone Else")]).new == 1


def test_spam_mutes_the_site_in_bulk(teammate_client, workspace) -> None:
    acme = brand(workspace)
    ingest(workspace, [item(1, "Acme spam", url="https://www.spam.example/p/1")])
    spam = Mention.objects.get()
    teammate_client.post(url("inbox_bulk"), {"action": "spam", "value": "site", "ids": [spam.pk]})
    acme.refresh_from_db()
    assert acme.muted_sites == ["spam.example"]
    assert ingest(workspace, [item(2, "Acme spam", url="https://spam.example/p/2")]).new == 0


def test_mutes_are_undone_in_brand_settings(owner_client, workspace) -> None:
    acme = brand(workspace, muted_authors=["spam bot"], muted_sites=["spam.example"])
    page = owner_client.get(url("brand_edit", pk=acme.pk)).content.decode()
    assert "spam bot" in page and "spam.example" in page
    owner_client.post(
        url("brand_edit", pk=acme.pk),
        {"name": "Acme", "phrases": "Acme", "muted_authors": "", "muted_sites": ""},
    )
    acme.refresh_from_db()
    assert acme.muted_authors == [] and acme.muted_sites == []
    assert Brand.objects.count() == 1


def test_unknown_mute_value_is_refused(teammate_client, workspace) -> None:
    brand(workspace)
    ingest(workspace, [item(1)])
    mention = Mention.objects.get()
    response = teammate_client.post(
        url("mention_action", pk=mention.pk), {"action": "spam", "value": "everyone"}, follow=True
    )
    assert "Mute either the author or the site" in response.content.decode()
    mention.refresh_from_db()
    assert mention.status == "new"
