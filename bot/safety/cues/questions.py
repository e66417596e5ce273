"""Questions, suppositions and answers: hypotheticals and conditions, questions about what
"you" or "anyone" do that are the speaker's own, a supposition that is a disclosure, someone
else's question and the speaker's answer to it, and sentences that say a question is meant.
"""

from __future__ import annotations

import re

from bot.safety.patterns import expand

HYPOTHETICAL = re.compile(
    r"\b(?:what if|what happens if|what would happen if|what would you do if|what do (?:i|you|we) do "
    r"if|what should (?:i|you|we) do if|what should i say if|how do (?:you|we)|how would|"
    r"hypothetically|in theory|imagine|imagined|pictured|(?<!not gonna )(?<!not going to )"
    r"(?<!won't )(?<!i can't )pretend|suppose|supposing|would it|"
    r"would (?:that|eating|drinking|using|taking) (?:\w+ )?(?:count|be)|does (?:it|that|\w+) count|"
    r"if (?:i|you|someone|somebody|anyone|a person|people|they|we) (?:ever|had|were|did)|"
    r"(?<!asked )(?<!asked me )(?<!asks )(?<!asks me )(?<!asking )(?<!asking me )(?<!wondered )if i'd|"
    r"would (?:i|you|we) have|(?:i'd|id|i would|would've) have been|if you (?:find|see|notice|come across|walk in on)|"
    r"if someone|if somebody|if anyone|if a (?:friend|person|member)|plan for|prepare for|"
    r"practicing|practising|rehearse|rehearsing|role ?play|worst case|nightmare|dream|dreamt|"
    r"dreamed|dreaming|someday|one day i might|could happen|might happen|warning signs?|"
    # what the old self would have done: "my old self would have hurt myself over this"
    r"old (?:self|me) would(?:'ve| have)|"
    # what someone else would wrongly believe: "without her thinking i relapsed"
    r"without (?:her|him|them|people|anyone|everyone|my \w+) (?:thinking|assuming|believing)|"
    r"(?:she|he|they|people|everyone)(?:'ll| will| might| would)? (?:think|assume)s? i)\b"
)
# A supposition about anyone at all whose consequence the speaker vows is their own condition,
# not a hypothetical: "if anyone in my family touches my partner i'm gonna kill them". (The
# speaker's vow is read between the supposition and the match's first words.)
ANYONE_IF = re.compile(r"if (?:someone|somebody|anyone|anybody)\b")
I_WILL = re.compile(r"\b(?:i'll|i will|i'm gonna|im gonna|i'm going to|im going to|imma|i swear)\b")
# Question openers among the hypotheticals, and the first-person statement of fact that ends
# their reach. "How do I ...?" is none: the speaker asks how to handle what is happening to them
# ("how do I hide fresh cuts at group tomorrow?", "how do I tell my therapist I want to die?");
# a supposition there says "if" ("how do I know if I'm overdosing").
QUESTION_OPENER = re.compile(r"how do (?:you|we)|how would|would it")
STATED = re.compile(
    r"\b(?:that i|i've|i have been|i'm|i am|i was|i got|i did|i just|i already|i keep|"
    r"(?<!if )(?<!when )(?<!once )i (?:used|drank|relapsed|slipped|picked up|took|bought|"
    r"smoked|snorted|popped|cut|burned|burnt|hurt|harmed|hit|went|had|ate|threw|scored|caved))\b"
)
# "What do I do if I took a bunch of pills and now I'm scared": the "now" after the match
# says the "if" is no supposition.
NOW_AFTER = re.compile(r"\b(?:and|but|so) (?:right )?now (?:i'm|i am|i feel|i can't|i don't|my)\b")
# A new clause of the speaker's also ends a question opener's reach ("how do I get through
# tonight, I really want to die"), though not a topic word's.
NEW_CLAUSE_I = re.compile(r"[,;:] (?:and |but |honestly |tbh )?i\b")
# A question about what "you" or "people" do in a situation asks about the speaker's own:
# "what do you do when you actually want to die", "how do people get through the night when
# suicide feels like the only way out".
GENERIC_YOU = re.compile(
    r"\b(?:what|how|who|where) (?:do|can|should|would|did|are) (?:you(?: all| guys)?|y'all|people|"
    r"others|we) (?:(?:[\w']+ ){0,6}(?:when|if|once|after|while)|(?:[\w']+ ){0,2}(?:get through|"
    r"ride out|deal with|handle|cope with|resist|fight off|get past|get over|push through|sit with|"
    # tending or hiding a wound asks about the speaker's own: "how do you hide fresh cuts at work?"
    r"hide|cover up|cover|clean|treat|bandage|heal))\b"
)
GENERIC_SUBJECTS = frozenset(["you", "you're", "you've", "you'll", "people"])
# "Does anyone else ...?" asks whether others share what the speaker feels: "do other people
# hope they just don't wake up some mornings?" Its "they" and "anyone" are the speaker too.
ANYONE_ELSE = re.compile(
    r"\b(?:does|do|did|is|am i the only one|anyone) (?:anyone|anybody|any of you|other people|others|"
    r"you guys|y'all|everyone)(?: else)?\b"
)
ANYONE_SUBJECTS = frozenset(
    [*GENERIC_SUBJECTS, "they", "they're", "anyone", "anybody", "others", "everyone"]
)
# The speaker saying the question is about them: "can you be suicidal and still go to work?
# bc that's me today", "asking for me obviously".
ABOUT_ME = re.compile(
    r"\b(?:asking for (?:me|myself)|(?:that's|that is|this is|it's|thats) (?:me|literally me|"
    r"me rn|me right now|me today|me tonight)\b|i mean me\b|(?:talking|asking) about (?:me|myself)|"
    r"(?:is|was) (?:that|it) just me|or (?:is it )?just me\b|that was me\b|that's where i am|"
    r"i'm (?:right )?there (?:now|rn|right now|tonight|today)|mine (?:was|started|is|are|happened)\b|mine's\b)"
)
SELF_REFERRED = frozenset([*GENERIC_SUBJECTS, "someone", "somebody"])
# Asking whether what the speaker did counts: "does it count as a relapse if I only had 3 shots
# tonight?", "does that reset my date if I drank at the wedding?" (past tense: it was done).
COUNTS_IF = re.compile(
    r"\b(?:does|did|would|will) (?:it|that|this) (?:still )?(?:count|reset|break|ruin|mean)\b"
    r"[^?.!\n]{0,30}? if (?:i|we) (?:only |just |accidentally )?(?:had|drank|used|snorted|smoked|took|"
    r"popped|did|shot|relapsed|slipped)\b|"
    # "is my sobriety over if i'm parked in the driveway with a bottle i opened?"
    r"\b(?:is|does) my (?:sobriety|streak|clean time|sober date|date|day count|recovery) (?:still )?"
    r"(?:over|gone|ruined|reset|done|count)\b[^?.!\n]{0,20}? if (?:i|i'm|im)\b"
)
# A supposition told in the past tense about a recent time is a disclosure in disguise: "does
# the clinic kick you out if you used over the weekend?", "hypothetically if someone used this
# morning do they still come to group", "what do i tell my sponsor if i drank last night". Its
# "you" or "someone" is the speaker. (A time to come, "what if i drink on saturday", and
# "tonight" or "today", which a supposition may look ahead to or weigh, "if i drank today
# i'd lose my kids", are no disclosure; "this afternoon" and "earlier" are.)
PAST_SUPPOSITION = re.compile(
    expand(
        r"\bif (?:i|you|u|someone|somebody|anyone|a person|one) (?:only |just |already |maybe |"
        r"accidentally |kinda |kind of |like )?(?:\w+ed|\w+'d|drank|took|had|did|got|went|shot|smoked|"
        r"snorted|hit|bought|was|were)\b[^?.!\n]{0,60}?\b(?:this morning|last night|yesterday|"
        r"(?:over|on) the weekend|this past weekend|last weekend|"
        r"earlier(?! (?:this|last|in|that))|this afternoon|(?:an|one|two|a few|"
        r"\d+) (?:hours?|hrs?) ago|(?:a few|a couple(?: of)?|couple|two|three|\d+) days ago|"
        r"(?:on |last )?(?:{DAYNAME}))\b"
    )
)
# A supposition about the speaker's state right now is no supposition either: "should i still
# log on to group tonight if i'm high right now", "is it ok to come if i'm drunk rn".
PRESENT_SUPPOSITION = re.compile(
    r"\bif (?:i'm|i am|im) (?:[\w']+ ){0,3}?(?:right now|rn|atm|at the moment|currently|"
    r"as we speak|as of (?:today|tonight|now))\b"
)
# Asking whether to call for help about what is happening: "is it an emergency if his breathing
# is super slow", "should i call 911 if my mom took double her oxy". It asks about now.
EMERGENCY_IF = re.compile(
    r"\b(?:is (?:it|this|that) an emergency|(?:should|do|would|can) (?:i|we) (?:call|ring|dial) "
    r"(?:911|999|000|112|an ambulance|the ambulance|poison control|someone)|should (?:i|we) "
    r"(?:take (?:him|her|them) to|go to) the (?:er|hospital|emergency room)) if\b"
)
# A counterfactual: a past tense after "if", then what would follow ("if i relapsed i'd lose
# everything", "if i drank again my wife would leave"). It weighs the stakes of an act not
# done. (Read for relapse only: "if i took all my pills i'd finally be at peace" is ideation.)
COUNTERFACTUAL = re.compile(
    r"\bif i (?:ever |really |actually )?(?:[\w']+ ){0,5}?[\w']+,? (?:then |honestly |tbh )?"
    r"(?:i'd|i would|i wouldn't|i could|i might|i'll never|(?:my|our) [\w']+(?: [\w']+)? (?:would|'d|"
    r"wouldn't|could|might)|(?:he|she|they|we|everyone|everybody|nobody|no one|it|that|there)"
    r"(?:'d| would| wouldn't| could| might))\b(?![^.!?\n]*\?)"
)
# (Not an "if" that opens an apology or an indirect question: "sorry if this is the wrong place,
# my roommate is blue", "idk if he's breathing" tell what is so.)
CONDITIONAL = re.compile(
    # (the look-behinds after "if", so that the search can skip to each "if" first)
    r"\bif\b(?<!\bsorry if)(?<!\bapologies if)(?<!\bidk if)(?<!\bdunno if)(?<!\bknow if)"
    r"(?<!\bsure if)(?<!\bwondering if)(?<!\bsee if)(?<!\bcheck if)|"
    r"\b(?:unless|or else|next time|one more time|the moment|as soon as|the second|"
    r"the minute|when (?:he|she|they|my \w+) (?:gets|get|comes|come|shows|show))\b"
)
# Someone else's question about the match, and the speaker's answer in the same sentence or
# the next: "my therapist asked if i'd thought about ending it. i said no" reads as negated;
# "... and i said yes" is a disclosure, so the question's "if" is neither a hypothetical nor
# a condition of the speaker's. Without an answer the match keeps its reading.
ASKED = re.compile(
    r"\b(?:asked|asks|asking|wondered|checked)(?: me)?(?: [\w']+){0,3}? (?:if|whether)\b"
)
_ANSWER = (
    r"\b(?:said|say|says|answered|replied|admitted|told (?:him|her|them)|"
    r"(?:the|my) (?:honest |true |short )?answer (?:was|is))"
    r"(?: (?:honestly|truthfully))?,? "
)
ANSWERED_NO = re.compile(_ANSWER + r"(?:no|nope|not|never|none)\b")
# A next sentence that denies the question outright: "... asking if I'm suicidal? I'm really not",
# or denies it and gives the real reason: "my mum asked if i was using again because i looked
# tired. i'm not, i was up with the baby".
DENIED_AFTER = re.compile(
    r"^[\s.!?;]*(?:no,? |nope,? )?(?:(?:i'm|i am) (?:really |honestly |actually |truly |definitely )?"
    r"not|i (?:haven't|have not|didn't|did not))\b(?:[ ,.!]*$|[,.!]* (?:i'm|i am) (?:doing )?(?:ok|okay|fine|good|well|better|safe)\b|"
    r"[,.!]* (?:i was (?:just )?(?:up|tired|sick|working|awake|at work|with)|i've been (?:up|working|sick)|"
    r"(?:it was|it's) (?:just )?(?:the baby|work|allergies|a cold|the flu|no sleep|lack of sleep))\b)"
)
# An answer taken back: "... and I said no. I had been, all weekend."
RETRACTED = re.compile(
    r"\b(?:i (?:had|have) been|i was|i did|i had|i lied|(?:that|which) was a lie|"
    r"but i (?:was|had|did|am|have))\b"
)
ANSWERED_YES = re.compile(_ANSWER + r"(?:yes|yeah|yep|i (?:had|have|did|do|was|am))\b")
# A following sentence that says the one before it is meant: "are we allowed to talk about
# wanting to die here? because I do", "... it's not hypothetical".
CONFIRMED_AFTER = re.compile(
    r"^[\s.!?;]*(?:(?:because|cause|cuz|bc|and|well|honestly),? )?(?:i do|i am|i'm serious|"
    r"(?:it's|its|this is|that's) not (?:a )?(?:hypothetical|joke|theoretical)|"
    r"(?:this|it) isn't (?:a )?(?:hypothetical|joke)|not (?:a )?hypothetical|not joking|asking for real|"
    # "if I had the stuff here I'd end it. I'm that close"
    r"(?:i'm|im|i am) (?:that|so|this|really) close)\b"
)
# A next sentence saying the speaker did what the question supposed: "what happens if you mix
# xanax and vodka? asking bc I did an hour ago", "... because that's what I bought". Neither the
# "if" nor the "you" is a supposition then.
DONE_AFTER = re.compile(
    r"^[\s.!?;]*(?:(?:because|cause|cuz|bc|and|well|honestly),? )?(?:"
    r"(?:that's|thats|that is) what i (?:did|took|bought|have|used|had|just)|"
    r"i (?:did|took|had|used|drank) (?:it |that |them |some )?(?:like |about )?(?:an?|\d+|a few|few) "
    r"(?:min(?:ute)?s?|hours?|hrs?) ago)\b"
)
# Saying, anywhere after the match, that the question is about what the speaker is doing:
# "what happens if you mix oxy and benzos, asking bc im about to", "... do they kick u out?
# asking for tonight".
# Asking, after the match, what to do for someone now: "if someone is super sleepy after a
# bunch of xanax do u just let them sleep it off?" is no supposition. (Unlike
# ``ASKING_FOR_NOW`` the someone stays someone else.)
FOR_SOMEONE_NOW = re.compile(
    r"\b(?:do|should|can|could) (?:u|you|i|we) (?:just )?(?:let|leave) (?:them|him|her) "
    r"(?:to )?sleep (?:it )?off\b"
)
ASKING_FOR_NOW = re.compile(
    r"\basking (?:bc|because|cause|cuz|since|as) i(?:'?m| am| did| just| took| already| have| had|"
    r" was|'?ve)\b|\basking for (?:tonight|today|rn|right now|real)\b"
)
