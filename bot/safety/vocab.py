"""Known words and spelling corrections, assembled once from the lexicon and the rules."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.lexicon import (
    COMMON_WORDS,
    CONTRACTIONS,
    FUZZY_KEYS,
    MISSPELLINGS,
    RISK_WORDS,
)

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_SUFFIXES = ("s", "es", "d", "ed", "ing", "in", "er", "ers", "y", "ly", "n")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word the normaliser treats as correctly spelled."""
    from bot.safety.rules import rule_words  # the rules are the main source of risk words

    return COMMON_WORDS | RISK_WORDS | rule_words() | frozenset(MISSPELLINGS.values())


def is_word(token: str) -> bool:
    """Whether ``token`` is a known word or a known stem plus a common suffix."""
    words = known_words()
    if token in words:
        return True
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            stem = token[: -len(suffix)]
            if stem in words or (suffix in ("ing", "ed", "er") and stem + "e" in words):
                return True
    return False


def _one_edit(word: str, *, substitute: bool) -> set[str]:
    """Spellings one typo away: a dropped, doubled, swapped or (optionally) wrong letter."""
    variants = set()
    for index in range(len(word)):
        variants.add(word[:index] + word[index + 1 :])
        variants.add(word[:index] + word[index] + word[index:])
        if index + 1 < len(word):
            variants.add(word[:index] + word[index + 1] + word[index] + word[index + 2 :])
        if substitute:
            for letter in _ALPHABET:
                variants.add(word[:index] + letter + word[index + 1 :])
    variants.discard(word)
    return variants


@lru_cache(maxsize=1)
def corrections() -> dict[str, str]:
    """Token -> replacement: shorthand, known misspellings and one-edit typos of risk words.

    Typos are generated only for long, distinctive words, and never onto a known word
    (so "amused" does not become "abused").
    """
    words = known_words()
    table: dict[str, str] = {}
    for key in FUZZY_KEYS:
        if " " in key or len(key) < 6:
            continue
        for variant in _one_edit(key, substitute=len(key) >= 7):
            if len(variant) >= 5 and variant not in words and re.fullmatch("[a-z]+", variant):
                table.setdefault(variant, key)
    table.update(MISSPELLINGS)
    table.update(CONTRACTIONS)
    return table


@lru_cache(maxsize=1)
def doubled_words() -> dict[str, str]:
    """Risk words with one letter typed twice ("stabb" -> "stab"), for the normaliser."""
    table: dict[str, str] = {}
    words = known_words()
    for word in RISK_WORDS:
        for index in range(len(word)):
            variant = word[: index + 1] + word[index] + word[index + 1 :]
            if variant not in words:
                table.setdefault(variant, word)
    return table


@lru_cache(maxsize=1)
def fixable_tokens() -> frozenset[str]:
    """Every token the normaliser would respell by table lookup."""
    return frozenset(corrections()) | frozenset(doubled_words())
