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


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "orm_dashboard.settings")
    os.chdir(BASE_DIR)
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    os.environ.setdefault("SITE_URL", f"http://{host}:{port}")

    import django

    django.setup()  # starts the embedded engines when DATABASE_URL / REDIS_URL are unset
    manage("migrate", "--noinput")
    manage("ensure_admin")
    if (BASE_DIR / "orm_dashboard/management/commands/seed_demo.py").exists():
        manage("seed_demo", "--if-empty")

    bindir = Path(sys.executable).parent
    beat_schedule = BASE_DIR / "var" / "celerybeat-schedule"
    commands = {
        "web": [str(bindir / "gunicorn"), "orm_dashboard.wsgi", "--bind", f"{host}:{port}",
                "--workers", "2", "--threads", "4", "--access-logfile", "-"],
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
