"""The body failing after a use is an overdose in progress (``overdose.event_body_failing``).

Sight going dark, breath that barely comes, a chest being crushed, a heart doing scary things
or racing at 180, blood in the vomit, eyes that barely stay open: beside a use, critical. On
the code before this file the alert cases were high relapse alerts (the use alone), which do
not page as an emergency. Alone, or told as history, the same words do not escalate.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "split a bottle of gin with my cousin and took two of his bars, my vision is going dark",
        "did a line at the party and my chest is being crushed, cant find my friends",
        "smoked some crack the new guy had and now i can barely breathe",
        "my heart's going like 190 after those pills from the club, is that bad",
        "drank all day and now i'm throwing up blood",
        "took my xanax with wine, having a hard time keeping my eyes open",
        "used again tonight and my heart is doing scary things",
        "my brother's drunk and coughing up blood in the bathroom",
    ],
)
def test_the_body_failing_after_a_use_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "panic attack on the bus, can barely breathe but it's passing",
        "having trouble staying awake in this meeting, need coffee",
        "my heart is going like 150 on the stairmaster",
        "stood up too fast and my vision went dark for a second",
        "the room went dark when the power cut out lol",
        "back when i drank i was throwing up blood most mornings. 3 years sober today",
        "crushing it at work this week, my heart is full",
    ],
)
def test_the_same_words_alone_or_as_history_stay_quiet(text: str) -> None:
    assert_quiet(text)


def test_a_sign_alone_is_noted_low() -> None:
    """Worth a note, not a page: the sign is read, with no use beside it."""
    assessment = RULES_ALONE.assess("panic attack on the bus, can barely breathe")
    assert assessment.severity is Severity.LOW
    assert assessment.reasons[0].rule_id == "overdose.event_body_failing"
