"""A rule question that discloses: "if i'm high right now", "if i shot up this afternoon".

A supposition about the speaker's state right now, or told in the past tense about this
afternoon or earlier, is what is so or was done, as "last night" already was: a use now or
today, high. On the code before this file each was read as a condition and lowered to medium.
A supposition that looks ahead or weighs the cost stays one.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_below


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to join the zoom tonight if i'm high right now",
        "do i still have to do check-in if i'm drunk at the moment",
        "will the clinic still dose me tomorrow if i used earlier",
        "what do i tell my sponsor if i drank this afternoon",
        "can i still come to group if im using again as of today",
    ],
)
def test_a_supposition_about_now_is_a_use_now(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "if i drank today i'd lose my kids",
        "if i used today my wife would leave me",
        "if i had a drink earlier this week would it still count",
    ],
)
def test_a_supposition_weighed_or_not_today_is_no_use_now(text: str) -> None:
    assert_below(text, Severity.HIGH)
