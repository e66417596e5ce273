"""A use now beside a danger it brings is critical (``relapse.use_in_danger``).

Driving drunk or high, now or about to; opioids used alone or with no tolerance left, where
nobody is there to give naloxone; a child in the member's sole care. On the code before this
file each alert case below was a high relapse alert, which does not page as an emergency.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_below


@pytest.mark.parametrize(
    "text",
    [
        "wasted rn and about to drive to my mom's, it's only 10 minutes",
        "had like 6 beers and im getting on the highway now",
        "i'm shooting up dope alone in my car behind the library",
        "copped today after a year clean, my tolerance is gone. doing it anyway",
        "drinking right now and the baby's asleep, i'm the only one home with her",
    ],
)
def test_a_use_with_its_danger_is_critical(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "i'm drunk but i'm not gonna drive, uber is coming",
        "been sneaking drinks after the kids go to bed. it's not like i'm driving",
        "drinking alone tonight, just me and the wine",
        "drinking right now, kids are at school until 3",
        "drinking again, my kids have nobody else but me",
    ],
)
def test_a_use_without_that_danger_stays_high(text: str) -> None:
    assert_below(text, Severity.CRITICAL)
