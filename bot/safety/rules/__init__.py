"""The rules: each describes an EVENT (who, what, when) rather than a sentence.

Rules read normalised text (lowercase, look-alikes folded, leetspeak and stretching undone,
"rn" spelled "right now"; see normalize.py). A rule's severity is its severity in a neutral
context; context.py finds modifiers (negation, past, someone else, ...) and policy.py decides
what they do. Message-level combinations (intent + means => critical) live in engine.py and
use each rule's ``roles``:

* ``intent`` / ``means`` / ``plan`` / ``farewell``: the parts of a suicide plan or a violent
  threat; two different parts in one message are critical, and so is one with a near time
  ("tonight", "this weekend", "after my wife falls asleep");
* ``use`` and ``symptom``: drug use plus overdose symptoms ("did a bump ... can't stop
  puking") is an overdose in progress;
* ``today``: one step more severe when the clause says it happened today / tonight / again.

Rule ids are stable: they are stored with escalations and shown to facilitators.

One module per category (``suicide``, with its plans, means and farewells in ``suicide_plans``,
``self_harm``, ``overdose``, ``relapse``, ``violence``, ``abuse``) holds its particular rules
(``other_languages``: a few phrases in the languages members switch to); ``table`` holds what they share; the general event
rules (vocabulary x vocabulary) are in ``bot.safety.events`` and come after the particular
ones. The order of :data:`RULES` is the order in which rules are tried and reported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.events import event_rules
from bot.safety.patterns import Rule
from bot.safety.rules import (
    abuse,
    other_languages,
    overdose,
    relapse,
    self_harm,
    suicide,
    suicide_plans,
    violence,
)

RULES: list[Rule] = [
    *suicide.RULES,
    *suicide_plans.RULES,
    *self_harm.RULES,
    *overdose.RULES,
    *relapse.RULES,
    *violence.RULES,
    *abuse.RULES,
    *other_languages.RULES,
    # The general event rules (vocabulary x vocabulary) come after the particular ones above
    # (and after ``table`` has defined the macros they share).
    *event_rules(),
]


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """The literal words in every rule pattern (the normaliser's list of risk words)."""
    words: set[str] = set()
    for rule in RULES:
        source = re.sub(r"\\[a-zA-Z]", " ", rule.pattern.pattern)
        words.update(re.findall(r"[a-z][a-z']{2,}", source))
    return frozenset(word.strip("'") for word in words)
