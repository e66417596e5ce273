"""Where sentences, contrast segments and clauses end, and the words that negate what follows them
(with the phrasings that only look like negations).
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$|[a-z\"'])|\n")
CONTRAST = re.compile(
    r"\b(?:but|though|although|however|except|whereas|instead(?! of)|yet|tho)\b|(?<=\s)-(?=\s)"
)
# ("so bad", "so much", "so drunk" intensify: "i want to burn myself so bad rn" is one clause.)
CLAUSE = re.compile(
    r",|\b(?:and|so(?! (?:bad|badly|much|many|hard|often|long|far|close|tired|sick|done|strong|"
    r"loud|fast|deep|good|fucking|freaking|damn|drunk|high|wasted|stoned|lonely|scared|sad|angry|"
    r"depressed|numb|hungover|messed up)\b)|because|cause|cuz|then|plus|or)\b|:|"
    # an aside before the speaker starts again: "my friend relapsed last year honestly i'm ..."
    r"\b(?:honestly|lol|lmao|tbh|ngl|anyway|anyways|idk)(?= (?:i|i'm|im|i've|i have)\b)"
)
NEGATION = re.compile(
    r"\b(?:not|never|no|nope|nothing|nobody|none|without|zero|refuse to|refused to|"
    r"free of|free from|clean from|instead of|rather than|resisted|resisting|avoid|avoided|"
    r"avoiding|skipped|passed on|turned down|said no to|stopped|quit|quitting|"
    r"no longer|n't|cannot|nor)\b|n't\b"
)
# "can't stop drinking" and "don't care if" are not negations of what follows, nor are
# "wouldn't mind", "a reason not to" and a double "not not". Nor is a body that fails, a
# symptom: "i can't feel my legs after the pills".
NOT_NEGATION = re.compile(
    r"(?:can't|cannot|couldn't|won't|don't|didn't|never) (?:stop|help|wait)\b|"
    r"(?:can't|cannot|couldn't) (?:feel|breathe|move|wake|stay awake|keep my eyes|think straight|"
    r"see straight|walk straight)\b|"
    r"(?:wouldn't|would not|don't|do not) mind\b|reasons? not to\b|\bnot not\b|"
    r"(?:don't|do not|doesn't|didn't) (?:care|know|think|even know)\b|not sure|no matter|"
    r"no one (?:would|will|cares)|nobody (?:would|will|cares)|no way out|no point|"
    r"not even|can't take|can't do|can't keep|can't go on|no reason|not anymore|"
    r"not gonna lie|not going to lie|\bngl\b|not joking|no joke|not kidding|"
    # "don't worry about the black eye, it's from my husband" tells of it
    r"(?:don't|do not|dont) worry(?: about)?|"
    # a "no" said, not a denial: "every time i say no he gets physical"
    r"\b(?:say|says|said|saying|tell (?:him|her|them)|told (?:him|her|them)) no\b|"
    # what the member did unasked, not a denial of what follows: "if I text anyone without
    # asking he gets physical"
    r"\bwithout (?:asking|permission|telling (?:him|her|them))\b|"
    # asking for confidence, not denying what is told: "can I ask the counselor not to tell
    # anyone that my wife beats me?"
    r"\b(?:not|don't|dont|do not) (?:to )?tell (?:anyone|anybody|them|him|her|my \w+)\b|"
    # hopelessness, not a denial of what follows it: "nothing to live for, going to sleep for
    # good tonight"
    r"\bnothing (?:left )?to live for\b|"
    # a negative question asks to be agreed with: "wouldn't my family be better off without me"
    r"\b(?:wouldn't|won't|isn't|aren't|doesn't) (?:it|they|everyone|everybody|people|the world|"
    # (the match may follow at once: "isn't my family | better off without me")
    r"(?:my|our) \w+)(?: (?:be|feel)\b|$)"
)
# A comparison with now right after a negated event says yes: "i never wanted to die more than
# today", "never wanted a drink as bad as tonight" (but "never relapsed more than once" is no).
COMPARED_AFTER = re.compile(
    r" (?:(?:so |even )?(?:more|worse|harder) than|as (?:much|bad|badly) as) (?:today|tonight|"
    r"(?:right )?now|this (?:morning|afternoon|evening|week|month|year)|ever|i do (?:right now|now|today))\b"
)
# A double negative says yes: "i don't see why i shouldn't just end it"; so does the one
# exception to the rule.
DOUBLE_NEGATIVE = re.compile(
    r"(?:don't|do not|can't|cannot) see why (?:i|i'd) (?:shouldn't|wouldn't|can't)(?: \w+)? $|"
    # the one exception names the rule: "sleep is the only time i don't want to kill myself"
    r"\bonly (?:time|times|moment|moments|place|hours?|days?) (?:that |when )?i (?:don't|do not|dont)"
    r"(?: \w+){0,2} $"
)
# A refusal that is the condition of someone else's act: "if i dont he burns me with his
# lighter", "when i don't do it she hits me". The negation is the speaker's, the act is not.
REFUSAL_IF = re.compile(
    r"\b(?:if|when|whenever|every time|anytime) (?:i|we|u|you) (?:don't|dont|do not|won't|wont|"
    r"didn't|didnt|can't|cant|refuse)(?: \w+){0,2},? $"
)
# "not that I ...", "not like I ...": a negation of the speaker's own clause that follows.
NOT_THAT = re.compile(
    r"\bnot (?:that|like) (?:i|i'm|im|i'd)(?: \w+)? $|"
    # "I don't feel like I want to die anymore", "I no longer think I need to drink"
    r"(?:n't|\bnot|\bnever|\bno longer) (?:really |even )?(?:feel|felt|think|thought) (?:like |that )?"
    r"(?:i|i'm|im)(?: \w+)? $"
)
# Words that close a clause in chat the way a full stop would ("... lol been drinking").
CLAUSE_ENDING_ASIDES = frozenset(
    ["lol", "lmao", "lmfao", "haha", "hahaha", "rofl", "ngl", "tbh", "smh", "anyway", "anyways"]
)
# Words that open a cause or a time before the match: a negation before them is the main
# clause's ("i couldn't sleep after using", "didn't go to work because i was drinking").
CAUSES = frozenset(["after", "because", "bc", "cuz", "coz", "since"])
INLINE_QUOTE = re.compile(
    r"\"[^\"\n]{2,}\"|(?<![a-z0-9])'(?:[^'\n]|(?<=[a-z])'(?=[a-z])){3,}?'(?![a-z0-9])"
)
# Who said the words in an inline quotation, read just before it. The speaker's own words told
# again ('i told my therapist "i want to die"', 'i texted my sponsor "i relapsed"') are the
# speaker's disclosure, not a quotation; someone else's words ('she told me "i want to die"
# and hung up') are someone else's, not nobody's.
SAID_BY_ME = re.compile(
    r"\b(?:i|i've|i'd|i just|i finally|i even)\s+(?:told|tell|said|say|texted|text|wrote|write|"
    r"typed|messaged|admitted|confessed|posted|shared|screamed|yelled|keep thinking|kept thinking|"
    r"had to say|had to tell \w+)"
    r"(?:\s+(?:to\s+)?(?:my|the|our|her|his|them|him|a|an)?\s*(?:[\w']+\s+)?)?[:,]?\s*$"
)
# ... or read just after it: '"i want to die" is what i told my therapist'.
SAID_BY_ME_AFTER = re.compile(
    r"[,.]?\s*(?:is |was )?(?:what |all )?i (?:just )?(?:told|said|texted|wrote|typed|admitted)\b"
)
SAID_BY_OTHER = re.compile(
    r"\b(?:he|she|they|my [\w']+|his [\w']+|her [\w']+|their [\w']+)\s+(?:just\s+)?"
    r"(?:told me|told us|said|says|texted(?: me)?|texts(?: me)?|wrote|screamed|yelled|"
    r"keeps saying|kept saying|messaged(?: me)?|posted)[:,]?\s*$"
)
LAUGH_ONLY = re.compile(r"^[\s.!?]*(?:lol[\s.!?]*)+$")
