"""What the two learned stages (``lexical`` and ``semantic``) share: how they read a message
and when they may change the rules' assessment.

Both only ever raise an assessment. They defer to the rules whenever a rule matched and its
context lowered it (negated, past, someone else, idiom, topic, quoted ...): a classifier
reads words, and "I used to drink every day" is full of risky ones. They never relabel an
alert the rules already raise, and they do not read Discord quote lines (``> ...``), which
are someone else's words.
"""

from __future__ import annotations

import re
from typing import Any

from bot.safety.model import Assessment, Reason, Severity
from bot.safety.semantic_head import Verdict

# The rules' context modifiers that the learned stages must not override.
CONTEXT_MODIFIERS = frozenset(
    {"negated", "past", "hypothetical", "other_person", "idiom", "topic", "quoted", "fear"}
)
_QUOTE_LINE = re.compile(r"^[ \t]*>[^\n]*\n?", re.MULTILINE)


def model_text(normalized: str) -> str:
    """What the learned stages read: the normalised message without Discord quote lines."""
    return _QUOTE_LINE.sub("", normalized).strip()


def defers(assessment: Assessment) -> bool:
    """Whether a learned stage leaves ``assessment`` as it is without looking: it is already
    critical, or a rule matched and its context lowered it."""
    if assessment.severity is Severity.CRITICAL:
        return True
    return any(
        reason.severity < reason.base_severity or reason.modifiers & CONTEXT_MODIFIERS
        for reason in assessment.reasons
    )


def verdict_fields(text: str, verdict: Verdict, stage: str) -> dict[str, Any]:
    """The fields every learned stage's reason shares: the verdict's category and severity,
    the whole message as its span, the stage's name as its modifier, and the risk."""
    return {
        "category": verdict.category,
        "span": (0, len(text)),
        "modifiers": frozenset({stage}),
        "severity": verdict.severity,
        "base_severity": verdict.severity,
        "probability": round(verdict.risk, 4),
    }


def raised(assessment: Assessment, reason: Reason) -> Assessment:
    """``assessment`` raised to ``reason``'s category and severity, with it as first reason."""
    return Assessment(reason.category, reason.severity, (reason, *assessment.reasons))


def may_raise(assessment: Assessment, verdict: Verdict) -> bool:
    """Whether a learned stage's ``verdict`` may raise the rules' ``assessment``.

    Only upwards, and never to another category when the rules already escalate with
    evidence for theirs: the model's guess at another category is weaker evidence and must
    not relabel the alert.
    """
    if not verdict.risky or verdict.severity <= assessment.severity:
        return False
    return not (assessment.escalate and verdict.category is not assessment.category)
