"""General event rules for relapse (see ``bot.safety.events``).

Relapse: use plus a time marker, a drink in hand, a counter reset, "ended up drinking".
"""

from __future__ import annotations

from bot.safety.events.vocabulary import HAVE_NOT
from bot.safety.patterns import RL, Rule, make_rule, phrases

# What was used, if the message says: "drinking some vodka", "drinking his brand of rum".
_WHAT = (
    r"(?:(?:some |a little |a bit of |a lot of |more |(?:his|her|dad's|mom's) (?:\w+ )?(?:of )?)?"
    r"(?:{DRUG}|{BOOZE}) )?"
)


# A length of time ("7 months", "three days") and the moment a streak ended ("about 4 o'clock
# today", "2pm", "friday").
_SPAN = r"(?:\d+|[a-z]+) (?:days?|weeks?|months?|years?)"
_UNTIL = (
    r"(?:about |around |roughly |like )?(?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|noon|midnight|"
    r"last night|this morning|this afternoon|yesterday|today|tonight|{DAYNAME})\b"
)
# Drinks and medicines a use hides behind: "the cup of coffee in my hand is not coffee".
_COVERS = (
    "coffee",
    "tea",
    "water",
    "soda",
    "juice",
    "ginger ale",
    "club soda",
    "lemonade",
    "sprite",
    "seltzer",
    "cold medicine",
    "cough syrup",
    "cough medicine",
    "nicotine",
    "vitamins",
)
_NOT_COVER = "|".join(
    rf"\b{word}\b['\"]?[^!?\n]{{0,60}}?\b{denial} {word}\b"
    r"(?!,? (?:it's|its|it is|that's|more like|just|only)\b)"
    for word in _COVERS
    for denial in (
        r"(?:is|was|are|were)(?: definitely| actually| really)? not",
        r"(?:isn't|wasn't|aren't|weren't)",
    )
)

# The plain present of a use, with a substance or "again" ("i drink again", "i use cocaine").
_PRESENT_USE = (
    r"(?:i (?:drink|drinks)\b(?! (?:(?:lots of |only |just |some |a lot of |more |plenty of )?(?:{SOFT})|"
    r"plenty|enough|responsibly)\b)|"
    r"i (?:use|smoke|snort|take|shoot|inject) (?:again|(?:some |the |a |more |many |much |a lot of )?"
    r"(?:{DRUG}|{BOOZE}|rock|drugs))\b)"
)


# "my day count is", "my day count's" (phrases: "my days" alone would gate on everyday chat)
_COUNT_IS = phrases(
    (
        "my day count is",
        "my day count's",
        "my sober count is",
        "my sober count's",
        "my clean count is",
        "my clean count's",
    )
)


def rules() -> list[Rule]:
    """The relapse event rules (build after ``vocabulary.install()``)."""
    return [
        make_rule(
            "relapse.event_reunion",
            RL,
            "H",
            # the drink or the drug told as an old friend back: "the bottle and i are getting
            # reacquainted tonight"
            r"\bthe "
            + phrases(("bottle", "needle", "pipe", "bong", "booze", "liquor"), ("and i", "and me"))
            + r" (?:are |were |have |had |got )?"
            r"(?:getting |got )?(?:reacquainted|back together|reunited|a reunion|catching up)\b",
            roles="use today",
            example="the bottle and i are getting reacquainted tonight",
        ),
        make_rule(
            "relapse.event_count_reset",
            RL,
            "M",
            # the count back at one, or an old stash used up: "my day count is a secret now,
            # because it's one", "found my old stash while cleaning ... it's mostly gone now"
            r"\b"
            + _COUNT_IS
            + r" (?:[\w,']+ ){0,4}?(?:because|cause|cuz|bc) (?:it's|its) (?:one|1|zero|0)\b|\b"
            + _COUNT_IS
            + r" (?:back to |at )?(?:one|1|zero|0)\b|"
            r"\b(?:found|find) (?:my|an|the) (?:old )?stash\b(?! of (?!(?:weed|pills|coke|dope|meth|xanax|oxy|bud|"
            r"molly|pot|booze|liquor)\b))[^.!?\n]{0,60}?[.!,]? (?:\w+ ){0,3}?(?:it's|its|it is) "
            r"(?:mostly |all |almost |half )?(?:gone|empty|finished)\b",
            roles="use",
            example="my day count is a secret now, because it's one",
        ),
        make_rule(
            "relapse.event_day_one",
            RL,
            "M",
            # a count started again: "gonna need a new 24-hour chip" (a need for the chip is no
            # craving)
            r"\b(?<!your )(?<!his )(?<!her )(?<!their )"
            + phrases(
                ("new", "another", "fresh"),
                (
                    "24-hour",
                    "24 hour",
                    "24hour",
                    "24 hr",
                    "24hr",
                    "24h",
                    "one day",
                    "1 day",
                    "day one",
                ),
                ("chip", "coin", "keytag", "key tag"),
            )
            + r"\b",
            roles="use",
            policy="urge:keep",
            example="gonna need a new 24-hour chip, as of last night",
        ),
        make_rule(
            "relapse.event_but_i_did",
            RL,
            "M",
            # a streak told, then broken in two words: "haven't had a drink in a year but saturday i did"
            r"\b"
            + phrases(
                HAVE_NOT,
                (
                    *("drunk", "drank", "used", "smoked", "had a drink", "had a sip", "picked up"),
                    *("touched a drink", "touched alcohol", "touched it", "touched the stuff"),
                    "gotten high",
                ),
            )
            + " {STREAK_BROKEN}",
            roles="use today",
            example="haven't had a drink in a year but saturday i did",
        ),
        make_rule(
            "relapse.event_let_myself",
            RL,
            "H",
            r"\b(?:let|allowed) myself (?:to )?(?:have|take|do|drink|smoke|use|get)\b|"
            r"\btold myself (?:just |only )?one (?:more )?(?:hit|drink|beer|line|bump|pill|shot|glass|time|bowl)\b|"
            r"\b(?:i'm |i am |im )?(?:not|no longer) (?:sober|clean) (?:anymore|any more|now)\b|"
            r"\b(?:opened|cracked open|cracked) (?:a|the|my|another) (?:{BOOZE})\b|\bcracked (?:one open|open one)\b(?!,? (?:a |the )?(?:can of |bottle of )?(?:{SOFT})\b)|"
            r"\bsitting (?:here )?with (?:a|my|another) (?:{BOOZE}|joint|blunt)\b",
            roles="use",
            example="i let myself have one. then four",
        ),
        make_rule(
            "relapse.event_counter",
            RL,
            "H",
            r"\b(?:counter|count|clock|day count|days|app|streak|sober date|clean date|sobriety date)(?:'s| is| are|s)? (?:back (?:to|at) (?:zero|0|one|1|day one|day 1)|reset|now today|today now|is now today)\b|"
            r"\bback (?:at|to) square one\b,? {GAP3}(?:drinking|using|drugs|booze|alcohol|sobriety|recovery|clean|sober|the pills|the bottle)\b|"
            r"\b(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?)\b,? {GAP8}(?:threw|blew|wasted|pissed|flushed|tossed) (?:it|them|that|all of it) (?:away|down the drain)\b|"
            r"\b(?:threw|blew|wasted|pissed|flushed|tossed) away (?:my |all my )?(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?)\b|"
            # a streak told by when it ended: "sober 7 months until about 4 o'clock today",
            # "my sober streak ended an hour ago", "blew 3 months sober today", "47 days down to 3"
            r"\b(?:sober|clean|dry|free)(?: for)? "
            + _SPAN
            + r"(?:\.{2,3}|…)?,? (?:well,? "
            + _SPAN
            + r" )?until "
            + _UNTIL
            + r"|\b"
            + _SPAN
            + r" (?:sober|clean|dry)(?:\.{2,3}|…)?,? until "
            + _UNTIL
            + r"|"
            r"\b(?:sober|sobriety|clean|dry) streak (?:ended|is over|'s over|broke|died|is dead|got reset|reset)\b|"
            r"\b(?:blew|lost|broke|ended|torched) (?:my |all my )?"
            + _SPAN
            + r"(?: of)? (?:sober|sobriety|clean time|clean|dry)\b|"
            r"\b\d+ days? (?:down|back) to (?:0|zero|1|one|2|two|3|three|day one|day 1)\b"
            r"(?! (?:days? )?(?:left|to go|remaining|until|till)\b)|"
            r"\b(?:sober|clean|sobriety) date(?: is|'s) now (?:this past |last )?(?:{DAYNAME}|yesterday|today)\b",
            roles="use",
            example="counter's back to zero",
        ),
        make_rule(
            "relapse.event_street_use",
            RL,
            "H",
            r"\b(?:mixed|took|popped|did|used|snorted|smoked|shot|swallowed|bought|scored|copped|had|tried|hit) "
            r"(?:(?:some|a few|a couple(?: of)?|\d+|a|an|two|three|like \d+|a bunch of|a handful of|one of (?:my|his|her) \w+'?s?) )?(?:{STREET})\b|"
            # a pill or a tab "dropped" ("dropped molly at the festival", "dropped acid yesterday")
            r"\bdropped (?:some |two |a couple of |half a )?(?:molly|acid|lsd|ecstasy|mdma|a tab|tabs of)\b",
            roles="use",
            example="mixed some xans with a few drinks at the party lol",
        ),
        make_rule(
            "relapse.event_money_spent",
            RL,
            "M",
            # money meant for something else spent on the drug: "spent my rent money on dope this
            # weekend", "i spent my kids xmas money on the stuff"
            r"\b(?:spent|blew|burned through|burnt through|blown|wasted|put) (?:all (?:of )?)?(?:my |the |our |my kids'? |the kids'? )?"
            r"(?:[\w']+ )?(?:money|rent|paycheck|paycheque|pay|check|cheque|savings|wages|tips|benefits|"
            r"disability|stimulus)(?: money)?(?: (?:this|last|over the) (?:weekend|week|month|night))? on "
            r"(?:{STREET}|drink|drinks|booze|alcohol|liquor|beer|vodka|the stuff|you know what|getting high|"
            r"getting drunk|getting wasted|a bag|bags|a bender|gear|the pipe)\b",
            roles="use today",
            example="spent my rent money on dope this weekend",
        ),
        make_rule(
            "relapse.event_pack",
            RL,
            "H",
            r"\b(?:bought|grabbed|picked up|copped) (?:a |another )?(?:6|12|18|24|30) ?-?pack\b",
            roles="use",
            example="bought a 12 pack on the way home",
        ),
        make_rule(
            "relapse.event_halfway",
            RL,
            "H",
            # "already": "I'm only halfway through" is a book
            r"\balready (?:halfway|half way) (?:through|thru|done)(?: (?:it|them))?\s*(?:[.!,]|$)|\b(?:already )?(?:half gone|half empty)\b|\bfinished half (?:the|a|my) (?:bottle|fifth|handle|case|pack|twelve pack|12 pack|six pack|bag|gram)\b",
            roles="use",
            example="bought a 12 pack on the way home, already halfway through",
        ),
        make_rule(
            "relapse.event_use_when",
            RL,
            "H",
            # (not "the heat went out last night")
            r"(?<!heat )(?<!power )(?<!lights )(?<!light )(?<!electricity )(?<!internet )(?<!wifi )"
            r"(?<!cable )(?<!fire )(?<!candle )(?<!tide )(?<!sun )\b(?:{USEPAST}|{USEING}) "
            + _WHAT
            + r"(?:{WHEN})\b|\b(?:{USEING}|used|drank|smoked|snorted|shot up|got (?:high|drunk|wasted)) "
            + _WHAT
            + r"(?:{WHERE})\b",
            roles="use",
            example="i used last weekend",
        ),
        make_rule(
            "relapse.event_in_hand",
            RL,
            "H",
            r"\b(?:a|the|my|another) (?:{BOOZE}|joint|blunt|pipe|needle|rig|baggie|line) "
            r"(?:in my hand|in front of me|right here|next to me|on my (?:desk|table|counter|nightstand))\b",
            roles="use",
            example="i have a drink in my hand right now",
        ),
        make_rule(
            "relapse.event_ended_up",
            RL,
            "H",
            r"\b(?:ended up|wound up|found myself|caught myself|i gave in and|gave in and|caved and|"
            r"(?:just )?got done) "
            r"(?:{USEING}|at the (?:bar|liquor store)|buying (?:a bottle|some|beer|booze|dope|pills)|with a (?:drink|beer|bottle))\b",
            roles="use",
            example="ended up drinking after work",
        ),
        make_rule(
            "relapse.event_sat_with_drink",
            RL,
            "H",
            # sitting somewhere with a drink, named by its container: "sitting in the grain truck
            # with a bottle", "in the church car park with a can of cider"; not a bottle of
            # something else ("with a bottle of water") or a baby's ("feeding the baby with a
            # bottle")
            r"\b(?:sitting|sat|parked)\b(?![^.!?\n]{0,50}?\b(?:baby|babies|feed|feeding|formula|milk|newborn|infant|calf|lamb|puppy|kitten))"
            r"(?:(?! and | but )[^.!?\n]){0,40}? with (?:a|my|the|another) "
            r"(?:bottle|pitcher|forty|tall ?boy|white claw|can of (?:cider|beer|lager|ale))\b(?! of\b)",
            roles="use",
            example="sitting in the grain truck with a bottle",
        ),
        make_rule(
            "relapse.event_went_and",
            RL,
            "H",
            # (what was scored, used or drunk must be a substance or nothing: not "went and
            # scored seats", "went and used the bathroom", "went and drank some water")
            r"\bwent (?:out )?and (?:(?:scored|copped|used|drank)(?=\s*(?:[.!?,;]|$)| (?:and|again|tonight|today|"
            r"anyway)\b| (?:some |a |more )?(?:{DRUG}|{BOOZE})\b)|got (?:high|drunk|wasted|loaded|hammered)\b|"
            r"bought (?:some |a |more )?(?:{DRUG}|{BOOZE})\b)",
            roles="use",
            example="she didn't pick up so i went and scored",
        ),
        make_rule(
            "relapse.event_nth_drink",
            RL,
            "H",
            r"\bon (?:my|the) {ORDINAL} (?:{BOOZE}|line|bump|bowl|pill)\b(?<!last shot)|"
            # counted by number: "on drink 5", "on beer number 4", "on shot #3"
            r"\bon (?:drink|beer|shot) (?:number |no\.? |#)?(?:[2-9]|1\d)\b(?! of\b| (?:minutes?|mins?|hours?|days?|weeks?|"
            r"percent|%))",
            roles="use",
            example="i'm on my 4th beer",
        ),
        make_rule(
            "relapse.event_ate_some",
            RL,
            "H",
            # someone's edibles, then the speaker's share: "her brother had edibles and i ate
            # like two" (the "i" in the match makes it the speaker's, whoever brought them)
            r"\b(?:edibles?|shrooms|pot brownies?|weed brownies?|weed gummies|thc gummies)\b[^.!?\n]{0,60}?"
            r"\b(?:and|so|then) i (?:ate|had|took|tried|split) (?:like |about |maybe |only |just )?"
            r"(?:one|two|three|a few|some|a couple|half|\d+)(?=\s*[.!?,]|\s*$| (?:of (?:them|it|those|em)|too|again|"
            r"last|yesterday|on|at|before|and|but|lol|honestly|tbh)\b)",
            roles="use",
            policy="other_person:keep",
            example="her brother had edibles and i ate like two",
        ),
        make_rule(
            "relapse.event_shot_of",
            RL,
            "H",
            r"\b(?:took|had|did|downed|chugged|slammed|poured(?: myself)?) (?:a|one|two|three|another|a couple|a few|some) "
            r"(?:shots?|sips?|swigs?|glass(?:es)?|pulls?|hits?|puffs?|rips?) (?:of|off|from) (?:the |a |my |his |her )?(?:\w+'s )?"
            r"(?:{BOOZE}|{STREET}|pipe|bong|vape)\b(?! (?:in front of|sitting in front of|set (?:down )?in front of|"
            r"poured for) (?:me|us)\b)|"
            r"\b(?:a couple(?: of)?|a few|two|three|some|\d+) (?:hits|puffs|rips|pulls) (?:of|off|from) (?:the |a |my |his |"
            r"her )?(?:\w+'s )?(?:cart|pipe|bong|joint|blunt|bowl|dab pen|weed pen|{STREET})\b",
            roles="use",
            example="just took a shot of vodka",
        ),
        make_rule(
            "relapse.event_sneaking",
            RL,
            "H",
            r"\bsneak(?:ing|ed)? (?:a |some )?(?:drinks?|sips?|pills|a hit|hits|beers?|shots?)\b",
            roles="use",
            example="i've been sneaking drinks all day",
        ),
        make_rule(
            "relapse.event_bender",
            RL,
            "H",
            r"\b(?:went|been|go) on a (?:bender|binge|run)\b",
            roles="use",
            example="went on a bender this weekend",
        ),
        make_rule(
            "relapse.event_intox",
            RL,
            "H",
            r"\b(?:i'm|im|i am|i was|i got|got|getting|been|feel|feeling) (?:{ADV})?(?:so |very |super |hella |mad |pretty )?(?:loaded|sloshed|blitzed|twisted|tanked)\b",
            roles="use",
            example="got loaded yesterday",
        ),
        make_rule(
            "relapse.event_noun",
            RL,
            "H",
            r"\b(?:relapse|slip|slipup|slip-up|lapse) (?:happened|occurred|hit me|started)\b",
            roles="use",
            example="relapse happened saturday night",
        ),
        make_rule(
            "relapse.event_it_won",
            RL,
            "H",
            # the substance or the disease as the winner
            r"\b(?:the )?(?:bottle|booze|drink|drinking|dope|drugs|pills|gear|addiction|disease|craving|cravings|urge|beast|monster|addict brain) "
            r"(?:won|beat me|got me|wins|has won|took over|got the better of me)\b(?!')",
            roles="use",
            example="the booze got the better of me tonight",
        ),
        make_rule(
            "relapse.event_first_in",
            RL,
            "H",
            # "first X in N years/months": the first use after a long time
            r"\b(?:first|1st) (?:drink|beer|shot|glass|pint|line|hit|bump|pill|drag|toke|joint|drop) (?:in|since) "
            r"(?:over |almost |nearly |like )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            r"eighteen) ?(?:days|weeks|months|mos|years?|yrs?)\b",
            roles="use",
            example="first pint in three years just went down",
        ),
        make_rule(
            "relapse.event_intox_setting",
            RL,
            "H",
            # intoxicated where it shows ("high in group", "drunk at work")
            r"\b(?:i'm|i am|im|i was|been) (?:{ADV})?(?:so |kinda |a bit |a little |pretty )?(?:high|drunk|wasted|stoned|buzzed|tipsy|blazed|baked|lit|faded|messed up) (?:in|at|during|for|on) (?:group|session|the meeting|work|class|my shift|the call|zoom|school|church)\b",
            roles="use",
            example="i'm lowkey buzzed in session rn",
        ),
        make_rule(
            "relapse.event_use_schedule",
            RL,
            "H",
            # slang for controlled or occasional use, with a routine
            r"\b(?:chipping|dabbling|dipping back in|using recreationally|doing lines|doing bumps|on the gear|on the piss) "
            r"(?:again |a bit |here and there )?(?:on (?:the )?weekends?|at weekends|every (?:weekend|friday|saturday|night|day)|most (?:nights|days|weekends)|for (?:a|\d+|two|three|a few) (?:weeks?|months?)|since \w+)\b",
            roles="use",
            example="been dabbling every weekend since march",
        ),
        make_rule(
            "relapse.event_fuck_it",
            RL,
            "H",
            # resolve to use, after giving up the fight
            r"\b(?:fuck it|screw it|sod it|fuck this|whatever|done fighting|giving up)[.!,]? (?:{GAP2})?(?:i'm |im )?(?:(?:buying|getting|grabbing|picking up|ordering|pouring|opening|cracking) "
            r"(?:a |some |another |me a |myself a |the )?(?:{BOOZE}|{STREET}|bag|gram|point|a round)|"
            r"(?:calling|texting|messaging) (?:my|the) (?:dealer|plug)|(?:heading|going) (?:to|down) the (?:bar|pub|offie|liquor store|bottle shop))\b",
            roles="use",
            example="screw it, grabbing a bottle of wine after work",
        ),
        make_rule(
            "relapse.event_no_strength",
            RL,
            "H",
            r"\b(?:don't|dont|do not|no longer) have (?:the |any )?(?:strength|willpower|energy|fight) (?:left )?(?:to not|not to|to stay|to resist|to say no|to fight it)\b",
            roles="use",
            example="i don't have the willpower to say no tonight",
        ),
        make_rule(
            "relapse.event_plain_present",
            RL,
            "H",
            # a use told in the plain present with a time, as people writing in a second
            # language often do: "today I drink again", "last week i use cocaine two times",
            # "I smoke the rock tonight" (the object must be a substance, or "again")
            r"\b(?:today|tonight|this morning|this afternoon|this evening|yesterday|last (?:night|week|"
            r"weekend|{DAYNAME})|on {DAYNAME})\b,? (?:{GAP4})?"
            + _PRESENT_USE
            + r"|\b"
            + _PRESENT_USE
            + r",? (?:{GAP3})?(?:today|tonight|this morning|yesterday|last night|last week|again)\b|"
            r"\b(?:consumed|consume) (?:some |a lot of |much |too much |many )?(?:alcohol|{BOOZE}|{DRUG})\b",
            roles="use",
            example="today I drink again, all the day",
        ),
        make_rule(
            "relapse.event_disguised",
            RL,
            "H",
            # a use hidden behind an everyday drink or medicine: "the cup of coffee in my hand
            # tonight is not coffee", "my 'coffee' at work had vodka in it", "sipping something
            # that is definitely not ginger ale", "the 'migraine' was a hangover"
            # (each cover word its own top-level alternative, so that gating needs both the
            # word and its denial before trying it: see ``gating``)
            _NOT_COVER + r"|"
            r"\b(?:my|the) ['\"](?:coffee|tea|water|soda|juice|lemonade|cold medicine|cough syrup|cough medicine|"
            r"medicine|vitamins|nicotine)['\"] (?:{GAP6})?(?:had|has|was|is) (?:\w+ )?(?:vodka|whiskey|"
            r"whisky|rum|gin|tequila|bourbon|brandy|wine|liquor|booze|alcohol|baileys)(?: in it)?\b|"
            r"\b(?:my|the) ['\"](?:cough syrup|cold medicine|cough medicine)['\"] (?:{GAP6})?(?:wasn't|was not|"
            r"isn't|is not) for (?:my|a|the) (?:cough|cold|flu|pain|sleep)\b|"
            r"\b(?:sipping|drinking|nursing|drank) (?:something|a drink) (?:that is|that's|that was|which is)"
            r"(?: definitely| certainly| absolutely)? not (?:just )?(?:{SOFT})\b|"
            r"\b(?:my|the|those|that) ['\"](?:migraine|headaches?|flu|stomach bug|sick day|food poisoning|cold)['\"] (?:{GAP6})?"
            r"(?:was|were) (?:really |actually |just )?(?:a )?hangovers?\b",
            roles="use",
            example="the cup of coffee in my hand tonight is not coffee",
        ),
        make_rule(
            "relapse.event_drinks_deep",
            RL,
            "H",
            # how far into drinking now: "im 3 white claws deep on a tuesday" (the day named is
            # today's, so it does not make the use recent rather than now)
            r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:{BOOZE}|white claws|claws|beers|drinks|shots|"
            r"seltzers|cans|tinnies|pints|glasses|lines|bumps|hits) deep\b",
            roles="use",
            policy="recent:keep",
            example="im 3 white claws deep on a tuesday",
        ),
        make_rule(
            "relapse.event_session",
            RL,
            "H",
            # a session told by how it grew or by its slang: "one drink turned into a 3 day
            # thing", "got on the piss with the lads", "hit the piss"
            r"\b(?:one|1|just one|a single) (?:drink|beer|glass|hit|line|bump|pill)['\"]?(?: on \w+(?: \w+)?)? "
            r"turned into\b(?! (?:none|zero|nothing|water|soda|a (?:soda|water|mocktail))\b)|"
            r"\b(?:got|went|been|was|were|out) on the piss\b|\bhit the piss\b",
            roles="use",
            example="got on the piss with the lads after footy",
        ),
    ]
