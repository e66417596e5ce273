"""APScheduler 3.x, made to follow Lantern's clock.

APScheduler reads the time with ``datetime.now()`` inside its scheduler, executor and trigger
modules and waits with ``loop.call_later``. The waiting already follows the event loop (and so
simcord's virtual time); :func:`follow_clock` makes the reading follow the same source of
"now" as the rest of the bot, so a job due at 09:00 runs when the bot's clock says 09:00.
Jobs call services, never cogs; the database stays the record of what is scheduled.
"""

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

import apscheduler.executors.base as _executors_base
import apscheduler.schedulers.base as _schedulers_base
import apscheduler.triggers.date as _date_trigger
import apscheduler.triggers.interval as _interval_trigger
from apscheduler.schedulers.asyncio import AsyncIOScheduler

_now_source: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


class _ClockDatetime(datetime):
    """``datetime`` whose ``now()`` asks the installed clock (all else is unchanged)."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        """The installed clock's instant in ``tz`` (naive local time when ``tz`` is None)."""
        current = _now_source()
        if current.tzinfo is None:
            current = current.replace(tzinfo=UTC)
        return (
            current.astimezone(tz) if tz is not None else current.astimezone().replace(tzinfo=None)
        )


def follow_clock(now: Callable[[], datetime]) -> None:
    """Make APScheduler read time from ``now`` (process-wide: there is one source of time)."""
    global _now_source
    _now_source = now
    # Every APScheduler module that reads "now" (checked against APScheduler 3.11).
    for module in (_schedulers_base, _executors_base, _interval_trigger, _date_trigger):
        module.datetime = _ClockDatetime


def create_scheduler(
    now: Callable[[], datetime], *, misfire_grace_seconds: int
) -> AsyncIOScheduler:
    """A UTC scheduler on the running loop that follows ``now``.

    ``coalesce`` runs a job once even if several of its times were missed, and
    ``misfire_grace_seconds`` bounds how late a missed run may still happen.
    """
    follow_clock(now)
    return AsyncIOScheduler(
        timezone=UTC,
        job_defaults={
            "coalesce": True,
            "misfire_grace_time": misfire_grace_seconds,
            "max_instances": 1,
        },
    )
