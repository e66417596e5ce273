"""SQL for peer groups: group channels, guidelines and consent, sessions, moderation settings."""

import sqlite3
from datetime import UTC, datetime, time
from typing import Any

from bot.db import Database
from bot.groups.model import (
    GroupChannel,
    GroupStatus,
    GuidelinesPost,
    SessionState,
)
from bot.groups.moderation import Rule
from bot.groups.policy import ModerationSettings
from bot.groups.schedule import SessionSchedule, SessionTimes
from bot.prompts.days import dump_days, load_days


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _hhmm(value: time) -> str:
    return f"{value:%H:%M}"


def _clock(value: str) -> time:
    hour, minute = (int(part) for part in value.split(":"))
    return time(hour, minute)


_CHANNEL_COLUMNS = (
    "channel_id, guild_id, name, status, session_state, session_changed_at, created_by, "
    "created_at, archived_at"
)


def _channel(row: sqlite3.Row) -> GroupChannel:
    created = _time(row["created_at"])
    assert created is not None
    return GroupChannel(
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        name=row["name"],
        status=GroupStatus(row["status"]),
        session_state=SessionState(row["session_state"]) if row["session_state"] else None,
        session_changed_at=_time(row["session_changed_at"]),
        created_by=row["created_by"],
        created_at=created,
        archived_at=_time(row["archived_at"]),
    )


def _session(row: sqlite3.Row) -> SessionSchedule:
    return SessionSchedule(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        times=SessionTimes(
            weekdays=load_days(row["weekdays"]),
            opens=_clock(row["opens_at"]),
            closes=_clock(row["closes_at"]),
            timezone=row["timezone"],
        ),
        created_by=row["created_by"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


_SETTING_RULES = {
    Rule.CONTACT: "contact",
    Rule.HARASSMENT: "harassment",
    Rule.SOURCING: "sourcing",
    Rule.MENTIONS: "mentions",
    Rule.SPAM: "spam",
}
_SETTING_LIMITS = (
    "warnings_before_timeout",
    "warning_window_hours",
    "timeout_minutes",
    "flood_timeout_minutes",
    "shares_per_hour",
)


def _settings(row: sqlite3.Row) -> ModerationSettings:
    return ModerationSettings(
        guild_id=row["guild_id"],
        enabled=frozenset(rule for rule, column in _SETTING_RULES.items() if row[column]),
        modlog_excerpts=bool(row["modlog_excerpts"]),
        **{name: int(row[name]) for name in _SETTING_LIMITS},
    )


class GroupStore:
    """Reads and writes the ``group_*`` tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Channels ---------------------------------------------------------------------------------

    async def save_channel(
        self, guild_id: int, channel_id: int, name: str, created_by: int, now: datetime
    ) -> GroupChannel:
        """Register a channel as an active group (adopting an archived one makes it active)."""
        await self.db.execute(
            """INSERT INTO group_channels (channel_id, guild_id, name, status, created_by,
                                           created_at)
               VALUES (?, ?, ?, 'active', ?, ?)
               ON CONFLICT (channel_id) DO UPDATE SET
                   name = excluded.name, status = 'active', archived_at = NULL""",
            (channel_id, guild_id, name, created_by, _iso(now)),
        )
        saved = await self.channel(channel_id)
        assert saved is not None
        return saved

    async def channel(self, channel_id: int) -> GroupChannel | None:
        """One group channel, active or archived."""
        row = await self.db.fetchone(
            f"SELECT {_CHANNEL_COLUMNS} FROM group_channels WHERE channel_id = ?",  # noqa: S608
            (channel_id,),
        )
        return _channel(row) if row else None

    async def channels(self, guild_id: int) -> list[GroupChannel]:
        """A guild's group channels, active first, then by name."""
        rows = await self.db.fetchall(
            f"""SELECT {_CHANNEL_COLUMNS} FROM group_channels WHERE guild_id = ?
                ORDER BY status = 'archived', name""",  # noqa: S608
            (guild_id,),
        )
        return [_channel(row) for row in rows]

    async def active_channels(self) -> list[tuple[int, int]]:
        """Every active group channel as (channel id, guild id), for the in-memory index."""
        rows = await self.db.fetchall(
            "SELECT channel_id, guild_id FROM group_channels WHERE status = 'active'"
        )
        return [(row["channel_id"], row["guild_id"]) for row in rows]

    async def archive_channel(self, channel_id: int, now: datetime) -> None:
        """Mark a group archived and drop its session schedules."""
        async with self.db.transaction():
            await self.db.execute(
                """UPDATE group_channels SET status = 'archived', archived_at = ?
                   WHERE channel_id = ?""",
                (_iso(now), channel_id),
            )
            await self.db.execute("DELETE FROM group_sessions WHERE channel_id = ?", (channel_id,))

    async def set_session_state(self, channel_id: int, state: SessionState, at: datetime) -> None:
        """Record that a group's session is now open or closed."""
        await self.db.execute(
            """UPDATE group_channels SET session_state = ?, session_changed_at = ?
               WHERE channel_id = ?""",
            (state.value, _iso(at), channel_id),
        )

    # Guidelines -------------------------------------------------------------------------------

    async def latest_guidelines(self, guild_id: int) -> sqlite3.Row | None:
        """The guild's newest own guidelines (version, title, text), if it wrote any."""
        return await self.db.fetchone(
            """SELECT version, title, text FROM group_guidelines WHERE guild_id = ?
               ORDER BY version DESC LIMIT 1""",
            (guild_id,),
        )

    async def guideline_versions(self) -> dict[int, int]:
        """Every guild's newest own guidelines version (guilds on the default are absent)."""
        rows = await self.db.fetchall(
            "SELECT guild_id, MAX(version) AS version FROM group_guidelines GROUP BY guild_id"
        )
        return {row["guild_id"]: row["version"] for row in rows}

    async def add_guidelines(
        self,
        guild_id: int,
        title: str,
        text: str,
        edited_by: int,
        now: datetime,
        *,
        at_least: int,
    ) -> int:
        """Store a new version (above both the stored ones and ``at_least``); returns it."""
        async with self.db.transaction():
            row = await self.db.fetchone(
                "SELECT MAX(version) FROM group_guidelines WHERE guild_id = ?", (guild_id,)
            )
            version = max(int(row[0] or 0) if row else 0, at_least) + 1
            await self.db.execute(
                """INSERT INTO group_guidelines (guild_id, version, title, text, edited_by,
                                                 created_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (guild_id, version, title, text, edited_by, _iso(now)),
            )
        return version

    async def add_post(self, post: GuidelinesPost, now: datetime) -> None:
        """Remember where a version of the guidelines was posted."""
        await self.db.execute(
            """INSERT OR REPLACE INTO group_guidelines_posts
               (guild_id, channel_id, message_id, version, posted_at) VALUES (?, ?, ?, ?, ?)""",
            (post.guild_id, post.channel_id, post.message_id, post.version, _iso(now)),
        )

    async def posts(self, guild_id: int) -> list[GuidelinesPost]:
        """Every recorded guidelines post of a guild, newest first."""
        rows = await self.db.fetchall(
            """SELECT guild_id, channel_id, message_id, version FROM group_guidelines_posts
               WHERE guild_id = ? ORDER BY version DESC, message_id DESC""",
            (guild_id,),
        )
        return [
            GuidelinesPost(row["guild_id"], row["channel_id"], row["message_id"], row["version"])
            for row in rows
        ]

    async def guilds_with_posts(self) -> set[int]:
        """Guilds that have posted guidelines (consent is enforced only there)."""
        rows = await self.db.fetchall("SELECT DISTINCT guild_id FROM group_guidelines_posts")
        return {row["guild_id"] for row in rows}

    # Consent ----------------------------------------------------------------------------------

    async def record_consent(
        self, guild_id: int, member_id: int, version: int, now: datetime
    ) -> None:
        """Record that a member agreed to a version (agreeing twice keeps the first time)."""
        await self.db.execute(
            """INSERT OR IGNORE INTO group_consents (guild_id, member_id, version, agreed_at)
               VALUES (?, ?, ?, ?)""",
            (guild_id, member_id, version, _iso(now)),
        )

    async def consented_version(self, guild_id: int, member_id: int) -> int | None:
        """The newest version a member agreed to, if any."""
        row = await self.db.fetchone(
            "SELECT MAX(version) FROM group_consents WHERE guild_id = ? AND member_id = ?",
            (guild_id, member_id),
        )
        return int(row[0]) if row and row[0] is not None else None

    async def consents_of(self, guild_id: int, member_id: int) -> list[dict[str, Any]]:
        """A member's consent records, for a data export."""
        rows = await self.db.fetchall(
            """SELECT version, agreed_at FROM group_consents
               WHERE guild_id = ? AND member_id = ? ORDER BY version""",
            (guild_id, member_id),
        )
        return [{"guidelines_version": r["version"], "agreed_at": r["agreed_at"]} for r in rows]

    async def forget_consents(self, guild_id: int, member_id: int) -> int:
        """Delete a member's consent records; returns how many."""
        return await self.db.execute_rowcount(
            "DELETE FROM group_consents WHERE guild_id = ? AND member_id = ?",
            (guild_id, member_id),
        )

    # Sessions ---------------------------------------------------------------------------------

    async def add_session(
        self,
        guild_id: int,
        channel_id: int,
        times: SessionTimes,
        created_by: int,
        now: datetime,
    ) -> SessionSchedule:
        """Store a session schedule."""
        session_id = await self.db.execute(
            """INSERT INTO group_sessions (guild_id, channel_id, weekdays, opens_at, closes_at,
                                           timezone, created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                channel_id,
                dump_days(times.weekdays),
                _hhmm(times.opens),
                _hhmm(times.closes),
                times.timezone,
                created_by,
                _iso(now),
            ),
        )
        return SessionSchedule(session_id, guild_id, channel_id, times, created_by, now)

    async def session(self, session_id: int) -> SessionSchedule | None:
        """One session schedule."""
        row = await self.db.fetchone("SELECT * FROM group_sessions WHERE id = ?", (session_id,))
        return _session(row) if row else None

    async def sessions(self, guild_id: int, channel_id: int | None = None) -> list[SessionSchedule]:
        """A guild's session schedules (of one channel, if given), oldest first."""
        if channel_id is None:
            rows = await self.db.fetchall(
                "SELECT * FROM group_sessions WHERE guild_id = ? ORDER BY id", (guild_id,)
            )
        else:
            rows = await self.db.fetchall(
                "SELECT * FROM group_sessions WHERE guild_id = ? AND channel_id = ? ORDER BY id",
                (guild_id, channel_id),
            )
        return [_session(row) for row in rows]

    async def all_sessions(self) -> list[SessionSchedule]:
        """Every session schedule, to rebuild the scheduler's jobs at start-up."""
        rows = await self.db.fetchall("SELECT * FROM group_sessions ORDER BY id")
        return [_session(row) for row in rows]

    async def delete_session(self, session_id: int) -> None:
        """Remove a session schedule."""
        await self.db.execute("DELETE FROM group_sessions WHERE id = ?", (session_id,))

    # Moderation settings ----------------------------------------------------------------------

    async def moderation_settings(self) -> list[ModerationSettings]:
        """Every guild's stored moderation settings."""
        rows = await self.db.fetchall("SELECT * FROM group_moderation_settings")
        return [_settings(row) for row in rows]

    async def save_moderation_settings(self, settings: ModerationSettings, now: datetime) -> None:
        """Store a guild's moderation settings."""
        columns = [*_SETTING_RULES.values(), *_SETTING_LIMITS, "modlog_excerpts"]
        values: list[Any] = [int(rule in settings.enabled) for rule in _SETTING_RULES]
        values += [getattr(settings, name) for name in _SETTING_LIMITS]
        values.append(int(settings.modlog_excerpts))
        await self.db.execute(
            f"""INSERT INTO group_moderation_settings
                    (guild_id, {", ".join(columns)}, updated_at)
                VALUES (?, {", ".join("?" for _ in columns)}, ?)
                ON CONFLICT (guild_id) DO UPDATE SET
                {", ".join(f"{name} = excluded.{name}" for name in columns)},
                updated_at = excluded.updated_at""",  # noqa: S608
            (settings.guild_id, *values, _iso(now)),
        )
