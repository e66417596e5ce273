"""A laugh taken back: "lol ... no but actually", "not even joking this time".

A laugh beside a wish to die or a threat lowers it (a joked "kms lol" is medium, still an
alert). On the code before this file a laugh was read as a joke even when the member took it
back in the same sentence or the next; now the words before the laugh are meant. "X is no joke"
says how hard X is and takes nothing back.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("honestly want to die lol. no but seriously", Category.SUICIDE),
        ("gonna kms lol not even kidding", Category.SUICIDE),
        ("i want to kill myself lol. i mean it", Category.SUICIDE),
        ("lol i'm going to stab him when he gets out, not joking", Category.VIOLENCE),
    ],
)
def test_a_laugh_taken_back_is_meant(text: str, category: Category) -> None:
    assert_alerts(text, category, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself lol. anyway what's everyone watching",
        "step 4 is no joke lol, i want to die every time i open the workbook",
    ],
)
def test_a_laugh_left_standing_stays_a_joke(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity is Severity.MEDIUM, assessment
