"""The APScheduler trigger for prompt schedules: a CronTrigger that follows Lantern's DST rules.

A plain ``CronTrigger(day_of_week=..., hour=9, minute=0, timezone=zone)`` already keeps 09:00
local across DST changes, but at the two awkward moments it disagrees with the policy in
:mod:`bot.prompts.occurrences` (checked against APScheduler 3.11 with zoneinfo): in the
fall-back hour it fires twice (01:30 daylight time and 01:30 standard time), and a time inside
the spring-forward gap fires at 03:30 EDT (02:30 EST read literally) instead of at 03:00, when
the clocks change. :class:`WeeklyTrigger` keeps CronTrigger's fields, zone and
description but asks :class:`~bot.prompts.occurrences.WeeklyTime` for every fire time, so the
scheduler and the database agree on which instant an occurrence is.
"""

import functools
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.triggers.cron import CronTrigger

from bot.prompts.days import cron_days
from bot.prompts.occurrences import WeeklyTime


@functools.lru_cache(maxsize=8192)
def _cron_fields(day_of_week: str, hour: int, minute: int) -> tuple[Any, ...]:
    """CronTrigger's parsed fields for one pattern, shared by every schedule with that pattern.

    Fields are only read after parsing (CronTrigger never changes them), so sharing is safe.
    """
    parsed = CronTrigger(day_of_week=day_of_week, hour=hour, minute=minute, second=0, timezone=UTC)
    return tuple(parsed.fields)


class WeeklyTrigger(CronTrigger):
    """Fires at every occurrence of ``rule``; DST gaps and repeats as documented there."""

    def __init__(self, rule: WeeklyTime) -> None:
        # Not CronTrigger.__init__: parsing the cron fields is most of a CronTrigger's cost, and
        # at start-up thousands of schedules share a few patterns (see _cron_fields).
        self.timezone = rule.zone
        self.start_date = None
        self.end_date = None
        self.jitter = None
        self.fields = list(_cron_fields(cron_days(rule.weekdays), rule.at.hour, rule.at.minute))
        self.rule = rule

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> Any:
        """The next occurrence after the previous fire time, or at/after ``now`` for a new job."""
        if previous_fire_time is not None:
            after = previous_fire_time
        else:
            # A job added exactly at an occurrence still fires for it (the database decides
            # whether that occurrence was already handled).
            after = now - timedelta(microseconds=1)
        return self.rule.next_after(after).astimezone(self.timezone)

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = super().__getstate__()
        state["rule"] = self.rule
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        self.rule = state["rule"]
