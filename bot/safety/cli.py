"""Command-line views of the detector: ``lantern safety-eval`` and ``lantern safety-explain``."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.safety.engine import Engine, assess
from bot.safety.evaluation import Report, evaluate, load_rows
from bot.safety.lexical import LexicalReason
from bot.safety.model import Assessment
from bot.safety.semantic import SemanticReason, load_semantic_stage

DEFAULT_DEVSET = Path("tests/data/safety/devset.csv")


def _resolve(path: str | None) -> Path:
    """The labelled file: as given, else the dev set in the current directory or the repo."""
    if path:
        return Path(path)
    here = Path.cwd() / DEFAULT_DEVSET
    if here.exists():
        return here
    repository = Path(__file__).resolve().parents[2]
    return repository / DEFAULT_DEVSET


def _pct(value: float) -> str:
    return "  n/a" if value != value else f"{value * 100:5.1f}%"  # NaN check


def print_report(report: Report, out: TextIO) -> None:
    """Write the figures and every misclassified row."""
    print(f"rows: {len(report.outcomes)}", file=out)
    print(f"{'category':<11} {'recall':>7} {'precision':>10} {'support':>8}", file=out)
    for category, (recall, precision, support) in report.per_category().items():
        print(
            f"{category.value:<11} {_pct(recall):>7} {_pct(precision):>10} {support:>8}", file=out
        )
    print(
        f"recall on must-escalate rows (category and severity): {_pct(report.recall)} "
        f"of {len(report.must_escalate)}",
        file=out,
    )
    print(
        f"escalated at all (any category):                     {_pct(report.escalation_recall)}",
        file=out,
    )
    print(
        f"false-positive rate on negatives:                    {_pct(report.false_positive_rate)} "
        f"of {len(report.negatives)}",
        file=out,
    )
    print(
        f"escalation rate on 'low' rows:                       {_pct(report.low_escalation_rate)} "
        f"of {len(report.low_rows)}",
        file=out,
    )
    missing = report.escalations_without_reason
    if missing:
        print(f"ESCALATIONS WITHOUT A REASON: {len(missing)}", file=out)
    errors = report.errors
    print(f"misclassified: {len(errors)}", file=out)
    for outcome in errors:
        row, got = outcome.row, outcome.assessment
        label = f"{row.category.value}/{row.min_severity.value}"
        print(
            f"  want {label:<18} got {got.category.value}/{got.severity.value:<9} "
            f"[{row.kind}] {row.text!r}",
            file=out,
        )


def _detector(
    semantic: bool, out: TextIO, *, rules_only: bool = False
) -> Callable[[str], Assessment] | None:
    """``assess`` (rules and lexical stage), the rules alone, or an engine with the semantic
    stage too (None if it cannot be loaded)."""
    if rules_only:
        return Engine(lexical=False).assess
    if not semantic:
        return assess
    started = time.perf_counter()
    stage = load_semantic_stage()
    if stage is None:
        print("semantic stage unavailable: install the 'semantic' extra", file=out)
        return None
    print(
        f"semantic stage: on (threshold {stage.threshold:.2f}, "
        f"loaded in {time.perf_counter() - started:.1f}s)",
        file=out,
    )
    return Engine(semantic=stage).assess


def eval_main(
    path: str | None = None,
    *,
    semantic: bool = False,
    rules_only: bool = False,
    out: TextIO = sys.stdout,
) -> int:
    """Evaluate the detector on a labelled CSV (default: the dev set). Returns an exit code.

    With ``semantic`` the optional sentence-model stage runs after the rules and the lexical
    stage; with ``rules_only`` the rules run alone.
    """
    resolved = _resolve(path)
    if not resolved.exists():
        print(f"no such file: {resolved}", file=out)
        return 2
    detector = _detector(semantic, out, rules_only=rules_only)
    if detector is None:
        return 2
    report = evaluate(load_rows(resolved), detector)
    print(f"file: {resolved}", file=out)
    print_report(report, out)
    return 0


def describe(text: str, assessment: Assessment) -> list[str]:
    """Lines explaining an assessment: verdict, then every reason with its evidence."""
    verdict = "ESCALATE" if assessment.escalate else "no alert"
    lines = [
        f"{verdict}: category={assessment.category.value} severity={assessment.severity.value}"
    ]
    if not assessment.reasons:
        lines.append("  (no rule matched)")
    for reason in assessment.reasons:
        start, end = reason.span
        modifiers = ", ".join(sorted(reason.modifiers)) or "-"
        state = "suppressed" if reason.suppressed else reason.severity.value
        lines.append(
            f"  {reason.rule_id:<32} {reason.category.value:<9} rule={reason.base_severity.value:<8} "
            f"now={state:<10} [{start}:{end}] {text[start:end]!r}  modifiers: {modifiers}"
        )
        if isinstance(reason, LexicalReason):
            lines.append(
                f"    risk {reason.probability:.2f}; telling words: "
                + (", ".join(repr(term) for term in reason.terms) or "-")
            )
        if isinstance(reason, SemanticReason):
            lines.append(
                f"    risk {reason.probability:.2f}; "
                f"nearest example ({reason.similarity:.2f}): {reason.anchor!r}; "
                f"nearest benign ({reason.benign_similarity:.2f}): {reason.benign_anchor!r}"
            )
    return lines


def explain_main(
    text: str, *, semantic: bool = False, rules_only: bool = False, out: TextIO = sys.stdout
) -> int:
    """Show how the detector reads ``text``: the verdict and every reason."""
    detector = _detector(semantic, out, rules_only=rules_only)
    if detector is None:
        return 2
    for line in describe(text, detector(text)):
        print(line, file=out)
    return 0


def train_main(
    files: list[str], *, threshold: float | None = None, out: TextIO = sys.stdout
) -> int:
    """Retrain the lexical stage and the semantic stage's head, and write them to the shipped
    files. Returns an exit code.

    Needs the ``semantic`` and ``dev`` extras (scikit-learn). ``files`` default to the
    development set and the fresh sets; the sealed holdout set is refused.
    """
    try:
        from bot.safety.semantic_train import train_default
    except ImportError as error:
        print(f"training needs the 'semantic' and 'dev' extras: {error}", file=out)
        return 2
    from dataclasses import replace

    from bot.safety.lexical import LEXICAL_FILE, save_lexical_head
    from bot.safety.semantic_head import HEAD_FILE, save_head

    paths = [_resolve(name) for name in files]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(f"no such file: {', '.join(missing)}", file=out)
        return 2
    started = time.perf_counter()
    try:
        head, lexical, size = train_default(paths or None)
    except (ImportError, ValueError) as error:
        print(f"cannot train: {error}", file=out)
        return 2
    if threshold is not None:
        head = replace(head, threshold=threshold)
    save_head(head)
    save_lexical_head(lexical)
    print(
        f"trained on {size} examples in {time.perf_counter() - started:.1f}s; "
        f"threshold {head.threshold:.2f}; wrote {HEAD_FILE.name} and {LEXICAL_FILE.name}",
        file=out,
    )
    return 0
