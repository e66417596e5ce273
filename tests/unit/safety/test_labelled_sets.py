"""Floors on labelled data: the dev set (if present) and the team's own regression cases."""

from pathlib import Path

from bot.safety.evaluation import Report, evaluate, load_rows

HERE = Path(__file__).parent
DEVSET = HERE.parents[2] / "tests" / "data" / "safety" / "devset.csv"
REGRESSION = HERE / "regression_cases.csv"


def _check_floors(report: Report) -> None:
    assert report.recall >= 0.95, [o.row.text for o in report.errors if o.row.must_escalate]
    assert report.false_positive_rate <= 0.05, [
        o.row.text for o in report.negatives if o.assessment.escalate
    ]
    assert report.low_escalation_rate <= 0.10, [
        o.row.text for o in report.low_rows if o.assessment.escalate
    ]
    assert report.escalations_without_reason == []


def test_dev_set_floors() -> None:
    assert DEVSET.exists(), f"{DEVSET} is part of the repository and must be present"
    report = evaluate(load_rows(DEVSET))
    assert len(report.outcomes) >= 400
    _check_floors(report)


def test_regression_case_floors() -> None:
    """Phrasings written separately from the dev set, to keep the rules general."""
    _check_floors(evaluate(load_rows(REGRESSION)))
