"""What the two learned stages (``lexical`` and ``semantic``) share: how they read a message
and when they may change the rules' assessment.

Both only ever raise an assessment. They defer to the rules' reading of context for the
category it concerns: where a rule of a category matched and its context lowered it (negated,
past, someone else, idiom, topic, quoted ...), they do not raise that category. A classifier
reads words, and "I used to drink every day" is full of risky ones. Another category is other
evidence: in "my dad is drunk and waving his gun around" the rules lower the drinking (someone
else's) but the threat is the alert. They never relabel an alert the rules already raise, and
they do not read Discord quote lines (``> ...``), which are someone else's words.
"""

from __future__ import annotations

import re
from typing import Any

from bot.safety.model import Assessment, Reason, Severity
from bot.safety.semantic_head import Verdict

# The rules' context modifiers that the learned stages must not override. Someone else
# ("other_person") is not among them: each category's policy decides what someone else's
# event is worth (their overdose in progress stays critical), and where it lowers the rule,
# the lowered severity already counts.
CONTEXT_MODIFIERS = frozenset(
    {"negated", "past", "hypothetical", "idiom", "topic", "quoted", "fear", "everyday"}
)
_QUOTE_LINE = re.compile(r"^[ \t]*>[^\n]*\n?", re.MULTILINE)


def model_text(normalized: str) -> str:
    """What the learned stages read: the normalised message without Discord quote lines."""
    return _QUOTE_LINE.sub("", normalized).strip()


def defers(assessment: Assessment) -> bool:
    """Whether a learned stage leaves ``assessment`` as it is without looking: it is already
    critical."""
    return assessment.severity is Severity.CRITICAL


def lowered(reason: Reason) -> bool:
    """Whether the rules' context lowered ``reason``: below its rule's severity, or with a
    modifier the learned stages must not override."""
    return reason.severity < reason.base_severity or bool(reason.modifiers & CONTEXT_MODIFIERS)


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

    Only upwards; never to a category whose rule the rules' context lowered (see
    :func:`lowered`); and never to another category when the rules already escalate with
    evidence for theirs: the model's guess at another category is weaker evidence and must
    not relabel the alert.
    """
    if not verdict.risky or verdict.severity <= assessment.severity:
        return False
    if any(
        lowered(reason) and reason.category is verdict.category for reason in assessment.reasons
    ):
        return False
    return not (assessment.escalate and verdict.category is not assessment.category)
