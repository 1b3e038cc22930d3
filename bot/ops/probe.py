"""`forum-bot health`: ask the running bot's /healthz, where the settings say it listens.

The container's health check runs this, so a changed BOT_HTTP_PORT or BOT_HTTP_HOST is
followed without editing the Dockerfile or the compose file.
"""

from __future__ import annotations

import ipaddress
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from bot.config import Settings

HEALTHY = 0
UNHEALTHY = 1  # Docker reads any other code as unhealthy too, but reserves 2


@dataclass(frozen=True, slots=True)
class Probe:
    code: int
    message: str


def healthz_url(settings: Settings) -> str | None:
    """Where to reach the endpoint from inside the bot's host or container; None when the
    HTTP endpoints are off (port 0)."""
    if settings.http_port == 0:
        return None
    host = settings.http_host
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None and address.is_unspecified:
        # Listening on every interface: loopback is one of them, and always there.
        host = "::1" if address.version == 6 else "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{settings.http_port}/healthz"


def probe(settings: Settings, timeout: float) -> Probe:
    url = healthz_url(settings)
    if url is None:
        return Probe(
            HEALTHY, "HTTP endpoints are off (BOT_HTTP_PORT=0): nothing to check, reported healthy"
        )
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return Probe(HEALTHY, f"healthy: {_summary(response.read())}")
    except urllib.error.HTTPError as exc:  # 503: running, but not connected to Discord
        return Probe(UNHEALTHY, f"unhealthy (HTTP {exc.code}): {_summary(exc.read())}")
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        return Probe(UNHEALTHY, f"unhealthy: no answer from {url} ({reason})")


def _summary(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return body[:200].decode("utf-8", "replace")
    if not isinstance(data, dict):
        return str(data)[:200]
    index = data.get("index") or {}
    return (
        f"gateway {data.get('gateway')}, index generation {index.get('generation')} "
        f"({index.get('paragraphs')} paragraphs)"
    )
