"""The optional HTTP endpoint for monitoring: ``/healthz`` and ``/metrics`` on localhost.

It runs inside the bot's event loop (aiohttp, which discord.py already depends on), answers
from the database and the in-memory metrics, and never exposes message text or identities.
"""

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from aiohttp import web

from bot.clock import Clock
from bot.db import Database
from bot.metrics import Metrics
from bot.store.meta import HEARTBEAT_KEY, MetaStore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What ``/healthz`` answers."""

    status: str
    heartbeat_age_seconds: float | None
    undelivered_alerts: int
    overdue_escalations: int


class HealthEndpoint:
    """Serves ``/healthz`` (200 when the heartbeat is fresh, else 503) and ``/metrics``."""

    def __init__(
        self,
        *,
        db: Database,
        meta: MetaStore,
        clock: Clock,
        metrics: Metrics,
        stale_after: timedelta,
    ) -> None:
        self._db = db
        self._meta = meta
        self._clock = clock
        self._metrics = metrics
        self._stale_after = stale_after
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def report(self) -> HealthReport:
        """Read the health figures and refresh the gauges that depend on them."""
        beat = await self._meta.get(HEARTBEAT_KEY)
        age = (
            (self._clock.now() - datetime.fromisoformat(beat)).total_seconds()
            if beat is not None
            else None
        )
        undelivered = await self._count(
            "SELECT COUNT(*) FROM escalations WHERE delivery_state != 'delivered' "
            "AND status NOT IN ('resolved', 'false_alarm')"
        )
        overdue = await self._count(
            "SELECT COUNT(*) FROM escalations WHERE status = 'open' AND overdue = 1"
        )
        self._metrics.undelivered_alerts.set(undelivered)
        self._metrics.overdue_escalations.set(overdue)
        if age is not None:
            self._metrics.heartbeat_age.set(age)
        fresh = age is not None and age <= self._stale_after.total_seconds()
        return HealthReport(
            status="ok" if fresh else "stale",
            heartbeat_age_seconds=None if age is None else round(age, 1),
            undelivered_alerts=undelivered,
            overdue_escalations=overdue,
        )

    async def _count(self, sql: str) -> int:
        row = await self._db.fetchone(sql)
        return int(row[0]) if row else 0

    async def _healthz(self, request: web.Request) -> web.Response:
        try:
            report = await self.report()
        except Exception:
            log.exception("health check failed")
            return web.json_response({"status": "error"}, status=503)
        return web.Response(
            text=json.dumps(asdict(report)),
            content_type="application/json",
            status=200 if report.status == "ok" else 503,
        )

    async def _metrics_page(self, request: web.Request) -> web.Response:
        try:
            await self.report()  # refresh the gauges read from the database
        except Exception:
            log.exception("refreshing health gauges failed")
        return web.Response(
            body=self._metrics.exposition(),
            headers={"Content-Type": "text/plain; version=0.0.4; charset=utf-8"},
        )

    async def start(self, host: str, port: int) -> int:
        """Listen on ``host:port`` (port 0 picks a free one); returns the bound port."""
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics_page)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self.port = int(runner.addresses[0][1]) if runner.addresses else port
        log.info("health endpoint listening", extra={"host": host, "port": self.port})
        return self.port

    async def stop(self) -> None:
        """Stop listening; safe to call more than once."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
