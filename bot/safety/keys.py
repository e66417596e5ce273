"""Which words a rule's pattern needs: the keys that gate it on the fast path.

A rule is only tried when one of its keys starts a word of the message. Keys are derived
from the pattern itself (so they can never drift out of sync with it): walking the parsed
regex, every word that a match MUST contain and that must start a word is a candidate, and
of the alternatives the most selective set is kept. A pattern whose keys cannot be derived
is simply tried on every candidate message (slower, never wrong).
"""

from __future__ import annotations

import importlib
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # stable since Python 3.11; typed loosely

# Words too common to be worth gating on.
STOP_WORDS = frozenset(
    [
        "i",
        "i'm",
        "im",
        "me",
        "my",
        "we",
        "to",
        "a",
        "an",
        "the",
        "and",
        "or",
        "so",
        "of",
        "in",
        "on",
        "at",
        "it",
        "is",
        "was",
        "be",
        "been",
        "he",
        "she",
        "they",
        "his",
        "her",
        "him",
        "them",
        "you",
        "your",
        "just",
        "and",
        "but",
        "for",
        "with",
        "up",
        "out",
        "do",
        "did",
    ]
)
_WORDCHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def _is_word_char(code: int) -> bool:
    return chr(code) in _WORDCHARS


def _in_is_nonword(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class can only match characters that end a word."""
    for op, av in items:
        if op is _parser.NEGATE:
            return False
        if op is _parser.LITERAL and _is_word_char(av):
            return False
        if op is _parser.RANGE:
            low, high = av
            if any(_is_word_char(code) for code in range(low, high + 1)):
                return False
        if op is _parser.CATEGORY and av not in (
            _parser.CATEGORY_SPACE,
            _parser.CATEGORY_NOT_WORD,
            _parser.CATEGORY_UNI_SPACE,
            _parser.CATEGORY_UNI_NOT_WORD,
        ):
            return False
    return True


def _after(items: list[tuple[Any, Any]], at_word_start: bool) -> bool:
    """Whether the text right after a match of ``items`` is at the start of a word."""
    for op, av in items:
        if op is _parser.LITERAL:
            at_word_start = not _is_word_char(av)
        elif op is _parser.AT:
            if av in (_parser.AT_BOUNDARY, _parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING):
                at_word_start = True
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            continue
        elif op is _parser.IN:
            at_word_start = _in_is_nonword(av)
        elif op is _parser.SUBPATTERN:
            at_word_start = _after(list(av[3]), at_word_start)
        elif op is _parser.BRANCH:
            at_word_start = all(_after(list(branch), at_word_start) for branch in av[1])
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            low, _high, body = av
            present = _after(list(body), at_word_start)
            at_word_start = present if low >= 1 else (present and at_word_start)
        else:
            at_word_start = False
    return at_word_start


# Chat words so common that gating on them would try the rule on most messages.
COMMON_KEYS = STOP_WORDS | frozenset(
    [
        "again",
        "today",
        "tonight",
        "now",
        "right",
        "back",
        "going",
        "gonna",
        "about",
        "when",
        "feel",
        "like",
        "need",
        "want",
        "know",
        "think",
        "time",
        "day",
        "night",
        "get",
        "got",
        "have",
        "had",
        "said",
        "says",
        "make",
        "made",
        "take",
        "took",
        "keep",
        "kept",
        "still",
        "really",
        "would",
        "could",
        "should",
        "can",
        "will",
        "done",
        "over",
        "after",
        "before",
        "into",
        "from",
        "this",
        "that",
        "there",
        "here",
        "what",
        "how",
        "all",
        "some",
        "more",
        "much",
        "very",
        "too",
        "even",
        "ever",
        "never",
        "not",
        "don't",
        "can't",
        "won't",
        "didn't",
        "wanna",
        "gotta",
        "than",
        "then",
        "way",
        "good",
        "bad",
        "well",
        "thing",
        "things",
        "anyone",
        "someone",
        "something",
        "everything",
        "every",
        "last",
        "next",
        "first",
        "one",
        "two",
        "three",
        "off",
        "down",
        "around",
        "away",
        "only",
        "also",
        "being",
        "doing",
        "home",
        "work",
        "try",
        "tried",
        "trying",
    ]
)


def is_common_key(key: str) -> bool:
    """A key that most chat messages contain (a stop word, a short word, or a phrase of them)."""
    if len(key) < 3:
        return True
    if " " in key:
        return len(key) < 7 and all(word in COMMON_KEYS for word in key.split())
    return key in COMMON_KEYS


def _score(keys: frozenset[str]) -> tuple[int, int, int]:
    common = sum(1 for k in keys if is_common_key(k))
    shortest = min(len(k) for k in keys)
    return (-common, shortest, -len(keys))


def _usable(phrase: str, starts_word: bool) -> str:
    """The part of a literal run that starts at a word start ("" if none)."""
    if not starts_word:
        cut = next((i for i, ch in enumerate(phrase) if ch not in _WORDCHARS), None)
        if cut is None:
            return ""
        phrase = phrase[cut:]
    return phrase.lstrip(" -/.,").lstrip("'")


def _keys_of(
    items: list[tuple[Any, Any]], word_start: bool, prefix: str = ""
) -> frozenset[str] | None:
    """The most selective set of keys one of which every match of ``items`` contains."""
    candidates = required_sets(items, word_start, prefix)
    return max(candidates, key=_score) if candidates else None


def required_sets(
    items: list[tuple[Any, Any]], word_start: bool, prefix: str = ""
) -> list[frozenset[str]]:
    """Sets of keys (word or phrase prefixes): every match of ``items`` contains a key of
    EACH set.

    ``prefix`` is literal text already matched right before ``items`` and starting at a word
    start: the regex parser factors common prefixes out of alternations (``(?:drank|drunk)``
    becomes ``dr(?:ank|unk)``), and alternatives often continue a phrase (``day (?:1|one)``).
    """
    candidates: list[frozenset[str]] = []
    phrase = prefix
    phrase_starts_word = True if prefix else word_start
    at_word_start = (prefix[-1] not in _WORDCHARS) if prefix else word_start

    def close() -> None:
        nonlocal phrase
        key = _usable(phrase, phrase_starts_word).rstrip(" -/.,")
        if len(key.strip("'")) >= 2 and any(ch.isalnum() for ch in key):
            candidates.append(frozenset({key}))
        phrase = ""

    for op, av in items:
        if op is _parser.LITERAL:
            if not phrase:
                phrase_starts_word = at_word_start
            phrase += chr(av)
            at_word_start = not _is_word_char(av)
            continue
        usable = _usable(phrase, phrase_starts_word) if phrase else ""
        if op in (_parser.SUBPATTERN, _parser.BRANCH) and usable:
            # Let the alternatives finish the word or phrase that is being spelled.
            branches = [list(av[3])] if op is _parser.SUBPATTERN else [list(b) for b in av[1]]
            sets = [_keys_of(branch, True, usable) for branch in branches]
            if all(sets):
                candidates.append(frozenset().union(*[s for s in sets if s]))
            close()
            at_word_start = all(_after(branch, at_word_start) for branch in branches)
            continue
        close()
        if op is _parser.AT:
            if av in (_parser.AT_BOUNDARY, _parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING):
                at_word_start = True
            continue
        if op in (_parser.ASSERT, _parser.ASSERT_NOT):
            continue
        if op is _parser.SUBPATTERN:
            inner = list(av[3])
            found = _keys_of(inner, at_word_start)
            if found:
                candidates.append(found)
            at_word_start = _after(inner, at_word_start)
            continue
        if op is _parser.BRANCH:
            branches = [list(branch) for branch in av[1]]
            sets = [_keys_of(branch, at_word_start) for branch in branches]
            if all(sets):
                candidates.append(frozenset().union(*[s for s in sets if s]))
            at_word_start = all(_after(branch, at_word_start) for branch in branches)
            continue
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            low, _high, body = av
            inner = list(body)
            if low >= 1:
                found = _keys_of(inner, at_word_start)
                if found:
                    candidates.append(found)
                at_word_start = _after(inner, at_word_start)
            else:
                at_word_start = at_word_start and _after(inner, at_word_start)
            continue
        if op is _parser.IN:
            at_word_start = _in_is_nonword(av)
            continue
        at_word_start = False
    close()
    return candidates


def derive_requirements(pattern: str, limit: int = 3) -> tuple[tuple[str, ...], ...]:
    """The key sets every match of ``pattern`` must contain (one key of each), most selective
    first; empty when none can be derived (the rule is then tried on every message)."""
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # a private module: if it ever changes, fall back to "always try"
        return ()
    # (Duplicates dropped in the order found, not through a set: with ties in the score, a
    # set's order, which varies between runs with string hashing, would pick the keys.)
    found = dict.fromkeys(required_sets(list(parsed), True))
    sets = sorted(found, key=_score, reverse=True)
    return tuple(tuple(sorted(keys)) for keys in sets[:limit])
