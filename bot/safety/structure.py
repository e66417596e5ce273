"""Where a match sits in a message: its sentence, contrast segment and clause, and quotes.

The message is cut three ways (all on normalised text):

* sentences, at ``. ! ? ;`` and newlines;
* segments, sentences cut again at contrast words ("but", "though", "however", "instead"),
  because a contrast flips context ("I used to cut, but last night I did it again");
* clauses, segments cut again at commas and "and"/"so"/"because".

Quotes are Discord quote lines (``> ...``, and everything after ``>>>``) and inline
quotations; an inline quotation is someone else's words unless the speaker tells their own
again. The context modifiers (context.py) are found within these spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from bot.safety.cues.clauses import (
    CLAUSE,
    CONTRAST,
    INLINE_QUOTE,
    SAID_BY_ME,
    SAID_BY_ME_AFTER,
    SAID_BY_OTHER,
    SENTENCE_END,
)


class MessageStructure:
    """Lazy sentence, segment, clause and quote spans of one normalised message."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[tuple[int, int, int], tuple[list[tuple[int, int]], list[int]]] = {}
        self._next_end: dict[int, int] = {}

    @cached_property
    def sentences(self) -> list[int]:
        """Start offsets of sentences."""
        cuts = [0]
        for match in SENTENCE_END.finditer(self.text):
            cuts.append(match.end())
        return cuts

    @cached_property
    def quoted_spans(self) -> list[tuple[int, int]]:
        """Spans of Discord quote lines and inline quotations."""
        spans: list[tuple[int, int]] = []
        offset = 0
        block = False
        for line in self.text.split("\n"):
            stripped = line.lstrip()
            if block or stripped.startswith(">"):
                spans.append((offset, offset + len(line)))
                if stripped.startswith(">>>"):
                    block = True
            offset += len(line) + 1
        spans.extend(self._inline_quotes[0])
        return spans

    @cached_property
    def _inline_quotes(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Inline quotations of nobody in particular (a song, a saying, a sign), and those of
        someone else; the speaker's own words told again are neither."""
        quoted: list[tuple[int, int]] = []
        reported: list[tuple[int, int]] = []
        for match in INLINE_QUOTE.finditer(self.text):
            before = self.text[max(0, match.start() - 60) : match.start()]
            if SAID_BY_ME.search(before) or SAID_BY_ME_AFTER.match(self.text, match.end()):
                continue
            (reported if SAID_BY_OTHER.search(before) else quoted).append(match.span())
        return quoted, reported

    def sentence_span(self, position: int) -> tuple[int, int]:
        """The sentence around ``position``."""
        cuts = self.sentences
        index = bisect_right(cuts, position) - 1
        end = cuts[index + 1] if index + 1 < len(cuts) else len(self.text)
        return cuts[index], end

    def _pieces(
        self, pattern: re.Pattern[str], start: int, end: int
    ) -> tuple[list[tuple[int, int]], list[int]]:
        """``text[start:end]`` cut at ``pattern``, with the pieces' start offsets (cached:
        several matches share a sentence, and the offsets are what ``_around`` bisects)."""
        key = (id(pattern), start, end)
        cached = self._cache.get(key)
        if cached is None:
            pieces = []
            cursor = start
            for match in pattern.finditer(self.text, start, end):
                pieces.append((cursor, match.start()))
                cursor = match.end()
            pieces.append((cursor, end))
            cached = self._cache[key] = (pieces, [piece[0] for piece in pieces])
        return cached

    @staticmethod
    def _around(cut: tuple[list[tuple[int, int]], list[int]], position: int) -> tuple[int, int]:
        pieces, starts = cut
        return pieces[max(0, bisect_right(starts, position) - 1)]

    def segment_span(self, position: int) -> tuple[int, int]:
        """The contrast segment (sentence cut at "but", "though" ...) around ``position``."""
        start, end = self.sentence_span(position)
        return self._around(self._pieces(CONTRAST, start, end), position)

    def clause_span(self, position: int) -> tuple[int, int]:
        """The clause (segment cut at commas and "and"/"so"/"because") around ``position``."""
        start, end = self.segment_span(position)
        return self._around(self._pieces(CLAUSE, start, end), position)

    def _spans(self, position: int) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        """Sentence, segment and clause around ``position`` (as the three methods above),
        each found once: calling those methods in turn would find the sentence three times."""
        sentence = self.sentence_span(position)
        segment = self._around(self._pieces(CONTRAST, *sentence), position)
        clause = self._around(self._pieces(CLAUSE, *segment), position)
        return sentence, segment, clause

    def _sentence_after(self, end: int) -> int:
        """The end of the sentence that starts at ``end`` (a sentence's end), or ``end`` at the
        end of the text; cached, since every match in a sentence asks for it."""
        after = self._next_end.get(end)
        if after is None:
            after = self._next_end[end] = (
                self.sentence_span(end)[1] if end < len(self.text) else end
            )
        return after

    def said_to_me(self, start: int) -> bool:
        """Whether the match at ``start`` is addressed to "you" inside someone else's quoted
        words, where "you" is the member ('he said "you're going to pay"')."""
        return any(
            q_start <= start < q_end for q_start, q_end in self._inline_quotes[1]
        ) and self.text.startswith(("you ", "you'", "u "), start)

    def _quoted(self, start: int, end: int) -> bool:
        return any(q_start <= start and end <= q_end + 1 for q_start, q_end in self.quoted_spans)

    def has(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> bool:
        """Whether ``pattern`` occurs in the message (or in ``[start, end)``)."""
        return bool(pattern.search(self.text, start, len(self.text) if end is None else end))
