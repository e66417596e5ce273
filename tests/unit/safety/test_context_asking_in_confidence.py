"""Context readings that hid what a member told.

On the code before this file:
- "can I ask the counselor not to tell anyone that my wife beats me?" was negated: asking for
  confidence read as a denial of what followed;
- "if I had the stuff here I'd end it. I'm that close" was a supposition, though the next
  sentence says it is meant;
- "how do you hide fresh cuts at work? I need to know before tomorrow" asked about someone
  else: tending or hiding a wound with a generic "you" asks about the member's own.

Also: "i never wanted to die more than today" was negated (a comparison with now after
"never" says yes), and "my mum asked if i was using again because i looked tired. im not, i was
up with the baby" was a relapse alert (a denial that gives the real reason answers the question).
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        (
            "can i ask the group not to tell anyone that my husband beats me",
            Category.ABUSE,
            Severity.MEDIUM,
        ),
        # (already read before: kept as a guard that asking for confidence still tells)
        (
            "please don't tell my sponsor that i relapsed on friday",
            Category.RELAPSE,
            Severity.MEDIUM,
        ),
        ("if i had the pills here i'd end it. i'm so close", Category.SUICIDE, Severity.HIGH),
        (
            "how do you cover up fresh cuts for a wedding? it's this weekend",
            Category.SELF_HARM,
            Severity.HIGH,
        ),
    ],
)
def test_what_was_told_still_alerts(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "if i had a million dollars i'd end it all and move to a beach. so close to payday",
        "how do you treat a burn from the oven?",
        "i don't hit my kids and i never will",
    ],
)
def test_suppositions_first_aid_and_denials_stay_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "i never wanted to die more than today",
        "i've never wanted to die as much as i do right now",
    ],
)
def test_never_before_a_comparison_with_now_denies_nothing(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "i never wanted to die, i just wanted the pain to stop",
        "i never relapsed more than once in all those years",
        "i don't want to die more than i want to live",
    ],
)
def test_a_comparison_without_now_leaves_the_denial(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mum asked if i was using again because i looked tired. im not, i was up with the baby",
        "my sponsor asked if i was drinking again. i'm not, i was just sick all week",
    ],
)
def test_someone_elses_question_denied_with_the_real_reason_is_quiet(text: str) -> None:
    assert_quiet(text)


def test_a_question_denied_only_in_words_that_then_confess_still_alerts() -> None:
    text = "my mom asked if i was using again. i'm not gonna lie, i was"
    assert_alerts(text, Category.RELAPSE, Severity.MEDIUM)
