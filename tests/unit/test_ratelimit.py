"""The token bucket that bounds optional work (the sentence model's uncued messages)."""

import pytest

from bot.ratelimit import RateBudget


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_refused() -> None:
    clock = _Clock()
    budget = RateBudget(3, clock=clock)
    assert [budget.take() for _ in range(4)] == [True, True, True, False]


def test_the_budget_refills_with_time_up_to_the_burst() -> None:
    clock = _Clock()
    budget = RateBudget(2, burst=2, clock=clock)
    assert budget.take()
    assert budget.take()
    assert not budget.take()
    clock.now += 0.5  # one unit back at 2 per second
    assert budget.take()
    assert not budget.take()
    clock.now += 60  # a long pause refills only up to the burst
    assert [budget.take() for _ in range(3)] == [True, True, False]


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        RateBudget(0)
