"""Threats, blows and urges said in plain words the rules had missed.

On the code before this file the rules alone read "gonna beat him up" but not "going to knock
my landlord out" or "gonna beat my dealers ass"; "i hit my son last night" but not "i just
hit my teenage son"; "got arrested for assault tuesday" but not "got arrested saturday for
assault"; "the urge to cut" but not "a recurring urge to harm myself" or "i keep thinking
about cutting". And an urge that is the member's own ("asked me to rate my urge to
self-harm") was read as the counselor's because the counselor was the last person named.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        ("going to knock my landlord out", Category.VIOLENCE, Severity.HIGH),
        (
            "gonna knock my brother out next time he brings up my using",
            Category.VIOLENCE,
            Severity.HIGH,
        ),
        ("gonna beat my dealers ass", Category.VIOLENCE, Severity.HIGH),
        (
            "i'm putting him through the window if he says it again",
            Category.VIOLENCE,
            Severity.HIGH,
        ),
        ("gonna break both his legs", Category.VIOLENCE, Severity.HIGH),
        ("about to go swing on my cousin", Category.VIOLENCE, Severity.MEDIUM),
        ("I just hit my teenage son. I'm shaking", Category.VIOLENCE, Severity.HIGH),
        ("got arrested saturday for assault", Category.VIOLENCE, Severity.MEDIUM),
        ("I've been having a recurring urge to harm myself", Category.SELF_HARM, Severity.MEDIUM),
        ("urges to self-harm every day this week", Category.SELF_HARM, Severity.MEDIUM),
        ("i keep thinking about cutting", Category.SELF_HARM, Severity.MEDIUM),
        ("thinking about how good it felt to cut", Category.SELF_HARM, Severity.MEDIUM),
        (
            "my counselor asked me to rate my urge to self-harm and I said 3 but it's closer to 9",
            Category.SELF_HARM,
            Severity.MEDIUM,
        ),
    ],
)
def test_plain_threats_blows_and_urges_alert(
    text: str, category: Category, severity: Severity
) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "gonna knock the competition out at regionals",
        "i'm gonna knock my brother out in smash bros lol",
        "let's go swing on the swings after lunch",
        "wanted to swing on my brother at dinner. walked out to the barn and split wood for an hour",
        "i just hit my son's car in the driveway, ugh",
        "i just hit my head on the cabinet",
        "i keep thinking about cutting my hair short",
        "been thinking about cutting back on coffee",
    ],
)
def test_games_objects_and_haircuts_stay_quiet(text: str) -> None:
    assert_quiet(text)


def test_someone_else_about_to_swing_is_a_worry() -> None:
    assessment = RULES_ALONE.assess("I'm worried my roommate is going to swing on the guy upstairs")
    assert assessment.category is Category.VIOLENCE
    assert assessment.severity is Severity.LOW
