"""A small prompt library and a real, migrated SQLite database for the prompt unit tests."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import FixedClock
from bot.db import Database
from bot.prompts.library import Prompt, PromptLibrary, Topic
from bot.prompts.service import PromptService
from bot.settings import PromptSettings
from bot.store.guilds import GuildConfigStore
from bot.store.prompts import PromptStore

GUILD = 1001
CHANNEL = 2002
FACILITATOR = 3003
# Thursday 1 January 2026, 12:00 UTC.
START = datetime(2026, 1, 1, 12, tzinfo=UTC)


def small_library() -> PromptLibrary:
    """Two topics of three prompts each."""
    topics = (Topic("sleep", "Sleep"), Topic("cravings", "Cravings"))
    prompts = tuple(
        Prompt(
            id=f"{topic.slug}-{n}",
            topic=topic.slug,
            title=f"{topic.label} {n}",
            body=f"About {topic.label.lower()}.",
            question="What do you notice?",
            exercise="Try it once this week." if n == 1 else None,
        )
        for topic in topics
        for n in (1, 2, 3)
    )
    return PromptLibrary(prompts=prompts, topics=topics, footer="Peer support, not therapy.")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest_asyncio.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "lantern.db")
    yield database
    await database.close()


@pytest.fixture
def store(db: Database) -> PromptStore:
    return PromptStore(db)


@pytest.fixture
def service(db: Database, store: PromptStore, clock: FixedClock) -> PromptService:
    return PromptService(
        store=store,
        library=small_library(),
        clock=clock,
        guilds=GuildConfigStore(db),
        settings=PromptSettings(),
    )
