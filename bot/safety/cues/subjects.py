"""Who is speaking about whom: the subject of a clause (the speaker, someone else, a person
named or related), and the phrasings that keep the speaker the subject of what follows.
"""

from __future__ import annotations

import re

from bot.safety.patterns import expand

SUBJECT = re.compile(
    expand(
        r"\b(?P<first>i|i'm|i've|i'll|i'd|we|we're|we've|myself)\b|"
        r"(?P<third>\b(?:he|she|they|he's|she's|they're|he'll|she'll|they'll|he'd|she'd|"
        # "you" after a preposition or a telling is spoken to ("not gonna lie to you guys, ...")
        r"(?<!to )(?<!with )(?<!for )(?<!at )(?<!tell )(?<!telling )(?<!told )(?<!thank )you|"
        r"you're|you've|you'll|"
        r"someone|somebody|people|everyone|pt|pts|patient)\b|"
        # a name (no "my" or "the" before it) of someone not waking or breathing: "tina's not waking
        # up" (the lookahead first, so that the rest runs only before those words)
        r"\b(?=[a-z]{3,}+(?:(?:'s| is) not| isn't) (?:waking|breathing))(?<!my )(?<!the )(?<!a )(?<!our )"
        r"(?<!your )(?!(?:it|that|this|what|there|here|who|one|nobody|everything|nothing)\b)[a-z]{3,}+|"
        # a bare "bro" or "dude" as the subject ("bro is not waking up"), not as a vocative
        r"\b(?:bro|dude|homie|bestie|sis|guy)(?= (?:is|was|isn't|wasn't|won't|can't|just|keeps|"
        r"has|had)\b)|"
        # a bare relation opening its sentence, typed without "my" ("cousin is unresponsive")
        r"(?<![\w'] )(?<![\w'])(?:{RELATION})(?:'s(?= (?:been|not|gonna|going|always|still|using)\b))?"
        r"(?= (?!(?:of|here|and|or|too|lol|for|to|from|with|"
        r"you|i|me)\b)[\w'])|"
        # (not someone the speaker was with or fought: "fought with the bf, s/h'd in the shower")
        r"(?<!with )(?<!at )(?<!against )\b(?:my|our|your|his|her|their|a|the|this|that) "
        r"(?:[\w']+ )?{PERSON}(?:(?!'s)\b|'s(?= (?:\w+ing|been|not|gonna|going|a|an|so|really|"
        r"always|still|back|out|on|in|at|drunk|high|never|just|got|had|dead|passed|using|gray|grey|pale|"
        r"lips|breathing|face|skin|heart(?= (?:is|was|stopped|racing|rate|beat)))\b)))"
    )
)
# Right before a person, what makes them no subject of what follows:
# * the speaker went to them or bought from them ("slid to the plug and copped", "picked up
#   from my old dealer");
# * the speaker cared for them or reached them ("put the kids to bed and poured a glass",
#   "picked my son up from practice, then finished half a bottle", "texted my sponsor and
#   used anyway") or faced, lied to or let them down ("i can't face everyone after drinking
#   last friday"), or asked or told them something ("asked my doctor how many of my pills
#   would be dangerous and now i know"): the person is the object, the speaker the one who
#   goes on.
# Not "saw", "caught" or "found": the one seen or caught is the one doing it ("caught my son
# using").
GONE_TO = re.compile(
    r"\b(?:(?:went|slid|drove|walked|ran) to|(?:picked up|bought|scored|copped|got it) from|"
    r"put|tucked|picked|dropped|drove|fed|bathed|called|phoned|texted|messaged|hugged|kissed|"
    r"visited|thanked|face|facing|lied to|lying to|let down|disappointed|asked|told) $"
)
# Someone asked for help is no subject of what follows either: "can someone tell me how to
# sober up fast, been drinking since noon" (the request before the person, the help after it;
# "can someone be sober and still ..." asks about anyone).
ASKED_FOR_HELP = re.compile(r"\b(?:can|could|would|will|please|pls|plz) $")
HELP_ASKED = re.compile(
    r" (?:please |pls |plz )?(?:tell|help|explain|talk|answer|call|check|come|reply|respond|"
    r"text|dm|message|pray|sit with|stay with)\b"
)
HELPERS = frozenset(["someone", "somebody", "anyone", "anybody"])
SUBJECT_WORDS = frozenset(
    [
        "i",
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "he",
        "he's",
        "she",
        "she's",
        "they",
        "they're",
        "we",
        "we're",
        "you",
        "you're",
    ]
)
FIRST_PERSON_START = re.compile(
    expand(
        r"(?:i|i'm|i've|i'll|i'd|me|myself|we|we're|my (?!(?:[\w']+ )?{PERSON}\b)|"
        r"(?:found|finds|find|saw|sees|caught) me)\b"
    )
)
# Someone finding the speaker in a state: "my kids saw me drunk", "she found me passed out".
SEEN_ME = re.compile(r"\b(?:saw|seen|sees|see|found|finds|find|caught|catches|catch|watched) me $")
# Marks on the speaker's own body, whoever found them: "my sister found the fresh marks on my
# stomach".
ON_MY_BODY = re.compile(
    expand(r" (?:on|along|across|under|up) my (?:\w+ )?(?:{BODY}|ribs|face|neck|back|hands?)\b")
)
# The speaker's own, right before a match: "... asked me to rate my urge to self-harm".
MY_OWN = re.compile(r"(?<![\w'])my $")
# A match that opens with the speaker as its subject ("i'm drunk right now") starts its own
# clause: a negation or a topic before it belongs to another.
SPEAKER_START = re.compile(r"(?:i|i'm|im|i've|i'll|i'd|we|we're)\b")
# A match that opens with someone else as its subject ("he burns me", "my dad hits her").
OTHER_SUBJECT_START = re.compile(
    r"(?:he|she|they|he's|she's|they're|he'll|she'll|they'll|my \w+)\b"
)
# A clause with a subject of its own tells its own event; one without only adds a time to the
# clause before it ("..., two years ago now").
OWN_SUBJECT = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|we|we're|he|she|they|he's|she's|they're|my|his|her|their|our)\b"
)
# The speaker named in a pair: "me and my friend used last night", "my friend and me relapsed".
WITH_ME = re.compile(r"\b(?:me|myself) (?:and|&|n) $")
AND_ME = re.compile(r" (?:and|&|n) (?:me|i|myself)\b")
