"""Passive ideation said with a contraction or another word for "better", and suicide named
as thoughts or ideation.

On the code before this file the rules alone read "everyone would be better off without me"
but not "they'd be fine without me" (the contraction had to follow a space) nor "she'd be
freer without me", and "suicide thoughts again" was nothing while "suicidal thoughts" alerted.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("they'd be fine without me", Severity.MEDIUM),
        ("i keep thinking they'd all be fine without me tho", Severity.MEDIUM),
        ("she'd be freer without me", Severity.MEDIUM),
        ("my kids would be safer without me", Severity.MEDIUM),
        ("everybody will be more happy without me in the house", Severity.MEDIUM),
        ("my family would be at peace without me", Severity.MEDIUM),
        ("they'd be better off without me for good", Severity.MEDIUM),
        ("suicide thoughts again. rough day", Severity.HIGH),
        ("my brain's new hobby is suicide ideation during lectures", Severity.HIGH),
    ],
)
def test_passive_ideation_and_named_ideation_alert(text: str, severity: Severity) -> None:
    assert_alerts(text, Category.SUICIDE, severity)


@pytest.mark.parametrize(
    "text",
    [
        "she'd be fine without me at the party",
        "they'll be fine without me this weekend, it's a girls' trip",
        "my team would be fine without me for a day",
        "we learned about suicide ideation in class",
        "my friend has suicide thoughts and i'm worried",
    ],
)
def test_an_occasion_a_lesson_or_someone_else_stays_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "Took my good winter coat to the shelter. Won't be needing it anymore.",
        "I don't plan on being alive in March.",
        "Why would I make a five year plan. I'm not going to be here in five years.",
        "I don't intend to be around long enough to need them",
    ],
)
def test_no_plan_to_be_alive_later_alerts(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to be here next week, vacation",
        "I don't plan on being here for thanksgiving, we're going to my in-laws",
        "won't be needing my winter coat anymore, moving to florida",
    ],
)
def test_an_absence_with_its_reason_stays_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    ["Signed the dog over to my cousin.", "been sorting out who should get my tools"],
)
def test_final_arrangements_are_noted_without_paging(text: str) -> None:
    # Giving things away is a warning sign worth noting; alone it pages no one (low), and it
    # adds to a plan told beside it.
    assessment = RULES_ALONE.assess(text)
    assert assessment.category is Category.SUICIDE
    assert assessment.severity is Severity.LOW
