"""Measure the detector on a labelled CSV (columns ``text,category,min_severity[,kind]``).

A row with min_severity medium/high/critical must escalate with that category and at least
that severity; a "low" row must NOT escalate; a "none" row (hard negative) must not escalate.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.safety.engine import assess
from bot.safety.model import Assessment, Category, Severity


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled message."""

    text: str
    category: Category
    min_severity: Severity
    kind: str = ""

    @property
    def must_escalate(self) -> bool:
        """Rows labelled medium or above."""
        return self.min_severity >= Severity.MEDIUM


@dataclass(frozen=True, slots=True)
class Outcome:
    """A row and what the detector made of it."""

    row: Row
    assessment: Assessment

    @property
    def correct(self) -> bool:
        """Whether the detector met the row's label."""
        got = self.assessment
        if self.row.must_escalate:
            return (
                got.escalate
                and got.category == self.row.category
                and got.severity >= self.row.min_severity
            )
        return not got.escalate


@dataclass(slots=True)
class Report:
    """Aggregate figures over a labelled set."""

    outcomes: list[Outcome] = field(default_factory=list)

    def _rate(self, rows: list[Outcome], predicate: Callable[[Outcome], bool]) -> float:
        return sum(1 for o in rows if predicate(o)) / len(rows) if rows else float("nan")

    @property
    def must_escalate(self) -> list[Outcome]:
        """Outcomes of rows labelled medium or above."""
        return [o for o in self.outcomes if o.row.must_escalate]

    @property
    def negatives(self) -> list[Outcome]:
        """Outcomes of hard negatives (category none)."""
        return [o for o in self.outcomes if o.row.category is Category.NONE]

    @property
    def low_rows(self) -> list[Outcome]:
        """Outcomes of rows labelled low (worth noting, must not escalate)."""
        return [o for o in self.outcomes if o.row.min_severity is Severity.LOW]

    @property
    def recall(self) -> float:
        """Share of must-escalate rows escalated with the right category and severity."""
        return self._rate(self.must_escalate, lambda o: o.correct)

    @property
    def escalation_recall(self) -> float:
        """Share of must-escalate rows escalated at all (any category or severity)."""
        return self._rate(self.must_escalate, lambda o: o.assessment.escalate)

    @property
    def false_positive_rate(self) -> float:
        """Share of hard negatives that escalated."""
        return self._rate(self.negatives, lambda o: o.assessment.escalate)

    @property
    def low_escalation_rate(self) -> float:
        """Share of "low" rows that escalated (should be small)."""
        return self._rate(self.low_rows, lambda o: o.assessment.escalate)

    def per_category(self) -> dict[Category, tuple[float, float, int]]:
        """Category -> (recall, precision, support) for escalations."""
        figures: dict[Category, tuple[float, float, int]] = {}
        for category in Category:
            if category is Category.NONE:
                continue
            relevant = [o for o in self.must_escalate if o.row.category is category]
            predicted = [
                o
                for o in self.outcomes
                if o.assessment.escalate and o.assessment.category is category
            ]
            hits = [o for o in predicted if o.row.must_escalate and o.row.category is category]
            recall = (
                sum(1 for o in relevant if o.correct) / len(relevant) if relevant else float("nan")
            )
            precision = len(hits) / len(predicted) if predicted else float("nan")
            figures[category] = (recall, precision, len(relevant))
        return figures

    @property
    def errors(self) -> list[Outcome]:
        """Every row the detector got wrong."""
        return [o for o in self.outcomes if not o.correct]

    @property
    def escalations_without_reason(self) -> list[Outcome]:
        """Escalations that carry no active reason (must be empty)."""
        return [
            o for o in self.outcomes if o.assessment.escalate and not o.assessment.active_reasons
        ]


def load_rows(path: str | Path) -> list[Row]:
    """Read a labelled CSV file."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            rows.append(
                Row(
                    text=record["text"],
                    category=Category((record.get("category") or "none").strip()),
                    min_severity=Severity((record.get("min_severity") or "none").strip()),
                    kind=(record.get("kind") or "").strip(),
                )
            )
    return rows


def evaluate(rows: Iterable[Row], detector: Callable[[str], Assessment] = assess) -> Report:
    """Run ``detector`` over ``rows``."""
    report = Report()
    for row in rows:
        report.outcomes.append(Outcome(row, detector(row.text)))
    return report
