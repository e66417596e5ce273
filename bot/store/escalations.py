"""SQL for escalations, their events, the on-call rota and resource notices."""

import sqlite3
from collections.abc import Iterable
from datetime import datetime

from bot.db import Database
from bot.escalation.model import Escalation, Event, Source, Status

_COLUMNS = """id, guild_id, channel_id, message_id, member_id, pseudonym, reporter_id, source,
    category, severity, status, fold_count, created_at, last_seen_at, ack_deadline, page_count,
    overdue, acknowledged_by, acknowledged_at, closed_by, closed_at, delivery_state,
    alert_channel_id, alert_message_id, thread_id, sealed_excerpt, sealed_context,
    sealed_reasons"""


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _row(row: sqlite3.Row) -> Escalation:
    return Escalation(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        member_id=row["member_id"],
        pseudonym=row["pseudonym"],
        reporter_id=row["reporter_id"],
        source=Source(row["source"]),
        category=row["category"],
        severity=row["severity"],
        status=Status(row["status"]),
        fold_count=row["fold_count"],
        created_at=datetime.fromisoformat(row["created_at"]),
        last_seen_at=datetime.fromisoformat(row["last_seen_at"]),
        ack_deadline=_time(row["ack_deadline"]),
        page_count=row["page_count"],
        overdue=bool(row["overdue"]),
        acknowledged_by=row["acknowledged_by"],
        acknowledged_at=_time(row["acknowledged_at"]),
        closed_by=row["closed_by"],
        closed_at=_time(row["closed_at"]),
        delivery_state=row["delivery_state"],
        alert_channel_id=row["alert_channel_id"],
        alert_message_id=row["alert_message_id"],
        thread_id=row["thread_id"],
        sealed_excerpt=row["sealed_excerpt"],
        sealed_context=row["sealed_context"],
        sealed_reasons=row["sealed_reasons"],
    )


class EscalationStore:
    """Reads and writes escalations. Callers group writes with ``db.transaction()``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def insert(
        self,
        *,
        guild_id: int,
        source: Source,
        category: str,
        severity: str,
        channel_id: int | None,
        message_id: int | None,
        member_id: int | None,
        pseudonym: str | None,
        reporter_id: int | None,
        sealed_excerpt: str | None,
        sealed_context: str | None,
        sealed_reasons: str | None,
        created_at: datetime,
        ack_deadline: datetime,
    ) -> int:
        """Store a new open escalation; returns its id."""
        return await self.db.execute(
            """INSERT INTO escalations (guild_id, source, category, severity, channel_id,
                   message_id, member_id, pseudonym, reporter_id, sealed_excerpt,
                   sealed_context, sealed_reasons, created_at, last_seen_at, ack_deadline)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                guild_id,
                source.value,
                category,
                severity,
                channel_id,
                message_id,
                member_id,
                pseudonym,
                reporter_id,
                sealed_excerpt,
                sealed_context,
                sealed_reasons,
                created_at.isoformat(),
                created_at.isoformat(),
                ack_deadline.isoformat(),
            ),
        )

    async def get(self, escalation_id: int) -> Escalation | None:
        """One escalation by id."""
        row = await self.db.fetchone(
            f"SELECT {_COLUMNS} FROM escalations WHERE id = ?",  # noqa: S608
            (escalation_id,),
        )
        return None if row is None else _row(row)

    async def count_opened_since(
        self, guild_id: int, since: datetime, *, exclude_id: int | None = None
    ) -> int:
        """How many non-critical escalations a guild opened since ``since`` (flood detection)."""
        row = await self.db.fetchone(
            """SELECT COUNT(*) FROM escalations
               WHERE created_at >= ? AND guild_id = ? AND severity != 'critical' AND id IS NOT ?""",
            (since.isoformat(), guild_id, exclude_id),
        )
        return int(row[0]) if row else 0

    async def has_message(self, guild_id: int, message_id: int) -> bool:
        """Whether an escalation was opened about this message."""
        row = await self.db.fetchone(
            "SELECT 1 FROM escalations WHERE guild_id = ? AND message_id = ? LIMIT 1",
            (guild_id, message_id),
        )
        return row is not None

    async def find_foldable(
        self,
        guild_id: int,
        member_id: int | None,
        pseudonym: str | None,
        category: str,
        since: datetime,
    ) -> Escalation | None:
        """An unclosed escalation about the same person and category seen since ``since``."""
        if member_id is None and pseudonym is None:
            return None
        row = await self.db.fetchone(
            f"""SELECT {_COLUMNS} FROM escalations
                WHERE guild_id = ? AND category = ? AND status IN ('open', 'acknowledged')
                  AND last_seen_at >= ?
                  AND (member_id = ? OR (member_id IS NULL AND pseudonym = ?))
                ORDER BY id DESC LIMIT 1""",  # noqa: S608
            (guild_id, category, since.isoformat(), member_id, pseudonym),
        )
        return None if row is None else _row(row)

    async def fold(
        self, escalation_id: int, *, at: datetime, severity: str, ack_deadline: datetime | None
    ) -> None:
        """Count one more message into an escalation, raising its severity if needed."""
        await self.db.execute(
            """UPDATE escalations SET fold_count = fold_count + 1, last_seen_at = ?,
                   severity = ?, ack_deadline = COALESCE(?, ack_deadline)
               WHERE id = ?""",
            (at.isoformat(), severity, _iso(ack_deadline), escalation_id),
        )

    async def transition(
        self,
        escalation_id: int,
        *,
        allowed_from: Iterable[Status],
        to: Status,
        actor_id: int,
        at: datetime,
    ) -> bool:
        """Move to ``to`` if the status is one of ``allowed_from``; returns whether it moved."""
        sources = [status.value for status in allowed_from]
        placeholders = ", ".join("?" for _ in sources)
        if to is Status.ACKNOWLEDGED:
            assignments = "acknowledged_by = ?, acknowledged_at = ?"
        else:
            assignments = (
                "closed_by = ?, closed_at = ?, "
                "acknowledged_by = COALESCE(acknowledged_by, closed_by), "
                "acknowledged_at = COALESCE(acknowledged_at, closed_at)"
            )
        changed = await self.db.execute_rowcount(
            f"""UPDATE escalations SET status = ?, {assignments}
                WHERE id = ? AND status IN ({placeholders})""",  # noqa: S608
            (to.value, actor_id, at.isoformat(), escalation_id, *sources),
        )
        return changed == 1

    async def add_event(
        self,
        escalation_id: int,
        *,
        at: datetime,
        kind: str,
        actor_id: int | None = None,
        sealed_note: str | None = None,
    ) -> None:
        """Store one event of an escalation's history."""
        await self.db.execute(
            """INSERT INTO escalation_events (escalation_id, at, actor_id, kind, sealed_note)
               VALUES (?, ?, ?, ?, ?)""",
            (escalation_id, at.isoformat(), actor_id, kind, sealed_note),
        )

    async def events(self, escalation_id: int) -> list[tuple[Event, str | None]]:
        """The history of an escalation, oldest first, with each note still sealed."""
        rows = await self.db.fetchall(
            """SELECT id, escalation_id, at, actor_id, kind, sealed_note
               FROM escalation_events WHERE escalation_id = ? ORDER BY id""",
            (escalation_id,),
        )
        return [
            (
                Event(
                    id=row["id"],
                    escalation_id=row["escalation_id"],
                    at=datetime.fromisoformat(row["at"]),
                    actor_id=row["actor_id"],
                    kind=row["kind"],
                    note=None,
                ),
                row["sealed_note"],
            )
            for row in rows
        ]

    async def count_events(self, kind: str, guild_id: int | None = None) -> int:
        """How many events of a kind exist (e.g. false alarms, for tuning detection)."""
        row = await self.db.fetchone(
            """SELECT COUNT(*) FROM escalation_events e JOIN escalations x
                   ON x.id = e.escalation_id
               WHERE e.kind = ? AND (? IS NULL OR x.guild_id = ?)""",
            (kind, guild_id, guild_id),
        )
        return int(row[0]) if row else 0

    async def search(
        self,
        guild_id: int,
        *,
        statuses: Iterable[Status],
        severity: str | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> list[Escalation]:
        """Escalations of a guild: still-overdue first, then most severe, then newest.

        ``overdue`` stays set as history once someone takes ownership; only open ones are late.
        """
        wanted = [status.value for status in statuses]
        placeholders = ", ".join("?" for _ in wanted)
        rows = await self.db.fetchall(
            f"""SELECT {_COLUMNS} FROM escalations
                WHERE guild_id = ? AND status IN ({placeholders})
                  AND (? IS NULL OR severity = ?)
                ORDER BY (status = 'open' AND overdue = 1) DESC,
                    CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1
                                  WHEN 'medium' THEN 2 ELSE 3 END,
                    id DESC
                LIMIT ? OFFSET ?""",  # noqa: S608
            (guild_id, *wanted, severity, severity, limit, offset),
        )
        return [_row(row) for row in rows]

    async def count(
        self, guild_id: int, *, statuses: Iterable[Status], severity: str | None = None
    ) -> int:
        """How many escalations :meth:`search` would page through."""
        wanted = [status.value for status in statuses]
        placeholders = ", ".join("?" for _ in wanted)
        row = await self.db.fetchone(
            f"""SELECT COUNT(*) FROM escalations
                WHERE guild_id = ? AND status IN ({placeholders})
                  AND (? IS NULL OR severity = ?)""",  # noqa: S608
            (guild_id, *wanted, severity, severity),
        )
        return int(row[0]) if row else 0

    async def due_for_page(self, now: datetime) -> list[Escalation]:
        """Open escalations whose acknowledge deadline has passed."""
        rows = await self.db.fetchall(
            f"""SELECT {_COLUMNS} FROM escalations
                WHERE status = 'open' AND ack_deadline <= ? ORDER BY ack_deadline""",  # noqa: S608
            (now.isoformat(),),
        )
        return [_row(row) for row in rows]

    async def next_deadline(self) -> datetime | None:
        """The earliest acknowledge deadline of any open escalation."""
        row = await self.db.fetchone(
            "SELECT MIN(ack_deadline) FROM escalations WHERE status = 'open'"
        )
        return None if row is None else _time(row[0])

    async def record_page(
        self, escalation_id: int, *, page_count: int, ack_deadline: datetime, overdue: bool
    ) -> None:
        """Store that a re-page happened and when the next one is due."""
        await self.db.execute(
            """UPDATE escalations SET page_count = ?, ack_deadline = ?, overdue = ?
               WHERE id = ?""",
            (page_count, ack_deadline.isoformat(), int(overdue), escalation_id),
        )

    async def set_alert(
        self, escalation_id: int, *, channel_id: int | None, message_id: int | None, state: str
    ) -> None:
        """Store where the alert was delivered (or that a fallback was used)."""
        await self.db.execute(
            """UPDATE escalations SET alert_channel_id = COALESCE(?, alert_channel_id),
                   alert_message_id = COALESCE(?, alert_message_id), delivery_state = ?
               WHERE id = ?""",
            (channel_id, message_id, state, escalation_id),
        )

    async def set_thread(self, escalation_id: int, thread_id: int) -> None:
        """Store the private support thread opened for an escalation."""
        await self.db.execute(
            "UPDATE escalations SET thread_id = ? WHERE id = ?", (thread_id, escalation_id)
        )

    async def count_by_status(self) -> dict[str, int]:
        """How many escalations are in each status, across guilds (for health checks)."""
        rows = await self.db.fetchall("SELECT status, COUNT(*) FROM escalations GROUP BY status")
        return {row[0]: int(row[1]) for row in rows}

    # ---------------------------------------------------------------- on-call rota

    async def set_rota(self, guild_id: int, user_id: int, kind: str, at: datetime) -> bool:
        """Add someone to the on-call (or backup) list; returns False if already there."""
        changed = await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO oncall (guild_id, user_id, kind, since) VALUES (?, ?, ?, ?)",
            (guild_id, user_id, kind, at.isoformat()),
        )
        return changed == 1

    async def remove_rota(self, guild_id: int, user_id: int, kind: str) -> bool:
        """Remove someone from the on-call (or backup) list; returns whether they were on it."""
        changed = await self.db.execute_rowcount(
            "DELETE FROM oncall WHERE guild_id = ? AND user_id = ? AND kind = ?",
            (guild_id, user_id, kind),
        )
        return changed == 1

    async def rota(self, guild_id: int, kind: str) -> list[tuple[int, datetime]]:
        """Who is on the on-call (or backup) list, and since when."""
        rows = await self.db.fetchall(
            "SELECT user_id, since FROM oncall WHERE guild_id = ? AND kind = ? ORDER BY since",
            (guild_id, kind),
        )
        return [(row["user_id"], datetime.fromisoformat(row["since"])) for row in rows]

    # ------------------------------------------------------------ resource notices

    async def last_resources(self, guild_id: int, member_id: int) -> datetime | None:
        """When the member was last sent crisis resources."""
        row = await self.db.fetchone(
            "SELECT sent_at FROM resource_notices WHERE guild_id = ? AND member_id = ?",
            (guild_id, member_id),
        )
        return None if row is None else datetime.fromisoformat(row["sent_at"])

    async def mark_resources(self, guild_id: int, member_id: int, at: datetime, via: str) -> None:
        """Remember that the member was sent crisis resources."""
        await self.db.execute(
            """INSERT INTO resource_notices (guild_id, member_id, sent_at, via)
               VALUES (?, ?, ?, ?) ON CONFLICT (guild_id, member_id)
               DO UPDATE SET sent_at = excluded.sent_at, via = excluded.via""",
            (guild_id, member_id, at.isoformat(), via),
        )


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


class PersonalEscalationData:
    """SQL for data rights and retention over escalations (kept apart from the hot path)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def about_member(self, guild_id: int, member_id: int) -> list[Escalation]:
        """Every escalation about a member in a guild."""
        rows = await self.db.fetchall(
            f"SELECT {_COLUMNS} FROM escalations WHERE guild_id = ? AND member_id = ? ORDER BY id",  # noqa: S608
            (guild_id, member_id),
        )
        return [_row(row) for row in rows]

    async def erase(self, escalation_ids: list[int]) -> int:
        """Remove the personal fields and sealed text of closed escalations."""
        if not escalation_ids:
            return 0
        placeholders = ", ".join("?" for _ in escalation_ids)
        async with self.db.transaction():
            # Notes, and who raised or added to it (a flagging peer is personal data too);
            # counselors' own actions stay as the record of who handled it.
            await self.db.execute(
                f"""UPDATE escalation_events SET sealed_note = NULL,
                       actor_id = CASE WHEN kind IN ('created', 'folded') THEN NULL
                                       ELSE actor_id END
                    WHERE escalation_id IN (
                        SELECT id FROM escalations WHERE id IN ({placeholders})
                        AND status IN ('resolved', 'false_alarm'))""",  # noqa: S608
                escalation_ids,
            )
            return await self.db.execute_rowcount(
                f"""UPDATE escalations SET member_id = NULL, pseudonym = NULL, reporter_id = NULL,
                       message_id = NULL, sealed_excerpt = NULL, sealed_context = NULL,
                       sealed_reasons = NULL, personal_erased = 1
                    WHERE id IN ({placeholders}) AND status IN ('resolved', 'false_alarm')""",  # noqa: S608
                escalation_ids,
            )

    async def closed_before(self, cutoff: datetime) -> list[int]:
        """Closed escalations older than ``cutoff`` whose text is still stored."""
        rows = await self.db.fetchall(
            """SELECT id FROM escalations WHERE status IN ('resolved', 'false_alarm')
               AND personal_erased = 0 AND closed_at < ?""",
            (cutoff.isoformat(),),
        )
        return [row[0] for row in rows]

    async def request_erasure(self, guild_id: int, member_id: int, at: datetime) -> None:
        """Remember to erase a member's open escalations once they close."""
        await self.db.execute(
            """INSERT OR IGNORE INTO erasure_requests (guild_id, member_id, requested_at)
               VALUES (?, ?, ?)""",
            (guild_id, member_id, at.isoformat()),
        )

    async def pending_erasures(self) -> list[int]:
        """Closed escalations of members who asked to be forgotten."""
        rows = await self.db.fetchall(
            """SELECT x.id FROM escalations x JOIN erasure_requests r
                   ON r.guild_id = x.guild_id AND r.member_id = x.member_id
               WHERE x.status IN ('resolved', 'false_alarm') AND x.personal_erased = 0"""
        )
        return [row[0] for row in rows]

    async def finish_erasure_requests(self) -> None:
        """Forget erasure requests with nothing left to erase."""
        await self.db.execute(
            """DELETE FROM erasure_requests WHERE NOT EXISTS (
                   SELECT 1 FROM escalations x WHERE x.guild_id = erasure_requests.guild_id
                   AND x.member_id = erasure_requests.member_id)"""
        )

    async def forget_rota_and_notices(self, guild_id: int, member_id: int) -> int:
        """Delete a member's on-call entries and resource notices; returns how many."""
        removed = await self.db.execute_rowcount(
            "DELETE FROM oncall WHERE guild_id = ? AND user_id = ?", (guild_id, member_id)
        )
        removed += await self.db.execute_rowcount(
            "DELETE FROM resource_notices WHERE guild_id = ? AND member_id = ?",
            (guild_id, member_id),
        )
        # Messages this member flagged for a counselor stay (they are about someone else),
        # but no longer say who flagged them.
        await self.db.execute(
            """UPDATE escalation_events SET actor_id = NULL
               WHERE actor_id = ? AND kind IN ('created', 'folded') AND escalation_id IN (
                   SELECT id FROM escalations WHERE guild_id = ? AND source = 'flag')""",
            (member_id, guild_id),
        )
        removed += await self.db.execute_rowcount(
            """UPDATE escalations SET reporter_id = NULL
               WHERE guild_id = ? AND reporter_id = ? AND source = 'flag'""",
            (guild_id, member_id),
        )
        return removed

    async def notices_of(self, guild_id: int, member_id: int) -> list[tuple[str, str]]:
        """When and how the member was sent crisis resources."""
        rows = await self.db.fetchall(
            "SELECT sent_at, via FROM resource_notices WHERE guild_id = ? AND member_id = ?",
            (guild_id, member_id),
        )
        return [(row[0], row[1]) for row in rows]


async def escalations_since(db: Database, since: datetime) -> list[Escalation]:
    """Every escalation created at or after ``since``, oldest first (for clinical export)."""
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM escalations WHERE created_at >= ? ORDER BY id",  # noqa: S608
        (since.isoformat(),),
    )
    return [_row(row) for row in rows]
