"""SQL for prompts: custom prompts, switched-off built-ins, schedules and post history."""

import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, time

from bot.db import Database
from bot.prompts.custom import PromptDraft
from bot.prompts.days import dump_days, load_days
from bot.prompts.model import CustomPrompt, PostStatus, Schedule, ScheduleStatus

_SCHEDULE_COLUMNS = (
    "id, guild_id, channel_id, weekdays, time_of_day, timezone, topics, thread, status, "
    "broken_reason, active_since, created_by"
)
_CUSTOM_COLUMNS = "guild_id, number, topic, title, body, question, exercise"


def instant(value: datetime) -> str:
    """The storage form of an instant: ISO 8601 in UTC (so text order is time order)."""
    return value.astimezone(UTC).isoformat()


def _schedule(row: sqlite3.Row) -> Schedule:
    hour, minute = (int(part) for part in row["time_of_day"].split(":"))
    return Schedule(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        weekdays=load_days(row["weekdays"]),
        at=time(hour, minute),
        timezone=row["timezone"],
        topics=tuple(part for part in row["topics"].split(",") if part),
        thread=bool(row["thread"]),
        status=ScheduleStatus(row["status"]),
        broken_reason=row["broken_reason"],
        active_since=datetime.fromisoformat(row["active_since"]),
        created_by=row["created_by"],
    )


def _custom(row: sqlite3.Row) -> CustomPrompt:
    return CustomPrompt(
        guild_id=row["guild_id"],
        number=row["number"],
        topic=row["topic"],
        title=row["title"],
        body=row["body"],
        question=row["question"],
        exercise=row["exercise"],
    )


class PromptStore:
    """Reads and writes the ``prompt_*`` tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Run the block's store calls atomically (they re-enter the same transaction)."""
        async with self.db.transaction():
            yield

    # Custom prompts ---------------------------------------------------------------------------

    async def custom_prompts(self, guild_id: int) -> list[CustomPrompt]:
        """The guild's custom prompts that have not been removed, oldest first."""
        rows = await self.db.fetchall(
            f"""SELECT {_CUSTOM_COLUMNS} FROM prompt_custom
                WHERE guild_id = ? AND removed_at IS NULL ORDER BY number""",  # noqa: S608
            (guild_id,),
        )
        return [_custom(row) for row in rows]

    async def custom_prompt(self, guild_id: int, number: int) -> CustomPrompt | None:
        """One custom prompt, unless it does not exist or was removed."""
        row = await self.db.fetchone(
            f"""SELECT {_CUSTOM_COLUMNS} FROM prompt_custom
                WHERE guild_id = ? AND number = ? AND removed_at IS NULL""",  # noqa: S608
            (guild_id, number),
        )
        return _custom(row) if row else None

    async def count_custom(self, guild_id: int) -> int:
        """How many custom prompts the guild has (removed ones excluded)."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) FROM prompt_custom WHERE guild_id = ? AND removed_at IS NULL",
            (guild_id,),
        )
        return int(row[0]) if row else 0

    async def add_custom(
        self, guild_id: int, draft: PromptDraft, created_by: int, now: datetime
    ) -> CustomPrompt:
        """Store a new custom prompt under the guild's next unused number."""
        async with self.db.transaction():
            row = await self.db.fetchone(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM prompt_custom WHERE guild_id = ?",
                (guild_id,),
            )
            number = int(row[0]) if row else 1
            await self.db.execute(
                """INSERT INTO prompt_custom (guild_id, number, topic, title, body, question,
                       exercise, created_by, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    guild_id,
                    number,
                    draft.topic,
                    draft.title,
                    draft.body,
                    draft.question,
                    draft.exercise,
                    created_by,
                    instant(now),
                    instant(now),
                ),
            )
        return CustomPrompt(
            guild_id, number, draft.topic, draft.title, draft.body, draft.question, draft.exercise
        )

    async def update_custom(
        self, guild_id: int, number: int, draft: PromptDraft, now: datetime
    ) -> bool:
        """Replace a custom prompt's content; returns whether it existed."""
        changed = await self.db.execute_rowcount(
            """UPDATE prompt_custom
               SET topic = ?, title = ?, body = ?, question = ?, exercise = ?, updated_at = ?
               WHERE guild_id = ? AND number = ? AND removed_at IS NULL""",
            (
                draft.topic,
                draft.title,
                draft.body,
                draft.question,
                draft.exercise,
                instant(now),
                guild_id,
                number,
            ),
        )
        return changed > 0

    async def remove_custom(self, guild_id: int, number: int, now: datetime) -> bool:
        """Remove a custom prompt (its number stays taken); returns whether it existed."""
        changed = await self.db.execute_rowcount(
            """UPDATE prompt_custom SET removed_at = ?, updated_at = ?
               WHERE guild_id = ? AND number = ? AND removed_at IS NULL""",
            (instant(now), instant(now), guild_id, number),
        )
        return changed > 0

    # Built-ins switched off -------------------------------------------------------------------

    async def disabled(self, guild_id: int) -> frozenset[str]:
        """Ids of the built-in prompts the guild switched off."""
        rows = await self.db.fetchall(
            "SELECT prompt_id FROM prompt_disabled WHERE guild_id = ?", (guild_id,)
        )
        return frozenset(row[0] for row in rows)

    async def disable(self, guild_id: int, prompt_id: str, actor_id: int, now: datetime) -> bool:
        """Switch a built-in off; returns False if it already was."""
        changed = await self.db.execute_rowcount(
            """INSERT INTO prompt_disabled (guild_id, prompt_id, disabled_by, disabled_at)
               VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            (guild_id, prompt_id, actor_id, instant(now)),
        )
        return changed > 0

    async def enable(self, guild_id: int, prompt_id: str) -> bool:
        """Switch a built-in back on; returns False if it was not off."""
        changed = await self.db.execute_rowcount(
            "DELETE FROM prompt_disabled WHERE guild_id = ? AND prompt_id = ?",
            (guild_id, prompt_id),
        )
        return changed > 0

    # Schedules --------------------------------------------------------------------------------

    async def add_schedule(
        self,
        *,
        guild_id: int,
        channel_id: int,
        weekdays: frozenset[int],
        at: time,
        timezone: str,
        topics: Iterable[str],
        thread: bool,
        created_by: int,
        now: datetime,
    ) -> Schedule:
        """Store a new active schedule."""
        schedule_id = await self.db.execute(
            """INSERT INTO prompt_schedules (guild_id, channel_id, weekdays, time_of_day, timezone,
                   topics, thread, status, active_since, created_by, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)""",
            (
                guild_id,
                channel_id,
                dump_days(weekdays),
                f"{at.hour:02d}:{at.minute:02d}",
                timezone,
                ",".join(topics),
                int(thread),
                instant(now),
                created_by,
                instant(now),
                instant(now),
            ),
        )
        schedule = await self.schedule(schedule_id)
        assert schedule is not None
        return schedule

    async def schedule(self, schedule_id: int) -> Schedule | None:
        """One schedule by id."""
        row = await self.db.fetchone(
            f"SELECT {_SCHEDULE_COLUMNS} FROM prompt_schedules WHERE id = ?",  # noqa: S608
            (schedule_id,),
        )
        return _schedule(row) if row else None

    async def schedules(self, guild_id: int) -> list[Schedule]:
        """The guild's schedules, oldest first."""
        rows = await self.db.fetchall(
            f"SELECT {_SCHEDULE_COLUMNS} FROM prompt_schedules WHERE guild_id = ? ORDER BY id",  # noqa: S608
            (guild_id,),
        )
        return [_schedule(row) for row in rows]

    async def active_schedules(self) -> list[Schedule]:
        """Every active schedule of every guild (for registering jobs at start-up)."""
        rows = await self.db.fetchall(
            f"SELECT {_SCHEDULE_COLUMNS} FROM prompt_schedules WHERE status = 'active' ORDER BY id"  # noqa: S608
        )
        return [_schedule(row) for row in rows]

    async def count_schedules(self, guild_id: int) -> int:
        """How many schedules the guild has."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) FROM prompt_schedules WHERE guild_id = ?", (guild_id,)
        )
        return int(row[0]) if row else 0

    async def set_status(
        self,
        schedule_id: int,
        status: ScheduleStatus,
        now: datetime,
        *,
        reason: str | None = None,
        active_since: datetime | None = None,
    ) -> bool:
        """Change a schedule's status (and, on resume, when it became active again)."""
        changed = await self.db.execute_rowcount(
            """UPDATE prompt_schedules
               SET status = ?, broken_reason = ?, active_since = COALESCE(?, active_since),
                   updated_at = ?
               WHERE id = ?""",
            (
                status.value,
                reason,
                instant(active_since) if active_since else None,
                instant(now),
                schedule_id,
            ),
        )
        return changed > 0

    async def delete_schedule(self, schedule_id: int) -> bool:
        """Delete a schedule; its posts stay in the channel's history."""
        changed = await self.db.execute_rowcount(
            "DELETE FROM prompt_schedules WHERE id = ?", (schedule_id,)
        )
        return changed > 0

    # Posts and occurrences --------------------------------------------------------------------

    async def last_occurrence(self, schedule_id: int) -> datetime | None:
        """The newest occurrence of the schedule that was handled (posted, claimed or skipped)."""
        row = await self.db.fetchone(
            "SELECT MAX(occurrence_at) FROM prompt_posts WHERE schedule_id = ?", (schedule_id,)
        )
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    async def last_occurrences(self) -> dict[int, datetime]:
        """The newest handled occurrence of every schedule that has one (for start-up)."""
        rows = await self.db.fetchall(
            """SELECT schedule_id, MAX(occurrence_at) FROM prompt_posts
               WHERE schedule_id IS NOT NULL GROUP BY schedule_id"""
        )
        return {int(row[0]): datetime.fromisoformat(row[1]) for row in rows if row[1]}

    async def last_posted(self, guild_id: int, channel_id: int) -> dict[str, int]:
        """Each prompt's latest post in the channel, as a growing number (the post id)."""
        rows = await self.db.fetchall(
            """SELECT prompt_id, MAX(id) FROM prompt_posts
               WHERE guild_id = ? AND channel_id = ? AND prompt_id IS NOT NULL
                 AND status IN ('claimed', 'posted')
               GROUP BY prompt_id""",
            (guild_id, channel_id),
        )
        return {row[0]: int(row[1]) for row in rows}

    async def record_skipped(
        self, schedule: Schedule, occurrences: Iterable[datetime], detail: str, now: datetime
    ) -> None:
        """Record occurrences that were not posted (already-recorded ones are left alone)."""
        await self.db.executemany(
            """INSERT INTO prompt_posts (guild_id, channel_id, schedule_id, occurrence_at, status,
                   detail, created_at, updated_at)
               VALUES (?, ?, ?, ?, 'skipped', ?, ?, ?)
               ON CONFLICT (schedule_id, occurrence_at) DO NOTHING""",
            [
                (
                    schedule.guild_id,
                    schedule.channel_id,
                    schedule.id,
                    instant(occurrence),
                    detail,
                    instant(now),
                    instant(now),
                )
                for occurrence in occurrences
            ],
        )

    async def claim(
        self, schedule: Schedule, occurrence: datetime, prompt_id: str, now: datetime
    ) -> int | None:
        """Record that ``occurrence`` is being posted; ``None`` if it was already handled."""
        try:
            return await self.db.execute(
                """INSERT INTO prompt_posts (guild_id, channel_id, prompt_id, schedule_id,
                       occurrence_at, status, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, 'claimed', ?, ?)""",
                (
                    schedule.guild_id,
                    schedule.channel_id,
                    prompt_id,
                    schedule.id,
                    instant(occurrence),
                    instant(now),
                    instant(now),
                ),
            )
        except sqlite3.IntegrityError:
            return None

    async def record_manual(
        self, guild_id: int, channel_id: int, prompt_id: str, now: datetime
    ) -> int:
        """Record a post made by hand (``/prompts post``) before it is sent."""
        return await self.db.execute(
            """INSERT INTO prompt_posts (guild_id, channel_id, prompt_id, status, created_at,
                   updated_at)
               VALUES (?, ?, ?, 'claimed', ?, ?)""",
            (guild_id, channel_id, prompt_id, instant(now), instant(now)),
        )

    async def finish_post(
        self,
        post_id: int,
        status: PostStatus,
        now: datetime,
        *,
        message_id: int | None = None,
        detail: str | None = None,
    ) -> None:
        """Record how a claimed post ended."""
        await self.db.execute(
            """UPDATE prompt_posts SET status = ?, message_id = ?, detail = ?, updated_at = ?
               WHERE id = ?""",
            (status.value, message_id, detail, instant(now), post_id),
        )

    async def posts(self, schedule_id: int) -> list[tuple[datetime, PostStatus]]:
        """A schedule's handled occurrences, oldest first (for operators and tests)."""
        rows = await self.db.fetchall(
            """SELECT occurrence_at, status FROM prompt_posts
               WHERE schedule_id = ? ORDER BY occurrence_at""",
            (schedule_id,),
        )
        return [(datetime.fromisoformat(row[0]), PostStatus(row[1])) for row in rows]
