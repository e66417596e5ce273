"""``assess``: prefilter, normalise, match gated rules, apply context, combine.

Pipeline for one message:

1. fast path (prefilter.py): no rule key and no obfuscation -> no risk, in microseconds;
2. normalise (normalize.py), keeping an offset map back to the original text;
3. find which rule keys occur (one trie regex, gating.py) and run only the rules they gate
   whose every required key set, for at least one of their alternatives, is present;
4. for every match, find the context modifiers (context.py, over the cues in the cues package) and apply the category's policy
   (policy.py);
5. combine across the message (combine.py): the parts of a plan, use with overdose
   symptoms, someone else's crisis under way;
6. the assessment takes the most severe surviving reason (ties broken by category urgency).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from bot.safety.combine import Hit, combine, soon_after
from bot.safety.context import Context
from bot.safety.gating import KeyIndex, gate, necessary_keys
from bot.safety.lexical import LexicalStage, shipped_stage
from bot.safety.model import NO_RISK, Assessment, Category, Reason, Severity, severity_of
from bot.safety.normalize import Normalized, normalize, normalize_phrase
from bot.safety.patterns import Rule
from bot.safety.policy import apply as apply_policy
from bot.safety.prefilter import Prefilter
from bot.safety.rules import RULES
from bot.safety.semantic import SemanticStage
from bot.safety.vocab import corrections, doubled_words

log = logging.getLogger(__name__)

# Matches kept per rule and reasons kept per message: hostile input ("kill myself" 10,000
# times) must not turn into 10,000 reasons.
MAX_MATCHES_PER_RULE = 8
MAX_REASONS = 24
# On long messages rules are tried within this many characters of one of their keys.
WINDOW = 250

# When two categories are equally severe, the one a counselor must see first wins.
_URGENCY = {
    Category.SUICIDE: 6,
    Category.OVERDOSE: 5,
    Category.SELF_HARM: 4,
    Category.ABUSE: 3,
    Category.VIOLENCE: 2,
    Category.RELAPSE: 1,
    Category.NONE: 0,
}

# A goodbye with an everyday reason beside it: a group or shift switched, a move, a trip, a
# new job, leaving the program, or a goodbye to a thing ("this is my last message in this
# channel, switching to the tuesday group", "this is goodbye to my old car lol, sold it").
_EVERYDAY_GOODBYE = re.compile(
    r"\b(?:switching (?:to|groups|over)|transferring|transfer(?:red)? to|"
    r"moving (?:to (?!a better place|heaven|the other side)|away|out|house|back home|across)|"
    r"(?:before|after|for) (?:the|our|my) move|anyone want (?:a|an|some|my|the)|"
    r"new (?:job|position|shift|schedule|apartment|place|group)|"
    r"(?:going|headed|heading|flying|driving) (?:home )?to (?:my )?(?:grandma|grandpa|mom|dad|"
    r"parents|sister|brother|aunt|uncle|cousin|in-laws|family|folks)|"
    r"for (?:thanksgiving|christmas|the holidays|vacation|spring break|the summer|a wedding)|"
    r"on (?:vacation|holiday|a trip)|graduat\w*|discharg\w*|(?:night|day|last) shift|to days|"
    r"vacation|holidays?|camping|a cruise|(?:my|a|the|our) (?:flight|trip|cruise|road trip)|"
    r"flying out|(?:business|work) trip|conference|off to (?:my|see|visit)|"
    r"(?:goodbye|bye) to (?:my |the |our )?(?:old )?(?:car|truck|phone|couch|apartment|house|"
    r"place|job|laptop|hair)|sold (?:it|my|the))\b"
)
_TODAY = re.compile(
    r"\b(?:today|tonight|this morning|this afternoon|this evening|right now|just now|again)\b"
)


# The rule index: one key scan per message, then set checks per rule (see gating.py).
_KEY_INDEX = KeyIndex(RULES, [gate(rule) for rule in RULES])


def _may_spell_key(source: str, target: str, keys: list[str], key_set: frozenset[str]) -> bool:
    """Whether respelling the token ``source`` as ``target`` may complete a key that the raw
    text lacks: a key (or the rest of a phrase key, from one of its later words) starts at a
    word of ``target`` and agrees with it as far as both go, and ``source`` does not already
    start with that key itself. ``keys`` is sorted and holds every key and every such rest."""
    starts = [0] + [i + 1 for i, char in enumerate(target) if char == " "]
    for start in starts:
        rest = target[start:]
        found = [rest[:end] for end in range(1, len(rest) + 1) if rest[:end] in key_set]
        index = bisect_left(keys, rest)
        while index < len(keys) and keys[index].startswith(rest):
            found.append(keys[index])
            index += 1
        if any(start or not source.startswith(key) for key in found):
            return True
    return False


def _prefilter_keys() -> tuple[set[str], set[str]]:
    """The fast path's keys: for each rule, a set of keys one of which every text it can
    match contains (``gating.necessary_keys``: its rarest such set, so that everyday words
    such as "my" or "for the" gate nothing when a rule allows).

    Plus every token the normaliser respells into text that may complete one of those keys
    (``rn`` -> "right now", ``sucide`` -> "suicide", ``stabb`` -> "stab", one-typo variants):
    with rare keys, such a token is often the message's only sign of risk.
    """
    keys = {key for keys in necessary_keys(RULES) for key in keys}
    # A phrase key may also be completed from one of its later words ("kill myslef").
    rests = {key[i + 1 :] for key in keys for i, char in enumerate(key) if char == " "}
    ordered = sorted(keys | rests)
    known = frozenset(ordered)
    respell = {**corrections(), **doubled_words()}
    exact = {
        source
        for source, target in respell.items()
        if _may_spell_key(source, target, ordered, known)
    }
    return keys, exact


PREFILTER = Prefilter(*_prefilter_keys())
# Build the spelling tables now rather than on the first message that needs them.
normalize("warm up: k1ll sooo")


def _candidate_rules(text: str) -> list[Rule]:
    """The rules whose required keys all occur in normalised ``text``, in table order."""
    return [rule for rule, _ in _candidates(text)]


def _candidates(text: str) -> list[tuple[Rule, list[int]]]:
    """Candidate rules with the positions of the keys they are filed under.

    Positions are only collected for messages long enough to be windowed (see ``_match``).
    """
    return _KEY_INDEX.candidates(text, positions=len(text) > 2 * WINDOW)


@lru_cache(maxsize=256)
def _term_rules(terms: tuple[tuple[str, str, str], ...]) -> tuple[Rule, ...]:
    """Facilitators' literal phrases as rules (escaped: never user-supplied regex)."""
    rules = []
    for phrase, category, severity in terms:
        words = normalize_phrase(phrase)
        if not words:
            continue
        slug = re.sub(r"[^a-z0-9]+", "_", words)[:40].strip("_") or "term"
        pattern = re.compile(
            r"(?<![a-z0-9])"
            + r"\s+".join(re.escape(word) for word in words.split())
            + r"(?![a-z0-9])"
        )
        rules.append(
            Rule(
                rule_id=f"guild.{slug}",
                category=Category(category),
                severity=Severity(severity),
                pattern=pattern,
                keys=(words.split()[0],),
            )
        )
    return tuple(rules)


def _clean_terms(
    extra_terms: Iterable[tuple[str, object, object]] | None,
) -> tuple[tuple[str, str, str], ...]:
    """Validate facilitator terms; malformed ones are skipped rather than raising."""
    cleaned = []
    for item in extra_terms or ():
        try:
            phrase, category, severity = item
            category_value = Category(str(getattr(category, "value", category)))
            severity_value = Severity(str(getattr(severity, "value", severity)))
        except (TypeError, ValueError):
            log.warning("ignoring malformed safety term %r", item)
            continue
        if isinstance(phrase, str) and phrase.strip() and category_value is not Category.NONE:
            cleaned.append((phrase[:200], category_value.value, severity_value.value))
    return tuple(cleaned)


def _windows(positions: list[int], length: int) -> list[tuple[int, int]]:
    """Merged spans of ``WINDOW`` characters around each key position.

    Every match contains one of its rule's keys and patterns are bounded in length, so on a
    long message a rule only needs to be tried near its keys (which keeps a 4,000-character
    message from costing every rule a full scan).
    """
    spans: list[tuple[int, int]] = []
    for position in sorted(positions):
        start, end = max(0, position - WINDOW), min(length, position + WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _match(candidates: Iterable[tuple[Rule, list[int]]], text: str) -> list[tuple[Rule, int, int]]:
    found = []
    whole = len(text) <= 2 * WINDOW
    for rule, positions in candidates:
        spans = [(0, len(text))] if whole or not positions else _windows(positions, len(text))
        count = 0
        seen: set[tuple[int, int]] = set()
        for low, high in spans:
            for match in rule.pattern.finditer(text, low, high):
                span = match.span()
                if span[1] > span[0] and span not in seen:
                    seen.add(span)
                    found.append((rule, span[0], span[1]))
                    count += 1
                if count >= MAX_MATCHES_PER_RULE:
                    break
            if count >= MAX_MATCHES_PER_RULE:
                break
    return found


_AT_ME: dict[str, Rule] = {}


def _at_me(rule: Rule) -> Rule:
    """``rule`` as a threat against the member: someone's quoted threat at "you" ('my ex texted
    "you'll be sorry"') is abuse, not the member's violence or a stranger's."""
    at_me = _AT_ME.get(rule.rule_id)
    if at_me is None:
        at_me = _AT_ME[rule.rule_id] = replace(
            rule,
            rule_id=rule.rule_id.replace("violence.", "abuse.quoted_threat.", 1),
            category=Category.ABUSE,
        )
    return at_me


def _evaluate(
    text: str, candidates: Sequence[tuple[Rule, list[int]]], normalized: Normalized
) -> Assessment:
    matches = _match(candidates, normalized.text)
    if not matches:
        return NO_RISK
    context = Context(normalized.text)
    hits: list[Hit] = []
    for rule, start, end in matches:
        modifiers = context.modifiers(start, end)
        # (Built-in rules only: a guild's own term means what the guild filed it as.)
        if rule.rule_id.startswith("violence.") and context.said_to_me(start):
            rule = _at_me(rule)
        if "farewell" in rule.roles and soon_after(context, start, _EVERYDAY_GOODBYE):
            modifiers |= {"everyday"}
        severity = apply_policy(rule.category, rule.severity, modifiers, rule.policy)
        if "today" in rule.roles and Severity.LOW < severity < Severity.HIGH:
            sentence = context.sentence_span(start)
            if context.has(_TODAY, sentence[0], max(sentence[1], end)):
                severity = severity_of(severity.rank + 1)
        hits.append(Hit(rule, start, end, modifiers, severity))
    hits.extend(combine(hits, context))
    hits.sort(key=lambda h: (-h.severity.rank, -_URGENCY[h.rule.category], h.start))
    reasons = tuple(
        Reason(
            rule_id=hit.rule.rule_id,
            category=hit.rule.category,
            span=normalized.to_original(hit.start, hit.end),
            modifiers=hit.modifiers,
            severity=hit.severity,
            base_severity=hit.rule.severity,
        )
        for hit in hits[:MAX_REASONS]
    )
    top = hits[0]
    if top.severity is Severity.NONE:
        return Assessment(Category.NONE, Severity.NONE, reasons)
    return Assessment(top.rule.category, top.severity, reasons)


class Engine:
    """The detector: the rules, then the lexical stage (on by default), then an optional
    semantic stage (absent by default)."""

    def __init__(
        self, semantic: SemanticStage | None = None, lexical: LexicalStage | bool = True
    ) -> None:
        self.semantic = semantic
        # True: the shipped head (or none, if its file is unusable); False: rules alone.
        self.lexical = shipped_stage() if lexical is True else (lexical or None)

    def assess(
        self,
        text: str,
        extra_terms: Iterable[tuple[str, object, object]] | None = None,
    ) -> Assessment:
        """Assess one message (see :func:`bot.safety.assess`)."""
        if not isinstance(text, str) or not text:
            return NO_RISK
        try:
            terms = _term_rules(_clean_terms(extra_terms)) if extra_terms else ()
            extra_words = tuple(rule.keys[0] for rule in terms)
            # The semantic stage costs milliseconds: it only runs on messages that pass the
            # rules' prefilter or its own gate, so ordinary chat keeps the fast path.
            if not PREFILTER.may_match(text, extra_words) and (
                self.semantic is None or not self.semantic.wants(text)
            ):
                # No rule can match. Only the lexical stage reads the message; plain ASCII
                # chat (nearly all of it) is read lower-cased, skipping the normaliser's cost.
                if self.lexical is None:
                    return NO_RISK
                plain = text.lower() if text.isascii() else normalize(text).text
                return _refined(self.lexical, text, plain, NO_RISK)
            normalized = normalize(text)
            candidates = _candidates(normalized.text)
            if terms:
                candidates += [(rule, []) for rule in terms]
            assessment = _evaluate(text, candidates, normalized) if candidates else NO_RISK
            if self.lexical is not None:
                assessment = _refined(self.lexical, text, normalized.text, assessment)
            if self.semantic is not None and self.semantic.wants(normalized.text):
                assessment = _refined(self.semantic, text, normalized.text, assessment)
            return assessment
        except Exception:  # the detector must never take the message pipeline down
            log.exception("safety assessment failed; treating the message as unassessed")
            return NO_RISK


def _refined(
    stage: LexicalStage | SemanticStage, text: str, normalized: str, assessment: Assessment
) -> Assessment:
    """``stage``'s refinement of ``assessment``; the rules' own if the stage fails."""
    try:
        return stage.refine(text, normalized, assessment)
    except Exception:  # a failing learned stage must not cost the rules' verdict
        log.exception("%s failed; keeping the rules' assessment", type(stage).__name__)
        return assessment


DEFAULT_ENGINE = Engine()


def assess(
    text: str,
    extra_terms: Iterable[tuple[str, object, object]] | None = None,
) -> Assessment:
    """Assess one chat message for risk. Synchronous, deterministic, never raises.

    ``extra_terms`` are a guild's own literal phrases, ``(phrase, category, severity)``;
    they are matched on normalised text at word boundaries, with the same context handling
    as built-in rules.
    """
    return DEFAULT_ENGINE.assess(text, extra_terms)
