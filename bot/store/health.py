"""Read-only health queries for ``lantern status`` (plain sqlite3: no event loop, no writes)."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Health:
    """What an operator needs to know at a glance."""

    schema_version: int
    guilds: int
    undelivered_alerts: int
    owed_deliveries: int
    open_escalations: int
    overdue_escalations: int
    broken_schedules: int
    last_heartbeat: datetime | None


def _scalar(connection: sqlite3.Connection, sql: str) -> int:
    try:
        row = connection.execute(sql).fetchone()
    except sqlite3.OperationalError:
        return 0  # the table arrives with a later migration
    return int(row[0] or 0) if row else 0


def read_health(path: Path) -> Health:
    """Read the health figures from the database at ``path`` without changing it."""
    if not path.exists():
        raise FileNotFoundError(f"no database at {path}")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        beat = None
        try:
            row = connection.execute(
                "SELECT value FROM bot_meta WHERE key = 'heartbeat'"
            ).fetchone()
            beat = datetime.fromisoformat(row[0]) if row else None
        except sqlite3.OperationalError:
            beat = None
        return Health(
            schema_version=_scalar(connection, "PRAGMA user_version"),
            guilds=_scalar(connection, "SELECT COUNT(*) FROM guild_config"),
            undelivered_alerts=_scalar(
                connection,
                "SELECT COUNT(*) FROM escalations WHERE delivery_state != 'delivered' "
                "AND status NOT IN ('resolved', 'false_alarm')",
            ),
            owed_deliveries=_scalar(
                connection, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'"
            ),
            open_escalations=_scalar(
                connection, "SELECT COUNT(*) FROM escalations WHERE status = 'open'"
            ),
            overdue_escalations=_scalar(
                connection, "SELECT COUNT(*) FROM escalations WHERE status = 'open' AND overdue = 1"
            ),
            broken_schedules=_scalar(
                connection, "SELECT COUNT(*) FROM prompt_schedules WHERE status = 'broken'"
            ),
            last_heartbeat=beat,
        )
    finally:
        connection.close()
