"""Character-level folding: one table that turns look-alikes, invisible characters and risk emoji
into plain lowercase ASCII the rules can read.

The same per-character decision is used twice: by the prefilter, through ``str.translate``
(C speed, no offsets needed), and by the normaliser, which also records where every output
character came from.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Invisible or formatting characters people use to break up words ("ki\u200bll"), plus the
# bidirectional overrides that make text render in another order than it is stored.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04"
    "\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)

# Cyrillic, Greek and other letters that render like Latin ones (the common subset of
# Unicode's confusables list that matters for English words).
_CONFUSABLES = {
    # Cyrillic lowercase
    "а": "a", "в": "b", "е": "e", "ё": "e", "г": "r", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j",
    "ԁ": "d", "ԍ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "п": "n", "ѡ": "w",
    "ү": "y", "ɡ": "g", "ɑ": "a", "ɩ": "i", "ʏ": "y", "ᴄ": "c", "ᴏ": "o", "ᴜ": "u", "ᴠ": "v",
    # Cyrillic uppercase
    "А": "a", "В": "b", "Е": "e", "Ё": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ї": "i", "Ј": "j", "Ԁ": "d",
    "Һ": "h", "Ӏ": "l", "Ԛ": "q", "Ԝ": "w", "Ь": "b",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j", "ѵ": "v",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
    # Other look-alikes and punctuation that only changes the spelling of words
    "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ħ": "h",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u02bc": "'", "\uff07": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...",
    "\u00a0": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "\u00d7": "x", "\u2022": " ", "\u00b7": ".",
}  # fmt: skip

# Risk emoji become words the rules already know. Laughing faces become "lol" so that the
# joke marker (see context.py) sees them. Everything else pictographic becomes a space.
EMOJI_WORDS = {
    "\U0001f52a": "knife",  # 🔪
    "\U0001f5e1": "knife",  # 🗡
    "\u2694": "knife",  # ⚔
    "\U0001fa92": "razor",  # 🪒
    "\U0001f48a": "pills",  # 💊
    "\U0001f52b": "gun",  # 🔫
    "\U0001faa2": "rope",  # 🪢
    "\U0001fa78": "blood",  # 🩸
    "\u26b0": "coffin",  # ⚰
    "\u26b1": "coffin",  # ⚱ (urn)
    "\U0001faa6": "coffin",  # 🪦 (headstone)
    "\U0001f489": "needle",  # 💉
    "\U0001f37a": "beer",  # 🍺
    "\U0001f37b": "beer",  # 🍻
    "\U0001f377": "wine",  # 🍷
    "\U0001f942": "wine",  # 🥂
    "\U0001f943": "liquor",  # 🥃
    "\U0001f378": "liquor",  # 🍸
    "\U0001f379": "liquor",  # 🍹
    "\U0001f37e": "liquor",  # 🍾
    "\U0001f376": "liquor",  # 🍶
    "\U0001f33f": "weed",  # 🌿
    "\U0001f341": "weed",  # 🍁
    "\U0001f6ac": "smoke",  # 🚬
    "\u2744": "snow",  # ❄
    "\U0001f44a": "fist",  # 👊
    "\U0001f91c": "fist",  # 🤜
    "\U0001f91b": "fist",  # 🤛
    "\U0001f915": "injured",  # 🤕
    "\U0001f4a3": "bomb",  # 💣
    "\U0001f9e8": "bomb",  # 🧨
    "\U0001f525": "fire",  # 🔥
    "\U0001f602": "lol",  # 😂
    "\U0001f923": "lol",  # 🤣
    "\U0001f606": "lol",  # 😆
    "\U0001f639": "lol",  # 😹
    "\U0001f605": "lol",  # 😅
    "\U0001f480": "lol",  # 💀 (in chat nearly always "I'm dead (laughing)")
    "\u2620": "lol",  # ☠
    "\U0001f62d": "sob",  # 😭
}

_CATEGORY_SPACE = {"Zs", "Zl", "Zp"}
_CATEGORY_DROP = {"Mn", "Me", "Cf", "Cs", "Co", "Cn", "Sk"}
_CATEGORY_SYMBOL = {"So", "Sm", "Sc"}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """How one character reads (cached); see ``_fold``."""
    return _fold(char)


def _fold(char: str) -> str:
    """How one character reads: ``""`` to drop it, else lowercase text (maybe several chars).

    ASCII letters are lowercased, look-alikes mapped, invisible and combining marks dropped
    (zalgo text and accents both use them), risk emoji spelled out with spaces around them.
    """
    if char < "\x80":
        if char in "\n\t":
            return "\n" if char == "\n" else " "
        if char < " " or char == "\x7f":
            return ""
        return char.lower()
    if char in _INVISIBLE:
        return ""
    mapped = _CONFUSABLES.get(char)
    if mapped is not None:
        return mapped
    word = EMOJI_WORDS.get(char)
    if word is not None:
        return f" {word} "
    category = unicodedata.category(char)
    if category in _CATEGORY_SPACE:
        return " "
    if category in _CATEGORY_DROP or category in {"Cc"}:
        return "\n" if char in "\u2028\u2029\x85" else ""
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed != char:
        folded = "".join(_fold(part) if part != char else part for part in decomposed)
        return folded.lower()
    if category in _CATEGORY_SYMBOL:
        return " "
    return char.lower()


def _build_translate_table() -> dict[int, str | None]:
    """A ``str.translate`` table with ``fold_char`` for the blocks where folding matters."""
    table: dict[int, str | None] = {}
    for code in range(0x80, 0x2500):
        char = chr(code)
        folded = _fold(char)
        if folded != char:
            table[code] = folded or None
    extra_ranges = [
        (0x2500, 0x2BFF),  # symbols and arrows (emoji such as ⚰ and ⚔ live here)
        (0x3000, 0x3040),
        (0xFE00, 0xFE70),
        (0xFF00, 0xFFF0),  # fullwidth letters
        (0x1D400, 0x1D800),  # mathematical bold/italic letters
        (0x1F100, 0x1F200),  # enclosed letters
        (0x1F300, 0x1FB00),  # emoji
        (0xE0000, 0xE0080),  # tags
    ]
    for low, high in extra_ranges:
        for code in range(low, high):
            char = chr(code)
            folded = _fold(char)
            if folded != char:
                table[code] = folded or None
    for char in list(_INVISIBLE) + list(_CONFUSABLES) + list(EMOJI_WORDS):
        folded = _fold(char)
        table[ord(char)] = folded or None
    return table


FOLD_TABLE = _build_translate_table()
