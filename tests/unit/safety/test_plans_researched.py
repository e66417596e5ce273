"""A method researched: which heights are "a sure thing", how many pills would be dangerous.

On the code before this file the rules alone were quiet on both alert cases, and the second
was only a worry (someone else's) once read: "asked my doctor" made the doctor its subject.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "researched which heights are a sure thing. found one near my work",
        "asked my doctor how many of my antidepressants would be dangerous and now i know the number",
        "googled which bridges are high enough, there's one on my way to work",
        "told my sister nothing, asked my pharmacist how many of my sleeping pills would be lethal. "
        "now i know",
    ],
)
def test_a_method_researched_alerts(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "looked up which bridges are high enough for bungee jumping",
        "which floors are high enough to see the fireworks from?",
        "how many cookies would be too many lol now i know",
    ],
)
def test_heights_and_amounts_for_fun_stay_quiet(text: str) -> None:
    assert_quiet(text)
