"""Event rules built from vocabularies: who + action + time / intent, not whole sentences.

The hand-written rules in rules.py grew around particular phrasings. The rules here are the
general shapes behind them, each a combination of small word classes:

* suicide: a desire or intent ("want to", "gonna", "can't stop thinking about", "ready to")
  followed by death or ending vocabulary ("die", "end it all", "not be here") is active
  ideation; "everyone would be fine if I was gone" is passive ideation; a method verb with
  an intent ("gonna hang myself") or means in hand plus a time is a plan;
* self-harm: a harm verb in any tense aimed at the speaker's body, or done "until it bleeds";
* relapse: a use verb plus a time marker ("used last weekend", "drinking again"), a drink
  in hand, "ended up drinking";
* violence: a weapon with an intent to use it on someone;
* abuse: someone threatening the speaker, or at the door with a weapon.

Context (negation, past, someone else, idiom ...) is left to context.py and policy.py, so
these patterns only describe the event. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

from bot.safety.model import Category
from bot.safety.patterns import MACROS, Rule, make_rule

S = Category.SUICIDE
SH = Category.SELF_HARM
OD = Category.OVERDOSE
RL = Category.RELAPSE
V = Category.VIOLENCE
AB = Category.ABUSE

_VOCAB = {
    # desire, intent or preoccupation that governs what follows
    "DESIRE": (
        r"(?:want|wants|wanted|wanting|keep wanting|wanna|ready|going|gonna|gon|about|plan|"
        r"plans|planning|planned|decided|need|needing|wish i could|i'd rather|would rather|"
        r"rather|prefer|tempted|longing|long|can't wait|cant wait|can not wait|trying|"
        r"think about|thinking about|thinking of|thought about|thoughts about|thoughts of|"
        r"considering|contemplating|imagining|picturing|fantasizing about|dreaming about|"
        r"dreaming of|obsessing over|obsessing about|can't stop thinking about|"
        r"cant stop thinking about|keep thinking about|waiting|just waiting|close to|"
        r"so close to|tempted to|choose to|chose to|set on|determined to|feel like|so i can|"
        r"so i could|so that i can|in order to|enough to)"
    ),
    # dying or ending one's own life (strong: active ideation)
    "DEATH": (
        r"(?:die|be dead|end it(?: all)?|end things|end everything|end my (?:own )?life|"
        r"kill myself|killing myself|take my (?:own )?life|taking my (?:own )?life|"
        r"ending it(?: all)?|ending things|ending everything|ending my (?:own )?life|"
        r"not (?:be )?(?:alive|here|around) (?:anymore|any more)|stop (?:living|existing|breathing)|"
        r"sleep forever|go to sleep forever|rest forever|rest for good|sleep for good|never wake up|not wake up|unalive myself|"
        r"off myself|check out (?:for good|permanently|forever)|be gone (?:for good|forever)|"
        r"disappear (?:forever|for good|permanently)|leave this (?:world|earth|life)|"
        r"overdose on purpose|od on purpose|overdosing on purpose|od'?ing on purpose|commit suicide|do it for real|cease to exist|"
        r"not exist|not existing|not be alive|not being alive|stop being alive)"
    ),
    # death as a subject of thought (weaker: preoccupation)
    "DEATHTHOUGHT": (
        r"(?:dying|death|my (?:own )?death|being dead|not being (?:alive|here|around)|"
        r"my (?:own )?funeral|how i'd die|how i would die|how to die|ending it|suicide|"
        r"killing myself|not existing|disappearing forever|not waking up)"
    ),
    # the speaker gone, as the condition of others' relief
    "MEGONE": (
        r"(?:i (?:{ADV})?(?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|"
        r"didn't wake up|did not wake up|never woke up|wasn't alive|ended it|ended it all|ended things|"
        r"ended my life|"
        r"didn't exist|did not exist|never existed|was never born|stopped existing|left for good|"
        r"(?:wasn't|weren't|wasnt|werent|was not|were not) (?:here|around|alive|born|in (?:it|the picture))|"
        r"(?:wasn't|weren't|wasnt|werent) here)|i'm gone|im gone|i am gone|me gone)"
    ),
    "RELIEF": (
        r"(?:relieved|better off|happier|fine|ok|okay|better|glad|free|lighter|easier|"
        r"at peace|not miss me|not even notice|barely notice|move on)"
    ),
    # ways people kill themselves, as verbs taking "myself"
    "METHODV": (
        r"(?:shoot|hang|drown|gas|poison|suffocate|electrocute|stab|slit|throw|overdose|od)"
    ),
    # means in hand
    "MEANS": (
        r"(?:pills|meds|medication|tablets|sleeping pills|rope|noose|gun|pistol|revolver|"
        r"rifle|shotgun|glock|blade|razor|bottle of \w+|belt|extension cord|"
        r"insulin)"
    ),
    # places people go to die
    "PLACE": r"(?:bridge|tracks|train|ledge|roof|rooftop|edge|overpass|cliff|water|ocean|river|lake)",
    # time markers that place a use now or recently
    "WHEN": (
        r"(?:again|today|tonight|this morning|this afternoon|this evening|last night|"
        r"yesterday|earlier|just now|right now|rn|an hour ago|\d+ hours? ago|"
        r"last (?:weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
        r"over the weekend|this weekend|this week|the other day|a few days ago|\d+ days ago|"
        r"on {DAYNAME}|{DAYNAME}|after (?:work|group|session|class|the meeting|\d+ (?:days|weeks|months|years))|"
        r"before (?:work|group|session|class|the meeting)|at (?:the|a|my) \w+|all day|all night|"
        r"every (?:day|night)|for (?:\d+|two|three|four|five) days)"
    ),
    "USEING": (
        r"(?:using|drinking|smoking|shooting up|shooting|snorting|getting high|getting drunk|"
        r"getting wasted|popping pills|drinkin|usin|tweaking|geeking|nodding)"
    ),
    "USEPAST": (
        r"(?:used|drank|got high|got drunk|got wasted|got loaded|got lit|got hammered|"
        r"got messed up|got fucked up|smoked|snorted|shot up|popped|relapsed|slipped|picked up|"
        r"caved|gave in|went out|blacked out)"
    ),
    "INTOX": (
        r"(?:drunk|wasted|hammered|smashed|plastered|trashed|tipsy|buzzed|high|stoned|blazed|"
        r"baked|lit|faded|geeked|tweaking|tweakin|zooted|crossfaded|loaded|sloshed|blitzed|"
        r"twisted|tanked|fried|spun|messed up|fucked up)"
    ),
    "STREET": (
        r"(?:heroin|dope|fent|fentanyl|fetty|meth|crystal|crack|cocaine|percs?|"
        r"percocets?|oxys?|oxycodone|roxys|roxies|blues|m30s?|bars|xanax|xans|benzos?|"
        r"klonopin|valium|ativan|molly|mdma|ecstasy|acid|lsd|shrooms|ketamine|weed|pot|"
        r"marijuana|dabs|carts|kratom|spice|lean|codeine|tramadol|vicodin|norco|morphine|"
        r"dilaudid|edibles?|lines?|bumps?)"
    ),
    # an adult who may be an abuser (not "my son", who may just have nightmares)
    "ADULT": (
        r"(?:step-?dad|step-?father|step-?mom|uncle|mom's (?:boyfriend|bf)|dad|father|grandpa|"
        r"grandfather|cousin|brother|brother-in-law|neighbor|coach|boss|boyfriend|husband|"
        r"partner|ex|landlord|teacher|pastor)"
    ),
    "ORDINAL": r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|next|another|last)",
}


def _rule(
    rule_id: str,
    category: Category,
    severity: str,
    pattern: str,
    *,
    roles: str = "",
    policy: str = "",
    ex: str = "",
) -> Rule:
    return make_rule(rule_id, category, severity, pattern, roles=roles, policy=policy, example=ex)


def event_rules() -> list[Rule]:
    """The event rules (call after rules.py has defined its shared macros)."""
    MACROS.update(_VOCAB)
    return [
        # ------------------------------------------------------------ suicide -------------
        _rule(
            "suicide.event_desire",
            S,
            "H",
            r"\b{DESIRE} (?:to |of |on |about )?(?:{ADV})?(?:just |really |finally |go and )?{DEATH}\b",
            roles="intent",
            policy="joke:low",
            ex="i keep wanting to die",
        ),
        _rule(
            "suicide.event_preoccupied",
            S,
            "M",
            r"\b(?:think|thinking|thought|thoughts|keep thinking|imagining|imagine|picturing|"
            r"picture|fantasizing|fantasize|daydreaming|dreaming|obsessing|planning) "
            r"(?:a lot |so much |constantly |all the time )?(?:about |of |over )?(?:{DEATHTHOUGHT})\b"
            # grief is not ideation: "thinking about death since my dad passed"
            r"(?!,? {GAP8}(?:since|after) (?:my|our|his|her) \w+ (?:passed|died))",
            roles="intent",
            ex="i keep imagining my own funeral",
        ),
        _rule(
            "suicide.event_only_way",
            S,
            "H",
            r"\b(?:dying|death|suicide|ending it|ending my life|killing myself|being dead)\b "
            r"(?:is|seems|feels|looks|would be|sounds)(?: like)? (?:the |my )?"
            r"(?:only (?:way out|option|answer|choice|way|thing left|solution)|answer|way out|"
            r"best option|easier|better than (?:this|living|life|being alive|waking up|feeling this way)|"
            r"a relief|peaceful)",
            roles="intent",
            ex="i feel like dying is the only way out",
        ),
        _rule(
            "suicide.event_relief",
            S,
            "M",
            r"\b(?:would|'d|will|'ll|be|are|is)\b {GAP2}{RELIEF}\b,? {GAP3}(?:if|when|once|after|with) {MEGONE}",
            roles="intent",
            policy="other_person:keep",
            ex="my family would honestly be relieved if i died",
        ),
        _rule(
            "suicide.event_worthless_life",
            S,
            "M",
            r"\b(?:life|living|my life|being alive|this life|going on|staying alive)(?:'s| is)? "
            r"(?:not|isn't|is not|ain't|no longer) worth (?:it|living|anything|the pain|the effort|the fight)|"
            r"\b(?:don't|do not|dont|can't|cant|cannot|no longer) see (?:the |any |a )?"
            r"(?:point (?:in|of|to) (?:living|life|going on|being alive|staying alive|waking up|any of (?:it|this))|"
            r"future (?:for (?:me|myself)|at all|anymore)|way out)|"
            r"\bmy life is (?:pointless|meaningless|worthless|over|hopeless|a waste)\b|"
            r"\bwhy (?:do |should )?i (?:even )?(?:bother|keep) (?:staying alive|living|waking up|being alive|trying to live|breathing)",
            roles="intent",
            ex="dont see the point in living anymore",
        ),
        _rule(
            "suicide.event_method_intent",
            S,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:{METHODV}) (?:myself|my (?:wrists?|throat))\b|"
            r"\b(?:{WILL}) (?:{ADV})?(?:jump|throw myself) (?:off|from|in front of) (?:a |the |this |that |my )?(?:{PLACE}|building|train|bus|truck|car|traffic)\b|"
            r"\b(?:{WILL}|'m|am) (?:{ADV})?jump\s*(?:[.!]|$)|"
            r"\b(?:{WILL}) (?:{ADV})?(?:drive|crash|steer|swerve) (?:my car |my truck |the car |myself )?(?:off|into) (?:the |a |oncoming )?(?:road|cliff|bridge|wall|tree|traffic|river|lake|pole|semi|truck)\b",
            roles="intent means",
            ex="i'm going to shoot myself",
        ),
        _rule(
            "suicide.event_method_thought",
            S,
            "H",
            r"\b(?:walk|walking|swim|swimming|wade|wading|drive|driving) (?:out )?(?:into|off) (?:the |a )?(?:ocean|sea|lake|river|water|traffic|cliff)\b {GAP4}(?:not|never) (?:coming|come|came) (?:back|out|home)\b|"
            r"\b(?:the )?(?:{PLACE})\b {GAP4}(?:keeps|keep|kept|is|was) calling (?:me|my name|to me)\b",
            roles="means",
            ex="the bridge near my work keeps calling me",
        ),
        _rule(
            "suicide.event_means_held",
            S,
            "L",
            r"\b(?:i have|i've got|ive got|i got|got|have|holding|bought|grabbed|found|took|picked up) "
            r"(?:my |the |a |all the |all my |enough |my \w+'?s |\w+'s )?(?:{MEANS})\b(?! (?:for|from) (?:my |the |a )?(?:pharmacy|doctor|refill|headache|back|blood pressure))",
            roles="means",
            ex="tonight i'm going to finally do it. i have the pills",
        ),
        _rule(
            "suicide.event_means_ready",
            S,
            "C",
            r"\b(?:rope|noose|pills|meds|tablets|sleeping pills)\b,? {GAP3}(?:is |are |'s |all )?(?:ready|set up|tied|hung up|hanging|in place|waiting)\b(?! (?:for|to) (?:the|my|next|this) (?:week|pharmacy|refill|trip|morning))",
            roles="means plan",
            ex="i've got the rope ready",
        ),
        _rule(
            "suicide.event_means_time",
            S,
            "L",
            r"\b(?:pills|rope|noose|gun)(?: (?:pills|rope|noose|gun))* (?:tonight|tomorrow|soon|right now)\b",
            roles="means",
            ex="pills pills pills tonight. goodbye",
        ),
        _rule(
            "suicide.event_goodbye_end",
            S,
            "L",
            r"(?:^|(?<=[.!?\n]) ?)(?:goodbye|farewell|bye forever)\s*[.!]*\s*$",
            roles="farewell",
            ex="pills pills pills tonight. goodbye",
        ),
        _rule(
            "suicide.event_do_it",
            S,
            "L",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:do it|go through with it|do this|end this)\b(?= {GAP2}(?:tonight|tomorrow|soon|finally|for real|{DAYNAME}|this weekend|when|after)|\s*[.!]|$)",
            roles="intent",
            ex="tonight i'm going to finally do it",
        ),
        _rule(
            "suicide.event_have_plan",
            S,
            "L",
            r"\b(?:i have|i've got|ive got|i got|i made|i've made|i've got|i've come up with) (?:a|my) plan\b(?! for (?:the|this|my) (?:weekend|week|day|holidays|recovery|sobriety|morning))",
            roles="plan",
            ex="i have a plan and i'm going to do it friday",
        ),
        _rule(
            "suicide.event_swallow",
            S,
            "C",
            r"\b(?:{WILL}|i'm|im|i am) (?:{ADV})?(?:taking|take|swallow|swallowing|down|downing|eat|eating) "
            r"(?:all|every|every single|the whole|the entire|the rest of|a whole) (?:of )?(?:the |my |these |those )?(?:\w+ )?(?:pill|pills|bottle|meds|medication|tablets)\b",
            roles="intent means",
            ex="gonna swallow every pill in the cabinet",
        ),
        # ------------------------------------------------------------ more suicide --------
        _rule(
            "suicide.event_wont_need",
            S,
            "H",
            r"\b(?:won't|will not|wont|not going to|not gonna|don't|do not) need (?:them|it|these|those|my \w+|any of (?:it|this|them)|anything|this stuff|my stuff) "
            r"(?:soon|much longer|anymore|for long|where i'm going|after (?:tonight|today|this week))\b|"
            r"\bnothing (?:left )?(?:keeping|holding) me here\b|\bnothing (?:left )?to stay for\b|"
            r"\b(?:not|won't|wont|never) (?:going to |gonna )?(?:be )?(?:stick|sticking|stay|staying) around (?:to (?:find out|see)|much longer|for long|after)\b|"
            r"\bno (?:version of (?:the|my) )?(?:future|world|scenario|universe) where i'm (?:still )?(?:here|alive|around)\b",
            roles="farewell intent",
            ex="won't need them soon",
        ),
        _rule(
            "suicide.event_not_be_here",
            S,
            "H",
            r"\b(?:won't|will not|wont|not going to|not gonna|no longer going to) be (?:a problem|a burden|around|here|in (?:anyone's|your|the) way|bothering (?:anyone|you)|anyone's problem|your problem)"
            r"(?: for (?:anyone|anybody|you|everyone|them|y'all))? (?:much longer|soon|after (?:tonight|today|this week|the weekend)|by (?:tomorrow|morning|monday)|tomorrow|next week|for long)\b",
            roles="farewell intent",
            policy="other_person:keep",
            ex="i'm not going to be a problem for anyone after tonight",
        ),
        _rule(
            "suicide.event_height",
            S,
            "H",
            r"\b(?:looked|looking|look|googled|googling|checked|checking|searched|searching|measured|read|reading) (?:up |into |about )?(?:how (?:tall|high|far down|deep|far)|the height of|which (?:\w+ )?(?:pills|meds|drugs) (?:are|is)) "
            r"(?:{GAP4})?(?:bridge|parking garage|garage|overpass|cliff|roof|dam|lethal|fatal|deadly|enough to (?:kill|die))\b|"
            r"\b(?:least painful|most painless|painless|quickest|easiest|fastest|surest) (?:way|ways|method|methods) to (?:go|die|do it|end it|end things|kill myself|check out)\b|"
            r"\bwhich (?:\w+ )?(?:pills|meds|drugs) (?:are|is|would be) (?:lethal|fatal|deadly)\b",
            roles="intent plan",
            ex="what's the least painful way to go",
        ),
        _rule(
            "suicide.event_hoard",
            S,
            "M",
            r"\b(?:holding onto|holding on to|keeping|saving|saved|hiding|hid|stashing|stashed|hoarding) (?:my |the |all my |all the |some |a )?(?:old )?(?:prescription|pills|meds|medication|scripts?|pill bottles?|sleeping pills)\b,? "
            r"{GAP3}(?:for a reason|for later|for when|for the right (?:time|moment|night)|for the end|for one day|for a bad day|in case i decide)",
            roles="means",
            ex="i've been holding onto my old prescription for a reason",
        ),
        _rule(
            "suicide.event_unneeded",
            S,
            "M",
            r"\b(?:the world|nobody|no one|noone|everyone|my family|anyone) (?:doesn't|does not|don't|do not|wouldn't|would not|won't)? ?(?:really |even )?(?:needs?|wants?) me (?:in it|here|around|anymore|alive)\b|"
            r"\b(?:would|will|does|do) (?:anyone|anybody|people|they|you|my \w+|y'all) (?:even |actually |really )?(?:care|notice|miss me|cry) if i (?:was|were|'m|am|died|disappeared|left|killed)\b|"
            r"\b(?:hate|hating|hated) (?:being alive|living|existing|waking up (?:every day|alive|each morning)|that i'm (?:still )?alive)\b",
            roles="intent",
            ex="i keep thinking the world doesn't need me in it",
        ),
        _rule(
            "suicide.event_the_night",
            S,
            "H",
            r"\b(?:the (?:night|day|time|moment)|tonight|today) (?:is |'s |feels like |seems like )?(?:the (?:night|day|time) )?(?:when )?i (?:finally |will |'ll |am going to |'m going to |'m gonna |gonna )?"
            r"(?:end (?:this|it|things|everything|my life)|do it|go through with it|kill myself|die|let go for good)\b",
            roles="intent plan",
            ex="tonight feels like the night i finally end this",
        ),
        _rule(
            "suicide.event_heaven",
            S,
            "M",
            r"\b(?:{DESIRE}) (?:to )?(?:be with|join|see) (?:my \w+|him|her|them|\w+) (?:again )?(?:in heaven|on the other side|wherever (?:he|she|they) (?:is|are))\b",
            roles="intent",
            ex="i just want to be with my mom in heaven",
        ),
        _rule(
            "suicide.event_staring",
            S,
            "L",
            r"\b(?:staring|stare|stared|looking|looked) at (?:the|my|a|that|this) (?:\w+ )?(?:{MEANS}|bottle of pills|pill bottle|rope|knife|gun|bridge|edge)\b",
            roles="means",
            ex="i keep staring at the bottle of pills on my dresser",
        ),
        _rule(
            "suicide.event_how_easy",
            S,
            "L",
            r"\bhow easy it (?:would|'d|could) be\b(?! to (?:drink|use|pick up|relapse|get))",
            roles="intent",
            ex="thinking how easy it would be",
        ),
        # ------------------------------------------------------------ more self-harm ------
        _rule(
            "self_harm.event_tool_on_body",
            SH,
            "H",
            r"\b(?:using|used|use|take|took|taking) (?:a|the|my) (?:razor|blade|knife|lighter|scissors|box ?cutter|sharpener|needle|pin) "
            r"(?:on|to|against) (?:my (?:{BODY})|myself)\b",
            roles="today",
            ex="i've been using a razor on my legs where no one can see",
        ),
        _rule(
            "self_harm.event_let_myself",
            SH,
            "H",
            r"\b(?:let myself|allowed myself|gave in and|caved and) (?:{ADV})?(?:cut|burn|bleed|hurt myself|harm myself|scratch)\b|"
            r"\b(?:{WILL}|'m|am) (?:go|go and|gonna go) (?:cut|burn myself|hurt myself)\b",
            roles="today",
            ex="i let myself cut just a little",
        ),
        # ------------------------------------------------------------ more overdose -------
        _rule(
            "overdose.event_took_everything",
            OD,
            "C",
            r"\b(?:took|swallowed|ate|downed|popped|taking) (?:everything|all(?: of)? the (?:pills|meds|bottles)|whatever (?:was|i found)) (?:in|from|out of) (?:the|my|her|his|our) (?:medicine cabinet|cabinet|bathroom|pill ?box|pill bottles?|purse|drawer)\b",
            policy="other_person:keep",
            ex="took everything in the medicine cabinet",
        ),
        _rule(
            "overdose.event_after_use",
            OD,
            "L",
            r"\bafter (?:those|these|the|some|that|my|a|taking|using|doing|smoking|snorting|shooting|she used|he used|they used|using|she took|he took) (?:\w+ )?(?:{STREET}|hit|line|bump|shot|pills)\b|"
            r"\b(?:were|was|are|is) pressed\b|\bpressed (?:pills|bars|blues|percs)\b|\bfake (?:pills|blues|percs|bars|oxys?)\b|\b(?:she|he|they) (?:just )?used\b",
            roles="use",
            ex="can't keep my eyes open after those blues",
        ),
        _rule(
            "overdose.event_fading",
            OD,
            "L",
            r"\b(?:i'm|i am|i feel like i'm|feel like i'm|feels like i'm) (?:{ADV})?(?:fading|slipping away|going under|passing out|blacking out|about to pass out)\b|"
            r"\bon the floor (?:shaking|seizing|twitching|convulsing)\b|\bcan't keep (?:my|his|her) eyes open\b",
            roles="symptom",
            policy="other_person:keep",
            ex="i feel like i'm fading",
        ),
        # ------------------------------------------------------------ more relapse --------
        _rule(
            "relapse.event_let_myself",
            RL,
            "H",
            r"\b(?:let|allowed) myself (?:to )?(?:have|take|do|drink|smoke|use|get)\b|"
            r"\btold myself (?:just |only )?one (?:more )?(?:hit|drink|beer|line|bump|pill|shot|glass|time|bowl)\b|"
            r"\b(?:i'm |i am |im )?(?:not|no longer) (?:sober|clean) (?:anymore|any more|now)\b|"
            r"\b(?:opened|cracked open|cracked) (?:a|the|my|another) (?:{BOOZE})\b|"
            r"\bsitting (?:here )?with (?:a|my|another) (?:{BOOZE}|joint|blunt)\b",
            roles="use",
            ex="i let myself have one. then four",
        ),
        _rule(
            "relapse.event_counter",
            RL,
            "H",
            r"\b(?:counter|count|clock|day count|days|app|streak|sober date|clean date|sobriety date)(?:'s| is| are|s)? (?:back (?:to|at) (?:zero|0|one|1|day one|day 1)|reset|now today|today now|is now today)\b|"
            r"\bback (?:at|to) square one\b,? {GAP3}(?:drinking|using|drugs|booze|alcohol|sobriety|recovery|clean|sober|the pills|the bottle)\b|"
            r"\b(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?)\b,? {GAP8}(?:threw|blew|wasted|pissed|flushed|tossed) (?:it|them|that|all of it) (?:away|down the drain)\b|"
            r"\b(?:threw|blew|wasted|pissed|flushed|tossed) away (?:my |all my )?(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?)\b",
            roles="use",
            ex="counter's back to zero",
        ),
        _rule(
            "relapse.event_street_use",
            RL,
            "H",
            r"\b(?:mixed|took|popped|did|snorted|smoked|shot|swallowed|bought|scored|copped|had|tried|hit) "
            r"(?:(?:some|a few|a couple(?: of)?|\d+|a|an|two|three|like \d+|a bunch of|a handful of|one of (?:my|his|her) \w+'?s?) )?(?:{STREET})\b",
            roles="use",
            ex="mixed some xans with a few drinks at the party lol",
        ),
        _rule(
            "relapse.event_pack",
            RL,
            "H",
            r"\b(?:bought|grabbed|picked up|copped) (?:a |another )?(?:6|12|18|24|30) ?-?pack\b",
            roles="use",
            ex="bought a 12 pack on the way home",
        ),
        _rule(
            "relapse.event_halfway",
            RL,
            "H",
            r"\b(?:already )?(?:halfway|half way) (?:through|thru|done)(?: (?:it|them))?\s*(?:[.!,]|$)|\b(?:already )?(?:half gone|half empty|finished half)\b",
            roles="use",
            ex="bought a 12 pack on the way home, already halfway through",
        ),
        # ------------------------------------------------------------ more violence -------
        _rule(
            "violence.event_fantasy",
            V,
            "H",
            r"\b(?:picturing|imagining|fantasizing about|dreaming about|thinking about|thought about|thoughts of|keep seeing myself) (?:{GAP3})?(?:wrapping my hands around|strangling|choking|stabbing|killing|shooting|hurting|beating|smashing|bashing) "
            r"(?:his|her|their|{HIM})\b",
            roles="intent",
            ex="i keep picturing wrapping my hands around his throat",
        ),
        _rule(
            "violence.event_see_bleed",
            V,
            "H",
            r"\b(?:want|wanna|going|gonna|need|will|'ll|gotta) (?:to )?(?:see|watch|make) (?:{HIM}) (?:bleed|suffer|hurt|beg|die)\b|"
            r"\b(?:handle|deal with|take care of) (?:him|her|them|that \w+) (?:myself|personally|my way|once and for all)\b|"
            r"\b(?:he|she|they|you)(?:'ll| will)? (?:won't|will not|wont|ain't gonna|not gonna) (?:leave|walk away|walk out|make it out|get out) (?:of here )?(?:in one piece|alive|standing)\b",
            roles="intent",
            policy="other_person:keep conditional:keep",
            ex="i want to see him bleed",
        ),
        _rule(
            "violence.event_when_i_see",
            V,
            "L",
            r"\bfor when i (?:see|find|catch|run into|get to) (?:him|her|them|that \w+|my \w+)\b",
            roles="intent",
            ex="got a bat in the trunk for when i see him",
        ),
        # ------------------------------------------------------------ more abuse ----------
        _rule(
            "abuse.event_thrown",
            AB,
            "M",
            r"{PERPX} (?:{ADV})?(?:put me|threw me|throws me|slammed me|slams me|shoved me|shoves me|pushed me|pushes me|pinned me|pins me|dragged me|drags me|knocked me|knocks me) (?:through|into|against|down|across|to the (?:ground|floor)|on(?:to)? the (?:floor|ground|bed))\b",
            roles="today",
            ex="last night he put me through the wall",
        ),
        _rule(
            "abuse.event_control",
            AB,
            "M",
            r"\b(?:ask|asking|beg|begging) (?:him|her|them|my (?:husband|wife|boyfriend|girlfriend|partner)) (?:for )?permission (?:to|before)\b|"
            r"{PERPX} (?:{ADV})?(?:checks|reads|goes through|went through|monitors|tracks|took|takes|keeps|controls|hides|hid) (?:all )?(?:of )?my (?:phone|texts|messages|location|bank card|debit card|credit cards?|cards|wallet|money|paycheck|keys|car keys|id|passport|documents)\b|"
            r"{PERPX} {GAP3}(?:no one|nobody|noone) (?:would|will|is going to|'d) (?:ever )?believe me\b",
            ex="she checks my phone every night and took my bank card",
        ),
        _rule(
            "abuse.event_what_hell_do",
            AB,
            "H",
            r"\b(?:scared|afraid|terrified|frightened) (?:of )?what (?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna| is gonna| might) do(?: to (?:me|us|my \w+))?\b",
            ex="i'm afraid of what he'll do when he gets home",
        ),
        _rule(
            "abuse.event_night_room",
            AB,
            "M",
            r"\b(?:my|our|mom's) (?:\w+ )?(?:{ADULT}) (?:{ADV})?(?:comes|came|keeps coming|sneaks|snuck|creeps|crept|gets) (?:in|into) (?:my|our) (?:room|bed|bedroom)\b(?! to (?:wake|say|check|ask|tell))",
            ex="my stepdad comes into my room at night",
        ),
        _rule(
            "abuse.event_marks_from",
            AB,
            "M",
            r"\b(?:marks|bruises|bruising|scratches|handprints?|fingerprints?|welts)\b (?:on my \w+ |everywhere |all over (?:my \w+|me) )?(?:from|where) (?:where )?(?:he|she|they|him|her|them|my \w+)\b",
            ex="there are marks on my neck from where he squeezed",
        ),
        _rule(
            "abuse.event_breaking_in",
            AB,
            "C",
            r"{PERP}(?:'s| is| are|'re) (?:{ADV})?(?:trying to )?(?:break|breaking|kick|kicking|bust|busting|pound|pounding) (?:down |in |on |through )?(?:the|my|our) (?:\w+ )?(?:door|window)\b",
            ex="he's trying to break down the door",
        ),
        # ------------------------------------------------------------ indirect forms ------
        _rule(
            "suicide.event_what_if_i",
            S,
            "M",
            r"\b(?:what if|what would happen if|wonder what would happen if|what happens if) i (?:just )?"
            r"(?:ended it(?: all)?|ended things|ended my life|killed myself|didn't wake up|never woke up|took all (?:my|the|of my) (?:pills|meds)|"
            r"disappeared|wasn't here|weren't here|jumped|died|swallowed (?:all|every|the whole))\b",
            roles="intent",
            policy="hypothetical:keep conditional:keep",
            ex="what if i just ended it all tonight",
        ),
        _rule(
            "suicide.event_letting_go",
            S,
            "H",
            r"\bready to (?:let go|go)\s*(?:[.!]|$)|\bready to let go (?:of (?:life|everything|this life|this world)|for good|now)\b",
            roles="intent",
            ex="i'm tired of fighting this. i'm ready to let go",
        ),
        _rule(
            "suicide.event_not_afraid",
            S,
            "H",
            r"\b(?:not|no longer) (?:scared|afraid) (?:of dying|to die|of death)\b",
            roles="intent",
            ex="i'm not scared of dying anymore. i'm ready",
        ),
        _rule(
            "suicide.event_only_thing",
            S,
            "H",
            r"\bthe only (?:thing|reason|one|person|people|things) (?:stopping me|holding me back|keeping me (?:alive|here|from (?:doing it|ending it)))\b(?! from (?!doing it|ending it|killing|dying|going through)\w+)",
            roles="intent",
            ex="the only thing stopping me is my kids",
        ),
        _rule(
            "suicide.event_not_planning_here",
            S,
            "H",
            r"\b(?:don't|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on|to) (?:be|being) (?:here|around|alive) (?:next|tomorrow|much longer|by|for long|after|in a)\b",
            roles="intent farewell",
            ex="i don't plan on being here next week",
        ),
        _rule(
            "suicide.event_see_again",
            S,
            "H",
            r"\b(?:don't|do not) think i(?:'ll| will) (?:ever )?see (?:him|her|them|you|you all|y'all|my \w+) again\b",
            roles="farewell",
            ex="i said goodbye to my dog today. i don't think i'll see him again",
        ),
        _rule(
            "suicide.event_letters_all",
            S,
            "H",
            r"\b(?:wrote|written|writing|left) (?:everyone|each of (?:them|my \w+)|all of (?:them|you)|my (?:family|kids|wife|husband|parents)) (?:a |my )?(?:letters?|notes?)\b",
            roles="farewell plan",
            ex="i've written everyone letters. they're in my desk",
        ),
        _rule(
            "suicide.event_burden",
            S,
            "M",
            r"\b(?:i'm|i am|feel like i'm|feel like a|i feel like|i've become|i'm becoming) (?:just |such |only |nothing but |a total |a huge )?(?:a )?(?:burden|drain on everyone|waste of space)\b",
            roles="intent",
            ex="i feel like i'm just a burden",
        ),
        _rule(
            "suicide.event_counting_pills",
            S,
            "M",
            r"\bcount(?:ing|ed)? (?:out )?(?:how many |my |the |all my |all the )?(?:pills|meds|tablets|sleeping pills)\b",
            roles="means",
            ex="i've been counting how many pills i have left",
        ),
        _rule(
            "suicide.event_nothing_to_lose",
            S,
            "L",
            r"\bnothing (?:left )?to lose\b|\bgot nothing left\b",
            roles="intent",
            ex="i have a bottle of pills and nothing to lose",
        ),
        _rule(
            "self_harm.event_hiding_cuts",
            SH,
            "H",
            r"\b(?:hiding|hide|hid|cover|covering|covered) (?:up )?(?:my |the |fresh |new |all my )?(?:cuts|burns|wounds)\b|"
            r"\b(?:{BODY}) (?:are|is) full of (?:fresh |new )?(?:cuts|burns|wounds|scabs)\b|"
            r"\bi (?:bled|was bleeding)\b(?! {GAP4}(?:blood drive|donat\w*|nose|period|dentist|shaving|paper cut))",
            roles="today",
            ex="i've been hiding my cuts from everyone",
        ),
        _rule(
            "violence.event_might",
            V,
            "H",
            r"\bi (?:might|may) (?:actually |really |seriously |just )?(?:kill|murder|stab|shoot|hurt|strangle|choke) (?:{HIM})\b",
            roles="intent",
            policy="joke:drop",
            ex="i might kill him",
        ),
        _rule(
            "violence.event_go_and",
            V,
            "H",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:go|come|head|drive|walk) (?:over )?(?:there |to (?:his|her|their) (?:house|place|work) )?and (?:{HARMV} (?:{HIM})|{HARMX})\b",
            roles="intent",
            policy="joke:drop",
            ex="i'm going to go over there and break his jaw",
        ),
        _rule(
            "violence.event_youll_see",
            V,
            "L",
            r"\b(?:he'll|she'll|they'll|he will|she will|they will) (?:all )?see\s*(?:[.!]|$)",
            roles="intent",
            ex="i got a gun, he'll see",
        ),
        _rule(
            "abuse.event_degrade",
            AB,
            "L",
            r"{PERPX} {GAP3}(?:calls me|called me|tells me|told me|makes me feel like) (?:i'm |i am )?(?:worthless|nothing|a whore|a slut|useless|a piece of shit|garbage)\b|"
            r"\b(?:nobody|no one|noone) (?:else )?(?:would|will|could) (?:ever )?(?:want|love) me\b",
            ex="he makes me feel like i'm worthless and tells me nobody else would want me",
        ),
        _rule(
            "abuse.event_tied",
            AB,
            "H",
            r"{PERPX} (?:{ADV})?(?:tied|ties|tie) me (?:up|down)\b",
            ex="he tied me up and left me in the basement",
        ),
        _rule(
            "abuse.event_shut_in",
            AB,
            "H",
            r"{PERPX} (?:{ADV})?(?:left|leaves|locked|locks|kept|keeps|shut|shuts) me (?:in|inside|out in) (?:the|a|my) (?:basement|closet|garage|shed|trunk|attic)\b",
            ex="he left me in the basement",
        ),
        # ------------------------------------------------------------ self-harm -----------
        _rule(
            "self_harm.event_present",
            SH,
            "H",
            r"\b(?:i|i'll|i'm gonna|i'm going to|i always|i still|i usually|sometimes i|i sometimes|i just|i often) "
            r"(?:{ADV})?(?:cut|burn|scratch|hit|punch|bite|starve|bruise|hurt|harm|stab|carve|slash|slice) "
            r"(?:{SELF}|my (?:own )?{BODY})\b(?!,? {GAP3}(?:on (?:a|the|some|my) |while |shaving|cooking|chopping|by accident|accidentally|playing|hiking|at (?:work|the gym|soccer)))",
            roles="today",
            ex="i burn myself when i get overwhelmed",
        ),
        _rule(
            "self_harm.event_until",
            SH,
            "H",
            r"\b(?:scratch|scrape|pick|bite|hit|punch|bang|rub|tear|dig|claw|pull)\w* (?:at )?(?:{GAP6})?(?:till|until|til) "
            r"(?:it|they|i|my \w+) (?:bleed|bled|bleeds|bruise|bruised|bruises|break|broke|is raw|are raw)",
            roles="today",
            ex="i've been picking my skin till it bleeds on purpose",
        ),
        _rule(
            "self_harm.event_emoji",
            SH,
            "H",
            r"\b(?:knife|razor|blood)(?: (?:knife|razor|blood))* (?:my (?:{BODY})|myself)\b",
            roles="today",
            ex="knife my arm again tonight",
        ),
        _rule(
            "self_harm.event_bleed",
            SH,
            "H",
            r"\bmade (?:myself|my (?:{BODY})) (?:bleed|bruise)\b",
            roles="today",
            ex="made myself bleed again",
        ),
        _rule(
            "self_harm.event_blade_ready",
            SH,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:cut|slice|slash)\b,? {GAP4}(?:have|got|holding|grabbed|with) (?:the|a|my) (?:razor|blade|knife|box ?cutter)s?\b|"
            r"\b(?:have|got|holding|grabbed) (?:the|a|my) (?:razor|blade|knife|box ?cutter)s?\b,? {GAP4}(?:{WILL}|'m|am) (?:{ADV})?(?:cut|slice|slash)\b",
            ex="i'm about to cut, i have the razor",
        ),
        # ------------------------------------------------------------ relapse -------------
        _rule(
            "relapse.event_use_when",
            RL,
            "H",
            r"\b(?:{USEPAST}|{USEING}) (?:(?:some |a little |a bit of |a lot of |more )?(?:{DRUG}|{BOOZE}) )?(?:{WHEN})\b",
            roles="use",
            ex="i used last weekend",
        ),
        _rule(
            "relapse.event_in_hand",
            RL,
            "H",
            r"\b(?:a|the|my|another) (?:{BOOZE}|joint|blunt|pipe|needle|rig|baggie|line) "
            r"(?:in my hand|in front of me|right here|next to me|on my (?:desk|table|counter|nightstand))\b",
            roles="use",
            ex="i have a drink in my hand right now",
        ),
        _rule(
            "relapse.event_ended_up",
            RL,
            "H",
            r"\b(?:ended up|wound up|found myself|caught myself|i gave in and|gave in and|caved and|"
            r"(?:just )?got done) "
            r"(?:{USEING}|at the (?:bar|liquor store)|buying (?:a bottle|some|beer|booze|dope|pills)|with a (?:drink|beer|bottle))\b",
            roles="use",
            ex="ended up drinking after work",
        ),
        _rule(
            "relapse.event_nth_drink",
            RL,
            "H",
            r"\bon (?:my|the) {ORDINAL} (?:{BOOZE}|line|bump|bowl|pill)\b",
            roles="use",
            ex="i'm on my 4th beer",
        ),
        _rule(
            "relapse.event_shot_of",
            RL,
            "H",
            r"\b(?:took|had|did|downed|chugged|slammed|poured(?: myself)?) (?:a|one|two|three|another|a couple|a few|some) "
            r"(?:shots?|sips?|swigs?|glass(?:es)?|pulls?) (?:of|off|from) (?:the |a |my |his |her )?(?:{BOOZE}|{STREET}|pipe|bong|vape)\b",
            roles="use",
            ex="just took a shot of vodka",
        ),
        _rule(
            "relapse.event_sneaking",
            RL,
            "H",
            r"\bsneak(?:ing|ed)? (?:a |some )?(?:drinks?|sips?|pills|a hit|hits|beers?|shots?)\b",
            roles="use",
            ex="i've been sneaking drinks all day",
        ),
        _rule(
            "relapse.event_bender",
            RL,
            "H",
            r"\b(?:went|been|go) on a (?:bender|binge|run)\b",
            roles="use",
            ex="went on a bender this weekend",
        ),
        _rule(
            "relapse.event_intox",
            RL,
            "H",
            r"\b(?:i'm|im|i am|i was|i got|got|getting|been|feel|feeling) (?:{ADV})?(?:so |very |super |hella |mad |pretty )?(?:loaded|sloshed|blitzed|twisted|tanked)\b",
            roles="use",
            ex="got loaded yesterday",
        ),
        _rule(
            "relapse.event_noun",
            RL,
            "H",
            r"\b(?:relapse|slip|slipup|slip-up|lapse) (?:happened|occurred|hit me|started)\b",
            roles="use",
            ex="relapse happened saturday night",
        ),
        # ------------------------------------------------------------ violence ------------
        _rule(
            "violence.event_use_on",
            V,
            "H",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?use (?:it|this|that|the \w+|my \w+|a \w+) on (?:{HIM})\b",
            roles="intent",
            ex="i have a knife and i'm going to use it on him",
        ),
        _rule(
            "violence.event_mass",
            V,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:shoot up|shooting up|bomb|blow up|attack) (?:the|my|our|this|that) "
            r"(?:school|office|work|workplace|church|mall|party|building|class|store|clinic|meeting|group)\b",
            roles="intent means",
            ex="i'm going to shoot up the school",
        ),
        _rule(
            "violence.event_going_over",
            V,
            "L",
            r"\b(?:going|gonna go|headed|heading|on my way|driving|walking) (?:over )?to "
            r"(?:his house|her house|their house|his place|her place|their place|his apartment|her apartment|his work|her work)\b",
            roles="approach",
            ex="i loaded my gun and i'm going to his house",
        ),
        # ------------------------------------------------------------ abuse ---------------
        _rule(
            "abuse.event_threatening",
            AB,
            "H",
            r"{PERPX} (?:{GAP6})?(?:threatening|threatens|threatened|threaten) "
            r"(?:me|us|my (?:kids?|children|son|daughter|life)|to {GAP4}(?:kill|hurt|beat|shoot|stab|choke|strangle|burn|break|hit) (?:me|us|my \w+)|"
            r"to take (?:the|my|our) (?:kids|baby|children|son|daughter))\b(?! with (?:court|a lawsuit|eviction|legal))",
            ex="my partner keeps threatening me",
        ),
        _rule(
            "abuse.event_threw_at",
            AB,
            "M",
            r"{PERPX} (?:{ADV})?(?:threw|throws|throwing|hurled|hurls|chucked|chucks) (?:a |the |his |her |my |their )?(?:\w+ )?(?:\w+ )?at (?:me|my (?:head|face))\b",
            roles="today",
            policy="joke:low",
            ex="she threw a plate at me and cut my face",
        ),
        _rule(
            "abuse.event_at_door",
            AB,
            "C",
            r"{PERP}(?:'s| is| are|'re) (?:{ADV})?(?:outside|at|banging on|pounding on|kicking|trying to (?:get|break) in(?:to)?) "
            r"(?:my|the|our) (?:front |bedroom |bathroom )?(?:door|window|house|room|place|apartment)\b,? {GAP3}with (?:a|his|her|the|their) "
            r"(?:gun|pistol|rifle|shotgun|knife|machete|bat|crowbar|hammer|axe)\b",
            ex="he's outside my door with a knife",
        ),
    ]
