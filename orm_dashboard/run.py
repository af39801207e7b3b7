"""`make run`: engines, migrations, an admin user, then web + worker + beat together.

Ctrl-C stops all three cleanly. The data stays under var/, so running again reuses it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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
    from orm_dashboard.engines import var_dir

    beat_schedule = var_dir() / "celerybeat-schedule"
    commands = {
        "web": [str(bindir / "gunicorn"), "orm_dashboard.wsgi", "--bind", f"{host}:{port}",
                "--workers", "2", "--threads", "4", "--access-logfile", "-",
                "--logger-class", "orm_dashboard.logs.AccessLogger"],
        "worker": [str(bindir / "celery"), "-A", "orm_dashboard", "worker", "--loglevel", "INFO",
                   "--concurrency", "2"],
        "beat": [str(bindir / "celery"), "-A", "orm_dashboard", "beat", "--loglevel", "INFO",
                 "--schedule", str(beat_schedule)],
    }  # fmt: skip
    children = {name: subprocess.Popen(cmd) for name, cmd in commands.items()}
    print(f"\n  ORM Dashboard is running at http://{host}:{port}/  (Ctrl-C stops it)\n", flush=True)

    stopping = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, child in children.items():
            if child.poll() is not None:
                print(f"{name} exited with status {child.returncode}; stopping the others")
                exit_code = child.returncode or 1
                stopping = True
        time.sleep(0.5)

    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 20
    for child in children.values():
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
    print("stopped: web, worker and beat")
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
