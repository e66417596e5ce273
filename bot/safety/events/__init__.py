"""Event rules built from vocabularies: who + action + time / intent, not whole sentences.

The hand-written rules in the rules package grew around particular phrasings. The rules here
are the general shapes behind them, each a combination of small word classes:

* suicide: a desire or intent ("want to", "gonna", "can't stop thinking about", "ready to")
  followed by death or ending vocabulary ("die", "end it all", "not be here") is active
  ideation; "everyone would be fine if I was gone" is passive ideation; a method verb with
  an intent ("gonna hang myself") or means in hand plus a time is a plan;
* self-harm: a harm verb in any tense aimed at the speaker's body, or done "until it bleeds";
* relapse: a use verb plus a time marker ("used last weekend", "drinking again"), a drink
  in hand, "ended up drinking";
* violence: a weapon with an intent to use it on someone;
* abuse: someone threatening the speaker, or at the door with a weapon.

Context (negation, past, someone else, idiom ...) is left to context.py and policy.py, so
these patterns only describe the event. Every pattern is linear (bounded gaps only).

``vocabulary`` holds the word classes; one module per category holds its rules (suicide has
two: ``suicide`` for thoughts, wanting, thinking and feeling, and ``suicide_plans`` for plans
and acts: method, means, a time, farewells, places), the first general shapes and then
families written from groups of missed phrasings, each a broad event (a vocabulary per slot)
rather than the sentence that showed the gap.
"""

from __future__ import annotations

from bot.safety.events import (
    abuse,
    overdose,
    relapse,
    self_harm,
    suicide,
    suicide_plans,
    violence,
    vocabulary,
)
from bot.safety.patterns import Rule


def event_rules() -> list[Rule]:
    """The event rules, category by category (call after ``rules.table`` has defined its
    shared macros)."""
    vocabulary.install()
    return [
        *suicide.rules(),
        *suicide_plans.rules(),
        *self_harm.rules(),
        *overdose.rules(),
        *relapse.rules(),
        *violence.rules(),
        *abuse.rules(),
    ]
