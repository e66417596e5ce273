"""A time set beside a plan's other part, urges named by the act, and a class named as where
self-harm happened.

On the code before this file:
- "gave my dog to my sister. tonight's it" was low: giving things away and a time set were
  both parts of a plan, the same part, so they did not combine;
- "sold my guitar to a friend, tonight's the night we celebrate" was critical: the friend
  made the time someone else's, and the time itself then read as their plan under way;
- "the 🩸 urges are loud" and "my cutting urges are back" were quiet;
- "carved into my arm in chem class today" was a lesson (a topic), because of "in class".
"""

import pytest

from bot.safety import Category, Severity, assess
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "gave my cat to my neighbor this afternoon. tonight's it",
        "wrote letters to my parents and left them on the desk. tonight is it",
        "sold my guitar and gave my records away. tonight's the night",
        "bought tylenol at two different stores so nobody would ask. tonight's the night",
    ],
)
def test_a_time_set_beside_a_plan_is_critical(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "sold my old guitar to a friend, tonight's the night we celebrate",
        "wrote notes for my kids' lunchboxes, tonight's the night for pizza",
        "tonight's the night we finally see them live",
        "wrote a note to my boss today",
    ],
)
def test_a_night_looked_forward_to_stays_quiet(text: str) -> None:
    assert_quiet(text)
    assert not assess(text).escalate, assess(text)


def test_someone_elses_plan_under_way_is_still_critical() -> None:
    # (the time that puts it under way is outside the words of the hit itself)
    assert_alerts(
        "my brother said he's going to kill himself tonight", Category.SUICIDE, Severity.CRITICAL
    )
    assert_alerts(
        "my sister texted me she is on the roof and will jump", Category.SUICIDE, Severity.CRITICAL
    )


@pytest.mark.parametrize(
    "text",
    [
        "the 🩸 urges are back tonight",
        "my cutting urges have been bad all week",
        "old burning urges came back after the call with my dad",
    ],
)
def test_urges_named_by_the_act_alert(text: str) -> None:
    assert_alerts(text, Category.SELF_HARM, Severity.MEDIUM)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("cut my thigh in math class this morning with a sharpener blade", Severity.HIGH),
        ("scratched my wrists open in the school bathroom today", Severity.HIGH),
    ],
)
def test_a_class_or_school_as_where_it_happened_is_no_lesson(text: str, severity: Severity) -> None:
    assert_alerts(text, Category.SELF_HARM, severity)


@pytest.mark.parametrize(
    "text",
    [
        "we learned about cutting in health class today",
        "we read about overdose in pharmacology class yesterday",
        "in my class today a kid gave a talk about suicide prevention",
    ],
)
def test_a_lesson_in_class_is_still_a_lesson(text: str) -> None:
    assert_quiet(text)
