from __future__ import annotations

import gzip
import subprocess
import sys

import pytest
from django.core.management import call_command

from mentions.models import Brand, Mention, MentionBrand, Source
from orm_dashboard.models import Workspace
from tests.conftest import BASE_DIR, child_env
from tests.localserver import Reply
from tests.mentions.factories import brand, entries, rss_feed


def run_import(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "import_feed", *args],
        cwd=BASE_DIR,
        env=child_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.process
def test_import_files_directories_and_urls(workspace, tmp_path, http_server) -> None:
    brand(workspace)
    (tmp_path / "a.xml").write_text(rss_feed(entries(3, guid_prefix="a")))
    nested = tmp_path / "more" / "deeper"
    nested.mkdir(parents=True)
    (nested / "b.rss").write_text(rss_feed(entries(2, guid_prefix="b")))
    (nested / "notes.txt").write_text("not a feed, and not picked up")
    http_server.route(
        "/c.xml",
        Reply(200, rss_feed(entries(1, guid_prefix="c")), {"Content-Type": "application/rss+xml"}),
    )
    result = run_import(
        "acme", str(tmp_path / "a.xml"), str(tmp_path / "more"), f"{http_server.url}/c.xml"
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip().splitlines()[-1]
        == "imported: 3 new, 3 duplicate, 0 failed (of 3 inputs)"
    )
    assert Mention.objects.count() == 3  # the stories share links: same URL = same mention


@pytest.mark.django_db(transaction=True)
@pytest.mark.process
def test_import_reports_each_failure_without_traceback(workspace, tmp_path, http_server) -> None:
    brand(workspace)
    (tmp_path / "good.xml").write_text(rss_feed(entries(2)))
    (tmp_path / "garbage.xml").write_bytes(b"\x00\x01 this is not xml at all")
    (tmp_path / "bomb.xml").write_bytes(gzip.compress(b"x" * 1000))
    result = run_import(
        "acme", str(tmp_path), str(tmp_path / "missing.xml"), f"{http_server.url}/404"
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert any(line.startswith(f"failed: {tmp_path / 'missing.xml'}") for line in lines)
    assert any("garbage.xml" in line and "not a feed" in line for line in lines)
    assert any("/404" in line and "404" in line for line in lines)
    assert result.stdout.strip().endswith("imported: 2 new, 0 duplicate, 4 failed (of 5 inputs)")


@pytest.mark.django_db(transaction=True)
@pytest.mark.process
def test_import_url_goes_through_the_safe_client(workspace, http_server) -> None:
    brand(workspace)
    http_server.route(
        "/feed", Reply(200, rss_feed(entries(1)), {"Content-Type": "application/rss+xml"})
    )
    result = run_import("acme", f"{http_server.url}/feed", ALLOW_PRIVATE_SOURCE_URLS="false")
    assert result.returncode == 1
    assert "private" in result.stderr
    assert Mention.objects.count() == 0


@pytest.mark.django_db
def test_import_with_bound_brand_and_unknown_names(workspace, tmp_path, capsys) -> None:
    acme = brand(workspace)
    (tmp_path / "f.xml").write_text(
        rss_feed(
            [
                {
                    "guid": "1",
                    "link": "https://x.example/1",
                    "title": "No names here",
                    "description": "x",
                }
            ]
        )
    )
    call_command("import_feed", "acme", str(tmp_path / "f.xml"), "--brand", "acme")
    assert MentionBrand.objects.get().brand == acme
    with pytest.raises(Exception, match="no brand 'nope'"):
        call_command("import_feed", "acme", str(tmp_path / "f.xml"), "--brand", "nope")
    with pytest.raises(Exception, match="no workspace"):
        call_command("import_feed", "nowhere", str(tmp_path / "f.xml"))


@pytest.mark.django_db
def test_seed_demo_builds_an_offline_demo(monkeypatch) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-123")
    call_command("seed_demo")
    demo = Workspace.objects.get(slug="demo")
    assert set(Brand.objects.filter(workspace=demo).values_list("slug", "is_competitor")) == {
        ("acme", False),
        ("globex", True),
    }
    assert Source.objects.filter(workspace=demo, enabled=True).count() == 5
    reviews = Mention.objects.filter(workspace=demo, rating__isnull=False)
    assert reviews.count() == 6 and reviews.filter(rating__lte=2).count() == 3
    mentions = Mention.objects.filter(workspace=demo)
    assert mentions.count() > 80
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    recent = mentions.filter(published_at__gte=now - timedelta(hours=4))
    assert recent.filter(sentiment_label="negative").count() >= 10  # the burst
    # The demo team taught the scorer what VADER gets wrong: "safety" is positive, and it
    # has no entry for "recall".
    for words in ("safety hazard", "skates recall"):
        taught = mentions.filter(title__contains=words)
        assert taught.exists()
        assert set(taught.values_list("sentiment_label", flat=True)) == {"negative"}
    assert mentions.filter(published_at__lt=now - timedelta(days=10)).exists()
    assert not mentions.filter(published_at__gt=now).exists()
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.get(username="viewer").check_password("demo-pass-123")
    call_command("seed_demo", "--if-empty")
    call_command("seed_demo")  # running again doubles nothing
    assert Mention.objects.filter(workspace=demo).count() == mentions.count()
