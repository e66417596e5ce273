"""A history told in one clause never silences what is happening now in another.

"i used to cut and i'm thinking about killing myself" was read as history from end to end: the
past of its first clause reached the second. Every history here is paired with every present or
recent act, joined the ways chat joins them, and the rules alone must still escalate.
"""

from itertools import product

import pytest

from tests.unit.safety.rules_alone import RULES_ALONE

HISTORIES = [
    "sober since 2019",
    "back in college i drank a lot",
    "i used to cut",
    "two years ago i od'd",
    "when i was 19 i tried to kill myself",
    "i drank for a decade straight",
]
JOINS = [" and ", ", ", " so ", " and honestly "]
PRESENT = [
    "i drank last night",
    "i relapsed yesterday",
    "i want to die right now",
    "i'm drunk right now",
    "i'm thinking about killing myself",
    "i burned my arm again today",
]


@pytest.mark.parametrize(
    "text", [history + join + now for history, join, now in product(HISTORIES, JOINS, PRESENT)]
)
def test_history_in_one_clause_leaves_the_present_one_alone(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment


@pytest.mark.parametrize(
    "text",
    [
        # the history told in the match's own clause stays history
        "i used to cut, i'm three years free now and it feels good",
        "back in college i drank a lot and i'm grateful every day that i stopped",
        "i'm still thinking about the time i od'd in 2019, it changed everything",
    ],
)
def test_history_in_the_matchs_own_clause_stays_history(text: str) -> None:
    assert not RULES_ALONE.assess(text).escalate
