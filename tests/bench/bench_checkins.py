"""Check-in insert throughput, and the /checkins summary query over one million check-ins.

Baselines measured in the same run: a bare INSERT of the same row shape into an unindexed
table (what storage costs before Lantern's indexes and sealing), and a full-table COUNT(*)
over the same million rows (what reading everything would cost).
"""

import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.checkins.answers import Answers, Used
from bot.clock import FixedClock
from bot.services import build_services
from bot.settings import Settings, ensure_keys

GUILDS = 50
GROUPS_PER_GUILD = 4
DAYS = 365
TOTAL = 1_000_000


def _seed(path: Path) -> None:
    """A million check-ins spread over 200 groups and a year, inserted in bulk."""
    rng = random.Random(7)
    start = date(2026, 1, 1)
    connection = sqlite3.connect(path)
    rows = []
    for index in range(TOTAL):
        guild = index % GUILDS
        group = (index // GUILDS) % GROUPS_PER_GUILD
        day = start + timedelta(days=index % DAYS)
        rows.append(
            (
                1000 + guild,
                2000 + guild * 10 + group,
                f"key{rng.randrange(40)}-{guild}",
                rng.randint(1, 10),
                rng.randint(0, 10),
                rng.choice(("yes", "no", "unsaid")),
                None,
                day.isoformat(),
                datetime(day.year, day.month, day.day, 12, tzinfo=UTC).isoformat(),
            )
        )
    connection.executemany(
        """INSERT INTO checkins (guild_id, channel_id, participant_key, mood, cravings, used,
               sealed_note, local_day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows,
    )
    connection.commit()
    connection.close()


async def _measure() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as directory:
        clock = FixedClock(datetime(2026, 12, 31, 18, tzinfo=UTC))
        settings = ensure_keys(Settings(data_dir=Path(directory)))
        services = await build_services(settings, clock)
        try:
            inserts = 2000
            answers = Answers(6, 3, Used.NO, "slept a bit better")
            begin = time.perf_counter()
            for index in range(inserts):
                await services.checkins.record(1, 2, index % 50, answers)
            lantern_rate = inserts / (time.perf_counter() - begin)

            await services.db.execute("CREATE TABLE bare (a, b, c, d, e, f, g, h, i)")
            begin = time.perf_counter()
            for _ in range(inserts):
                await services.db.execute(
                    "INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (1, 2, "k", 6, 3, "no", None, "2026-12-31", "t"),
                )
            bare_rate = inserts / (time.perf_counter() - begin)

            await services.db.execute("DELETE FROM checkins")
            await asyncio.to_thread(_seed, services.db.path)
            group_times, guild_times, scan_times = [], [], []
            for _ in range(7):
                begin = time.perf_counter()
                summary = await services.checkins.summary(1003, 2031, 30)
                group_times.append(time.perf_counter() - begin)
                begin = time.perf_counter()
                await services.checkins.summary(1003, None, 30)
                guild_times.append(time.perf_counter() - begin)
                begin = time.perf_counter()
                await services.db.fetchone("SELECT COUNT(*) FROM checkins")
                scan_times.append(time.perf_counter() - begin)
            assert summary.cells, "the benchmark must summarise real rows"
        finally:
            await services.db.close()
    scan = statistics.median(scan_times) * 1000
    return [
        {
            "name": "check-in inserts",
            "value": round(lantern_rate),
            "unit": "per s",
            "baseline": round(bare_rate),
            "baseline_name": "bare INSERT, no index or sealing",
            "ratio": round(bare_rate / lantern_rate, 2),
            "target": None,
            "note": "record() with a sealed note, one transaction each",
        },
        {
            "name": "summary, one group, 30 days",
            "value": round(statistics.median(group_times) * 1000, 2),
            "unit": "ms",
            "baseline": round(scan, 2),
            "baseline_name": "COUNT(*) over 1M rows",
            "ratio": round(statistics.median(group_times) * 1000 / scan, 3),
            "target": "< 100 ms",
            "note": "1,000,000 check-ins, 200 groups, a year",
        },
        {
            "name": "summary, whole guild, 30 days",
            "value": round(statistics.median(guild_times) * 1000, 2),
            "unit": "ms",
            "baseline": round(scan, 2),
            "baseline_name": "COUNT(*) over 1M rows",
            "ratio": round(statistics.median(guild_times) * 1000 / scan, 3),
            "target": "< 100 ms",
            "note": "4 groups pooled",
        },
    ]


def run() -> list[dict[str, Any]]:
    """The check-in benchmarks, for `make bench`."""
    return asyncio.run(_measure())


if __name__ == "__main__":
    for row in run():
        print(row)
