"""The one source of "now" for every part of Lantern.

Times are aware UTC datetimes internally. The running bot builds its clock on
``discord.utils.utcnow`` (see ``bot.app``), so under simcord's virtual time every deadline, page
and scheduled post follows ``env.advance_time`` without test-only patching. Waiting is done with
``asyncio.sleep`` on the running loop, which simcord also virtualises.
"""

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

# A long sleep is cut into slices so that a wall-clock jump (NTP, suspend) is noticed within this
# many seconds instead of at the end of a monotonic sleep that no longer matches the wall clock.
_MAX_SLICE_SECONDS = 300.0


class Clock(Protocol):
    """Something that tells the time and can wait until a moment."""

    def now(self) -> datetime:
        """Return the current instant as an aware UTC datetime."""
        ...

    async def sleep_until(self, when: datetime) -> None:
        """Return once ``now() >= when``."""
        ...


def _system_utcnow() -> datetime:
    return datetime.now(UTC)


class SystemClock:
    """A clock reading a ``now`` function and waiting on the running event loop."""

    def __init__(self, now: Callable[[], datetime] = _system_utcnow) -> None:
        self._now = now

    def now(self) -> datetime:
        """Return the current instant, normalised to aware UTC."""
        value = self._now()
        if value.tzinfo is None:
            # discord.utils.utcnow() is aware, but simcord's patched utcnow() variants may be naive.
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    async def sleep_until(self, when: datetime) -> None:
        """Sleep on the event loop until ``when`` has been reached by this clock."""
        while True:
            remaining = (when - self.now()).total_seconds()
            if remaining <= 0:
                return
            await asyncio.sleep(min(remaining, _MAX_SLICE_SECONDS))


class FixedClock:
    """A clock that only moves when told to; for unit tests of pure logic."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        """Return the clock's current instant."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        from datetime import timedelta

        self._now += timedelta(seconds=seconds)

    async def sleep_until(self, when: datetime) -> None:
        """Jump straight to ``when``: nothing real waits in unit tests."""
        if when > self._now:
            self._now = when
        await asyncio.sleep(0)
