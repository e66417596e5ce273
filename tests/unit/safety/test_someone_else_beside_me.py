"""Whose time is it? Someone else's plan beside the member's own risk, and the member beside
someone else's plan.

A time in the member's own risk event dates that event, not someone else's wish beside it: on
the code before this file, "i cut myself tonight. my sister said she wants to die too" was
a critical suicide *in progress* (the sister's), with the member's own self-harm second. And
the member with someone else as it happens makes their two-part plan critical: "i'm on the
phone with her. she says she's going to jump" was only high, because the pair of parts was
combined before anyone asked whether it was under way. A run-on clause that tells both the
member's event and someone else's ("my son said he is going to hang himself tonight i
relapsed") cannot say whose its time is, and keeps it for both.
"""

from itertools import product

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE

MY_ACTS = [
    ("i cut myself tonight", Category.SELF_HARM),
    ("i'm drunk right now", Category.RELAPSE),
    ("i drank tonight", Category.RELAPSE),
]
JOINS = [". ", ", ", " and ", "... ", " but "]
THEIR_WISHES = [
    "my sister said she wants to die too",
    "my brother says he wants to kill himself",
    "my friend told me she wants to end it",
]


@pytest.mark.parametrize(
    ("mine", "join", "theirs"),
    list(product(MY_ACTS, JOINS, THEIR_WISHES)),
)
def test_my_time_does_not_put_their_wish_under_way(
    mine: tuple[str, Category], join: str, theirs: str
) -> None:
    act, category = mine
    assessment = RULES_ALONE.assess(act + join + theirs)
    assert assessment.escalate, assessment
    assert assessment.category is category, assessment
    assert not any(r.rule_id == "suicide.other_in_progress" for r in assessment.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "i'm on the phone with her. she says she's going to jump",
        "i'm next to him right now, he says he's going to jump off the bridge",
        "my sister says she wants to die tonight",
        "tonight my brother called and said he wants to end it",
        "i'm scared right now, my brother says he wants to kill himself",
        "my sister says she wants to die, she's on the roof right now",
        # run-on chat: one clause tells both, and its time is kept for both
        "my son said he is going to hang himself tonight i relapsed",
        "my husband is going to shoot himself tonight i'm high",
        "i'm on the phone with him right now i'm so drunk he says he's gonna kill himself",
    ],
)
def test_their_plan_under_way_is_critical(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.category is Category.SUICIDE, assessment
    assert assessment.severity is Severity.CRITICAL, assessment


@pytest.mark.parametrize(
    "text",
    [
        "my brother says he's going to jump off the bridge",
        "i cut myself tonight. my sister says she's going to jump off the bridge",
    ],
)
def test_their_plan_alone_is_high_not_critical(text: str) -> None:
    """Someone else's plan with no sign it is under way is a worry to act on (high), not an
    emergency; the member's own "tonight" does not make it one."""
    assessment = RULES_ALONE.assess(text)
    suicide = max(
        (r.severity for r in assessment.reasons if r.category is Category.SUICIDE),
        key=lambda severity: severity.rank,
    )
    assert suicide is Severity.HIGH, assessment
