"""Health of one process, for docker-compose healthchecks: web, worker or beat."""

from __future__ import annotations

import http.client
import socket
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orm_dashboard import broker
from orm_dashboard.tasks import HEARTBEAT_KEY


class Command(BaseCommand):
    help = "Exit 0 when the named process is healthy: web (GET /healthz), worker (ping), beat."

    def add_arguments(self, parser) -> None:
        parser.add_argument("process", choices=["web", "worker", "beat"])
        parser.add_argument("--address", default="127.0.0.1:8000", help="web: host:port to ask")
        parser.add_argument("--max-age", type=int, default=180, help="beat: seconds")
        parser.add_argument("--name", default="", help="worker: node name (celery@hostname)")

    def handle(self, *args: object, process: str, **options: object) -> None:
        getattr(self, f"check_{process}")(**options)
        self.stdout.write(f"{process}: ok")

    def check_web(self, address: str, **_: object) -> None:
        host, _, port = address.partition(":")
        conn = http.client.HTTPConnection(host, int(port or 80), timeout=5)
        # Ask as the public site would be asked, so ALLOWED_HOSTS and the SSL redirect agree.
        headers = {"Host": urlsplit(settings.SITE_URL).netloc, "X-Forwarded-Proto": "https"}
        try:
            conn.request("GET", "/healthz", headers=headers)
            response = conn.getresponse()
            body = response.read(2000).decode(errors="replace")
        except OSError as exc:
            raise CommandError(f"web: {exc}") from exc
        if response.status != 200:
            raise CommandError(f"web: /healthz answered {response.status}: {body}")

    def check_worker(self, name: str, **_: object) -> None:
        from orm_dashboard.celery import app

        name = name or f"celery@{socket.gethostname()}"
        if not app.control.ping(destination=[name], timeout=5):
            raise CommandError(f"worker: {name} did not answer a ping")

    def check_beat(self, max_age: int, **_: object) -> None:
        last = broker.client().get(HEARTBEAT_KEY)
        age = time.time() - float(last) if last else None
        if age is None or age > max_age:
            raise CommandError(f"beat: no heartbeat in the last {max_age} s")
