"""The lexical stage: a linear classifier over a message's words, inside ``assess`` itself.

The rules only know the phrasings they were written for: on sets of messages written after
them they found about half of what must escalate. The sentence-model stage (``semantic``)
recovers much of the rest but costs milliseconds, so it runs beside the bot, not in
``assess``. This stage sits between the two. It reads the TF-IDF weights of a message's
words and word pairs (``semantic_words.analyze``) through three small linear layers trained
offline on the labelled messages (``lantern safety-train``), like the sentence model's head
without the embedding:

* the **category** layer gives a probability to "none" and to each risk category; the risk
  categories together are the message's risk, and the likeliest of them its category;
* the **severity** layer says how urgent (medium, high or critical; relapse is capped at
  high).

It is pure Python over a sparse vector: a few microseconds per message, deterministic, and
available wherever the package is (no optional extra). A message with a risk or distress cue
(``semantic_gate.wants``) needs a risk of ``threshold``; one without any needs the stricter
``uncued_threshold``, so everyday chat seldom clears it. Messages of fewer than
``MIN_WORDS`` words are left to the rules. A long message that leans risky without clearing
the bar is also read sentence by sentence (``LEANING``), so that one risky sentence among
ordinary ones is not diluted away.

Like the sentence-model stage it only ever raises an assessment and adds a reason
(:class:`LexicalReason`, naming the words that weighed most), it never raises a category
whose rule matched and was lowered by context (negated, past, someone else, idiom, topic,
quoted ...), it never relabels an alert the rules already raise, and it does not read
Discord quote lines.

The file (``bot/data/safety/lexical_head.json``) holds numbers, labels and the vocabulary:
words and word pairs found in at least two training messages, never a training message.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.safety import semantic_gate
from bot.safety.learned import defers, may_raise, model_text, raised, verdict_fields
from bot.safety.model import Assessment, Category, Reason, Severity
from bot.safety.semantic_head import CEILING, SEVERITIES, Verdict
from bot.safety.semantic_words import analyze

log = logging.getLogger(__name__)

LEXICAL_FILE = Path(__file__).resolve().parents[1] / "data" / "safety" / "lexical_head.json"
RULE_ID = "lexical.classifier"
FORMAT = 1
# Scores beyond this are certainties anyway; capping keeps math.exp finite.
_MAX_EXPONENT = 50.0
# The lexical stage's severity leans towards urgency: the most severe level that has at least
# this chance of being met. Under-calling a critical message costs more than over-calling a
# high one. Leaving out each of fresh sets C, D, F, H, I and J in turn, strict recall (right
# category at or above the minimum severity) was 72.4% with the likeliest level, 73.3% here.
SEVERITY_REACH = 0.4
# How many of the words that weighed most towards risk a reason names.
SHOWN_TERMS = 3
# Shorter messages are left to the rules: two or three words give a word model too little to
# weigh ("my pleasure" once read as abuse). Five-fold cross-validation over the training
# files: false alarms on ordinary chat 1.30 -> 1.19% with recall 94.38 -> 94.37% (at 3 words:
# 1.26%, same recall; at 5: 1.16%, 94.32%).
MIN_WORDS = 4
# A long message dilutes one risky sentence among ordinary ones ("kids had a good day at the
# zoo, dinner was tacos. tonight i take all my clonazepam"). When the whole message leans
# risky (``LEANING``) without clearing the bar, each of its sentences of ``SENTENCE_WORDS``
# words or more is read alone, and one that the head finds risky with ``SENTENCE_RISK``
# raises the message. Chosen by five-fold cross-validation over the training files (the
# eval-only sets were measured after): recall 95.11 -> 95.29%, false alarms on hard
# negatives 2.72 -> 2.77% and on ordinary chat 1.00 -> 1.06%. Shorter sentences are misread
# too often ("be kind to yourself today" as suicide), and reading every multi-sentence
# message so (no ``LEANING``) cost several times the false alarms for the same recall.
LEANING = 0.35
SENTENCE_RISK = 0.7
SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")


@dataclass(frozen=True, slots=True)
class LexicalReason(Reason):
    """A ``lexical.classifier`` reason: the risk probability and the words behind it."""

    probability: float = 0.0
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SparseLayer:
    """A softmax layer over term weights: one weight list (by term) and one bias per label."""

    labels: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]

    def to_json(self) -> dict[str, Any]:
        """The layer as plain lists (six digits are far below the model's noise)."""
        return {
            "labels": list(self.labels),
            "weights": [[round(w, 6) for w in row] for row in self.weights],
            "bias": [round(b, 6) for b in self.bias],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], terms: int) -> SparseLayer:
        """Read what :meth:`to_json` wrote; ValueError unless each row covers ``terms``."""
        labels = tuple(str(label) for label in data["labels"])
        weights = tuple(tuple(float(w) for w in row) for row in data["weights"])
        bias = tuple(float(b) for b in data["bias"])
        if len(weights) != len(labels) or len(bias) != len(labels) or not labels:
            raise ValueError("lexical head: a layer's labels, rows and biases differ in number")
        if any(len(row) != terms for row in weights):
            raise ValueError("lexical head: a layer's rows do not match the vocabulary")
        return cls(labels, weights, bias)


@dataclass(frozen=True)
class LexicalHead:
    """The vocabulary with its IDF, the category and severity layers, and the two
    thresholds (for messages with and without a risk cue)."""

    terms: tuple[str, ...]
    idf: tuple[float, ...]
    category: SparseLayer
    severity: SparseLayer
    threshold: float
    uncued_threshold: float

    def __post_init__(self) -> None:
        if len(self.terms) != len(self.idf):
            raise ValueError("lexical head: terms and weights differ in number")
        if not 0.0 < self.threshold <= self.uncued_threshold < 1.0:
            raise ValueError("lexical head: thresholds must satisfy 0 < cued <= uncued < 1")
        known = set(self.category.labels)
        if Category.NONE.value not in known or len(known) < 2:
            raise ValueError("lexical head: the category layer needs 'none' and a risk")
        if unknown := known - {c.value for c in Category}:
            raise ValueError(f"lexical head: unknown categories {sorted(unknown)}")
        if unknown := set(self.severity.labels) - {s.value for s in SEVERITIES}:
            raise ValueError(f"lexical head: severities must be medium or above: {unknown}")
        labels = self.category.labels
        none = labels.index(Category.NONE.value)
        risky = [i for i in range(len(labels)) if i != none]
        away = self.category.weights[none]
        # Per term: its IDF squared (for the vector's length), then for each risk category
        # how much one occurrence moves the category's score above "none" (times the IDF,
        # before the vector is scaled to unit length). Risk only needs these margins:
        # P(risk) = sum(exp(margin)) / (1 + sum(exp(margin))). One tuple per term lets a
        # single C-level pass (zip, sum) add up the length and every margin together.
        entries = tuple(
            (
                weight * weight,
                *((self.category.weights[c][term] - away[term]) * weight for c in risky),
            )
            for term, weight in enumerate(self.idf)
        )
        bias = self.category.bias
        # Per term, the severity layer's weights times the IDF: a risky message's severity
        # scores are then sums over its terms, like the margins.
        levels = self.severity.weights
        severities = tuple(
            tuple(row[term] * weight for row in levels) for term, weight in enumerate(self.idf)
        )
        object.__setattr__(self, "_entries", dict(zip(self.terms, entries, strict=True)))
        object.__setattr__(self, "_severities", dict(zip(self.terms, severities, strict=True)))
        object.__setattr__(self, "_margin_bias", tuple(bias[c] - bias[none] for c in risky))
        object.__setattr__(self, "_risky_labels", tuple(labels[c] for c in risky))

    def _risk_margins(self, text: str) -> list[float]:
        """Each risk category's score minus the score of "none", for normalised ``text``."""
        entries: dict[str, tuple[float, ...]] = self._entries  # type: ignore[attr-defined]
        bias: tuple[float, ...] = self._margin_bias  # type: ignore[attr-defined]
        terms = analyze(text)
        # (Every entry is a non-empty tuple: filter(None) drops exactly the unknown terms.)
        rows: list[Sequence[float]] = [*filter(None, map(entries.get, terms))]
        if not rows:
            return list(bias)
        if len(set(terms)) != len(terms):  # a term repeats: sublinear term frequency, as in
            # training (only the repeated terms are rescaled)
            rows = [self._scaled(entries[term], factor) for term, factor in self._counted(terms)]
        length_squared, *sums = map(sum, zip(*rows, strict=True))
        norm = math.sqrt(length_squared)
        return [b + total / norm for b, total in zip(bias, sums, strict=True)]

    def judge(self, text: str, cued: Callable[[str], bool]) -> Verdict:
        """Category, severity and risk (the probability of any risk category) of normalised
        ``text``; category NONE below the threshold. ``cued`` tells whether ``text`` has a
        risk cue; it is only asked when the risk falls between the two thresholds."""
        margins = self._risk_margins(text)
        risk = _risk(margins)
        if risk < self.threshold or (risk < self.uncued_threshold and not cued(text)):
            return Verdict(Category.NONE, Severity.NONE, risk)
        labels: tuple[str, ...] = self._risky_labels  # type: ignore[attr-defined]
        category = Category(labels[margins.index(max(margins))])
        severity = self._severity(self._counted(analyze(text)))
        return Verdict(category, min(severity, CEILING.get(category, severity)), risk)

    def _counted(self, terms: list[str]) -> list[tuple[str, float]]:
        """The known ``terms``, once each, with their sublinear term frequency."""
        entries: dict[str, tuple[float, ...]] = self._entries  # type: ignore[attr-defined]
        return [
            (term, 1.0 + math.log(count) if count > 1 else 1.0)
            for term, count in Counter(terms).items()
            if term in entries
        ]

    @staticmethod
    def _scaled(row: tuple[float, ...], factor: float) -> tuple[float, ...]:
        """A term's entry for a term frequency of ``factor``: its squared IDF (first) grows
        with the square."""
        if factor == 1.0:
            return row
        return (row[0] * factor**2, *(value * factor for value in row[1:]))

    def _severity(self, counted: list[tuple[str, float]]) -> Severity:
        """The most severe level that the severity layer gives at least ``SEVERITY_REACH``
        probability of being reached (that level or a worse one), for the terms ``counted``."""
        entries: dict[str, tuple[float, ...]] = self._entries  # type: ignore[attr-defined]
        severities: dict[str, tuple[float, ...]] = self._severities  # type: ignore[attr-defined]
        norm = math.sqrt(sum(entries[term][0] * factor * factor for term, factor in counted))
        sums = [0.0] * len(self.severity.labels)
        if norm:
            for term, factor in counted:
                for index, weight in enumerate(severities[term]):
                    sums[index] += weight * factor / norm
        probabilities = _softmax(
            self.severity.labels, [b + s for b, s in zip(self.severity.bias, sums, strict=True)]
        )
        reached = 0.0
        for level in sorted(probabilities, key=lambda label: -Severity(label).rank):
            reached += probabilities[level]
            if reached >= SEVERITY_REACH:
                return Severity(level)
        return Severity(min(probabilities, key=lambda label: Severity(label).rank))

    def telling_terms(
        self, text: str, category: Category, count: int = SHOWN_TERMS
    ) -> tuple[str, ...]:
        """The words or word pairs of normalised ``text`` that pushed furthest from "none"
        towards ``category``."""
        entries: dict[str, tuple[float, ...]] = self._entries  # type: ignore[attr-defined]
        labels: tuple[str, ...] = self._risky_labels  # type: ignore[attr-defined]
        if category.value not in labels:
            return ()
        column = 1 + labels.index(category.value)  # entries start with the squared IDF
        weighed = sorted(
            (
                (entries[term][column] * factor, term)
                for term, factor in self._counted(analyze(text))
            ),
            reverse=True,
        )
        return tuple(term for weight, term in weighed[:count] if weight > 0.0)

    def to_json(self) -> dict[str, Any]:
        """The head as a JSON-ready dict."""
        return {
            "format": FORMAT,
            "threshold": self.threshold,
            "uncued_threshold": self.uncued_threshold,
            "terms": list(self.terms),
            "idf": [round(w, 5) for w in self.idf],
            "category": self.category.to_json(),
            "severity": self.severity.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LexicalHead:
        """Read a head written by :meth:`to_json`; ValueError (or KeyError) if it is not one."""
        if data.get("format") != FORMAT:
            raise ValueError("lexical head: unknown format")
        terms = tuple(str(t) for t in data["terms"])
        return cls(
            terms=terms,
            idf=tuple(float(w) for w in data["idf"]),
            category=SparseLayer.from_json(data["category"], len(terms)),
            severity=SparseLayer.from_json(data["severity"], len(terms)),
            threshold=float(data["threshold"]),
            uncued_threshold=float(data["uncued_threshold"]),
        )


def _softmax(labels: Sequence[str], scores: Sequence[float]) -> dict[str, float]:
    """Each label's softmax probability for its score."""
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    whole = sum(exps)
    return {label: e / whole for label, e in zip(labels, exps, strict=True)}


def _risk(margins: list[float]) -> float:
    """P(any risk category) from each one's score margin over "none"."""
    if max(margins) > _MAX_EXPONENT:
        return 1.0
    odds = sum(map(math.exp, margins))
    return odds / (1.0 + odds)


class LexicalStage:
    """The lexical stage as the engine calls it (see the module docstring)."""

    def __init__(self, head: LexicalHead, min_words: int = MIN_WORDS) -> None:
        self.head = head
        self.min_words = min_words

    def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
        """Raise ``assessment`` when the head finds normalised ``normalized`` risky."""
        if defers(assessment):
            return assessment
        words = model_text(normalized) if ">" in normalized else normalized
        if len(words.split()) < self.min_words:
            return assessment
        verdict = self.head.judge(words, semantic_gate.wants)
        telling = words
        if not verdict.risky and verdict.risk >= LEANING:
            verdict, telling = self._riskiest_sentence(words, verdict)
        if not may_raise(assessment, verdict):
            return assessment
        reason = LexicalReason(
            rule_id=RULE_ID,
            terms=self.head.telling_terms(telling, verdict.category),
            **verdict_fields(text, verdict, "lexical"),
        )
        return raised(assessment, reason)

    def _riskiest_sentence(self, words: str, whole: Verdict) -> tuple[Verdict, str]:
        """The verdict of the sentence of ``words`` that the head finds riskiest, if it
        reaches ``SENTENCE_RISK``, with that sentence; else ``whole`` and ``words``."""
        best, telling = whole, words
        sentences = _SENTENCE_END.split(words)
        if len(sentences) < 2:
            return best, telling
        for sentence in sentences:
            if len(sentence.split()) < SENTENCE_WORDS:
                continue
            verdict = self.head.judge(sentence, semantic_gate.wants)
            if (
                verdict.risky
                and verdict.risk >= SENTENCE_RISK
                and (not best.risky or verdict.risk > best.risk)
            ):
                best, telling = verdict, sentence
        return best, telling


def load_lexical_head(path: Path = LEXICAL_FILE) -> LexicalHead:
    """The shipped head (OSError if the file is missing, ValueError if it is malformed)."""
    return LexicalHead.from_json(json.loads(path.read_text(encoding="utf-8")))


def save_lexical_head(head: LexicalHead, path: Path = LEXICAL_FILE) -> None:
    """Write ``head`` as JSON."""
    path.write_text(json.dumps(head.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def shipped_stage() -> LexicalStage | None:
    """The stage with the shipped head, loaded once; None (rules alone) if the file is
    missing or malformed."""
    try:
        return LexicalStage(load_lexical_head())
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.error("lexical head %s unusable (%s): the rules run alone", LEXICAL_FILE.name, error)
        return None
