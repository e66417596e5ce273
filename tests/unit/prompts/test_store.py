"""The prompt tables: constraints, and an index behind every query a command runs."""

import sqlite3
from datetime import UTC, datetime, time

import pytest

from bot.db import Database
from bot.prompts.model import ScheduleStatus
from bot.store.prompts import PromptStore
from tests.unit.prompts.conftest import CHANNEL, GUILD

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def _schedule(store: PromptStore) -> int:
    created = await store.add_schedule(
        guild_id=GUILD,
        channel_id=CHANNEL,
        weekdays=frozenset({0, 2}),
        at=time(9, 30),
        timezone="Europe/Berlin",
        topics=("sleep", "cravings"),
        thread=False,
        created_by=1,
        now=NOW,
    )
    return created.id


async def test_schedules_round_trip(store: PromptStore) -> None:
    schedule_id = await _schedule(store)
    loaded = await store.schedule(schedule_id)
    assert loaded is not None
    assert loaded.weekdays == frozenset({0, 2})
    assert loaded.at == time(9, 30)
    assert loaded.topics == ("sleep", "cravings")
    assert loaded.thread is False
    assert loaded.status is ScheduleStatus.ACTIVE
    assert loaded.active_since == NOW
    assert loaded.job_id == f"prompt-schedule-{schedule_id}"


async def test_an_occurrence_can_be_claimed_only_once(store: PromptStore) -> None:
    schedule_id = await _schedule(store)
    schedule = await store.schedule(schedule_id)
    assert schedule is not None
    occurrence = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
    assert await store.claim(schedule, occurrence, "sleep-1", NOW) is not None
    assert await store.claim(schedule, occurrence, "sleep-2", NOW) is None
    await store.record_skipped(schedule, [occurrence], "late", NOW)  # left alone
    assert await store.last_occurrence(schedule_id) == occurrence
    assert await store.last_posted(GUILD, CHANNEL) == {"sleep-1": 1}


async def test_deleting_a_schedule_keeps_the_channel_history(store: PromptStore) -> None:
    schedule_id = await _schedule(store)
    schedule = await store.schedule(schedule_id)
    assert schedule is not None
    await store.claim(schedule, datetime(2026, 1, 5, 8, 30, tzinfo=UTC), "sleep-1", NOW)
    assert await store.delete_schedule(schedule_id)
    assert await store.last_posted(GUILD, CHANNEL) == {"sleep-1": 1}


async def test_tables_are_strict(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        await db.execute(
            """INSERT INTO prompt_schedules (guild_id, channel_id, weekdays, time_of_day, timezone,
                   topics, thread, status, active_since, created_by, created_at, updated_at)
               VALUES ('not a number', 1, '0', '09:00', 'UTC', '', 0, 'active', 'x', 1, 'x', 'x')"""
        )


# Every query a /prompts command or job runs, with the index it must use.
QUERIES = [
    (
        "SELECT * FROM prompt_custom WHERE guild_id = 1 AND removed_at IS NULL ORDER BY number",
        "sqlite_autoindex_prompt_custom_1",
    ),
    (
        "SELECT * FROM prompt_custom WHERE guild_id = 1 AND number = 2 AND removed_at IS NULL",
        "sqlite_autoindex_prompt_custom_1",
    ),
    (
        "SELECT COALESCE(MAX(number), 0) + 1 FROM prompt_custom WHERE guild_id = 1",
        "sqlite_autoindex_prompt_custom_1",
    ),
    (
        "SELECT prompt_id FROM prompt_disabled WHERE guild_id = 1",
        "sqlite_autoindex_prompt_disabled_1",
    ),
    ("SELECT * FROM prompt_schedules WHERE guild_id = 1 ORDER BY id", "prompt_schedules_by_guild"),
    ("SELECT COUNT(*) FROM prompt_schedules WHERE guild_id = 1", "prompt_schedules_by_guild"),
    (
        "SELECT * FROM prompt_schedules WHERE status = 'active' ORDER BY id",
        "prompt_schedules_by_status",
    ),
    (
        "SELECT MAX(occurrence_at) FROM prompt_posts WHERE schedule_id = 1",
        "prompt_posts_occurrence",
    ),
    (
        """SELECT prompt_id, MAX(id) FROM prompt_posts WHERE guild_id = 1 AND channel_id = 2
           AND prompt_id IS NOT NULL AND status IN ('claimed', 'posted') GROUP BY prompt_id""",
        "prompt_posts_rotation",
    ),
]


@pytest.mark.parametrize(("sql", "index"), QUERIES)
async def test_every_query_uses_an_index(db: Database, sql: str, index: str) -> None:
    steps = [str(row[3]) for row in await db.fetchall(f"EXPLAIN QUERY PLAN {sql}")]
    assert any(index in step for step in steps), steps
    # A bare "SCAN <table>" would read the whole table.
    assert all("USING" in step for step in steps if step.startswith("SCAN prompt_")), steps
