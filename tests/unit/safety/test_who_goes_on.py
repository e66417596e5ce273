"""Who the event belongs to when someone else is named before it, and what a negation before
a cause reaches.

A person the member cared for, reached, faced or asked for help is the object of the member's
own clause, not the subject of the next one: on the code before this file, "put the kids to
bed and poured a glass of wine" was someone else's drinking (a worry, low) because "the kids"
was read as who poured. And a negation of the main verb does not reach a cause after "after"
or "because": "i can't face everyone after drinking last friday" says the member drank.

The person seen or caught doing it stays the one doing it ("caught my son using"), and so do
people told about, asked about or spoken of.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        # someone cared for or reached, then the member goes on
        ("tucked the baby in and poured a glass of wine tonight", Category.RELAPSE, Severity.HIGH),
        (
            "put my son to bed and poured a glass of wine, then another",
            Category.RELAPSE,
            Severity.HIGH,
        ),
        (
            "picked my daughter up from practice, then went out to the garage and finished half a "
            "bottle of vodka",
            Category.RELAPSE,
            Severity.HIGH,
        ),
        ("called my sponsor and then had three beers tonight", Category.RELAPSE, Severity.HIGH),
        # someone asked for help
        (
            "can someone tell me how to sober up fast, been drinking since noon",
            Category.RELAPSE,
            Severity.HIGH,
        ),
        ("could anyone talk, been using all day", Category.RELAPSE, Severity.HIGH),
        ("please someone answer, i took all my pills", Category.OVERDOSE, Severity.CRITICAL),
        # someone faced or let down
        ("i can't face my sponsor after using on saturday", Category.RELAPSE, Severity.MEDIUM),
        ("cant face everyone after drinking last friday", Category.RELAPSE, Severity.MEDIUM),
        ("lied to my wife again, drank last night", Category.RELAPSE, Severity.MEDIUM),
        # a negation of the main verb, then the cause
        ("i couldn't sleep after using last night", Category.RELAPSE, Severity.MEDIUM),
        ("anyone else feel nothing after using again? 4th beer", Category.RELAPSE, Severity.HIGH),
    ],
)
def test_the_member_goes_on_after_someone_else(
    text: str, category: Category, severity: Severity
) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        # the one seen, caught or spoken of is the one doing it
        "caught my son using again last night",
        "saw my dad drinking last night",
        "can you believe my brother relapsed last night",
        "my therapist asked what i'd tell someone thinking about suicide",
        "can someone be suicidal and still hold down a job?",
        # the negation is the event's own
        "i haven't had a drink since march",
        "never felt better since quitting drinking",
        "i'd never drive after drinking",
        # a thing that slipped is no slip
        "dropped the glass and told everyone it slipped",
    ],
)
def test_someone_else_and_negations_still_hold(text: str) -> None:
    assert_quiet(text)


def test_someone_else_caught_using_is_a_worry_about_them() -> None:
    assessment = RULES_ALONE.assess("caught my son using again last night")
    assert assessment.category is Category.RELAPSE
    assert assessment.severity is Severity.LOW
    assert all("other_person" in reason.modifiers for reason in assessment.reasons)
