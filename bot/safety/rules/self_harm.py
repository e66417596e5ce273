"""Self-harm rules: acts, urges, marks and tools (particular phrasings; see ``events``)."""

from bot.safety.rules.table import SH, RuleTable, phrases

RULES = RuleTable()
R = RULES.add

R(
    "self_harm.act",
    SH,
    "H",
    r"(?<!\bhe )(?<!\bshe )(?<!\bit )(?<!\bthey )(?<!\bdog )(?<!\bcat )(?<!\bbaby )(?<!\btoddler )(?<!\bpuppy )(?<!\bkitten )(?<!\bhamster )(?<!\bcord )(?<!\bheater )"
    r"\b(?:cut|cutting|cuts|slashed|slashing|sliced|slicing|carved|carving|burned|burnt|burning|scratched|scratching|scratch|hit|hitting|punched|punching|bit|biting|starved|starving|starve|bruised|bruising|hurt|hurting|harmed|harming|stabbed|stabbing|beat|beating|choked|choking|strangled|strangling|whipped) (?:up )?(?:{SELF}|my (?:own )?{BODY})\b{ACCIDENT}",
    roles="today",
    ex="burned myself with a lighter after the family session today",
)
R(
    "self_harm.on_purpose",
    SH,
    "H",
    r"\b(?:burn|burning|burned|burnt|cut|cutting|hit|hitting|scratch|scratching|scratched|punch|punching|punched|bite|biting|bit|bang|banging|banged|bruise|bruising|bruised|starve|starving|slam|slamming|slammed) (?:{GAP6})?(?<!not )(?<!wasn't )(?<!never )(?:on purpose|intentionally|deliberately|to punish myself|to feel something|to feel pain)\b",
    roles="today",
    ex="I keep burning my hands with the stove on purpose",
)
R(
    "self_harm.self_harm",
    SH,
    "H",
    r"\bself[- ]?harm(?:ed|ing|s)\b|\b(?:did|done|doing) (?:the |some )?shelf harm\b|\b(?:did|done|doing|do) (?:some |more )?self[- ]?harm\b|\bself[- ]?harm'?e?d\b|\b(?:i|i've|been|have been|keep|started|start) (?:{ADV})?self[- ]?harm(?:ing|ed)?\b|\bself[- ]?harm(?:ing)? (?:again|is back|last night|tonight|today|this morning)\b",
    roles="today",
    ex="s3lf h@rmed again last night",
)
R(
    "self_harm.again",
    SH,
    "H",
    r"\b(?:relapsed|slipped|relapse) (?:on|with|into) (?:cutting|self[- ]?harm|burning|scratching|hurting myself)\b|\b(?:cutting|self[- ]?harm(?:ing)?|hurting myself|burning myself|scratching myself) (?:again|is back|came back|started again)\b|\b(?:started|starting|back to|went back to|i'm back to|am back to) (?:cutting|self[- ]?harm(?:ing)?|hurting myself|burning myself|scratching myself)\b",
    roles="today",
    ex="started c u t t i n g again",
)
R(
    "self_harm.cutting",
    SH,
    "H",
    r"\b(?:been|keep|kept|started|start|am|i'm|was|i've been|still|go back to) (?:{ADV})?cutting(?= again| every| myself| more| deeper| a lot| lately| since| at night| in the| on my|\s*[,.!]|$)|\bcutting (?:is|was|has been|helps|is the only) (?:the only|my only|all that|what|my way|how i)\b|\bi cut (?:last night|tonight|today|this morning|this afternoon|this evening|earlier|again|yesterday|every)\b|(?<!buzz )(?<!crew )(?<!pixie )(?<!bowl )(?<!fringe )(?<!hair )(?<!paper )\bcut (?:again|last night|tonight)\b|\bi (?:went|needed|left) to cut(?=\s*[.!]|$)|\bcutting (?:today|tonight|last night|this morning) (?:made|helped|felt|was)\b",
    roles="today",
    ex="cvtting is the only thing keeping me going lately",
)
R(
    "self_harm.in_progress",
    SH,
    "C",
    r"\b(?:blade|razor|knife|box ?cutter|scissors)\b,? {GAP4}(?:in my hand|in hand|against my (?:skin|wrist|arm|leg)|on my (?:wrist|arm|skin|leg))(?: right now| now)?\b|\b(?:holding|have|got) (?:the|a|my) (?:blade|razor|knife|box ?cutter) (?:in my hand )?(?:right now|now)\b|\bwith (?:a|the|my) (?:blade|razor|box ?cutter)\b,? {GAP4}(?:about to|gonna|going to|ready to)\b",
    ex="I have the razor in my hand right now",
)
R(
    "self_harm.bleeding",
    SH,
    "C",
    r"\b(?:cut|went|sliced|gone) (?:way )?too deep\b|\b(?:won't|will not|can't|cannot) stop (?:the )?bleeding\b|\bbleeding (?:a lot|so much|through (?:the |my |a )?(?:bandages?|gauze|towels?|shirt|sleeves?|pants|jeans|sheets?|paper towels?|band-?aids?|clothes|dressing)|everywhere|won't stop|badly|really bad|heavily)\b|\b(?:towel|shirt|sheets?|bandages?|gauze) (?:is |are )?(?:soaked|soaking|full of blood|covered in blood|drenched)\b|\bneed stitches\b|\bblood (?:everywhere|all over)\b|\b(?:so much|a lot of|tons of) blood\b",
    policy="other_person:keep",
    ex="I cut too deep and it won't stop bleeding",
)
R(
    "self_harm.blade",
    SH,
    "H",
    r"\bthe (?:blade|razor)(?= is| was|\s*[.!,]|$| again| out)|\b(?:got|get|getting|took|pulled) (?:the|my|a) (?:blades?|razors?) (?:back )?out\b|\bme and (?:the|my) (?:knife|blade|razor|blades)\b|\b(?:knife|blade|razor|blood) (?:blood )?(?:again|tonight)\b",
    roles="today",
    ex="got the blade out again",
)
R(
    "self_harm.tools",
    SH,
    "M",
    r"\b(?:took|take|taking|broke|breaking|pulled) (?:apart )?(?:the |a |my )?(?:pencil )?sharpener (?:apart|open)?|\bsharpener blades?\b|\bblades? (?:out of|from) (?:a|the|my) (?:sharpener|razor)\b|\b(?:hid|hiding|hidden|keep|keeping|stashed|stashing|saving) (?:the |my |some |a |new )?(?:sharpener )?(?:blades?|razors?)\b",
    ex="hid the sharpener blades under my mattress in case I need them later",
)
R(
    "self_harm.urge",
    SH,
    "M",
    r"\b(?:(?:my|the|these|those|had|having|get|getting|with) (?:old )?(?:sh|s/h|self harm|self-harm) (?:thoughts|urges)|(?:sh|s/h|self harm|self-harm) (?:thoughts|urges) (?:are|were|have|has|came|won|all day|today|tonight|again|back|is|was))\b|"
    # urges named by the act: "my old cutting urges are creeping back", "the 🩸 urges are loud"
    r"\b(?:cutting|burning|blood) urges (?:are|were|have been|came|keep|kept|won|again|back|all day|today|tonight)\b|\b(?:want|wanna|need|needing|urge|urges|itching|tempted|craving|crave)(?: to)? (?:{ADV})?(?:cut(?! (?:the|back|down|out|off|it|ties|carbs|sugar|salt|class|corners|costs|my (?:hair|losses|hours|nails))\b)|burn myself|bleed|self harm|self-harm|harm myself|feel pain|punish myself|scratch myself|see blood)\b|"
    # dwelling on it: "i keep thinking about cutting", "thinking about how good it felt to cut"
    r"\b(?:keep|kept|been|can't stop|cant stop|always|constantly) thinking about (?:cutting|burning myself|hurting myself)"
    r"(?! (?:my |the |her |his |\w+'s )?(?:hair|bangs|fringe|ties|back|down|out|carbs|sugar|coupons|costs|cord|cable|class|lawn|grass)\b)\b|"
    r"\bhow good it felt to (?:cut|burn|bleed)\b|"
    r"\b" + phrases(("craving", "crave", "craves"), ("pain", "the pain")) + r"\b|"
    r"\bmiss (?:the feeling of |the rush of )?(?:cutting(?! (?:hair|\w+'s hair))|self harm|self-harm|"
    r"hurting myself|burning myself)\b",
    roles="",
    # The match is the urge itself: coping after it ("... but i did the ice cube trick") lowers it.
    policy="managed:low",
    ex="the urge to cut is screaming at me tonight",
)
R(
    "self_harm.want_hurt",
    SH,
    "H",
    r"\b(?:want|wanna|need|going|gonna|about|will|'ll|planning)(?: to)? (?:{ADV})?(?:hurt|harm|cut|burn) {SELF}\b",
    ex="I want to hurt myself so bad right now",
)
R(
    "self_harm.will_cut",
    SH,
    "H",
    r"\b(?:{WILL}) (?:{ADV})?(?:cut|burn myself|start cutting|cut again)\b(?! (?:back|down|off|ties|it|the|my hair|class|out|in|corners|loose)\b)",
    ex="if my dad yells at me one more time I'm going to cut",
)
R(
    "self_harm.deserve",
    SH,
    "M",
    r"\bdeserve (?:to )?(?:bleed|pain|to hurt|to suffer|the pain|to be hurt|to be punished|punishment|the scars|to feel pain)\b|\b(?:don't|do not) deserve (?:to eat|food)\b",
    ex="I deserve to bleed for what I did",
)
R(
    "self_harm.starving",
    SH,
    "M",
    r"\b(?:haven't|have not|didn't|not|havent) eat(?:en)? (?:in|for) (?:\d+|a few|two|three|four|five|several|days)\b,? {GAP3}(?:on purpose|deserve|punish|because)|\b(?:starving|starve|starved) myself\b",
    ex="haven't eaten in 3 days on purpose",
)
R(
    "self_harm.marks",
    SH,
    "H",
    r"\b(?:my )?{BODY} (?:are|is|look|looks) (?:a mess|wrecked|covered(?=\s*[.!,]|$)|torn up|shredded|like a barcode|all cut up|cut up|bleeding|raw|ruined|destroyed)\b|\b(?:my )?{BODY} (?:are|is) (?:all )?covered (?:in|with) (?:fresh |new |more )?(?:cuts|scars|marks|blood|burns|scratches|scabs)\b|\bbarcode\b|\b(?:fresh|new) (?:cuts|scars|burns|wounds)\b{NOT_EVERYDAY_WOUND}",
    ex="my thighs look like a barcode again",
)
R(
    "self_harm.own_marks",
    SH,
    "H",
    r"\bthe (?:burns|cuts|marks|scratches) i (?:did|made|gave myself)\b(?! (?:in|into|to|for|on) (?:the|a|an)\b)",
    # The match names the speaker ("I did"), whoever the sentence is addressed to.
    policy="other_person:keep",
    ex="would the nurse have to report the burns i did today",
)
R(
    "self_harm.hiding",
    SH,
    "M",
    r"\bpicking (?:at )?(?:the|my) (?:cuts|scabs|wounds|scars)(?: open)?\b|\blong sleeves in (?:july|june|august|summer|the summer|this heat|90 degree|100 degree)\b",
    ex="wearing long sleeves in july again",
)
R(
    "self_harm.wall",
    SH,
    "H",
    r"\b(?:punched|punching|hit|hitting|banged|banging|slammed|slamming|smashed|smashing) (?:my (?:head|fist|fists|hand|hands) )?(?:on |into |against )?(?:the |a )?(?:brick )?(?:wall|walls|door|mirror|floor)\b,? {GAP6}(?:on purpose|until|till|to feel|so hard|bleed|bled|split|broke|numb|over and over|again and again|repeatedly)|\b(?:banging|banged|hitting|slamming) my head (?:on|against|into)\b",
    ex="been banging my head on the wall until it goes numb",
)
R(
    "self_harm.carve",
    SH,
    "H",
    r"\bcarv(?:ed|ing|e) (?:{GAP4})?into my (?:own )?{BODY}|"
    # ("old wounds" reopened is a figure of speech; old cuts, scars and "ones" are not)
    r"\b"
    + phrases(
        ("reopen", "reopened", "reopening"),
        ("the", "my", "some", "the old", "my old", "some old"),
        ("ones", "cuts", "scars", "marks"),
    )
    + r"\b",
    ex="carved his initials into my leg last night",
)
R(
    "self_harm.new_marks",
    SH,
    "M",
    # ("new ones" only where marks go: "fresh ones under the watch band", not "ordered new ones")
    r"\b(?:new|fresh) marks\b{NOT_EVERYDAY_WOUND}|\b(?:new|fresh) ones (?:on|under|along|across|up) (?:my|the) (?:{BODY}|ribs|watch ?band|sleeves?|bracelet)\b|\b(?:scars|cuts|burns)(?: that are| are)? (?:like |only |just )?(?:a week|a few days|\d+ days|two days|three days) old\b|\bcut (?:myself )?(?:again |today |tonight )?(?:so (?:that )?i could|just to|to) feel (?:something|anything|real|alive)\b",
    roles="today",
    ex="new ones on my ankle this time so mom wont see",
)
R(
    "self_harm.ended_up",
    SH,
    "H",
    # self-harm given in to ("came home to an empty apartment and ended up cutting")
    r"\b(?:ended up|wound up|found myself|caught myself|gave in and|caved and) (?:cutting|burning|"
    r"scratching|hitting myself|hurting myself|harming|self harming|self-harming|carving)\b",
    ex="came home and ended up cutting for the first time in months",
)
R(
    "self_harm.made_today",
    SH,
    "H",
    # a cut or burn the speaker made, dated now
    r"\b(?:cuts?|burns?|marks?) i (?:made|did|gave myself)(?: on myself)? (?:this morning|today|tonight|last night|"
    r"yesterday|earlier|an hour ago)\b",
    ex="how do i clean a cut i made last night so it doesn't get infected",
)
R(
    "self_harm.calling_me",
    SH,
    "M",
    # a blade that "calls": an urge
    r"\b(?:razor|razors|blade|blades|box ?cutter|knife|lighter|scissors)(?:'s| is| are| has been| have been| "
    r"keeps?| kept)? (?:been )?calling (?:my name|to me|me)\b",
    ex="the blade has been calling to me all week",
)
R(
    "self_harm.locked_in_with_blade",
    SH,
    "C",
    # someone (or the speaker) shut in a room with a blade ("my son locked himself in the
    # bathroom with a razor"): self-harm under way, unless the blade has an errand
    r"{SHUT_IN} "
    r"with (?:a |the |my |his |her |their |some )?(?:\w+'s )?"
    r"(?:razor|razors|blade|blades|knife|knives|box cutter)\b"
    r"{NO_ERRAND}",
    policy="other_person:keep",
    ex="my son locked himself in the bathroom with a razor",
)
