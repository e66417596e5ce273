"""Message-level combinations of rule hits (step 5 of ``assess``, see ``engine``).

* Two different parts of a plan (intent, means, plan, farewell, approach), or a plan with a
  near time, are critical.
* Drug use plus overdose symptoms is an overdose in progress.
* A weapon out beside the member hiding or threatened is violence under way (abuse when a
  partner, parent or child holds it).
* A use now beside a danger it brings (driving, opioids with nobody there or no tolerance
  left, a child in the member's sole care) is critical.
* Someone else's stated intent, otherwise a worry (low), is critical when the message shows it
  happening now ("he's in there", "I'm on the phone with her"); someone else's threat is high
  when it is under way or has a time ("tomorrow"); someone else's self-harm is critical while
  the member is with them ("she locked herself in the bathroom with a razor, i'm outside the
  door"). A time in the member's own risk event dates that event, not someone else's beside it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from bot.safety.context import Context
from bot.safety.model import Category, Severity
from bot.safety.patterns import Rule

_PLAN_ROLES = frozenset({"intent", "means", "plan", "farewell", "approach"})
_IMMINENT = re.compile(
    r"\b(?:tonight|tomorrow|this weekend|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"in (?:a|an|\d+|a few|few) (?:hours?|minutes?|mins?)|when (?:everyone|she|he|they|my \w+) "
    r"(?:falls? asleep|leaves?|goes? to (?:bed|sleep|work)|is asleep|is gone)|after (?:everyone|she|"
    r"he|they|my \w+) (?:falls? asleep|leaves?|goes? to (?:bed|sleep|work))|the \d+(?:st|nd|rd|th)|"
    r"this is it|right now|everything'?s ready|it'?s all ready|esta noche|waiting for (?:everyone|them|him|her|"
    r"my \w+) to (?:go to (?:sleep|bed)|fall asleep|leave|be asleep))\b"
)
# The member with someone else as it happens: there, on the phone, or just heard from and
# now silent. (No "tonight": that is a plan, not an emergency.)
_WITH_THEM = (
    r"right now|as we speak|(?:in|up|out) there(?: now)?|on the phone with (?:me|him|her|them)|"
    r"i'm (?:right )?next to (?:him|her|them)|just (?:said|told me|texted|called|sent)|"
    r"(?:isn't|is not|not|won't|wont|doesn't|didn't) (?:answering|answer|picking up|pick up)|"
    r"locked (?:himself|herself|themselves) in"
)
_WITH_THEM_NOW = re.compile(
    rf"\b(?:{_WITH_THEM}|(?:other side of|outside) the (?:bathroom |bedroom )?door)\b"
)
# Someone else's suicide happening now: "... says he's going to hang himself. he's in there
# now", "on the roof saying he'll jump, I'm on the phone with him".
_HAPPENING_NOW = re.compile(
    rf"\b(?:{_WITH_THEM}|"
    r"on (?:the|his|her|a) (?:roof|ledge|bridge|tracks|train tracks|(?:train |subway )?platform)|"
    r"(?:right )?at the edge|driving (?:there|over)|on my way|this is it|tonight|"
    r"since this morning|hung up|went to (?:the|his|her) (?:gun|garage|bathroom))\b"
)


@dataclass(slots=True)
class Hit:
    """One rule match, with its context, before it becomes a Reason."""

    rule: Rule
    start: int
    end: int
    modifiers: frozenset[str]
    severity: Severity


def _roles_pair(hits: Sequence[Hit]) -> tuple[Hit, Hit] | None:
    """Two different hits that play two different parts of a plan, if any: of several such
    pairs, the one with the most severe hit (a note beside pills counted out and a farewell
    does not lower what the pills and the farewell say)."""
    best: tuple[Hit, Hit] | None = None
    for index, first in enumerate(hits):
        for second in hits[index + 1 :]:
            if any(
                role_a != role_b
                for role_a in first.rule.roles & _PLAN_ROLES
                for role_b in second.rule.roles & _PLAN_ROLES
            ) and (best is None or _top(first, second) > _top(*best)):
                best = first, second
    return best


def _top(first: Hit, second: Hit) -> Severity:
    return max(first.severity, second.severity)


def soon_after(
    context: Context,
    start: int,
    *patterns: re.Pattern[str],
    before: bool = False,
    skip: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether one of ``patterns`` occurs in the sentence around ``start`` or the next one
    (with ``before``, or the one before it), not starting inside one of the ``skip`` spans."""
    begin, end = _reach(context, start, before=before)
    if not skip:
        return any(context.has(pattern, begin, end) for pattern in patterns)
    return any(
        not any(low <= match.start() < high for low, high in skip)
        for pattern in patterns
        for match in pattern.finditer(context.text, begin, end)
    )


def _reach(context: Context, start: int, *, before: bool = False) -> tuple[int, int]:
    """The sentence around ``start`` with the next one (with ``before``, the one before it
    too): how far a cue beside a hit may stand."""
    sentence = context.sentence_span(start)
    end = context.sentence_span(sentence[1])[1] if sentence[1] < len(context.text) else sentence[1]
    begin = context.sentence_span(sentence[0] - 1)[0] if before and sentence[0] > 0 else sentence[0]
    return begin, end


def _own_clauses(hits: Sequence[Hit], context: Context) -> list[tuple[int, int]]:
    """The clauses of the member's own risk events among ``hits``. A time there dates the
    member's own event, not someone else's beside it: in "i cut myself tonight. my sister
    said she wants to die too", "tonight" does not put the sister's wish under way."""
    return [
        context.clause_span(hit.start)
        for hit in hits
        if "other_person" not in hit.modifiers and hit.rule.category is not Category.NONE
    ]


def _apart(own: Sequence[tuple[int, int]], *others: Hit) -> list[tuple[int, int]]:
    """The clauses in ``own`` that hold none of ``others``: a run-on clause that tells both the
    member's event and someone else's ("my son said he is going to hang himself tonight i
    relapsed") cannot say whose its time is, and keeps it for both."""
    return [(low, high) for low, high in own if not any(low <= hit.start < high for hit in others)]


def combine(hits: list[Hit], context: Context) -> list[Hit]:
    """Message-level combinations (see the module docstring); returns added hits."""
    added: list[Hit] = []
    active = [hit for hit in hits if hit.severity > Severity.NONE]
    # (Only someone else's events ask whose a time is: most messages have none.)
    theirs_any = any("other_person" in hit.modifiers for hit in active)
    own = _own_clauses(active, context) if theirs_any else []
    for category in (Category.SUICIDE, Category.VIOLENCE):
        planned = [
            hit for hit in active if hit.rule.category is category and hit.rule.roles & _PLAN_ROLES
        ]
        pair = _roles_pair(planned)
        if pair is not None:
            top = _top(*pair)
            theirs = all(hit.modifiers == {"other_person"} for hit in pair)
            # (A time in the member's own risk event does not date someone else's plan.)
            mine = _apart(own, *pair) if theirs else []
            soon = any(
                not any(low <= match.start() < high for low, high in mine)
                for match in _IMMINENT.finditer(context.text)
            )
            # A weapon on the way to someone is a threat with means, however it is worded.
            armed = category is Category.VIOLENCE and "means" in (
                pair[0].rule.roles | pair[1].rule.roles
            )
            # Someone else's plan in two parts is under way when the member is with them
            # ("i'm on the phone with her. she says she's going to jump").
            theirs_now = (
                category is Category.SUICIDE
                and theirs
                and soon_after(context, pair[0].start, _HAPPENING_NOW, before=True, skip=mine)
            )
            combined = (
                Severity.CRITICAL
                if top >= Severity.MEDIUM or soon or armed or theirs_now
                else Severity.HIGH
            )
            added.append(_synthetic(f"{category.value}.combined", category, combined, pair))
            continue
        for hit in planned:
            if hit.modifiers == {"other_person"}:
                # Someone else's plan is a worry (low) until it is under way: their suicide
                # attempt is critical ("he's on the roof, on the phone with me", "she sent me
                # the pills lined up and said goodbye"), their threat a threat to act on once
                # under way or given a time ("my son says he'll kill his teacher tomorrow").
                # (Not by a time that is all the hit says: "sold my guitar to a friend,
                # tonight's the night we celebrate" tells no one's plan under way.)
                skip = _apart(own, hit)
                if "time" in hit.rule.roles:
                    skip.append((hit.start, hit.end))
                if category is Category.SUICIDE and soon_after(
                    context, hit.start, _HAPPENING_NOW, before=True, skip=skip
                ):
                    rule_id, severity = "suicide.other_in_progress", Severity.CRITICAL
                    added.append(_synthetic(rule_id, category, severity, (hit,)))
                    break
                if (
                    category is Category.VIOLENCE
                    and "intent" in hit.rule.roles
                    and soon_after(
                        context, hit.start, _HAPPENING_NOW, _IMMINENT, skip=_apart(own, hit)
                    )
                ):
                    rule_id, severity = "violence.other_threat", Severity.HIGH
                    added.append(_synthetic(rule_id, category, severity, (hit,)))
                    break
            if (
                category is Category.SUICIDE
                and hit.severity >= Severity.MEDIUM
                and soon_after(context, hit.start, _IMMINENT)
            ):
                added.append(_synthetic("suicide.imminent", category, Severity.CRITICAL, (hit,)))
                break
    for hit in active:
        # Someone else hurting themselves while the member is with them or on the phone ("she
        # locked herself in the bathroom with my razor, i'm at the door right now").
        if (
            hit.rule.category is Category.SELF_HARM
            and hit.modifiers == {"other_person"}
            and soon_after(context, hit.start, _WITH_THEM_NOW, skip=_apart(own, hit))
        ):
            rule_id = "self_harm.other_in_progress"
            added.append(_synthetic(rule_id, Category.SELF_HARM, Severity.CRITICAL, (hit,)))
            break
    added.extend(_armed_while_in_danger(active, context))
    symptoms = [h for h in active if "symptom" in h.rule.roles]
    weak = [h for h in active if "symptom_weak" in h.rule.roles]
    uses = [h for h in active if "use" in h.rule.roles]
    current_uses = [h for h in uses if "recent" not in h.modifiers]
    ingested = any("ingested" in h.rule.roles for h in uses)
    added.extend(_use_in_danger(current_uses, context))
    if not symptoms and (
        len({h.start for h in weak}) >= 2 or (weak and (len(current_uses) >= 2 or ingested))
    ):
        # Two mild signs together (vomiting and drowsiness), or one after mixing substances
        # now (not "the night before last i shot up ... everything feels heavy"), or one after
        # someone swallowed what was never theirs ("the baby ate some of grandpa's pills and
        # she's not acting right").
        symptoms = weak
    marks = {h.start: h for h in symptoms + weak}
    if not uses and len(marks) >= 2 and any("sign" in h.rule.roles for h in marks.values()):
        # Two signs of an overdose together, however mildly told ("his lips look kind of purple
        # and he's snoring weird, probably just tired lol"): the drug need not be named.
        rule_id, parts = "overdose.signs_together", tuple(marks.values())
        added.append(_synthetic(rule_id, Category.OVERDOSE, Severity.CRITICAL, parts))
    if symptoms and uses:
        added.append(
            _synthetic(
                "overdose.combined", Category.OVERDOSE, Severity.CRITICAL, (symptoms[0], uses[0])
            )
        )
    return added


def _armed_while_in_danger(active: Sequence[Hit], context: Context) -> list[Hit]:
    """A weapon out beside the member hiding or threatened, in the same or the next sentence,
    is violence under way: "my roommate is swinging a knife around, i locked myself in my
    room", "a guy outside with a crowbar saying he's going to kill me". Each alone is high
    at most (the hiding, the threat) or low (someone else's weapon)."""
    # (A weapon named in one word, "knife", is cutlery as often as not: it needs a verb or
    # more words to be one drawn, "swinging a knife", "with a crowbar".)
    weapons = [
        h
        for h in active
        if h.rule.category is Category.VIOLENCE
        and "means" in h.rule.roles
        and " " in context.text[h.start : h.end]
    ]
    if not weapons:
        return []
    danger = [h for h in active if h.rule.rule_id in _DANGER_TO_ME and h.severity >= Severity.HIGH]
    for weapon in weapons:
        for hit in danger:
            if _near(context, weapon.start, hit.start):
                # Who holds it: a partner, parent or child who opens the sentence, or the one
                # before, is abuse ("my husband is drunk ... he's loading his gun"); a roommate,
                # a stranger or a cousin is violence.
                opens = {context.sentence_span(weapon.start)[0]}
                opens.add(_reach(context, weapon.start, before=True)[0])
                category = (
                    Category.ABUSE
                    if any(_HOUSEHOLD.match(context.text, start) for start in opens)
                    else Category.VIOLENCE
                )
                rule_id = f"{category.value}.armed_in_progress"
                return [_synthetic(rule_id, category, Severity.CRITICAL, (weapon, hit))]
    return []


# The member in danger from someone now: hiding or locked in, or told they will be hurt.
_DANGER_TO_ME = frozenset({"abuse.hiding", "abuse.threat"})
# A partner, parent or child opening a sentence: its subject.
_HOUSEHOLD = re.compile(
    r"\s*(?:@\w+ )?(?:(?:my|our) )?(?:wife|husband|hubby|partner|boyfriend|girlfriend|bf|gf|ex|"
    r"fianc[eé]e?|mom|mum|mother|dad|father|stepdad|stepmom|stepmum|stepfather|stepmother|son|"
    r"daughter)\b"
)


# Dangers a use now brings with it (see ``_use_in_danger``): driving, now or about to ("drunk
# and about to drive the kids home", "drunk driving rn"); opioids used alone or with no
# tolerance left ("using fent by myself in the car", "tolerance is zero"), where nobody is
# there to give naloxone; a child left in the member's sole care ("the baby's asleep and i'm
# the only one home").
_DRIVING_NOW = re.compile(
    r"\b(?:(?:about to|gonna|going to|have to|got to|gotta|need to|i'?ll just|i'?m) drive|"
    r"(?:drunk|high|buzzed|wasted) (?:and )?driving|(?:i'm|im|i am|now|currently|still) driving|"
    r"behind the wheel|(?:getting|get|about to get) on the (?:highway|freeway|interstate|road)|"
    r"head(?:ing)? out in the (?:semi|truck|rig))\b"
)
_OPIOID = re.compile(
    r"\b(?:fent|fentanyl|heroin|dope|oxys?|percs?|blues|shoot(?:ing)? up|shot up|copped|the bag|"
    r"needle|point|rig)\b"
)
_NO_ONE_THERE = re.compile(
    r"\b(?:alone|by myself|on my own|nobody knows where i am|no one knows where i am|"
    r"nobody (?:else )?(?:is )?here|no one (?:else )?(?:is )?here|tolerance (?:is )?(?:zero|gone|"
    r"shot|nothing|low))\b"
)
_CHILD_IN_MY_CARE = re.compile(
    r"\b(?:baby|toddler|infant|newborn|kids?|son|daughter|\d+ ?(?:yr|year)[ -]?old)\b[^.!?\n]{0,60}?"
    r"\b(?:alone|only one home|only one here|(?:nobody|no one) else(?: is)? (?:here|home))\b"
)


_NOT_BEFORE = re.compile(r"\b(?:not|never|no)\b|n't\b")


def _driving_now(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` says the member drives now or is about to, and does not
    deny it ("it's not like i'm driving", "i'm not gonna drive")."""
    return any(
        not _NOT_BEFORE.search(text, max(begin, found.start() - 16), found.start())
        for found in _DRIVING_NOW.finditer(text, begin, end)
    )


def _use_in_danger(current_uses: Sequence[Hit], context: Context) -> list[Hit]:
    """A use now, beside a danger it brings (driving, opioids with nobody there, a child in
    the member's sole care) in the same or the next sentence: critical relapse."""
    text = context.text
    for use in current_uses:
        if use.rule.category is not Category.RELAPSE or use.severity < Severity.HIGH:
            continue
        if (
            _driving_now(text, *_reach(context, use.start))
            or (soon_after(context, use.start, _NO_ONE_THERE) and _OPIOID.search(text))
            or soon_after(context, use.start, _CHILD_IN_MY_CARE)
        ):
            rule_id, severity = "relapse.use_in_danger", Severity.CRITICAL
            return [_synthetic(rule_id, Category.RELAPSE, severity, (use,))]
    return []


def _near(context: Context, first: int, second: int) -> bool:
    """Whether positions ``first`` and ``second`` are in one sentence or in two in a row."""
    cuts = context.sentences
    return abs(bisect_right(cuts, first) - bisect_right(cuts, second)) <= 1


def _synthetic(rule_id: str, category: Category, severity: Severity, parts: Sequence[Hit]) -> Hit:
    rule = Rule(
        rule_id=rule_id,
        category=category,
        severity=severity,
        pattern=re.compile(""),
        keys=(),
    )
    modifiers = frozenset({"combined"})
    return Hit(rule, min(p.start for p in parts), max(p.end for p in parts), modifiers, severity)
