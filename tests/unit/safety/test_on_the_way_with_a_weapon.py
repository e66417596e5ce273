"""On the way to someone, with or without a weapon, and tools on an errand.

On the code before this file:
- "heading over to my sister's house with the kids now" was a medium violence alert: being on
  the way to someone's place with "now" or "with" after it was read as an approach to harm;
- "heading to my dad's place with a hammer to fix the deck" was critical;
- "on my way to my exs with a hammer" and "im going over there with the hammer" were low:
  "my exs" and "over there" were not read as on the way to someone.

Being on the way is now only a part of a plan (low); with a weapon it is a threat with means
(critical). A tool on an errand, or a knife set or block, is no weapon.
"""

import pytest

from bot.safety import Category, Severity, assess
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "on my way to my exs with a crowbar, don't try to stop me",
        "the guy upstairs won't turn it down so i'm going over there with a bat",
        "got my brother's pistol and i'm heading round to his place",
        "driving to her ex's with a tire iron right now",
    ],
)
def test_on_the_way_with_a_weapon_is_critical(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "heading over to my sister's house with the kids now",
        "on my way to my mom's place with a pie",
        "heading to my dad's place with a hammer to fix the deck",
        "going over there with the hammer to hang her shelves",
        "heading to my mom's with a knife set for her birthday",
        "the knife block in my new kitchen is so nice",
    ],
)
def test_visits_and_errands_stay_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "heading to my dad's place with a hammer to fix the deck",
        "heading to my mom's with a knife set for her birthday",
    ],
)
def test_the_word_model_defers_on_errands(text: str) -> None:
    assert not assess(text).escalate, assess(text)


def test_waiting_outside_their_place_is_still_an_alert() -> None:
    assert_alerts("parked outside his house waiting for him", Category.VIOLENCE, Severity.MEDIUM)
