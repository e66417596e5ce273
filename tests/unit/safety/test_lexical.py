"""The lexical stage inside ``assess``: its head's arithmetic, its file, and how it may (and
may not) change the rules' verdict."""

from __future__ import annotations

import io
import json
import math
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from bot.safety import assess, lexical
from bot.safety.cli import explain_main
from bot.safety.engine import Engine
from bot.safety.lexical import (
    LEXICAL_FILE,
    RULE_ID,
    LexicalHead,
    LexicalReason,
    LexicalStage,
    SparseLayer,
    load_lexical_head,
    save_lexical_head,
    shipped_stage,
)
from bot.safety.model import Assessment, Category, Reason, Severity
from bot.safety.semantic_train import Example, train_lexical
from bot.safety.semantic_words import analyze
from tests.unit.safety.json_strings import strings_in

NO_CUE = "the soup was lovely"  # no risk or distress cue (semantic_gate)


def _toy_head(threshold: float = 0.5, uncued: float = 0.9) -> LexicalHead:
    """Four words: "gone" leans to suicide (critical), "drank" to relapse, "soup" to none;
    "lovely" to nothing."""
    terms = ("gone", "drank", "soup", "lovely")
    category = SparseLayer(
        ("none", "relapse", "suicide"),
        ((0.0, 0.0, 4.0, 0.0), (0.0, 4.0, 0.0, 0.0), (4.0, 0.0, 0.0, 0.0)),
        (1.5, 0.0, 0.0),
    )
    severity = SparseLayer(
        ("medium", "high", "critical"),
        ((0.0, 1.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0), (2.0, 0.0, 0.0, 0.0)),
        (0.0, 0.0, 0.0),
    )
    return LexicalHead(terms, (1.0, 1.5, 1.2, 2.0), category, severity, threshold, uncued)


def _risk(head: LexicalHead, text: str) -> float:
    """The risk the head computes for ``text`` (a verdict carries it at any threshold)."""
    return head.judge(text, lambda _: True).risk


def _features(head: LexicalHead, text: str) -> dict[int, float]:
    """The unit-length TF-IDF vector of ``text``, sublinear term frequency, as the
    vectoriser computes it in training: term index -> value."""
    index = {term: i for i, term in enumerate(head.terms)}
    counts = Counter(index[term] for term in analyze(text) if term in index)
    values = {term: (1.0 + math.log(count)) * head.idf[term] for term, count in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values()))
    return {term: value / norm for term, value in values.items()} if norm else {}


def _softmax_risk(head: LexicalHead, text: str) -> float:
    """Risk computed the long way: full scores from the TF-IDF features, then softmax."""
    features = _features(head, text)
    scores = [
        bias + sum(value * row[term] for term, value in features.items())
        for row, bias in zip(head.category.weights, head.category.bias, strict=True)
    ]
    exps = [math.exp(s) for s in scores]
    return 1.0 - exps[head.category.labels.index("none")] / sum(exps)


@pytest.mark.parametrize(
    "text", ["gone", "drank drank drank soup", "soup", "lovely soup gone gone", "nothing known"]
)
def test_risk_matches_the_softmax_of_the_full_scores(text: str) -> None:
    head = _toy_head()
    assert _risk(head, text) == pytest.approx(_softmax_risk(head, text), abs=1e-9)


def test_head_picks_category_and_severity_and_caps_relapse() -> None:
    head = _toy_head()
    gone = head.judge("gone", lambda _: True)
    assert (gone.category, gone.severity) == (Category.SUICIDE, Severity.CRITICAL)
    drank = head.judge("drank", lambda _: True)
    assert drank.category is Category.RELAPSE
    assert drank.severity <= Severity.HIGH
    assert not head.judge("soup", lambda _: True).risky


def test_a_message_without_a_cue_must_clear_the_stricter_bar() -> None:
    head = _toy_head(threshold=0.5, uncued=0.99)
    risk = _risk(head, "gone")
    assert 0.5 <= risk < 0.99
    asked: list[str] = []

    def no_cue(text: str) -> bool:
        asked.append(text)
        return False

    assert not head.judge("gone", no_cue).risky
    assert head.judge("gone", lambda _: True).risky
    assert asked == ["gone"]
    # Below the cued bar the cue test is not even run.
    asked.clear()
    assert not head.judge("soup", no_cue).risky
    assert asked == []


def test_head_round_trips_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "lexical.json"
    save_lexical_head(_toy_head(0.6, 0.8), path)
    loaded = load_lexical_head(path)
    assert (loaded.threshold, loaded.uncued_threshold) == (0.6, 0.8)
    for text in ("gone", "drank soup", "lovely"):
        assert _risk(loaded, text) == pytest.approx(_risk(_toy_head(), text), abs=1e-5)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format=9),
        lambda d: d["category"].update(labels=["suicide", "relapse", "gambling"]),
        lambda d: d["category"].update(labels=["relapse", "suicide", "abuse"]),
        lambda d: d["severity"].update(labels=["low", "high", "critical"]),
        lambda d: d["category"].update(bias=[0.0]),
        lambda d: d.update(idf=[1.0]),
        lambda d: d.update(threshold=0.95),
        lambda d: d["severity"].update(weights=[[0.0], [0.0], [0.0]]),
    ],
)
def test_a_damaged_file_is_refused(tmp_path: Path, damage: object) -> None:
    data = _toy_head().to_json()
    damage(data)  # type: ignore[operator]
    path = tmp_path / "lexical.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="lexical head"):
        load_lexical_head(path)


def test_the_shipped_head_covers_every_category_and_holds_no_text() -> None:
    head = load_lexical_head()
    assert set(head.category.labels) == {c.value for c in Category}
    assert head.severity.labels == ("medium", "high", "critical")
    # A cued message may page a little below even odds (chosen for recall), never far below.
    assert 0.4 <= head.threshold <= head.uncued_threshold < 1.0
    data = json.loads(LEXICAL_FILE.read_text(encoding="utf-8"))
    labels = {c.value for c in Category} | {s.value for s in Severity}
    strings = set(strings_in(data))
    # Besides labels, only single words and word pairs: no training message is carried.
    assert strings <= labels | set(head.terms)
    assert all(len(term.split()) <= 2 for term in head.terms)


def _stage(head: LexicalHead | None = None) -> LexicalStage:
    """The stage over ``head`` (the toy head by default), reading messages of any length."""
    return LexicalStage(head or _toy_head(0.5, 0.5), min_words=1)


def _engine(head: LexicalHead | None = None) -> Engine:
    return Engine(lexical=_stage(head))


def test_the_stage_raises_what_the_rules_miss_and_says_why() -> None:
    result = _engine().assess("Gone lovely")
    assert result.escalate
    assert (result.category, result.severity) == (Category.SUICIDE, Severity.CRITICAL)
    reason = result.reasons[0]
    assert isinstance(reason, LexicalReason)
    assert reason.rule_id == RULE_ID
    assert reason.span == (0, len("Gone lovely"))
    assert reason.terms[0] == "gone"
    assert reason.probability >= 0.5


def _lowered(category: Category, modifier: str) -> Assessment:
    """What the rules answer when a rule of ``category`` matched and ``modifier`` lowered it."""
    reason = Reason(
        f"{category.value}.x", category, (0, 5), frozenset({modifier}), Severity.NONE, Severity.HIGH
    )
    return Assessment(Category.NONE, Severity.NONE, (reason,))


def test_the_stage_defers_to_context_the_rules_found_for_that_category() -> None:
    stage = _stage()
    # The toy head reads "gone" as suicide; the rules read a suicide phrase as past.
    judged = _lowered(Category.SUICIDE, "past")
    assert stage.refine("gone", "gone", judged) is judged


def test_context_lowering_one_category_leaves_the_others_to_the_stage() -> None:
    stage = _stage()
    # Someone else's drinking, lowered by the rules, says nothing about the suicide risk.
    result = stage.refine("gone", "gone", _lowered(Category.RELAPSE, "other_person"))
    assert (result.category, result.severity) == (Category.SUICIDE, Severity.CRITICAL)
    assert result.reasons[0].rule_id == RULE_ID


def test_the_stage_never_relabels_or_lowers_an_alert() -> None:
    stage = _stage()
    rule = Reason(
        "relapse.x", Category.RELAPSE, (0, 4), frozenset(), Severity.MEDIUM, Severity.MEDIUM
    )
    alert = Assessment(Category.RELAPSE, Severity.MEDIUM, (rule,))
    # The head reads "gone" as suicide: another category than the rules' alert.
    assert stage.refine("gone", "gone", alert) is alert
    critical = Assessment(
        Category.OVERDOSE, Severity.CRITICAL, (replace(rule, severity=Severity.CRITICAL),)
    )
    assert stage.refine("soup", "soup", critical) is critical


def test_messages_of_a_few_words_are_left_to_the_rules() -> None:
    # Two or three words give a word model too little to weigh: by default the stage reads
    # messages of MIN_WORDS words or more.
    stage = LexicalStage(_toy_head(0.5, 0.5))
    assert lexical.MIN_WORDS == 4
    assert not Engine(lexical=stage).assess("Gone lovely").escalate
    assert Engine(lexical=stage).assess("gone gone lovely lovely").escalate


# With the toy head at a bar of 0.5: the second sentence alone has a risk of 0.93, the whole
# message 0.43 (it leans risky), and 0.30 with one more "soup" (it does not).
DILUTED = "soup lovely lovely lovely lovely lovely. gone gone gone gone gone gone."


def test_a_risky_sentence_diluted_by_an_ordinary_one_is_read_alone() -> None:
    head = _toy_head(0.5, 0.5)
    assert lexical.LEANING <= _risk(head, DILUTED) < 0.5
    result = Engine(lexical=LexicalStage(head)).assess(DILUTED)
    assert (result.category, result.severity) == (Category.SUICIDE, Severity.CRITICAL)
    reason = result.reasons[0]
    assert isinstance(reason, LexicalReason)
    assert reason.span == (0, len(DILUTED))  # the alert is about the whole message
    assert reason.terms[0] == "gone"
    assert reason.probability >= lexical.SENTENCE_RISK


def test_sentences_are_read_alone_only_when_the_message_leans_risky() -> None:
    head = _toy_head(0.5, 0.5)
    ordinary_first = DILUTED.replace("soup lovely", "soup soup", 1)
    assert _risk(head, ordinary_first) < lexical.LEANING
    assert not Engine(lexical=LexicalStage(head)).assess(ordinary_first).escalate


def test_short_sentences_are_not_read_alone() -> None:
    # A few words give the head too little to weigh, here as in a whole message.
    head = _toy_head(0.5, 0.5)
    short = "soup lovely lovely lovely lovely lovely. gone gone gone gone gone."
    assert lexical.LEANING <= _risk(head, short) < 0.5
    assert _risk(head, "gone gone gone gone gone.") >= lexical.SENTENCE_RISK
    assert lexical.SENTENCE_WORDS > 5
    assert not Engine(lexical=LexicalStage(head)).assess(short).escalate


def test_the_shipped_stage_reads_a_risky_sentence_after_an_ordinary_one() -> None:
    message = "work was long but fine. the rope is in the trunk of my car now."
    assert not Engine(lexical=False).assess(message).reasons  # no rule reads it
    result = assess(message)
    assert (result.category, result.severity) == (Category.SUICIDE, Severity.CRITICAL)
    assert result.reasons[0].rule_id == RULE_ID


def test_quote_lines_are_someone_elses_words() -> None:
    assert not _engine().assess("> gone\nlovely").escalate
    assert _engine().assess("lovely\ngone").escalate


def test_rules_alone_without_the_stage() -> None:
    assert not Engine(lexical=False).assess("Gone lovely").escalate
    assert Engine(lexical=False).lexical is None


def test_a_failing_stage_keeps_the_rules_verdict(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(LexicalStage):
        def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
            raise RuntimeError("boom")

    engine = Engine(lexical=Broken(_toy_head()))
    assert engine.assess("I have the pills counted out for tonight").severity is Severity.CRITICAL
    assert engine.assess(NO_CUE) == Assessment(Category.NONE, Severity.NONE, ())
    assert "failed" in caplog.text


# Passive ideation in words no rule looks for (if a retrained head misses it, the test says so).
UNRULED = "wouldnt mind not wakin up tbh"


def test_the_shipped_stage_is_part_of_assess() -> None:
    assert shipped_stage() is not None
    result = assess(UNRULED)
    assert result.escalate, result
    assert any(reason.rule_id == RULE_ID for reason in result.reasons)
    assert not Engine(lexical=False).assess(UNRULED).escalate


def test_explain_names_the_telling_words() -> None:
    out = io.StringIO()
    assert explain_main(UNRULED, out=out) == 0
    assert RULE_ID in out.getvalue()
    assert "telling words" in out.getvalue()
    rules = io.StringIO()
    assert explain_main(UNRULED, rules_only=True, out=rules) == 0
    assert "no alert" in rules.getvalue()


def test_training_learns_a_separable_toy_problem() -> None:
    training = (
        [Example(f"i want to die {i}", Category.SUICIDE, Severity.HIGH) for i in range(12)]
        + [Example(f"i drank again {i}", Category.RELAPSE, Severity.MEDIUM) for i in range(12)]
        + [Example(f"made soup {i}", Category.NONE, Severity.NONE) for i in range(12)]
    )
    head = train_lexical(training, threshold=0.5, uncued_threshold=0.5)
    assert head.judge("want to die", lambda _: True).category is Category.SUICIDE
    assert head.judge("drank again", lambda _: True).category is Category.RELAPSE
    assert not head.judge("made soup", lambda _: True).risky
    # Terms in at least two training messages became features; single ones did not.
    assert {"die", "want to", "drank", "soup"} <= set(head.terms)
    assert not {f"die {i}" for i in range(12)} & set(head.terms)


def test_an_unusable_head_file_leaves_the_rules_alone(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> LexicalHead:
        raise OSError("no such file")

    monkeypatch.setattr(lexical, "load_lexical_head", missing)
    shipped_stage.cache_clear()
    try:
        assert shipped_stage() is None
        engine = Engine()
        assert engine.lexical is None
        assert engine.assess("I have the pills counted out for tonight").escalate
        assert not engine.assess(UNRULED).escalate
        assert "the rules run alone" in caplog.text
    finally:
        shipped_stage.cache_clear()
