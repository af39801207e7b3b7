"""`make run`: engines, migrations, an admin user, then web + worker + beat together,
supervised (orm_dashboard/supervisor.py): a process that dies is restarted with back-off,
and the embedded Postgres and Redis are watched and restarted too.

Ctrl-C stops all three cleanly. The data stays under var/, so running again reuses it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from orm_dashboard.supervisor import Engine, Supervisor

BASE_DIR = Path(__file__).resolve().parent.parent


def manage(*args: str) -> None:
    subprocess.run([sys.executable, str(BASE_DIR / "manage.py"), *args], check=True)


def offer_demo() -> None:
    """On the first start, offer a demo workspace with content (asked once, remembered)."""
    from orm_dashboard.engines import var_dir

    marker = var_dir() / ".demo-offered"
    if marker.exists():
        return
    wanted = os.environ.get("SEED_DEMO", "").strip().lower()
    if not wanted and sys.stdin.isatty():
        answer = input("Load a demo workspace with sample mentions? [Y/n] ").strip().lower()
        wanted = "no" if answer.startswith("n") else "yes"
    if wanted in ("1", "yes", "true", "y"):
        manage("seed_demo", "--if-empty")
    else:
        print("Skipping the demo. Load it any time: .venv/bin/python manage.py seed_demo")
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "orm_dashboard.settings")
    os.chdir(BASE_DIR)
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    os.environ.setdefault("SITE_URL", f"http://{host}:{port}")
    if "EMAIL_HOST" not in os.environ:
        # No mail server configured: print alert and notification emails in this terminal.
        os.environ.setdefault("EMAIL_BACKEND", "console")

    import django

    django.setup()  # starts the embedded engines when DATABASE_URL / REDIS_URL are unset
    manage("migrate", "--noinput")
    manage("ensure_admin")
    offer_demo()

    bindir = Path(sys.executable).parent
    from orm_dashboard import engines

    beat_schedule = engines.var_dir() / "celerybeat-schedule"
    celery = [str(bindir / "celery"), "-A", "orm_dashboard"]
    commands = {
        "web": [
            str(bindir / "gunicorn"),
            "orm_dashboard.wsgi",
            *("--bind", f"{host}:{port}", "--workers", "2", "--threads", "4"),
            *("--access-logfile", "-", "--logger-class", "orm_dashboard.logs.AccessLogger"),
        ],
        "worker": [
            *celery,
            *("worker", "--loglevel", "INFO", "--concurrency", "2"),
            *("--without-gossip", "--without-mingle"),
        ],
        "beat": [*celery, "beat", "--loglevel", "INFO", "--schedule", str(beat_schedule)],
    }
    watched = []  # the embedded engines, when they are the ones in use
    if not os.environ.get("DATABASE_URL"):
        url = engines.postgres_url()
        watched.append(
            Engine("Postgres", lambda: engines.postgres_answers(url), engines.start_postgres_again)
        )
    if not os.environ.get("REDIS_URL"):
        watched.append(Engine("Redis", engines.redis_alive, engines.redis_url))
    supervisor = Supervisor(commands, watched)
    print(f"\n  ORM Dashboard is running at http://{host}:{port}/  (Ctrl-C stops it)\n", flush=True)
    supervisor.run()
    print("stopped: web, worker and beat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
