"""General event rules for violence (see ``bot.safety.events``).

Violence: a weapon or a harm verb with an intent to use it on someone.
"""

from __future__ import annotations

from bot.safety.patterns import Rule, V, make_rule, phrases

# A weapon used on someone, spelled out so that the phrase, not "using the", gates the rule.
_USING_ON = phrases(
    ("using",),
    (
        *("it", "that", "this", "them", "the knife", "my knife", "the blade", "the gun", "my gun"),
        *("the bat", "my bat", "the box cutter", "my box cutter", "the hammer"),
    ),
    ("on",),
)


# Arriving somewhere armed (``violence.event_coming_back_with``).
_ARRIVING = (
    r"(?:i'm|im|i am|i'll|ill|i will|{WILL}) (?:come|coming|be coming|show up|showing up|walk in|"
    r"walking in) (?:back )?"
)
_PLACE = (
    r"(?:here|there|to (?:work|school|the office|the shop|the plant|the site|this place|class))"
)
_ARMED = (
    r"with (?:something|a (?:gun|weapon|piece|strap))\b"
    r"(?! (?:for|nice|to eat|from|good|special|sweet|cute|fun)\b)"
)


def rules() -> list[Rule]:
    """The violence event rules (build after ``vocabulary.install()``)."""
    return [
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
            "violence.event_flash",
            V,
            "H",
            # sudden pictures of it: "i get these flashes of wanting to hurt him", "flashes of
            # hitting my son"; an urge, so one handled ("... pulled over and breathed instead")
            # is noted, not paged
            r"\b(?:flash|flashes|images?|visions?) of (?:wanting to (?:hurt|hit|strangle|choke|stab|kill|"
            r"shoot|beat|smash|punch|shake)|hurting|hitting|strangling|choking|stabbing|killing|shooting|"
            r"beating|punching|shaking) (?:his|her|their|{HIM})\b",
            roles="intent",
            policy="managed:low",
            example="i keep getting flashes of wanting to hurt him",
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
        make_rule(
            "violence.event_rage_object",
            V,
            "M",
            # rage let out on things by the speaker: a warning sign of what may come next (not
            # when it was meant to hurt the speaker: that is self-harm).
            r"(?:^|(?<=[.!?,;] )|\bi (?:just )?)(?:"
            r"(?:punched|kicked|smashed|put my (?:fist|hand|foot|head) through|slammed my (?:fist|head) (?:into|through|against)|"
            r"threw (?!(?:me|us|him|her|them)\b|(?:a |the |his |her |my )?(?:ball|frisbee|toy|dart|darts|stick|spaghetti|pasta|noodle)s?\b)(?:[\w']+ ){1,3}(?:at|through|into|against)) "
            r"(?:a |the |my |our |her |his |their )?(?:\w+ )?(?:wall|walls|door|window|mirror|tv|television|dashboard|windshield|"
            r"steering wheel|cabinet|cupboard|fridge|locker|drywall|screen)\b(?! (?:open|shut|closed)\b)|"
            r"(?:punched|kicked|put) (?:a |another |two |three |some |\d+ )?holes? (?:in|through) (?:the|my|our|a) (?:\w+ )?(?:wall|door|drywall)\b|"
            r"(?:broke|smashed|cracked) (?:the|my|a|our) \w+ with my (?:fist|hand|head|bare hands)\b)"
            r"(?!.{0,80}\b(?:on purpose|wanted (?:it|the pain|my \w+) to hurt|to feel (?:something|pain)|"
            r"hate (?:myself|my face|my body)|(?:wasn't|wasnt|not) an accident|not anger|stitches)\b)",
            example="put my fist through the cabinet door this morning",
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
            # on the way to someone: a part of a plan (with a weapon, a threat with means)
            r"\b(?:going|gonna go|headed|heading|on my way|driving|walking)(?: over| round| back)? (?:to|over to|round to) "
            r"(?:(?:his|her|their|that \w+'s|my \w+'s|\w+'s) (?:house|place|apartment|work|job|car|school)\b|"
            r"(?:my|his|her) ex'?s\b)|"
            r"\b(?:going|gonna go|headed|heading|on my way) (?:over|round) there\b",
            roles="approach",
            example="i loaded my gun and i'm going to his house",
        ),
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
            r"beat the (?:shit|hell|crap|life|fuck) out of (?:{HIM})|smash (?:his|her|their) (?:face|head) in|rearrange (?:his|her|their) face|glass (?:him|her|them)|bottle (?:him|her|them)|deck (?:him|her|them)|drop (?:him|her|them))\b|"
            # ("ill": "i'll" typed without its apostrophe, which the normaliser cannot tell from
            # being ill; here no one sick knocks teeth out. Two branches, not one group after a
            # shared opening: as one group the prefilter was keyed on "head", "teeth", "lights"
            # and "skull".)
            r"\b(?:ill|i'll|{WILL}|to) (?:go )?(?:knock|kick|punch|smash|bash) (?:his|her|their) "
            r"(?:teeth|lights|head|skull) (?:in|out)\b|"
            r"\b(?:ill|i'll|{WILL}|to) (?:go )?drag (?:him|her|them) (?:out )?by (?:his|her|their) hair\b|"
            # the harm told by what it leaves: "they'll need dental records", "gonna give him a
            # proper hiding, he'll be in hospital by tonight"
            r"\b(?:they'll|they will|they'd|gonna|going to|will) need (?:his |her |their )?dental records\b|"
            r"\b(?:{WILL}|boutta|bout to|finna|i'll|i will|ill) give (?:him|her|them) (?:a |such a )?(?:proper |real |good )?"
            r"hiding\b(?! (?:place|places|spot|spots)\b)|"
            r"\b(?:he|she|they)(?:'ll| will) be in (?:the )?hospital (?:by tonight|by the time i'm done|when i'm done|"
            r"after i'm done)\b",
            roles="intent",
            policy="joke:medium",
            example="i'm gonna rearrange his face",
        ),
        make_rule(
            "violence.event_coming_armed",
            V,
            "C",
            # someone on the way to the member with a weapon: "my neighbor says he's coming over
            # with a knife tonight to settle it", "he's on his way here with a strap"
            r"{PERP}(?:'s| is| are|'re) (?:{ADV})?(?:on (?:his|her|their|the) way|coming|headed|heading|driving) "
            r"(?:over |back |round )?(?:here|over|to (?:my|our) (?:place|house|apartment|flat|door)|for me|to get me)\b,? "
            r"{GAP3}with (?:a|his|her|the|their) (?:gun|pistol|rifle|shotgun|knife|machete|bat|crowbar|"
            r"hammer|axe|strap|piece|glock|blade)\b",
            roles="intent means",
            policy="other_person:keep",
            example="he's on his way here with a gun",
        ),
        make_rule(
            "violence.event_coming_back_with",
            V,
            "H",
            # a veiled return with a weapon, to a place or on a condition: "if my boss fires me
            # tomorrow i'm coming back with something", "i'll show up to school with a gun"
            r"\bif (?:[\w']+ ){1,8}?" + _ARRIVING + "(?:" + _PLACE + " )?" + _ARMED + "|"
            r"\b" + _ARRIVING + _PLACE + " " + _ARMED,
            roles="intent",
            policy="other_person:keep conditional:keep",
            example="if they fire me tomorrow i'm coming back with something",
        ),
        make_rule(
            "violence.event_school_threat",
            V,
            "H",
            # the warning signs of an attack on a school or a workplace: a list of the people who
            # hurt the writer, weapons brought in ("made a list of people at school who made my
            # life hell", "some kids are talking about bringing guns to school friday")
            r"\b(?:made|making|have|got|wrote|writing|keep|keeping) a list of (?:people|names|everyone|the kids|"
            r"kids|the people)(?: (?:at|in|from) (?:school|work|class))? (?:who|that) (?:made my life|hurt|bullied|"
            r"picked on|wronged|screwed|messed with|laughed at|ruined|did me)\b|"
            r"\b(?:bring|bringing) (?:a |their |his |her |my )?(?:weapons?|guns?|knives|knife|"
            r"piece|strap) (?:to|into) (?:school|class|work|the office)\b(?! for (?:the |a |our |my )?(?:cooking|"
            r"culinary|chef|knife|kitchen|food|home ec|hunting|safety|demo|show and tell))",
            roles="intent",
            # (told "talking about" it is still the warning, not a lesson)
            policy="other_person:keep conditional:keep topic:keep",
            example="made a list of people at school who made my life hell",
        ),
        make_rule(
            "violence.event_use_it_on",
            V,
            "H",
            # a weapon kept and thought of for someone: "i keep a box cutter in my bag and some
            # days i think about using it on him"
            r"\b(?:think|thinking|thought|imagine|imagining|picture|picturing|fantasi[sz]e|fantasi[sz]ing|"
            r"daydream|daydreaming) (?:about |of )?" + _USING_ON + r" (?:{HIM})\b",
            roles="intent",
            policy="other_person:keep conditional:keep",
            example="some days i think about using it on him",
        ),
        make_rule(
            "violence.event_others_with_me",
            V,
            "H",
            # taking others down with the member, or a name on the news
            r"\b(?:{WILL}|i'm|i am|'m|i'll|'ll) (?:take|taking) (?:someone|somebody|people|them all|everyone|"
            r"everybody|a few (?:of them|people)|some people|him|her|them|a lot of people) (?:down )?with me\b|"
            r"\b(?:gonna|going to|will|'ll) (?:see|be seeing|read about) (?:him|her|them|that \w+|my \w+) on the "
            r"news\b(?! (?:for|because|about|after|when) (?:his|her|their|the|winning|a|an)\b)",
            roles="intent",
            policy="other_person:keep conditional:keep",
            example="if they violate me i'm taking someone down with me",
        ),
    ]
