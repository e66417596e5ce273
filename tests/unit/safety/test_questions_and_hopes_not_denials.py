"""A negative question and a hopeless "nothing" deny nothing that follows them.

On the code before this file:
- "wouldn't my family be better off without me" read the "wouldn't" as a denial, where a
  negative question asks to be agreed with;
- "nothing to live for 🙃 gonna end it" could read the "nothing" as a denial of the plan (the
  emoji left no comma between them);
- "thinking about dying tonight" read "dying to(night)" as the idiom "dying to".
The quiet cases are guards: a denial told as a statement still denies.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("wouldn't my family be better off without me dragging them down", Severity.MEDIUM),
        ("isn't my family better off without me at this point", Severity.MEDIUM),
        ("doesn't it feel like the world would be better off without me", Severity.MEDIUM),
        ("i keep thinking about dying tonight, it won't stop", Severity.HIGH),
    ],
)
def test_suicidal_thoughts_behind_a_question_or_a_tonight_alert(
    text: str, severity: Severity
) -> None:
    assert_alerts(text, Category.SUICIDE, severity)


@pytest.mark.parametrize(
    "text",
    [
        "my kids wouldn't be better off without me, i know that now",
        "my family wouldn't be better off without me, they tell me that every day",
        "i'm dying to see the new movie tonight",
    ],
)
def test_a_stated_denial_still_denies(text: str) -> None:
    assert_quiet(text)


def test_nothing_to_live_for_denies_no_plan_after_it() -> None:
    text = "got nothing to live for 🙃 going to sleep for good tonight"
    reasons = [
        r for r in RULES_ALONE.assess(text).reasons if "sleep for good" in text[slice(*r.span)]
    ]
    assert reasons, "the plan itself is read"
    assert all("negated" not in r.modifiers for r in reasons), reasons
