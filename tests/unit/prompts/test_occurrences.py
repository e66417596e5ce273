"""When schedules post, across daylight-saving changes, with explicit instants.

Clock changes in 2026: America/New_York 8 March (02:00 EST -> 03:00 EDT, 07:00 UTC) and
1 November (02:00 EDT -> 01:00 EST, 06:00 UTC); the EU 29 March and 25 October (01:00 UTC);
Australia/Sydney 5 April (03:00 AEDT -> 02:00 AEST) and 4 October (02:00 AEST -> 03:00 AEDT).
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.prompts.days import EVERY_DAY
from bot.prompts.occurrences import (
    MAX_RECORDED_SKIPS,
    WeeklyTime,
    dst_exceptions,
    plan_due,
    resolve_local,
)

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def daily(at: time, zone: ZoneInfo) -> WeeklyTime:
    return WeeklyTime(EVERY_DAY, at, zone)


def _run(rule: WeeklyTime, start: datetime, count: int) -> list[datetime]:
    found, current = [], start
    for _ in range(count):
        current = rule.next_after(current)
        found.append(current)
    return found


@pytest.mark.parametrize(
    ("zone", "start", "expected"),
    [
        # New York, spring: 09:00 EST is 14:00 UTC, 09:00 EDT is 13:00 UTC.
        (
            NEW_YORK,
            utc(2026, 3, 6),
            [utc(2026, 3, 6, 14), utc(2026, 3, 7, 14), utc(2026, 3, 8, 13), utc(2026, 3, 9, 13)],
        ),
        # New York, fall.
        (
            NEW_YORK,
            utc(2026, 10, 30),
            [
                utc(2026, 10, 30, 13),
                utc(2026, 10, 31, 13),
                utc(2026, 11, 1, 14),
                utc(2026, 11, 2, 14),
            ],
        ),
        # Berlin, spring and fall: 09:00 CET is 08:00 UTC, 09:00 CEST is 07:00 UTC.
        (BERLIN, utc(2026, 3, 28), [utc(2026, 3, 28, 8), utc(2026, 3, 29, 7), utc(2026, 3, 30, 7)]),
        (
            BERLIN,
            utc(2026, 10, 24),
            [utc(2026, 10, 24, 7), utc(2026, 10, 25, 8), utc(2026, 10, 26, 8)],
        ),
    ],
)
def test_nine_am_stays_nine_am_local_on_both_sides_of_each_change(
    zone: ZoneInfo, start: datetime, expected: list[datetime]
) -> None:
    rule = daily(time(9, 0), zone)
    found = _run(rule, start, len(expected))
    assert found == expected
    assert all(instant.astimezone(zone).time() == time(9, 0) for instant in found)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected", "local_after"),
    [
        # 02:30 does not exist in New York on 8 March: post at 03:00 EDT, when clocks change.
        (NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7), time(3, 0)),
        (NEW_YORK, date(2026, 3, 8), time(2, 0), utc(2026, 3, 8, 7), time(3, 0)),
        (NEW_YORK, date(2026, 3, 8), time(2, 59), utc(2026, 3, 8, 7), time(3, 0)),
        # Berlin's gap is 02:00-03:00 local on 29 March (01:00 UTC).
        (BERLIN, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1), time(3, 0)),
        # London's gap is 01:00-02:00 local on 29 March (01:00 UTC).
        (LONDON, date(2026, 3, 29), time(1, 15), utc(2026, 3, 29, 1), time(2, 0)),
        # Sydney's gap is 02:00-03:00 local on 4 October (16:00 UTC the day before).
        (SYDNEY, date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 16), time(3, 0)),
        # Lord Howe moves by half an hour: 02:00-02:30 local is skipped.
        (LORD_HOWE, date(2026, 10, 4), time(2, 15), utc(2026, 10, 3, 15, 30), time(2, 30)),
    ],
)
def test_a_time_in_the_spring_gap_posts_once_as_the_clocks_change(
    zone: ZoneInfo, day: date, at: time, expected: datetime, local_after: time
) -> None:
    assert resolve_local(day, at, zone) == expected
    assert expected.astimezone(zone).time() == local_after
    # Exactly one post that local day, and the days either side are untouched.
    rule = daily(at, zone)
    posts = rule.between(
        expected - timedelta(days=1, hours=1), expected + timedelta(days=1, hours=1)
    )
    local_days = [instant.astimezone(zone).date() for instant in posts]
    assert local_days.count(day) == 1
    assert len(posts) == 3
    assert posts[0].astimezone(zone).time() == at
    assert posts[2].astimezone(zone).time() == at


@pytest.mark.parametrize(
    ("zone", "day", "at", "first", "second"),
    [
        # 01:30 happens twice in New York on 1 November: 05:30 UTC (EDT) and 06:30 UTC (EST).
        (
            NEW_YORK,
            date(2026, 11, 1),
            time(1, 30),
            utc(2026, 11, 1, 5, 30),
            utc(2026, 11, 1, 6, 30),
        ),
        # 02:30 happens twice in Berlin on 25 October: 00:30 UTC (CEST) and 01:30 UTC (CET).
        (
            BERLIN,
            date(2026, 10, 25),
            time(2, 30),
            utc(2026, 10, 25, 0, 30),
            utc(2026, 10, 25, 1, 30),
        ),
        # 02:30 happens twice in Sydney on 5 April: 15:30 UTC (AEDT) and 16:30 UTC (AEST) the day before.
        (SYDNEY, date(2026, 4, 5), time(2, 30), utc(2026, 4, 4, 15, 30), utc(2026, 4, 4, 16, 30)),
    ],
)
def test_a_repeated_time_posts_once_at_its_first_occurrence(
    zone: ZoneInfo, day: date, at: time, first: datetime, second: datetime
) -> None:
    assert first.astimezone(zone).time() == second.astimezone(zone).time() == at  # really twice
    rule = daily(at, zone)
    assert resolve_local(day, at, zone) == first
    after_first = rule.next_after(first)
    assert after_first != second
    assert after_first.astimezone(zone).date() == day + timedelta(days=1)
    assert rule.between(first - timedelta(hours=12), first + timedelta(hours=12)) == [first]


def test_next_and_latest_at_an_exact_occurrence() -> None:
    rule = WeeklyTime(frozenset({0, 2, 4}), time(18, 30), NEW_YORK)  # Mon, Wed, Fri
    monday = utc(2026, 3, 9, 22, 30)  # 18:30 EDT
    assert rule.latest_at_or_before(monday) == monday
    assert rule.next_after(monday) == utc(2026, 3, 11, 22, 30)  # Wednesday
    assert rule.latest_at_or_before(monday - timedelta(seconds=1)) == utc(2026, 3, 6, 23, 30)
    friday = utc(2026, 3, 13, 22, 30)
    assert rule.next_after(friday) == utc(2026, 3, 16, 22, 30)  # over the weekend


def test_a_whole_year_of_a_rule_posts_once_per_chosen_local_day() -> None:
    for zone in (NEW_YORK, BERLIN, SYDNEY, LORD_HOWE):
        for at in (time(0, 0), time(1, 30), time(2, 30), time(9, 0), time(23, 59)):
            rule = WeeklyTime(frozenset({0, 3, 6}), at, zone)
            posts = rule.between(utc(2026, 1, 1), utc(2027, 1, 1))
            days = [instant.astimezone(zone).date() for instant in posts]
            assert len(days) == len(set(days)), (zone, at)
            assert posts == sorted(posts)
            expected_days = {
                date(2026, 1, 1) + timedelta(days=n)
                for n in range(-1, 367)
                if (date(2026, 1, 1) + timedelta(days=n)).weekday() in {0, 3, 6}
            }
            assert set(days) <= expected_days
            assert 155 <= len(posts) <= 158


def test_rules_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        WeeklyTime(frozenset(), time(9), NEW_YORK)
    with pytest.raises(ValueError, match="local"):
        WeeklyTime(EVERY_DAY, time(9, tzinfo=UTC), NEW_YORK)
    with pytest.raises(ValueError, match="aware"):
        daily(time(9), NEW_YORK).next_after(datetime(2026, 1, 1))


# Missed occurrences ---------------------------------------------------------------------------

RULE = daily(time(9, 0), NEW_YORK)  # 14:00 UTC in January
GRACE = timedelta(minutes=30)


def test_on_time_occurrence_is_posted() -> None:
    plan = plan_due(RULE, utc(2026, 1, 4, 14), utc(2026, 1, 5, 14), GRACE)
    assert plan.post == utc(2026, 1, 5, 14)
    assert plan.skipped == ()


def test_late_within_grace_is_posted_once_and_older_ones_skipped() -> None:
    plan = plan_due(RULE, utc(2026, 1, 2, 14), utc(2026, 1, 5, 14, 25), GRACE)
    assert plan.post == utc(2026, 1, 5, 14)
    assert plan.skipped == (utc(2026, 1, 3, 14), utc(2026, 1, 4, 14))


def test_beyond_grace_is_skipped() -> None:
    plan = plan_due(RULE, utc(2026, 1, 4, 14), utc(2026, 1, 5, 14, 31), GRACE)
    assert plan.post is None
    assert plan.skipped == (utc(2026, 1, 5, 14),)


def test_nothing_before_the_schedule_was_active() -> None:
    # Created at 14:05 UTC, after that day's 09:00: the first post is the next day.
    assert plan_due(RULE, utc(2026, 1, 5, 14, 5), utc(2026, 1, 5, 14, 10), GRACE).post is None
    assert plan_due(RULE, utc(2026, 1, 5, 14, 5), utc(2026, 1, 5, 14, 5), GRACE).post is None
    # Created one minute before: posted on time.
    assert plan_due(RULE, utc(2026, 1, 5, 13, 59), utc(2026, 1, 5, 14), GRACE).post == utc(
        2026, 1, 5, 14
    )


def test_catch_up_across_the_spring_change() -> None:
    plan = plan_due(RULE, utc(2026, 3, 7, 14), utc(2026, 3, 8, 13, 10), GRACE)
    assert plan.post == utc(2026, 3, 8, 13)  # 09:00 EDT
    assert plan.skipped == ()


def test_years_offline_records_a_bounded_number_of_skips() -> None:
    plan = plan_due(RULE, utc(2024, 1, 1), utc(2026, 1, 5, 14, 10), GRACE)
    assert plan.post == utc(2026, 1, 5, 14)
    assert len(plan.skipped) == MAX_RECORDED_SKIPS
    assert plan.skipped[-1] == utc(2026, 1, 4, 14)


# What facilitators are told -------------------------------------------------------------------


def test_dst_exceptions_name_the_affected_days() -> None:
    # In New York 02:xx is skipped in March and 01:xx is repeated in November.
    skipped = dst_exceptions(daily(time(2, 30), NEW_YORK), utc(2026, 1, 1))
    assert [(item.day, item.skipped, item.posts_at) for item in skipped] == [
        (date(2026, 3, 8), True, utc(2026, 3, 8, 7)),
    ]
    repeated = dst_exceptions(daily(time(1, 30), NEW_YORK), utc(2026, 1, 1))
    assert [(item.day, item.skipped, item.posts_at) for item in repeated] == [
        (date(2026, 11, 1), False, utc(2026, 11, 1, 5, 30)),
    ]


@pytest.mark.parametrize(
    ("rule"),
    [
        daily(time(9, 0), NEW_YORK),
        WeeklyTime(frozenset({0, 1, 2, 3, 4, 5}), time(2, 30), NEW_YORK),  # no Sundays
        daily(time(2, 30), ZoneInfo("UTC")),
    ],
)
def test_most_schedules_have_no_dst_exceptions(rule: WeeklyTime) -> None:
    assert dst_exceptions(rule, utc(2026, 1, 1)) == []
