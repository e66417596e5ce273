"""Spam bursts and repeats, per member, on plain numbers for time."""

from bot.groups.bursts import BurstTracker
from bot.groups.moderation import Rule


def test_six_messages_in_ten_seconds_is_a_burst_once() -> None:
    tracker = BurstTracker()
    results = [tracker.record(1, 7, second * 1.5, f"message {second}") for second in range(6)]
    assert results[:5] == [None] * 5
    assert results[5] is not None
    assert results[5].rule is Rule.SPAM
    assert tracker.record(1, 7, 8.0, "and another") is None  # history cleared after acting


def test_a_steady_conversation_is_not_a_burst() -> None:
    tracker = BurstTracker()
    assert all(tracker.record(1, 7, second * 4.0, f"m{second}") is None for second in range(20))


def test_the_same_text_four_times_in_a_minute_is_a_repeat() -> None:
    tracker = BurstTracker()
    results = [tracker.record(1, 7, second * 15.0, "BUY NOW") for second in range(4)]
    assert results[-1] is not None
    assert "same message" in results[-1].kind


def test_members_and_photos_are_counted_apart() -> None:
    tracker = BurstTracker()
    for second in range(5):
        assert tracker.record(1, 7, float(second), f"a{second}") is None
        assert tracker.record(1, 8, float(second), f"b{second}") is None
    photos = BurstTracker(burst_messages=100)
    assert all(photos.record(1, 9, second * 5.0, "") is None for second in range(6))


def test_tracked_members_are_bounded() -> None:
    tracker = BurstTracker(members=3)
    for member in range(10):
        tracker.record(1, member, 0.0, "hi")
    assert len(tracker._history) == 3
