"""Which rules are worth trying on a message: one key scan, then set checks per rule.

A rule's own gate (``gate_keys``) is one set of word prefixes, and for the big rules
(an alternation of a dozen phrasings) that set is the union of every phrasing's keys, so
everyday words ("hope", "said", "a lot", "drink") let ordinary chat through. This module
derives, for each top-level alternative of a rule's pattern, every key set that a match of
that alternative must contain (``keys.required_sets``, the same derivation the rule's
own keys come from). A rule can only match when the keys of at least one alternative are all
present, so a rule failing that test is skipped: it could not have produced a match, and
the verdict is the same.

Everything is found by ONE regex scan of the normalised text that reports, at every word
start, the longest key starting there. Every key starting at that position is a prefix of
the reported one, so "does some key of set S start a word" becomes a precomputed lookup
(reported key -> ids of the sets it satisfies) and the per-rule tests are set operations.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import Any

from bot.safety.commonness import CHATTY, set_weight
from bot.safety.keys import is_common_key, required_sets
from bot.safety.patterns import Rule
from bot.safety.prefilter import trie_pattern

_parser: Any = importlib.import_module("re._parser")

# A pattern whose top-level alternatives multiply beyond this is only split at its first
# alternation (the test stays correct, it is just less selective).
_MAX_ALTERNATIVES = 16


def _alternatives(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The top-level item sequence spelled out as one sequence per combination of branches.

    ``\\b(?:a|b) x (?:c|d)`` becomes ``\\b a x c``, ``\\b a x d``, ``\\b b x c``, ...: every
    match of the pattern is a match of one of them. Nested alternations stay as they are.
    """
    choices: list[list[list[tuple[Any, Any]]]] = []
    for op, av in items:
        if op is _parser.BRANCH:
            choices.append([list(branch) for branch in av[1]])
        else:
            choices.append([[(op, av)]])
    total = 1
    for options in choices:
        total *= len(options)
    if total > _MAX_ALTERNATIVES:
        first = next((i for i, options in enumerate(choices) if len(options) > 1), None)
        if first is None:
            return [items]
        head = [item for options in choices[:first] for item in options[0]]
        tail = items[first + 1 :]
        return [head + branch + tail for branch in choices[first]]
    return [[item for part in combo for item in part] for combo in product(*choices)]


def alternative_requirements(rule: Rule) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each top-level alternative of ``rule``, the key sets its matches must contain.

    None when some alternative has no derivable key (the rule may then match anything that
    reaches it, so no extra test applies), or when the pattern cannot be parsed.
    """
    return _pattern_requirements(rule.pattern)


@cache
def _parsed(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    """The top-level items of ``pattern`` as ``re._parser`` parses them, or None when it
    cannot (a private module: if it ever changes, callers fall back to the safe choice).

    Cached: the rule index and the fast path's key choice each parse every rule, and parsing
    is a large part of import time. Callers only read the list (never mutate it).
    """
    try:
        return list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None


# Cached: both the rule index and the fast path's key choice need it, and it is the bulk of
# their start-up cost (one entry per rule).
@cache
def _pattern_requirements(
    pattern: re.Pattern[str],
) -> tuple[tuple[frozenset[str], ...], ...] | None:
    parsed = _parsed(pattern)
    if parsed is None:  # fall back to "always try"
        return None
    result = []
    for sequence in _alternatives(parsed):
        sets = tuple(frozenset(keys) for keys in set(required_sets(sequence, True)))
        if not sets:
            return None
        result.append(sets)
    return tuple(result)


def _selectivity(keys: frozenset[str]) -> tuple[float, int, int, list[str]]:
    """Sort key, higher is better: the rarer in ordinary chat (``commonness.set_weight``);
    ties go to fewer, longer keys, then to the alphabet (so the choice never depends on
    set iteration order, which varies between runs)."""
    return (-set_weight(keys), -len(keys), min(map(len, keys)), sorted(keys, reverse=True))


def _minimal_alternatives(
    requirements: tuple[tuple[frozenset[str], ...], ...],
) -> list[tuple[frozenset[str], ...]]:
    """The alternatives without those that need a superset of another's key sets (whenever
    such an alternative is satisfied, so is the other)."""
    unique = {frozenset(sets) for sets in requirements}
    return [tuple(sets) for sets in unique if not any(o < sets for o in unique)]


def _necessary_options(rule: Rule) -> tuple[list[frozenset[str]], list[list[frozenset[str]]]]:
    """The ways to name keys one of which starts a word of every text ``rule`` matches:
    each key set the whole pattern requires (its gate keys among them), and the union of
    one required set per minimal alternative (a match comes from some alternative, which
    contains a key of each of its sets): the second list gives those sets per alternative.
    """
    whole = [frozenset(rule.keys)]
    parsed = _parsed(rule.pattern)
    if parsed is None:  # keep the rule's own keys
        return whole, []
    whole += [frozenset(keys) for keys in required_sets(parsed, True)]
    requirements = alternative_requirements(rule)
    alternatives = [] if requirements is None else _minimal_alternatives(requirements)
    return whole, [sorted(sets, key=sorted) for sets in alternatives]


def necessary_keys(rules: Sequence[Rule], rounds: int = 4) -> list[frozenset[str]]:
    """For each rule, a key set one of which starts a word of every normalised text the rule
    can match, chosen so that the union over all rules (what the fast path looks for) is as
    rare in ordinary chat as possible (estimated by ``commonness``).

    First each rule takes its own rarest option (see ``_necessary_options``): "weapon ...
    for the ..." is found by the weapon list rather than "for the". Then rules are revisited
    in turn, each taking the option that adds least to the keys the OTHER rules need (a key
    that one of theirs starts is free), so that rules share keys; a rule only changes for a
    strictly cheaper option, so this stops.
    """
    options = [_necessary_options(rule) for rule in rules]
    chosen = []
    for whole, alternatives in options:
        picks = [max(sets, key=_selectivity) for sets in alternatives]
        union = [frozenset().union(*picks)] if picks else []
        chosen.append(max([*whole, *union], key=_selectivity))
    counts: dict[str, int] = {}
    for keys in chosen:
        for key in keys:
            counts[key] = counts.get(key, 0) + 1

    def cost(keys: Iterable[str], own: frozenset[str]) -> float:
        """Weight of the keys no other rule covers (``own`` is this rule's current choice)."""
        return set_weight(
            key
            for key in keys
            if not any(
                counts.get(key[:end], 0) > (key[:end] in own) for end in range(1, len(key) + 1)
            )
        )

    for _ in range(rounds):
        changed = False
        for index, (whole, alternatives) in enumerate(options):
            own = chosen[index]
            choices = list(whole)
            if alternatives:
                picks = [min(sets, key=lambda keys: cost(keys, own)) for sets in alternatives]
                choices.append(frozenset().union(*picks))
            best = min(choices, key=lambda keys: (cost(keys, own), sorted(keys)))
            if cost(best, own) < cost(own, own):
                for key in own:
                    counts[key] -= 1
                for key in best:
                    counts[key] = counts.get(key, 0) + 1
                chosen[index] = best
                changed = True
        if not changed:
            break
    return chosen


def _shortest_prefix(word: str, keys: Set[str]) -> str | None:
    """The shortest of ``keys`` that ``word`` starts with (``word`` itself included)."""
    return next((word[:end] for end in range(1, len(word) + 1) if word[:end] in keys), None)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One rule as the index sees it (key sets are numbered: ids)."""

    rule: Rule
    order: int
    filed: frozenset[str]  # the engine's gate keys as its scanner reports them
    filed_mask: int  # the same keys as a bit mask (bit i: filed key number i)
    checks: int  # bit mask of the engine's further required sets: all must be present
    derived: bool  # whether the rule has per-alternative requirements (else no extra test)


class KeyIndex:
    """One scan of normalised text, then the candidate rules by set tests.

    Candidates are exactly the rules the engine's gate admits (a gate key starts a word and
    every checked required set has a key starting a word), minus the rules none of whose
    alternatives has all its required key sets present.

    Sets of key-set ids are stored as bit masks (Python ints: bit ``i`` is set ``i``): a
    message reports a handful of keys that together satisfy dozens of sets, and OR-ing and
    testing ints is several times cheaper than building and comparing ``set`` objects.
    """

    def __init__(
        self,
        rules: Sequence[Rule],
        gates: Sequence[tuple[Iterable[str], Iterable[Iterable[str]]]],
    ) -> None:
        """``gates[i]`` is rule i's gate: its gate keys and its further checked key sets."""
        set_ids: dict[frozenset[str], int] = {}

        def ids(groups: Iterable[Iterable[str]]) -> int:
            """The bit mask of the ids of ``groups`` (numbering new sets as they come)."""
            mask = 0
            for keys in groups:
                mask |= 1 << set_ids.setdefault(frozenset(keys), len(set_ids))
            return mask

        gate_keys = {key for primary, _ in gates for key in primary}
        # The engine files a rule under the shortest gate key prefixing one of its own: the
        # keys with no shorter gate key as a prefix ("minimal") are what its scanner reports.
        minimal = {key for key in gate_keys if _shortest_prefix(key, gate_keys) == key}
        entries = []
        # Per alternative, one "trigger" set (its most selective): the alternative is only
        # tested on messages where the trigger is present, which keeps the per-message work
        # proportional to what the message contains rather than to the number of alternatives.
        triggers: list[tuple[frozenset[str], int, int]] = []
        # Filed (gate) keys numbered for bit masks, like the key sets.
        filed_ids = {key: index for index, key in enumerate(sorted(minimal))}
        for order, (rule, (primary, checks)) in enumerate(zip(rules, gates, strict=True)):
            filed = frozenset(
                short for key in primary if (short := _shortest_prefix(key, minimal)) is not None
            )
            filed_mask = 0
            for key in filed:
                filed_mask |= 1 << filed_ids[key]
            requirements = alternative_requirements(rule)
            if requirements is not None:
                for sets in _minimal_alternatives(requirements):
                    trigger = max(sets, key=_selectivity)
                    triggers.append((trigger, order, ids(sets)))
            entries.append(
                _Entry(rule, order, filed, filed_mask, ids(checks), requirements is not None)
            )
        self._entries = tuple(entries)
        self._order = {entry.rule.rule_id: entry.order for entry in entries}
        # Rules always tried (no keys at all), and rules tried whenever their gate passes (no
        # per-alternative requirements could be derived).
        self._ungated = tuple(entry for entry in entries if not entry.rule.keys)
        self._underived = frozenset(
            entry.order for entry in entries if entry.rule.keys and not entry.derived
        )

        universe = sorted({key for keys in set_ids for key in keys} | minimal)
        # Longest key first at every word start (greedy trie with the empty branch last), so
        # that every key starting at a position is a prefix of the one reported there.
        self._scanner = re.compile(r"(?<![a-z0-9])(?=(" + trie_pattern(universe, whole=True) + "))")
        # For each reportable key: the gate key the engine would have filed it under, and the
        # ids of the sets it satisfies (those holding a prefix of it).
        satisfies: dict[str, int] = {key: 0 for key in universe}
        for keys, ident in set_ids.items():
            for key in keys:
                for longer in universe[bisect_left(universe, key) :]:
                    if not longer.startswith(key):
                        break
                    satisfies[longer] |= 1 << ident
        # Reportable key -> the alternatives it triggers: (rule order, ids of required sets).
        key_triggers: dict[str, list[tuple[int, int]]] = {}
        for trigger, order, need in triggers:
            for key in trigger:
                for longer in universe[bisect_left(universe, key) :]:
                    if not longer.startswith(key):
                        break
                    key_triggers.setdefault(longer, []).append((order, need))
        # Everything a reported key stands for, behind one dict lookup per key: the gate key
        # it is filed under (or None) with that key's bit, the sets it satisfies, and the
        # alternatives it triggers.
        self._reported: dict[str, tuple[str | None, int, int, tuple[tuple[int, int], ...]]] = {}
        for key in universe:
            filed_key = _shortest_prefix(key, minimal)
            filed_bit = 0 if filed_key is None else 1 << filed_ids[filed_key]
            self._reported[key] = (
                filed_key,
                filed_bit,
                satisfies[key],
                tuple(key_triggers.get(key, ())),
            )

    def candidates(self, text: str, *, positions: bool = True) -> list[tuple[Rule, list[int]]]:
        """Candidate rules for normalised ``text`` in table order, each with the positions of
        the gate keys it is filed under (the engine windows long messages around them).

        With ``positions=False`` the position lists are left empty (the engine does not window
        short messages), which lets the scan skip building match objects.
        """
        where_found: dict[str, list[int]] = {}
        reported = self._reported
        if positions:
            found: set[str] = set()
            for match in self._scanner.finditer(text):
                key = match.group(1)
                found.add(key)
                filed = reported[key][0]
                if filed is not None:
                    where_found.setdefault(filed, []).append(match.start())
        else:
            found = set(self._scanner.findall(text))
        present = 0  # bit mask of the key sets with a key present
        filed_keys = 0  # bit mask of the gate keys present
        for key in found:
            _, filed_bit, satisfied, _ = reported[key]
            present |= satisfied
            filed_keys |= filed_bit
        # The rules with an alternative whose required sets are all present: usually none or
        # a few, so the engine's own gate is then checked on those alone.
        possible = set(self._underived)
        for key in found:
            for order, need in reported[key][3]:
                if need & present == need:
                    possible.add(order)
        chosen: list[tuple[Rule, list[int]]] = [(entry.rule, []) for entry in self._ungated]
        for order in sorted(possible):
            entry = self._entries[order]
            if not entry.filed_mask & filed_keys or entry.checks & present != entry.checks:
                continue
            # (A rule may be filed under dozens of keys: skip the walk when nothing was kept.)
            where = (
                [p for key in entry.filed for p in where_found.get(key, ())] if where_found else []
            )
            chosen.append((entry.rule, where))
        if self._ungated:
            chosen.sort(key=lambda item: self._order[item[0].rule_id])
        return chosen


def _chatty(keys: Sequence[str]) -> bool:
    """Whether ordinary chat often contains one of ``keys``."""
    return any(is_common_key(key) or key.split()[0] in CHATTY for key in keys)


def gate_keys(rule: Rule) -> tuple[str, ...]:
    """The key set that gates ``rule``: its most selective required set, unless that one has
    an everyday chat word and another required set has none."""
    if not rule.requires or not _chatty(rule.keys):
        return rule.keys
    quiet = [keys for keys in rule.requires[1:] if not _chatty(keys)]
    return min(quiet, key=len) if quiet else rule.keys


def gate(rule: Rule) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The keys ``rule`` is filed under and its other required sets that are checked too.

    A rule is filed under its gate keys (``gate_keys``); its other required sets (see
    ``keys.derive_requirements``) are checked before it is tried, unless they hold a key
    so common that the check would almost always pass.
    """
    primary = gate_keys(rule)
    checks = tuple(
        group
        for group in rule.requires
        if group != primary and not any(is_common_key(key) for key in group)
    )
    return primary, checks
