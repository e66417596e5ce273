"""What each context modifier does to a match, per category (suppression is per category).

Actions: ``drop`` (the match no longer counts), ``low`` (worth noting, not paging),
``medium``/``high`` (cap the severity there), ``keep`` (no effect). When several modifiers
apply, the strongest reduction wins.

Why the categories differ:

* laughing ("lol", "haha") does not make a threat to oneself or others a joke: it lowers
  first-person ideation and threats to medium, still an alert, but someone else's threat told
  laughing is a story (``low``); laughing about an annoyance that comes "one more time"
  ("if this printer jams one more time i'm jumping off a cliff lol") is a figure of speech
  for oneself (``hyperbole``: dropped for suicide and self-harm), still a threat to others;
* a threat to others hung on an everyday slip ("she'll kill me if I miss her birthday", "I'll
  murder him if he eats my fries again") is a figure of speech (``trivial``: dropped for
  violence and abuse); hung on leaving, telling or calling for help it is a threat;
* a conditional threat to oneself or others ("if I lose custody I'm killing myself") is still
  a threat, so ``conditional`` keeps suicide, self-harm, violence and abuse; a conditional
  relapse plan is capped at medium, and a relapse weighed as a counterfactual ("if i relapsed
  i'd lose my kids": ``counterfactual``) is no disclosure (``drop``); the same shape for
  oneself ("if i took all my pills i'd finally be at peace") is still ideation;
* someone else's emergency is still an emergency: overdose rules written for another person
  ("he won't wake up") and abuse rules (the victim is often a child or parent) keep
  ``other_person``; for the speaker-centred categories another person's risk is a worry
  (``low``); someone else's threat of violence ("my dad keeps saying he'll kill the
  neighbour") puts a third person at risk, so it still alerts (``medium``);
* fear of one's own suicidal or self-harm impulses is worth noting (``low``); fear of a
  relapse is ordinary recovery talk (``drop``); fear of an abuser is the abuse signal
  (``keep``);
* an urge is medium for self-harm ("I need to cut so bad"), a craving (low) for relapse;
  wanting an overdose ("thinking of overdosing on purpose") is suicidal intent, carried by
  the suicide rules, so the overdose reading of it is only noted (low);
* an urge that was handled ("... but I did the ice cube thing instead") is ``low``, and so is
  a relapse that almost happened ("nearly relapsed but called my sponsor");
* a goodbye with an everyday reason beside it (``everyday``: a group switched, a move, a
  trip, a goodbye to a thing) is no farewell; only farewell rules get that modifier;
* an accident is not self-harm ("cut my finger by accident"), but an accidental overdose
  ("accidentally took double my dose") is still an overdose.

A rule can also name a modifier it ``need``s: "he won't wake up" is an emergency, "my laptop
won't wake up" is not, so that rule needs ``other_person``.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.safety.model import Category, Severity

_DEFAULT: dict[str, str] = {
    "quoted": "drop",
    "negated": "drop",
    "past": "drop",
    "hypothetical": "drop",
    "topic": "drop",
    "idiom": "drop",
    "fear": "drop",
    "conditional": "keep",
    "other_person": "low",
    "managed": "keep",
    "urge": "keep",
    "recent": "keep",
    "joke": "keep",
    "hyperbole": "keep",
    "trivial": "keep",
    "almost": "keep",
    "accidental": "drop",
    "everyday": "drop",
}

_BY_CATEGORY: dict[Category, dict[str, str]] = {
    Category.SUICIDE: {"fear": "low", "hyperbole": "drop"},
    Category.SELF_HARM: {"fear": "low", "urge": "medium", "hyperbole": "drop"},
    Category.OVERDOSE: {"conditional": "medium", "accidental": "keep", "urge": "low"},
    Category.RELAPSE: {
        "conditional": "medium",
        "counterfactual": "drop",
        "urge": "low",
        "recent": "medium",
        "almost": "low",
    },
    Category.VIOLENCE: {"fear": "low", "other_person": "medium", "trivial": "drop"},
    Category.ABUSE: {"other_person": "keep", "fear": "keep", "trivial": "drop"},
    Category.NONE: {},
}

# Two modifiers that together say more than each: someone else's threat told laughing ("lol
# my dad is going to kill him for the speeding ticket") is a story, not a threat to act on.
_TOGETHER: dict[Category, dict[frozenset[str], str]] = {
    Category.VIOLENCE: {frozenset({"joke", "other_person"}): "low"},
}

_CAPS = {
    "drop": Severity.NONE,
    "low": Severity.LOW,
    "medium": Severity.MEDIUM,
    "high": Severity.HIGH,
    "keep": Severity.CRITICAL,
}


def action(category: Category, modifier: str, overrides: Mapping[str, str]) -> str:
    """The action for ``modifier`` on a rule of ``category`` with the rule's overrides."""
    if modifier in overrides:
        return overrides[modifier]
    return _BY_CATEGORY.get(category, {}).get(modifier, _DEFAULT.get(modifier, "keep"))


def apply(
    category: Category,
    severity: Severity,
    modifiers: frozenset[str],
    overrides: Mapping[str, str],
) -> Severity:
    """The severity left after context: the base severity capped by every modifier.

    ``managed`` only lowers an urge (an act that was done is not undone by coping after it).
    """
    needed = overrides.get("need")
    if needed is not None and needed not in modifiers:
        return Severity.NONE  # the rule only applies when, e.g., someone else is the subject
    cap = Severity.CRITICAL
    for modifier in modifiers:
        if modifier == "need":
            continue
        if modifier == "managed" and "urge" not in modifiers and "managed" not in overrides:
            continue
        verb = action(category, modifier, overrides)
        if modifier == "managed" and verb == "keep":
            verb = "low"
        limit = _CAPS.get(verb, Severity.CRITICAL)
        if limit < cap:
            cap = limit
    for together, verb in _TOGETHER.get(category, {}).items():
        if together <= modifiers:
            cap = min(cap, _CAPS[verb])
    return severity if severity <= cap else cap
