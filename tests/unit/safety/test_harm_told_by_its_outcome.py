"""A threat told by what the harm would leave ("they'll need dental records"), and a sidearm in
the member's lap.

On the code before this file the rules alone were quiet on every alert case below.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        (
            "not saying what i'll do to him, but they'll need dental records",
            Category.VIOLENCE,
            Severity.HIGH,
        ),
        (
            "gonna give him a proper hiding, he'll be in hospital by tonight",
            Category.VIOLENCE,
            Severity.HIGH,
        ),
        (
            "i've been sitting with my sidearm in my lap every night",
            Category.SUICIDE,
            Severity.CRITICAL,
        ),
    ],
)
def test_harm_told_by_its_outcome_alerts(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "gonna give him a hiding place for the easter eggs",
        "she'll be in the hospital by friday for her knee surgery",
        "my grandma will need dental records to find her teeth lol she lost them again",
    ],
)
def test_everyday_outcomes_stay_quiet(text: str) -> None:
    assert_quiet(text)
