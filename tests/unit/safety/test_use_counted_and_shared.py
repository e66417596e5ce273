"""Use told by a count ("on drink 5") or as a share of someone else's ("her brother had edibles
and i ate like two").

On the code before this file the rules alone were quiet on "on drink 5, phone keeps buzzing
and i dont care", and read the edibles only as the brother's (low).
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "walked straight to the bar down the street. on drink 5, phone keeps buzzing",
        "on beer number 4 and it's only noon",
        "went to a sleepover saturday and her brother had edibles and i ate like two",
        "my roommate made pot brownies and i had one last night",
    ],
)
def test_use_counted_or_shared_alerts(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "i'm on round 3 of interviews",
        "on bottle 2 of water today, hydration queen",
        "we're on drink 2 of the night at my cousin's wedding, sparkling cider for me",
        "we talked about edibles in group and i had some questions",
        "my friend had edibles and i said no thanks",
    ],
)
def test_other_counts_and_refusals_stay_quiet(text: str) -> None:
    assert_quiet(text)
