"""A refusal that is the condition of someone else's act: "if i dont he burns me".

On the code before this file "my older brother makes me do his dirty work and if i dont he
burns me with his lighter" was quiet with the rules alone: the "dont" negated the burning.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "my older brother makes me do his dirty work and if i dont he burns me with his lighter",
        "if i dont do it he hits me",
        "whenever i don't answer fast she hits me",
    ],
)
def test_a_refusal_as_the_condition_does_not_negate_the_act(text: str) -> None:
    assert_alerts(text, Category.ABUSE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "it's not like he hits me, he just yells",
        "he doesn't hit me anymore since he started therapy",
    ],
)
def test_a_negated_act_stays_quiet(text: str) -> None:
    assert_quiet(text)
