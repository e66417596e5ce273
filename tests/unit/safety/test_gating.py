"""Rule gating (bot/safety/gating.py): everyday words alone reach no rule; risk still does."""

from __future__ import annotations

import pytest

from bot.safety.engine import _candidate_rules, _candidates
from bot.safety.normalize import normalize


@pytest.mark.parametrize(
    "text",
    [
        "hope everyone has a gentle evening",
        "trying to drink more water this week",
        "I think I left my water bottle at group",
        "thanks everyone, this helped a lot",
        "I liked what Sam said about patience",
        "who's going to the potluck on friday?",
    ],
)
def test_everyday_chat_with_gate_words_reaches_no_rule(text: str) -> None:
    """A gate word ("hope", "drink", "said", "a lot", "pot") is not enough: every key set of
    some alternative of a rule must be present before the rule is tried."""
    assert _candidate_rules(normalize(text).text) == []


def test_risk_still_reaches_its_rules() -> None:
    rules = {rule.rule_id for rule in _candidate_rules(normalize("I drank again last night").text)}
    assert "relapse.drank" in rules


def test_positions_are_collected_for_long_messages_only() -> None:
    """Long messages are windowed around the gate keys, so only they need positions."""
    short = normalize("I drank again last night").text
    assert all(where == [] for _, where in _candidates(short))
    long = normalize("made tacos for dinner. " * 40 + "I drank again last night").text
    found = dict((rule.rule_id, where) for rule, where in _candidates(long))
    assert found["relapse.drank"] == [long.index("drank")]
