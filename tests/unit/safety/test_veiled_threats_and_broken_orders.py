"""Veiled threats ("she has no idea what's coming for her"), a protective order broken, a
child given "special attention", and a count back at one or a stash used up (set CX).

On the code before this file the rules alone were quiet on every alert case below.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        (
            "she has no idea what's coming for her when she gets off work. i'm parked outside",
            Category.VIOLENCE,
            Severity.HIGH,
        ),
        (
            "told my brother he better sleep with one eye open. i meant every word",
            Category.VIOLENCE,
            Severity.HIGH,
        ),
        (
            "my son's father waits for me by my car even with the protective order",
            Category.ABUSE,
            Severity.HIGH,
        ),
        ("he's violating the restraining order again", Category.ABUSE, Severity.HIGH),
        (
            'grandpa likes to give me "special attention" when nobody\'s home',
            Category.ABUSE,
            Severity.HIGH,
        ),
        ("my day count is a secret now, because it's one", Category.RELAPSE, Severity.MEDIUM),
        (
            "found my old stash while cleaning and didn't throw it out. it's mostly gone now",
            Category.RELAPSE,
            Severity.MEDIUM,
        ),
    ],
)
def test_veiled_risk_alerts(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "he has no idea what's coming for him, we're throwing him a surprise party",
        "you better sleep with one eye open lol i'm getting you back for the prank",
        "my ex gets out of prison this year and i'm nervous even with the protective order",
        "the judge granted the protective order today, finally",
        "my day count is 45 because it's my birthday week",
        "found my old stash of candy from halloween, it's mostly gone now lol",
    ],
)
def test_everyday_readings_stay_quiet(text: str) -> None:
    assert_quiet(text)
