"""Small facts about this installation, such as the hash of the last synced command tree."""

from datetime import datetime

from bot.db import Database

# The running bot's "I am alive" timestamp, read by `lantern status` and `/healthz`.
HEARTBEAT_KEY = "heartbeat"


class MetaStore:
    """Reads and writes ``bot_meta``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, key: str) -> str | None:
        """The stored value for ``key``, if any."""
        row = await self._db.fetchone("SELECT value FROM bot_meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def set(self, key: str, value: str, now: datetime) -> None:
        """Store ``value`` under ``key``."""
        await self._db.execute(
            """INSERT INTO bot_meta (key, value, updated_at) VALUES (?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET value = excluded.value,
               updated_at = excluded.updated_at""",
            (key, value, now.isoformat()),
        )
