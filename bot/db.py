"""The SQLite database: one aiosqlite connection in WAL mode, and the migration runner.

Every statement goes through :class:`Database`, which serialises access with a task-reentrant
lock so that one coroutine's transaction never swallows another's statements on the shared
connection. Repositories in ``bot.store`` hold all SQL.
"""

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot import migrations as _migrations

Params = Sequence[Any] | dict[str, Any]
BUSY_TIMEOUT_MS = 10_000


PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    # NORMAL is durable across application crashes in WAL mode; only power loss can lose the
    # last commits, and escalations are re-delivered from what was committed.
    "PRAGMA synchronous = NORMAL",
)


def _configure(connection: sqlite3.Connection) -> None:
    connection.row_factory = sqlite3.Row
    for pragma in PRAGMAS:
        connection.execute(pragma)


class Database:
    """An open Lantern database."""

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None

    @classmethod
    async def open(cls, path: Path, *, migrate: bool = True) -> "Database":
        """Open (creating if needed) the database at ``path`` and apply pending migrations."""
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; Database.transaction() is explicit.
        connection = await aiosqlite.connect(path, isolation_level=None)
        try:
            connection.row_factory = sqlite3.Row
            for pragma in PRAGMAS:
                # Close each cursor: an open one (journal_mode returns a row) blocks COMMIT.
                async with connection.execute(pragma):
                    pass
            async with connection.execute("PRAGMA user_version") as cursor:
                row = await cursor.fetchone()
            todo = _migrations.pending(row[0] if row else 0, _migrations.discover_migrations())
            if todo and not migrate:
                raise _migrations.MigrationError(
                    "the database needs migrating first: run `lantern migrate`"
                )
            if todo:
                await _apply(connection, todo)
        except BaseException:
            await connection.close()
            raise
        return cls(connection, path)

    async def close(self) -> None:
        """Close the connection (waits for any statement in progress)."""
        async with self._locked():
            await self._connection.close()

    @asynccontextmanager
    async def _locked(self) -> AsyncIterator[None]:
        task = asyncio.current_task()
        if task is not None and self._owner is task:
            yield  # already held by this task: re-entrant use inside a transaction
            return
        async with self._lock:
            self._owner = task
            try:
                yield
            finally:
                self._owner = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator["Database"]:
        """Run the block's statements atomically: commit on success, roll back on error."""
        async with self._locked():
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            else:
                await self._connection.execute("COMMIT")

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the last inserted row id (for INSERT) or 0."""
        async with self._locked():
            cursor = await self._connection.execute(sql, params)
            try:
                return cursor.lastrowid or 0
            finally:
                await cursor.close()

    async def execute_rowcount(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns how many rows it changed."""
        async with self._locked():
            cursor = await self._connection.execute(sql, params)
            try:
                return cursor.rowcount
            finally:
                await cursor.close()

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement for each parameter set."""
        async with self._locked():
            await self._connection.executemany(sql, rows)

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row of a query, or ``None``."""
        async with self._locked():
            cursor = await self._connection.execute(sql, params)
            try:
                row: sqlite3.Row | None = await cursor.fetchone()
                return row
            finally:
                await cursor.close()

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Every row of a query."""
        async with self._locked():
            cursor = await self._connection.execute(sql, params)
            try:
                return list(await cursor.fetchall())
            finally:
                await cursor.close()

    async def schema_version(self) -> int:
        """The applied migration version."""
        row = await self.fetchone("PRAGMA user_version")
        return int(row[0]) if row else 0


async def _apply(connection: aiosqlite.Connection, todo: list[_migrations.Migration]) -> None:
    try:
        await connection.executescript(_migrations.migration_script(todo))
    except sqlite3.Error as exc:
        if connection.in_transaction:
            await connection.execute("ROLLBACK")
        raise _migrations.MigrationError(
            f"migration failed, database left unchanged: {exc}"
        ) from exc


def migrate_file(path: Path) -> tuple[int, int]:
    """Apply pending migrations to the database at ``path``; returns (applied, version)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        _configure(connection)
        applied = _migrations.apply_sync(connection)
        return applied, connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def backup_file(source: Path, destination: Path) -> int:
    """Copy a live database consistently with SQLite's online backup API; returns its version.

    Safe while the bot is running: the backup API copies a consistent snapshot even while
    other connections write.
    """
    if not source.exists():
        raise FileNotFoundError(f"no database at {source}")
    if destination.exists():
        raise FileExistsError(f"{destination} already exists; choose a new file name")
    destination.parent.mkdir(parents=True, exist_ok=True)
    # The copy holds everything the database does: readable by its owner only, from the start.
    destination.touch(mode=0o600, exist_ok=False)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(destination)
    try:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        src.backup(dst)
        version: int = dst.execute("PRAGMA user_version").fetchone()[0]
        return version
    finally:
        dst.close()
        src.close()
