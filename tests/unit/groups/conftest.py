"""A real, migrated SQLite database and the groups services over it, on a fixed clock."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio
from cryptography.fernet import Fernet

from bot.clock import FixedClock
from bot.db import Database
from bot.groups.feature import Groups
from bot.sealed import Sealer
from bot.store.guilds import GuildConfigStore

GUILD = 1001
CHANNEL = 2002
MEMBER = 3003
# Thursday 1 January 2026, 12:00 UTC.
START = datetime(2026, 1, 1, 12, tzinfo=UTC)
PSEUDONYM_KEY = "k" * 48


@pytest.fixture
def clock() -> FixedClock:
    """A clock that moves only when told."""
    return FixedClock(START)


@pytest_asyncio.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A fresh database with every migration applied."""
    database = await Database.open(tmp_path / "lantern.db")
    yield database
    await database.close()


@pytest.fixture
def sealer() -> Sealer:
    """A sealer with a throwaway key."""
    return Sealer([Fernet.generate_key().decode("ascii")])


@pytest_asyncio.fixture
async def groups(db: Database, clock: FixedClock, sealer: Sealer) -> Groups:
    """The groups services."""
    return await Groups.build(
        db=db,
        guilds=GuildConfigStore(db),
        sealer=sealer,
        clock=clock,
        pseudonym_key=PSEUDONYM_KEY,
    )
