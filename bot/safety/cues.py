"""The cues ``context`` looks for around a match, as compiled patterns: where sentences, segments
and clauses end, and the words that say negated, past, recent, hypothetical, feared, wished,
someone else, idiom, joke, topic, quoted ... (``context``'s docstring gives each modifier's
scope). Kept apart from the logic that scopes them so each can be read alone.
"""

from __future__ import annotations

import re

from bot.safety.patterns import expand

SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$|[a-z\"'])|\n")
CONTRAST = re.compile(
    r"\b(?:but|though|although|however|except|whereas|instead(?! of)|yet|tho)\b|(?<=\s)-(?=\s)"
)
# ("so bad", "so much" intensify: "i want to burn myself so bad rn" is one clause.)
CLAUSE = re.compile(
    r",|\b(?:and|so(?! (?:bad|badly|much|many|hard|often|long|far|close|tired|sick|done|strong|"
    r"loud|fast|deep|good|fucking|freaking|damn)\b)|because|cause|cuz|then|plus|or)\b|:"
)

NEGATION = re.compile(
    r"\b(?:not|never|no|nope|nothing|nobody|none|without|zero|refuse to|refused to|"
    r"free of|free from|clean from|instead of|rather than|resisted|resisting|avoid|avoided|"
    r"avoiding|skipped|passed on|turned down|said no to|stopped|quit|quitting|"
    r"no longer|n't|cannot|nor)\b|n't\b"
)
# "can't stop drinking" and "don't care if" are not negations of what follows, nor are
# "wouldn't mind", "a reason not to" and a double "not not".
NOT_NEGATION = re.compile(
    r"(?:can't|cannot|couldn't|won't|don't|didn't|never) (?:stop|help|wait)\b|"
    r"(?:wouldn't|would not|don't|do not) mind\b|reasons? not to\b|\bnot not\b|"
    r"(?:don't|do not|doesn't|didn't) (?:care|know|think|even know)\b|not sure|no matter|"
    r"no one (?:would|will|cares)|nobody (?:would|will|cares)|no way out|no point|"
    r"not even|can't take|can't do|can't keep|can't go on|no reason|not anymore|"
    r"not gonna lie|not going to lie|\bngl\b|not joking|no joke|not kidding"
)
# A double negative says yes: "i don't see why i shouldn't just end it".
DOUBLE_NEGATIVE = re.compile(
    r"(?:don't|do not|can't|cannot) see why (?:i|i'd) (?:shouldn't|wouldn't|can't)(?: \w+)? $"
)
PAST = re.compile(
    expand(
        r"\b(?:(?<!i'm )(?<!im )(?<!am )(?<!get )(?<!got )(?<!getting )(?<!be )(?<!than i )(?<!than it )used to|use to|(?:years?|yrs?) ago|months ago|decades? ago|a while (?:ago|back)|long time ago|"
        r"long ago|from (?:age )?\d{1,2} (?:to|until|till) \d{1,2}\b|since i last|"
        # "that was the last time i drank", "last time i had a drink was my 21st birthday",
        # "it's been a long while since i wanted to hurt myself"
        r"(?:that|it|this) was the last time i\b|\blast time i (?:\w+ ){1,5}was (?:my|in|on my|at my|back|"
        r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"
        r"(?:19|20)\d\d|before (?:my|i|we|the)|(?:\w+ ){1,2}(?:years?|months?|decades?) ago)\b|"
        r"(?:it's|its|it has) been (?:a (?:long )?(?:while|time)|ages|years|months) since|"
        r"(?:most|all|much|half) of my (?:teens|twenties|20s|thirties|30s|childhood|youth)|"
        r"times before (?:it|this|that|something|sobriety|recovery)(?: \w+)? (?:finally )?"
        r"(?:stuck|clicked)|"
        r"back(?<!days back)(?<!day back)(?<!weeks back)(?<!week back)(?<!nights back)(?<!night back) (?:when|then|in the day)|back in (?:the (?:day|days|\d0s|old|early|late)|(?:19|20)\d\d|'\d\d|"
        r"my (?:\w+ )?(?:days|life|twenties|teens|20s|30s|youth|addiction)|high school|college|school|uni|university|"
        r"grad school|undergrad|the (?:army|navy|service|military|marines|corps)|"
        r"those|january|february|march|april|may|june|july|august|september|october|november|"
        r"december|(?:the )?(?:spring|summer|fall|autumn|winter))|"
        r"when i was (?:a |in |at |still |using|drinking|young|"
        r"younger|little|\d+|in active)|as a (?:kid|child|teen|teenager)|when we were (?:kids|young|"
        r"little|teens)|in (?:high school|middle school|college|my (?:teens|twenties|20s|thirties|"
        r"30s|forties|past|old life|addiction|active addiction|drinking days|using days|youth))|"
        r"(?:in|since|of|from|until|till) (?:19|20)\d\d|the first time (?:i|he|she|we|they) (?:\w+ ){1,4}"
        r"was|when i (?:drank|used)(?! (?:again|last|yesterday|this|on|tonight|today|earlier|just|\w+day)\b)|in the (?:50s|60s|70s|80s|90s|2000s)|(?:\d+|a|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|several|many|a few|few) (?:years?|yrs?|decades?) (?:ago|"
        r"since|back)|my (?:first|last) (?:od|overdose|"
        r"drink|drug|relapse|attempt|time|use|high|hit)(?! was (?:(?:on |this |last )?{DAYNAME}|yesterday|"
        r"last night|this morning|today|tonight|this week|last weekend|over the weekend|(?:[1-9]|two|three|four|"
        r"five|a few|a couple(?: of)?) days ago|(?:\d+|an?|one|two|three|a few|a couple(?: of)?) hours? ago)\b)|"
        r"last year|"
        r"before (?:(?:i|he|she|they|we) (?:finally )?got|getting) (?:into )?(?:sober|clean|help|treatment|rehab|"
        r"recovery)|in the past|during my|"
        r"when i was in active|in active (?:addiction|use)|once (?:told|said|warned|asked)|"
        r"(?:\d+|two|three|four|five|a few|several|many) times in my life|"
        r"(?:the )?last time was (?:in )?(?:19|20)\d\d|before (?:this|my current) (?:stretch|streak|run|"
        r"attempt|sobriety|recovery|time)|(?:that|this) was the era|rock bottom|(?:i|we|he|she) hit bottom|my old life|(?<!from )(?<!like )(?<!it's )(?<!its )the old days|(?:the )?old me|since then|in my using days|"
        r"in my drinking days|at age \d+|at \d+ years old|(?:\d+|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|a few) (?:years?|months?) since|last spring|last summer|last fall|"
        r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|few|"
        r"several) (?:winters?|summers?|springs?|autumns?|christmases|birthdays) ago|"
        r"when i was (?:(?:twenty|thirty|forty|fifty|sixty|seventy)\w*|eighteen|nineteen|"
        r"seventeen|sixteen|fifteen|fourteen|thirteen)|"
        r"at (?:age )?(?:1[3-9]|[2-6]\d|seventeen|eighteen|nineteen|sixteen|fifteen)\b(?![:.]\d)"
        r"(?! ?(?:am|pm|o'?clock|tonight|today))|i remember (?:the (?:first |last )?(?:night|day|time|year)|when|believing|thinking|feeling|wanting|"
        r"being)|between (?:19|20)\d\d and|during (?:the (?:war|army|service|deployment) years|my (?:service|"
        r"deployment|tour|enlistment))|(?:worst|best|hardest|darkest|lowest) (?:night|day|year|time|winter|"
        r"summer|period|point) of my life was|(?:my|that) (?:worst|darkest|hardest|lowest) (?:year|years|winter|"
        r"summer|stretch|period)\b|(?:winter|summer|year|night|time) was (?:19|20)\d\d|\bi once\b|"
        r"last winter|as a freshman|growing up|growin up|my childhood|as a child|that was (?:years|a long)|"
        r"years back|in '\d\d|the year before last|there (?:was|were) a time|there were times|"
        r"before i was born|before (?:my|this) (?:current )?(?:clean|sober|sobriety) date|grew up|"
        r"last (?:new year'?s(?: eve)?|christmas|thanksgiving|halloween|easter|fourth of july)|"
        r"in my first year|looking back|spent (?:my|most of my|all of my) (?:whole |entire )?(?:\w+ )?"
        r"(?:career|twenties|teens|thirties|youth|marriage|childhood)|(?:where|when) i always|"
        r"when i first (?:came|got|started|joined|went)|when i (?:started|joined|began|entered|came to|"
        r"came into|got to) (?:the |this |my )?(?:program|group|iop|treatment|rehab|detox|here)|that first (?:week|month|year|night) of|"
        r"before (?:this|the) program|before (?:i )?(?:joined|started|came to) "
        r"(?:this|the) (?:program|group))\b"
    )
)
# A span of time the speaker did something for: "i drank for eight months straight", "shot
# dope for almost a decade". Past unless the span runs up to now ("i've been drinking for two
# years", ONGOING_BEFORE).
PAST_SPAN = re.compile(
    r"\bfor (?:almost |nearly |over |about |around |close to |more than |like |the better part of )?"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|"
    r"several|a few|a couple(?: of)?|most of) (?:(?:years?|decades?)\b|months? (?:straight|solid|"
    r"in a row|on end)\b)"
)
ONGOING_BEFORE = re.compile(r"\bbeen(?: [\w']+){1,5} $")
RECENT = re.compile(
    expand(
        r"\b(?:yesterday|last night|last weekend|this past weekend|over the weekend|all weekend|"
        r"last week|this week|the other day|a few days ago|\d+ days ago|couple (?:of )?days ago|last month|"
        r"(?:a few|a couple(?: of)?|couple of|two|three|\d) weeks ago|"
        r"on (?:{DAYNAME})|(?<!since )(?:{DAYNAME})|this month|twice this|recently|lately)\b"
    )
)
NOWISH = re.compile(
    r"\b(?:(?<!ago )(?<!years )(?<!year )today(?! marks)|(?<!ago )tonight|right now|"
    # ("five years clean now" is a milestone, not the time of what came before)
    r"(?<!clean )(?<!sober )now|"
    # "had just relapsed" is the past of a past ("when i first came here i had just relapsed")
    r"(?<!had )(?<!i'd )just|"
    r"this (?:morning|afternoon|evening)|again|an hour ago|earlier|currently|as we speak)\b"
)
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
    r"ride out|deal with|handle|cope with|resist|fight off|get past|get over|push through|sit with))\b"
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
FEAR = re.compile(
    r"\b(?:scared|afraid|terrified|worried|worry|worrying|worries|nervous|anxious|fear|fears|"
    r"fearing|paranoid|frightened|concerned|dread|dreading|panicking about)\b"
)
# Asking whether what the speaker did counts: "does it count as a relapse if I only had 3 shots
# tonight?", "does that reset my date if I drank at the wedding?" (past tense: it was done).
COUNTS_IF = re.compile(
    r"\b(?:does|did|would|will) (?:it|that|this) (?:still )?(?:count|reset|break|ruin|mean)\b"
    r"[^?.!\n]{0,30}? if (?:i|we) (?:only |just |accidentally )?(?:had|drank|used|snorted|smoked|took|"
    r"popped|did|shot|relapsed|slipped)\b"
)
# A supposition told in the past tense about a recent time is a disclosure in disguise: "does
# the clinic kick you out if you used over the weekend?", "hypothetically if someone used this
# morning do they still come to group", "what do i tell my sponsor if i drank last night". Its
# "you" or "someone" is the speaker. (A time to come, "what if i drink on saturday", and
# "tonight", which a supposition may look ahead to, are no disclosure.)
PAST_SUPPOSITION = re.compile(
    expand(
        r"\bif (?:i|you|u|someone|somebody|anyone|a person|one) (?:only |just |already |maybe |"
        r"accidentally |kinda |kind of |like )?(?:\w+ed|\w+'d|drank|took|had|did|got|went|shot|smoked|"
        r"snorted|hit|bought|was|were)\b[^?.!\n]{0,60}?\b(?:this morning|last night|yesterday|"
        r"(?:over|on) the weekend|this past weekend|last weekend|earlier today|(?:an|one|two|a few|"
        r"\d+) (?:hours?|hrs?) ago|(?:a few|a couple(?: of)?|couple|two|three|\d+) days ago|"
        r"(?:on |last )?(?:{DAYNAME}))\b"
    )
)
# "not that I ...", "not like I ...": a negation of the speaker's own clause that follows.
NOT_THAT = re.compile(
    r"\bnot (?:that|like) (?:i|i'm|im|i'd)(?: \w+)? $|"
    # "I don't feel like I want to die anymore", "I no longer think I need to drink"
    r"(?:n't|\bnot|\bnever|\bno longer) (?:really |even )?(?:feel|felt|think|thought) (?:like |that )?"
    r"(?:i|i'm|im)(?: \w+)? $"
)
# Not fear of what may come: fear of how strong a present wish is ("I'm scared of how much I
# want to die right now"), or asking whether what was done is a worry ("should I worry that I
# took double my seroquel plus a few drinks?").
NOT_FEAR = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|scares me|terrifies me)(?: of| by)? how (?:much|badly|calm|"
    r"okay|ok|peaceful|at peace|ready|normal|easy) i\b|"
    r"\bshould (?:i|we) (?:be )?(?:worried|worry|scared|concerned)\b"
)
CONDITIONAL = re.compile(
    r"\b(?:if|unless|or else|next time|one more time|the moment|as soon as|the second|"
    r"the minute|when (?:he|she|they|my \w+) (?:gets|get|comes|come|shows|show))\b"
)
# An urge governs the words right after it ("tempted to get the blades out", "craving a drink"),
# not a later act in the same clause ("so tempted I just bought a six pack").
URGE = re.compile(
    r"\b(?:tempted|temptation|urge|urges|want|wants|wanted|wanting|wanna|craving|cravings|crave|"
    r"itching|feel like|thinking about|thinking of|thought about|thoughts? (?:of|about)|need|needing|"
    r"fantasizing|romanticizing|daydreaming|miss|missing|the pull|pulled)(?: (?:to|of|about|for|so bad to|"
    r"so badly to|so bad|so badly))?(?: (?!i\b|i'm\b|i've\b|and\b|but\b|so\b)[\w']+){0,2} ?$"
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
# A next sentence that denies the question outright: "... asking if I'm suicidal? I'm really not".
DENIED_AFTER = re.compile(
    r"^[\s.!?;]*(?:no,? |nope,? )?(?:(?:i'm|i am) (?:really |honestly |actually |truly |definitely )?"
    r"not|i (?:haven't|have not|didn't|did not))\b(?:[ ,.!]*$|[,.!]* (?:i'm|i am) (?:doing )?(?:ok|okay|fine|good|well|better|safe)\b)"
)
# An answer taken back: "... and I said no. I had been, all weekend."
RETRACTED = re.compile(
    r"\b(?:i (?:had|have) been|i was|i did|i had|i lied|(?:that|which) was a lie|"
    r"but i (?:was|had|did|am|have))\b"
)
ANSWERED_YES = re.compile(_ANSWER + r"(?:yes|yeah|yep|i (?:had|have|did|do|was|am))\b")
MANAGED_AFTER = re.compile(
    r"\b(?:but|though|tho) (?:i |they |it |that |the urge |the craving )?(?:didn't|did not|don't|"
    r"won't|haven't|passed|went away|faded|is passing|called|texted|reached out|talked|"
    r"am talking|'m talking|went to a meeting|did the|(?:i'm |im |am )?doing the|used my|"
    r"(?:i'm |im |am )?using my|held on|held off|resisted|"
    r"got through|made it through|stayed|threw it|poured it|walked away|left|drove past|"
    r"kept driving|chose|picked up the phone|i'm okay|i'm ok|i'm safe)\b|\binstead\b(?<!\bdo instead)(?! of)|"
    r"\b(?:threw|poured|flushed) (?:it|them|the \w+) (?:out|away|down)\b|"
    r"\b(?:until|til|till|and) (?:it|the urge|the craving|that) (?:passed|went away|faded)\b|"
    r"\bheld (?:an? |the |some )?ice\b"
)
ALMOST = re.compile(r"\b(?:almost|nearly|close to)\b")
# An accident is not self-harm, but an accidental overdose is still an overdose (policy.py).
ACCIDENT = re.compile(r"\b(?:accidentally|accidently|by accident|on accident|by mistake)\b")
JOKE = re.compile(r"\blol\b|/j\b|/s\b|\bjk\b")
# A threat to kill hung on an everyday slip ("grandma said she'd kill me if i missed her 90th",
# "i'll murder him if he eats my leftovers again"): a figure of speech. A concrete harm ("break
# my arm if i'm late") stays a threat: the context only applies this to "kill" and "murder".
KILL_WORD = re.compile(r"\b(?:kill|murder)")
TRIVIAL_IF = re.compile(
    r"\bif (?:i|he|she|they|you|we|u)(?:'m|'re| am| are| was| were| get| show up| turn up| come| run)? late\b|"
    r"\bif (?:i|he|she|they|you|we|u) (?:\w+ )?(?:miss|misses|missed|skip|skips|skipped|forget|forgets|forgot) "
    r"(?:her|his|their|my|the|our|your|another|one more|leg day|to)\b"
    r"(?! (?:\w+ )?(?:payments?|rent|money|debts?|court|probation|parole)\b)|"
    r"\bif (?:i|he|she|they|you|we|u) (?:\w+ )?(?:spoil|spoils|spoiled|spoilt|eat|eats|ate|finish|finishes|"
    r"scratch|scratches|dent|dents|lose|loses|lost|drink|drinks) (?:her|his|their|my|the|our|your|another|it|anything)\b"
    r"(?! (?:\w+ )?(?:kids?|children|son|daughter|baby|life|pills|meds)\b)|"
    r"\bif (?:i|he|she|they|you|we|u) (?:don't|dont|do not|didn't|didnt) (?:call|text|visit|bring|show up|come|clean)\b"
)
# A pause, then a harmless ending: "i relapsed... on my diet", "i'm high... on life", "drank
# a whole bottle... of kombucha". Not when the ending names a substance or a time ("i
# relapsed... on saturday", "drank... vodka"): then the pause is only hesitation.
PUNCHLINE = re.compile(
    r" ?(?:\.{3,}|…) ?(?:on|of|off|with|to|into|up|during|at|from|in|a whole|an entire|over)\b"
    r"(?![^.!?]{0,40}\b(?:again|today|tonight|yesterday|last night|this morning|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week|meth|heroin|fent|fentanyl|dope|"
    r"coke|cocaine|crack|pills|oxys?|percs?|xanax|bars|benzos|vodka|whiskey|tequila|rum|gin|"
    r"beers?|wine|booze|liquor|alcohol|shots?|purpose|myself)\b)"
)
# A laughing complaint about an annoyance that keeps coming back ("if this printer jams one
# more time i'm jumping off a cliff lol"): a figure of speech. One more day or night (of
# living) is no annoyance.
ONE_MORE_TIME = re.compile(
    r"\bone more time\b|\bif\b[^.!?;\n]{0,60}?\bone more "
    r"(?!(?:\w+ )?(?:days?|nights?|weeks?|months?|years?|mornings?)\b)"
)
TOPIC = re.compile(
    r"\b(?:learned|learning|learn about|training|psychoed|psychoeducation|article|podcast|"
    r"workbook|chapter|homework|covered(?! (?:in|with|up|over)\b)|talked about|talk about|talking about|explained|"
    r"explains|signs of|symptoms of|(?:counselor|therapist|doctor|doc|nurse|pharmacist|facilitator) "
    r"(?:said|says|told us|mentioned)(?! (?:that )?(?:i|i'm|im|my|me|you|you're|your)\b)|"
    r"what are|question for|til(?<![a-z] til)(?<![a-z], til)(?= (?:that|about|how|what|why|there|you|people|the|a|an)\b|:)|"
    r"documentary|"
    r"movie|film|episode|season|book|novel|memoir|reading|read about|watched|watching|"
    r"scene|character|speaker|lecture|awareness|statistics|research|study|studies|rereading|"
    r"re-reading|the difference between|signs (?:that )?(?:someone|somebody|a person|people)|"
    r"prevention|education|video|youtube|(?<!good )(?<!bad )(?<!big )(?<!bigger )(?<!other )news|"
    r"song|lyrics|game|games|gaming|playing|played|"
    r"fortnite|valorant|minecraft|overwatch|dark souls|elden ring|sims|among us|"
    r"quest|raid|dungeon|pvp|respawn|npc|zombie|zombies|true crime|thriller|netflix|series|"
    r"actor|actress|rewatch|handout|worksheet|pamphlet|flashcards|certificate|the show|a show|"
    r"this show|that show|tv show|sitcom|anime|cartoon|comic|manga|pharmacology|"
    r"seminar|webinar|course|quiz|statistic|percent|studies show|research shows|the nurse "
    r"said|the doctor said|counselor explained|therapist explained)\b"
)
# A cry for help ends a topic word's reach: "narcan how to use nasal spray HELP my brother is
# on the bathroom floor" is an emergency, not a lesson.
HELP_NOW = re.compile(
    r"\b(?:help|please|pls|plz|911)\b(?:[ !?]+(?:me|my|he|she|he's|she's|they|now|"
    r"asap|please|pls|plz)\b|[ ]*[!?])"
)
# A topic named after the match: "read about lethal doses in pharmacology class". Not "in
# group": after a match that is where people tell what happened ("I drank at a wedding, do I
# have to say it in group?"); a lesson in group is named before it ("we learned about ...").
TOPIC_AFTER = re.compile(
    # (not where the speaker was hurt: "the people who bullied me in school")
    r"\b(?:in|for)(?<!\bme in)(?<!\bme for)(?<!\bus in)(?<!\bus for) (?:(?:\w+ )?(?:class|training|school|the course|the workshop|the lecture|"
    r"the book|the movie|the show|the game|the documentary|the podcast|homework|my paper))\b|"
    r"\b(?:the|my|our) (?:nurse|doctor|counselor|therapist|pharmacist|teacher|instructor) "
    r"(?:explained|said|told us|showed us)\b"
)
SUBJECT = re.compile(
    expand(
        r"\b(?P<first>i|i'm|i've|i'll|i'd|we|we're|we've|myself)\b|"
        r"(?P<third>\b(?:he|she|they|he's|she's|they're|he'll|she'll|they'll|he'd|she'd|"
        # "you" after a preposition or a telling is spoken to ("not gonna lie to you guys, ...")
        r"(?<!to )(?<!with )(?<!for )(?<!at )(?<!tell )(?<!telling )(?<!told )(?<!thank )you|"
        r"you're|you've|you'll|"
        r"someone|somebody|people|everyone|pt|pts|patient)\b|"
        # a name (no "my" or "the" before it) of someone not waking or breathing: "tina's not waking up"
        r"(?<!my )(?<!the )(?<!a )(?<!our )(?<!your )\b(?!(?:it|that|this|what|there|here|who|one|nobody|"
        r"everything|nothing)\b)[a-z]{3,}(?=(?:'s| is) not (?:waking|breathing)| isn't (?:waking|breathing))|"
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
# Right before a person: the speaker went to them or bought from them ("slid to the plug and
# copped", "picked up from my old dealer"), so that person is no subject of what follows.
GONE_TO = re.compile(
    r"\b(?:(?:went|slid|drove|walked|ran) to|(?:picked up|bought|scored|copped|got it) from) $"
)
# Words that close a clause in chat the way a full stop would ("... lol been drinking").
CLAUSE_ENDING_ASIDES = frozenset(
    ["lol", "lmao", "lmfao", "haha", "hahaha", "rofl", "ngl", "tbh", "smh", "anyway", "anyways"]
)
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
INLINE_QUOTE = re.compile(
    r"\"[^\"\n]{2,}\"|(?<![a-z0-9])'(?:[^'\n]|(?<=[a-z])'(?=[a-z])){3,}?'(?![a-z0-9])"
)
LAUGH_ONLY = re.compile(r"^[\s.!?]*(?:lol[\s.!?]*)+$")
# The same said at the end of the sentence: "got in fights all the time when I drank, not anymore".
ANYMORE_TAIL = re.compile(
    r"[,;-] *(?:but )?(?:not anymore|never again|those days are (?:over|gone|behind me))\W*$"
)
NOT_ANYMORE = re.compile(
    r"^\s*(?:not anymore|never again|those days are (?:over|gone|behind me)|long gone|"
    r"not anymore thank god|never going back)\W*$"
)
# "Not today" after a sentence says it is over, unless that sentence is recent: "Cut last night.
# Not today." is a cut yesterday, not history.
NOT_TODAY = re.compile(r"^\s*not today\W*$")
# A patient's overdose is work talk for healthcare workers ("pt OD'd in bay 4, pushed narcan
# x2"): a topic, but only where the patient is the subject of that verb ("as a patient here i want
# to die" is no topic).
PATIENT_EVENT = re.compile(
    r"\b(?:pt|pts|patients?)(?: (?:in|from) (?:bay|room|bed) \w+)? (?:od'?d|overdosed|coded)\b"
)
# A following sentence that says the one before it is meant: "are we allowed to talk about
# wanting to die here? because I do", "... it's not hypothetical".
CONFIRMED_AFTER = re.compile(
    r"^[\s.!?;]*(?:(?:because|cause|cuz|bc|and|well|honestly),? )?(?:i do|i am|i'm serious|"
    r"(?:it's|its|this is|that's) not (?:a )?(?:hypothetical|joke|theoretical)|"
    r"(?:this|it) isn't (?:a )?(?:hypothetical|joke)|not (?:a )?hypothetical|not joking|asking for real)\b"
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
ASKING_FOR_NOW = re.compile(
    r"\basking (?:bc|because|cause|cuz|since|as) i(?:'?m| am| did| just| took| already| have| had|"
    r" was|'?ve)\b|\basking for (?:tonight|today|rn|right now|real)\b"
)
# Someone finding the speaker in a state: "my kids saw me drunk", "she found me passed out".
SEEN_ME = re.compile(r"\b(?:saw|seen|sees|see|found|finds|find|caught|catches|catch|watched) me $")
# Marks on the speaker's own body, whoever found them: "my sister found the fresh marks on my
# stomach".
ON_MY_BODY = re.compile(
    expand(r" (?:on|along|across|under|up) my (?:\w+ )?(?:{BODY}|ribs|face|neck|back|hands?)\b")
)
# A later sentence saying that what the history told is happening again: "Twelve years ago I
# tried to kill myself. Tonight I'm thinking about it again", "My stepfather hit my mom when I
# was a kid. He's doing it again right now", "Last year I wanted to die. This year I still do".
AGAIN_NOW = re.compile(
    r"\b(?:(?:did|doing|does|done|happened|happening|started|starting) (?:it |that |this )?"
    r"(?:all )?(?:over )?again|(?:it's|its|they're|theyre|it is|they are) back|(?<!if i )(?<!whether i )still do(?:es)?|"
    r"(?:right now|tonight|today|this (?:morning|afternoon|evening|week|year)|last night|yesterday|"
    r"now) (?:i'm|i am|i|he's|he|she's|she|they're|they) (?:[\w']+ ){0,4}(?:it|that|this) again|"
    # "the last time i relapsed was 2016. well, it was, until this weekend."
    r"(?:until|till|til|up until) (?:this|last) (?:weekend|week|night|morning)|"
    r"(?:until|till|til|up until) (?:yesterday|today|tonight))\b"
)
# A following sentence that dates what came before it: "... That was 2012."
DATED_AFTER = re.compile(
    r"^[\s.!?;]*(?:that|this|it) (?:was|happened) (?:in |back in |around )?(?:(?:19|20)\d\d\b|"
    r"(?:\w+ )?(?:years|decades|months) ago|a (?:long time|lifetime) ago|ages ago)|"
    r"^[\s.!?;]*(?:that|this|it) (?:was|is) (?:a different|another) life|"
    r"^[\s.!?;]*that life is (?:finish|finished|over|gone|behind me)"
)

IDIOMS = re.compile(
    expand(
        r"\b(?:(?:is|are|was|were|'s|'re) (?:literally |really |absolutely |so )?killing me|"
        r"(?:killed|killing|kills) it\b|killed me|(?<!want )(?<!wanted )(?<!wanting )(?<!wanna )to die for(?! (?:like |about |almost |nearly |over )?(?:weeks|"
        r"days|months|years|hours|ages|so long|an hour|a (?:while|week|month|year|long time|bit)|the (?:last|past)|"
        r"\d+))|dying to|dying of|(?:nearly|almost) died "
        r"(?:laughing|of)|died laughing|dying laughing|i'm dead|dead tired|dead on my feet|drop dead|"
        r"dead serious|dead set|phone(?:'s| is) (?:dying|dead|about to die)|(?:phone|battery|laptop|tablet|controller|headphones|car)(?:'s| is)? (?:[^\s.!?;]+ ){0,4}(?:about to|going to|gonna) die|(?:'d|would|\bid) rather die than (?!(?:just |really )?(?:live|living|keep|go on|going on|carry on|feel|be alive|be here|exist|wake up|face|spend another|continue|stay|survive|suffer|be like this|be me)\b)|battery (?:is )?(?:dying|"
        r"died|dead)|(?<!\bi )(?:can|could|should) go jump off (?:a|the) (?:cliff|bridge|pier)|(?:crying|laughing|cackling|wheezing|dying|dead)(?: so hard)?,? (?:i )?(?:can't|cannot) "
        r"breathe|(?:can't|cannot) breathe (?:lol|lmao|haha)|hammered (?:with|by) (?:hail|rain|snow|"
        r"storms?|wind|work|calls|emails|orders|customers|homework|patients|admits|admissions|traumas)|(?:rooster|dog|cat|squirrel|raccoon|"
        r"goat|printer|phone|laptop|car|truck|tractor|mower|wifi|router|alarm)(?:'s| is) (?:a )?dead "
        r"(?:man|meat)|(?:plants?|houseplants?|succulents?|basil|tomato(?:es)?|garden|ferns?|orchids?|cactus|"
        r"sourdough starter|phone|laptop|battery|printer|car|social life|diet|bank account)"
        r"(?:'s| is| are| has| have)? (?:just |kinda |basically |slowly )?(?:committed|committing|commit) "
        r"(?:slow |a slow )?suicide|time to kill|kill(?:ing)? time|kill for (?:a|some|an|your|his|her|those|these|that)|could (?:murder|kill) "
        r"(?:a|an|some|for)|(?:could|gonna|going to) (?:murder|kill|strangle) (?:him|her|them)[.!, ]+(?:but )?(?:i )?"
        r"(?:still )?(?:love|adore) (?:him|her|them)\b|is murder|are murder|murder on my|(?:cut|cutting|cuts) (?:ties|back|down|"
        r"corners|class|my hair|her hair|his hair|the cake|the grass|it out|it close|out (?:sugar|"
        r"caffeine|carbs|coffee|soda|meat|gluten|dairy|alcohol|people)|off (?:contact|ties))|"
        r"haircut|high on life|my new drug|pulled the trigger|took a shot at|(?:shot|shoot) (?:me )?"
        r"(?:a|an) (?:text|message|dm|email)|give it a shot|worth a shot|long shot|bombed|drowning "
        r"in|(?:overdosed|overdosing|od'?d|od'?ed|odded|od'?ing) {ON_THING}|"
        r"beat myself up|beating myself up|beat the (?:traffic|odds|rush|heat|"
        r"record|game|boss|level|system|crowd)|kill two birds|(?:be )?the death of me|death stare|"
        r"scared to death|bored to death|worried sick|sick to death|killing the game|hits? (?:me|us) up|"
        r"hit the (?:gym|road|hay|sack|books|spot|jackpot|wall|ground running)|hits? different|"
        r"hit a wall|hit it off|hit or miss|hit home|smash(?:ed)? it|crushed it|"
        r"kill(?:ed)? (?:the|that|my) (?:test|exam|interview|presentation|game|level|workout)|"
        r"kill(?:ed)? (?:the|that|this|final) boss|final boss|"
        r"serial \w+ killer|plant killer|lady killer|pain ?killers?|weed ?killer|bug ?killer|"
        r"die laughing|die of laughter|killer (?:workout|app|deal|view|playlist|song)|fight like cats and dogs|hang(?:ing)? out|"
        r"hangout|hung out|hang(?:ing)? in there|hang on|hang up|hung up|i'd die if|i would die if|"
        r"die of (?:embarrassment|boredom|cuteness|laughter|jealousy|envy|excitement|old age)|"
        r"(?:wanted|want|going|gonna) to die of (?:embarrassment|boredom|cuteness)|"
        r"relapsed on (?:my|the) (?:diet|no[- ]sugar|"
        r"sugar|keto|biscuits|cookies|chocolate|candy|junk food|netflix|crossword)|"
        r"drunk on (?:power|love|joy)|wasted in the sense|hammered by|"
        r"(?:we're|we are|we were|we got|we've been|getting) (?:getting )?hammered (?:in|on) the (?:ed|er|ward|unit|icu|"
        r"clinic|floor|warehouse|line)\b|"
        r"(?:feel|felt|feeling) like (?:i'd|i had|i've|i have|i) ?(?:been|got|get) hit by a (?:truck|bus|train)|"
        r"beat(?:s|en|ing)? (?:me|us)(?: again)? (?:by (?:\d+|\w+ points?|a mile|a lot|ten|five)|\d+ ?(?:-|to) ?\d+)|"
        r"got (?:smashed|hammered|crushed|wrecked|destroyed|thrashed) (?:at|in) (?:bowling|ping pong|"
        r"softball|fantasy \w+|the (?:\w+ )?(?:game|match|semis|finals?|tournament|league)|chess|pool|darts|"
        r"trivia|poker|tennis|golf|basketball|volleyball|football|soccer|hockey|mario kart)|"
        r"knock(?:ed|s)? (?:his|her|their|my|the|our) \w+ out of the park|"
        r"thought i was (?:going to|gonna) die(?=,? (?:loved|lol|haha|but it was|best|so fun|worth))|"
        r"beat(?:s|en|ing)? (?:me|us)(?: again)? (?:at|in) (?:draughts|checkers|chess|cards|pool|darts|mario kart|"
        r"scrabble|monopoly|uno|rummy|gin rummy|cribbage|dominoes|solitaire|bingo|mahjong|backgammon|"
        r"bowling|tennis|golf|ping pong|pickleball|frisbee|cornhole|horseshoes|foosball|air hockey|"
        r"mini golf|jenga|catan|spades|euchre|basketball|a race|the race|"
        r"arm wrestling|video games|smash|fifa|madden|trivia|wordle|poker|the game|fortnite)|"
        r"beat(?:s|en|ing)? (?:me|us) (?:every|each) (?:game|round|match|hand|time)|"
        r"threw (?:me|us|him|her) (?:a|an) (?:\w+ ){0,2}(?:party|shower|surprise|bash|curveball|bone|"
        r"look|glance|wink|smile|birthday)|"
        r"dragged (?:me|us) (?:along )?to (?:a|an|the|this|that|my|her|his|their) "
        r"(?!(?:bathroom|bedroom|basement|car|garage|floor|ground|closet|shed)\b)|"
        r"slammed (?:her|his|their|my|the) (?:bedroom |car |front |back )?door|"
        r"overdose of (?:energy|sugar|caffeine|cuteness|enthusiasm)|"
        r"die happy|gonna kill (?:me|us) (?:when|if)|(?:going|gonna|about) to "
        r"kill me when|(?:mom|dad|wife|husband|boss|sister|brother|teacher|coach|mother|father|mum|"
        r"girlfriend|boyfriend|partner|sponsor)(?:'s| is)? (?:gonna|going to|will|'ll) (?:kill|"
        r"murder|end) me|(?:gonna|going to) be the death|over my dead body|dying inside lol|"
        r"killing myself (?:laughing|at the gym|working|studying)|kills me lol|knock(?:ed)? (?:it|"
        r"them) out of the park|blow (?:my|your) mind|blew my mind|mind blown|shoot (?:for|your "
        r"shot|my shot)|shot (?:my|your) shot|shoot the breeze|shot down|cut me some slack|"
        r"i'm so dead|we're so dead|you're dead to me|dead to me|dead end|deadline|dead battery|"
        r"my feet are killing|killer headache|dying for (?:a|some)|murder (?:a|an|some) (?:pizza|"
        r"burger|burrito|taco|sandwich|coffee|beer|steak|meal))"
    )
)

# A threat to kill the speaker, which is an idiom ("my boss is gonna kill me") unless the
# message shows danger (below).
THREAT_TO_ME = re.compile(r"\b(?:kill|murder|end) (?:me|us)\b")
DANGER = re.compile(
    r"\b(?:drunk|wasted|high|screaming|yelling|shouting|banging|kicking|pounding|punching|"
    r"hiding|hid|locked|knife|gun|crowbar|hammer|bat|weapon|hit|hits|hurt|hurts|choked?|"
    r"choking|strangl\w*|shoved|pushed|threw|throwing|threatens?|threatened|beat|beats|"
    r"beating|bruises?|police|911|999|on (?:his|her|their|the) way|coming (?:for me|over|back)|"
    r"pull(?:ed|ing)? up|outside (?:my|the) (?:door|house|window|apartment)|at (?:my|the) door|"
    r"(?:he|she|they) (?:means?|meant) it)\b"
)
