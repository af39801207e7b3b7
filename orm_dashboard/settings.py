"""Settings, read from the environment (see the table in README.md).

With nothing set, the product runs on the embedded Postgres and Redis under ``var/``.
Production sets ``DATABASE_URL``, ``REDIS_URL``, ``SECRET_KEY`` and an https ``SITE_URL``.
"""

from __future__ import annotations

import contextlib
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from orm_dashboard import engines
from orm_dashboard.env import env_bool, env_int, env_list, env_str, env_url

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SITE_URL = env_url("SITE_URL", "http://127.0.0.1:8000", schemes=("http", "https")).rstrip("/")
_site = urlsplit(SITE_URL)
HTTPS = _site.scheme == "https"

# --- engines -------------------------------------------------------------------------
DATABASE_URL = env_url("DATABASE_URL", schemes=("postgres", "postgresql"))
REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "redis+socket"))
EMBEDDED_ENGINES = not DATABASE_URL

DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL or engines.postgres_url(),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if not REDIS_URL:
    REDIS_URL = engines.redis_url()


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        if not DEBUG and (len(key) < 50 or key.startswith("django-insecure")):
            raise ImproperlyConfigured("SECRET_KEY must be at least 50 random characters")
        return key
    if EMBEDDED_ENGINES or DEBUG:
        # Zero-configuration start: one random key, kept beside the embedded data.
        path = engines.var_dir() / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(64))
            path.chmod(0o600)
        return path.read_text().strip()
    raise ImproperlyConfigured("SECRET_KEY is required when DATABASE_URL is set and DEBUG is off")


SECRET_KEY = _secret_key()
# Old keys still accepted after a rotation: signed links, sessions, and the credentials
# encrypted at rest (orm_dashboard/vault.py; `manage.py encrypt_secrets` re-encrypts them).
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [_site.hostname or "127.0.0.1", "localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

# --- applications --------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "ninja",
    "orm_dashboard",
    "mentions",
    "reviews",
    "crisis",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "orm_dashboard.outage.DatabaseOutageMiddleware",  # a Postgres outage: a 503 page
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "orm_dashboard.middleware.private_responses",
]

ROOT_URLCONF = "orm_dashboard.urls"
WSGI_APPLICATION = "orm_dashboard.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "orm_dashboard.tenancy.workspace_context",
                "crisis.context.open_incidents",
            ],
            "builtins": [
                "template_partials.templatetags.partials",
                "orm_dashboard.templatetags.ui",
            ],
        },
    }
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- auth ----------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login rate limiting: a cool-off, never a permanent lock.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
AXES_VERBOSE = False

# --- security ------------------------------------------------------------------------
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers and compose ask over plain http
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# No inline scripts or styles anywhere: htmx is configured (meta htmx-config) not to
# inject its indicator styles and not to eval.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# --- static files --------------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "var" / "static")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
with contextlib.suppress(OSError):
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True  # `make run` serves static files without collectstatic

# --- i18n ----------------------------------------------------------------------------
LANGUAGE_CODE = "en"
# Day-month-year and a 24-hour clock, as the European teams read them (formats/en/).
FORMAT_MODULE_PATH = ["orm_dashboard.formats"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- email ---------------------------------------------------------------------------
EMAIL_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",  # `make run` without SMTP
}
_email_backend = env_str("EMAIL_BACKEND", "smtp")
if _email_backend not in EMAIL_BACKENDS:
    raise ImproperlyConfigured(f"EMAIL_BACKEND must be one of {', '.join(EMAIL_BACKENDS)}")
EMAIL_BACKEND = EMAIL_BACKENDS[_email_backend]
EMAIL_HOST = env_str("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("EMAIL_PORT", 1025, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ORM Dashboard <alerts@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- celery --------------------------------------------------------------------------
# Postgres is the truth; Redis only carries work. Tasks are idempotent and acknowledged
# late, so a task lost with a worker is redelivered, and every periodic job re-reads what
# is due from the database.
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300, minimum=10)
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600, minimum=60)
if CELERY_VISIBILITY_TIMEOUT <= CELERY_TASK_TIME_LIMIT:
    raise ImproperlyConfigured("CELERY_VISIBILITY_TIMEOUT must exceed CELERY_TASK_TIME_LIMIT")
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - max(10, CELERY_TASK_TIME_LIMIT // 10)
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_EXPIRES = 3600
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TIMEZONE = "UTC"
# Beat's tick: the periodic jobs that find due work run this often (orm_dashboard/schedule.py).
BEAT_TICK_SECONDS = 30
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "heartbeat": {"task": "orm_dashboard.tasks.heartbeat", "schedule": BEAT_TICK_SECONDS},
    "dispatch-due-sources": {
        "task": "mentions.tasks.dispatch_due_sources",
        "schedule": BEAT_TICK_SECONDS,
    },
    "note-emails": {"task": "mentions.tasks.send_due_note_emails", "schedule": BEAT_TICK_SECONDS},
    "resume-rescores": {"task": "mentions.tasks.resume_rescores", "schedule": 60.0},
}

# --- crisis alerts ---------------------------------------------------------------------
ALERT_ESCALATION_MINUTES = env_int("ALERT_ESCALATION_MINUTES", 15, minimum=1)
ALERT_COOLDOWN_MINUTES = env_int("ALERT_COOLDOWN_MINUTES", 30, minimum=0)
ALERT_ACK_LINK_HOURS = env_int("ALERT_ACK_LINK_HOURS", 24, minimum=1)
# A claimed email not marked sent within the lease is retried: it must outlast one SMTP try.
ALERT_LEASE_SECONDS = env_int("ALERT_LEASE_SECONDS", 120, minimum=10)
if ALERT_LEASE_SECONDS <= EMAIL_TIMEOUT:
    raise ImproperlyConfigured("ALERT_LEASE_SECONDS must exceed EMAIL_TIMEOUT")
ALERT_RETRY_MAX_SECONDS = env_int("ALERT_RETRY_MAX_SECONDS", 600, minimum=1)
CRISIS_EVALUATE_SECONDS = env_int("CRISIS_EVALUATE_SECONDS", 300, minimum=30)
CELERY_BEAT_SCHEDULE["crisis-sweep"] = {"task": "crisis.tasks.sweep", "schedule": BEAT_TICK_SECONDS}
CELERY_BEAT_SCHEDULE["crisis-evaluate-all"] = {
    "task": "crisis.tasks.evaluate_all",
    "schedule": float(CRISIS_EVALUATE_SECONDS),
}

# --- review replies ------------------------------------------------------------------
# Default send delay for new workspaces (each workspace can change its own).
REVIEW_SEND_DELAY_MINUTES = env_int("REVIEW_SEND_DELAY_MINUTES", 10, minimum=0)
# Publish attempts before a reply is left for a human, and the longest wait between them.
REVIEW_PUBLISH_ATTEMPTS = env_int("REVIEW_PUBLISH_ATTEMPTS", 5, minimum=1)
REVIEW_RETRY_MAX_SECONDS = env_int("REVIEW_RETRY_MAX_SECONDS", 3600, minimum=1)
# A claimed reply not marked published within the lease is checked and retried.
REVIEW_PUBLISH_LEASE_SECONDS = env_int("REVIEW_PUBLISH_LEASE_SECONDS", 120, minimum=40)
# How often managers get one email listing the replies that await their approval.
REVIEW_DIGEST_SECONDS = env_int("REVIEW_DIGEST_SECONDS", 300, minimum=10)
CELERY_BEAT_SCHEDULE["reviews-publish-due"] = {
    "task": "reviews.tasks.publish_due",
    "schedule": BEAT_TICK_SECONDS,
}
CELERY_BEAT_SCHEDULE["reviews-approval-digest"] = {
    "task": "reviews.tasks.send_approval_digest",
    "schedule": float(REVIEW_DIGEST_SECONDS),
}

# --- client reports ------------------------------------------------------------------
# The agency that heads every client report (name, and a PNG or JPEG logo file).
AGENCY_NAME = env_str("AGENCY_NAME")
AGENCY_LOGO = env_str("AGENCY_LOGO")
if AGENCY_LOGO and not Path(AGENCY_LOGO).is_file():
    raise ImproperlyConfigured(f"AGENCY_LOGO: no such file {AGENCY_LOGO!r}")
# How often beat looks for reports whose send time has come (they also carry their outbox).
REPORT_TICK_SECONDS = env_int("REPORT_TICK_SECONDS", 60, minimum=10)
CELERY_BEAT_SCHEDULE["reports-due"] = {
    "task": "mentions.tasks.send_due_reports",
    "schedule": float(REPORT_TICK_SECONDS),
}

# --- sentiment -----------------------------------------------------------------------
# Languages lingua may answer (ISO 639-1); fewer languages: faster and less memory.
SENTIMENT_LANGUAGES = env_list(
    "SENTIMENT_LANGUAGES", "en de fr es it nl pt nb sv da fi pl lv lt et uk ru".split()
)
# High-accuracy detection needs about 400 MB per process; low accuracy about 40 MB.
SENTIMENT_LANGUAGE_HIGH_ACCURACY = env_bool("SENTIMENT_LANGUAGE_HIGH_ACCURACY", False)
# German word list: "" (default) the German Polarity Lexicon (Apache-2.0, shipped in
# mentions/lexicons/); "sentiws" the larger SentiWS, licensed for non-commercial use only and
# installed with the project's `sentiws` extra (`pip install -e '.[sentiws]'`).
SENTIMENT_GERMAN_LEXICON = env_str("SENTIMENT_GERMAN_LEXICON", "").lower()
if SENTIMENT_GERMAN_LEXICON not in ("", "sentiws"):
    raise ImproperlyConfigured("SENTIMENT_GERMAN_LEXICON must be empty or 'sentiws'")

# --- people: invitations and password resets -----------------------------------------
# How long an invitation link works (a resend starts the time again).
INVITATION_DAYS = env_int("INVITATION_DAYS", 7, minimum=1)
# Workspaces being deleted whose purge task was lost are started again (orm_dashboard.purge).
CELERY_BEAT_SCHEDULE["purge-workspaces"] = {
    "task": "orm_dashboard.tasks.purge_sweep",
    "schedule": 600.0,
}
CELERY_BEAT_SCHEDULE["invitation-emails"] = {
    "task": "orm_dashboard.tasks.send_due_invitation_emails",
    "schedule": 30.0,
}
# How long a password-reset link works (Django's own token; it also stops working once used).
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_MINUTES", 60, minimum=5) * 60
# Reset emails asked for per hour, per address and per client IP; more are silently not sent
# (the page says the same either way, so it never tells whether an address has an account).
PASSWORD_RESET_LIMIT = env_int("PASSWORD_RESET_LIMIT", 3, minimum=1)

# --- integrations: the REST API, webhooks, alert channels ------------------------------
# Requests per API key per minute; 0 turns the limit off.
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 300, minimum=0)
WEBHOOK_SWEEP_SECONDS = env_int("WEBHOOK_SWEEP_SECONDS", 15, minimum=5)
CELERY_BEAT_SCHEDULE["channel-sweep"] = {
    "task": "orm_dashboard.tasks.channel_sweep",
    "schedule": 30.0,
}
CELERY_BEAT_SCHEDULE["webhook-sweep"] = {
    "task": "orm_dashboard.tasks.webhook_sweep",
    "schedule": float(WEBHOOK_SWEEP_SECONDS),
}

# --- product -------------------------------------------------------------------------
ALLOW_PRIVATE_SOURCE_URLS = env_bool("ALLOW_PRIVATE_SOURCE_URLS", False)
OPERATOR_CONTACT_URL = env_url(
    "OPERATOR_CONTACT_URL", SITE_URL, schemes=("http", "https", "mailto")
)

# --- logging: ours, to stderr; Celery is told not to take over the root logger --------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # Tokens in URLs (acknowledge links, invitations, password resets) never reach the log.
    "filters": {"tokens": {"()": "orm_dashboard.logs.RedactTokens"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["tokens"]}
    },
    "root": {"handlers": ["stderr"], "level": env_str("LOG_LEVEL", "INFO").upper()},
    "loggers": {
        "axes": {"level": "WARNING"},
        "pgserver": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},  # request lines may carry API keys in query strings
    },
}
