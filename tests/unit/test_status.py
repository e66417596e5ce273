"""`lantern status`: health from the database, non-zero when something needs attention."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.db import Database


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANTERN_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


async def _seed(path: Path, *, overdue: bool) -> None:
    db = await Database.open(path)
    now = datetime.now(UTC).isoformat()
    await db.execute(
        "INSERT INTO bot_meta (key, value, updated_at) VALUES ('heartbeat', ?, ?)", (now, now)
    )
    if overdue:
        await db.execute(
            """INSERT INTO escalations (guild_id, source, category, severity, created_at,
                   last_seen_at, overdue, delivery_state) VALUES (1, 'detector', 'suicide',
                   'critical', ?, ?, 1, 'delivered')""",
            (now, now),
        )
    await db.close()


async def test_status_ok(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    await _seed(data_dir / "lantern.db", overdue=False)
    assert main(["status"]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")


async def test_status_flags_overdue_escalations(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await _seed(data_dir / "lantern.db", overdue=True)
    assert main(["status"]) == 1
    assert "NEEDS ATTENTION: overdue escalations" in capsys.readouterr().out


def test_status_without_database(data_dir: Path) -> None:
    assert main(["status"]) == 1
