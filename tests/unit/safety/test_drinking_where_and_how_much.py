"""A use placed by where, while or with what it happens, drinks counted in the plural, and a
drink held while sitting somewhere.

On the code before this file the rules alone missed every alert below: a use needed a time
("last night", "right now") and "in the car" or "while the baby naps" was none, "had three
whiskeys" did not count because "whiskeys" is not "whiskey", and "sitting in the grain truck
with a bottle" named no drink. The quiet sentences are what those additions must not reach.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        # where, while or with what
        "drinking in the van right now",
        "drank in the car before picking my daughter up",
        "smoked in the bathroom at my sister's wedding",
        "drinking while the kids sleep",
        "used at work again, nobody noticed",
        "shot of tequila with breakfast, drinking with lunch too",
        "drinking b4 school pickup",
        "Using now.",
        "drinking her wine right now",
        # counted in the plural
        "had three whiskeys at the bar",
        "had a couple of gins before group",
        "sank six pints at the match",
        "downed four vodkas at the wedding",
        # sitting somewhere with a drink
        "sitting in the grain truck with a bottle",
        "sat in the church car park with a can of cider",
        # went and did it
        "she didn't pick up so i went and scored",
        "left the meeting and went and got drunk",
        "went and bought a bottle of vodka",
    ],
)
def test_a_use_placed_now_alerts(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        # the same words with something else
        "the AC went out in the truck in Needles, 115 degrees",
        "went out at lunch for tacos with the team",
        "picked up my suboxone today, the pharmacist was kind",
        "sitting on the couch feeding the baby with a bottle",
        "sat at my desk with a bottle of water all afternoon",
        "drank three glasses of water in the car",
        "using now the new planner app, love it",
        "we went and scored seats for the concert",
        "went and used the bathroom before group",
        "went and drank some water and felt better",
        "went and bought some groceries",
        # negated, past or asked
        "i'm not using now",
        "when i used in college i was a mess",
        "is my sobriety over if i drink at the wedding next month?",
        "first time in rehab I used in the parking lot. That was my 20s.",
    ],
)
def test_the_same_words_without_a_use_stay_quiet(text: str) -> None:
    assert_quiet(text)


def test_someone_else_drinking_in_the_garage_is_a_worry() -> None:
    assessment = RULES_ALONE.assess("pretty sure my husband is drinking in the garage again")
    assert assessment.category is Category.RELAPSE
    assert assessment.severity is Severity.LOW


def test_a_use_dated_the_night_before_last_is_recent() -> None:
    assessment = RULES_ALONE.assess("ngl i smoked crack the night before last. first time in ages")
    assert assessment.category is Category.RELAPSE
    assert assessment.severity is Severity.MEDIUM
    assert any("recent" in reason.modifiers for reason in assessment.reasons)


def test_one_use_read_twice_is_no_mixing() -> None:
    # Two rules read "shot up" (a use, and a use in the car); with a mild sign after a use
    # the night before last, that is no overdose in progress.
    assessment = RULES_ALONE.assess(
        "The night before last I shot up in my car. I'm not using now. Everything feels heavy."
    )
    assert assessment.category is Category.RELAPSE
    assert assessment.severity is Severity.MEDIUM


def test_mixing_substances_now_with_a_mild_sign_is_still_critical() -> None:
    assessment = RULES_ALONE.assess(
        "took some oxy and then a few beers and I feel really heavy, gonna lie down"
    )
    assert assessment.category is Category.OVERDOSE
    assert assessment.severity is Severity.CRITICAL
