"""General event rules for overdose (see ``bot.safety.events``).

Overdose: too much taken, use followed by symptoms, someone else fading or unreachable.
"""

from __future__ import annotations

from bot.safety.patterns import OD, Rule, make_rule, phrases

# Signs told mildly, spelled out so that they, not "snoring" or "grey" alone, gate the rule.
_ODD = ("weird", "weirdly", "funny", "strange", "strangely", "wrong", "odd")
_SNORING_ODD = (
    phrases(("snoring", "snores"), _ODD)
    + "|"
    + phrases(("snoring", "snores"), ("really", "super", "so", "all", "kinda", "real"), _ODD)
)
_PUPILS = phrases(
    ("pupils",),
    (
        *("tiny", "pinpoint", "pinpricks", "like pinpricks", "like dots", "like pin pricks"),
        *("are tiny", "are pinpoint", "are like pinpricks", "are dots"),
        *("look tiny", "look like pinpricks"),
    ),
)
_HUED = phrases(
    ("kinda", "kind of", "a bit", "a little", "all"), ("blue", "purple", "grey", "gray")
)


def rules() -> list[Rule]:
    """The overdose event rules (build after ``vocabulary.install()``)."""
    return [
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
            r"\bafter (?:those|these|the|some|that|my|his|her|their|a|taking|using|doing|smoking|snorting|shooting|she used|he used|they used|using|she took|he took) (?:\w+ )?(?:{STREET}|hit|line|bump|shot|pills)\b|"
            r"\b(?:were|was|are|is) pressed\b|\bpressed (?:pills|bars|blues|percs)\b|\bfake (?:pills|blues|percs|bars|oxys?)\b|\b(?:she|he|they) (?:just )?used\b|"
            # a needle left beside someone: "on the bathroom floor with a needle next to him"
            r"\b(?:a|the|his|her) (?:needle|syringe) (?:next to|beside|by|near|still in (?:his|her|their) arm) ?(?:him|her|them)?\b|"
            r"\b(?:passed out|collapsed|slumped) (?:\w+ ){0,4}with (?:a|the|his|her) (?:needle|syringe|rig)\b",
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
        make_rule(
            "overdose.event_got_into",
            OD,
            "L",
            # someone (often a child) got into a drug
            r"\b(?:got into|ate|swallowed|chewed|drank|found and (?:ate|took|swallowed|used)|stuck (?:it|one|them) on|put (?:it|one|them) on) "
            r"(?:some of |one of |a )?(?:the |my |his |her |their )?(?:\w+'?s )?(?:{STREET}|methadone|suboxone|subutex|fentanyl patch|patch|patches|pills|meds|medicine|gummies|edibles|tablets|vape|pill organi[sz]er|pill box|pillbox|pill bottle|medicine cabinet)\b|"
            # "found grandpa's fentanyl patch and stuck it on"
            r"\bfound (?:some of |one of |a )?(?:the |my |his |her |their )?(?:\w+'s )?(?:{STREET}|methadone|suboxone|"
            r"fentanyl patch|patch|patches|pills|meds|medicine|gummies|edibles|tablets) (?:\w+ )?and (?:ate|took|"
            r"swallowed|chewed|drank|stuck (?:it|one|them) on|put (?:it|one|them) on)\b",
            # ("ingested": even a mild sign after it is an emergency, see ``combine``)
            roles="use ingested",
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
            r"\b(?:falling|falls|fell|nodding|nods) (?:asleep |off |out )?(?:mid[- ]sentence|mid[- ]conversation|while talking|standing up)\b|"
            r"\b(?:isn't|is not|not|she's not|he's not|they're not) acting (?:right|normal|like (?:herself|himself|themselves))\b|"
            r"\b(?:he's|she's|they're|he is|she is|they are) (?:gone |all |really |so )?limp\b|"
            # just sleepy: bedtime, unless beside a use that was never theirs ("the 3 year old got
            # into grandma's pill organizer, she's sleepy")
            r"\b(?:he's|she's|they're|he is|she is|they are) (?:sleepy|drowsy)\b|"
            # someone else passed out or collapsed: mostly sleep or drink, but a sign beside others
            r"\b(?:he|she|they|someone|somebody|{PERSON}|pal|mate)(?:'s| is| was| has| had| just)? "
            r"(?:passed out|collapsed)\b",
            roles="symptom_weak",
            policy="other_person:keep",
            example="she's super drowsy and her hands are cold",
        ),
        make_rule(
            "overdose.event_other_sleepy",
            OD,
            "L",
            # another person far too sleepy: a symptom once a drug is in the picture
            r"\b(?:he's|she's|they're|he is|she is|they are|is|\w+'s) (?:{ADV})?(?:(?:acting|looking|getting|seems) )?"
            r"(?:(?:really |real |super |so |very )?(?:off|weird|strange|funny) and )?"
            r"(?:really |real |super |so |very |way too |too )(?:sleepy|drowsy|floppy|limp|out of it|hard to rouse)\b|"
            r"\bbreathing (?:sounds|sounded|is|was) (?:like )?(?:snoring|gurgling|rattling|a snore)\b|"
            # out cold, or no reaction to a pinch or a shake; collapsed on the floor
            r"\bout cold (?:for|since|after)\b|"
            r"\b(?:doesn't|does not|didn't|won't|isn't) (?:react|reacting|respond|responding|flinch) (?:when|to|if) "
            r"(?:i|we|you) (?:pinch|shake|shook|call|slap|rub|shout)|"
            r"\b(?:passed out|collapsed|slumped) (?:in|on) (?:the|a|his|her|their|my) (?:bathroom|stairwell|stairs|"
            r"hallway|alley|toilet)\b|"
            r"\b(?:he's|she's|they're|he is|she is|they are|(?:my|his|her) \w+ is|\w+'s) (?:passed out |lying |collapsed )?on (?:the|our|my|his|her|their) (?:bathroom |kitchen |bedroom )?floor\b"
            r"(?! (?:playing|doing|building|coloring|reading|watching|folding|sorting|fixing|cleaning|mopping|scrubbing|working|stretching|with (?:the|his|her|their) (?:toys|lego|legos|dog|cat|puppy|baby))\b)|"
            # (grey of the face, or "gone grey" beside a use: not hair going grey)
            r"\b(?:lips|face|skin)(?:'s| has| have| is| are)? (?:gone|turned|turning|going) (?:blue|gr[ae]y|purple)\b|"
            r"\b(?:he's|she's|they're|\w+'s) gone gr[ae]y\b(?! (?:hair|at the temples|early|in the beard)\b)",
            roles="symptom",
            policy="other_person:keep",
            example="he's way too sleepy",
        ),
        make_rule(
            "overdose.event_down_after_use",
            OD,
            "C",
            # someone going down right after a use: "my son just collapsed after taking something
            # at the party", "he collapsed after smoking, not moving"
            r"\b(?:collapsed|fell over|keeled over) (?:right |just |straight |like )?after "
            r"(?:(?:taking|doing|swallowing|popping) (?:something|(?:(?:his|her|their|my|those|these|the|some|a "
            r"few|a couple|two|three|a|that) )?(?:of (?:his|her|their|my|the) )?{DRUG})|using|smoking|shooting up|snorting|injecting|a hit|one "
            r"hit|a line|a bump|the (?:hit|line|bump|shot)|a shot of {DRUG}|that (?:hit|pill|line|bump|shot))\b",
            roles="symptom",
            policy="other_person:keep",
            example="my son just collapsed after taking something at the party",
        ),
        make_rule(
            "overdose.event_signs",
            OD,
            "L",
            # the signs of an opioid overdose told mildly: snoring wrong, lips a bit blue, nodding
            # off all day, tiny pupils. Sleep or the cold alone; beside a use, or two of them
            # together, an emergency ("mixed her xanax with wine and she's snoring weird", "his
            # lips look kind of purple and he's snoring weird, probably just tired lol")
            r"\b(?:" + _SNORING_ODD + r")\b|"
            r"\b(?:lips|fingertips|fingernails)(?:'s| is| are)? (?:look |looks |looking )?"
            r"(?:" + _HUED + r"|sort of blue|slightly blue|pretty blue|bluish|blueish)\b|"
            r"\b(?:blue|purple|" + _HUED + r") around (?:the|his|her|their) lips\b|"
            r"\b(?:he's|she's|they're|he is|she is|they are|\w+'s) (?:" + _HUED + r")\b"
            r"(?! (?:today|lately|these days|this week|about|since|after|over)\b)|"
            # a colour named only as wrong: "she's a weird color now", "he's going a funny colour"
            r"\b(?:(?:he's|she's|they're|he is|she is|they are) (?:going |turning |gone |turned )?|"
            r"(?:he|she|they) (?:went|turned) )(?:a |this )?"
            + phrases(
                ("weird", "strange", "funny", "odd", "bad", "scary", "wrong"), ("color", "colour")
            )
            + r"\b|"
            r"\bnodd(?:ing|ed) off (?:all day|all night|all evening|constantly|nonstop|every few "
            r"(?:seconds|minutes))\b|\bnodd(?:ing|ed) out\b|\bsnoring breaths?\b|"
            r"\b(?:pinpoint pupils|" + _PUPILS + r")\b",
            roles="symptom sign",
            policy="other_person:keep",
            example="his lips look kinda blue",
        ),
        make_rule(
            "overdose.event_meds_misused",
            OD,
            "C",
            # an overdose told as a mistake with the meds: "did something dumb with my meds",
            # "i may have overdone it with the sleeping stuff" (not a dose forgotten or spilled)
            r"\bdid "
            + phrases(
                ("something", "something really", "something so", "something kinda"),
                ("dumb", "stupid", "bad", "reckless", "dangerous"),
            )
            + r" with (?:my|the|all my|all the) (?:meds|pills|medication|prescription|sleeping pills|sleepers|"
            r"insulin)\b(?![\s,:;—–-]*(?:lol |haha |like |i )?(?:forgot|missed|skipped|left|dropped|spilled|washed|"
            r"lost|mixed up|put them|took them late|double booked))|"
            r"\b"
            + phrases(("overdone", "overdid", "overdoing"), ("it with",))
            + r" (?:my|the|those|these|all the) (?:meds|pills|medication|"
            r"sleeping (?:stuff|pills|meds|tablets)|sleepers|painkillers|xanax|benzos|bars|insulin|oxy|percs?)\b",
            example="did something dumb with my meds. feeling foggy",
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
        make_rule(
            "overdose.event_body_failing",
            OD,
            "L",
            # The body failing, told in the words people use for it: sight going dark, breath
            # that barely comes, a chest being crushed, a heart doing scary things or running
            # at 180, blood in the vomit, eyes that will barely stay open. Low alone (a panic
            # attack, a hard run); beside a use it is an overdose in progress (``combine``):
            # "did a line of what i thought was coke and now my chest is crushing".
            # (Spelled out with ``phrases``, so that whole phrases gate the rule, not "going",
            # "heart" or "crushing", which everyday chat is full of.)
            r"\b"
            + phrases(
                ("vision", "eyesight"),
                ("going", "goin", "gone", "went", "getting", "turning", "is going", "is getting"),
                ("dark", "black", "dim", "spotty"),
            )
            + r"\b|\b"
            + phrases(("vision's", "eyesight's"), ("going", "goin", "gone", "getting", "turning"))
            + r" (?:dark|black|dim|spotty)\b|\b"
            + phrases(
                ("room", "room's", "room is", "world", "world's", "world is"), ("going", "goin")
            )
            + r" (?:dark|black)\b|\b"
            + phrases(
                ("can barely", "can hardly", "can only just", "struggling to"),
                ("breathe", "breath", "get a breath", "keep my eyes open", "stay awake"),
            )
            + r"\b|\b"
            + phrases(("trouble", "a hard time"), ("staying awake", "keeping my eyes open"))
            + r"\b|\b"
            + phrases(("chest", "chest's", "chest is"), ("crushing", "being crushed", "caving in"))
            + r"\b|\b"
            + phrases(
                ("heart", "heart's", "heart is"),
                ("doing",),
                ("weird", "scary", "strange", "crazy", "funny"),
                ("things", "stuff", "shit"),
            )
            + r"\b|\b"
            + phrases(
                ("heart", "heart's", "heart is"),
                ("doing something",),
                ("scary", "crazy", "strange"),
            )
            + r"\b|\b"
            + phrases(
                ("heart", "heart's", "heart is"),
                ("going", "going like", "racing at", "pounding at", "beating at", "at", "at like"),
            )
            + r" (?:about )?(?:1[5-9]\d|2\d\d)\b(?! (?:steps|calories|meters|metres|yards)\b)|\b"
            + phrases(
                ("vomiting", "throwing up", "puking", "coughing up", "spitting up"), ("blood",)
            )
            + r"\b",
            roles="symptom",
            policy="other_person:keep",
            example="drank a 40 and took 3 blues, vision goin dark",
        ),
    ]
