"""Context around a match: the modifiers found in its sentence, segment and clause (cut as
structure.py describes).

Modifiers and their scope:

==============  =========================================================  ===================
modifier        evidence                                                    scope
==============  =========================================================  ===================
negated         not, never, no, didn't, without, refuse to, quit ...       clause, before hit;
                or a question asked about it, answered no               this sentence + next
                (answered yes: no hypothetical or conditional)
past            used to, years ago, back when, in 2019, when I was 19 ...  segment, unless the
                                                                           clause says today/
                                                                           again/last night
recurring       past, but a later sentence says it is happening again      rest of message
                ("... Tonight I'm thinking about it again", "I still do")
recent          yesterday, last night, on saturday, this week ...          clause
hypothetical    what if, hypothetically, imagine, would it count ...       segment, before hit;
                                                                           a question's opener
                                                                           stops at "I've ..."
fear            scared/afraid/worried (that I'll) ...                      clause, before hit
conditional     if, unless, next time, one more time ...                   segment, before hit
                (neither this nor hypothetical when the message then asks
                what to do for someone now: "... do i let him sleep it off")
counterfactual  conditional, inside "if i <past> ..., i'd / my kids would  the condition
                ..." (no recent time, no question)
urge            want to, tempted, craving, the urge to ...                 clause, before hit
managed         "... but I didn't", "instead", "but it passed", almost     rest of sentence
almost          almost, nearly, close to (right before the hit)             clause, before hit
accidental      accidentally, by accident, by mistake                      sentence
other_person    the nearest subject before the hit is he/she/my friend    segment, before hit
idiom           the hit overlaps an idiom ("this heat is killing me")      the hit
joke            lol, lmao, laughing emoji in the sentence                  sentence
hyperbole       joke, and an annoyance "one more time" ("if this printer   sentence
                jams one more time i'm jumping off a cliff lol")
trivial         a threat hung on an everyday slip ("she'll kill me if I   sentence
                miss her birthday")
topic           learned, workbook, podcast, movie, game ...; "in class"     segment
quoted          a Discord quote line (``> ...``) or inline quotation       the hit
                (the speaker's own words told again are not quoted;
                someone else's, 'she said "..."', are other_person)
==============  =========================================================  ===================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from bot.safety.cues.clauses import (
    CAUSES,
    CLAUSE_ENDING_ASIDES,
    COMPARED_AFTER,
    DOUBLE_NEGATIVE,
    LAUGH_ONLY,
    NEGATION,
    NOT_NEGATION,
    NOT_THAT,
    REFUSAL_IF,
)
from bot.safety.cues.figures import (
    DANGER,
    HELP_NOW,
    IDIOMS,
    JOKE,
    KILL_WORD,
    NOT_JOKING,
    ONE_MORE_TIME,
    OWN_WRITING,
    PATIENT_EVENT,
    PUNCHLINE,
    THREAT_TO_ME,
    TOPIC,
    TOPIC_AFTER,
    TRIVIAL_IF,
)
from bot.safety.cues.impulses import (
    ACCIDENT,
    ALMOST,
    FEAR,
    MANAGED_AFTER,
    NOT_FEAR,
    REASSURANCE,
    URGE,
)
from bot.safety.cues.questions import (
    ABOUT_ME,
    ANSWERED_NO,
    ANSWERED_YES,
    ANYONE_ELSE,
    ANYONE_IF,
    ANYONE_SUBJECTS,
    ASKED,
    ASKING_FOR_NOW,
    CONDITIONAL,
    CONFIRMED_AFTER,
    COUNTERFACTUAL,
    COUNTS_IF,
    DENIED_AFTER,
    DONE_AFTER,
    EMERGENCY_IF,
    FOR_SOMEONE_NOW,
    GENERIC_SUBJECTS,
    GENERIC_YOU,
    HYPOTHETICAL,
    I_WILL,
    NEW_CLAUSE_I,
    NOW_AFTER,
    PAST_SUPPOSITION,
    PRESENT_SUPPOSITION,
    QUESTION_OPENER,
    RETRACTED,
    SELF_REFERRED,
    STATED,
)
from bot.safety.cues.subjects import (
    AND_ME,
    ASKED_FOR_HELP,
    FIRST_PERSON_START,
    GONE_TO,
    HELP_ASKED,
    HELPERS,
    MY_OWN,
    ON_MY_BODY,
    OTHER_SUBJECT_START,
    OWN_SUBJECT,
    SEEN_ME,
    SPEAKER_START,
    SUBJECT,
    SUBJECT_WORDS,
    WITH_ME,
)
from bot.safety.cues.when import (
    AGAIN_NOW,
    ANYMORE_TAIL,
    DATED_AFTER,
    NOT_ANYMORE,
    NOT_TODAY,
    NOWISH,
    ONGOING_BEFORE,
    PAST,
    PAST_SPAN,
    PRESENT_I,
    RECENT,
    RECENT_DAY,
)
from bot.safety.structure import MessageStructure


class Context(MessageStructure):
    """Modifier detection for one normalised message, over its structure."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # Results that depend only on a sentence, segment or clause, or on the whole match:
        # a long message has dozens of matches sharing a handful of sentences, and rules
        # often match the same words.
        self._by_span: dict[tuple[object, ...], bool] = {}
        self._modifiers: dict[tuple[int, int], frozenset[str]] = {}

    def _negated(self, clause_start: int, start: int) -> bool:
        if SPEAKER_START.match(self.text, start):
            # "i'm not okay honestly i'm drunk right now": the "not" is another clause's
            return False
        before = self.text[clause_start:start]
        if DOUBLE_NEGATIVE.search(before):
            return False
        if OTHER_SUBJECT_START.match(self.text, start) and REFUSAL_IF.search(before):
            return False  # "if i dont he burns me": the refusal is the condition, not the act
        if NOT_THAT.search(before, max(0, len(before) - 80)):  # (it ends at the match)
            return True  # "I'm exhausted, not that I want to die": it negates what follows
        words = before.split()[-5:]
        # Chat ends a clause with a laugh or an aside: "cant feel my face lol been drinking
        # since lunch" negates nothing after the "lol".
        for index in range(len(words) - 1, -1, -1):
            if words[index] in CLAUSE_ENDING_ASIDES:
                words = words[index + 1 :]
                break
        # A negation before a new subject belongs to another clause: "if I don't get the job
        # I'm going to the bar". One before "after" or "because" negates the main verb, not the
        # cause: "i can't face everyone after drinking last friday".
        for index in range(len(words) - 1, -1, -1):
            if words[index] in SUBJECT_WORDS:
                words = words[index:]
                break
            if words[index] in CAUSES:
                words = words[index + 1 :]
                break
        window = " ".join(words)
        if not window:
            return False
        if len(words) >= 2 and words[-2] == "not" and self.text.startswith(words[-1], start):
            return False  # "not drunk drunk. just drinking": the doubled word is emphasis
        cleaned = NOT_NEGATION.sub(" ", window)
        return bool(NEGATION.search(cleaned))

    def _past(self, segment: tuple[int, int], clause: tuple[int, int]) -> bool:
        if not self._dated(segment, clause) and not self._finished_span(segment):
            return False
        # "I used to cut, and last night I did it again", "been sober since 2019 and i drank last
        # night", "i used to cut and i'm thinking about killing myself": the clause's own time
        # wins, unless the history is told in that clause itself.
        return not (
            NOWISH.search(self.text, clause[0], clause[1])
            or RECENT_DAY.search(self.text, clause[0], clause[1])
            or (
                PRESENT_I.search(self.text, clause[0], clause[1])
                and not PAST.search(self.text, clause[0], clause[1])
            )
        )

    def _vow_before_history(self, segment: tuple[int, int], start: int, end: int) -> bool:
        """Whether the match is the speaker's vow (``I_WILL``) and every history cue in its
        segment comes after it: "i'll put him in the hospital i used to work at" dates the
        hospital, not the vow. ("I was gonna ..." is no vow.)"""
        if not I_WILL.search(self.text, max(segment[0], start - 16), start + 8):
            return False
        return all(cue.start() >= end for cue in PAST.finditer(self.text, *segment))

    def _dated(self, segment: tuple[int, int], clause: tuple[int, int]) -> bool:
        """Whether a history cue in the segment dates the match: one before the end of the
        match's clause, or one after it that only gives a time ("i od'd in my car, two years ago
        now"), not another event told with its own subject ("i want to die, two years ago i
        od'd")."""
        for cue in PAST.finditer(self.text, *segment):
            if cue.start() < clause[1]:
                return True
            later = self.clause_span(cue.start())
            if not OWN_SUBJECT.search(self.text, *later):
                return True
        return False

    def _finished_span(self, segment: tuple[int, int]) -> bool:
        """Whether the segment names a span of time that is over: "i drank for eight months
        straight", not "i've been drinking for two years" or "saved my meds for a year, taking
        them tonight"."""
        if NOWISH.search(self.text, *segment):
            return False
        return any(
            not ONGOING_BEFORE.search(self.text, max(segment[0], span.start() - 40), span.start())
            for span in PAST_SPAN.finditer(self.text, *segment)
        )

    def _retrospective(self, sentence: tuple[int, int]) -> bool:
        """'I was the guy drinking before every shift. not anymore' or '... That was 2012.':
        the next sentence makes this one a retrospective."""
        start, end = sentence
        if ANYMORE_TAIL.search(self.text, start, end):
            return True
        if end >= len(self.text):
            return False
        following = self.text[end : self._sentence_after(end)]
        if NOT_TODAY.match(following):
            return not RECENT.search(self.text, start, end)
        return bool(NOT_ANYMORE.match(following) or DATED_AFTER.match(following))

    def _other_person(
        self, segment_start: int, start: int, end: int, clause_start: int, generic_is_me: bool
    ) -> bool:
        if FIRST_PERSON_START.match(self.text, start):
            return False  # the match names the speaker as its subject ("i'm going to ...")
        if SEEN_ME.search(self.text, max(0, start - 12), start):
            return False  # the speaker is the one seen so: "my kids saw me drunk on thursday"
        if ON_MY_BODY.match(self.text, end):
            return False
        if MY_OWN.search(self.text, max(0, start - 4), start):
            return False  # "my counselor asked me to rate my urge to self-harm": the urge is mine
        window_start = max(segment_start, start - 120)
        last: re.Match[str] | None = None
        # Search a little past the match start so that "my nephew's been" can see "been".
        for match in SUBJECT.finditer(self.text, window_start, min(len(self.text), start + 30)):
            if match.start() >= start:
                break
            if match.group("third") is not None and (
                GONE_TO.search(self.text, max(0, match.start() - 20), match.start())
                or (
                    match.group(0) in HELPERS
                    and ASKED_FOR_HELP.search(self.text, max(0, match.start() - 8), match.start())
                    and HELP_ASKED.match(self.text, match.end())
                )
            ):
                continue
            last = match
        if last is None:
            # A bare clause after "and" ("... took a bunch of pills and won't wake up") keeps the
            # subject of the sentence.
            return False
        if last.group("third") is None:
            return False
        if WITH_ME.search(self.text, max(0, last.start() - 8), last.start()) or AND_ME.match(
            self.text, last.end()
        ):
            return False  # "me and my friend used", "my friend and me used": the speaker is one
        subject = last.group(0)
        if subject in GENERIC_SUBJECTS and GENERIC_YOU.search(self.text, segment_start, start):
            return False
        if subject in ANYONE_SUBJECTS and ANYONE_ELSE.search(self.text, segment_start, start):
            return False
        return not (subject in SELF_REFERRED and (generic_is_me or self._about_me))

    @cached_property
    def _asking_for_now_at(self) -> int:
        """Where the message last says its question is about what the speaker is doing
        (``ASKING_FOR_NOW``), or -1: one scan per message, not one per match."""
        found = [match.start() for match in ASKING_FOR_NOW.finditer(self.text)]
        return found[-1] if found else -1

    @cached_property
    def _for_someone_now_at(self) -> int:
        """Where the message last asks what to do for someone now (``FOR_SOMEONE_NOW``), or
        -1."""
        if "sleep" not in self.text:
            return -1
        found = [match.start() for match in FOR_SOMEONE_NOW.finditer(self.text)]
        return found[-1] if found else -1

    @cached_property
    def _about_me(self) -> bool:
        """Whether the speaker says that what they ask or tell is about themselves."""
        return ABOUT_ME.search(self.text) is not None

    def _joke(self, sentence: tuple[int, int]) -> bool:
        if not self._may_joke:
            return False
        start, end = sentence
        following = self.text[end : self._sentence_after(end)] if end < len(self.text) else ""
        laughed = bool(JOKE.search(self.text, start, end) or LAUGH_ONLY.match(following))
        # (unless the laugh is taken back: "... lol. no but actually")
        return laughed and not (
            NOT_JOKING.search(self.text, start, end) or NOT_JOKING.search(following)
        )

    # Literal pre-tests, once per message: every match of the pattern contains one of these
    # strings (read off the patterns, and checked by the unit tests), so when the message
    # has none of them the per-match searches can be skipped. These patterns rarely match,
    # and the test is far cheaper than a regex search per match.
    @cached_property
    def _may_joke(self) -> bool:
        """JOKE and LAUGH_ONLY need "lol", "/j", "/s" or "jk"."""
        text = self.text
        return "lol" in text or "jk" in text or "/j" in text or "/s" in text

    @cached_property
    def _may_almost(self) -> bool:
        """ALMOST needs "almost", "nearly" or "close to"."""
        text = self.text
        return "almost" in text or "nearly" in text or "close to" in text

    @cached_property
    def _may_ask(self) -> bool:
        """ASKED needs "ask", "wondered" or "checked"."""
        text = self.text
        return "ask" in text or "wondered" in text or "checked" in text

    def _answer(self, sentence: tuple[int, int], start: int, end: int) -> str:
        """ "no" or "yes" when the match sits in a question someone asked the speaker and the
        answer follows; "" otherwise."""
        if not self._may_ask or not ASKED.search(self.text, sentence[0], start):
            return ""
        after = (end, self._sentence_after(sentence[1]))
        denial = ANSWERED_NO.search(self.text, *after)
        if denial is not None and RETRACTED.search(
            self.text, denial.end(), self._sentence_after(after[1])
        ):  # the sentence after the answer may take it back
            return "yes"
        if denial is not None or DENIED_AFTER.match(self.text[sentence[1] : after[1]]):
            return "no"
        return "yes" if ANSWERED_YES.search(self.text, *after) else ""

    @cached_property
    def _may_accident(self) -> bool:
        """ACCIDENT needs "accident" (accidentally, by/on accident), "accidently" or
        "by mistake"."""
        text = self.text
        return "accident" in text or "by mistake" in text

    def _managed(self, end: int, sentence: tuple[int, int], clause_start: int, start: int) -> bool:
        if self._may_almost and ALMOST.search(self.text, max(clause_start, start - 40), start):
            return True
        return bool(MANAGED_AFTER.search(self.text, end, self._sentence_after(sentence[1])))

    def idiom_spans(self) -> list[tuple[int, int]]:
        """Spans of idioms that use risk words harmlessly."""
        return self._idioms

    @cached_property
    def _idioms(self) -> list[tuple[int, int]]:
        spans = [match.span() for match in IDIOMS.finditer(self.text)]
        if spans and DANGER.search(self.text):
            # "He's drunk and says he's going to kill me when I come out" is no figure of
            # speech: beside signs of danger, a threat to kill the speaker is read literally.
            spans = [span for span in spans if not THREAT_TO_ME.search(self.text, *span)]
        return spans

    def modifiers(self, start: int, end: int) -> frozenset[str]:
        """The context modifiers that apply to the match ``text[start:end]``."""
        key = (start, end)
        found = self._modifiers.get(key)
        if found is None:
            found = self._modifiers[key] = self._find_modifiers(start, end)
        return found

    def _once(
        self, key: tuple[object, ...], compute: Callable[..., bool], *spans: tuple[int, int]
    ) -> bool:
        """``compute(*spans)``, once per ``key`` for this message (results that depend only
        on a sentence, segment or clause; arguments rather than a closure, which would be
        built on every match)."""
        value = self._by_span.get(key)
        if value is None:
            value = self._by_span[key] = compute(*spans)
        return value

    def _recent(self, window: tuple[int, int]) -> bool:
        return bool(RECENT.search(self.text, *window) and not NOWISH.search(self.text, *window))

    def _conditional(self, segment_start: int, start: int, clause: tuple[int, int]) -> bool:
        """Whether a condition ("if ...") before the match governs it: not from an earlier
        clause when the match's own clause names its time ("if my boss calls i'll quit honestly
        i'm drunk right now"). Unlike a supposition or a topic, a present tense alone does not
        free it: "if he leaves, i'm drinking" is the condition's consequence."""
        found = [match.end() for match in CONDITIONAL.finditer(self.text, segment_start, start)]
        return bool(found) and not (found[-1] <= clause[0] and self._own_time(clause))

    def _own_time(self, clause: tuple[int, int]) -> bool:
        """Whether the clause names its own time: now, today, last night, this week ..."""
        return bool(NOWISH.search(self.text, *clause) or RECENT_DAY.search(self.text, *clause))

    def _in_later_clause(self, cue_end: int, clause: tuple[int, int], start: int) -> bool:
        """Whether a cue that ends at ``cue_end`` belongs to an earlier clause than the match,
        whose own clause says it is the speaker's, now: "what if nobody shows up and i want to
        die right now", "we talked about coping skills in group and i want to die"."""
        if cue_end > clause[0]:
            return False
        return bool(
            self._own_time(clause)
            or SPEAKER_START.match(self.text, start)
            or PRESENT_I.search(self.text, *clause)
        )

    def _hypothetical(
        self, segment_start: int, start: int, end: int, sentence_end: int, clause: tuple[int, int]
    ) -> bool:
        """Whether a hypothetical governs the match at ``start``. A question's opener ("how
        do you", "would it") does not reach past a statement the speaker makes inside it: "how
        do you stop when I've already used today" reports a fact, and "... and now I'm
        scared" after the match says the supposition already happened."""
        found = list(HYPOTHETICAL.finditer(self.text, segment_start, start))
        if not found:
            return False
        if NOW_AFTER.search(self.text, end, sentence_end):
            return False
        last = found[-1]
        if ANYONE_IF.match(self.text, last.start()) and I_WILL.search(
            self.text, last.end(), start + 8
        ):
            return False  # the speaker's vow on anyone's act is a condition (``ANYONE_IF``)
        if self._in_later_clause(last.end(), clause, start):
            return False  # a later clause of the speaker's: "what if ... and i'm drunk right now"
        if not QUESTION_OPENER.fullmatch(last.group(0)):
            return True
        if GENERIC_YOU.match(self.text, last.start()):
            return False  # how "you" cope "when ..." asks about the speaker's own state
        # The statement may be the match itself ("... I used this morning").
        return not (
            STATED.search(self.text, last.end(), end)
            or NEW_CLAUSE_I.search(self.text, last.end(), end)
        )

    def _topic(
        self, segment: tuple[int, int], start: int, end: int, clause: tuple[int, int]
    ) -> bool:
        """Whether the match is about a topic (a lesson, a show, a game ...) named before it
        in its segment, with no cry for help or first-person statement in between ("why
        bother with the homework when I'm not going to be around"), or named right after it."""
        found = list(TOPIC.finditer(self.text, segment[0], start))
        if (
            found
            and not self._in_later_clause(found[-1].end(), clause, start)
            and not OWN_WRITING.search(self.text, max(0, found[-1].start() - 40), found[-1].start())
        ):
            reach = (found[-1].end(), start)
            # (The statement may be the match itself: "bigger news is I smoked tonight".)
            stated = STATED.search(self.text, reach[0], end)
            if not (HELP_NOW.search(self.text, *reach) or stated):
                return True
        if "pt" in self.text or "patient" in self.text:
            for match in PATIENT_EVENT.finditer(self.text, max(segment[0], start - 40), segment[1]):
                if match.start() < end and start < match.end():
                    return True
        return bool(TOPIC_AFTER.search(self.text, end, segment[1]))

    def _confirmed(self, sentence: tuple[int, int]) -> bool:
        """Whether the next sentence says this one is meant (see ``CONFIRMED_AFTER``) or
        done (``DONE_AFTER``)."""
        return self._said_after(sentence, CONFIRMED_AFTER) or self._done(sentence)

    def _done(self, sentence: tuple[int, int]) -> bool:
        """Whether the next sentence says the speaker did what this one supposed."""
        return self._said_after(sentence, DONE_AFTER)

    def _said_after(self, sentence: tuple[int, int], pattern: re.Pattern[str]) -> bool:
        _, end = sentence
        if end >= len(self.text):
            return False
        return bool(pattern.match(self.text[end : self._sentence_after(end)]))

    def _disclosed_supposition(self, segment_start: int, end: int, sentence_end: int) -> bool:
        """Whether a supposition before the match's end is told in the past tense about a
        recent time (``PAST_SUPPOSITION``) or in the present about right now
        (``PRESENT_SUPPOSITION``): what was supposed was done, or is so."""
        if "if " not in self.text:
            return False
        return any(
            found is not None and found.start() < end
            for found in (
                PAST_SUPPOSITION.search(self.text, segment_start, sentence_end),
                PRESENT_SUPPOSITION.search(self.text, segment_start, sentence_end),
            )
        )

    def _counterfactual(self, segment_start: int, start: int, end: int) -> bool:
        """Whether the match sits inside the condition of a counterfactual (``COUNTERFACTUAL``):
        "if i relapsed i'd lose my kids"."""
        return any(
            found.start() < start and end <= found.end()
            for found in COUNTERFACTUAL.finditer(self.text, segment_start, end + 40)
        )

    def _afraid(self, clause_start: int, start: int) -> bool:
        """Whether the speaker fears what the match at ``start`` tells (a fear word before it in
        its clause that is not reassurance of others)."""
        text = self.text
        fears = [match.span() for match in FEAR.finditer(text, clause_start, start)]
        if not fears or NOT_FEAR.search(text, clause_start, start):
            return False
        told = [match.span() for match in REASSURANCE.finditer(text, clause_start, start)]
        return any(not any(low <= f_start < high for low, high in told) for f_start, _ in fears)

    def _accidental(self, sentence: tuple[int, int]) -> bool:
        return bool(ACCIDENT.search(self.text, *sentence))

    def _find_modifiers(self, start: int, end: int) -> frozenset[str]:
        found: set[str] = set()
        text = self.text
        sentence, segment, clause = self._spans(start)
        if self._quoted(start, end):
            found.add("quoted")
        answer = self._answer(sentence, start, end)
        if answer == "no" or (
            self._negated(clause[0], start) and not COMPARED_AFTER.match(text, end)
        ):
            found.add("negated")
        past = self._once(("past", segment, clause), self._past, segment, clause)
        if (past and not self._vow_before_history(segment, start, end)) or self._once(
            ("retrospective", sentence), self._retrospective, sentence
        ):
            found.add("past")
            if AGAIN_NOW.search(text, sentence[1]):
                found.discard("past")
                found.add("recurring")
        window = (clause[0], max(clause[1], end))
        if self._once(("recent", window), self._recent, window):
            found.add("recent")
        # "does it count as a relapse if I only had 3 shots tonight?" asks about what was done
        done = (
            bool(COUNTS_IF.search(text, segment[0], end))
            or bool(EMERGENCY_IF.search(text, segment[0], end))
            or self._disclosed_supposition(segment[0], end, sentence[1])
            or self._asking_for_now_at >= end
            or self._once(("done", sentence), self._done, sentence)
        )
        supposed = not done and self._for_someone_now_at < end
        if (
            answer != "yes"
            and supposed
            and self._hypothetical(segment[0], start, end, sentence[1], clause)
            and not self._once(("confirmed", sentence), self._confirmed, sentence)
        ):
            found.add("hypothetical")
        if self._afraid(clause[0], start):
            found.add("fear")
        if answer != "yes" and supposed and self._conditional(segment[0], start, clause):
            found.add("conditional")
            if self._counterfactual(segment[0], start, end):
                found.add("counterfactual")
        near = max(clause[0], start - 40)
        # (An urge governs the words right after it: a match that opens with the speaker,
        # "i don't want to worry anyone i'm drunk right now", is a statement of its own.)
        if URGE.search(text, near, start) and not SPEAKER_START.match(text, start):
            found.add("urge")
        if self._managed(end, sentence, clause[0], start):
            found.add("managed")
        if self._may_almost and ALMOST.search(text, near, start):
            found.add("almost")
        if self._may_accident and self._once(("accidental", sentence), self._accidental, sentence):
            found.add("accidental")
        if self._other_person(segment[0], start, end, clause[0], generic_is_me=done) or any(
            q_start <= start and end <= q_end for q_start, q_end in self._inline_quotes[1]
        ):
            found.add("other_person")
        if any(i_start < end and start < i_end for i_start, i_end in self._idioms):
            found.add("idiom")
        elif ("." in text[end : end + 2] or "…" in text[end : end + 2]) and PUNCHLINE.match(
            text, end
        ):
            found.add("idiom")  # a pun: "i relapsed... on my diet"
        if (
            "if " in text
            and KILL_WORD.search(text, start, end)
            and TRIVIAL_IF.search(text, *sentence)
        ):
            found.add("trivial")
        if self._once(("joke", sentence), self._joke, sentence):
            found.add("joke")
            if "one more" in text and ONE_MORE_TIME.search(text, *sentence):
                found.add("hyperbole")
        if self._topic(segment, start, end, clause) and not self._once(
            ("confirmed", sentence), self._confirmed, sentence
        ):
            found.add("topic")
        return frozenset(found)
