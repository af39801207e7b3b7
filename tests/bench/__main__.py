"""`make bench`: print the figures of DESIGN.md's budget table, one `name: value unit` a line.

Benchmarks are not tests: they measure and report, they assert nothing. They run on their
own embedded engines (var/bench/) so that big generated data sets survive between runs.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
import traceback

from tests.bench import scale

# The default scale keeps var/bench/; another has engines of its own (var/bench/10m/), so
# neither data set is regenerated when the other is measured.
_BENCH_VAR = os.path.join(os.path.dirname(__file__), "..", "..", "var", "bench")
os.environ.setdefault(
    "ORM_VAR_DIR",
    _BENCH_VAR if scale.IS_DEFAULT else os.path.join(_BENCH_VAR, scale.label()),
)
os.environ.setdefault("ALLOW_PRIVATE_SOURCE_URLS", "true")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")  # the test client's host
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "orm_dashboard.settings")

MODULES = [
    "tests.bench.languages",
    "tests.bench.guardrails",
    "tests.bench.blind",
    "tests.bench.sentiment",
    "tests.bench.ingest",
    "tests.bench.rescore",
    "tests.bench.memory",
    "tests.bench.inbox",
    "tests.bench.api",
    "tests.bench.crisis",
    "tests.bench.reports",
    "tests.bench.webhooks",
    "tests.bench.recovery",
]


def main(selected: list[str]) -> int:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(
        f"# {scale.TOTAL:,} mentions a generated workspace; data in {os.environ['ORM_VAR_DIR']}",
        file=sys.stderr,
    )
    failures = 0
    for name in MODULES:
        if selected and not any(s in name for s in selected):
            continue
        started = time.monotonic()
        try:
            module = importlib.import_module(name)
            for metric, value, unit in module.run():
                print(f"{metric}: {value:.4g} {unit}".rstrip(), flush=True)
        except Exception:
            failures += 1
            traceback.print_exc()
        print(f"# {name} took {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
