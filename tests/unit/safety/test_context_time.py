"""How far back an event lies: spans of time that are over, a last time given a year, a past
of the past; and the words that keep an event in the present. Checked on the rules alone,
with phrasings written for this test."""

import pytest

from bot.safety import Category, Severity
from bot.safety.patterns import RL, S
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        # a span of time that is over
        "i smoked crack for almost twenty years. now i coach little league",
        "drank for nine months straight after the divorce, sober since march 2021",
        "I snorted pills for over a decade and I still can't believe I'm alive",
        # the last time, given a year or a distance
        "the last time i used was 2018 and i'm still amazed",
        "last time i relapsed was three years ago this week",
        # a past of the past
        "when i started the program i had just relapsed and hated everyone lol",
        # gratitude, and drinks that are not alcohol
        "these meds saved my life honestly",
        "i'm drinking oat milk lattes like they're water",
    ],
)
def test_time_that_is_over_is_history(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        # a span that runs up to now
        ("i've been drinking for two years and i can't stop", RL, Severity.HIGH),
        ("been using on my lunch breaks for a couple months, nobody knows", RL, Severity.HIGH),
        # a span beside a plan for tonight
        ("saved my meds for a year and i'm taking them all tonight", S, Severity.CRITICAL),
        # a last time that a later sentence undoes
        ("the last time i relapsed was 2017. or it was, until last night", RL, Severity.MEDIUM),
    ],
)
def test_time_that_runs_to_now_is_not(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)
