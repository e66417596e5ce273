"""Where a semantic (sentence-model) stage would plug in. None ships today.

The rules are precise but only know the phrasings they were written for. A small offline
sentence model could catch paraphrases they miss. No such model is bundled in a PyPI package
that fits this project's constraints (no torch, nothing downloaded at run time), so the
engine runs without one; an implementation of this protocol can be passed to
``bot.safety.engine.Engine`` later without touching the rules.
"""

from __future__ import annotations

from typing import Protocol

from bot.safety.model import Assessment


class SemanticStage(Protocol):
    """A second opinion on a message, after the rules.

    ``refine`` receives the original text, its normalised form and the rules' assessment, and
    returns the final assessment. It should only ever add reasons (with rule ids under
    ``semantic.``) or raise severity, so that every escalation keeps a reason, and it must be
    deterministic and fast (it runs on every message when installed).
    """

    def refine(self, text: str, normalized: str, assessment: Assessment) -> Assessment:
        """Return ``assessment``, possibly raised with added ``semantic.*`` reasons."""
        ...
