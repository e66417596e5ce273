"""The detector's vocabulary of results: categories, severities, reasons and assessments."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """What kind of risk a message suggests."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    OVERDOSE = "overdose"
    RELAPSE = "relapse"
    VIOLENCE = "violence"
    ABUSE = "abuse"
    NONE = "none"

    def __str__(self) -> str:
        return self.value


_ORDER = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


class Severity(StrEnum):
    """How urgent it is, ordered: none < low < medium < high < critical.

    The comparison operators compare urgency, not spelling (a plain ``str`` enum would
    order "critical" before "low").
    """

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    # A member is a ``str`` equal to its value, so ``_ORDER[self]`` finds its rank directly:
    # going through ``self.value`` (an enum descriptor) and the ``rank`` property made every
    # comparison cost three Python calls, and the engine compares severities per match.
    @property
    def rank(self) -> int:
        """0 for none up to 4 for critical."""
        return _ORDER[self]

    def __str__(self) -> str:
        return self.value

    def _other_rank(self, other: object) -> int:
        # A Severity is a str, and a plain str compares by the rank of its spelling.
        if isinstance(other, str) and other in _ORDER:
            return _ORDER[other]
        raise TypeError(f"cannot compare Severity with {other!r}")

    def __lt__(self, other: object) -> bool:
        return _ORDER[self] < self._other_rank(other)

    def __le__(self, other: object) -> bool:
        return _ORDER[self] <= self._other_rank(other)

    def __gt__(self, other: object) -> bool:
        return _ORDER[self] > self._other_rank(other)

    def __ge__(self, other: object) -> bool:
        return _ORDER[self] >= self._other_rank(other)

    # Enum members hash by identity of their value; keep that explicit since we define __eq__
    # indirectly through str and add ordering.
    __hash__ = str.__hash__


SEVERITIES: tuple[Severity, ...] = (
    Severity.NONE,
    Severity.LOW,
    Severity.MEDIUM,
    Severity.HIGH,
    Severity.CRITICAL,
)


def severity_of(rank: int) -> Severity:
    """The severity with the given rank (clamped to none..critical)."""
    return SEVERITIES[max(0, min(4, rank))]


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence: which rule matched where, and what context changed it.

    ``span`` indexes the ORIGINAL text handed to :func:`bot.safety.assess`. ``severity`` is
    the severity after context was applied (``none`` when the context suppressed the rule),
    ``base_severity`` the rule's own.
    """

    rule_id: str
    category: Category
    span: tuple[int, int]
    modifiers: frozenset[str] = field(default_factory=frozenset)
    severity: Severity = Severity.NONE
    base_severity: Severity = Severity.NONE

    @property
    def suppressed(self) -> bool:
        """True when context (negation, past, quote, ...) cancelled this evidence."""
        return self.severity is Severity.NONE

    def matched(self, text: str) -> str:
        """The words of ``text`` (the original message) this reason points at."""
        start, end = self.span
        return text[max(0, start) : max(0, end)]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The detector's verdict on one message."""

    category: Category
    severity: Severity
    reasons: tuple[Reason, ...] = ()

    @property
    def escalate(self) -> bool:
        """Whether a counselor should be alerted: severity of medium or more."""
        return self.severity >= Severity.MEDIUM

    @property
    def active_reasons(self) -> tuple[Reason, ...]:
        """The reasons that were not suppressed by context, most severe first."""
        active = [r for r in self.reasons if not r.suppressed]
        return tuple(sorted(active, key=lambda r: -r.severity.rank))

    def matched(self, text: str) -> tuple[str, ...]:
        """The matched words of every active reason, as they appear in ``text``."""
        return tuple(reason.matched(text) for reason in self.active_reasons)


NO_RISK = Assessment(Category.NONE, Severity.NONE, ())

# A facilitator's own phrase: (literal phrase, category, severity).
ExtraTerm = tuple[str, "Category | str", "Severity | str"]
