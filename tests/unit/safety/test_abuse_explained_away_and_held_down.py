"""Abuse explained away, "getting physical", held down now, and the plain present of a second
language.

On the code before this file these were quiet: "got a black eye but I'm telling work it was a
cabinet door", "he got a little physical, we're good now", "bf has me pinned, pls someone
call", "broke a beer bottle over my head", "my mother-in-law burn me with hot oil". And "every
time I say no he gets physical" read "no" as a denial of what followed.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # injuries explained away to others
        ("got a split lip but i'm telling my boss it was a cabinet door lol", Severity.MEDIUM),
        ("the bruises on my neck aren't from the gym like i said", Severity.MEDIUM),
        (
            "bruises from sunday are fading. still telling my sister it was the stairs",
            Severity.MEDIUM,
        ),
        # "getting physical", including as a habit under a condition
        ("rough night, she got a bit physical, we're fine now", Severity.HIGH),
        ("whenever i say no he gets physical", Severity.HIGH),
        ("if i go out without asking he gets physical", Severity.HIGH),
        # held down now, or hit with something
        ("my boyfriend has me pinned down, someone please call", Severity.CRITICAL),
        ("my husband smashed a plate over my head last night", Severity.HIGH),
        # the plain present, as a second language tells the past
        ("my stepfather slap me in the face yesterday", Severity.MEDIUM),
        ("my aunt burn me with the iron today because i was late", Severity.MEDIUM),
    ],
)
def test_abuse_told_these_ways_alerts(text: str, severity: Severity) -> None:
    assert_alerts(text, Category.ABUSE, severity)


@pytest.mark.parametrize(
    "text",
    [
        "the bruises are from rugby, i told my mom it was the dog that knocked me over lol",
        "my coach got really physical with the drills today",
        "he got physical therapy for his knee",
        "my bro has me pinned in chess again",
        "my friend will burn me a cd of the show",
        "he'll punch me in at work when i'm late",
        "i said no to the second helping and my mom made a face",
    ],
)
def test_sports_errands_and_games_stay_quiet(text: str) -> None:
    assert_quiet(text)


def test_marks_explained_away_are_not_read_as_abuse() -> None:
    # (marks and scratches explained away are as often self-harm: no abuse alert)
    assessment = RULES_ALONE.assess("the nurse saw the marks and i said it was the cat")
    assert assessment.category is not Category.ABUSE, assessment
