"""Group moderation's per-message cost, against the risk detector on the same messages.

Moderation runs on every group message inside the gateway dispatch, next to the risk
detector, so it is measured the same way: the ordinary peer-support corpus (nothing in it
breaks a rule, which is the common case) through ``check_text`` plus the burst tracker, with
``bot.safety.assess`` on the same messages as the baseline measured in the same run.
Run: ``python -m tests.bench bench_moderation``.
"""

import time
from collections.abc import Callable
from typing import Any

from bot.groups.bursts import BurstTracker
from bot.groups.moderation import check_text
from bot.safety import assess
from tests.bench.safety_corpus import ordinary_messages

MESSAGES = 20_000
TARGET_RATIO = 1.0  # moderation should cost no more than risk detection


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
