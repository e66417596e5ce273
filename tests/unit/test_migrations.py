"""Migrations and backups on a real SQLite file."""

import sqlite3
from pathlib import Path

import pytest

from bot.db import Database, backup_file, migrate_file
from bot.migrations import (
    DatabaseTooNew,
    Migration,
    MigrationError,
    apply_sync,
    discover_migrations,
    latest_version,
)


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }


async def test_fresh_database_is_migrated_to_latest(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "lantern.db")
    try:
        assert await db.schema_version() == latest_version(discover_migrations())
        journal = await db.fetchone("PRAGMA journal_mode")
        foreign_keys = await db.fetchone("PRAGMA foreign_keys")
        assert journal is not None
        assert journal[0] == "wal"
        assert foreign_keys is not None
        assert foreign_keys[0] == 1
    finally:
        await db.close()
    assert {"guild_config", "bot_meta"} <= _tables(tmp_path / "lantern.db")


def test_rerun_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    applied, version = migrate_file(path)
    assert applied == version == latest_version(discover_migrations())
    assert migrate_file(path) == (0, version)


def test_failed_migration_leaves_database_unchanged(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    good = Migration(1, "good", "CREATE TABLE kept (id INTEGER);")
    bad = Migration(2, "bad", "CREATE TABLE half (id INTEGER);\nINSERT INTO nowhere VALUES (1);")

    with pytest.raises(MigrationError, match="left unchanged"):
        apply_sync(connection, [good, bad])

    assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
    assert connection.execute("SELECT name FROM sqlite_master").fetchall() == []
    assert not connection.in_transaction
    connection.close()


async def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 999")

    with pytest.raises(DatabaseTooNew, match="newer than this Lantern"):
        await Database.open(path)
    with pytest.raises(DatabaseTooNew):
        migrate_file(path)


def test_numbering_gaps_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "gappy_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "0001_first.sql").write_text("CREATE TABLE a (id INTEGER);")
    (package / "0003_third.sql").write_text("CREATE TABLE c (id INTEGER);")
    monkeypatch.syspath_prepend(str(tmp_path))

    with pytest.raises(MigrationError, match="expected 0002"):
        discover_migrations("gappy_migrations")


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "lantern.db")
    try:

        async def insert_then_fail() -> None:
            async with db.transaction():
                await db.execute(
                    "INSERT INTO bot_meta (key, value, updated_at) VALUES ('k', 'v', 't')"
                )
                raise RuntimeError("boom")

        with pytest.raises(RuntimeError):
            await insert_then_fail()
        assert await db.fetchall("SELECT * FROM bot_meta") == []
    finally:
        await db.close()


async def test_backup_while_open_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    db = await Database.open(path)
    try:
        await db.execute("INSERT INTO bot_meta (key, value, updated_at) VALUES ('k', 'v', 't')")
        version = backup_file(path, tmp_path / "copy.db")
        await db.execute("INSERT INTO bot_meta (key, value, updated_at) VALUES ('k2', 'v', 't')")
    finally:
        await db.close()

    assert version == latest_version(discover_migrations())
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("SELECT key FROM bot_meta").fetchall() == [("k",)]
    with pytest.raises(FileExistsError):
        backup_file(path, tmp_path / "copy.db")
