"""Session times: "these weekdays, open at 18:00, close at 19:30, in this time zone".

Days and times are read with the same parsers as prompt schedules (:mod:`bot.prompts.days`,
:mod:`bot.timeofday`), and every instant comes from :class:`~bot.prompts.occurrences.
WeeklyTime`, so a session keeps its local time across daylight-saving changes and follows the
same rules for the skipped and repeated hours. A session that closes at or before the time it
opens ends the next day (a late group, 22:00 to 00:30).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.errors import InvalidInput
from bot.groups.model import SessionState
from bot.prompts.days import describe_days, parse_days
from bot.prompts.occurrences import WeeklyTime
from bot.timeofday import parse_time_of_day
from bot.timezones import validate_timezone

REMINDER_BEFORE = timedelta(minutes=15)
MAX_SESSIONS_PER_GUILD = 50


def _shift(weekdays: frozenset[int], days: int) -> frozenset[int]:
    return frozenset((day + days) % 7 for day in weekdays)


def _minus(at: time, delta: timedelta) -> tuple[time, int]:
    """``at - delta`` as a time of day, and -1 if that falls on the day before."""
    moment = datetime.combine(date(2000, 1, 2), at) - delta
    return moment.time(), (moment.date() - date(2000, 1, 2)).days


@dataclass(frozen=True, slots=True)
class SessionTimes:
    """When a group meets each week, in local time."""

    weekdays: frozenset[int]
    opens: time
    closes: time
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        """The schedule's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def overnight(self) -> bool:
        """Whether the session closes on the day after it opens."""
        return self.closes <= self.opens

    def open_rule(self) -> WeeklyTime:
        """When the channel opens."""
        return WeeklyTime(self.weekdays, self.opens, self.zone)

    def close_rule(self) -> WeeklyTime:
        """When the channel closes (the next day for overnight sessions)."""
        days = _shift(self.weekdays, 1) if self.overnight else self.weekdays
        return WeeklyTime(days, self.closes, self.zone)

    def reminder_rule(self) -> WeeklyTime:
        """When the "opens in 15 minutes" reminder is posted."""
        at, day_offset = _minus(self.opens, REMINDER_BEFORE)
        return WeeklyTime(_shift(self.weekdays, day_offset), at, self.zone)

    def end_after(self, opened: datetime) -> datetime:
        """The close that ends a session opened at ``opened``."""
        return self.close_rule().next_after(opened)

    def current(self, now: datetime) -> tuple[datetime, datetime] | None:
        """The session in progress at ``now`` as (opened, closes), or None."""
        opened = self.open_rule().latest_at_or_before(now)
        closes = self.end_after(opened)
        return (opened, closes) if now < closes else None

    def latest_change(self, now: datetime) -> tuple[datetime, SessionState]:
        """The most recent scheduled open or close at or before ``now``."""
        opened = self.open_rule().latest_at_or_before(now)
        closed = self.close_rule().latest_at_or_before(now)
        if opened > closed:
            return opened, SessionState.OPEN
        return closed, SessionState.CLOSED

    def next_open(self, now: datetime) -> datetime:
        """The next opening after ``now``."""
        return self.open_rule().next_after(now)

    def describe(self) -> str:
        """In words: ``Mon, Wed 18:00–19:30 (America/New_York)``."""
        ends = " (next day)" if self.overnight else ""
        return (
            f"{describe_days(self.weekdays)} {self.opens:%H:%M}–{self.closes:%H:%M}{ends} "
            f"({self.timezone})"
        )


@dataclass(frozen=True, slots=True)
class SessionSchedule:
    """A stored session schedule of one group channel."""

    id: int
    guild_id: int
    channel_id: int
    times: SessionTimes
    created_by: int | None
    created_at: datetime

    def job_id(self, kind: str) -> str:
        """The scheduler job id for one of ``open``, ``close``, ``remind``."""
        return f"group-session-{self.id}-{kind}"


def parse_session(days: str, opens: str, closes: str, timezone: str) -> SessionTimes:
    """Read what a facilitator typed, or raise a kind :class:`InvalidInput`."""
    weekdays = parse_days(days)
    opens_at = parse_time_of_day(opens)
    closes_at = parse_time_of_day(closes)
    if opens_at == closes_at:
        raise InvalidInput("A session needs different opening and closing times.")
    zone = validate_timezone(timezone)
    return SessionTimes(weekdays, opens_at, closes_at, zone.key)


def local_time(instant: datetime, timezone: str) -> str:
    """An instant as a local wall-clock time, e.g. ``19:30``."""
    return f"{instant.astimezone(ZoneInfo(timezone)):%H:%M}"


def local_day_and_time(instant: datetime, timezone: str) -> str:
    """An instant as a local day and time, e.g. ``Monday 18:00``."""
    return f"{instant.astimezone(ZoneInfo(timezone)):%A %H:%M}"
