"""Database contention: another connection holds SQLite's write lock while the bot works.

An operator's tool, a second process or a backup script can hold the database's write lock
(``BEGIN IMMEDIATE``) for a moment. The bot's connection sets a busy timeout
(``bot.db.BUSY_TIMEOUT_MS``), so its writes wait for the lock instead of failing at once.

:class:`WriteLock` holds the lock from a thread with a plain ``sqlite3`` connection, for a few
real seconds (SQLite's busy timeout runs on the wall clock, not on simcord's virtual one).
While it is held a participant posts a risky message, and then a member checks in. The test
shows, without measuring time, that

* the bot's write had not happened while the lock was held (the holder counts the rows just
  before it commits), and the bot's handling finished only after the release (the holder's
  flag is already set when the simulated Discord call returns): the write waited;
* afterwards the escalation is recorded, its alert posted once and the resources sent, and
  the check-in is stored and answered: nothing was lost, no exception escaped.
"""

import sqlite3
import threading
from pathlib import Path
from types import TracebackType

import pytest
from simcord import Env

from bot.app import LanternBot
from bot.db import BUSY_TIMEOUT_MS
from tests.integration.conftest import World, configure

CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."
HOLD_SECONDS = 2.0
# Soak: most of the busy timeout, leaving a margin for a loaded machine.
SOAK_HOLD_SECONDS = BUSY_TIMEOUT_MS / 1000 * 0.7


class WriteLock:
    """Another connection holding the write lock for ``seconds``, from its own thread."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.path = path
        self.seconds = seconds
        self.acquired = threading.Event()
        self.released = threading.Event()
        self.seen_before_release: dict[str, int] = {}
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._hold, name="write-lock", daemon=True)

    def _hold(self) -> None:
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            try:
                connection.execute("BEGIN IMMEDIATE")
                self.acquired.set()
                threading.Event().wait(self.seconds)
                for table in ("escalations", "checkins"):
                    row = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()  # noqa: S608
                    self.seen_before_release[table] = row[0]
                self.released.set()
                connection.execute("COMMIT")
            finally:
                connection.close()
        except BaseException as exc:  # reported by __exit__ in the test's thread
            self.error = exc
            self.acquired.set()

    def __enter__(self) -> "WriteLock":
        self._thread.start()
        self.acquired.wait()
        assert self.error is None, self.error
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._thread.join()
        assert self.error is None, self.error


def lantern(env: Env) -> LanternBot:
    """The running bot."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    return bot


def test_busy_timeout_outlasts_a_few_seconds_of_contention() -> None:
    # "A few seconds" of contention must be survivable with room to spare.
    assert BUSY_TIMEOUT_MS / 1000 >= 3 * HOLD_SECONDS


# A larger settle timeout: simcord must keep waiting while the bot's write is blocked.
@pytest.mark.simcord(settle_timeout=30)
async def test_writes_wait_for_a_held_lock_and_nothing_is_lost(world: World, env: Env) -> None:
    await contended(world, env, HOLD_SECONDS)


@pytest.mark.soak
@pytest.mark.simcord(settle_timeout=30)
async def test_soak_writes_wait_for_a_lock_held_most_of_the_busy_timeout(
    world: World, env: Env
) -> None:
    await contended(world, env, SOAK_HOLD_SECONDS)


async def contended(world: World, env: Env, seconds: float) -> None:
    """A risky message, then a check-in, each while another connection holds the lock."""
    await configure(world)
    path = lantern(env).services.db.path

    with WriteLock(path, seconds) as lock:
        await world.participant.send(world.general, CRISIS)
        assert lock.released.is_set(), "the bot finished before the lock was released"
    assert lock.seen_before_release["escalations"] == 0

    alerts = [
        m
        for m in world.counselors.history()
        if m.embeds and "escalation #1" in (m.embeds[0].title or "")
    ]
    assert len(alerts) == 1
    dms = world.participant.user.dm_channel.history()
    assert len(dms) == 1
    assert dms[0].embeds
    escalation = await lantern(env).services.escalations.find(1)
    assert escalation is not None
    assert escalation.delivery_state == "delivered"

    with WriteLock(path, seconds) as lock:
        shown = await world.outsider.slash(world.general, "checkin")
        assert shown.modal is not None
        answered = await world.outsider.submit_modal(
            shown, {"mood": "6", "cravings": "2", "used": "no"}
        )
        assert lock.released.is_set(), "the check-in finished before the lock was released"
    assert lock.seen_before_release["checkins"] == 0
    assert answered.ephemeral
    assert answered.response is not None
    assert "Thank" in answered.response.content, answered.response.content
    row = await lantern(env).services.db.fetchone("SELECT COUNT(*) FROM checkins")
    assert row is not None
    assert row[0] == 1
    assert env.errors == []
