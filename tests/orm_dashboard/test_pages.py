"""Every page a manager can reach from the demo workspace's overview renders, and reads well.

A crawler follows the links of each page (one page per URL shape: one mention, one
incident, one review stand for all), so a new page is covered as soon as a link leads to it.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urldefrag, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from crisis import detection
from crisis.models import Incident
from mentions.models import Brand

pytestmark = pytest.mark.django_db

LINK = re.compile(r'href="([^"]+)"')
SKIP = ("/logout/", "export.csv", "/static/")


def shape(path: str) -> str:
    """/w/demo/mentions/12/ and /w/demo/mentions/13/ are the same page to check."""
    return re.sub(r"/\d+/", "/N/", path.split("?", 1)[0])


def test_every_linked_page_renders_without_placeholder_choices(client) -> None:
    call_command("seed_demo", stdout=io.StringIO())
    for brand in Brand.objects.filter(workspace__slug="demo"):  # what the worker would do
        detection.evaluate_brand(brand.pk, timezone.now())
    assert Incident.objects.exists()
    client.force_login(get_user_model().objects.get(username="manager"))
    queue, shapes = ["/w/demo/"], set()
    while queue:
        path = queue.pop(0)
        if shape(path) in shapes:
            continue
        shapes.add(shape(path))
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        # Django's blank choice says nothing: every select names what its empty choice means.
        assert "---------" not in html, path
        for href in LINK.findall(html):
            target = urldefrag(href.replace("&amp;", "&"))[0]
            if target.startswith("?"):
                target = path.split("?", 1)[0] + target
            if urlsplit(target).netloc or not target.startswith("/w/demo/"):
                continue
            if not any(s in target for s in SKIP):
                queue.append(target)
    assert len(shapes) > 27, sorted(shapes)
