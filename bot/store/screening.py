"""Where the risk monitor has read up to in each channel (``screen_marks``)."""

from collections.abc import Iterable

from bot.db import Database


class ScreenMarkStore:
    """Reads and writes the newest screened message id per channel."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def save(self, marks: Iterable[tuple[int, int, int]]) -> None:
        """Record ``(channel_id, guild_id, message_id)`` marks; a mark never moves backwards."""
        rows = list(marks)
        if not rows:
            return
        async with self._db.transaction():
            for channel_id, guild_id, message_id in rows:
                await self._db.execute(
                    """INSERT INTO screen_marks (channel_id, guild_id, message_id)
                       VALUES (?, ?, ?)
                       ON CONFLICT (channel_id) DO UPDATE
                       SET message_id = MAX(message_id, excluded.message_id)""",
                    (channel_id, guild_id, message_id),
                )

    async def for_guild(self, guild_id: int) -> dict[int, int]:
        """Each channel's mark in one guild: ``{channel_id: message_id}``."""
        rows = await self._db.fetchall(
            "SELECT channel_id, message_id FROM screen_marks WHERE guild_id = ?", (guild_id,)
        )
        return {int(row["channel_id"]): int(row["message_id"]) for row in rows}

    async def forget_channel(self, channel_id: int) -> None:
        """Drop a channel's mark (the channel is gone)."""
        await self._db.execute("DELETE FROM screen_marks WHERE channel_id = ?", (channel_id,))
