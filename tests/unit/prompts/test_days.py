"""Reading schedule days as facilitators type them."""

import pytest

from bot.errors import InvalidInput
from bot.prompts.days import cron_days, describe_days, dump_days, load_days, parse_days


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mon,wed,fri", {0, 2, 4}),
        ("Mon, Wed, Fri", {0, 2, 4}),
        ("mon wed fri", {0, 2, 4}),
        ("monday and thursday", {0, 3}),
        ("tues/thurs", {1, 3}),
        ("weekdays", {0, 1, 2, 3, 4}),
        ("weekends", {5, 6}),
        ("daily", set(range(7))),
        ("every day", set(range(7))),
        ("tue-thu", {1, 2, 3}),
        ("tue - thu", {1, 2, 3}),
        ("tue–thu", {1, 2, 3}),
        ("mon to wed", {0, 1, 2}),
        ("fri-mon", {4, 5, 6, 0}),
        ("mon, wed-fri", {0, 2, 3, 4}),
        ("sun", {6}),
        ("SATURDAY", {5}),
        ("mon,mon", {0}),
    ],
)
def test_days_are_read_as_typed(typed: str, expected: set[int]) -> None:
    assert parse_days(typed) == frozenset(expected)


@pytest.mark.parametrize("typed", ["", "  ", "someday", "mon,funday", "mon-xyz", "1,2,3", ","])
def test_unreadable_days_are_refused_kindly(typed: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_days(typed)
    assert "weekdays" in raised.value.message  # the error always shows examples


@pytest.mark.parametrize(
    ("days", "words", "cron"),
    [
        ({0, 2, 4}, "Mon, Wed, Fri", "mon,wed,fri"),
        (set(range(7)), "every day", "mon,tue,wed,thu,fri,sat,sun"),
        ({0, 1, 2, 3, 4}, "weekdays", "mon,tue,wed,thu,fri"),
        ({5, 6}, "weekends", "sat,sun"),
    ],
)
def test_days_are_described_and_stored(days: set[int], words: str, cron: str) -> None:
    frozen = frozenset(days)
    assert describe_days(frozen) == words
    assert cron_days(frozen) == cron
    assert load_days(dump_days(frozen)) == frozen
