"""Risk detection for peer-support chat: ``assess(text)`` -> ``Assessment``.

Pure Python, no Discord. Deterministic and synchronous; never raises on any ``str``.

Severity policy
---------------
``critical``
    Imminent danger: a plan, means or a time ("the pills are counted out", "tonight"); a
    suicide attempt or overdose in progress, including someone else's ("he won't wake up");
    a threat with means ("gun's loaded, I know where he parks"); abuse happening now.
``high``
    Active suicidal thoughts, self-harm, use or relapse now or today, threats of violence,
    threats by an abuser.
``medium``
    A recent relapse disclosure ("slipped on saturday"), passive ideation ("everyone would be
    better off without me"), hopelessness, recent abuse, self-harm urges.
``low``
    Worth noting, not paging: strong cravings, worry about someone else, an urge that was
    handled, fear of one's own impulses.
``none``
    Nothing found, or every match was cancelled by context.

An assessment escalates (``escalate``) at medium or above, and then always carries at least
one reason. Its category is that of its most severe surviving reason.

Context is judged per clause: negation ("I'm not going to drink"), past ("I used to cut"),
hypothetical or fear ("what if I slip"), someone else ("my friend said she wants to die" is a
worry, low), idiom ("this craving is killing me"), topic ("we learned about overdose signs")
and quotes (Discord ``> `` lines are someone else's words); a goodbye with an everyday reason
beside it ("switching to the tuesday group") is no farewell. Suppression is per category: a
conditional threat still escalates, and someone else's overdose in progress is critical
(dated, "my cousin OD'd on saturday", it is a medium alert).

After the rules, the **lexical stage** (``lexical``: a linear classifier over the message's
words and word pairs, trained on the labelled sets, pure Python) may raise a message the rules'
phrasings miss, with a ``lexical.classifier`` reason naming the words that weighed most. It
never lowers a verdict, never relabels an alert the rules raise, and never raises a category
whose rule matched and was lowered by context. ``Engine(lexical=False)`` is the rules alone.

Modules: model (types), charmap/normalize/vocab/lexicon (text), patterns/rules/events (the
rules: particular phrasings, and general events built from vocabularies),
cues/context/policy (modifiers), keys/prefilter/gating/commonness/engine (the pipeline),
learned/lexical (the lexical stage, and what it shares with the sentence-model stage),
semantic/semantic_gate/semantic_head/semantic_words/minilm
(the optional sentence-model stage, run by the bot in a worker thread), semantic_train
(training both learned stages), evaluation/cli (measuring).
"""

from bot.safety.engine import Engine, assess
from bot.safety.model import Assessment, Category, Reason, Severity
from bot.safety.semantic import SemanticStage

__all__ = [
    "Assessment",
    "Category",
    "Engine",
    "Reason",
    "SemanticStage",
    "Severity",
    "assess",
]
