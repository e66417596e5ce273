"""Turn a raw chat message into the plain text the rules read, remembering where each
character came from so that reasons can point at the ORIGINAL message.

Steps, each recording offsets:

1. characters: lowercase, look-alike letters to Latin, invisible/combining marks dropped,
   risk emoji spelled out (charmap.py); Discord's emphasis markers (``*``, ``_``) at word
   edges become spaces;
2. whitespace: runs of spaces collapse to one (newlines are kept: they end quote lines);
3. spaced-out letters joined when they spell a known word (``k i l l``, ``s.u.i.c.i.d.e``);
4. tokens repaired: leetspeak inside mixed letter/digit tokens (``k1ll``, ``d13``; plain
   numbers such as "90" or "3am" are left alone), stretched letters (``killlll``),
   misspellings and one-edit typos of risk words, chat shorthand (``rn`` -> "right now").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from bot.safety.charmap import fold_char
from bot.safety.lexicon import NUMBER_SUFFIXES, RISK_WORDS
from bot.safety.vocab import corrections, doubled_words, fixable_tokens, is_word, known_words

# Messages longer than this are cut before analysis (Discord allows at most 4,000 characters,
# so nothing a member can post is lost; hostile input stays bounded in time).
MAX_CHARS = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPECIAL = re.compile(r"[^\x0a\x20-\x7e]+")
_SPACES = re.compile(r" {2,}| +(?=\n)|(?<=\n) +")
# Spaced-out letters, some perhaps leetspeak digits or symbols ("s u 1 c 1 d a l").
_SPACED = re.compile(r"(?<![\w'@$])[a-z0-9@$](?:[ .\-_*~]{1,2}[a-z0-9@$](?![\w'@$])){2,}")
_TOKEN = re.compile(r"[a-z0-9@$*!]+(?:/[a-z]+)?")
# Discord's emphasis markers at the edges of words (``*i relapsed*``, ``_i want to die_``, a
# chat correction ``*their``) and underscores between words: without this, "_" is a word
# character to the rules' word boundaries and a closing "*" reads as a masked letter ("diey").
# A "*" inside a word ("k*ll", "sh*t") is a mask, and stays.
_MARKUP = re.compile(r"(?<![a-z0-9*_])[*_]+(?=[a-z0-9'])|(?<=[a-z0-9'.!?])[*_]+(?![a-z0-9*_])|_")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_ALT = {"1": "l", "0": "o", "!": "l"}
# "ODd" is "OD'd" (overdosed), which lowercasing would turn into the word "odd": spelled out
# before the case is lost. Only that capitalisation: "odd", "Odd" and "ODD" stay words.
_CAPITAL_OD = re.compile(r"\bODd\b")
_STRETCH = re.compile(r"([a-z])\1{2,}")
_DOUBLE = re.compile(r"([a-z])\1")
_NUMBERISH = re.compile(r"\d+([a-z]*)")
_CENSOR = "*"
# Longer "tokens" are not words (URLs, keyboard mashing): never worth repairing.
_MAX_TOKEN = 40
# A token that may hide a word: a digit or symbol inside it, or a letter three times in a row.
_SUSPECT = re.compile(r"[a-z][0-9@$*!]|[0-9@$*][a-z]|([a-z])\1\1")
# The two cheap halves of _SUSPECT: without a digit or symbol only a tripled letter can match.
_SYMBOL = re.compile(r"[0-9@$*!]")
_TRIPLED = re.compile(r"([a-z])\1\1")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for every character, the index of its source character.

    ``origin`` is ``None`` when the text is a same-length copy of the original (plain ASCII
    needing no repair), which keeps the common case free of a per-character list.
    """

    text: str
    origin: tuple[int, ...] | None
    source_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised half-open span ``[start, end)`` to the original text."""
        if self.origin is None:
            return (min(start, self.source_length), min(end, self.source_length))
        origin = self.origin
        if not origin:
            return (0, 0)
        start = max(0, min(start, len(origin) - 1))
        last = max(start, min(end, len(origin)) - 1)
        return (origin[start], max(origin[start], origin[last]) + 1)


def _apply(
    text: str, origin: list[int] | None, edits: Sequence[tuple[int, int, str]]
) -> tuple[str, list[int] | None]:
    """Replace non-overlapping ``(start, end, replacement)`` edits, carrying the offsets.

    A replacement as long as what it replaces maps character for character; otherwise its
    characters spread over the replaced range (first to first, last to last).
    """
    if not edits:
        return text, origin
    same_length = all(end - start == len(new) for start, end, new in edits)
    if same_length:
        chars = list(text)
        for start, end, new in edits:
            chars[start:end] = new
        return "".join(chars), origin
    source = origin if origin is not None else list(range(len(text)))
    pieces: list[str] = []
    mapped: list[int] = []
    cursor = 0
    for start, end, new in edits:
        pieces.append(text[cursor:start])
        mapped.extend(source[cursor:start])
        pieces.append(new)
        width = end - start
        if new:
            if width <= 0:
                anchor = source[start] if start < len(source) else (source[-1] if source else 0)
                mapped.extend([anchor] * len(new))
            else:
                last = len(new) - 1
                for index in range(len(new)):
                    offset = (
                        width - 1 if index == last else min(width - 1, index * width // len(new))
                    )
                    mapped.append(source[start + offset])
        cursor = end
    pieces.append(text[cursor:])
    mapped.extend(source[cursor:])
    return "".join(pieces), mapped


def _fold_characters(text: str) -> tuple[str, list[int] | None]:
    """Step 1: per-character folding; ASCII without control characters is just lowercased.

    Only the characters that need folding are visited one by one (a mostly-ASCII message
    with an emoji or a curly apostrophe stays cheap).
    """
    if text.isascii() and not _CONTROL.search(text):
        return text.lower().replace("\t", " "), None
    edits = []
    for match in _SPECIAL.finditer(text):
        for index in range(match.start(), match.end()):
            char = text[index]
            folded = fold_char(char)
            if folded != char:
                edits.append((index, index + 1, folded))
    folded_text, origin = _apply(text, None, edits)
    if origin is None:
        origin = list(range(len(folded_text)))
    lowered = folded_text.lower()
    if len(lowered) != len(folded_text):  # a rare letter whose lowercase is longer
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded_text)
    return lowered, origin


def _drop_markup(text: str) -> str:
    """Step 1b: emphasis markers and underscores become spaces (same length, so offsets
    are unchanged)."""
    if "*" not in text and "_" not in text:
        return text
    return _MARKUP.sub(lambda match: " " * len(match.group()), text)


def _collapse_spaces(text: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    """Step 2: one space between words, none next to a newline."""
    # _SPACES can only match where one of these pairs occurs; most messages have none, and
    # three substring tests cost far less than a regex scan.
    if "  " not in text and " \n" not in text and "\n " not in text:
        return text, origin
    edits = []
    for match in _SPACES.finditer(text):
        start, end = match.span()
        beside_newline = (start > 0 and text[start - 1] == "\n") or text[end : end + 1] == "\n"
        edits.append((start, end, "" if beside_newline else " "))
    return _apply(text, origin, edits)


def _join_spaced(text: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    """Step 3: ``k i l l`` -> ``kill`` when the letters spell a known word.

    A single "i" or "a" at either end may be a real word ("overdosing i think"), so the
    joined letters are also tried without it.
    """
    edits = []
    for match in _SPACED.finditer(text):
        letters = [
            (match.start() + i, ch)
            for i, ch in enumerate(match.group())
            if ch.isalpha() or ch in _LEET
        ]
        if sum(ch.isalpha() for _, ch in letters) < 2:
            continue  # digits alone ("5 5 5") spell nothing
        word = "".join(_LEET.get(ch, ch) for _, ch in letters)
        for lo, hi in (
            (0, len(letters)),
            (1, len(letters)),
            (0, len(letters) - 1),
            (1, len(letters) - 1),
        ):
            if hi - lo < 3:
                continue
            candidate = word[lo:hi]
            if is_word(candidate):
                start = letters[lo][0]
                end = letters[hi - 1][0] + 1
                edits.append((start, end, candidate))
                break
    return _apply(text, origin, edits)


def _number_like(token: str) -> bool:
    """'90', '3am', '10k', '2nd', '6pm': digits, maybe with a unit, are not leetspeak."""
    match = _NUMBERISH.fullmatch(token)
    if match is None:
        return False
    return match.group(1) in NUMBER_SUFFIXES or match.group(1) == ""


@lru_cache(maxsize=4096)
def _deleet(token: str) -> str | None:
    """A known word spelled by a mixed letter/digit token, or None."""
    if _number_like(token) or not any(ch.isalpha() for ch in token):
        return None
    options: list[tuple[str, ...]] = []
    for ch in token:
        if ch in _LEET:
            alternatives = {_LEET[ch], _LEET_ALT.get(ch, _LEET[ch])}
            options.append(tuple(sorted(alternatives)))
        elif ch == _CENSOR:
            options.append(tuple("aeiouy"))
        else:
            options.append((ch,))
    combos = 1
    for option in options:
        combos *= len(option)
        if combos > 256:
            return None
    fixes = corrections()
    if _CENSOR in token:
        # A word masked with "*" is mostly a risky one: "c*t" is "cut" before it is "cat"
        # (but "sh*t" is the swear, not "shot").
        for letters in product(*options):
            if (candidate := "".join(letters)) in RISK_WORDS and candidate != "shot":
                return candidate
    for letters in product(*options):
        candidate = "".join(letters)
        if is_word(candidate):
            return candidate
        fixed = fixes.get(candidate)
        if fixed is not None:
            return fixed
    # "ab00se" -> "abuse": a doubled zero often stands for the sound "oo".
    if "00" in token:
        return _deleet(token.replace("00", "u"))
    return None


@lru_cache(maxsize=4096)
def _destretch(token: str) -> str:
    """``killlll`` -> "kill", ``dieeeee`` -> "die", ``tooo`` -> "too"."""
    runs = list(_STRETCH.finditer(token))[:4]
    choices = []
    for letters in product((2, 1), repeat=len(runs)):
        pieces = []
        cursor = 0
        for run, keep in zip(runs, letters, strict=True):
            pieces.append(token[cursor : run.start()])
            pieces.append(run.group(1) * keep)
            cursor = run.end()
        pieces.append(token[cursor:])
        choices.append("".join(pieces))
    # (Respellings first, as for unstretched tokens: "lmaooo" is "lol" even when a rule names
    # "lmao" and so makes it a known word.)
    for choice in choices:
        fixed = corrections().get(choice)
        if fixed is not None:
            return fixed
        if is_word(choice):
            return choice
    return choices[-1]


def _repair_token(token: str) -> str | None:
    """The repaired spelling of one token, or None to keep it as it is."""
    fixed = corrections().get(token)
    if fixed is not None:
        return fixed
    if token in known_words():
        return None
    if any(ch.isdigit() or ch in "@$*!" for ch in token):
        if "/" in token:
            return None
        return _deleet(token)
    if _STRETCH.search(token):
        return _destretch(token)
    # "stabb" -> "stab": a doubled letter in an unknown token that spells a risk word singly.
    return doubled_words().get(token)


def _suspect(text: str) -> bool:
    """``_SUSPECT.search(text)``, answered by a cheaper regex when ``text`` has no digit or
    symbol (then only a tripled letter can match)."""
    if _SYMBOL.search(text) is None:
        return _TRIPLED.search(text) is not None
    return _SUSPECT.search(text) is not None


def _repair_tokens(text: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    """Step 4: leetspeak, stretching, misspellings and shorthand, token by token.

    Most messages need none of it, so one set intersection and one regex search decide that
    before any per-token work.
    """
    targets = fixable_tokens().intersection(_TOKEN.findall(text))
    if not targets and not _suspect(text):
        return text, origin
    edits = []
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip("!")
        if (
            not token
            or len(token) > _MAX_TOKEN
            or (token not in targets and not _SUSPECT.search(token))
        ):
            continue
        repaired = _repair_token(token)
        if repaired is not None and repaired != token:
            edits.append((match.start(), match.start() + len(token), repaired))
    return _apply(text, origin, edits)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching (see the module docstring for the steps)."""
    source_length = len(text)
    text = text[:MAX_CHARS]
    respelled: list[int] | None = None  # offsets of the respelled text in ``text``
    if "ODd" in text:
        edits = [(m.start(), m.end(), "od'd") for m in _CAPITAL_OD.finditer(text)]
        text, respelled = _apply(text, None, edits)
    folded, origin = _fold_characters(text)
    folded = _drop_markup(folded)
    folded, origin = _collapse_spaces(folded, origin)
    folded, origin = _join_spaced(folded, origin)
    folded, origin = _repair_tokens(folded, origin)
    if respelled is not None:
        origin = [respelled[i] for i in (origin or range(len(folded)))]
    return Normalized(folded, None if origin is None else tuple(origin), source_length)


def normalize_phrase(phrase: str) -> str:
    """The normalised form of a facilitator's literal phrase (no offsets needed)."""
    return " ".join(normalize(phrase).text.split())


def iter_words(text: str) -> Iterable[str]:
    """The word tokens of already-normalised text."""
    return (match.group() for match in _TOKEN.finditer(text))
