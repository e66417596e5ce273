"""When: the words that date a match (past, history told as over, a span that is over), make it
recent or make it happen now, and the next sentences that say the one before is over or dated.
"""

from __future__ import annotations

import re

from bot.safety.patterns import expand

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
        r"from when i (?:was|wanted|used|drank|cut|tried)\b|when i was (?:a |in |at |still |using|drinking|young|"
        r"younger|little|\d+|in active)|as a (?:kid|child|teen|teenager)|when we were (?:kids|young|"
        r"little|teens)|in (?:high school|middle school|college|my (?:teens|twenties|20s|thirties|"
        r"30s|forties|past|old life|addiction|active addiction|drinking days|using days|youth))|"
        r"(?:in|since|of|from|until|till) (?:19|20)\d\d|the first time (?:i|he|she|we|they) (?:\w+ ){1,4}"
        r"was|when i (?:drank|used)(?! (?:again|last|yesterday|this|on|tonight|today|earlier|just|\w+day)\b)(?![^.!?\n]{0,40}\b(?:right|just) before\b)|in the (?:50s|60s|70s|80s|90s|2000s)|(?:\d+|a|one|two|three|four|"
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
        r"(?! ?(?:am|pm|o'?clock|tonight|today))|i (?:remember (?:the (?:first |last )?(?:night|day|time|year)|when|believing|thinking|feeling|wanting|"
        r"being)|once)|between (?:19|20)\d\d and|during (?:the (?:war|army|service|deployment) years|my (?:service|"
        r"deployment|tour|enlistment))|(?:worst|best|hardest|darkest|lowest) (?:night|day|year|time|winter|"
        r"summer|period|point) of my life was|(?:winter|summer|year|night|time) was (?:19|20)\d\d|"
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
# The days just gone, shared by RECENT and RECENT_DAY.
_RECENT_DAYS = (
    r"yesterday|last night|last weekend|this past weekend|over the weekend|last week|this week|"
    r"the other day|a few days ago|\d+ days ago|couple (?:of )?days ago|the night before last|"
    r"the day before yesterday"
)
RECENT = re.compile(
    expand(
        rf"\b(?:{_RECENT_DAYS}|all weekend|last month|"
        r"(?:a few|a couple(?: of)?|couple of|two|three|\d) weeks ago|"
        r"on (?:{DAYNAME})|(?<!since )(?:{DAYNAME})|this month|twice this|recently|lately)\b"
    )
)
# A recent day in the match's own clause: the clause's time wins over a history told beside it
# ("been sober since 2019 and i drank last night"). Not a bare day name, which histories also give
# ("back in 2015 i relapsed on a tuesday").
RECENT_DAY = re.compile(
    rf"\b(?<!ago )(?<!like it was )(?<!like it were )(?<!as if it was )(?:{_RECENT_DAYS})\b"
)
# The speaker in the present tense: in a clause of its own, beside a history told in another
# clause ("i used to cut and i'm thinking about killing myself"), it is now.
PRESENT_I = re.compile(
    r"\b(?:i'm|im|i am|i keep|i want|i wanna|i need|i feel|i can't stop|i cant stop|i've been|ive been|"
    r"i have|i've got|ive got)\b"
)
NOWISH = re.compile(
    r"\b(?:(?<!ago )(?<!years )(?<!year )today(?! marks)|(?<!ago )tonight|right now|"
    # ("five years clean now" is a milestone, not the time of what came before)
    r"(?<!clean )(?<!sober )now|"
    # "had just relapsed" is the past of a past ("when i first came here i had just relapsed"),
    # and a milestone just reached is not the time of what came before ("my friend who
    # overdosed last year just hit 12 months clean")
    r"(?<!had )(?<!i'd )just(?! (?:hit|hits|reached|celebrated|made it to|turned|got (?:her|his|their|my) "
    r"(?:\w+ ){0,2}(?:chip|coin|keytag|medallion))\b)|"
    r"this (?:morning|afternoon|evening)|again|an hour ago|earlier|currently|as we speak)\b"
)
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
    r"^[\s.!?;]*(?:that|this|it) was (?:in )?(?:my (?:20s|twenties|30s|thirties|teens|college days|youth)|"
    r"high school|college)\b|"
    r"^[\s.!?;]*that life is (?:finish|finished|over|gone|behind me)|"
    # years free of it since: "my worst year i burned myself regularly. i'm five years free of it"
    r"^[\s.!?;]*(?:but )?(?:i'm|i am|im|now i'm) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"a few|several|many) (?:years|yrs) (?:free|clean|sober)(?: of it| from it| from that| now)?\W*$"
)
