"""SQL for check-ins and check-in reminders. No query here touches a Discord user id."""

from dataclasses import dataclass
from datetime import datetime

from bot.checkins.answers import Used
from bot.checkins.trends import DayRow
from bot.db import Database


@dataclass(frozen=True, slots=True)
class StoredCheckin:
    """One check-in, as its author may see it."""

    id: int
    channel_id: int
    mood: int
    cravings: int
    used: Used
    sealed_note: str | None
    local_day: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Reminder:
    """A daily check-in reminder in a group channel."""

    guild_id: int
    channel_id: int
    time_of_day: str


class CheckinStore:
    """Reads and writes ``checkins`` and ``checkin_reminders``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def insert(
        self,
        *,
        guild_id: int,
        channel_id: int,
        participant_key: str,
        mood: int,
        cravings: int,
        used: Used,
        sealed_note: str | None,
        local_day: str,
        created_at: datetime,
        signed: bool = False,
    ) -> int:
        """Store a check-in; returns its id. ``signed``: its answers reach a counselor with
        the member's name (``participant_key`` is then the member's signed key)."""
        return await self.db.execute(
            """INSERT INTO checkins (guild_id, channel_id, participant_key, mood, cravings, used,
                   sealed_note, local_day, created_at, signed)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                channel_id,
                participant_key,
                mood,
                cravings,
                used.value,
                sealed_note,
                local_day,
                created_at.isoformat(),
                int(signed),
            ),
        )

    async def sign_latest(
        self,
        keys: tuple[str, str],
        channel_id: int | None,
        answers: tuple[int, int, Used],
        since: datetime,
    ) -> bool:
        """Move the member's latest check-in with these answers (in this channel, since
        ``since``) to their signed key ``keys[1]``; returns whether it moved.

        Only the latest such check-in, and only if it is unsigned: were an older one signed
        (the latest being signed already), it would be tied to the member for nothing.
        """
        mood, cravings, used = answers
        changed = await self.db.execute_rowcount(
            """UPDATE checkins SET participant_key = ?, signed = 1
               WHERE signed = 0 AND id = (
                   SELECT id FROM checkins
                   WHERE participant_key IN (?, ?) AND (? IS NULL OR channel_id = ?)
                     AND mood = ? AND cravings = ? AND used = ? AND created_at >= ?
                   ORDER BY created_at DESC, id DESC LIMIT 1)""",
            (
                keys[1],
                *keys,
                channel_id,
                channel_id,
                mood,
                cravings,
                used.value,
                since.isoformat(),
            ),
        )
        return changed == 1

    async def day_rows(
        self, guild_id: int, channel_id: int | None, since_day: str, until_day: str
    ) -> list[DayRow]:
        """Per-day, per-group aggregates (of one group, or all) from ``since_day`` up to but not
        including ``until_day``, of unsigned check-ins. Each participant's check-ins of a day
        are averaged first."""
        rows = await self.db.fetchall(
            """SELECT local_day, channel_id, COUNT(*) AS participants, AVG(mood) AS mood,
                      AVG(cravings) AS cravings, SUM(used_yes) AS used_yes,
                      SUM(used_answered) AS used_answered
               FROM (SELECT local_day, channel_id, AVG(mood) AS mood,
                            AVG(cravings) AS cravings, MAX(used = 'yes') AS used_yes,
                            MAX(used != 'unsaid') AS used_answered
                     FROM checkins
                     WHERE guild_id = ? AND (? IS NULL OR channel_id = ?) AND signed = 0
                       AND local_day >= ? AND local_day < ?
                     GROUP BY local_day, channel_id, participant_key)
               GROUP BY local_day, channel_id ORDER BY local_day, channel_id""",
            (guild_id, channel_id, channel_id, since_day, until_day),
        )
        return [
            DayRow(
                day=row["local_day"],
                channel_id=row["channel_id"],
                participants=row["participants"],
                mean_mood=float(row["mood"]),
                mean_cravings=float(row["cravings"]),
                used_yes=int(row["used_yes"] or 0),
                used_answered=int(row["used_answered"] or 0),
            )
            for row in rows
        ]

    async def by_participant(
        self, keys: tuple[str, str], since_day: str | None = None
    ) -> list[StoredCheckin]:
        """One participant's check-ins under either of their keys, oldest first."""
        rows = await self.db.fetchall(
            """SELECT id, channel_id, mood, cravings, used, sealed_note, local_day, created_at
               FROM checkins WHERE participant_key IN (?, ?) AND (? IS NULL OR local_day >= ?)
               ORDER BY created_at, id""",
            (*keys, since_day, since_day),
        )
        return [
            StoredCheckin(
                id=row["id"],
                channel_id=row["channel_id"],
                mood=row["mood"],
                cravings=row["cravings"],
                used=Used(row["used"]),
                sealed_note=row["sealed_note"],
                local_day=row["local_day"],
                created_at=datetime.fromisoformat(row["created_at"]),
            )
            for row in rows
        ]

    async def delete_participant(self, keys: tuple[str, str]) -> int:
        """Delete every check-in of a participant (under either key); returns how many."""
        return await self.db.execute_rowcount(
            "DELETE FROM checkins WHERE participant_key IN (?, ?)", keys
        )

    async def count_before(self, cutoff: datetime) -> int:
        """How many check-ins are older than ``cutoff``."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) FROM checkins WHERE created_at < ?", (cutoff.isoformat(),)
        )
        return int(row[0]) if row else 0

    async def delete_before(self, cutoff: datetime) -> int:
        """Delete check-ins older than ``cutoff``; returns how many."""
        return await self.db.execute_rowcount(
            "DELETE FROM checkins WHERE created_at < ?", (cutoff.isoformat(),)
        )

    async def set_reminder(
        self, guild_id: int, channel_id: int, time_of_day: str, at: datetime
    ) -> None:
        """Create or move the daily reminder of a channel."""
        await self.db.execute(
            """INSERT INTO checkin_reminders (guild_id, channel_id, time_of_day, created_at)
               VALUES (?, ?, ?, ?) ON CONFLICT (guild_id, channel_id)
               DO UPDATE SET time_of_day = excluded.time_of_day""",
            (guild_id, channel_id, time_of_day, at.isoformat()),
        )

    async def remove_reminder(self, guild_id: int, channel_id: int) -> bool:
        """Stop a channel's reminder; returns whether there was one."""
        changed = await self.db.execute_rowcount(
            "DELETE FROM checkin_reminders WHERE guild_id = ? AND channel_id = ?",
            (guild_id, channel_id),
        )
        return changed == 1

    async def reminders(self, guild_id: int | None = None) -> list[Reminder]:
        """Every reminder (of one guild, or all, for start-up)."""
        rows = await self.db.fetchall(
            """SELECT guild_id, channel_id, time_of_day FROM checkin_reminders
               WHERE ? IS NULL OR guild_id = ? ORDER BY guild_id, channel_id""",
            (guild_id, guild_id),
        )
        return [Reminder(row["guild_id"], row["channel_id"], row["time_of_day"]) for row in rows]
