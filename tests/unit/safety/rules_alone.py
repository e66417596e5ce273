"""The rules without the learned stages, and the two checks the rule tests make with them."""

from bot.safety import Category, Severity
from bot.safety.engine import Engine

RULES_ALONE = Engine(lexical=False)


def assert_alerts(text: str, category: Category, severity: Severity) -> None:
    """The rules alone escalate ``text`` as ``category``, at ``severity`` or above."""
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment
    assert assessment.category is category, assessment
    assert assessment.severity >= severity, assessment


def assert_quiet(text: str) -> None:
    """The rules alone do not escalate ``text``."""
    assessment = RULES_ALONE.assess(text)
    assert not assessment.escalate, assessment


def assert_below(text: str, severity: Severity) -> None:
    """The rules alone assess ``text`` below ``severity`` (an alert, if any, that does not
    reach it)."""
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity < severity, assessment
