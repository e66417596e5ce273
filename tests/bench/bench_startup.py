"""Start-up with 1,000 guilds, 10,000 prompt schedules and 1,000 open escalations.

Time to ready is the real ``LanternBot.setup_hook`` (database opened and migrations checked,
services built, every cog loaded, every prompt schedule registered with APScheduler, the
scheduler started, the heartbeat written) followed by the escalation delivery worker's first
pass, which recovers undelivered alerts and due pages and registers the next deadline with
the scheduler. Only the command-tree sync, a Discord call, is replaced by a no-op.

The data goes in through the real stores and services: guild settings through
``GuildConfigStore.update``, schedules through ``PromptStore.add_schedule`` (as in
bench_prompts), escalations through ``EscalationService.report``. One bulk SQL statement then
marks their alerts as delivered, as they would be before a restart; otherwise start-up would
be timing 1,000 alert deliveries instead.

The baseline is the same start-up on an empty database, measured in the same run,
alternating. Peak memory is traced (tracemalloc) in separate runs, because tracing slows
the code it watches. Run: ``python -m tests.bench bench_startup``.
"""

import asyncio
import gc
import logging
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bot.app import LanternBot, create_bot
from bot.clock import SystemClock
from bot.escalation.model import Report, Source
from bot.services import build_services
from bot.settings import Settings, ensure_keys
from bot.store.prompts import PromptStore
from cogs.escalation.commands import Escalations
from tests.bench.bench_prompts import GUILDS, JOBS
from tests.bench.bench_prompts import _seed as seed_schedules

ESCALATIONS = 1_000
ROUNDS = 3


async def _seed(settings: Settings) -> None:
    """1,000 configured guilds, 10,000 schedules, 1,000 open escalations (alerts delivered)."""
    services = await build_services(settings, SystemClock())
    try:
        now = services.clock.now()
        for index in range(GUILDS):
            guild = 10_000 + index  # the guilds bench_prompts' schedules belong to
            await services.guilds.update(
                guild,
                now,
                counselors_channel_id=guild * 100 + 50,
                counselor_role_id=guild * 100 + 51,
                modlog_channel_id=guild * 100 + 52,
            )
        await seed_schedules(PromptStore(services.db))
        for index in range(ESCALATIONS):
            guild = 10_000 + index % GUILDS
            await services.escalations.report(
                Report(
                    guild_id=guild,
                    source=Source.DETECTOR,
                    category="relapse",
                    severity="medium",
                    channel_id=guild * 100,
                    message_id=5_000_000 + index,
                    member_id=7_000_000 + index,
                    member_name=f"member {index}",
                    excerpt="I drank last night after 90 days and I feel awful",
                )
            )
        await services.db.execute(
            "UPDATE outbox SET state = 'done', done_at = ? WHERE state = 'pending'",
            (now.isoformat(),),
        )
    finally:
        await services.db.close()


async def _no_sync(*_: Any, **__: Any) -> list[Any]:
    return []


async def _start(settings: Settings) -> tuple[LanternBot, float]:
    """Run the bot's start-up to ready; returns the bot and the seconds it took."""
    bot = create_bot(settings)
    await bot._async_setup_hook()  # binds the client to this loop, as login does
    bot.tree.sync = _no_sync  # type: ignore[method-assign]
    started = time.perf_counter()
    await bot.setup_hook()
    escalations = bot.get_cog("Escalations")
    assert isinstance(escalations, Escalations)
    while escalations.worker._tasks:  # the recovery pass started by cog_load
        await asyncio.gather(*escalations.worker._tasks)
    return bot, time.perf_counter() - started


async def _stop(bot: LanternBot, before: set[asyncio.Task[Any]]) -> None:
    """Close the services and end the background work start-up began (catch-ups wait for a
    gateway connection that never comes here)."""
    await bot.close_services()
    started = [task for task in asyncio.all_tasks() if task not in before]
    for task in started:
        task.cancel()
    await asyncio.gather(*started, return_exceptions=True)


async def _timed(settings: Settings) -> tuple[float, int]:
    before = asyncio.all_tasks()
    bot, seconds = await _start(settings)
    jobs = len(bot.services.scheduler.get_jobs())
    await _stop(bot, before)
    return seconds, jobs


async def _peak_mib(settings: Settings) -> float:
    before = asyncio.all_tasks()
    gc.collect()
    tracemalloc.start()
    try:
        bot, _ = await _start(settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    await _stop(bot, before)
    return peak / (1024 * 1024)


async def _measure() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as full_dir, tempfile.TemporaryDirectory() as empty_dir:
        full = ensure_keys(Settings(data_dir=Path(full_dir)))
        empty = ensure_keys(Settings(data_dir=Path(empty_dir)))
        seeding = time.perf_counter()
        await _seed(full)
        seeded = time.perf_counter() - seeding
        await _timed(empty)  # creates the empty database (migrations) outside the timing
        ours: list[float] = []
        base: list[float] = []
        jobs = 0
        for _ in range(ROUNDS):
            seconds, jobs = await _timed(full)
            ours.append(seconds)
            seconds, _ = await _timed(empty)
            base.append(seconds)
        peak = await _peak_mib(full)
        peak_base = await _peak_mib(empty)
    ready = statistics.median(ours)
    ready_base = statistics.median(base)
    data = f"{GUILDS:,} guilds, {JOBS:,} schedules, {ESCALATIONS:,} open escalations"
    return [
        {
            "name": "start-up: time to ready",
            "value": round(ready, 3),
            "unit": "s",
            "baseline": round(ready_base, 3),
            "baseline_name": "same start-up, empty database",
            "ratio": round(ready / ready_base, 2) if ready_base else None,
            "target": None,
            "note": f"{data}; {jobs:,} jobs; median of {ROUNDS}; seeding took {seeded:.1f} s",
        },
        {
            "name": "start-up: peak traced memory",
            "value": round(peak, 1),
            "unit": "MiB",
            "baseline": round(peak_base, 1),
            "baseline_name": "same start-up, empty database",
            "ratio": round(peak / peak_base, 2) if peak_base else None,
            "target": None,
            "note": "tracemalloc peak during start-up (Python allocations only)",
        },
    ]


def run() -> list[dict[str, Any]]:
    """The start-up benchmark, for `make bench`."""
    # Start-up logs (and key generation warnings) are not what is measured here.
    logging.disable(logging.WARNING)
    try:
        return asyncio.run(_measure())
    finally:
        logging.disable(logging.NOTSET)


if __name__ == "__main__":
    for row in run():
        print(row)
