"""Start-up registration of prompt schedules: 10,000 schedules across 1,000 guilds.

What is timed is what ``cogs.prompts`` does in ``cog_load`` plus the scheduler's start: read
every active schedule from the database, build a WeeklyTrigger (a CronTrigger with Lantern's DST
rules) for each, add it as a job, then start the scheduler, which computes every first fire time.
The baseline, measured in the same run, adds 10,000 trivial interval jobs to a bare
AsyncIOScheduler and starts it. Peak memory is measured separately with tracemalloc (which
slows the code it watches, so it is not timed). Run: ``python -m tests.bench bench_prompts``.
"""

import asyncio
import gc
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.clock import FixedClock
from bot.db import Database
from bot.prompts.library import PromptLibrary
from bot.prompts.service import PromptService
from bot.scheduling import create_scheduler
from bot.settings import PromptSettings
from bot.store.guilds import GuildConfigStore
from bot.store.prompts import PromptStore
from cogs.prompts.posting import PromptPoster

GUILDS = 1_000
PER_GUILD = 10
JOBS = GUILDS * PER_GUILD
TARGET_SECONDS = 1.0
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
ZONES = ("America/New_York", "Europe/Berlin", "Australia/Sydney", "UTC", "Asia/Kolkata")
DAY_SETS = (frozenset(range(7)), frozenset(range(5)), frozenset({0, 2, 4}), frozenset({1, 3}))


async def _noop(_: int = 0) -> None:
    """A job that does nothing (never run: the benchmark stops before any fire time)."""


async def _seed(store: PromptStore) -> None:
    """10 schedules in each of 1,000 guilds, with a spread of zones, days and times."""
    async with store.transaction():
        for index in range(JOBS):
            guild = 10_000 + index // PER_GUILD
            await store.add_schedule(
                guild_id=guild,
                channel_id=guild * 100 + index % PER_GUILD,
                weekdays=DAY_SETS[index % len(DAY_SETS)],
                # Five-minute slots across the day: 288 times x 4 day sets x 5 zones.
                at=clock_time(*divmod((index * 37) % 288 * 5, 60)),
                timezone=ZONES[index % len(ZONES)],
                topics=(),
                thread=True,
                created_by=1,
                now=NOW,
            )


async def _rebuild(service: PromptService) -> tuple[AsyncIOScheduler, float, float]:
    """cog_load's work then the scheduler start; returns the scheduler and both durations."""
    scheduler = create_scheduler(lambda: NOW, misfire_grace_seconds=1800)
    poster = PromptPoster(SimpleNamespace(services=SimpleNamespace(scheduler=scheduler)), service)  # type: ignore[arg-type]
    started = time.perf_counter()
    for schedule in await service.active_schedules():
        poster.register(schedule)
    registered = time.perf_counter()
    scheduler.start(paused=True)  # computes every first fire time; paused: nothing runs
    return scheduler, registered - started, time.perf_counter() - registered


async def _baseline() -> tuple[AsyncIOScheduler, float, float]:
    """10,000 trivial interval jobs on a bare scheduler."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    started = time.perf_counter()
    for index in range(JOBS):
        scheduler.add_job(_noop, "interval", minutes=60, args=(index,), id=f"baseline-{index}")
    registered = time.perf_counter()
    scheduler.start(paused=True)
    return scheduler, registered - started, time.perf_counter() - registered


async def _peak(work: Callable[[], Awaitable[tuple[AsyncIOScheduler, float, float]]]) -> float:
    """Peak traced memory (MiB) while ``work`` runs."""
    gc.collect()
    tracemalloc.start()
    try:
        scheduler, _, _ = await work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    scheduler.shutdown(wait=False)
    return peak / (1024 * 1024)


def _row(
    name: str, value: float, unit: str, baseline: float, baseline_name: str, target: str, note: str
) -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_name": baseline_name,
        "ratio": value / baseline if baseline else None,
        "target": target,
        "note": note,
    }


async def _measure() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as directory:
        db = await Database.open(Path(directory) / "bench.db")
        try:
            store = PromptStore(db)
            await _seed(store)
            service = PromptService(
                store=store,
                # Registration never reads prompts: an empty library keeps the bench content-free.
                library=PromptLibrary(prompts=(), topics=(), footer=""),
                clock=FixedClock(NOW),
                guilds=GuildConfigStore(db),
                settings=PromptSettings(),
            )
            # Best of three of each, alternating, so that both see the same machine state.
            ours: list[tuple[float, float]] = []
            base: list[tuple[float, float]] = []
            for _ in range(3):
                scheduler, register, start = await _rebuild(service)
                assert len(scheduler.get_jobs()) == JOBS
                scheduler.shutdown(wait=False)
                ours.append((register, start))
                scheduler, register, start = await _baseline()
                scheduler.shutdown(wait=False)
                base.append((register, start))
            our_register, our_start = min(ours, key=sum)
            base_register, base_start = min(base, key=sum)
            # The catch-up check that runs in the background once connected: six hours after
            # the schedules were created, which of them missed something?
            later = PromptService(
                store=store,
                library=service.library,
                clock=FixedClock(NOW + timedelta(hours=6)),
                guilds=GuildConfigStore(db),
                settings=PromptSettings(),
            )
            started = time.perf_counter()
            behind = await later.needing_catch_up()
            catch_up = time.perf_counter() - started
            our_peak = await _peak(lambda: _rebuild(service))
            base_peak = await _peak(_baseline)
        finally:
            await db.close()
    total = our_register + our_start
    return [
        _row(
            "prompt schedules: load + build triggers + add jobs",
            our_register,
            "s",
            base_register,
            "add 10k interval jobs",
            "-",
            f"{JOBS:,} schedules in {GUILDS:,} guilds, read from SQLite",
        ),
        _row(
            "prompt schedules: scheduler start (first fire times)",
            our_start,
            "s",
            base_start,
            "start with 10k interval jobs",
            "-",
            "WeeklyTrigger fire times in each schedule's zone",
        ),
        _row(
            "prompt schedules: start-up registration total",
            total,
            "s",
            base_register + base_start,
            "10k interval jobs total",
            f"< {TARGET_SECONDS:g} s",
            "meets target" if total < TARGET_SECONDS else "MISSES TARGET",
        ),
        _row(
            "prompt schedules: catch-up check after connecting",
            catch_up,
            "s",
            base_register + base_start,
            "10k interval jobs total",
            "-",
            f"background, not blocking start-up; {len(behind):,} schedules had missed occurrences",
        ),
        _row(
            "prompt schedules: peak memory during rebuild",
            our_peak,
            "MiB",
            base_peak,
            "10k interval jobs peak",
            "-",
            "tracemalloc peak, includes the rows read from the database",
        ),
    ]


def run() -> list[dict[str, Any]]:
    """Run the benchmark and return its rows (see ``tests/bench/__main__.py``)."""
    return asyncio.run(_measure())
