"""General event rules for suicide plans and acts (see ``bot.safety.events``).

Suicide, plans: a method with an intent, means held, ready, timed, hoarded or counted, looking
up how, a time or date set ("tonight's the night", "waiting till the house is empty"),
farewells and belongings no longer needed or given away, letters, places and heights and how
someone is found there, an attempt disclosed, and means with a disclaimer ("not for camping").
Wanting, thinking and feeling are in ``suicide``.
"""

from __future__ import annotations

from bot.safety.patterns import Rule, S, make_rule, phrases


def rules() -> list[Rule]:
    """The suicide event rules for plans and acts: method, means, time, farewells, places
    (build after ``vocabulary.install()``)."""
    return [
        make_rule(
            "suicide.event_gone_by_then",
            S,
            "H",
            # leaving told in euphemism: "going to take the long walk off the short pier", "finna
            # dip out permanently", "don't think i'll be seeing the new year"
            r"\b(?:i'm|i am|im|i'll|i will|ill|gonna|going to|about to|finna|fixing to) (?:go )?(?:take|taking) "
            r"(?:a|the) long walk off (?:a|the) short pier\b|"
            r"\b(?:i'm|i am|im|i'll|i will|ill|gonna|going to|about to|finna|fixing to|ready to|want to|wanna) "
            r"(?:just )?"
            + phrases(
                (
                    "dip",
                    "dipping",
                    "check",
                    "checking",
                    "clock",
                    "clocking",
                    "bow",
                    "bowing",
                    "peace",
                ),
                (
                    "out permanently",
                    "out for good",
                    "out forever",
                    "out of life",
                    "out of this world",
                ),
            )
            + r"\b(?! (?:from|of|on) (?:facebook|insta|instagram|twitter|tiktok|discord|the app|social media|"
            r"here|this (?:server|chat|group))\b)|"
            r"\b(?:don't|do not|dont) (?:think|expect|plan on|see myself) (?:i'll |i will |ill |me )?"
            + phrases(
                (
                    "be seeing",
                    "be around for",
                    "be here for",
                    "be alive for",
                    "making it to",
                    "make it to",
                ),
                (
                    "the new year",
                    "new years",
                    "christmas",
                    "my birthday",
                    "my next birthday",
                    "next year",
                    "next summer",
                    "next christmas",
                    "another year",
                    "another birthday",
                    "another christmas",
                ),
            )
            + r"\b(?! (?:in|at|with|party|fireworks|ball)\b)",
            roles="intent",
            example="don't think i'll be seeing the new year, and honestly i'm okay with that",
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
            # (a rope with no other noun before it: not "the jump rope is up on the hook")
            r"(?:^|(?<=[.!?,] )|(?<=\bthe )|(?<=\bmy ))(?:rope|noose)(?: is|'s) up\b"
            r"(?! (?:on|in|at|for|by|over)\b)(?!,? (?:anyone|who|want)\b)|"
            r"\b(?:rope|noose|pills|meds|tablets|sleeping pills)\b,? {GAP3}(?:is |are |'s |all )?(?:ready|set up|tied|hung up|hanging|in place|waiting)\b(?! (?:for|to) (?:the|my|next|this) (?:week|pharmacy|refill|trip|morning)|(?: for (?:pick ?up|collection))? at the (?:pharmacy|chemist|drugstore|store)| for (?:pick ?up|collection)| to (?:be )?pick(?:ed)? up)",
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
            "suicide.event_plan_untold",
            S,
            "H",
            # a plan kept back from the group: "i have a plan but i'm not going to say it here"
            r"\b(?:i have|i've got|ive got|i got|i made|i've made) (?:a|my) plan(?: for it)?,? (?:but|and) "
            r"(?:i'm not|im not|i won't|i will not|not) (?:going to |gonna )?(?:say|tell|share|post|write|put) "
            r"(?:it|what it is|anyone|anybody|you|it here|here)\b",
            roles="plan",
            example="i have a plan but i'm not going to say it here",
        ),
        make_rule(
            "suicide.event_or_ever",
            S,
            "H",
            # an absence with no end: "i don't think i'll be at group next week, or ever"
            r"\b(?:be (?:at|in|around|here for)|see (?:you|y'all|yall|everyone|you all)|make it to) (?:[\w']+ ){0,4}?"
            r"(?:next (?:week|time|session|month|year)|tomorrow|again),? or (?:ever|ever again)\b"
            r"(?![.!,]* (?:lol|jk)\b)",
            roles="farewell",
            example="i don't think i'll be at group next week, or ever",
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
        make_rule(
            "suicide.event_wont_need",
            S,
            "H",
            # (present "don't need it anymore" is everyday talk: only the future says farewell)
            r"\b(?:won't|will not|wont|not going to|not gonna|don't|do not) (?:need|be needing) (?:them|it|these|those|my \w+|any of (?:it|this|them)|anything|this stuff|my stuff) "
            r"(?:soon|much longer|for long|where i'm going|after (?:tonight|today|this week))\b|"
            r"\b(?:won't|will not|wont|not going to|not gonna) (?:need|be needing) (?:them|it|these|those|my \w+|any of (?:it|this|them)|anything|this stuff|my stuff) anymore\b|"
            # no plan to be alive at a time to come: "i don't plan on being alive in march",
            # "i'm not going to be here in five years"
            r"\b(?:don't|do not) (?:plan|intend|expect) (?:on |to )?(?:be|being) (?:alive|around|here) "
            r"(?:in|by|for long|long enough|much longer|next (?:year|month|spring|summer|christmas))\b|"
            r"\bnot (?:going to|gonna) be (?:alive|around|here) (?:in (?:\d+|a few|two|three|four|five|ten) "
            r"(?:years|months)|long enough|much longer|by (?:then|christmas|next year|spring|summer|the end of))\b|"
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
            r"\bwhich (?:\w+ )?(?:pills|meds|drugs) (?:are|is|would be) (?:lethal|fatal|deadly)\b|"
            # "researched which heights are a sure thing", "asked my doctor how many of my
            # antidepressants would be dangerous and now i know the number"
            r"\b(?:researched|researching|looked up|looking up|googled|googling|searched|searching) "
            r"(?:which|what) (?:heights?|bridges?|buildings?|floors?|overpass(?:es)?) (?:are|is|would be) "
            r"(?:a sure thing|high enough|tall enough|fatal|lethal)\b(?! (?:for|to)\b)|"
            r"\bhow many (?:of )?(?:my |the |these |those )?(?:\w+ )?(?:pills|meds|tablets|antidepressants|"
            r"sleeping pills|sleepers|painkillers) (?:would|will|'d) be (?:dangerous|lethal|fatal|deadly|"
            r"too many)\b[^.!?\n]{0,30}? now i know\b",
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
            "suicide.event_the_night",
            S,
            "H",
            r"\b(?:the (?:night|day|time|moment)|tonight|today) (?:is |'s |feels like |seems like )?(?:the (?:night|day|time) )?(?:when )?i (?:finally |will |'ll |am going to |'m going to |'m gonna |gonna )?"
            r"(?:end (?:this|it|things|everything|my life)|do it|go through with it|kill myself|die|let go for good)\b",
            roles="intent plan",
            example="tonight feels like the night i finally end this",
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
            "suicide.event_letter_in_case",
            S,
            "H",
            # a letter "just in case": "i wrote a letter to my kids just in case"
            r"\b"
            + phrases(
                ("wrote", "written", "writing", "left"),
                ("a letter", "a note", "my letter", "letters", "notes", "a goodbye letter"),
            )
            + r" (?:to|for) (?:my|each of my|everyone) "
            r"(?:[\w']+ ){0,3}just in case(?=[.!,]|$| (?:something|anything) (?:happens|goes wrong))",
            roles="farewell plan",
            example="i wrote a letter to my kids just in case",
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
            "suicide.event_place_present",
            S,
            "M",
            # on top of a high place, now ("standing on the roof of my building")
            r"(?:(?:^|(?<=[.!?,] )|\b(?:i'm|i am|im|currently|just|still|been) )(?:{LINGER}) |\b(?:i'm|i am|im) (?:up )?)"
            r"(?:on|up on|on top of|at the top of|at the edge of|on the edge of|over) "
            r"(?:the |a |this |my |that )?(?:top of (?:the |a |my )?)?(?:\w+ )?(?:{HEIGHT})\b{HEIGHT_ERRAND}",
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
            r"(?:to )?(?:just )?(?:myself )?(?:swerv\w*|steer\w*|driv\w*|crash\w*|veer\w*|turn\w* the wheel|jerk\w* the wheel|yank\w* the wheel|let\w* go of the wheel|aim\w*) "
            r"(?:my car |the car |my truck |the wheel )?(?:{GAP1})?(?:into|off|under|towards|at) (?:the |a |an |that )?(?:\w+ )?(?:{CRASHINTO})\b",
            roles="intent means",
            example="keep imagining myself steering into a lamppost at speed",
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
    ]
