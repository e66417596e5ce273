"""Maintenance commands refuse to invent a database or keys for data that already exists."""

import asyncio
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.db import Database
from bot.settings import Settings, ensure_keys
from bot.store.moderation import ModerationStore


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANTERN_DATA_DIR", str(tmp_path / "data"))
    for name in ("LANTERN_ENCRYPTION_KEY", "LANTERN_PSEUDONYM_KEY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "data"


async def _create_database(data_dir: Path) -> None:
    db = await Database.open(data_dir / "lantern.db")
    await db.close()


@pytest.mark.parametrize(
    "command", [["purge", "--dry-run"], ["export-escalations", "--since", "2026-01-01"]]
)
def test_no_database_is_refused_without_creating_one(
    data_dir: Path, command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    if command[0] == "export-escalations":
        command = [*command, "--out", str(tmp_path / "out.csv")]
    with pytest.raises(SystemExit) as exited:
        main(command)
    assert exited.value.code == 2
    assert "no database" in capsys.readouterr().err.lower()
    assert not (data_dir / "lantern.db").exists()
    assert not (data_dir / "encryption.key").exists()


async def test_missing_keys_are_refused_not_generated(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await _create_database(data_dir)
    with pytest.raises(SystemExit) as exited:
        main(["purge", "--dry-run"])
    assert exited.value.code == 2
    assert "LANTERN_ENCRYPTION_KEY" in capsys.readouterr().err
    assert not (data_dir / "encryption.key").exists()
    assert not (data_dir / "pseudonym.key").exists()


def test_purge_runs_with_the_keys_in_the_data_directory(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(_create_database(data_dir))
    ensure_keys(Settings(data_dir=data_dir))  # what the bot's first start leaves behind
    assert main(["purge", "--dry-run"]) == 0
    assert "Would remove" in capsys.readouterr().out


async def _moderation_excerpt(data_dir: Path, at: datetime) -> int:
    db = await Database.open(data_dir / "lantern.db")
    try:
        return await ModerationStore(db).record(
            guild_id=1,
            channel_id=2,
            message_id=3,
            member_id=4,
            pseudonym=None,
            rule="contact",
            action="removed",
            detail="a phone number",
            sealed_excerpt="sealed text",
            now=at,
        )
    finally:
        await db.close()


async def _excerpt_of(data_dir: Path, action_id: int) -> str | None:
    db = await Database.open(data_dir / "lantern.db")
    try:
        return await ModerationStore(db).sealed_excerpt(action_id)
    finally:
        await db.close()


def test_purge_erases_moderation_excerpts_past_retention(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(_create_database(data_dir))
    ensure_keys(Settings(data_dir=data_dir))
    days = Settings(data_dir=data_dir).retention.moderation_excerpt_days
    old = asyncio.run(_moderation_excerpt(data_dir, datetime.now(UTC) - timedelta(days=days + 1)))
    recent = asyncio.run(_moderation_excerpt(data_dir, datetime.now(UTC)))

    assert main(["purge", "--dry-run"]) == 0
    assert "Would remove 1 group moderation record" in capsys.readouterr().out
    assert asyncio.run(_excerpt_of(data_dir, old)) == "sealed text"

    assert main(["purge"]) == 0
    assert "Removed 1 group moderation record" in capsys.readouterr().out
    assert asyncio.run(_excerpt_of(data_dir, old)) is None
    assert asyncio.run(_excerpt_of(data_dir, recent)) == "sealed text"


async def test_backup_is_readable_by_its_owner_only(data_dir: Path, tmp_path: Path) -> None:
    await _create_database(data_dir)
    target = tmp_path / "copy.db"
    assert main(["backup", str(target)]) == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
