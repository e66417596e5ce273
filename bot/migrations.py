"""Finding and applying the SQL migrations in ``migrations/``.

Files are named ``NNNN_name.sql`` and numbered from 1 without gaps. The applied version lives
in the database itself (``PRAGMA user_version``). All pending migrations run inside one
transaction, so a failure leaves the database exactly as it was.
"""

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """The schema cannot be brought up to date."""


class DatabaseTooNew(MigrationError):
    """The database was written by a newer Lantern than this one."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered SQL script."""

    version: int
    name: str
    sql: str


def discover_migrations(package: str = "migrations") -> list[Migration]:
    """Every migration shipped in ``package``, in order; refuses gaps and duplicates."""
    found: list[Migration] = []
    for entry in resources.files(package).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(
                Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8"))
            )
    found.sort(key=lambda migration: migration.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise MigrationError(
                f"migrations must be numbered 1, 2, 3, ... without gaps; "
                f"expected {expected:04d}, found {migration.version:04d}_{migration.name}"
            )
    return found


def latest_version(migrations: list[Migration]) -> int:
    """The schema version the code expects."""
    return migrations[-1].version if migrations else 0


def pending(current: int, migrations: list[Migration]) -> list[Migration]:
    """Migrations not yet applied to a database at ``current``, refusing a newer database."""
    latest = latest_version(migrations)
    if current > latest:
        raise DatabaseTooNew(
            f"the database is at schema version {current}, newer than this Lantern "
            f"understands ({latest}). Upgrade Lantern, or restore a backup made by this version."
        )
    return [migration for migration in migrations if migration.version > current]


def migration_script(todo: list[Migration]) -> str:
    """One script applying ``todo`` atomically and recording the new version."""
    parts = ["BEGIN IMMEDIATE;"]
    for migration in todo:
        parts.append(f"-- {migration.version:04d}_{migration.name}\n{migration.sql}")
        parts.append(f"PRAGMA user_version = {migration.version};")
    parts.append("COMMIT;")
    return "\n".join(parts)


def apply_sync(connection: sqlite3.Connection, migrations: list[Migration] | None = None) -> int:
    """Apply pending migrations on a plain sqlite3 connection; returns how many ran."""
    todo = pending(
        connection.execute("PRAGMA user_version").fetchone()[0],
        discover_migrations() if migrations is None else migrations,
    )
    if not todo:
        return 0
    try:
        connection.executescript(migration_script(todo))
    except sqlite3.Error as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise MigrationError(f"migration failed, database left unchanged: {exc}") from exc
    return len(todo)
