"""Overdose rules: overdoses in progress (one's own or someone else's), symptoms, dangerous
mixing and recent overdoses (particular phrasings; see ``events``)."""

from bot.safety.rules.table import OD, RuleTable, phrases

RULES = RuleTable()
R = RULES.add

R(
    "overdose.other_in_progress",
    OD,
    "C",
    r"\b(?:(?:can )?barely (?:hear|see|feel) (?:him|her|them|my \w+) breath\w*|not breathing(?! through (?:my|his|her|their|the) nose)|isn't breathing|is not breathing|stopped breathing(?! (?:so |as |that )?(?:loud|loudly|heavily|heavy|through))|barely breathing|can't breathe(?! (?:through (?:my|his|her|their|the) nose|out of (?:my|his|her|their) nose))|can't breath|breathing (?:is |feels |seems |sounds? )?(?:super |really |very |so )?(?:weird|wrong|slow|funny|shallow|strange|off)(?!,? (?:she|he|they)(?:'s| has| is)(?: got)? (?:a cold|the flu|covid|a chest infection|a stuffy nose|croup|congested|stuffy)\b)|one breath every|(?:\b(?:he|she|they)|{PERSON}|mates?)(?:'s| has| have| had| just)? (?:just )?(?:turned|went|gone) (?:blue|purple)(?! in the face)|breathing (?:like |about |maybe |only )?(?:once )?every (?:\d+|ten|fifteen|twenty|few) (?:seconds|secs)|chest (?:barely|hardly|not|isn't|is not|is barely|is hardly) (?:moving|rising)|breathing (?:like |about |maybe |only )?(?:\d+|once|twice|two|three|four|five|six|a few) (?:times? )?(?:a|per|every|each) minute|gurgling|gasping for air|making (?:a |this |that )?(?:weird |strange )?(?:snoring|gurgling|choking|rattling) (?:noise|sound)|snoring noise|foaming|eyes (?:rolled|rolling|are rolling|keep rolling|went) (?:back|up)|foam (?:at|coming out of|from|around|on) (?:the|his|her) mouth|(?:turning|going) (?:blue|purple)(?! (?:hair|dye)\b)|(?<!\bi'm )(?<!\bi am )turning (?:grey|gray)(?! (?:hair|early|already|fast|gracefully|at (?:\d+|the temples))\b)(?!,? (?:she|he|they) (?:needs?|should|wants?) to dye)|(?:lips|face|fingers|fingernails) (?:are |is |look |looks |going |turning )?(?:blue|purple|gray|grey)|won't come around(?! to)|not coming around(?! to| anymore| much| here| often)|"
    # regaining consciousness, not a place or an event ("won't come to dinner", "not coming to
    # group"): nothing but a pause, the end or a few joining words may follow
    r"(?:won't come|not coming) to(?! (?!(?:and|after|even|no matter|at all|when|since|for|i|we|"
    r"he|she|they|please|help|now|again|yet|still|anymore)\b)[a-z])|slumped over(?! {GAP4}(?:asleep|sleeping|napping|snoring|studying|reading|doing homework|gaming|(?:his|her|their|the) (?:desk|books|homework|laptop|keyboard)|after (?:his|her|their|a) (?:shift|work|long day)))|nodding out hard|seizing(?! (?:(?:the|this|that|every|an) (?:day|moment|opportunity|chance|initiative)|control|power)\b)|having (?:what (?:looks|seems|looked) like |something like |some (?:kind|sort) of )?a seizure|convulsing|overdosing|od'?ing|having an overdose|(?:(?:he|she|they)(?:'s| is|'re| are) )?really hard to wake|(?<!it's )(?<!its )(?<!it is )(?<!so )(?<!, )(?<!always )hard to wake up|is hard to wake)\b{EXPLAINED}(?! (?:in|at|during) (?:the|a|that|this) (?:movie|show|episode|game|scene|video)\b)",
    roles="symptom",
    policy="other_person:keep",
    ex="my brother's lips are going blue and his breathing sounds wrong",
)
R(
    "overdose.other_unresponsive",
    OD,
    "C",
    # ("breathing but not waking up" keeps the subject of its breathing)
    r"\b(?:breathing but (?:not waking up|won't wake up|not responding|not conscious)|"
    r"won't wake up|won't wake(?! up)|not waking up|not responding|isn't responding|is not responding|isn't waking up|unresponsive|unconscious|not conscious|(?:isn't|is not|stopped) moving(?! (?:out|in|on|to|forward|away|back|house|home|along|fast|up|down|his|her|their|my|the)\b)|not answering me|won't answer(?: me)?|isn't answering|won't respond|un responsive|(?<!sky )(?<!sea )(?<!ocean )(?<!water )(?<!car )(?<!house )(?<!door )(?<!paint )(?<!color )(?<!colour )(?<!cast )(?<!hair )(?<!shirt )(?<!dress )(?<!room )(?<!wall )(?<!bike )is blue|(?<!sky)'s blue|looks blue|is gray|'s gray|is cold and)\b(?! (?:for(?! (?:anything|anyone|anybody|nothing|me|us|a second|more than a second)\b)|in time|on time|early|until|till|before|to (?:my|his|her) (?:texts|calls|messages))\b){EXPLAINED}",
    roles="symptom",
    policy="other_person:keep need:other_person",
    ex="my friend used fent an hour ago and he wont wake up",
)
# Someone else overdosed: an emergency unless the message dates it ("my brother od'd last
# month", "... on saturday"): then it is not in progress, but a peer shaken by someone close
# overdosing still needs a counselor (medium; most labelled sets say so).
R(
    "overdose.other_overdosed",
    OD,
    "C",
    r"\b(?:od'd|od'ed|oded|overdosed)\b|"
    r"\b(?:got|had to get|had to be|was|been) (?:narcanned|narcan'd|narcaned)\b|\b(?:had to )?narcan(?:ned|'d) (?:him|her|them)\b",
    roles="symptom",
    policy="other_person:keep need:other_person recent:medium",
    ex="i think my friend overdosed on fent",
)
R(
    "overdose.cant_wake",
    OD,
    "C",
    r"\b(?:can't|cannot|can barely|could barely) (?:wake|get) (?:him|her|them|my \w+|\w+) (?:up|to wake up|to respond|to come to|to open (?:his|her|their) eyes)\b|\b(?:can't|cannot) get (?:his|her|their) eyes (?:to )?open\b|\b(?:can't|cannot|can barely|could barely) wake (?:him|her|them|my (?:\w+ )?{PERSON})\b|\bfound (?:him|her|them|my (?:\w+ )?{PERSON}) (?:{GAP4})?(?:unresponsive|not breathing|blue|passed out|on the (?:bathroom |kitchen )?floor(?! (?:doing|playing|stretching|building|coloring|colouring|reading|folding|sorting|with (?:the|his|her|a) (?:dog|cat|kids|toys|legos?|puzzle))\b))",
    policy="other_person:keep",
    ex="found my girlfriend on the bathroom floor making this weird snoring noise and I can't wake her",
)
R(
    "overdose.needle_in",
    OD,
    "C",
    r"\b(?:needle|rig|syringe) (?:still )?(?:in|hanging out of) (?:(?:his|her|their|my) )?(?:arm|hand|neck|leg|foot)\b",
    policy="other_person:keep",
    ex="passed out in the car with the needle still in his arm",
)
R(
    "overdose.narcan_now",
    OD,
    "C",
    r"\b(?:gave|give|giving|sprayed|administered|hit) (?:him|her|them|my \w+|(?!out\b|away\b|free\b)\w+) (?:with )?(?:a |another |two |three |\d+ |the |some |his |her )?(?:narcan|naloxone|doses? of (?:narcan|naloxone)|second dose|another dose)\b|\b(?:used|sprayed|gave) (?:the |a |my |some |two )?(?:narcan|naloxone) (?:on|to) (?:him|her|them|my \w+)\b|\bnarcanned (?:him|her|them|my \w+)\b|\b(?:anyone|somebody|someone|does anyone|who)\b,? (?:{GAP4})?(?:have|has|got|bring) (?:a |some |any |extra )?(?:narcan|naloxone)\b(?! (?:training|class|kits? for sale)\b)|\b(?:need|needs|where can i get) (?:some |a |any )?(?:narcan|naloxone) (?:right now|now|asap|fast|please|quick)",
    policy="other_person:keep",
    ex="already gave him narcan and he's still not coming around",
)
R(
    "overdose.too_much",
    OD,
    "C",
    r"\b(?:took|did|had|used|snorted|smoked|shot|drank|swallowed|popped|mixed|taken|done) (?:way |way way |a bit |a little |just |like )?(?:(?:\d+|two|three|four|five|six|ten) times (?:my|his|her) (?:usual |normal |prescribed )?(?:dose|amount|prescription)|too (?:much|many)|more than (?:usual|i usually do|normal|i should have|i meant to|(?:was |is |i was |i'm )?prescribed|the (?:bottle|label|doctor) says)|way more than (?:usual|normal)|a lot more than usual|double|triple|a double dose)\b(?!(?: [\w']+){0,2} (?:{SOFT})\b| (?:time|on|off|of (?:my|your|the) time|credit|responsibility|work|space|in|at|food|pizza|candy|sugar|cake|junk|(?:of (?:the|my) )?(?:pictures|photos|pics|selfies|videos|notes|screenshots|naps|breaks|classes|credits|shifts|days off|steps|turns|risks|chances|bites|laps|reps|sets|hours|courses|questions|tries|showers|cookies|snacks|samples)\b))",
    policy="other_person:keep",
    ex="I think I took too much, my heart is pounding",
)
R(
    "overdose.took_all",
    OD,
    "C",
    # (a pet that ate the pills is a matter for the vet)
    r"(?<!\bdog )(?<!\bcat )(?<!\bpuppy )(?<!\bpup )(?<!\bkitten )"
    r"\b(?:took|swallowed|taken|ate|downed|popped|chugged|taking|swallowing|popping) (?:all|every one|every single one|the whole|a whole|the entire|an entire|a bunch|a handful|a fistful|handfuls|like \d+|about \d+|maybe \d+|\d+|twenty|thirty|fifteen|ten|a lot|lots|a ton|half the bottle|half a bottle|the rest|(?:his|her|their|my|your) (?:whole|entire))\b (?:of )?(?:my |her |his |their |the |mom's |dad's |\w+'s )?(?:(?:week|month|day)'?s? (?:worth|supply) of )?(?:(?:sheet|strip|blister pack|packet|pack|box) of (?:my |her |his |their |the )?)?(?:\w+ )?(?:{MED})\b(?!(?: of(?: [\w']+){1,3})? (?:to|back to|in to|into) (?:the|a|my|our)\b)|\b(?:took|swallowed|downed|popped) (?:all|every one|every single one|the rest) of (?:them|those|my \w+|her \w+|his \w+)\b(?! (?:to|back to|into) (?:the|a|my|our)\b)",
    policy="other_person:keep",
    ex="my dad took his whole oxy bottle",
)
R(
    "overdose.self_now",
    OD,
    "C",
    r"\b(?:i think|pretty sure|i might have|i may have|maybe|probably) (?:i )?(?:just )?(?:overdosed|od'd|odded|od'?ed|oded|overdid it|took too much)\b|\b(?:overdosed|od'd|odded|od'?ed) i think\b|\b(?:i'm|i am|im) (?:{ADV})?(?:overdosing|od'?ing|having an overdose|falling out)\b|^\s*(?:overdosing|od'?ing)\b|\bi'?m falling out\b(?! with)",
    ex="I think I overdosed, my chest hurts so bad",
)
R(
    "overdose.self_recent",
    OD,
    "H",
    r"\b(?:overdosed|od'd|odded|od'?ed|oded)\b|\b(?:got|had to get|had to be|was|been) (?:narcanned|narcan'd|narcaned)\b|\b(?:got|get|was|been) hit with (?:a |one |two |three |four |\d+ |a couple(?: of)? |several |multiple )?(?:narcans?|naloxone|doses? of (?:narcan|naloxone))\b|\b(?:found|finds|find) me (?:unresponsive|unconscious|not breathing|blue|turning blue)\b|"
    # brought back or treated for it: "paramedics brought me back thursday", "had my stomach
    # pumped tuesday", "hospitalized for an overdose over the weekend"
    r"\b(?:paramedics|emts|medics|the ambulance|they|the er|the hospital) (?:had to )?(?:brought|bring|bringing) me back\b(?! (?:to|from|home|here|there|up|down|in|into|out)\b)|"
    r"\b(?:had|got|getting|spent \w+ getting) my stomach pumped\b|"
    r"\b(?:was |got |been )?(?:hospitali[sz]ed|admitted|in the (?:hospital|er|icu)) (?:for|after|with) (?:an |my )?(?:overdose|od)\b",
    roles="today",
    ex="I OD'd last weekend and had to get narcanned",
)
R(
    "overdose.dont_care",
    OD,
    "H",
    r"\b(?:don't|do not|wouldn't|doesn't) (?:even )?(?:care|matter) (?:if|whether) (?:it's|it is|i take|i use|i do|it ends up being|it turns out to be) (?:too much|too many|the last|fatal|enough to|a lot)|\b(?:hope|hoping) (?:it's|it is) (?:too much|enough to (?:kill|end))",
    ex="about to use and honestly I don't care if it's too much this time",
)
R(
    "overdose.mixing",
    OD,
    "H",
    r"\b(?:mix|mixing|mixed|combining|combine) (?:my |some |the |her |his )?(?:{DRUG}|{BOOZE})\b (?:with|and) (?:my |some |the |her |his )?(?:{DRUG}|{BOOZE})\b|\b(?:takes|taking|took) (?:her|his|my) (?:\w+ )?(?:pills|meds|benzos|xanax|percs|oxy) with (?:wine|alcohol|beer|vodka|booze|drinks)"
    # one on top of the other ("drank a fifth on top of my gabapentin", "took my sleepers on top")
    r"|\b(?:drank|drinking|took|taking|popped|did|had)\b[^.!?\n]{0,30}(?<!i'm )(?<!im )(?<!am )(?<!of )\bon top of "
    r"(?:my |the |some |her |his |all )?"
    r"(?:{DRUG}|{MED}|{BOOZE}|pills|meds|sleepers|sleeping pills|that|it)\b"
    r"|\b(?:took|taking|popped) (?:my |the |some |a few |\d+ )?(?:{DRUG}|{MED}|pills|meds|sleepers|sleeping pills) on top\b",
    roles="use",
    ex="mixing my benzos with the methadone tonight to see what happens",
)
R(
    "overdose.symptom",
    OD,
    "L",
    r"\b(?:my )?(?:heart|heart's|chest)\b,? (?:{GAP3})(?:pounding|racing|beating (?:so )?fast|doing something (?:funny|weird)|hurts|hurting|tight|about to explode|going to explode|gonna explode|skipping|feels weird|feels wrong|stopping)|\bcan'?t (?:feel my (?:hands|legs|arms|face|body|feet)|breathe|catch my breath|get a full breath|stay awake|keep my eyes open)|\beverything(?:'s| is) (?:fading|going dark|going black)|\bblurry and slow\b|\blips (?:are |feel )?(?:numb|blue|turning blue)\b|\bfeel(?:ing)? like i'?m (?:dying|going to die|gonna die)\b|\b(?:i'm |i am )?(?:turning|going) (?:blue|purple)\b(?! (?:hair|dye)\b)|\bbarely (?:conscious|awake|breathing|responsive)\b|\b(?:whole body|body|face|arms?|legs?|hands?) (?:is |are )?going numb\b|\bfeels? like i'?m sinking\b|\bchoking on (?:it|(?:his |her |their )?(?:vomit|puke|sick))\b",
    roles="symptom",
    ex="my heart is pounding and I can't feel my hands",
)
R(
    "overdose.symptom_weak",
    OD,
    "L",
    r"\b(?:room is|everything is|world is|room's) spinning|\beverything(?:'s| is) (?:blurry|slow)|\b(?:drenched|soaked) in sweat\b|\bwhole body is (?:shaking|numb|tingling)\b|\bfeel(?:ing)? (?:really |so |super )?(?:wrong|floaty|weird)\b|\bso sleepy\b|\bcan'?t stop (?:puking|throwing up|vomiting|shaking)|\bcan'?t (?:stay awake|keep my eyes open)|\bnod(?:ded|ding) (?:out|off) (?:mid|in the middle|while|on the phone|at the)\b|\b(?:still )?feel(?:s|ing)? (?:so |really )?heavy\b|\b(?:throwing up|puking|vomiting) and (?:shaking|sweating)\b",
    roles="symptom_weak",
    ex="the room is spinning",
)
R(
    "overdose.laced",
    OD,
    "M",
    r"\bthere (?:was|must have been|had to be) (?:fent|fentanyl|something|xylazine|tranq) in (?:it|them|that|those|the \w+)\b|\b(?:was|is|it was|must have been|think it was|pretty sure it was|probably) (?:\w+ )?laced\b|\blaced with (?:fent|fentanyl|something|xylazine|tranq)\b",
    roles="use",
    ex="pretty sure it was laced",
)
R(
    "overdose.awake_days",
    OD,
    "H",
    r"\b(?:awake|up|been up|been awake) (?:for )?(?:\d+|two|three|four|five|several) (?:days|nights) (?:straight )?on (?:meth|speed|ice|crystal|coke|adderall|uppers)\b",
    roles="use",
    ex="awake 3 days on meth and my heart feels like it's about to explode",
)
R(
    "overdose.whole_amount",
    OD,
    "H",
    # a whole supply at once ("doing the whole gram tonight")
    r"\b(?:doing|do|taking|take|shooting|snorting|smoking) (?:the|a|my) (?:whole|entire) (?:gram|g|bag|bundle|"
    r"eight ?ball|8 ?ball|ball|bottle|sheet|stash|script|prescription)\b(?= (?:tonight|now|today|at once|in one go)|"
    r"\s*[.!]|$)",
    ex="doing the whole bag tonight, been saving it",
)
R(
    "overdose.redosing",
    OD,
    "H",
    # taking more before the last dose has worn off
    r"\b(?:redos|re-dos)(?:e|ed|es|ing)\b(?! (?:schedule|time|window|chart)\b)",
    roles="use",
    ex="redosing again bc it wore off",
)
R(
    "overdose.found_out",
    OD,
    "H",
    # found passed out (by someone else: the speaker's own overdose)
    r"\bfound me (?:passed out|unconscious|unresponsive|slumped|nodded out|blue|out cold|not breathing)\b|"
    r"\bfound me\b[^.!?\n]{0,40}[.!?]? (?:apparently |turns out )?i (?:was|had been) (?:out|passed out|"
    r"unconscious|nodded out|unresponsive)\b|"
    r"\bnod(?:ded|ding) out (?:at (?:a |the )?(?:red )?light|behind the wheel|at the wheel|while driving|driving|"
    r"on the (?:highway|freeway|interstate))\b",
    ex="my roommate found me passed out on the bathroom floor this morning",
)
R(
    "overdose.od_scare",
    OD,
    "M",
    # a recent overdose scare, told or not
    r"\b(?:had|having|have had) (?:an? |another |my )?(?:od|overdose) scare\b",
    ex="had an od scare on friday and didn't tell anyone",
)
R(
    "overdose.noun_when",
    OD,
    "H",
    # the overdose named by its abbreviation with its day ("OD last night. the nurses are my old
    # coworkers", "o.d. today. not dead")
    r"(?=o)(?<!last )(?<!since my )(?<![\w.])"
    + phrases(
        ("od", r"od\.", "od,", r"o\.d\.", r"o\.d"),
        (
            "last night",
            "yesterday",
            "today",
            "this morning",
            "tonight",
            "{DAYNAME}",
            "on {DAYNAME}",
        ),
    )
    + r"\b",
    roles="today",
    ex="Woke up in the ICU I used to work in. OD last night",
)
R(
    "overdose.overdid_med",
    OD,
    "H",
    # too much of a medicine taken ("overdid my insulin today")
    r"\boverd(?:id|o|oing|one) (?:it )?(?:on |with )?(?:my |the |his |her )?(?:{MED}|insulin|dose|doses)\b",
    roles="today",
    ex="Overdid my insulin today, sugar was 2.8",
)
R(
    "overdose.bottle_and_pills",
    OD,
    "C",
    # a bottle of drink and then sedating pills, by the speaker or someone else: an overdose
    # under way ("my mom drank a whole bottle of vodka and took her sleeping pills"). The drink
    # is named (or the whole bottle is) and the pills are sedating: "finished a pint and took my
    # meds", "a bottle of wine and an advil for my headache" are no overdose.
    r"\b(?:drank|downed|chugged|finished|killed) (?:a|the|an|half a) (?:(?:whole |entire |full )?"
    r"(?:bottle|fifth|handle) of (?:[\w']+ )?{BOOZE}|(?:whole|entire) (?:bottle|fifth|handle)),? "
    r"(?:and|then|plus|and then|after that) "
    r"(?:took|popped|swallowed|ate|taking|popping) (?:{GAP2})?(?:sleeping pills|sleepers|"
    r"benzos|xanax|xans|bars|klonopin|clonazepam|valium|diazepam|ativan|lorazepam|ambien|seroquel|"
    r"percs|percocet|oxys?|oxycodone|painkillers|pain pills|opioids|tramadol|methadone|morphine)\b",
    policy="other_person:keep",
    ex="my mom drank a whole bottle of vodka and took her sleeping pills",
)
