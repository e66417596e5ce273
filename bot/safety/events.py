"""Event rules built from vocabularies: who + action + time / intent, not whole sentences.

The hand-written rules in the rules package grew around particular phrasings. The rules here
are the general shapes behind them, each a combination of small word classes:

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

from bot.safety.patterns import AB, MACROS, OD, RL, SH, Rule, S, V, make_rule

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
        r"didn't exist|did not exist|never existed|vanished|went missing|was never born|stopped existing|left for good|"
        r"(?:wasn't|weren't|wasnt|werent|was not|were not) (?:here|around|alive|born|in (?:it|the picture))|"
        # euphemisms for leaving life for good ("checked out permanently")
        r"(?:checked|clocked|bowed|logged|tapped|peaced) out (?:permanently|for good|forever|early|of (?:life|this life|this world))|"
        r"went away (?:for good|forever|permanently)|left this (?:world|earth|life)|was six feet under|"
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


def event_rules() -> list[Rule]:
    """The event rules (call after rules.table has defined its shared macros)."""
    MACROS.update(_VOCAB)
    return [
        # ------------------------------------------------------------ suicide -------------
        make_rule(
            "suicide.event_desire",
            S,
            "H",
            r"\b{DESIRE} (?:to |of |on |about )?(?:{ADV})?(?:just |really |finally |go and )?{DEATH}\b",
            roles="intent",
            policy="joke:low",
            example="i keep wanting to die",
        ),
        make_rule(
            "suicide.event_preoccupied",
            S,
            "M",
            r"\b(?:think|thinking|thought|thoughts|keep thinking|imagining|imagine|picturing|"
            r"picture|fantasizing|fantasize|daydreaming|dreaming|obsessing|planning) "
            r"(?:a lot |so much |constantly |all the time )?(?:about |of |over )?(?:{DEATHTHOUGHT})\b"
            # grief is not ideation: "thinking about death since my dad passed"
            r"(?!,? {GAP8}(?:since|after) (?:my|our|his|her) \w+ (?:passed|died))",
            roles="intent",
            example="i keep imagining my own funeral",
        ),
        make_rule(
            "suicide.event_only_way",
            S,
            "H",
            r"\b(?:dying|death|suicide|ending it|ending my life|killing myself|being dead)\b "
            r"(?:is|seems|feels|looks|would be|sounds)(?: like)? (?:the |my )?"
            r"(?:only (?:way out|option|answer|choice|way|thing left|solution)|answer|way out|"
            r"best option|easier|better than (?:this|living|life|being alive|waking up|feeling this way)|"
            r"a relief|peaceful)",
            roles="intent",
            example="i feel like dying is the only way out",
        ),
        make_rule(
            "suicide.event_relief",
            S,
            "M",
            r"\b(?:would|'d|will|'ll|be|are|is)\b {GAP2}{RELIEF}\b,? {GAP3}(?:if|when|once|after|with) {MEGONE}",
            roles="intent",
            policy="other_person:keep",
            example="my family would honestly be relieved if i died",
        ),
        make_rule(
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
            example="dont see the point in living anymore",
        ),
        make_rule(
            "suicide.event_method_intent",
            S,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:{METHODV}) (?:myself|my (?:wrists?|throat))\b|"
            r"\b(?:{WILL}) (?:{ADV})?(?:jump|throw myself) (?:off|from|in front of) (?:a |the |this |that |my )?(?:{PLACE}|building|train|bus|truck|car|traffic)\b|"
            r"\b(?:{WILL}|'m|am) (?:{ADV})?jump\s*(?:[.!]|$)|"
            r"\b(?:{WILL}) (?:{ADV})?(?:drive|crash|steer|swerve) (?:my car |my truck |the car |myself )?(?:off|into) (?:the |a |oncoming )?(?:road|cliff|bridge|wall|tree|traffic|river|lake|pole|semi|truck)\b",
            roles="intent means",
            example="i'm going to shoot myself",
        ),
        make_rule(
            "suicide.event_method_thought",
            S,
            "H",
            r"\b(?:walk|walking|swim|swimming|wade|wading|drive|driving) (?:out )?(?:into|off) (?:the |a )?(?:ocean|sea|lake|river|water|traffic|cliff)\b {GAP4}(?:not|never) (?:coming|come|came) (?:back|out|home)\b|"
            r"\b(?:the )?(?:{PLACE})\b {GAP4}(?:keeps|keep|kept|is|was) calling (?:me|my name|to me)\b",
            roles="means",
            example="the bridge near my work keeps calling me",
        ),
        make_rule(
            "suicide.event_means_held",
            S,
            "L",
            r"\b(?:i have|i've got|ive got|i got|got|have|holding|bought|grabbed|found|took|picked up) "
            r"(?:my |the |a |all the |all my |enough |my \w+'?s |\w+'s )?(?:{MEANS})\b(?! (?:for|from) (?:my |the |a )?(?:pharmacy|doctor|refill|headache|back|blood pressure))(?! for (?:the |that |this )?(?:guy|man|dude|bloke|woman|girl|prick|bastard|him|her|them)\b)",
            roles="means",
            example="tonight i'm going to finally do it. i have the pills",
        ),
        make_rule(
            "suicide.event_means_ready",
            S,
            "C",
            r"\b(?:rope|noose|pills|meds|tablets|sleeping pills)\b,? {GAP3}(?:is |are |'s |all )?(?:ready|set up|tied|hung up|hanging|in place|waiting)\b(?! (?:for|to) (?:the|my|next|this) (?:week|pharmacy|refill|trip|morning))",
            roles="means plan",
            example="i've got the rope ready",
        ),
        make_rule(
            "suicide.event_means_time",
            S,
            "L",
            r"\b(?:pills|rope|noose|gun)(?: (?:pills|rope|noose|gun))* (?:tonight|tomorrow|soon|right now)\b",
            roles="means",
            example="pills pills pills tonight. goodbye",
        ),
        make_rule(
            "suicide.event_goodbye_end",
            S,
            "L",
            r"(?:^|(?<=[.!?\n]) ?)(?:goodbye|farewell|bye forever)\s*[.!]*\s*$",
            roles="farewell",
            example="pills pills pills tonight. goodbye",
        ),
        make_rule(
            "suicide.event_do_it",
            S,
            "L",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:do it|go through with it|do this|end this)\b(?= {GAP2}(?:tonight|tomorrow|soon|finally|for real|{DAYNAME}|this weekend|when|after)|\s*[.!]|$)",
            roles="intent",
            example="tonight i'm going to finally do it",
        ),
        make_rule(
            "suicide.event_have_plan",
            S,
            "L",
            r"\b(?:i have|i've got|ive got|i got|i made|i've made|i've got|i've come up with) (?:a|my) plan\b(?! for (?:the|this|my) (?:weekend|week|day|holidays|recovery|sobriety|morning))",
            roles="plan",
            example="i have a plan and i'm going to do it friday",
        ),
        make_rule(
            "suicide.event_swallow",
            S,
            "C",
            r"\b(?:{WILL}|i'm|im|i am) (?:{ADV})?(?:taking|take|swallow|swallowing|down|downing|eat|eating) "
            r"(?:all|every|every single|the whole|the entire|the rest of|a whole) (?:of )?(?:the |my |these |those )?(?:\w+ )?(?:pill|{MED})\b",
            roles="intent means",
            example="gonna swallow every pill in the cabinet",
        ),
        # ------------------------------------------------------------ more suicide --------
        make_rule(
            "suicide.event_wont_need",
            S,
            "H",
            # (present "don't need it anymore" is everyday talk: only the future says farewell)
            r"\b(?:won't|will not|wont|not going to|not gonna|don't|do not) need (?:them|it|these|those|my \w+|any of (?:it|this|them)|anything|this stuff|my stuff) "
            r"(?:soon|much longer|for long|where i'm going|after (?:tonight|today|this week))\b|"
            r"\b(?:won't|will not|wont|not going to|not gonna) need (?:them|it|these|those|my \w+|any of (?:it|this|them)|anything|this stuff|my stuff) anymore\b|"
            r"\bnothing (?:left )?(?:keeping|holding) me here\b|\bnothing (?:left )?to stay for\b|"
            r"\b(?:not|won't|wont|never) (?:going to |gonna )?(?:be )?(?:stick|sticking|stay|staying) around (?:to (?:find out|see)|much longer|for long|after)\b|"
            r"\bno (?:version of (?:the|my) )?(?:future|world|scenario|universe) where i'm (?:still )?(?:here|alive|around)\b",
            roles="farewell intent",
            example="won't need them soon",
        ),
        make_rule(
            "suicide.event_not_be_here",
            S,
            "H",
            r"\b(?:won't|will not|wont|not going to|not gonna|no longer going to) be (?:a problem|a burden|around|here|in (?:anyone's|your|the) way|bothering (?:anyone|you)|anyone's problem|your problem)"
            r"(?: for (?:anyone|anybody|you|everyone|them|y'all))? (?:much longer|soon|after (?:tonight|today|this week|the weekend)|by (?:tomorrow|morning|monday)|tomorrow|next week|for long)\b",
            roles="farewell intent",
            policy="other_person:keep",
            example="i'm not going to be a problem for anyone after tonight",
        ),
        make_rule(
            "suicide.event_height",
            S,
            "H",
            r"\b(?:looked|looking|look|googled|googling|checked|checking|searched|searching|measured|read|reading) (?:up |into |about )?(?:how (?:tall|high|far down|deep|far)|the height of|which (?:\w+ )?(?:pills|meds|drugs) (?:are|is)) "
            r"(?:{GAP4})?(?:bridge|parking garage|garage|overpass|cliff|roof|dam|lethal|fatal|deadly|enough to (?:kill|die))\b|"
            r"\b(?:least painful|most painless|painless|quickest|easiest|fastest|surest) (?:way|ways|method|methods) to (?:go|die|do it|end it|end things|kill myself|check out)\b|"
            r"\bwhich (?:\w+ )?(?:pills|meds|drugs) (?:are|is|would be) (?:lethal|fatal|deadly)\b",
            roles="intent plan",
            example="what's the least painful way to go",
        ),
        make_rule(
            "suicide.event_hoard",
            S,
            "M",
            r"\b(?:holding onto|holding on to|keeping|saving|saved|hiding|hid|stashing|stashed|hoarding) (?:my |the |all my |all the |some |a )?(?:old )?(?:prescription|pills|meds|medication|scripts?|pill bottles?|sleeping pills)\b,? "
            r"{GAP3}(?:for a reason|for later|for when|for the right (?:time|moment|night)|for the end|for one day|for a bad day|in case i decide)",
            roles="means",
            example="i've been holding onto my old prescription for a reason",
        ),
        make_rule(
            "suicide.event_unneeded",
            S,
            "M",
            r"\b(?:the world|nobody|no one|noone|everyone|my family|anyone) (?:doesn't|does not|don't|do not|wouldn't|would not|won't)? ?(?:really |even )?(?:needs?|wants?) me (?:in it|here|around|anymore|alive)\b|"
            r"\b(?:would|will|does|do) (?:anyone|anybody|people|they|you|my \w+|y'all) (?:even |actually |really )?(?:care|notice|miss me|cry) if i (?:was|were|'m|am|died|disappeared|left|killed)\b|"
            r"\b(?:hate|hating|hated) (?:being alive|living|existing|waking up (?:every day|alive|each morning)|that i'm (?:still )?alive)\b",
            roles="intent",
            example="i keep thinking the world doesn't need me in it",
        ),
        make_rule(
            "suicide.event_the_night",
            S,
            "H",
            r"\b(?:the (?:night|day|time|moment)|tonight|today) (?:is |'s |feels like |seems like )?(?:the (?:night|day|time) )?(?:when )?i (?:finally |will |'ll |am going to |'m going to |'m gonna |gonna )?"
            r"(?:end (?:this|it|things|everything|my life)|do it|go through with it|kill myself|die|let go for good)\b",
            roles="intent plan",
            example="tonight feels like the night i finally end this",
        ),
        make_rule(
            "suicide.event_heaven",
            S,
            "M",
            r"\b(?:{DESIRE}) (?:to )?(?:be with|join|see) (?:my \w+|him|her|them|\w+) (?:again )?(?:in heaven|on the other side|wherever (?:he|she|they) (?:is|are))\b",
            roles="intent",
            example="i just want to be with my mom in heaven",
        ),
        make_rule(
            "suicide.event_staring",
            S,
            "L",
            r"\b(?:staring|stare|stared|looking|looked) at (?:the|my|a|that|this) (?:\w+ )?(?:{MEANS}|bottle of pills|pill bottle|rope|knife|gun|bridge|edge)\b",
            roles="means",
            example="i keep staring at the bottle of pills on my dresser",
        ),
        make_rule(
            "suicide.event_how_easy",
            S,
            "L",
            r"\bhow easy it (?:would|'d|could) be\b(?! to (?:drink|use|pick up|relapse|get))",
            roles="intent",
            example="thinking how easy it would be",
        ),
        # ------------------------------------------------------------ more self-harm ------
        make_rule(
            "self_harm.event_tool_on_body",
            SH,
            "H",
            r"\b(?:using|used|use|take|took|taking) (?:a|the|my) (?:razor|blade|knife|lighter|scissors|box ?cutter|sharpener|needle|pin) "
            r"(?:on|to|against) (?:my (?:{BODY})|myself)\b",
            roles="today",
            example="i've been using a razor on my legs where no one can see",
        ),
        make_rule(
            "self_harm.event_let_myself",
            SH,
            "H",
            r"\b(?:let myself|allowed myself|gave in and|caved and) (?:{ADV})?(?:cut|burn|bleed|hurt myself|harm myself|scratch)\b|"
            r"\b(?:{WILL}|'m|am) (?:go|go and|gonna go) (?:cut|burn myself|hurt myself)\b",
            roles="today",
            example="i let myself cut just a little",
        ),
        # ------------------------------------------------------------ more overdose -------
        make_rule(
            "overdose.event_took_everything",
            OD,
            "C",
            r"\b(?:took|swallowed|ate|downed|popped|taking) (?:everything|all(?: of)? the (?:pills|meds|bottles)|whatever (?:was|i found)) (?:in|from|out of) (?:the|my|her|his|our) (?:medicine cabinet|cabinet|bathroom|pill ?box|pill bottles?|purse|drawer)\b",
            policy="other_person:keep",
            example="took everything in the medicine cabinet",
        ),
        make_rule(
            "overdose.event_after_use",
            OD,
            "L",
            r"\bafter (?:those|these|the|some|that|my|a|taking|using|doing|smoking|snorting|shooting|she used|he used|they used|using|she took|he took) (?:\w+ )?(?:{STREET}|hit|line|bump|shot|pills)\b|"
            r"\b(?:were|was|are|is) pressed\b|\bpressed (?:pills|bars|blues|percs)\b|\bfake (?:pills|blues|percs|bars|oxys?)\b|\b(?:she|he|they) (?:just )?used\b",
            roles="use",
            example="can't keep my eyes open after those blues",
        ),
        make_rule(
            "overdose.event_fading",
            OD,
            "L",
            r"\b(?:i'm|i am|i feel like i'm|feel like i'm|feels like i'm) (?:{ADV})?(?:fading|slipping away|going under|passing out|blacking out|about to pass out)\b|"
            r"\bon the floor (?:shaking|seizing|twitching|convulsing)\b|\bcan't keep (?:my|his|her) eyes open\b",
            roles="symptom",
            policy="other_person:keep",
            example="i feel like i'm fading",
        ),
        # ------------------------------------------------------------ more relapse --------
        make_rule(
            "relapse.event_let_myself",
            RL,
            "H",
            r"\b(?:let|allowed) myself (?:to )?(?:have|take|do|drink|smoke|use|get)\b|"
            r"\btold myself (?:just |only )?one (?:more )?(?:hit|drink|beer|line|bump|pill|shot|glass|time|bowl)\b|"
            r"\b(?:i'm |i am |im )?(?:not|no longer) (?:sober|clean) (?:anymore|any more|now)\b|"
            r"\b(?:opened|cracked open|cracked) (?:a|the|my|another) (?:{BOOZE})\b|"
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
            r"\b(?:threw|blew|wasted|pissed|flushed|tossed) away (?:my |all my )?(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?)\b",
            roles="use",
            example="counter's back to zero",
        ),
        make_rule(
            "relapse.event_street_use",
            RL,
            "H",
            r"\b(?:mixed|took|popped|did|snorted|smoked|shot|swallowed|bought|scored|copped|had|tried|hit) "
            r"(?:(?:some|a few|a couple(?: of)?|\d+|a|an|two|three|like \d+|a bunch of|a handful of|one of (?:my|his|her) \w+'?s?) )?(?:{STREET})\b",
            roles="use",
            example="mixed some xans with a few drinks at the party lol",
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
        # ------------------------------------------------------------ more violence -------
        make_rule(
            "violence.event_fantasy",
            V,
            "H",
            r"\b(?:picturing|imagining|fantasizing about|dreaming about|thinking about|thought about|thoughts of|keep seeing myself) (?:{GAP3})?(?:wrapping my hands around|strangling|choking|stabbing|killing|shooting|hurting|beating|smashing|bashing) "
            r"(?:his|her|their|{HIM})\b",
            roles="intent",
            example="i keep picturing wrapping my hands around his throat",
        ),
        make_rule(
            "violence.event_see_bleed",
            V,
            "H",
            r"\b(?:want|wanna|going|gonna|need|will|'ll|gotta) (?:to )?(?:see|watch|make) (?:{HIM}) (?:bleed|suffer|hurt|beg|die)\b|"
            r"\b(?:handle|deal with|take care of) (?:him|her|them|that \w+) (?:myself|personally|my way|once and for all)\b|"
            r"\b(?:he|she|they|you)(?:'ll| will)? (?:won't|will not|wont|ain't gonna|not gonna) (?:leave|walk away|walk out|make it out|get out) (?:of here )?(?:in one piece|alive|standing)\b",
            roles="intent",
            policy="other_person:keep conditional:keep",
            example="i want to see him bleed",
        ),
        make_rule(
            "violence.event_when_i_see",
            V,
            "L",
            r"\bfor when i (?:see|find|catch|run into|get to) (?:him|her|them|that \w+|my \w+)\b",
            roles="intent",
            example="got a bat in the trunk for when i see him",
        ),
        # ------------------------------------------------------------ more abuse ----------
        make_rule(
            "abuse.event_thrown",
            AB,
            "M",
            r"{PERPX} (?:{ADV})?(?:put me|threw me|throws me|slammed me|slams me|shoved me|shoves me|pushed me|pushes me|pinned me|pins me|dragged me|drags me|knocked me|knocks me) (?:through|into|against|down|across|to the (?:ground|floor)|on(?:to)? the (?:floor|ground|bed))\b",
            roles="today",
            example="last night he put me through the wall",
        ),
        make_rule(
            "abuse.event_control",
            AB,
            "M",
            r"\b(?:ask|asking|beg|begging) (?:him|her|them|my (?:husband|wife|boyfriend|girlfriend|partner)) (?:for )?permission (?:to|before)\b|"
            r"{PERPX} (?:{ADV})?(?:checks|reads|goes through|went through|monitors|tracks|took|takes|keeps|controls|hides|hid) (?:all )?(?:of )?my (?:phone|texts|messages|location|bank card|debit card|credit cards?|cards|wallet|money|paycheck|keys|car keys|id|passport|documents)\b|"
            r"{PERPX} {GAP3}(?:no one|nobody|noone) (?:would|will|is going to|'d) (?:ever )?believe me\b",
            example="she checks my phone every night and took my bank card",
        ),
        make_rule(
            "abuse.event_what_hell_do",
            AB,
            "H",
            r"\b(?:scared|afraid|terrified|frightened) (?:of )?what (?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna| is gonna| might) do(?: to (?:me|us|my \w+))?\b",
            example="i'm afraid of what he'll do when he gets home",
        ),
        make_rule(
            "abuse.event_night_room",
            AB,
            "M",
            r"\b(?:my|our|mom's) (?:\w+ )?(?:{ADULT}) (?:{ADV})?(?:comes|came|keeps coming|sneaks|snuck|creeps|crept|gets) (?:in|into) (?:my|our) (?:room|bed|bedroom)\b(?! to (?:wake|say|check|ask|tell))",
            example="my stepdad comes into my room at night",
        ),
        make_rule(
            "abuse.event_marks_from",
            AB,
            "M",
            r"\b(?:marks|bruises|bruising|scratches|handprints?|fingerprints?|welts)\b (?:on my \w+ |everywhere |all over (?:my \w+|me) )?(?:from|where) (?:where )?(?:he|she|they|him|her|them|my \w+)\b",
            example="there are marks on my neck from where he squeezed",
        ),
        make_rule(
            "abuse.event_breaking_in",
            AB,
            "C",
            r"{PERP}(?:'s| is| are|'re) (?:{ADV})?(?:trying to )?(?:break|breaking|kick|kicking|bust|busting|pound|pounding) (?:down |in |on |through )?(?:the|my|our) (?:\w+ )?(?:door|window)\b",
            example="he's trying to break down the door",
        ),
        # ------------------------------------------------------------ indirect forms ------
        make_rule(
            "suicide.event_what_if_i",
            S,
            "M",
            r"\b(?:what if|what would happen if|wonder what would happen if|what happens if) i (?:just )?"
            r"(?:ended it(?: all)?|ended things|ended my life|killed myself|didn't wake up|never woke up|took all (?:my|the|of my) (?:pills|meds)|"
            r"disappeared|wasn't here|weren't here|jumped|died|swallowed (?:all|every|the whole))\b",
            roles="intent",
            policy="hypothetical:keep conditional:keep",
            example="what if i just ended it all tonight",
        ),
        make_rule(
            "suicide.event_letting_go",
            S,
            "H",
            r"\bready to (?:let go|go)\s*(?:[.!]|$)|\bready to let go (?:of (?:life|everything|this life|this world)|for good|now)\b",
            roles="intent",
            example="i'm tired of fighting this. i'm ready to let go",
        ),
        make_rule(
            "suicide.event_not_afraid",
            S,
            "H",
            r"\b(?:not|no longer) (?:scared|afraid) (?:of dying|to die|of death)\b",
            roles="intent",
            example="i'm not scared of dying anymore. i'm ready",
        ),
        make_rule(
            "suicide.event_only_thing",
            S,
            "H",
            r"\bthe only (?:thing|reason|one|person|people|things) (?:stopping me|holding me back|keeping me (?:alive|here|from (?:doing it|ending it)))\b(?! from (?!doing it|ending it|killing|dying|going through)\w+)",
            roles="intent",
            example="the only thing stopping me is my kids",
        ),
        make_rule(
            "suicide.event_not_planning_here",
            S,
            "H",
            r"\b(?:don't|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on|to) (?:be|being) (?:here|around|alive) (?:next|tomorrow|much longer|by|for long|after|in a)\b",
            roles="intent farewell",
            example="i don't plan on being here next week",
        ),
        make_rule(
            "suicide.event_see_again",
            S,
            "H",
            r"\b(?:don't|do not) think i(?:'ll| will) (?:ever )?see (?:him|her|them|you|you all|y'all|my \w+) again\b",
            roles="farewell",
            example="i said goodbye to my dog today. i don't think i'll see him again",
        ),
        make_rule(
            "suicide.event_letters_all",
            S,
            "H",
            r"\b(?:wrote|written|writing|left) (?:everyone|each of (?:them|my \w+)|all of (?:them|you)|my (?:family|kids|wife|husband|parents)) (?:a |my )?(?:letters?|notes?)\b",
            roles="farewell plan",
            example="i've written everyone letters. they're in my desk",
        ),
        make_rule(
            "suicide.event_burden",
            S,
            "M",
            r"\b(?:i'm|i am|feel like i'm|feel like a|i feel like|i've become|i'm becoming) (?:just |such |only |nothing but |a total |a huge )?(?:a )?(?:burden|drain on everyone|waste of space)\b",
            roles="intent",
            example="i feel like i'm just a burden",
        ),
        make_rule(
            "suicide.event_counting_pills",
            S,
            "M",
            r"\bcount(?:ing|ed)? (?:out )?(?:how many |my |the |all my |all the )?(?:pills|meds|tablets|sleeping pills)\b(?! {GAP8}(?:my dose|a dose|doses|doubling|double dose|took (?:it|them|my)|remember|pill ?box|organi[sz]er|pharmacy|refill|for (?:the|a|this|next) (?:week|month|weekend|trip)|for \w+ hours|wrong|at work|for work|all day|all shift|ritual))(?<!pharmacist counted my pills)(?<!pharmacist counted the pills)",
            roles="means",
            example="i've been counting how many pills i have left",
        ),
        make_rule(
            "suicide.event_nothing_to_lose",
            S,
            "L",
            r"\bnothing (?:left )?to lose\b|\bgot nothing left\b",
            roles="intent",
            example="i have a bottle of pills and nothing to lose",
        ),
        make_rule(
            "self_harm.event_hiding_cuts",
            SH,
            "H",
            r"\b(?:hiding|hide|hid|cover|covering|covered) (?:up )?(?:my |the |fresh |new |all my )?(?:cuts|burns|wounds)\b|\b(?:hiding|hide|hid|cover|covering|covered) (?:up )?(?:my |the |all my )?(?:fresh|new|recent) (?:marks|scars|scabs|cuts|burns)\b|"
            r"\b(?:{BODY}) (?:are|is) full of (?:fresh |new )?(?:cuts|burns|wounds|scabs)\b|"
            r"\bi (?:bled|was bleeding)\b(?! {GAP4}(?:blood drive|donat\w*|nose|period|dentist|shaving|paper cut))",
            roles="today",
            example="i've been hiding my cuts from everyone",
        ),
        make_rule(
            "violence.event_might",
            V,
            "H",
            r"\bi (?:might|may) (?:actually |really |seriously |just )?(?:kill|murder|stab|shoot|hurt|strangle|choke) (?:{HIM})\b",
            roles="intent",
            policy="joke:medium",
            example="i might kill him",
        ),
        make_rule(
            "violence.event_go_and",
            V,
            "H",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:go|come|head|drive|walk) (?:over )?(?:there |to (?:his|her|their) (?:house|place|work) )?and (?:{HARMV} (?:{HIM})|{HARMX})\b",
            roles="intent",
            policy="joke:medium",
            example="i'm going to go over there and break his jaw",
        ),
        make_rule(
            "violence.event_youll_see",
            V,
            "L",
            r"\b(?:he'll|she'll|they'll|he will|she will|they will) (?:all )?see\s*(?:[.!]|$)",
            roles="intent",
            example="i got a gun, he'll see",
        ),
        make_rule(
            "abuse.event_degrade",
            AB,
            "L",
            r"{PERPX} {GAP3}(?:calls me|called me|tells me|told me|makes me feel like) (?:i'm |i am )?(?:worthless|nothing|a whore|a slut|useless|a piece of shit|garbage)\b|"
            r"\b(?:nobody|no one|noone) (?:else )?(?:would|will|could) (?:ever )?(?:want|love) me\b",
            example="he makes me feel like i'm worthless and tells me nobody else would want me",
        ),
        make_rule(
            "abuse.event_tied",
            AB,
            "H",
            r"{PERPX} (?:{ADV})?(?:tied|ties|tie) me (?:up|down)\b",
            example="he tied me up and left me in the basement",
        ),
        make_rule(
            "abuse.event_shut_in",
            AB,
            "H",
            r"{PERPX} (?:{ADV})?(?:left|leaves|locked|locks|kept|keeps|shut|shuts) me (?:in|inside|out in) (?:the|a|my) (?:basement|closet|garage|shed|trunk|attic)\b",
            example="he left me in the basement",
        ),
        # ------------------------------------------------------------ self-harm -----------
        make_rule(
            "self_harm.event_present",
            SH,
            "H",
            r"\b(?:i|i'll|i'm gonna|i'm going to|i always|i still|i usually|sometimes i|i sometimes|i just|i often) "
            r"(?:{ADV})?(?:cut|burn|scratch|hit|punch|bite|starve|bruise|hurt|harm|stab|carve|slash|slice) "
            r"(?:{SELF}|my (?:own )?{BODY})\b(?!,? {GAP3}(?:on (?:a|the|some|my) |while |shaving|cooking|chopping|by accident|accidentally|playing|hiking|at (?:work|the gym|soccer)))",
            roles="today",
            example="i burn myself when i get overwhelmed",
        ),
        make_rule(
            "self_harm.event_until",
            SH,
            "H",
            r"\b(?:scratch|scrape|pick|bite|hit|punch|bang|rub|tear|dig|claw|pull)\w* (?:at )?(?:{GAP6})?(?:till|until|til) "
            r"(?:it|they|i|my \w+) (?:bleed|bled|bleeds|bruise|bruised|bruises|break|broke|is raw|are raw|open|opened|open up|opened up|split|tear|tore)",
            roles="today",
            example="i've been picking my skin till it bleeds on purpose",
        ),
        make_rule(
            "self_harm.event_emoji",
            SH,
            "H",
            r"\b(?:knife|razor|blood)(?: (?:knife|razor|blood))*(?: ?\+| and| on| to| x)? (?:my (?:{BODY})|myself)\b",
            roles="today",
            example="knife my arm again tonight",
        ),
        make_rule(
            "self_harm.event_bleed",
            SH,
            "H",
            r"\bmade (?:myself|my (?:{BODY})) (?:bleed|bruise)\b",
            roles="today",
            example="made myself bleed again",
        ),
        make_rule(
            "self_harm.event_blade_ready",
            SH,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:cut|slice|slash)\b,? {GAP4}(?:have|got|holding|grabbed|with) (?:the|a|my) (?:razor|blade|knife|box ?cutter)s?\b|"
            r"\b(?:have|got|holding|grabbed) (?:the|a|my) (?:razor|blade|knife|box ?cutter)s?\b,? {GAP4}(?:{WILL}|'m|am) (?:{ADV})?(?:cut|slice|slash)\b",
            example="i'm about to cut, i have the razor",
        ),
        # ------------------------------------------------------------ relapse -------------
        make_rule(
            "relapse.event_use_when",
            RL,
            "H",
            # (not "the heat went out last night")
            r"(?<!heat )(?<!power )(?<!lights )(?<!light )(?<!electricity )(?<!internet )(?<!wifi )"
            r"(?<!cable )(?<!fire )(?<!candle )(?<!tide )(?<!sun )\b(?:{USEPAST}|{USEING}) (?:(?:some |a little |a bit of |a lot of |more )?(?:{DRUG}|{BOOZE}) )?(?:{WHEN})\b",
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
            "relapse.event_nth_drink",
            RL,
            "H",
            r"\bon (?:my|the) {ORDINAL} (?:{BOOZE}|line|bump|bowl|pill)\b",
            roles="use",
            example="i'm on my 4th beer",
        ),
        make_rule(
            "relapse.event_shot_of",
            RL,
            "H",
            r"\b(?:took|had|did|downed|chugged|slammed|poured(?: myself)?) (?:a|one|two|three|another|a couple|a few|some) "
            r"(?:shots?|sips?|swigs?|glass(?:es)?|pulls?) (?:of|off|from) (?:the |a |my |his |her )?(?:{BOOZE}|{STREET}|pipe|bong|vape)\b",
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
        # ------------------------------------------------------------ violence ------------
        make_rule(
            "violence.event_use_on",
            V,
            "H",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?use (?:it|this|that|the \w+|my \w+|a \w+) on (?:{HIM})\b",
            roles="intent",
            example="i have a knife and i'm going to use it on him",
        ),
        make_rule(
            "violence.event_mass",
            V,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:shoot up|shooting up|bomb|blow up|attack) (?:the|my|our|this|that) "
            r"(?:school|office|work|workplace|church|mall|party|building|class|store|clinic|meeting|group)\b",
            roles="intent means",
            example="i'm going to shoot up the school",
        ),
        make_rule(
            "violence.event_going_over",
            V,
            "L",
            r"\b(?:going|gonna go|headed|heading|on my way|driving|walking) (?:over )?to "
            r"(?:his house|her house|their house|his place|her place|their place|his apartment|her apartment|his work|her work)\b",
            roles="approach",
            example="i loaded my gun and i'm going to his house",
        ),
        # ------------------------------------------------------------ abuse ---------------
        make_rule(
            "abuse.event_threatening",
            AB,
            "H",
            r"{PERPX} (?:{GAP6})?(?:threatening|threatens|threatened|threaten) "
            r"(?:me|us|my (?:kids?|children|son|daughter|life)|to {GAP4}(?:kill|hurt|beat|shoot|stab|choke|strangle|burn|break|hit) (?:me|us|my \w+)|"
            r"to take (?:the|my|our) (?:kids|baby|children|son|daughter))\b(?! with (?:court|a lawsuit|eviction|legal))",
            example="my partner keeps threatening me",
        ),
        make_rule(
            "abuse.event_threw_at",
            AB,
            "M",
            r"{PERPX} (?:{ADV})?(?:threw|throws|throwing|hurled|hurls|chucked|chucks) (?:a |the |his |her |my |their )?(?:\w+ )?(?:\w+ )?at (?:me|my (?:head|face))\b",
            roles="today",
            policy="joke:low",
            example="she threw a plate at me and cut my face",
        ),
        make_rule(
            "abuse.event_at_door",
            AB,
            "C",
            r"{PERP}(?:'s| is| are|'re) (?:{ADV})?(?:outside|at|banging on|pounding on|kicking|trying to (?:get|break) in(?:to)?) "
            r"(?:my|the|our) (?:front |bedroom |bathroom )?(?:door|window|house|room|place|apartment)\b,? {GAP3}with (?:a|his|her|the|their) "
            r"(?:gun|pistol|rifle|shotgun|knife|machete|bat|crowbar|hammer|axe)\b",
            example="he's outside my door with a knife",
        ),
        *family_rules(),
    ]


# ---------------------------------------------------------------- event families ----------------
#
# The families below were written from groups of missed phrasings, each as a broad event (a
# vocabulary per slot) rather than the sentence that showed the gap. Every gap is bounded and
# every class is a plain alternation, so the patterns stay linear.

_FAMILY_VOCAB = {
    # high places and places by water where people go to die
    "HEIGHT": (
        r"(?:bridge|overpass|flyover|viaduct|roof|rooftop|ledge|edge|cliff|cliffs|cliff edge|"
        r"parking garage|car park|multi-storey|multi storey|top floor|tower|balcony|railing|"
        r"tracks|train tracks|railway|railway line|level crossing|platform|pier|jetty|dam|"
        r"quarry|gorge|river|canal|lake|reservoir|sea wall|motorway bridge|water)"
    ),
    # being somewhere, now, without a stated errand ("parked up by", "sitting here at")
    "LINGER": (
        r"(?:standing|stood|sitting|sat|parked|parked up|pulled up|pulled over|waiting|perched|"
        r"leaning|hanging about|hanging around|stopped|stopping|here|up here|out here|"
        r"just sitting|just standing|just parked)"
    ),
    # vehicles and what a car can be steered into
    "CRASHINTO": (
        r"(?:barrier|crash barrier|guardrail|guard rail|median|central reservation|wall|tree|"
        r"pole|lamppost|pillar|bridge pillar|abutment|embankment|ditch|oncoming (?:traffic|\\w+)|"
        r"traffic|lorry|truck|semi|bus|train|river|lake|sea|cliff|concrete)"
    ),
    # a self-harm tool
    "SHTOOL": (
        r"(?:razor|razors|razor blade|razor blades|blade|blades|sharpener|box ?cutter|"
        r"stanley knife|scalpel|scissors|lighter|kit|sh kit|self harm kit|safety pin|pin|glass|"
        r"compass|knife)"
    ),
    # harm verbs, future, aimed at the speaker ("he'll break my arm")
    "HARMME": (
        r"(?:kill|murder|hurt|beat|batter|hit|slap|punch|kick|stab|shoot|strangle|choke|burn|"
        r"end|break|smash|snap) (?:me|us|my (?:\\w+ )?(?:arm|arms|legs?|neck|jaw|face|nose|ribs|"
        r"fingers|hand|hands|head|kids?|children|son|daughter|dog|cat|mum|mom))|"
        r"(?:put|send) me (?:in|to) (?:the )?(?:hospital|ground|grave|a&e|er)|"
        r"(?:make|making) me (?:pay|regret it|suffer|bleed)|"
        r"(?:take|taking) (?:the|my|our) (?:kids|baby|children|son|daughter) (?:away|off me|from me)|"
        r"(?:kick|throw|chuck) me out"
    ),
    # things an abuser takes or controls
    "CONTROLLED": (
        r"(?:money|finances|wages|paycheck|pay|pension|benefits|savings|bank card|debit card|"
        r"cards|wallet|phone|keys|car keys|passport|id|documents|meds|medication|medicine|"
        r"prescriptions?|food|insulin|inhaler)"
    ),
    # basic needs an abuser withholds ("won't let me eat")
    "NEEDS": (
        r"(?:eat(?! (?:sweets|junk|candy|chocolate|dessert|pudding|snacks|crisps|chips|before|after|in|on|at|that|this))|sleep|leave|go out|go anywhere|go to (?:group|work|meetings?|school|the doctor)|"
        r"see (?:my|any) (?:\\w+ )?(?:family|friends|mum|mom|kids|parents|sister|brother|doctor)|"
        r"see anyone|talk to anyone|call anyone|have (?:my|a) phone|use (?:my|the) phone|"
        r"have money|have my (?:meds|money|keys|phone)|work|shower|get help|out of (?:the|my) "
        r"(?:house|room|sight|flat))"
    ),
    # injuries an adult can see on someone else
    "INJURIES": (
        r"(?:marks|bruises|bruising|welts|(?:a )?black eyes?|burns|cuts|scratches|"
        r"handprints?|fingermarks|bite marks|injuries|a split lip|a fat lip)"
    ),
    # words for a self-harm relapse object ("slipped with the sh")
    # a partner or relative named without "my" ("bf said ...", "abusive bf won't ...")
    "KIN": (
        r"(?:(?:^|(?<=[.!?,] ))(?:\w+ )?(?:boyfriend|girlfriend|husband|hubby|wife|partner|ex|mum|mom|"
        r"mam|dad|stepdad|stepmum|stepmom|uncle|nan|gran|grandad|grandpa)|{PERPX})"
    ),
    "SHNOUN": r"(?:self harm|self-harm|selfharm|cutting|the blades?|burning|scratching|hurting myself)",
}


def family_rules() -> list[Rule]:
    """Rules for the generalised event families (see the comment above)."""
    MACROS.update(_FAMILY_VOCAB)
    return [
        # ------------------------------------------------------------ suicide -------------
        make_rule(
            "suicide.event_place_present",
            S,
            "M",
            # on top of a high place, now ("standing on the roof of my building")
            r"(?:^|(?<=[.!?,] )|\b(?:i'm|i am|im|currently|just|still|been) )(?:{LINGER}) "
            r"(?:on|up on|on top of|at the top of|at the edge of|on the edge of|over) "
            r"(?:the |a |this |my |that )?(?:top of (?:the |a |my )?)?(?:\w+ )?(?:{HEIGHT})\b"
            r"(?! {GAP3}(?:watching|with (?:the|my) (?:kids|dog|family)|eating|having|for (?:lunch|a photo|the view)|taking (?:photos|pictures)))",
            roles="means",
            example="sitting on the edge of the multi-storey car park",
        ),
        make_rule(
            "suicide.event_up_here",
            S,
            "L",
            # what people say from a height: the quiet, the drop, looking down
            r"\b(?:it's|its|it is|so) (?:so |really |very )?(?:quiet|peaceful|calm|still|windy|cold|high) (?:up here|out here|from up here)\b|"
            r"\blooking (?:down|over the edge) at (?:the )?(?:drop|water|traffic|street|road|ground|cars|rocks|tracks)\b|"
            r"\bhow (?:far|high) (?:the drop|down it) is\b",
            roles="intent",
            example="it's so quiet up here",
        ),
        make_rule(
            "suicide.event_nerve_bare",
            S,
            "M",
            # working up to something unnamed ("just sitting here working up the nerve.")
            r"\b(?:work|working|worked|build|building|built|get|getting|muster|mustering|summon|summoning|"
            r"find|finding|gather|gathering) (?:up )?(?:the|enough|my) (?:nerve|courage|guts|balls|bottle)\b"
            r"(?=\s*(?:[.!,]|$)| to (?:do it|go through with it|jump|step off|let go|end it|finish it|do this)\b| (?:tonight|now|right now))",
            roles="intent",
            example="parked by the river working up the courage",
        ),
        make_rule(
            "suicide.event_drawn_to_place",
            S,
            "M",
            # drawn back to a place again and again, lingering there
            r"\b(?:keep|kept|keeps|been|always|find myself|catch myself) (?:driving|walking|going|coming|heading|cycling|ending up) "
            r"(?:past |by |to |up to |out to |over to |back to |near |across )?(?:the |that |this |a )?(?:\w+ )?(?:{HEIGHT})\b,? "
            r"{GAP6}(?:slow(?:ing)? down|stop(?:ping)? (?:there|for a while|in the middle|on it)|to look|look(?:ing)? (?:over|down)|star(?:e|ing)|pull(?:ing)? over|lean(?:ing)? over|linger(?:ing)?)|"
            r"\b(?:{HEIGHT})\b {GAP8}(?:keep|kept|been) (?:driving|walking|going|heading) (?:up |out |over |down )?(?:there|to it) (?:just )?to (?:look|stare|sit|think)\b",
            roles="means",
            example="i keep walking to the viaduct and leaning over",
        ),
        make_rule(
            "suicide.event_crash_fantasy",
            S,
            "H",
            # picturing steering a vehicle into something
            r"\b(?:picturing|imagining|thinking about|thought about|fantasizing about|daydreaming about|tempted|want|wanted|urge) "
            r"(?:to )?(?:myself )?(?:swerv\w*|steer\w*|driv\w*|crash\w*|veer\w*|jerk\w* the wheel|yank\w* the wheel|let\w* go of the wheel|aim\w*) "
            r"(?:my car |the car |my truck |the wheel )?(?:{GAP1})?(?:into|off|under|towards|at) (?:the |a |an |that )?(?:\w+ )?(?:{CRASHINTO})\b",
            roles="intent means",
            example="keep imagining myself steering into a lamppost at speed",
        ),
        make_rule(
            "suicide.event_wouldnt_mind",
            S,
            "M",
            # passive wish: not minding an accident or not waking
            r"\b(?:wouldn't|wouldnt|would not|won't|wont|don't|dont|do not) (?:even |really |honestly )?(?:mind|care|be sad|be upset|complain|object|fight it) "
            r"(?:if|when) (?:(?:a|the|some) (?:\w+ )?(?:bus|car|truck|lorry|train|plane|drunk driver|meteor|asteroid|bullet|tree|shark) (?:hit|hits|took|takes|ran|runs|flattened|flattens|crushed|crushes|killed|kills|wiped|hits) (?:me|out|over)|"
            r"i (?:got|get|was|were) (?:hit|run over|killed|struck|taken out)(?!,? (?:with|by (?:a|an) (?:ticket|fine|bill|email)))|{MEGONE}|i (?:just )?(?:didn't|never|don't) (?:wake up|woke up|make it))|"
            r"\b(?:wouldn't|wouldnt|would not) (?:mind|say no to) the real thing\b",
            roles="intent",
            example="honestly wouldn't care if a lorry took me out on the way home",
        ),
        make_rule(
            "suicide.event_if_gone_notice",
            S,
            "M",
            # "if I weren't here, would anyone notice": the question after the condition
            r"\bif {MEGONE}\b,? {GAP3}(?:would|will|does|do|'d) (?:anyone|anybody|people|they|my \w+|y'all|you|a single person) (?:even |actually |really |ever )?(?:notice|care|miss me|cry|realise|realize|come)|"
            r"\bif i (?:didn't|didnt|did not|never|don't) wake up (?:tomorrow|tonight|one day)?,? {GAP3}(?:would|will|does) (?:anyone|anybody|people|they) (?:even |actually |really )?(?:notice|care|miss me)",
            roles="intent",
            example="if i vanished tonight would anybody even notice",
        ),
        make_rule(
            "suicide.event_hope_gone",
            S,
            "M",
            # hopelessness with the contractions chat uses
            r"\bnothing(?:'s| is| will)? (?:ever )?(?:going to|gonna|will ever|ever) (?:get|be|feel|change) ?(?:better|different|okay|ok|fine)?\b(?= (?:for me|ever|again)|\s*[.!,]|$)|"
            r"\b(?:i'm|i am|im) (?:done|finished|through) (?:hoping|with hope|having hope)\b|"
            r"\b(?:lost|given up|run out of|ran out of|out of) (?:all )?(?:hope|my last hope)\b(?! (?:for|in|that) (?:the|my|this|our) (?:team|game|match|season|car|plants?|phone))|"
            r"\b(?:i'm|i am|im) (?:just )?(?:a lost cause|beyond (?:help|saving|repair)|past saving|a hopeless case)\b(?! (?:at|with|when it comes to|in the kitchen)\b)|"
            r"\b(?:everything|it all|all of it|life)(?:'s| is| feels) (?:so )?(?:pointless|meaningless|hopeless)\b",
            roles="intent",
            example="nothing's ever going to be different for me",
        ),
        make_rule(
            "suicide.event_reasons_running_out",
            S,
            "H",
            # reasons to live running out ("running out of reasons to stay")
            r"\b(?:running out of|run out of|ran out of|out of|lost|losing|no more|short on) (?:good )?reasons (?:to|for) (?:live|living|stay|staying|stick around|sticking around|hang on|hanging on|keep going|be here|stay alive|go on|carry on)\b|"
            r"\b(?:give|gimme|tell) me (?:one|a|any|1) (?:good )?reason (?:to|not to) (?:live|stay|stick around|hang on|keep going|stay alive|carry on|be here|not end it|kill myself)\b",
            roles="intent",
            example="running out of reasons to hang on",
        ),
        make_rule(
            "suicide.event_goodbyes_quiet",
            S,
            "H",
            # saying goodbye without telling anyone ("in my head", "one by one")
            r"\b(?:saying|said|say|been saying) (?:my )?(?:goodbyes?|farewells?) (?:to (?:people|everyone|everybody|everything|the world|my (?:\w+ )?(?:family|friends|kids|pets?|dog|cat|room|life)|them(?: all)?) )?"
            r"(?:in my head|quietly|silently|one by one|without (?:them|anyone|people) knowing|in my own way|in secret|secretly)\b",
            roles="farewell",
            example="been quietly saying goodbye to everyone one by one",
        ),
        make_rule(
            "suicide.event_wont_need_when",
            S,
            "H",
            # belongings not needed after a date
            r"\b(?:won't|will not|wont|not going to|not gonna|don't|do not|shouldn't) (?:be )?need(?:ing)? (?:it|them|this|that|these|those|any of (?:it|this|them)|my \w+|much|anything)(?: anymore)? "
            r"(?:after|past|beyond|by|from) (?:tonight|today|tomorrow|this week|this weekend|next week|the weekend|{DAYNAME}|the \d+\w*|then|that)\b|"
            r"\b(?:won't|will not|wont|not going to|not gonna) be (?:needing|using|wearing|playing|driving) (?:it|them|this|that|these|those|my \w+)(?: anymore)? (?:after|past|soon|much longer|where i'm going)\b",
            roles="farewell intent",
            policy="hypothetical:keep conditional:keep recent:keep",
            example="take my bike, i won't need it after sunday",
        ),
        make_rule(
            "suicide.event_giving_offer",
            S,
            "L",
            # offering one's belongings to anyone who wants them
            r"\b(?:if )?(?:anyone|anybody|someone|somebody|whoever) (?:wants|want|needs|can use) (?:my|all my|any of my) (?:\w+ )?(?:stuff|things|clothes|games|console|ps4|ps5|xbox|switch|guitar|books|records|bike|tools|plants|collection|jewellery|jewelry|furniture|dog|cat)\b",
            roles="plan",
            example="whoever wants my records can have them",
        ),
        make_rule(
            "suicide.event_date_set",
            S,
            "L",
            # a date chosen, said bare ("set a date.") and a relief at having a plan
            r"\b(?:set|picked|chose|chosen|decided on|settled on|circled|marked) (?:a|the|my) (?:date|day|night)\s*(?:[.!]|$)|"
            r"\b(?:feels?|felt) (?:so )?(?:good|calm|peaceful|right|like a relief) (?:to|now that i) (?:finally )?(?:have|know|decided|made) (?:a plan|the plan|a date|when|my decision|my mind up)\b|"
            r"\b(?:at peace|calm|relieved) (?:now )?(?:that|since) i (?:have|made|know) (?:a plan|the plan|a date|when)\b",
            roles="plan intent",
            example="picked the day. it's a relief knowing when",
        ),
        make_rule(
            "suicide.event_house_empty",
            S,
            "M",
            # waiting to be alone, said as the last step
            r"\b(?:just |only )?(?:waiting|wait) (?:for|till|til|until|'til) (?:the (?:house|flat|apartment|place)|everyone|everybody|the kids|my \w+) (?:is |are |to be |gets? |goes |go |leaves? |falls? )?(?:empty|out|gone|asleep|to sleep|to bed|away|quiet)\s*(?:[.!]|$)",
            roles="plan",
            example="writing my letters. waiting till everyone is asleep.",
        ),
        make_rule(
            "suicide.event_ending_thoughts",
            S,
            "H",
            # thoughts named by what they say ("the 'end it' thoughts are back")
            r"\b(?:thoughts?|voices?|voice)\b[^.!?]{0,20}(?:[.!?] ?[^.!?]{0,30}){0,2}?(?:just )?(?:end it|end it all|kill myself|end things|end my life|unalive myself|be dead|do it for real)\b",
            roles="intent",
            policy="quoted:keep",
            example="the thoughts are loud again. the end it all kind",
        ),
        make_rule(
            "suicide.event_attempt_disclosed",
            S,
            "C",
            # an attempt in progress, told to someone ("just wanted someone to know")
            r"\b(?:swallowed|took|taken|downed|ate|necked) (?:all|every|the whole|the entire|the rest of|a whole) (?:of )?(?:the |my |these |those )?(?:\w+ )?(?:pills|bottle|meds|medication|tablets|packet|box|blister)\b"
            r".{0,60}?\b(?:wanted|want|needed) (?:someone|somebody|anyone|you(?: all| guys)?) to know\b",
            example="took the whole box of my meds. wanted somebody to know",
        ),
        make_rule(
            "suicide.event_means_disclaimer",
            S,
            "M",
            # means bought, with a disclaimer that says what it is for ("not for camping")
            r"\b(?:rope|noose|cord|belt|charcoal|hose|hosepipe|pills|tablets|gun|ladder|bleach|helium)\b(?! for )[^.!?]{0,40}[.!?,]? (?:and )?(?:it's |its |it is |and it's )?not for (?:\w+ ){0,2}?(?:camping|climbing|the garden|gardening|work|a project|crafts?|the car|sleeping|the dog|anything like that|what you'd think|what you think|fun|a bbq|the barbecue|pain)\b",
            roles="intent",
            policy="negated:keep joke:keep",
            example="got some charcoal and tape. not for a bbq",
        ),
        # ------------------------------------------------------------ self-harm -----------
        make_rule(
            "self_harm.event_tool_disclaimer",
            SH,
            "H",
            r"\b(?:{SHTOOL})\b[^.!?]{0,40}[.!?,]? (?:and )?(?:it's |its |they're |theyre )?not for (?:\w+ ){0,2}?(?:shaving|crafts?|work|art|a project|cooking|the kitchen|my legs|the garden|what you'd think|what you think|the reason you think)\b",
            policy="negated:keep",
            example="picked up a packet of razor blades, and they're not for shaving",
        ),
        make_rule(
            "self_harm.event_tool_at_hand",
            SH,
            "H",
            # an urge and the tool within reach, in either order
            r"\b(?:urges?|need to feel something|want to feel something|itching|the itch|craving)\b.{0,60}?(?:got|have|grabbed|took|getting) (?:my |the |a )?(?:{SHTOOL})s? (?:out|ready|next to me|in my hand)\b|"
            r"\b(?:need|want|have) to feel (?:something|anything|the pain)\b.{0,40}?(?:{SHTOOL})s?(?:'s| is| are)? (?:right )?(?:there|here|next to me|in my hand|in reach|within reach|on my (?:desk|bed|lap))\b",
            roles="today",
            example="itching so bad. got the blades out and ready",
        ),
        make_rule(
            "self_harm.event_give_in",
            SH,
            "H",
            # the urge about to win, or the real thing after the safe substitutes
            r"\b(?:urge|urges|itch) to (?:cut|burn|self harm|hurt myself|harm myself|scratch|bleed)\b.{0,60}?(?:about to|going to|gonna|ready to|i'll|i will|finally) (?:give in|cave|act on (?:it|them)|do it|let it win)\b|"
            r"\b(?:ice|rubber band|elastic band|hair tie|red (?:marker|pen)|butterfly project|snapping)\b.{0,80}?(?:going to|gonna|about to|will|'ll|just) (?:do|try|go for) the real thing\b",
            roles="today",
            example="held the ice, snapped the hair tie, now gonna do the real thing",
        ),
        make_rule(
            "self_harm.event_marks_mine",
            SH,
            "H",
            # marks owned as self-made
            r"\b(?:marks|cuts|scars|burns|bruises|scratches)\b (?:on my (?:{BODY}) )?(?:are|were) (?:all )?(?:from me|by me|mine|self[- ]inflicted|from myself)\b|"
            r"\bi (?:did|do|made|make) (?:them|those|these|the (?:marks|cuts|burns)) (?:to )?myself\b",
            roles="today",
            example="the burns on my thighs are from me",
        ),
        make_rule(
            "self_harm.event_sh_relapse",
            SH,
            "H",
            # "relapsed with the self harm": the relapse word is about harm, not drugs
            r"\b(?:relapsed|slipped|lapsed|caved|gave in|messed up|broke my streak) (?:again )?(?:on|with|into) (?:the )?(?:{SHNOUN})(?: thing)?\b",
            roles="today",
            example="slipped with the cutting again on saturday",
        ),
        make_rule(
            "self_harm.event_punish",
            SH,
            "H",
            # pain as punishment or penance, in the future
            r"\b(?:make sure|making sure) i (?:feel (?:it|the pain|pain|every bit of it)|suffer|hurt|bleed)\b(?! for (?:it|this) (?:tomorrow|at the gym))|"
            r"\b(?:need|needs|have|has|got|deserve) to (?:bleed|suffer|feel the pain|be punished|hurt) (?:to make up for|for what i|as (?:a )?punishment|because i)\b|"
            r"\b(?:{SELF}|my (?:{BODY})) (?:as|for) (?:a )?(?:punishment|penance)\b",
            roles="today",
            example="going to make sure i suffer for it tonight",
        ),
        # ------------------------------------------------------------ overdose ------------
        make_rule(
            "overdose.event_got_into",
            OD,
            "L",
            # someone (often a child) got into a drug
            r"\b(?:got into|ate|swallowed|chewed|drank|found and (?:ate|took|swallowed|used)|stuck (?:it|one|them) on|put (?:it|one|them) on) "
            r"(?:some of |one of |a )?(?:the |my |his |her |their |\w+'s )?(?:{STREET}|methadone|suboxone|subutex|fentanyl patch|patch|patches|pills|meds|medicine|gummies|edibles|tablets|vape)\b",
            roles="use",
            policy="other_person:keep",
            example="my toddler got into the suboxone",
        ),
        make_rule(
            "overdose.event_other_drowsy",
            OD,
            "L",
            # another person drowsy, cold or hard to rouse
            r"\b(?:skin|hands|body|lips)(?:'s| is| are| feels?| looks?)? (?:so |really |ice |super )?(?:cold|clammy|grey|gray|pale)\b|"
            r"\bpassed out (?:since|for (?:hours|ages|\d+ hours)|all (?:night|day))\b|"
            r"\b(?:falling|falls|fell|nodding|nods) (?:asleep |off |out )?(?:mid[- ]sentence|mid[- ]conversation|while talking|standing up)\b",
            roles="symptom_weak",
            policy="other_person:keep",
            example="she's super drowsy and her hands are cold",
        ),
        make_rule(
            "overdose.event_other_sleepy",
            OD,
            "L",
            # another person far too sleepy: a symptom once a drug is in the picture
            r"\b(?:he's|she's|they're|he is|she is|they are|is) (?:{ADV})?(?:really |super |so |very |way too |too )(?:sleepy|drowsy|floppy|limp|out of it|hard to rouse)\b|"
            r"\bbreathing (?:sounds|sounded|is|was) (?:like )?(?:snoring|gurgling|rattling|a snore)\b",
            roles="symptom",
            policy="other_person:keep",
            example="he's way too sleepy",
        ),
        make_rule(
            "overdose.event_used_with_down",
            OD,
            "C",
            # the person someone used with is down
            r"\b(?:guy|girl|person|friend|dude|mate|bloke|someone|one|kid) (?:i was|i'm|we were|i've been|i been) (?:using|drinking|partying|smoking|getting high|high|shooting up) with\b,? "
            r"(?:{GAP2})?(?:won't wake|isn't waking|not waking|isn't breathing|not breathing|unresponsive|passed out|is blue|went blue|won't respond|isn't responding|nodded out|collapsed|fell out|is out cold)",
            policy="other_person:keep",
            example="the girl i was partying with isn't breathing",
        ),
        make_rule(
            "overdose.event_too_much_unreachable",
            OD,
            "C",
            # word of too much taken, then silence
            r"\b(?:took|taken|did|done|had|used) (?:way )?too (?:much|many)\b.{0,60}?(?:isn't|isnt|is not|not|won't|wont|stopped|hasn't|hasnt) (?:been )?(?:answering|responding|picking up|replying|reading)\b",
            policy="quoted:keep other_person:keep",
            example="my friend messaged that she used too much and now she's not replying",
        ),
        make_rule(
            "overdose.event_narcan_failing",
            OD,
            "C",
            # naloxone given and not working
            r"\b(?:narcan|naloxone)\b,? {GAP3}(?:didn't|didnt|isn't|isnt|hasn't|hasnt|not|won't|wont|doesn't|doesnt) (?:work|working|worked|bring (?:him|her|them) (?:back|round|around|to)|do anything|doing anything|help|helping)\b|"
            r"\b(?:gave|giving|give|sprayed) (?:him|her|them)? ?(?:a |the )?(?:second|third|another) (?:one|dose|spray)\b",
            policy="other_person:keep",
            example="sprayed the naloxone and it isn't working",
        ),
        make_rule(
            "overdose.event_stronger",
            OD,
            "M",
            # a batch stronger than usual
            r"\b(?:{STREET}|batch|stuff|bag|shit|gear)\b (?:was|is|must be|must have been|seems|hits?|hit) (?:way |much |a lot |so much )?(?:stronger|more potent|heavier) than (?:usual|normal|i'm used to|last time|i thought|expected)\b",
            roles="use",
            example="this batch is way stronger than usual",
        ),
        make_rule(
            "overdose.event_nodding_hard",
            OD,
            "L",
            r"\bnodding (?:out )?(?:hard|bad|heavy|so hard)\b|\bcan'?t (?:stay|keep) (?:awake|conscious)\b",
            roles="symptom",
            example="nodding out hard",
        ),
        make_rule(
            "overdose.event_chasing_dose",
            OD,
            "H",
            # escalating doses, and expecting the one that kills
            r"\b(?:bigger|larger|more|stronger|heavier|higher) (?:shots|hits|doses|lines|bumps|amounts|doses) (?:just )?to (?:feel (?:it|anything|something)|get (?:high|there|the same))\b|"
            r"\b(?:the one|one) (?:that|which) (?:finally )?(?:drops|kills|takes|gets|ends) me\b",
            example="doing bigger bumps to feel anything now",
        ),
        make_rule(
            "overdose.event_dont_care_od",
            OD,
            "C",
            # using with death accepted ("idc if i od")
            r"\b(?:idc|i don't care|don't care|dont care|do not care|couldn't care less|not bothered) (?:if|whether) (?:i )?(?:od|overdose|die|don't wake up|dont wake up|it kills me|it's too much|i drop)\b",
            example="don't care if i overdose, doing all of it",
        ),
        make_rule(
            "overdose.event_self_narcan",
            OD,
            "H",
            r"\b(?:narcan|narcanned|naloxone|narcan'd)(?:'d)? myself\b|\b(?:had to|needed to) (?:narcan|use narcan on) myself\b",
            roles="today",
            example="had to narcan myself last night",
        ),
        # ------------------------------------------------------------ relapse -------------
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
            r"\b(?:first|1st) (?:drink|beer|shot|glass|pint|line|hit|bump|pill|drag|toke|joint|drop) (?:in|since) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:days|weeks|months|years?)\b",
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
        # ------------------------------------------------------------ violence ------------
        make_rule(
            "violence.event_weapon_will_use",
            V,
            "H",
            # a weapon ready and the will to use it
            r"\b(?:{WEAPON})\b[^.!?]{0,40}?(?:i'll|i will|i'm gonna|i'm going to|gonna|going to|not afraid to|won't hesitate to|will not hesitate to) (?:{ADV})?use (?:it|them|this|that)\b",
            roles="intent means",
            policy="conditional:keep",
            example="the crowbar's by the door and i won't hesitate to use it",
        ),
        make_rule(
            "violence.event_armed_on_me",
            V,
            "L",
            # carrying a weapon now
            r"\b(?:got|have|brought|bringing|carrying|packing) (?:my |the |a )?(?:{WEAPON}) (?:in my (?:bag|pocket|jacket|waistband|boot|car|hand|sleeve)|on me|with me)\b|"
            r"\bgot (?:it|one|the \w+) on me\b|\bbrought the (?:{WEAPON})\b|(?:^|(?<=[.!?] ))(?:locked and )?loaded(?=[,.!]| and)",
            roles="means",
            example="brought the machete with me",
        ),
        make_rule(
            "violence.event_target_near",
            V,
            "L",
            # the person who wronged me is here, now
            r"\b(?:the|that|this) (?:guy|man|dude|bloke|woman|girl|kid|person|prick|bastard|asshole|fucker|twat) (?:who|that) (?:jumped|robbed|hit|attacked|stabbed|beat|hurt|raped|assaulted|mugged|ripped off|snitched on|owes|grassed on) (?:me|my \w+)\b,? "
            r"(?:{GAP2})?(?:is|'s) (?:right )?(?:at|in|outside|across|down|here|there|near|by)\b|"
            r"\b(?:sitting|parked|waiting|standing) (?:outside|across from|near|by) (?:(?:his|her|their|my) (?:new |ex |old )?(?:\w+'s )?|{HIM}'s |\w+'s (?:new )?\w+'s )(?:place|house|flat|work|door|car|building)\b",
            roles="approach",
            example="the bloke who robbed me is right outside the chippy",
        ),
        make_rule(
            "violence.event_regret",
            V,
            "L",
            # "they'll all regret it": a threat said as what will happen to them
            r"\b(?:they|he|she|y'all|you all|everyone|all of them)(?:'ll| will| are gonna| are going to|'re gonna| is gonna|'s gonna) (?:all )?(?:regret|pay for|be sorry|learn their lesson|see what happens|learn(?=[ .!]*$))\b",
            roles="intent",
            example="they'll be sorry on monday",
        ),
        make_rule(
            "violence.event_weapon_time",
            V,
            "L",
            r"\b(?:gun|rifle|pistol|shotgun|knife|machete|bomb)(?:s)? (?:tomorrow|tonight|on {DAYNAME}|{DAYNAME}|at (?:the|my|our) (?:site|school|office|work|plant|warehouse|party|meeting))\b",
            roles="means",
            example="gun at the office. they'll pay",
        ),
        make_rule(
            "violence.event_weapon_for",
            V,
            "H",
            # a weapon got for a named enemy
            r"\b(?:bought|got|grabbed|sharpened|loaded|ordered|picked up) (?:a|the|my|some) (?:{WEAPON}) (?:for (?:the (?:guy|man|dude|bloke|woman|prick|bastard|\w+) (?:who|that)|that (?:guy|man|dude|bloke|woman|prick|bastard|asshole|fucker|twat))|(?:to use on|to deal with) (?:him|her|them|that \w+|the \w+))\b",
            roles="means intent",
            example="sharpened a knife for the prick that stole my bike",
        ),
        make_rule(
            "violence.event_standing_over",
            V,
            "C",
            r"\b(?:standing|stood|leaning|sitting) over (?:him|her|them|my \w+|{HIM}) (?:with|w|holding) (?:a |the |my )?(?:{WEAPON}|pillow)\b",
            roles="intent means",
            example="stood over her with the knife for ages",
        ),
        make_rule(
            "violence.event_harm_phrase",
            V,
            "H",
            # colloquial beatings with their own object
            r"\b(?:{WILL}|boutta|bout to|finna|'m gonna|i'll|i will|'ll) (?:{ADV})?(?:go )?(?:snap (?:his|her|their) neck|lay (?:him|her|them) out|knock (?:him|her|them) out|put my (?:fist|foot|boot) (?:through|in) (?:{GAP3})?(?:face|teeth|head|mouth|skull)|"
            r"beat the (?:shit|hell|crap|life|fuck) out of (?:{HIM})|smash (?:his|her|their) (?:face|head) in|rearrange (?:his|her|their) face|glass (?:him|her|them)|bottle (?:him|her|them)|deck (?:him|her|them)|drop (?:him|her|them))\b",
            roles="intent",
            policy="joke:medium",
            example="i'm gonna rearrange his face",
        ),
        # ------------------------------------------------------------ abuse ---------------
        make_rule(
            "abuse.event_wont_let",
            AB,
            "H",
            # control events: withholding needs, people, money or medicine
            r"{KIN} (?:{ADV})?(?:won't|wont|doesn't|doesnt|will not|never|won't even) (?:let|allow) me (?:to )?(?:{NEEDS})\b|"
            r"{PERPX} (?:{ADV})?(?:controls|control|takes|took|keeps|kept|holds|withholds|hides|hid|rations) (?:all )?(?:of )?(?:my|our) (?:{CONTROLLED})\b(?! (?:safe|for me because i asked))|"
            r"\bonly (?:give|gives|gave|let|lets) (?:them|it|me(?: \w+)?) (?:back )?(?:if|when) i (?:do what|do as|sleep with|have sex|obey|behave|do stuff|do things)\b",
            example="she rations my insulin and won't let me see a doctor",
        ),
        make_rule(
            "abuse.event_confined",
            AB,
            "C",
            # phone or keys taken, doors locked, not allowed out
            r"\b(?:took|taken|hid|smashed|broke) (?:my|the) (?:phone|keys|car keys)\b.{0,80}?(?:locked|not (?:going|leaving|getting out) anywhere|won't let me (?:leave|out|go))|"
            r"\blocked (?:me|us) (?:in|inside)\b.{0,60}?(?:not (?:going|leaving) anywhere|till|until|won't let)",
            example="she hid my car keys and locked the back door, i'm not leaving anywhere",
        ),
        make_rule(
            "abuse.event_threat_conditional",
            AB,
            "H",
            # threats reported as what the abuser will do
            r"{KIN} {GAP2}(?:said|says|told me|tells me|threatened|threatens|swore|warned me|texted|keeps saying)\b,? (?:that )?(?:if (?:i )?{GAP6})?,? ?(?:he|she|they)(?:'ll| will| would|'d| is gonna|'s gonna| is going to|'s going to) (?:{ADV})?(?:{HARMME})\b",
            example="my husband told me if i leave he'll take the kids off me",
        ),
        make_rule(
            "abuse.event_coerced",
            AB,
            "H",
            # sex, drugs or work extracted under pressure
            r"\b(?:unless|if i don't|if i dont|or else|in exchange for|to pay off|until) (?:i )?(?:sleep with|have sex with|do stuff for|do things for|do favours for|do favors for|give (?:him|her|them) (?:head|sex))\b|"
            r"{PERPX} (?:{ADV})?(?:making|makes|made|forcing|forces|forced|pressuring|pressures|pressured) me (?:to )?(?:do (?:stuff|things|favours|favors|sexual things) for (?:him|her|them)|sleep with|have sex|use with (?:him|her|them)|sell|deal|carry|hold (?:his|her|their) (?:stuff|gear))\b",
            example="the landlord keeps pressuring me to sleep with him",
        ),
        make_rule(
            "abuse.event_kin_hits",
            AB,
            "H",
            # a family member named bare ("mum hits me") hurting the speaker
            r"(?:^|(?<=[.!?,] ))(?:mum|mom|mam|ma|dad|da|pa|stepdad|stepmum|stepmom|uncle|aunt|auntie|nan|gran|grandad|grandpa|boyfriend|girlfriend|husband|hubby|wife|partner|ex) "
            r"(?:{ADV})?(?:{HITV}) (?:me|us|my (?:\w+ )?(?:sister|brother|kids?|son|daughter))\b",
            roles="today",
            example="dad punches me when he loses at cards",
        ),
        make_rule(
            "abuse.event_pushed_around",
            AB,
            "H",
            r"\b(?:shoving|shoves|shoved|pushing|pushes|pushed|knocking|knocks|knocked|slapping|slaps|slapped|smacking|smacks|smacked|throwing|throws|kicking|kicks|roughing|roughs|roughed|bashing|batting) (?:me|her|him|them|us|my \w+) (?:around|about|up)\b|"
            r"\b(?:got|get|getting|been) (?:slapped|knocked|pushed|shoved|smacked|kicked|beaten|roughed|thrown) (?:around|about|up)\b(?! (?:in|at|during|playing) (?:rugby|football|soccer|hockey|training|practice|the game|the match|the ring|sparring|boxing|the pit|the mosh pit)\b)",
            roles="today",
            example="her boyfriend keeps knocking her about",
        ),
        make_rule(
            "abuse.event_money_taken",
            AB,
            "H",
            # someone in a position of care taking an older or dependent person's money
            r"\b(?:{PERP}|\w+'s (?:{PERSON}|carer|care worker|aide)|(?:the|her|his|my \w+'s) (?:carer|care worker|aide|caregiver)) (?:{GAP2})?(?:is |'s |has been |keeps )?(?:taking|stealing|pocketing|spending|draining|emptying) (?:her|his|their|my|our) (?:pension|benefits|savings|money|wages|disability|bank account)\b",
            example="grandad's carer has been pocketing his pension",
        ),
        make_rule(
            "abuse.event_silenced",
            AB,
            "H",
            # told no one would believe them
            r"{PERPX} (?:{HITV}) (?:me|us)\b.{0,80}?(?:no one|nobody|noone) (?:will|would|'ll|is going to|'d) (?:ever )?(?:believe|listen to|take) (?:me|an? \w+|my word)\b|"
            r"\b(?:says|said|tells me|told me) (?:that )?(?:no one|nobody|noone) (?:will|would|'ll|is going to|'d) (?:ever )?believe (?:an addict|a junkie|a drunk|an alcoholic|a user|someone like me|a \w+ like me)\b",
            example="he hurts me and says nobody would ever believe a junkie",
        ),
        make_rule(
            "abuse.event_covert",
            AB,
            "C",
            # writing in secret while the abuser is near
            r"\b(?:typing (?:quietly|quickly|fast|in the bathroom|under the covers)|(?:can't|cant|cannot) (?:say|talk|type|write) (?:much|more|long|for long|now|right now|freely)|have to be quick|whispering)\b"
            r".{0,60}?\b(?:he|she|they)(?:'s| is|'re| are) (?:watching|listening|in the next room|right outside|home|next to me|awake|back|downstairs|upstairs)\b",
            example="have to be quick. she's downstairs and she's been hitting me",
        ),
        make_rule(
            "abuse.event_abuse_home",
            AB,
            "H",
            r"\b(?:abuse|violence|beatings|hitting|the abuse) (?:at home|in (?:my|our|the) (?:house|home|flat))\b {GAP3}(?:getting worse|is worse|worse|again|escalating|every day|every night|most nights)\b",
            example="the violence at home is escalating",
        ),
        make_rule(
            "abuse.event_injury_denied",
            AB,
            "H",
            # injuries explained away, then attributed to someone
            r"\b(?:{INJURIES})\b[^.!?]{0,40}(?:aren't|are not|isn't|is not|weren't|wasn't|were not) (?:really )?(?:from|because of) \w+.{0,60}?\b(?:he|she|they|my \w+) (?:does|did|do|gave me|causes|caused|made) (?:it|them|those|these)\b",
            example="the black eye isn't from the door. she did it",
        ),
        make_rule(
            "abuse.event_child_marks",
            AB,
            "H",
            # a child back from a visit with injuries
            r"\b(?:came|comes|come|got|gets) (?:back|home) (?:from|after) (?:(?:his|her|their|a|the) )?(?:\w+'s(?: (?:place|house|flat|weekend|visit))?|(?:weekend|visit|contact|access visit|stay|sleepover)(?: (?:with|at) \w+(?:'s)?)?) (?:with|covered in) (?:{INJURIES})\b",
            policy="other_person:keep",
            example="my son came home from his stepdad's with bruises again",
        ),
        make_rule(
            "abuse.event_night_visits",
            AB,
            "H",
            # an adult coming into a child's room at night
            r"\b(?:my|our|mom's|mum's) (?:\w+ )?(?:{ADULT}|mum|mom|stepmum|stepbrother|step-brother|stepsister|lodger|babysitter|carer)(?:'s been|'s| has been| keeps| kept| is| was)? (?:{ADV})?(?:coming|comes|came|sneaking|sneaks|creeping|creeps|getting|climbing) (?:in|into) (?:my|our|the kids'|my \w+'s) (?:room|bed|bedroom|shower)\b"
            r"(?= {GAP2}(?:at night|when|again|every night|after (?:everyone|mum|mom) (?:is|goes)|while))",
            example="my stepbrother's been creeping into my room at night",
        ),
        make_rule(
            "abuse.event_found_me",
            AB,
            "C",
            # an abuser who found where I live and is outside now
            r"\b(?:found|tracked down|figured out|got hold of) (?:my|our|where (?:i|we)) (?:new )?(?:address|place|flat|house|apartment|live|am staying)\b.{0,80}?\b(?:outside|out front|across the (?:street|road)|parked|waiting|at the door)\b",
            example="my ex tracked down my new flat and he's waiting across the road",
        ),
    ]
