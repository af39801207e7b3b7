"""What keeps `make run` up: web, worker and beat restarted when they die, and the embedded
Postgres and Redis watched and restarted too.

A child that exits is started again after a back-off (1 s, 2 s, 4 s … up to 30 s; a child
that ran for a minute starts again from 1 s), and the log says how it ended. A child that
keeps crashing (5 exits within 5 minutes) is reported loudly, every time it exits again,
and still restarted at the longest back-off: the others keep running. Stopping (Ctrl-C,
SIGTERM) stops all of them and restarts nothing.

In the production shape (docker-compose) Docker does this job: ``restart: unless-stopped``
and a healthcheck per service; see the README.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

BACKOFF_FIRST = 1.0  # seconds before the first restart
BACKOFF_MAX = 30.0
STABLE_AFTER = 60.0  # a child that ran this long starts again from the first back-off
CRASH_LOOP = (5, 300.0)  # this many exits within this many seconds: a crash loop
ENGINE_CHECK_EVERY = 2.0  # seconds between looks at the embedded Postgres and Redis


def say(message: str) -> None:
    print(f"[make run] {message}", file=sys.stderr, flush=True)


def how_it_ended(returncode: int) -> str:
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"was killed by {name}"
    return f"exited with status {returncode}"


@dataclass
class Child:
    name: str
    command: list[str]
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restart_at: float = 0.0
    failures: int = 0  # exits in a row, each after less than STABLE_AFTER
    exits: deque[float] = field(default_factory=deque)


@dataclass
class Engine:
    """An embedded engine to watch: ``alive()`` answers quickly; ``start()`` brings it back."""

    name: str
    alive: Callable[[], bool]
    start: Callable[[], object]
    down_since: float | None = None


class Supervisor:
    def __init__(
        self,
        commands: dict[str, list[str]],
        engines: list[Engine] | None = None,
        *,
        popen: Callable[[list[str]], subprocess.Popen[bytes]] = subprocess.Popen,
    ) -> None:
        self.children = [Child(name, command) for name, command in commands.items()]
        self.engines = engines or []
        self.popen = popen
        self.stopping = False
        self._next_engine_check = 0.0

    # --- children ---------------------------------------------------------------------

    def start(self, child: Child) -> None:
        child.process = self.popen(child.command)
        child.started_at = time.monotonic()

    def exited(self, child: Child, now: float) -> None:
        """A child ended without being asked to: say how, and plan its restart."""
        assert child.process is not None
        returncode = child.process.returncode
        ran = now - child.started_at
        child.process = None
        if self.stopping:  # asked to stop (Ctrl-C reaches the whole process group)
            return
        child.failures = 1 if ran >= STABLE_AFTER else child.failures + 1
        child.exits.append(now)
        count, window = CRASH_LOOP
        while child.exits and child.exits[0] < now - window:
            child.exits.popleft()
        delay = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (child.failures - 1))
        child.restart_at = now + delay
        say(
            f"{child.name} {how_it_ended(returncode)} after {ran:.0f} s (its last output is "
            f"above); restarting it in {delay:.0f} s"
        )
        if len(child.exits) >= count:
            banner = "!" * 78
            say(
                f"\n{banner}\n  {child.name.upper()} KEEPS CRASHING: {len(child.exits)} exits in the"
                f" last {window / 60:.0f} minutes, the last one {how_it_ended(returncode)}.\n"
                f"  It is restarted every {BACKOFF_MAX:.0f} s; the other processes keep running."
                f"\n  Look at its output above to see why.\n{banner}"
            )

    def tend(self, now: float) -> None:
        for child in self.children:
            if child.process is not None and child.process.poll() is not None:
                self.exited(child, now)
            if child.process is None and now >= child.restart_at and not self.stopping:
                self.start(child)
        if self.engines and now >= self._next_engine_check:
            self._next_engine_check = now + ENGINE_CHECK_EVERY
            self.check_engines(now)

    # --- engines ----------------------------------------------------------------------

    def check_engines(self, now: float) -> None:
        for engine in self.engines:
            try:
                alive = engine.alive()
            except Exception:
                alive = False
            if alive:
                if engine.down_since is not None:
                    say(f"the embedded {engine.name} is back after {now - engine.down_since:.0f} s")
                engine.down_since = None
                continue
            if engine.down_since is None:
                engine.down_since = now
                say(f"the embedded {engine.name} is not answering; starting it again")
            try:
                engine.start()
            except Exception as exc:
                say(f"could not start the embedded {engine.name} yet ({exc}); trying again")

    # --- the loop ---------------------------------------------------------------------

    def run(self) -> int:
        def stop(signum: int, frame: object) -> None:
            self.stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        for child in self.children:
            self.start(child)
        while not self.stopping:
            self.tend(time.monotonic())
            time.sleep(0.2)
        self.stop_all()
        return 0

    def stop_all(self, timeout: float = 20) -> None:
        running = [c.process for c in self.children if c.process and c.process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for process in running:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
