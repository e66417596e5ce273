"""Plain words of an overdose, a use or a cut that the rules missed.

On the code before this file every alert case below was quiet with the rules alone:
- "breathing but not waking up" lost its subject at the "but", and the rule for someone
  unresponsive needs someone else as the subject;
- a lesson followed ("we're doing compressions like in class") made an emergency a topic;
- "slammed" (injected) a drug was no use, and "tina" (meth) was no drug to be using;
- "i cut" told with "this afternoon" or "earlier" was no cut.
The quiet cases are guards: a lesson told before the words, or practised, stays a topic.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "my buddy's breathing but not waking up after that pill, what do i do",
        "she's breathing but won't wake up, i gave her one narcan already",
        "he stopped breathing, we're doing compressions like in class, someone call 911",
    ],
)
def test_someone_unresponsive_now_is_a_critical_overdose(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    ["slammed meth in the bathroom at work this morning", "been slamming tina all week"],
)
def test_injecting_is_a_use(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.HIGH)


@pytest.mark.parametrize(
    "text", ["i cut this afternoon after the call with my mom", "i cut earlier, it's not deep"]
)
def test_a_cut_told_with_its_time_is_self_harm(text: str) -> None:
    assert_alerts(text, Category.SELF_HARM, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "learned today you roll someone into the recovery position if they're breathing but "
        "won't wake up",
        "we practised CPR on the dummy, the guy was not breathing like in class",
        "In our group we practiced what to say if someone tells you they're thinking about suicide",
    ],
)
def test_lessons_stay_quiet(text: str) -> None:
    assert_quiet(text)
