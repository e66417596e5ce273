"""The noise or the thoughts inside, wished gone ("i just want the noise to stop. forever").

On the code before this file the rules alone were quiet on every alert case below.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "i just want the noise to stop. forever preferably",
        "i want the noise in my head to stop",
        "i just want the thoughts in my head to end",
    ],
)
def test_the_noise_inside_wished_gone_alerts(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "the neighbours dog won't shut up, i just want the noise to stop lol",
        "i want the noise to stop so i can sleep, construction next door since 6am",
    ],
)
def test_a_noise_outside_stays_quiet(text: str) -> None:
    assert_quiet(text)
