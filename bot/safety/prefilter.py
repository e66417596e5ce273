"""The fast path: decide in a few microseconds that a message cannot match any rule.

Ordinary chat is the overwhelming majority of messages, so ``assess`` first asks one cheap,
recall-oriented question: does the lowercased (and, for non-ASCII text, look-alike-folded)
message contain a word starting with any rule key, or anything that might hide one? Only
then is the full normalisation and clause analysis run.

"Might hide one" covers every obfuscation the normaliser undoes: a digit or ``@$*!`` inside
a word (``k1ll``, ``d13``, ``h@rm``), letters repeated three times (``killlll``), spaced-out
letters (``k i l l``), and shorthand or known misspellings (``kms``, ``sucide``) — those are
added to the key list. Invisible characters and look-alikes are removed by the fold itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.safety.charmap import FOLD_TABLE

# Anything that might hide a key: letters tripled (``killlll``), spaced-out letters, some
# perhaps leetspeak (``k i l l``, ``s u 1 c 1 d e``; tabs too, which the normaliser turns into
# spaces first) or a digit/symbol
# (checked further by _LEET, so that "3pm" stays fast).
_HIDDEN = (
    r"([a-z])\1\1|(?<![\w@$])[a-z0-9@$][ \t.*_~-]{1,2}[a-z0-9@$][ \t.*_~-]{1,2}[a-z0-9@$](?![\w@$])|"
    r"(?P<digit>[0-9@$*!])"
)
# A digit or symbol inside a word ("k1ll", "d13", "h@rm", "0verdose"), but not a number with a
# unit or ordinal ("3am", "10k", "2nd").
_LEET = re.compile(
    r"[a-z][0-9@$*!][a-z0-9]|[a-z][0-9]\b|[@$*][a-z]|"
    r"(?<![a-z0-9])[0-9]+(?!(?:st|nd|rd|th|s|am|pm|k|m|x|h|hrs?|mins?|mg|ml|g|kg|lbs?|oz|yo|yrs?|"
    r"wks?|mos?|ft|in|ish)\b)[a-z]"
)


def trie_pattern(
    words: Iterable[str],
    *,
    whole: bool = False,
    loose_spaces: bool = False,
    whole_words: Iterable[str] = (),
) -> str:
    """A regex alternation of ``words`` factored as a trie.

    A trie-shaped alternation lets the regex engine reject a position after one character
    comparison per branch instead of trying every word. By default a word matches as a
    prefix (keys are word starts); with ``whole`` every word must match entirely (the caller
    adds the word-end check). ``whole_words`` join the same trie but only match as whole
    words (one trie is walked once per position, two would be walked twice). With
    ``loose_spaces`` a space in a word matches any run of spaces and tabs (raw text, before
    the normaliser makes each run one space).
    """
    trie: dict[str, Any] = {}
    for word, end in [(word, "") for word in words] + [(word, "$") for word in whole_words]:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[end] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node and not whole:
            return ""  # a shorter key is already a prefix: stop here
        branches = [
            (r"[ \t]+" if char == " " and loose_spaces else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char not in ("", "$")
        ]
        if "$" in node:
            branches.append(r"(?![a-z0-9])")
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


class Prefilter:
    """Compiled fast-path test: rule keys (word prefixes) and exact spelling variants."""

    def __init__(self, keys: Iterable[str], exact: Iterable[str] = ()) -> None:
        self.keys = frozenset(keys)
        self.exact = frozenset(exact) - self.keys
        trie = trie_pattern(self.keys, loose_spaces=True, whole_words=self.exact)
        words = r"(?<![a-z0-9])" + trie
        # One pass finds a key or anything hiding one. A digit alone is usually harmless
        # ("3pm"); only then are leetspeak and the remaining patterns checked, once each.
        self._pattern = re.compile(words + "|" + _HIDDEN)
        self._without_digits = re.compile(words + "|" + _HIDDEN.split("|(?P<digit>")[0])

    def fold(self, text: str) -> str:
        """Lowercase ``text`` and, if it is not ASCII, fold look-alikes and drop invisibles;
        underscores are spaces, as the normaliser makes them ("i_want_to_die")."""
        if not text.isascii():
            text = text.translate(FOLD_TABLE)
        if "_" in text:
            text = text.replace("_", " ")
        return text.lower()

    def may_match(self, text: str, extra_words: Iterable[str] = ()) -> bool:
        """False only when no rule can match ``text`` (a cheap, conservative test)."""
        if "ODd" in text:  # "OD'd", which the normaliser keeps apart from the word "odd"
            return True
        folded = self.fold(text)
        match = self._pattern.search(folded)
        if match is not None:
            if match.group("digit") is None:
                return True
            if _LEET.search(folded) or self._without_digits.search(folded, match.end()):
                return True
        # (A guild's own terms are rare: skip building the generator when there are none.)
        return bool(extra_words) and any(word in folded for word in extra_words)
