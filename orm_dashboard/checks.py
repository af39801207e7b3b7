"""System checks for configuration mistakes that Django's own checks do not catch."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    problems = []
    if not settings.SITE_URL.startswith("https://"):
        problems.append(
            Warning(
                "SITE_URL is not https: cookies are not marked secure and links in alert "
                "emails will be plain http.",
                hint="Set SITE_URL=https://your.host in production.",
                id="orm.W001",
            )
        )
    if settings.ALLOW_PRIVATE_SOURCE_URLS:
        problems.append(
            Warning(
                "ALLOW_PRIVATE_SOURCE_URLS is on: sources may reach private network addresses.",
                hint="Turn it off in production unless you poll feeds on your own network.",
                id="orm.W002",
            )
        )
    return problems


@register()
def check_email(app_configs, **kwargs):
    if settings.EMAIL_USE_TLS and settings.EMAIL_USE_SSL:
        return [
            Error(
                "EMAIL_USE_TLS and EMAIL_USE_SSL are both on; choose one.",
                id="orm.E001",
            )
        ]
    return []
