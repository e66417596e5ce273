"""What one clause says never silences what is happening now in another.

"i used to cut and i'm thinking about killing myself" was read as history from end to end: the
past of its first clause reached the second. So did a negation ("i'm not okay honestly i'm
drunk right now"), a topic ("we talked about coping skills in group and i want to die right
now"), a supposition ("what if nobody shows up and i'm thinking about killing myself") and
someone else's past ("my friend relapsed last year and i have the pills lined up"). Every such
opening is paired with every present or recent act, joined the ways chat joins them, and the
rules alone must still escalate.
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
OTHER_OPENINGS = [
    "i'm not okay",
    "nobody texted me back",
    "my friend relapsed last year",
    "my dad used to drink",
    "we talked about coping skills in group",
    "i read the relapse chapter",
    "what if nobody shows up",
    "if my boss calls i'll quit",
]
JOINS = [" and ", ", ", " so ", " and honestly ", " honestly ", " lol "]
PRESENT = [
    "i drank last night",
    "i relapsed yesterday",
    "i want to die right now",
    "i'm drunk right now",
    "i'm thinking about killing myself",
    "i burned my arm again today",
]


@pytest.mark.parametrize(
    "text",
    [
        opening + join + now
        for opening, join, now in product(HISTORIES + OTHER_OPENINGS, JOINS, PRESENT)
    ],
)
def test_one_clause_leaves_the_present_one_alone(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment


@pytest.mark.parametrize(
    "text",
    [
        now + join + told
        for now, join, told in product(
            PRESENT, [" and ", ", ", " so ", " but "], HISTORIES + OTHER_OPENINGS[:4]
        )
    ],
)
def test_an_event_told_after_the_present_does_not_date_it(text: str) -> None:
    """ "i want to die, two years ago i od'd": the later clause tells its own event, with its
    own subject; it does not date the one before."""
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment


@pytest.mark.parametrize(
    "text",
    [
        # a time alone after the match dates it
        "i od'd in my car, two years ago now",
        "tried to kill myself, back in 2015, and i'm glad i'm here",
        # the history told in the match's own clause stays history
        "i used to cut, i'm three years free now and it feels good",
        "back in college i drank a lot and i'm grateful every day that i stopped",
        "i'm still thinking about the time i od'd in 2019, it changed everything",
        # a topic, a supposition and a negation in the match's own clause keep their reading
        "we talked about how overdose happens and i learned a lot",
        "what if i relapse tonight and lose everything",
        "i'm not drunk, just tired",
        # "high on" something that is no drug is a figure of speech
        "no karen im high on costco samples",
    ],
)
def test_the_matchs_own_clause_keeps_its_reading(text: str) -> None:
    assert not RULES_ALONE.assess(text).escalate
