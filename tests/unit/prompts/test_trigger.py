"""The APScheduler trigger fires exactly at the rule's occurrences."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.prompts.days import EVERY_DAY, WEEKDAYS
from bot.prompts.occurrences import WeeklyTime
from bot.prompts.trigger import WeeklyTrigger

NEW_YORK = ZoneInfo("America/New_York")


def _fires(trigger: CronTrigger, start: datetime, end: datetime) -> list[datetime]:
    fires: list[datetime] = []
    previous = None
    now = start
    while True:
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None or fire > end:
            return fires
        fires.append(fire)
        previous = now = fire


def test_trigger_is_a_cron_trigger_in_the_schedule_zone() -> None:
    trigger = WeeklyTrigger(WeeklyTime(WEEKDAYS, time(9, 0), NEW_YORK))
    assert isinstance(trigger, CronTrigger)
    assert trigger.timezone == NEW_YORK
    assert "day_of_week='mon,tue,wed,thu,fri'" in str(trigger)
    assert "hour='9'" in str(trigger)


def test_trigger_follows_the_rule_for_a_year() -> None:
    rule = WeeklyTime(EVERY_DAY, time(1, 30), NEW_YORK)
    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    fires = _fires(WeeklyTrigger(rule), start, end)
    assert [fire.astimezone(UTC) for fire in fires] == rule.between(
        start - timedelta(microseconds=1), end
    )


def test_trigger_agrees_with_plain_cron_except_at_clock_changes() -> None:
    rule = WeeklyTime(EVERY_DAY, time(2, 30), NEW_YORK)
    plain = CronTrigger(hour=2, minute=30, timezone=NEW_YORK)
    repeated = WeeklyTime(EVERY_DAY, time(1, 30), NEW_YORK)
    plain_repeated = CronTrigger(hour=1, minute=30, timezone=NEW_YORK)
    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    ours = {fire.astimezone(UTC) for fire in _fires(WeeklyTrigger(rule), start, end)}
    theirs = {fire.astimezone(UTC) for fire in _fires(plain, start, end)}
    # Plain cron fires at 03:30 EDT in the spring gap; we fire at 03:00 EDT. Every other day is identical.
    assert ours - theirs == {datetime(2026, 3, 8, 7, tzinfo=UTC)}
    assert theirs - ours == {datetime(2026, 3, 8, 7, 30, tzinfo=UTC)}
    # In the fall-back hour plain cron fires twice (01:30 EDT and 01:30 EST); we fire once.
    ours = {fire.astimezone(UTC) for fire in _fires(WeeklyTrigger(repeated), start, end)}
    theirs = {fire.astimezone(UTC) for fire in _fires(plain_repeated, start, end)}
    assert ours < theirs
    assert theirs - ours == {datetime(2026, 11, 1, 6, 30, tzinfo=UTC)}


def test_a_new_job_added_exactly_at_an_occurrence_fires_for_it() -> None:
    rule = WeeklyTime(EVERY_DAY, time(9, 0), NEW_YORK)
    at = datetime(2026, 1, 5, 14, tzinfo=UTC)
    assert WeeklyTrigger(rule).get_next_fire_time(None, at) == at
    assert WeeklyTrigger(rule).get_next_fire_time(at, at) == at + timedelta(days=1)
