"""SQL for the delivery outbox: Discord sends owed by committed state changes."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from bot.db import Database


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One delivery Lantern owes: what, to whom, and how often it was tried."""

    id: int
    guild_id: int
    escalation_id: int | None
    kind: str
    target_id: int | None
    marker: str
    priority: int
    attempts: int
    next_attempt_at: datetime
    last_error: str | None


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        guild_id=row["guild_id"],
        escalation_id=row["escalation_id"],
        kind=row["kind"],
        target_id=row["target_id"],
        marker=row["marker"],
        priority=row["priority"],
        attempts=row["attempts"],
        next_attempt_at=datetime.fromisoformat(row["next_attempt_at"]),
        last_error=row["last_error"],
    )


class OutboxStore:
    """Reads and writes ``outbox``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def enqueue(
        self,
        *,
        guild_id: int,
        escalation_id: int | None,
        kind: str,
        target_id: int | None,
        marker: str,
        at: datetime,
        priority: int = 0,
    ) -> bool:
        """Owe a delivery; a marker already owed is not added twice. Returns whether added."""
        changed = await self.db.execute_rowcount(
            """INSERT OR IGNORE INTO outbox (guild_id, escalation_id, kind, target_id, marker,
                   priority, next_attempt_at, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                escalation_id,
                kind,
                target_id,
                marker,
                priority,
                at.isoformat(),
                at.isoformat(),
            ),
        )
        return changed == 1

    async def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]:
        """Pending deliveries whose time has come, most urgent first."""
        rows = await self.db.fetchall(
            """SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?
               ORDER BY priority DESC, id LIMIT ?""",
            (now.isoformat(), limit),
        )
        return [_item(row) for row in rows]

    async def begin_attempt(self, item_id: int, retry_at: datetime) -> int:
        """Record that an attempt starts now (so a crash mid-send is known); returns attempts."""
        await self.db.execute(
            """UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?""",
            (retry_at.isoformat(), item_id),
        )
        row = await self.db.fetchone("SELECT attempts FROM outbox WHERE id = ?", (item_id,))
        return int(row[0]) if row else 0

    async def finish(self, item_id: int, at: datetime, result_id: int | None) -> None:
        """Mark a delivery done."""
        await self.db.execute(
            "UPDATE outbox SET state = 'done', done_at = ?, result_id = ? WHERE id = ?",
            (at.isoformat(), result_id, item_id),
        )

    async def record_failure(self, item_id: int, error: str, *, give_up: bool = False) -> None:
        """Store why an attempt failed; ``give_up`` stops further attempts."""
        await self.db.execute(
            "UPDATE outbox SET last_error = ?, state = CASE WHEN ? THEN 'dead' ELSE state END "
            "WHERE id = ?",
            (error[:500], int(give_up), item_id),
        )

    async def reschedule(self, item_id: int, at: datetime) -> None:
        """Move the next attempt of a pending delivery."""
        await self.db.execute(
            "UPDATE outbox SET next_attempt_at = ? WHERE id = ?", (at.isoformat(), item_id)
        )

    async def next_of_kind(self, guild_id: int, kind: str) -> datetime | None:
        """When a guild's earliest pending delivery of ``kind`` is due (to join a digest)."""
        row = await self.db.fetchone(
            """SELECT MIN(next_attempt_at) FROM outbox
               WHERE state = 'pending' AND kind = ? AND guild_id = ?""",
            (kind, guild_id),
        )
        return None if row is None or row[0] is None else datetime.fromisoformat(row[0])

    async def next_attempt(self) -> datetime | None:
        """When the earliest pending delivery is due."""
        row = await self.db.fetchone(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'"
        )
        return None if row is None or row[0] is None else datetime.fromisoformat(row[0])

    async def pending_count(self, kind: str | None = None) -> int:
        """How many deliveries are still owed (for health checks and tests)."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND (? IS NULL OR kind = ?)",
            (kind, kind),
        )
        return int(row[0]) if row else 0

    async def result_of(self, marker: str) -> int | None:
        """The message id a finished delivery produced."""
        row = await self.db.fetchone(
            "SELECT result_id FROM outbox WHERE marker = ? AND state = 'done'", (marker,)
        )
        return None if row is None else row[0]
