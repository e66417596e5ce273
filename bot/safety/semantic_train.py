"""Train the learned stages on labelled messages: the semantic stage's classifier head
(``semantic_head``, over sentence embeddings and words) and the lexical stage's head
(``lexical``, over words alone).

A maintainer's tool, run by ``lantern safety-train``: it needs scikit-learn (the ``dev``
extra), which the bot itself never imports. Training data are the labelled CSVs given
(the development set and the fresh sets by default) plus the shipped anchors. A row that must
escalate (medium or above) teaches its category and severity; "low" rows and hard negatives
teach "none", which is what the stage must answer for them.

The held-out set (``holdout.csv``) is refused: it exists to measure the detector on messages
it was never fitted to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.safety.evaluation import load_rows
from bot.safety.learned import model_text
from bot.safety.lexical import LexicalHead, SparseLayer
from bot.safety.minilm import MiniLM
from bot.safety.model import Category, Severity
from bot.safety.semantic import Anchor, load_anchors
from bot.safety.semantic_head import DEFAULT_THRESHOLD, SEVERITIES, Head, Layer
from bot.safety.semantic_words import WordFeatures, analyze

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "safety"
DEFAULT_SETS = (
    "devset.csv",
    "fresh_a.csv",
    "fresh_b.csv",
    "fresh_c.csv",
    "fresh_d.csv",
    "fresh_e.csv",
    "fresh_f.csv",
    "fresh_h.csv",
    "fresh_i.csv",
    "fresh_j.csv",
    "fresh_k.csv",
    "fresh_l.csv",
    "fresh_m.csv",
    "fresh_p.csv",
    "fresh_q.csv",
    "fresh_r.csv",
    "fresh_s.csv",
    "fresh_u.csv",
    "fresh_v.csv",
    "fresh_w.csv",
    "fresh_x.csv",
    "fresh_aa.csv",
    "fresh_ab.csv",
    "fresh_ad.csv",
    "fresh_ae.csv",
    "fresh_ag.csv",
    "fresh_ah.csv",
    "fresh_ai.csv",
    "fresh_aj.csv",
    "fresh_ak.csv",
    "fresh_am.csv",
    "fresh_an.csv",
    "fresh_ao.csv",
    "fresh_aq.csv",
    "fresh_ar.csv",
    "fresh_au.csv",
    "fresh_av.csv",
    "fresh_ax.csv",
    "fresh_ay.csv",
    "fresh_az.csv",
    "fresh_bc.csv",
    "fresh_bd.csv",
    "fresh_bf.csv",
    "fresh_bg.csv",
    "fresh_bi.csv",
    "fresh_bk.csv",
    "fresh_bm.csv",
    "fresh_bn.csv",
    "fresh_bp.csv",
    "fresh_bq.csv",
    "fresh_br.csv",
    "fresh_bs.csv",
    "fresh_bu.csv",
    "fresh_bv.csv",
    "fresh_bw.csv",
    "fresh_bx.csv",
    "fresh_cb.csv",
    "fresh_cc.csv",
    "fresh_cd.csv",
    "fresh_cf.csv",
    "fresh_cg.csv",
    "fresh_ci.csv",
    "fresh_cj.csv",
    "hard_negatives_n.csv",
    "hard_negatives_t.csv",
    "ordinary_chat.csv",
    "ordinary_chat_g.csv",
    "ordinary_chat_y.csv",
    "ordinary_chat_z1.csv",
    "ordinary_chat_z2.csv",
    "ordinary_chat_z3.csv",
    "ordinary_chat_ac.csv",
    "ordinary_chat_af.csv",
    "ordinary_chat_ap.csv",
    "ordinary_chat_as.csv",
    "ordinary_chat_ba.csv",
    "ordinary_chat_be.csv",
    "ordinary_chat_bh.csv",
    "ordinary_chat_bz.csv",
    "ordinary_chat_ca.csv",
    "ordinary_chat_ce.csv",
    "ordinary_chat_ch.csv",
)
# fresh_o.csv (long posts) is an evaluation set only: its filler sentences come from one shared
# pool and sit mostly in its risky rows, so a word model would learn the filler as risk.
# fresh_al.csv, fresh_at.csv and fresh_aw.csv (realistic weeks of messages) are kept out too,
# as sets no head has seen. fresh_bf.csv, fresh_bg.csv and ordinary_chat_bh.csv joined once
# fresh sets BI and BK had (a head trained with the first three alone flagged 5 of the
# generalisation test's 56 hand-written negatives, over its ceiling of 4; with all five, 4).
# fresh_bj.csv and fresh_bo.csv (realistic weeks) and ordinary_chat_bl.csv are kept out: they
# checked the thresholds below, and the retrain with BM and BN, on messages no head had seen.
# fresh_bt.csv (an older adults' week) is kept out likewise; BR, BS and BU joined with it.
# fresh_by.csv (a week of members writing English as a second language) is kept out too; BV,
# BW and BX joined with it.
# fresh_ck, cl, cm, cn and cp (veterans, LGBTQ+ young adults, older adults, healthcare workers,
# English as a second language) and ordinary_chat_co and cq are kept out: the rules were mined
# from them, and a head retrained with them (45,326 examples) cried wolf more: 9 of the
# generalisation test's 56 hand-written negatives (ceiling 6), 50 false alarms on the 1,327 hard
# negatives of the sets above where the shipped head raises 47 (recall 94.1 against 94.0%), and
# 10 of ordinary chat BL's 800 against 8. Leaving out any one of the seven moved those counts by
# as much as adding all of them: the word model has stopped gaining from more weeks.
# fresh_cr, cs and ct (probation and parole, perinatal, hospitality workers) and
# ordinary_chat_cu are evaluation sets only: written after this session's rules and scored once
# at its end, nothing learned from them.
# fresh_cv and fresh_cw (probes written to be hard for rules: indirect, slang, buried in
# everyday talk, someone else in danger; CW in ten voices from teenagers to veterans, each with
# hard negatives) are kept out too: rules were written from their misses. CW was first scored
# before any rule was written from it: 332 of its 360 must-escalate rows escalated with
# `assess`, and 13 of its 240 hard negatives did. fresh_cx (message shapes hard for rules: risk
# buried in long posts, voice-to-text, thread replies, euphemism, community slang) is kept out
# likewise; first scored before any rule was written from it: 327 of 360 escalated, 11 of 240
# hard negatives. fresh_cy (ten more voices: members on methadone or buprenorphine, chronic pain,
# sober-living houses, shelters, grief, athletes, night-life workers, truckers, students, gamers)
# is an evaluation set only, like fresh_cr: no rule was written from it (one row was seen, in a
# comparison's output). First
# scored at the end of the session that wrote CX: 343 of 360 escalated, 10 of 240 hard
# negatives, exactly as with that session's starting rules.
# fresh_cz (ten more voices: trades, farmers, first responders, family members, gambling,
# neurodivergent members, a faith community, remote tech workers, eating disorders, fishermen)
# is an evaluation set only, written by a helper who read none of the project's data; no row of
# it was read. First scored at the end of the session that wrote it: 337 of 360 escalated (the
# same with that session's starting code), 10 of 240 hard negatives.
# fresh_da (ten more voices: gig drivers, single dads, meth and cocaine recovery, texting in
# fragments, rural members, musicians, military spouses, carers of a sick parent, chronic
# illness, college students) is an evaluation set only, written by a helper who read none of
# the project's data; no row of it was read. First scored early in the session that wrote it:
# 345 of 360 escalated (the same with that session's starting code), 8 of 240 hard negatives.
SEALED = "holdout.csv"
# Inverse regularisation strength. Chosen by leaving out each of fresh sets C, D and F in
# turn: 32 beat 8 and 2 on all three (by 0 to 2 points of recall at the same false alarms).
REGULARISATION = 32.0
# The lexical stage's inverse regularisation strength and thresholds (cued, uncued): chosen
# by leaving out each fresh set in turn (C, D, F, H to M, P to S, U to X; the rest trained the
# head, with half of each ordinary-chat set Y and Z1-Z3), and by the false alarms on the other
# halves of Y and Z1-Z3 (trained on one half, measured on the other, both ways). Pooled
# strict / any / false alarms on the fresh sets' hard negatives, then on ordinary chat:
# C=64 with 0.60/0.80 gave 79.4/88.1/3.7% and 1.8%; C=128: 79.8/88.6/3.8% and 2.0%; C=32:
# 79.2/87.5/3.5% and 1.75%; 0.70/0.90: 77.4/85.7/3.4% and 1.5%; ordinary chat counted three
# times: 79.5/88.2/3.6% and 1.8%. Without the ordinary chat: 80.2/88.9/4.3% and 3.3%.
# The cued threshold was then lowered to 0.50, leaving out in turn fresh sets AG, AH, AI, AE,
# W, V and AB, each with one ordinary-chat set (AC, AF, Z3, Y, Z1, Z2, G), the rest training
# the head: strict / any / false alarms on hard negatives / escalations on ordinary chat were
# 78.4/86.3/3.8%/1.33% at 0.60, 79.1/87.3/4.0%/1.49% at 0.50, and 79.8/88.1/4.0%/1.67% at
# 0.45 with 0.75 uncued (more ordinary chat paged than a point of recall is worth here).
# With fresh sets AJ-AR and ordinary chat AP and AS in training, C was chosen again, leaving
# out in turn AJ, AK, AM, AN, AO, AQ and AR, each with an ordinary-chat set: C=64 gave
# 84.9/93.3/3.0% and 0.96% of ordinary chat, flagging 4.7 of the generalisation test's 56
# negatives per fold; C=32 gave 84.5/93.0/2.7%, 0.88% and 3.6: nearly the same recall for
# fewer false alarms everywhere, so 32.
# With fresh sets AU-BD and ordinary chat BA and BE written, the thresholds were chosen again,
# leaving out in turn AU, AV, AX, AY, AZ, BC and BD, each with an ordinary-chat set (BE, BA,
# AP, AS, BE, BA, Z2), the rest training the head. Strict / any / false alarms on hard
# negatives / escalations on ordinary chat: C=32 with 0.50/0.80 gave 86.7/94.0/3.2%/1.32%;
# 0.45/0.85 gave 87.2/94.5/3.0%/1.18%, better on all four; 0.45/0.80 87.3/94.6/3.2%/1.27%;
# C=16 with 0.50/0.80 86.5/93.9/2.8%/1.09% and with 0.40/0.80 87.7/95.0/3.4%/1.36%.
# With BF to BK in training, the head trained on all of it was checked on fresh set BJ and
# ordinary chat BL, both unseen: 0.45/0.85 gave 83.0/93.0/5.6%/1.50%; 0.40/0.85
# 83.5/93.5/6.1%/1.88%; 0.50/0.85 82.5/91.5/5.0%/1.38%; 0.55/0.85 82.0/91.0/5.0%/1.00%.
# Each step trades about as much recall as it saves false alarms (one row of BJ is 0.5 points
# of recall, 0.56 of false alarms), so the thresholds stayed.
# Adding fresh sets BM and BN changed the unseen sets by a row or so: BO 88.0 -> 88.0% any,
# 5.0 -> 5.0% false alarms; BJ 93.0 -> 92.5%, 5.6 -> 6.1%; ordinary chat BL 1.50 -> 1.38%.
# Adding BP and BQ (hinted self-harm, suicide, violence and abuse): BO 88.5 -> 90.0% any, 5.0 ->
# 5.0%; BJ 92.5 -> 92.5%, 6.1 -> 5.6%; BL 1.38 -> 1.12% (with the rules of that day).
# With BV, BW and BX written, the uncued threshold was chosen again by five-fold
# cross-validation over the training files (risky sets and ordinary-chat sets each held out
# by file, the head retrained per fold): strict / any / false alarms on hard negatives / on
# ordinary chat were 87.12/94.10/3.18%/1.13% at 0.85, 87.38/94.39/3.20%/1.18% at 0.80,
# 87.56/94.59/3.23%/1.25% at 0.75 and 87.87/94.93/3.33%/1.42% at 0.65. Lowering the cued
# threshold instead cost more false alarms for the same recall (0.40: 94.42% any, 3.44%);
# C=16 at 0.75 gave 94.37/3.05%/1.21%. A message with no risk cue that still reads as risky
# is mostly a hinted disclosure, and missing one costs more than one more page per ~800
# ordinary messages: 0.75. With ordinary chat BZ and CA in training and messages under four
# words left to the rules (lexical.MIN_WORDS), the same folds gave 94.39/3.24%/1.19% at 0.75,
# 94.54/3.27%/1.26% at 0.70, 94.64/3.32%/1.28% at 0.65 and 94.84/3.35%/1.37% at 0.60; the
# hand-written negatives of test_generalisation flagged 6, 8 and 9 of 56 at 0.75, 0.70 and
# 0.65. Each step lower pages more innocuous messages for a few tenths of recall: 0.75 stayed.
# With fresh weeks CB to CJ and ordinary chat CE and CH in training (41,650 examples; folds by
# file over every training set): 87.72/94.80/2.75%/1.00% at 0.75, 87.83/94.93/2.78%/1.05% at
# 0.70, 87.94/95.06/2.80%/1.10% at 0.65; a cued threshold of 0.40 instead: 88.02/95.17/3.06%/
# 1.19%. On the eval-only sets 0.65 moved pooled recall 94.0 -> 94.1% and false alarms on hard
# negatives 3.6 -> 3.7% (ordinary chat BL 8 -> 10 of 800): 0.75 stayed.
LEXICAL_REGULARISATION = 32.0
LEXICAL_THRESHOLD = 0.45
LEXICAL_UNCUED_THRESHOLD = 0.75
# A word or word pair becomes a feature when this many training messages contain it: rarer
# ones would only memorise single messages.
MIN_MESSAGES = 2


@dataclass(frozen=True, slots=True)
class Example:
    """One training message with what the stage should answer for it."""

    text: str
    category: Category  # NONE unless the message must escalate
    severity: Severity  # medium or above for risky examples, else NONE


def default_sets() -> list[Path]:
    """The labelled CSVs that exist among :data:`DEFAULT_SETS`."""
    return [DATA / name for name in DEFAULT_SETS if (DATA / name).exists()]


def examples(paths: Sequence[Path], anchors: Sequence[Anchor]) -> list[Example]:
    """Training examples from labelled CSVs and anchors; ValueError on the sealed set."""
    found: list[Example] = []
    for path in paths:
        if Path(path).name == SEALED:
            raise ValueError(f"{SEALED} is the sealed evaluation set: never train on it")
        for row in load_rows(path):
            found.append(_example(row.text, row.category, row.min_severity))
    found.extend(_example(a.text, a.category, a.severity) for a in anchors)
    return found


def _example(text: str, category: Category, severity: Severity) -> Example:
    if category is Category.NONE or severity < Severity.MEDIUM:
        return Example(text, Category.NONE, Severity.NONE)
    return Example(text, category, severity)


def train(
    encoder: MiniLM,
    training: Sequence[Example],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    regularisation: float = REGULARISATION,
) -> Head:
    """Fit the category and severity layers on the encoder's embeddings and the word
    features of ``training``."""
    import numpy as np

    texts = _texts(training)
    words = _word_features(texts)
    embeddings = encoder.encode(texts)
    vectors = np.hstack([embeddings, np.vstack([words.vector(text) for text in texts])])
    category, severity = _fit(vectors, training, regularisation)
    return Head(category=category, severity=severity, threshold=threshold, words=words)


def _texts(training: Sequence[Example]) -> list[str]:
    """What the learned stages read of each training message."""
    from bot.safety.normalize import normalize

    return [model_text(normalize(e.text).text) or "." for e in training]


def _fit(features: Any, training: Sequence[Example], regularisation: float) -> tuple[Layer, Layer]:
    """The category layer (fitted on every row of ``features``) and the severity layer
    (fitted on the risky rows), rows ordered as the heads expect."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression  # dev extra only

    categories = np.array([e.category.value for e in training])
    risky = categories != Category.NONE.value
    if len(set(categories[risky])) < 2 or not risky.any() or risky.all():
        raise ValueError("training needs benign examples and risky ones of several categories")
    category = LogisticRegression(C=regularisation, max_iter=5000).fit(features, categories)
    severities = np.array([e.severity.value for e in training])[risky]
    severity = LogisticRegression(C=regularisation, max_iter=5000).fit(features[risky], severities)
    order = [s.value for s in SEVERITIES if s.value in set(severity.classes_)]
    return _layer(category, list(category.classes_)), _layer(severity, order)


def _vectoriser(texts: Sequence[str]) -> Any:
    """A TF-IDF vectoriser fitted to ``texts`` (terms in at least ``MIN_MESSAGES`` of them)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # dev extra only

    vectoriser = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=MIN_MESSAGES)
    return vectoriser.fit(texts)


def _word_features(texts: Sequence[str]) -> WordFeatures:
    """The vocabulary and IDF of ``texts``, as the sentence-model head reads them."""
    vectoriser = _vectoriser(texts)
    terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
    return WordFeatures(tuple(terms), tuple(float(w) for w in vectoriser.idf_))


def train_lexical(
    training: Sequence[Example],
    *,
    threshold: float = LEXICAL_THRESHOLD,
    uncued_threshold: float = LEXICAL_UNCUED_THRESHOLD,
    regularisation: float = LEXICAL_REGULARISATION,
) -> LexicalHead:
    """Fit the lexical stage's category and severity layers on the word features of
    ``training`` (no sentence model needed)."""
    texts = _texts(training)
    vectoriser = _vectoriser(texts)
    terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
    category, severity = _fit(vectoriser.transform(texts), training, regularisation)
    return LexicalHead(
        terms=tuple(terms),
        idf=tuple(float(w) for w in vectoriser.idf_),
        category=_sparse_layer(category),
        severity=_sparse_layer(severity),
        threshold=threshold,
        uncued_threshold=uncued_threshold,
    )


def _sparse_layer(layer: Layer) -> SparseLayer:
    """A fitted :class:`Layer` as plain tuples, for the lexical stage."""
    return SparseLayer(
        layer.labels,
        tuple(tuple(float(w) for w in row) for row in layer.weights),
        tuple(float(b) for b in layer.bias),
    )


def _layer(model: object, labels: list[str]) -> Layer:
    """A fitted multinomial LogisticRegression as a :class:`Layer`, rows in ``labels`` order."""
    import numpy as np

    classes = [str(c) for c in model.classes_]  # type: ignore[attr-defined]
    coef = np.asarray(model.coef_, dtype=np.float32)  # type: ignore[attr-defined]
    intercept = np.asarray(model.intercept_, dtype=np.float32)  # type: ignore[attr-defined]
    if len(classes) == 2:
        # scikit-learn stores one row for two classes: scores (0, w) give the same softmax.
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        intercept = np.array([0.0, intercept[0]], dtype=np.float32)
    rows = [classes.index(label) for label in labels]
    return Layer(tuple(labels), coef[rows], intercept[rows])


def train_default(paths: Sequence[Path] | None = None) -> tuple[Head, LexicalHead, int]:
    """Train both learned stages on ``paths`` (default: :func:`default_sets`) and the anchors:
    the sentence model's head, the lexical head and the number of examples."""
    training = examples(list(paths) if paths else default_sets(), load_anchors())
    lexical = train_lexical(training)
    return train(MiniLM.from_package(), training), lexical, len(training)
