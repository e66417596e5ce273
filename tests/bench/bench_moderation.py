"""Group moderation's per-message cost, against the risk detector on the same messages.

Moderation runs on every group message inside the gateway dispatch, next to the risk
detector, so it is measured the same way: ordinary peer-support chat (nothing in it breaks a
rule, which is the common case; built here so this benchmark stands on its own) through ``check_text`` plus the burst tracker, with
``bot.safety.assess`` on the same messages as the baseline measured in the same run.
Run: ``python -m tests.bench bench_moderation``.
"""

import time
from collections.abc import Callable
from typing import Any

from bot.groups.bursts import BurstTracker
from bot.groups.moderation import check_text
from bot.safety import assess

MESSAGES = 20_000
# Five rule families against one detector: within twice the detector's cost keeps the two
# together well under a tenth of a millisecond per message, far beyond any group's traffic.
TARGET_RATIO = 2.0


_TEMPLATES = (
    "day {n} today, feeling {mood} but hanging in there",
    "thanks everyone for tonight, see you {day}",
    "anyone else find {day}s the hardest?",
    "my sponsor says one day at a time and honestly it helps",
    "I have {n} days sober as of this morning!",
    "where can I find a meeting near downtown on {day}?",
    "you did amazing today, proud of you",
    "the breathing exercise from group really helped last night",
    "I used to drink every {day}, now I go to the gym instead",
    "this craving is killing me but I'm not giving in",
    "I'm running {n} minutes late, start without me",
    "does anyone have the worksheet from {day}?",
    "my therapist's office moved to Main St, so I'm walking more",
    "slept {n} hours for the first time in weeks",
    "@fran thanks for the ride to group",
    "we read page {n} of the big book, good discussion",
    "you're not a failure for slipping, you came back and that matters",
    "feeling {mood} today, work was a lot",
    "going to try the {day} evening meeting this week",
    "grateful for this group honestly",
)
_MOODS = ("tired", "hopeful", "anxious", "ok", "low", "steady", "good")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def ordinary_messages(count: int) -> list[str]:
    """Everyday group chat, deterministic."""
    return [
        _TEMPLATES[i % len(_TEMPLATES)].format(
            n=(i * 7) % 400 + 1, mood=_MOODS[i % len(_MOODS)], day=_DAYS[(i // 3) % len(_DAYS)]
        )
        for i in range(count)
    ]


def _per_message_us(work: Callable[[str, int], Any], messages: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for index, text in enumerate(messages):
            work(text, index)
        best = min(best, time.perf_counter() - started)
    return best / len(messages) * 1e6


def run() -> list[dict[str, Any]]:
    """Time moderation and the risk detector per ordinary message."""
    messages = ordinary_messages(MESSAGES)
    tracker = BurstTracker()

    def moderate(text: str, index: int) -> None:
        check_text(text)
        tracker.record(1, index % 50, index * 2.0, text)

    def detect(text: str, index: int) -> None:
        assess(text)

    flagged = sum(1 for text in messages if check_text(text))
    moderation = _per_message_us(moderate, messages)
    baseline = _per_message_us(detect, messages)
    return [
        {
            "name": "moderation per group message",
            "value": moderation,
            "unit": "µs",
            "baseline": baseline,
            "baseline_name": "safety.assess per message",
            "ratio": moderation / baseline,
            "target": f"ratio <= {TARGET_RATIO}",
            "note": f"{flagged} of {MESSAGES:,} ordinary messages flagged (should be 0)",
        }
    ]
