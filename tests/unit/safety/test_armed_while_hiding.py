"""A weapon out beside the member hiding or threatened is violence under way, critical.

On the code before this file, "my roommate is swinging a knife around, i locked myself in my
room" was a high abuse alert (the hiding) with the weapon, someone else's, only noted: it did
not page as an emergency. A partner, parent or child who holds the weapon makes it abuse.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_below


@pytest.mark.parametrize(
    "text",
    [
        "guy from the shelter is outside swinging a bat, i'm hiding in the laundry room",
        "my roommate grabbed a kitchen knife and is yelling, i locked myself in the bathroom",
        "some dude in the parking lot is waving a gun, we're hiding in the store",
        # the weapon and the hiding in two sentences in a row
        "some guy in the lot is waving a gun around. we're hiding in the store",
        # a parent named in a later sentence does not hold the weapon of the first
        "my roommate is swinging a knife around, i'm hiding in my room. my mom says stay put",
        "my cousin says he's going to kill me, he's holding a hammer. i'm in the car",
    ],
)
def test_someone_armed_while_the_member_hides_is_critical_violence(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "my husband is drunk and waving a knife around, i'm hiding in the closet",
        "my ex is outside with a bat and i'm hiding in the bathroom",
        "my husband said he's going to kill me and he just took his rifle out of the safe",
        # the partner opens the sentence before the weapon's
        "my husband is drunk again. he's waving a knife around and i'm hiding in the closet",
    ],
)
def test_a_partner_armed_is_critical_abuse(text: str) -> None:
    assert_alerts(text, Category.ABUSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "hiding in my room from my little brother lol we carved pumpkins and there's a knife on "
        "every plate",
        "i was hiding in the closet when he came at me with a knife, that was 10 years ago",
        "we watched a movie where a guy swings a machete around, i hid under a blanket",
        # a weapon and hiding sentences apart are not one event
        "some guy in the lot is waving a gun around. the game was fun. traffic was bad. we're "
        "hiding in the store from the rain lol",
    ],
)
def test_a_knife_beside_everyday_hiding_or_history_is_not_critical(text: str) -> None:
    assert_below(text, Severity.CRITICAL)
