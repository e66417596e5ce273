"""The optional semantic stage: the numpy MiniLM encoder, the classifier stage, wiring.

The model is loaded once for the module (a few seconds); tests that need no model (engine
wiring, the missing-extra path, the anchor file) do not touch it.
"""

from __future__ import annotations

import copy
import csv
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.safety import Assessment, Category, Engine, Reason, Severity, assess, semantic_gate
from bot.safety.evaluation import load_rows
from bot.safety.model import NO_RISK
from bot.safety.normalize import normalize
from bot.safety.semantic import (
    RULE_ID,
    ClassifierStage,
    SemanticReason,
    load_anchors,
    load_semantic_stage,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "safety"

ORDINARY = [
    "made tacos for dinner, turned out great",
    "see you all tuesday",
    "what time is group on friday?",
    "my kid's school play is tonight, so excited",
    "good morning everyone!",
    "anyone want to walk together before group?",
]
# Phrasings of risk that need no keyword a rule would look for.
RISKY_PARAPHRASES = [
    ("honestly i just want to fall asleep and not have to wake up again", Category.SUICIDE),
    ("my family would be better off if i wasn't here anymore", Category.SUICIDE),
]


@pytest.fixture(scope="module")
def stage() -> ClassifierStage:
    """The real stage, loaded once (model from its package, anchors embedded).

    `make` installs the `semantic` extra, so a missing model is a broken install: fail, never
    skip. (Running without the extra is covered by the tests that stub the loader.)
    """
    loaded = load_semantic_stage()
    assert loaded is not None, "the 'semantic' extra is not installed (pip install -e .[semantic])"
    return loaded


# ---------------------------------------------------------------- encoder --------------------


def test_encoder_gives_unit_vectors_of_size_384(stage: ClassifierStage) -> None:
    import numpy as np

    vectors = stage.encoder.encode(["hello there", "a much longer sentence about the weather"])
    assert vectors.shape == (2, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_encoder_is_deterministic_and_batch_independent(stage: ClassifierStage) -> None:
    import numpy as np

    texts = ["i feel fine", "the bus was late again this morning", "ok"]
    first = stage.encoder.encode(texts)
    again = stage.encoder.encode(texts)
    alone = np.stack([stage.encoder.encode([text])[0] for text in texts])
    assert np.array_equal(first, again)
    # Padding inside a batch must not change a sentence's vector.
    assert np.allclose(first, alone, atol=1e-5)


def test_encoder_matches_published_similarities(stage: ClassifierStage) -> None:
    """The sentence-transformers documentation gives these cosines for this model."""
    vectors = stage.encoder.encode(
        ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    )
    similarity = vectors @ vectors.T
    assert similarity[0, 1] == pytest.approx(0.6660, abs=2e-3)
    assert similarity[0, 2] == pytest.approx(0.1046, abs=2e-3)
    assert similarity[1, 2] == pytest.approx(0.1411, abs=2e-3)


def test_paraphrase_is_closer_than_unrelated(stage: ClassifierStage) -> None:
    anchor, paraphrase, unrelated = stage.encoder.encode(
        [
            "i don't want to be alive anymore",
            "i'm done living, i want it all to stop",
            "the potluck is at six, bring a dish",
        ]
    )
    assert float(anchor @ paraphrase) > float(anchor @ unrelated) + 0.3


def test_long_input_is_truncated_not_rejected(stage: ClassifierStage) -> None:
    ids = stage.encoder.token_ids(["word " * 2000])[0]
    assert len(ids) == stage.encoder.max_tokens
    assert stage.encoder.encode(["word " * 2000]).shape == (1, 384)


# ---------------------------------------------------------------- stage ----------------------


@pytest.mark.parametrize(("text", "category"), RISKY_PARAPHRASES)
def test_stage_raises_a_risky_paraphrase_the_rules_missed(
    stage: ClassifierStage, text: str, category: Category
) -> None:
    # The rules' verdict is given as "nothing found", whatever the rules do today.
    refined = stage.refine(text, normalize(text).text, NO_RISK)
    assert refined.escalate
    assert refined.category is category
    reason = refined.reasons[0]
    assert isinstance(reason, SemanticReason)
    assert reason.rule_id == RULE_ID
    assert reason.probability >= stage.threshold
    # Explained by the nearest labelled example of the category it chose.
    anchors = {anchor.text: anchor for anchor in load_anchors()}
    assert anchors[reason.anchor].category is category
    assert reason.similarity > 0


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_chat_has_no_cue_and_stays_no_risk(stage: ClassifierStage, text: str) -> None:
    assert not stage.cued(text)
    assert Engine(semantic=stage).assess(text) == NO_RISK


def test_a_risky_message_without_any_cue_word_is_still_read(stage: ClassifierStage) -> None:
    text = "swallowed the whole pack of my sleepers twenty minutes ago, feel so heavy"
    assert stage.wants(text)
    assert not stage.cued(text)
    refined = stage.refine(text, normalize(text).text, NO_RISK)
    assert refined.escalate
    # Swallowing a whole pack is an overdose in progress, or a suicide attempt in progress:
    # the head has answered each over retrainings; both are critical.
    assert refined.category in (Category.OVERDOSE, Category.SUICIDE)
    assert refined.severity is Severity.CRITICAL


def test_a_message_without_a_cue_needs_the_stricter_bar(
    stage: ClassifierStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.safety.semantic as semantic

    text = "I think I left my water bottle at group"
    normalized = normalize(text).text
    assert not stage.cued(normalized)
    vector = stage.embed(normalized)
    assert vector is not None
    risk = stage.head.judge(stage.head.features(vector, normalized), 1.1).risk
    lenient = copy.copy(stage)
    lenient.head = replace(stage.head, threshold=risk - 0.01)
    monkeypatch.setattr(semantic, "UNCUED_THRESHOLD", risk + 0.01)
    assert not lenient.refine(text, normalized, NO_RISK).escalate
    monkeypatch.setattr(semantic, "UNCUED_THRESHOLD", risk - 0.01)
    assert lenient.refine(text, normalized, NO_RISK).escalate


def test_messages_without_letters_are_left_to_the_rules(stage: ClassifierStage) -> None:
    assert not stage.wants("12:30 👍")
    assert not stage.wants("")


def test_stage_never_lowers_the_rules(stage: ClassifierStage) -> None:
    engine = Engine(semantic=stage)
    rows = load_rows(DATA / "devset.csv")
    sample = [row.text for row in rows if row.must_escalate][::3] + [
        row.text for row in rows if not row.must_escalate
    ][::6]
    for text in sample:
        rules = assess(text)
        both = engine.assess(text)
        assert both.severity >= rules.severity, text
        assert set(rules.reasons) <= set(both.reasons), text
        if both.escalate and rules.escalate:
            assert both.category is rules.category, text  # it never relabels an alert


def test_stage_respects_the_rules_context(stage: ClassifierStage) -> None:
    text = RISKY_PARAPHRASES[0][0]
    # The rules saw the risk and judged it past (suppressed): the stage must not override.
    judged = Assessment(
        Category.NONE,
        Severity.NONE,
        (
            Reason(
                "suicide.test",
                Category.SUICIDE,
                (0, 10),
                frozenset({"past"}),
                Severity.NONE,
                Severity.HIGH,
            ),
        ),
    )
    assert stage.refine(text, normalize(text).text, judged) is judged


def test_stage_ignores_quoted_lines(stage: ClassifierStage) -> None:
    text = "> " + RISKY_PARAPHRASES[1][0] + "\nthat's what my character says in the play"
    assert not stage.refine(text, normalize(text).text, NO_RISK).escalate


@pytest.mark.parametrize(
    "text",
    [
        "so proud of my 90 days, the cravings are way quieter now",
        "we practised using naloxone in group today, everyone should carry it",
        "i used to drink every day but that was years ago",
    ],
)
def test_stage_leaves_recovery_talk_alone(stage: ClassifierStage, text: str) -> None:
    assert not stage.refine(text, normalize(text).text, NO_RISK).escalate


def test_a_higher_threshold_asks_for_more_certainty(stage: ClassifierStage) -> None:
    text = normalize(RISKY_PARAPHRASES[1][0]).text
    embedding = stage.embed(text)
    assert embedding is not None
    vector = stage.head.features(embedding, text)
    risk = stage.head.judge(vector).risk
    assert replace(stage.head, threshold=min(1.0, risk + 0.01)).judge(vector).category is (
        Category.NONE
    )
    assert replace(stage.head, threshold=max(0.0, risk - 0.01)).judge(vector).risky


# ---------------------------------------------------------------- without the model ---------


class _SpyStage:
    """A stand-in stage that records what it is asked, and raises everything it sees."""

    def __init__(self, wanted: bool) -> None:
        self.wanted = wanted
        self.refined: list[str] = []

    def wants(self, text: str) -> bool:
        return self.wanted

    def cued(self, text: str) -> bool:
        return self.wanted

    def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
        self.refined.append(text)
        return Assessment(Category.SUICIDE, Severity.HIGH, assessment.reasons)


def test_engine_runs_the_stage_only_on_messages_it_wants() -> None:
    skipped, taken = _SpyStage(wanted=False), _SpyStage(wanted=True)
    assert Engine(semantic=skipped).assess("made tacos for dinner") == NO_RISK
    assert skipped.refined == []
    assert Engine(semantic=taken).assess("made tacos for dinner").severity is Severity.HIGH
    assert taken.refined == ["made tacos for dinner"]


class _BrokenStage(_SpyStage):
    """A stage that fails on every message it reads."""

    def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
        raise RuntimeError("model exploded")


def test_a_failing_stage_keeps_the_rules_verdict() -> None:
    text = "i'm going to kill myself tonight"
    assert Engine(semantic=_BrokenStage(wanted=True)).assess(text) == assess(text)
    assert assess(text).escalate


def test_engine_works_when_the_extra_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "bot.safety.minilm", None)  # import now fails
    assert load_semantic_stage() is None
    engine = Engine(semantic=load_semantic_stage())
    assert engine.assess("i'm going to kill myself tonight").escalate
    assert engine.assess("made tacos for dinner") == NO_RISK


def test_engine_works_when_the_model_package_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "all_minilm_l6_v2" else real(name, *args),
    )
    assert load_semantic_stage() is None


def test_importing_the_detector_does_not_load_the_model() -> None:
    probe = (
        "import sys, bot.safety; print('numpy' in sys.modules, 'bot.safety.minilm' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_gate_passes_obfuscated_risk_after_normalisation() -> None:
    assert semantic_gate.wants(normalize("just want to d13 honestly").text)
    assert not semantic_gate.wants("see you all tuesday")


def test_anchor_set_is_fresh_and_covers_every_category() -> None:
    anchors = load_anchors()
    assert len(anchors) >= 200
    risky = {anchor.category for anchor in anchors if anchor.risky}
    assert risky == set(Category) - {Category.NONE}
    assert sum(1 for anchor in anchors if not anchor.risky) >= 100
    labelled: set[str] = set()
    for name in ("devset.csv", "holdout.csv"):
        path = DATA / name
        if path.exists():
            with open(path, encoding="utf-8", newline="") as handle:
                labelled |= {row["text"].strip().lower() for row in csv.DictReader(handle)}
    copied = [anchor for anchor in anchors if anchor.text.lower() in labelled]
    assert not copied, f"{len(copied)} anchors copied from a labelled set"
