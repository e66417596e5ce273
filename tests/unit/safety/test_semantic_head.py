"""The semantic stage's classifier head: file format, decisions, and training."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from bot.safety.cli import train_main
from bot.safety.lexical import load_lexical_head
from bot.safety.model import Category, Severity
from bot.safety.semantic import Anchor
from bot.safety.semantic_head import DEFAULT_THRESHOLD, HEAD_FILE, Head, Layer, load_head, save_head
from bot.safety.semantic_train import (
    LEXICAL_THRESHOLD,
    LEXICAL_UNCUED_THRESHOLD,
    Example,
    examples,
    train,
)
from tests.unit.safety.json_strings import strings_in

DATA = Path(__file__).resolve().parents[2] / "data" / "safety"


def _toy_head(threshold: float = 0.5) -> Head:
    """Two dimensions: axis 0 means suicide, axis 1 means benign; axis 0 also means critical."""
    category = Layer(
        ("none", "suicide", "relapse"),
        np.array([[0.0, 6.0], [6.0, 0.0], [1.0, 0.0]], dtype=np.float32),
        np.zeros(3, dtype=np.float32),
    )
    severity = Layer(
        ("medium", "high", "critical"),
        np.array([[0.0, 0.0], [1.0, 0.0], [3.0, 0.0]], dtype=np.float32),
        np.zeros(3, dtype=np.float32),
    )
    return Head(category, severity, threshold)


def test_head_picks_the_likeliest_risk_category_and_a_severity() -> None:
    verdict = _toy_head().judge(np.array([1.0, 0.0], dtype=np.float32))
    assert verdict.category is Category.SUICIDE
    assert verdict.severity is Severity.CRITICAL
    assert verdict.risk > 0.9


def test_head_below_its_threshold_says_none() -> None:
    verdict = _toy_head().judge(np.array([0.0, 1.0], dtype=np.float32))
    assert verdict.category is Category.NONE
    assert verdict.severity is Severity.NONE
    assert verdict.risk < 0.5
    assert not verdict.risky


def test_head_round_trips_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "head.json"
    save_head(_toy_head(0.7), path)
    loaded = load_head(path)
    assert loaded.threshold == 0.7
    assert loaded.category.labels == ("none", "suicide", "relapse")
    vector = np.array([0.6, 0.8], dtype=np.float32)
    assert loaded.judge(vector) == _toy_head(0.7).judge(vector)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format=3),
        lambda d: d["category"].update(labels=["none", "suicide", "gambling"]),
        lambda d: d["severity"].update(labels=["low", "high", "critical"]),
        lambda d: d["category"].update(bias=[0.0]),
    ],
)
def test_a_damaged_head_file_is_refused(tmp_path: Path, damage: object) -> None:
    data = _toy_head().to_json()
    damage(data)  # type: ignore[operator]
    path = tmp_path / "head.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="semantic head"):
        load_head(path)


def test_the_shipped_head_covers_every_category_and_holds_no_text() -> None:
    head = load_head()
    assert set(head.category.labels) == {c.value for c in Category}
    assert head.severity.labels == ("medium", "high", "critical")
    assert head.words is not None
    assert head.category.weights.shape == (len(Category), 384 + len(head.words))
    assert 0.5 <= head.threshold < 1.0
    data = json.loads(HEAD_FILE.read_text(encoding="utf-8"))
    assert set(data) == {"format", "dimensions", "threshold", "category", "severity", "words"}
    # Besides labels, the only strings are single words and word pairs: no training message
    # is carried along.
    labels = {"none"} | {c.value for c in Category} | {s.value for s in Severity}
    terms = set(head.words.terms)
    assert set(strings_in(data)) <= labels | terms
    assert all(len(term.split()) <= 2 for term in terms)


def test_training_refuses_the_sealed_set() -> None:
    with pytest.raises(ValueError, match="sealed"):
        examples([DATA / "holdout.csv"], [])


def test_low_rows_and_negatives_teach_none(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "text,category,min_severity\n"
        "cravings are loud tonight but i'm at a meeting,relapse,low\n"
        "made soup,none,none\n"
        "i drank again last night,relapse,medium\n",
        encoding="utf-8",
    )
    found = examples([path], [Anchor("i want to die", Category.SUICIDE, Severity.HIGH)])
    assert [(e.category, e.severity) for e in found] == [
        (Category.NONE, Severity.NONE),
        (Category.NONE, Severity.NONE),
        (Category.RELAPSE, Severity.MEDIUM),
        (Category.SUICIDE, Severity.HIGH),
    ]


class _AxisEncoder:
    """A stand-in encoder: a text's vector marks which of three words it contains."""

    words = ("die", "drank", "soup")

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = [[1.0 if word in text else 0.0 for word in self.words] for text in texts]
        return np.array(rows, dtype=np.float32) + 0.01


def test_training_learns_a_separable_toy_problem() -> None:
    training = (
        [Example(f"i want to die {i}", Category.SUICIDE, Severity.HIGH) for i in range(10)]
        + [Example(f"i drank {i}", Category.RELAPSE, Severity.MEDIUM) for i in range(10)]
        + [Example(f"soup {i}", Category.NONE, Severity.NONE) for i in range(10)]
    )
    head = train(_AxisEncoder(), training, threshold=0.5)  # type: ignore[arg-type]

    def judge(text: str) -> tuple[Category, Severity]:
        verdict = head.judge(head.features(_AxisEncoder().encode([text])[0], text))
        return verdict.category, verdict.severity

    assert judge("die") == (Category.SUICIDE, Severity.HIGH)
    assert judge("drank")[0] is Category.RELAPSE
    assert judge("soup")[0] is Category.NONE
    # Words seen in at least two training messages became features; single ones did not.
    assert head.words is not None
    assert {"die", "want to", "drank", "soup"} <= set(head.words.terms)
    assert not {f"die {i}" for i in range(10)} & set(head.words.terms)


def test_train_command_reports_a_missing_file() -> None:
    out = io.StringIO()
    assert train_main(["no-such-file.csv"], out=out) == 2
    assert "no such file" in out.getvalue()


def test_a_plain_retrain_keeps_the_shipped_thresholds() -> None:
    # `lantern safety-train` writes the defaults unless told otherwise: if they drift from the
    # shipped heads (0.70 against 0.60 once), a routine retrain silently moves the bar.
    assert load_head().threshold == DEFAULT_THRESHOLD
    lexical_head = load_lexical_head()
    assert lexical_head.threshold == LEXICAL_THRESHOLD
    assert lexical_head.uncued_threshold == LEXICAL_UNCUED_THRESHOLD
