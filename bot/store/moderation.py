"""SQL for the moderation log and the anonymous-share rate limit."""

import sqlite3
from datetime import UTC, datetime
from typing import Any

from bot.db import Database
from bot.groups.model import ModerationAction


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _action(row: sqlite3.Row) -> ModerationAction:
    return ModerationAction(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        member_id=row["member_id"],
        pseudonym=row["pseudonym"],
        rule=row["rule"],
        action=row["action"],
        detail=row["detail"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


_ACTION_COLUMNS = (
    "id, guild_id, channel_id, message_id, member_id, pseudonym, rule, action, detail, created_at"
)


class ModerationStore:
    """Reads and writes ``moderation_actions`` and ``group_share_marks``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(
        self,
        *,
        guild_id: int,
        channel_id: int | None,
        message_id: int | None,
        member_id: int | None,
        pseudonym: str | None,
        rule: str,
        action: str,
        detail: str,
        sealed_excerpt: str | None,
        now: datetime,
    ) -> int:
        """Store one moderation decision; returns its id."""
        return await self.db.execute(
            """INSERT INTO moderation_actions (guild_id, channel_id, message_id, member_id,
                   pseudonym, rule, action, detail, sealed_excerpt, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                channel_id,
                message_id,
                member_id,
                pseudonym,
                rule,
                action,
                detail,
                sealed_excerpt,
                _iso(now),
            ),
        )

    async def count_since(self, guild_id: int, member_id: int, rule: str, since: datetime) -> int:
        """How many actions of one rule a member had since a moment."""
        row = await self.db.fetchone(
            """SELECT COUNT(*) FROM moderation_actions
               WHERE guild_id = ? AND member_id = ? AND rule = ? AND created_at >= ?""",
            (guild_id, member_id, rule, _iso(since)),
        )
        return int(row[0]) if row else 0

    async def recent(self, guild_id: int, limit: int = 20) -> list[ModerationAction]:
        """A guild's latest moderation actions, newest first."""
        rows = await self.db.fetchall(
            f"""SELECT {_ACTION_COLUMNS} FROM moderation_actions WHERE guild_id = ?
                ORDER BY id DESC LIMIT ?""",  # noqa: S608
            (guild_id, limit),
        )
        return [_action(row) for row in rows]

    async def sealed_excerpt(self, action_id: int) -> str | None:
        """The sealed excerpt of one action (None once purged)."""
        row = await self.db.fetchone(
            "SELECT sealed_excerpt FROM moderation_actions WHERE id = ?", (action_id,)
        )
        return row["sealed_excerpt"] if row else None

    async def about_member(self, guild_id: int, member_id: int) -> list[dict[str, Any]]:
        """A member's moderation record, for a data export (excerpts stay sealed)."""
        rows = await self.db.fetchall(
            f"""SELECT {_ACTION_COLUMNS} FROM moderation_actions
                WHERE guild_id = ? AND member_id = ? ORDER BY id""",  # noqa: S608
            (guild_id, member_id),
        )
        return [
            {
                "rule": action.rule,
                "action": action.action,
                "found": action.detail,
                "channel_id": str(action.channel_id) if action.channel_id else None,
                "at": action.created_at.isoformat(),
            }
            for action in map(_action, rows)
        ]

    async def forget_member(self, guild_id: int, member_id: int) -> int:
        """Delete a member's moderation record; returns how many rows."""
        return await self.db.execute_rowcount(
            "DELETE FROM moderation_actions WHERE guild_id = ? AND member_id = ?",
            (guild_id, member_id),
        )

    async def excerpts_before(self, cutoff: datetime) -> int:
        """How many stored excerpts are older than ``cutoff``."""
        row = await self.db.fetchone(
            """SELECT COUNT(*) FROM moderation_actions
               WHERE sealed_excerpt IS NOT NULL AND created_at < ?""",
            (_iso(cutoff),),
        )
        return int(row[0]) if row else 0

    async def drop_excerpts_before(self, cutoff: datetime) -> int:
        """Erase excerpts older than ``cutoff`` (the decision itself is kept)."""
        return await self.db.execute_rowcount(
            """UPDATE moderation_actions SET sealed_excerpt = NULL
               WHERE sealed_excerpt IS NOT NULL AND created_at < ?""",
            (_iso(cutoff),),
        )

    # Share rate limit -------------------------------------------------------------------------

    async def add_share_mark(self, guild_id: int, member_key: str, now: datetime) -> int:
        """Count one share against a member's hourly limit; returns the mark's id."""
        return await self.db.execute(
            "INSERT INTO group_share_marks (guild_id, member_key, shared_at) VALUES (?, ?, ?)",
            (guild_id, member_key, _iso(now)),
        )

    async def remove_share_mark(self, mark_id: int) -> None:
        """Give a share back (it could not be posted)."""
        await self.db.execute("DELETE FROM group_share_marks WHERE id = ?", (mark_id,))

    async def share_marks_since(
        self, guild_id: int, member_key: str, since: datetime
    ) -> list[datetime]:
        """When a member shared since a moment, oldest first."""
        rows = await self.db.fetchall(
            """SELECT shared_at FROM group_share_marks
               WHERE guild_id = ? AND member_key = ? AND shared_at >= ? ORDER BY shared_at""",
            (guild_id, member_key, _iso(since)),
        )
        return [datetime.fromisoformat(row["shared_at"]) for row in rows]

    async def drop_share_marks_before(self, cutoff: datetime) -> int:
        """Forget share marks older than the rate-limit window needs."""
        return await self.db.execute_rowcount(
            "DELETE FROM group_share_marks WHERE shared_at < ?", (_iso(cutoff),)
        )
