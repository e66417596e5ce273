"""When a weekly prompt schedule posts: "these weekdays at this wall-clock time in this zone".

Every instant is an aware UTC datetime; the zone is applied only to find the local day and
wall-clock time. A schedule keeps its local time across daylight-saving changes: 09:00
America/New_York is 14:00 UTC in winter and 13:00 UTC in summer.

Two local times need a rule, and the rule is the same everywhere:

* A time that does not exist (the spring-forward gap, e.g. 02:30 on the night the clocks jump
  from 02:00 to 03:00) posts once, at the first valid instant after the gap: 03:00 local time,
  the moment the clocks change.
* A time that occurs twice (the fall-back hour, e.g. 01:30 on the night the clocks go from
  02:00 back to 01:00) posts once, at its first occurrence (the daylight-time one).

Missed occurrences (the bot was offline) are planned by :func:`plan_due`: the most recent one
is still posted, late, if it is within the grace period; every older one is skipped.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# A week of local days, plus one either side: enough to find the next or previous posting day
# for any non-empty set of weekdays, even when a DST rule moves an instant across midnight UTC.
_SEARCH_DAYS = range(-1, 9)


def _utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("occurrence arithmetic needs aware datetimes")
    return instant.astimezone(UTC)


def _gap_end(before: datetime, after: datetime, zone: ZoneInfo) -> datetime:
    """The first instant in ``(before, after]`` whose UTC offset is that of ``after``.

    ``before`` and ``after`` straddle one offset change; a binary search to the second finds the
    moment the clocks changed (transitions fall on whole seconds in tzdata).
    """
    target = after.astimezone(zone).utcoffset()
    low, high = before, after
    while (high - low) > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            break
        if middle.astimezone(zone).utcoffset() == target:
            high = middle
        else:
            low = middle
    return high


def resolve_local(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant a schedule posts on local ``day`` at ``at`` (DST rules in the docstring)."""
    wall = datetime.combine(day, at)
    # fold=0 is the first of two readings of an ambiguous wall time (the daylight-time one).
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # The wall time falls in a gap. zoneinfo reads it with the offsets either side of the
    # change; the change itself lies between those two readings.
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low, high = sorted((first, second))
    return _gap_end(low, high, zone)


@dataclass(frozen=True, slots=True)
class WeeklyTime:
    """Posting days (Monday = 0), a local time of day and an IANA zone."""

    weekdays: frozenset[int]
    at: time
    zone: ZoneInfo

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays must be a non-empty subset of 0..6")
        if self.at.tzinfo is not None:
            raise ValueError("the time of day is local: it must not carry a zone")

    def on(self, day: date) -> datetime | None:
        """The instant this schedule posts on local ``day``, or ``None`` if it does not post."""
        if day.weekday() not in self.weekdays:
            return None
        return resolve_local(day, self.at, self.zone)

    def next_after(self, instant: datetime) -> datetime:
        """The first posting instant strictly after ``instant``."""
        instant = _utc(instant)
        today = instant.astimezone(self.zone).date()
        for offset in _SEARCH_DAYS:
            candidate = self.on(today + timedelta(days=offset))
            if candidate is not None and candidate > instant:
                return candidate
        raise AssertionError("a weekly schedule posts at least once in any nine days")

    def latest_at_or_before(self, instant: datetime) -> datetime:
        """The last posting instant at or before ``instant``."""
        instant = _utc(instant)
        today = instant.astimezone(self.zone).date()
        for offset in _SEARCH_DAYS:
            candidate = self.on(today - timedelta(days=offset))
            if candidate is not None and candidate <= instant:
                return candidate
        raise AssertionError("a weekly schedule posts at least once in any nine days")

    def between(self, start: datetime, end: datetime) -> list[datetime]:
        """Every posting instant in ``(start, end]``, oldest first."""
        found: list[datetime] = []
        end = _utc(end)
        current = self.next_after(start)
        while current <= end:
            found.append(current)
            current = self.next_after(current)
        return found


@dataclass(frozen=True, slots=True)
class DstException:
    """A day on which the schedule's local time is skipped or repeated by a clock change."""

    day: date
    skipped: bool  # True: the time does not exist that day; False: it happens twice
    posts_at: datetime  # the instant the schedule posts that day (UTC)


def dst_exceptions(rule: WeeklyTime, start: datetime, days: int = 366) -> list[DstException]:
    """Posting days in the ``days`` after ``start`` on which a clock change affects the time.

    Shown to facilitators when they schedule, so that 02:30 on the night the clocks go
    forward is not a surprise.
    """
    first = _utc(start).astimezone(rule.zone).date()
    found: list[DstException] = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        posts_at = rule.on(day)
        if posts_at is None:
            continue
        wall = datetime.combine(day, rule.at)
        early = wall.replace(tzinfo=rule.zone, fold=0).utcoffset()
        late = wall.replace(tzinfo=rule.zone, fold=1).utcoffset()
        if early == late:
            continue
        exists = posts_at.astimezone(rule.zone).replace(tzinfo=None) == wall
        found.append(DstException(day=day, skipped=not exists, posts_at=posts_at))
    return found


@dataclass(frozen=True, slots=True)
class DuePlan:
    """What to do about the occurrences since a schedule last posted."""

    post: datetime | None  # the occurrence to post now (maybe late), if any
    skipped: tuple[datetime, ...]  # older occurrences, too late to post: recorded, not posted


# A schedule offline for years would otherwise record thousands of skipped rows; only the most
# recent ones are recorded (the newest handled occurrence is what later catch-ups start from).
MAX_RECORDED_SKIPS = 60


def plan_due(rule: WeeklyTime, since: datetime, now: datetime, grace: timedelta) -> DuePlan:
    """Occurrences in ``(since, now]``: the newest is posted if at most ``grace`` late.

    ``since`` is the later of the last handled occurrence and the moment the schedule became
    active, so nothing before the schedule existed (or while it was paused) is ever posted.
    Only one occurrence is ever posted by one plan, however many were missed.
    """
    since, now = _utc(since), _utc(now)
    if since >= now:
        return DuePlan(post=None, skipped=())
    newest = rule.latest_at_or_before(now)
    if newest <= since:
        return DuePlan(post=None, skipped=())
    older: list[datetime] = []
    current = rule.latest_at_or_before(newest - timedelta(microseconds=1))
    while current > since and len(older) < MAX_RECORDED_SKIPS:
        older.append(current)
        current = rule.latest_at_or_before(current - timedelta(microseconds=1))
    older.reverse()
    if now - newest <= grace:
        return DuePlan(post=newest, skipped=tuple(older))
    return DuePlan(post=None, skipped=(*older, newest))
