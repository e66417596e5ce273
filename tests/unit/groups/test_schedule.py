"""Session times: parsing, local time across DST, overnight sessions, reminders, changes."""

from datetime import UTC, datetime, time

import pytest

from bot.errors import InvalidInput
from bot.groups.model import SessionState
from bot.groups.schedule import SessionTimes, local_day_and_time, local_time, parse_session

NY = "America/New_York"


def test_parse_reads_days_times_and_zone() -> None:
    times = parse_session("mon,wed", "6pm", "19:30", NY)
    assert times == SessionTimes(frozenset({0, 2}), time(18), time(19, 30), NY)
    assert times.describe() == "Mon, Wed 18:00–19:30 (America/New_York)"


@pytest.mark.parametrize(
    ("days", "opens", "closes", "zone", "message"),
    [
        ("someday", "18:00", "19:00", NY, "as a day"),
        ("mon", "25:00", "19:00", NY, "isn't a time"),
        ("mon", "18:00", "soon", NY, "isn't a time"),
        ("mon", "18:00", "19:00", "Mars/Base", "not a time zone"),
        ("mon", "18:00", "6pm", NY, "different"),
    ],
)
def test_bad_input_is_refused_kindly(
    days: str, opens: str, closes: str, zone: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_session(days, opens, closes, zone)


def test_local_time_holds_across_dst() -> None:
    times = parse_session("mon", "18:00", "19:30", NY)
    winter = times.next_open(datetime(2026, 3, 1, tzinfo=UTC))
    summer = times.next_open(datetime(2026, 3, 8, tzinfo=UTC))
    autumn = times.next_open(datetime(2026, 11, 1, tzinfo=UTC))
    assert winter == datetime(2026, 3, 2, 23, tzinfo=UTC)  # EST
    assert summer == datetime(2026, 3, 9, 22, tzinfo=UTC)  # EDT
    assert autumn == datetime(2026, 11, 2, 23, tzinfo=UTC)  # EST again
    assert times.end_after(summer) == datetime(2026, 3, 9, 23, 30, tzinfo=UTC)


def test_overnight_sessions_close_the_next_day() -> None:
    times = parse_session("fri", "23:00", "00:30", NY)
    assert times.overnight
    opened = times.next_open(datetime(2026, 1, 1, tzinfo=UTC))
    assert opened == datetime(2026, 1, 3, 4, tzinfo=UTC)  # Friday 23:00 EST
    assert times.end_after(opened) == datetime(2026, 1, 3, 5, 30, tzinfo=UTC)  # Sat 00:30


def test_reminder_before_midnight_moves_to_the_day_before() -> None:
    times = parse_session("mon", "00:10", "01:00", NY)
    reminder = times.reminder_rule()
    assert reminder.at == time(23, 55)
    assert reminder.weekdays == frozenset({6})  # Sunday night


def test_current_session_and_latest_change() -> None:
    times = parse_session("daily", "9am", "10am", "UTC")
    during = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    after = datetime(2026, 1, 5, 10, 30, tzinfo=UTC)
    assert times.current(during) == (
        datetime(2026, 1, 5, 9, tzinfo=UTC),
        datetime(2026, 1, 5, 10, tzinfo=UTC),
    )
    assert times.current(after) is None
    assert times.latest_change(during) == (datetime(2026, 1, 5, 9, tzinfo=UTC), SessionState.OPEN)
    assert times.latest_change(after) == (
        datetime(2026, 1, 5, 10, tzinfo=UTC),
        SessionState.CLOSED,
    )


def test_local_formatting() -> None:
    instant = datetime(2026, 1, 5, 23, 30, tzinfo=UTC)
    assert local_time(instant, NY) == "18:30"
    assert local_day_and_time(instant, NY) == "Monday 18:30"
