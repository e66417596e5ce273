"""A question about an overdose asked for someone right there, and someone "acting" sleepy.

On the code before this file the rules alone were quiet on:
- "what are the signs of a fent OD, asking because my buddy's acting really off and real
  sleepy after a bump": "signs of" made the whole sentence a lesson;
- "if someone is super sleepy and their skin is cold and sweaty after a bunch of xanax do u
  just let them sleep it off?": "if someone" made it a supposition;
- "my buddy is acting real sleepy after a bump": "acting" sleepy was not read as sleepy.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "what are the signs of a fent OD, asking because my buddy's acting really off and real "
        "sleepy after a bump",
        "if someone is super sleepy and their skin is cold and sweaty after a bunch of xanax do u "
        "just let them sleep it off?",
        "if a guy took a bunch of bars and he's really sleepy now should i let him sleep it off",
        "my buddy is acting real sleepy after a bump",
    ],
)
def test_an_overdose_asked_about_for_someone_now_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "we learned the signs of an overdose in group today, like being really sleepy after using",
        "what if someone is really sleepy after using, what are the signs to watch for?",
        "my cat is acting weird and super sleepy today",
    ],
)
def test_a_lesson_or_a_pet_stays_quiet(text: str) -> None:
    assert_quiet(text)
