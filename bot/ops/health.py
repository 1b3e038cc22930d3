"""GET /healthz and GET /metrics over HTTP, for container health checks and Prometheus."""

from __future__ import annotations

import math
from typing import Protocol

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.ops.metrics import Metrics
from bot.store import KnowledgeStore


class GatewayState(Protocol):
    """What the health check needs to know of the Discord client."""

    @property
    def latency(self) -> float: ...

    def is_ready(self) -> bool: ...

    def is_closed(self) -> bool: ...


class HealthServer:
    def __init__(
        self, gateway: GatewayState, store: KnowledgeStore, metrics: Metrics, host: str, port: int
    ) -> None:
        self.gateway = gateway
        self.store = store
        self.metrics = metrics
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    def _latency(self) -> float | None:
        latency = self.gateway.latency
        return None if math.isnan(latency) or math.isinf(latency) else latency

    async def healthz(self, _: web.Request) -> web.Response:
        connected = self.gateway.is_ready() and not self.gateway.is_closed()
        knowledge = self.store.current
        body = {
            "status": "ok" if connected else "unavailable",
            "gateway": "connected" if connected else "disconnected",
            "latency_seconds": self._latency(),
            "index": {"generation": knowledge.generation, **knowledge.counts()},
            "reloading": self.store.reloading,
        }
        return web.json_response(body, status=200 if connected else 503)

    async def metrics_page(self, _: web.Request) -> web.Response:
        latency = self._latency()
        if latency is not None:
            self.metrics.gateway_latency.set(latency)
        response = web.Response(body=self.metrics.render())
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics_page)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
