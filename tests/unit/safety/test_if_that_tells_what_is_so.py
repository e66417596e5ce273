"""An "if" that tells what is so: an apology, an indirect question, asking whether to call.

"sorry if this is the wrong place, my roommate is blue", "how do i know if i took too much",
"should i call 911 if she's gray and breathing slow" are no conditions: on the code before
this file each alert case below was read as one, and the overdose in progress was lowered to
medium.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_below


@pytest.mark.parametrize(
    "text",
    [
        "sorry if this is the wrong channel, my brother is blue and won't wake up",
        "sorry if this is weird to post, my dad took too much and his breathing sounds wrong",
        "is it an emergency if her breathing is really slow and shallow",
        "should i call 911 if my dad took a bunch of his oxy and his breathing is weird?",
    ],
)
def test_an_overdose_told_after_if_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "if my friend stops breathing after using, what do i do? asking for narcan training",
        "if someone turns blue you give narcan, right?",
    ],
)
def test_a_real_supposition_stays_one(text: str) -> None:
    assert_below(text, Severity.CRITICAL)
