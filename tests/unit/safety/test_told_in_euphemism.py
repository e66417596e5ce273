"""Risk told in euphemism (set CX): an old friend back, a count started again, a mistake with
the meds, a colour gone wrong, leaving told sideways; and the exceptions that name a rule.

On the code before this file the rules alone were quiet on every alert case below, and
alerted on the last five quiet cases (the cough syrup taken back as a critical overdose); the
other quiet cases guard the new rules.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        ("the bottle and i are getting reacquainted tonight", Category.RELAPSE, Severity.HIGH),
        ("ya girl is tore up tonight, first drink in 2 yrs", Category.RELAPSE, Severity.HIGH),
        ("gonna need a new 24-hour chip. as of last night", Category.RELAPSE, Severity.MEDIUM),
        ("the sharp thing and i had a reunion tonight", Category.SELF_HARM, Severity.HIGH),
        (
            "did something dumb with my meds. like really dumb. feeling foggy",
            Category.OVERDOSE,
            Severity.CRITICAL,
        ),
        (
            "i may have overdone it with the sleeping stuff, room won't stop tilting",
            Category.OVERDOSE,
            Severity.CRITICAL,
        ),
        (
            "my friend went quiet after her hit and she's a weird color now",
            Category.OVERDOSE,
            Severity.CRITICAL,
        ),
        ("finna dip out permanently, i'm so tired chat", Category.SUICIDE, Severity.HIGH),
        (
            "don't think i'll be seeing the new year, and honestly i'm okay with that",
            Category.SUICIDE,
            Severity.HIGH,
        ),
        (
            "i'm going to take the long walk off the short pier this weekend",
            Category.SUICIDE,
            Severity.CRITICAL,
        ),
        ("sleep is the only time i don't want to kill myself tbh", Category.SUICIDE, Severity.HIGH),
        (
            "he got angry about the gravy and dragged me by my hair through the hallway",
            Category.ABUSE,
            Severity.HIGH,
        ),
    ],
)
def test_risk_told_in_euphemism_alerts(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "my first drink in 5 years was a coke at the bar lol",
        "so proud of your new 24 hour chip!",
        "my cousin and i are getting reacquainted after years apart",
        "did something dumb with my meds, forgot to take them this morning lol. all sorted",
        "overdid it with the chocolate lol",
        "my tomatoes are turning a weird color",
        "i'm gonna log out for good from facebook",
        "don't think i'll be seeing the new year in, i'm always asleep by 10",
        "tell him to take a long walk off a short pier lol",
        "our group read a poem about a woman who wanted to die and found a reason to stay",
        "found an old journal from when i wanted to die every day. read it, then burned it",
        "i took the whole bottle of cough syrup back to the pharmacy today",
        "softball team got crushed but we had a blast, beers for them, root beer for me",
        "my abuela said she'd kill me if i showed up without tortillas",
    ],
)
def test_everyday_readings_stay_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "i wrote a poem about wanting to die",
        "i wrote a song about killing myself last night",
    ],
)
def test_the_members_own_writing_is_no_lesson(text: str) -> None:
    # (before this file the song was a topic, and so quiet; a poem became one with this file)
    assert_alerts(text, Category.SUICIDE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "my friend who overdosed last year just hit 12 months clean!! so proud of her",
        "my sponsee who od'd last year just got her 1 year coin",
    ],
)
def test_a_milestone_just_reached_leaves_the_past_in_the_past(text: str) -> None:
    # (both were critical overdose alerts before: "just" read as the overdose's own time)
    assert_quiet(text)


def test_just_now_still_dates_what_follows() -> None:
    assert_alerts(
        "my brother overdosed last year and just now he's not breathing again",
        Category.OVERDOSE,
        Severity.CRITICAL,
    )
