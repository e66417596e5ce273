"""The quick word look-ups in front of the moderation patterns never skip a message a rule
would have acted on.

Two kinds of proof. First, every example the detectors are tested with, and every string the
patterns below can match (enumerated from the patterns themselves), gives the same findings
with and without the look-ups. Second, for each pattern, every enumerated match, alone and
inside other text, carries a word of the set that lets the pattern run: a word added to a
pattern but not to its set fails here rather than silently never matching.
"""

import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from bot.groups import moderation as m
from bot.groups.moderation import Rule, check_text, normalise
from tests.bench.bench_moderation import ordinary_messages
from tests.unit.groups.test_moderation import (
    CONTACT,
    HARASSMENT,
    NOT_CONTACT,
    NOT_HARASSMENT,
    NOT_SOURCING,
    SOURCING,
)

# ---------------------------------------------------------------------------- enumeration

_CANDIDATES = "ax5 .-_@/:'"


def _in_set(char: str, items: Sequence[tuple[Any, Any]]) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            hit = hit or char == chr(av)
        elif op is sre_constants.RANGE:
            hit = hit or av[0] <= ord(char) <= av[1]
        elif op is sre_constants.CATEGORY:
            name = str(av)
            test = {
                "CATEGORY_DIGIT": char.isdigit(),
                "CATEGORY_SPACE": char.isspace(),
                "CATEGORY_WORD": char.isalnum() or char == "_",
            }
            for key, value in test.items():
                if name.endswith(key):
                    hit = hit or (value if "NOT" not in name else not value)
    return hit != negate


def _one_char(items: Sequence[tuple[Any, Any]]) -> str:
    explicit = [
        chr(av) if op is sre_constants.LITERAL else chr(av[0])
        for op, av in items
        if op in (sre_constants.LITERAL, sre_constants.RANGE)
    ]
    for char in [*explicit, *_CANDIDATES]:
        if _in_set(char, items):
            return char
    raise AssertionError(f"no character for {items}")


def _element(op: Any, av: Any) -> list[str]:
    if op is sre_constants.LITERAL:
        return [chr(av)]
    if op is sre_constants.NOT_LITERAL:
        return ["x" if chr(av) != "x" else " "]
    if op is sre_constants.ANY:
        return ["x"]
    if op is sre_constants.IN:
        return [_one_char(av)]
    if op is sre_constants.BRANCH:
        return [text for branch in av[1] for text in _variants(branch)]
    if op is sre_constants.SUBPATTERN:
        return _variants(av[-1])
    if op is sre_constants.ATOMIC_GROUP:
        return _variants(av)
    if op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        sre_constants.POSSESSIVE_REPEAT,
    ):
        low, _high, inner = av
        inside = _variants(inner)
        times = max(low, 1)
        return [inside[0] * low, *(text + inside[0] * (times - 1) for text in inside)]
    return [""]  # anchors, look-arounds: the candidates are filtered by the pattern itself


def _variants(items: Iterable[tuple[Any, Any]]) -> list[str]:
    """Strings covering every alternative of a pattern at least once."""
    options = [_element(op, av) for op, av in items]
    default = [choices[0] for choices in options]
    found = dict.fromkeys(["".join(default)])
    for index, choices in enumerate(options):
        for choice in choices[1:]:
            found["".join([*default[:index], choice, *default[index + 1 :]])] = None
    # A few mixed choices too, beyond one change at a time.
    rng = random.Random(len(options))
    for _ in range(50):
        found["".join(rng.choice(choices) for choices in options)] = None
    return list(found)


def matches_of(pattern: re.Pattern[str]) -> list[str]:
    """Texts the pattern finds something in, alone and inside other words."""
    texts = []
    for core in _variants(sre_parse.parse(pattern.pattern, pattern.flags)):
        for text in (core, f"ok so {core} then", f"ok so{core}then", f"1{core}2"):
            if pattern.search(text):
                texts.append(text)
    return texts


def test_enumeration_reaches_every_alternative() -> None:
    """The enumerator itself works: each substance is in some enumerated match."""
    texts = " ".join(matches_of(m._SUBSTANCE))
    for word in ("xanax", "fentanyl", "painkillers", "tequila", "fifth", "edge off"):
        assert word in texts
    assert len(matches_of(m._AT_YOU)) > 100


# ---------------------------------------------------------------------------- the word sets


def _passes(keys: frozenset[str], extra: Callable[[str], bool] = lambda _: False) -> Callable:
    return lambda text: m._any_of(m._letter_words(text), keys) or extra(text)


GATES = [
    ("address cue", m._ADDRESS_CUE, _passes(m._ADDRESS_WORDS)),
    ("po box", m._PO_BOX, _passes(m._ADDRESS_WORDS)),
    ("spelled e-mail", m._EMAIL_SPELLED, _passes(m._SPELLED_EMAIL_WORDS)),
    ("platform", m._PLATFORM_ANY, _passes(m._PLATFORM_WORDS)),
    ("platform label", m._PLATFORM_LABEL, _passes(m._PLATFORM_WORDS)),
    ("platform is", m._PLATFORM_IS, _passes(m._PLATFORM_WORDS)),
    ("handle near platform", m._PLATFORM_WORD, _passes(m._PLATFORM_WORDS)),
    ("payment", m._PAYMENT_WORD, _passes(m._PAYMENT_WORDS)),
    ("at you", m._AT_YOU, lambda text: m._may_aim(text, m._letter_words(text))),
    ("ask you", m._ASK_YOU, lambda text: m._may_aim(text, m._letter_words(text))),
    ("abuse", m._ABUSE, lambda text: m._may_aim(text, m._letter_words(text))),
    ("at mention", m._AT_MENTION, lambda text: m._may_aim(text, m._letter_words(text))),
    ("plug", m._PLUG, _passes(m._SOURCING_CUE_WORDS)),
    ("asking", m._ASKING, _passes(m._SOURCING_CUE_WORDS)),
    ("offering", m._OFFERING, _passes(m._SOURCING_CUE_WORDS, lambda text: "$" in text)),
    ("substance", m._SUBSTANCE, _passes(m._SUBSTANCE_WORDS)),
    ("treatment", m._TREATMENT, _passes(m._SUBSTANCE_WORDS)),
    ("dealer", m._DEALER_WORD, _passes(m._SUBSTANCE_WORDS)),
]


@pytest.mark.parametrize(("name", "pattern", "gate"), GATES, ids=[g[0] for g in GATES])
def test_every_match_carries_a_word_that_lets_its_pattern_run(
    name: str, pattern: re.Pattern[str], gate: Callable[[str], bool]
) -> None:
    texts = matches_of(pattern)
    assert texts, name
    missed = [text for text in texts if not gate(text)]
    assert missed == [], f"{name}: add a word of these to its set: {missed[:5]}"


def test_an_email_has_a_dot_after_its_at() -> None:
    for text in matches_of(m._EMAIL):
        assert "." in text[text.index("@") :], text


def test_a_word_missing_from_a_set_is_noticed() -> None:
    """The check above can fail: without "fentanyl" in the set, its matches are missed."""
    texts = matches_of(m._SUBSTANCE)
    gate = _passes(m._SUBSTANCE_WORDS - {"fentanyl"})
    assert [text for text in texts if not gate(text)]


# ---------------------------------------------------------------------------- same findings

EXAMPLES = [
    *(text for text, _ in CONTACT),
    *NOT_CONTACT,
    *HARASSMENT,
    *NOT_HARASSMENT,
    *(text for text, _ in SOURCING),
    *NOT_SOURCING,
    "who has percs? text me 555-0134",
    "<@1> <@2> <@3> <@4> <@5> you idiot",
    "yOu'Re PaThEtIc",
    "you’re ＠ pathetic",
    "selling my subs, $10 each, dm me",
    "anyone got 20 bucks for some weed",
    "u r a f4gg0t",
    "fuuuck you",
    *ordinary_messages(40),
]
GENERATED = sorted(
    {text for _, pattern, _ in GATES for text in matches_of(pattern)}
    | set(matches_of(m._EMAIL))
    | set(matches_of(m._SLUR_ANY))
)


@pytest.mark.parametrize("text", EXAMPLES)
def test_examples_get_the_same_findings_either_way(text: str) -> None:
    assert check_text(text) == check_text(text, quick=False)
    for rule in Rule:
        only = frozenset({rule})
        assert check_text(text, only) == check_text(text, only, quick=False)


def test_enumerated_matches_get_the_same_findings_either_way() -> None:
    different = [text for text in GENERATED if check_text(text) != check_text(text, quick=False)]
    assert different == []
    assert sum(1 for text in GENERATED if check_text(text)) > 200  # many are real findings


def test_positive_examples_are_still_found() -> None:
    positives = [text for text, _ in CONTACT] + HARASSMENT + [text for text, _ in SOURCING]
    assert all(check_text(text) for text in positives)


# ---------------------------------------------------------------------------- normalise


def _normalise_in_full(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(m._INVISIBLE).translate(m._QUOTES).lower()


def test_ascii_shortcut_of_normalise_is_exact() -> None:
    every_ascii = "".join(map(chr, range(128)))
    assert normalise(every_ascii) == _normalise_in_full(every_ascii)
    for text in ("Café ＠Jess", "you\u200bre pa\u00adthetic", "“quoted” it’s"):
        assert normalise(text) == _normalise_in_full(text)
