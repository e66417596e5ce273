"""The word classes the event rules combine, as pattern macros (``{DESIRE}``, ``{DEATH}`` ...).

Every class is a plain alternation, so the patterns built from them stay linear.
"""

from __future__ import annotations

from bot.safety.patterns import MACROS, phrases

EVENT_VOCAB = {
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
    # a streak told, then broken in two words, after the act and its negation (``HAVE_NOT``):
    # "i haven't cut in months but last night i did"; an emphatic "i did think" is no break
    "STREAK_BROKEN": (
        r"(?:[\w']+ ){0,4}?(?:in|for) (?:[\w']+ )?(?:days?|weeks?|months?|years?|a while|ages|"
        r"a long time)\b,? but (?:[\w']+ ){0,3}?i did(?=[.!,]|$| (?:it|again|last|yesterday|today|"
        r"tonight|this|on|at|after|and|anyway|though)\b)"
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
        r"(?:wasn't|weren't|wasnt|werent) here)|i'm gone|im gone|i am gone|me gone|"
        # told in a second language: "better if me not here"
        + phrases(("me not", "me no"), ("here", "alive", "around", "exist", "existing"))
        + ")"
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
        r"insulin|paracetamol|tylenol|acetaminophen)"
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
    # where, while or with what a use happens, or a bare "now": said of a use, these place it now
    # ("drinking in the car b4 school pickup", "drinking while the baby naps", "using now."), but
    # not of the other ways to say so ("the AC went out in the truck", "went out at lunch")
    "WHERE": (
        r"(?:(?:before|b4) (?:school|pickup|school pickup|noon)|at (?:work|school|lunch)|"
        r"in (?:the|my) (?:car|truck|van|garage|bathroom|basement|shed|parking lot|car park)|"
        r"while (?:the|my) (?:baby|kids?|husband|wife|partner) (?:naps?|sleeps?|is (?:asleep|napping|out)|"
        r"are (?:asleep|out))|with (?:breakfast|lunch|dinner|my coffee)|now(?=\s*(?:[.!,]|$)))"
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
    "STREET": (
        r"(?:heroin|dope|fent|fentanyl|fetty|meth|crystal|tina|ghb|ket|crack|cocaine|percs?|"
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

# The families below were written from groups of missed phrasings, each as a broad event (a
# vocabulary per slot) rather than the sentence that showed the gap.
FAMILY_VOCAB = {
    # high places and places by water where people go to die
    "HEIGHT": (
        r"(?:bridge|overpass|flyover|viaduct|roof|rooftop|ledge|edge|cliff|cliffs|cliff edge|"
        r"parking garage|parking deck|parking structure|car park|multi-storey|multi storey|top floor|tower|balcony|railing|"
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
        r"pole|lamppost|pillar|bridge pillar|abutment|embankment|ditch|oncoming (?:traffic|\w+)|"
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
        r"end|break|smash|snap) (?:me|us|my (?:\w+ )?(?:arm|arms|legs?|neck|jaw|face|nose|ribs|"
        r"fingers|hand|hands|head|kids?|children|son|daughter|dog|cat|mum|mom))|"
        r"(?:put|send) me (?:in|to) (?:the )?(?:hospital|ground|grave|a&e|er)|"
        r"(?:make|making) me (?:pay|regret it|suffer|bleed)|"
        r"(?:take|taking) (?:the|my|our) (?:kids|baby|children|son|daughter) (?:away|off me|from me)|"
        r"(?:kick|throw|chuck) me out"
    ),
    # harm verbs aimed at the listener, as an abuser's own quoted words ("i'll break your arm")
    "HARMYOU": (
        r"(?:kill|murder|hurt|beat|break|smash|snap|stab|shoot|strangle|choke|end|bury|burn) "
        r"(?:you|your (?:\w+ )?(?:arm|arms|legs?|neck|jaw|face|nose|ribs|fingers|hands?|head|teeth|life))|"
        r"make sure you (?:never|don't|dont|can't|cant|won't|wont|regret)|"
        r"(?:knock|kick|bash|smash) your (?:teeth|head|face) (?:in|out)|"
        r"put you (?:in|to) (?:the )?(?:hospital|ground|grave|er|a&e)|take (?:the|your) (?:kids|baby|children) "
        r"(?:away|off you|from you)"
    ),
    # who follows or finds a speaker who left: a former partner, an abuser, an unnamed "he"
    "STALKER": (
        r"(?:\b(?:he|she|they|someone)|\b(?:my|her|his) (?:ex|ex-\w+|abuser|stalker|baby daddy|baby mama|"
        r"(?:ex )?(?:boyfriend|girlfriend|bf|gf|husband|wife|partner)))"
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
        r"see (?:my|any) (?:\w+ )?(?:family|friends|mum|mom|kids|parents|sister|brother|doctor)|"
        r"see anyone|talk to anyone|call anyone|have (?:my|a) phone|use (?:my|the) phone|"
        r"have money|have my (?:meds|money|keys|phone)|work|shower|get help|out of (?:the|my) "
        r"(?:house|room|sight|flat))"
    ),
    # injuries an adult can see on someone else
    "INJURIES": (
        r"(?:marks|bruises|bruising|welts|(?:a )?black eyes?|burns|cuts|scratches|"
        r"handprints?|fingermarks|bite marks|injuries|a split lip|a fat lip)"
    ),
    # a partner or relative named without "my" ("bf said ...", "abusive bf won't ...")
    "KIN": (
        r"(?:(?:^|(?<=[.!?,] ))(?:\w+ )?(?:boyfriend|girlfriend|husband|hubby|wife|partner|ex|mum|mom|"
        r"mam|dad|stepdad|stepmum|stepmom|uncle|nan|gran|grandad|grandpa)|{PERPX})"
    ),
    # words for a self-harm relapse object ("slipped with the sh")
    "SHNOUN": r"(?:self harm|self-harm|selfharm|cutting|the blades?|burning|scratching|hurting myself)",
}


# The negations that open a streak (see ``STREAK_BROKEN``), for ``patterns.phrases``.
HAVE_NOT = ("haven't", "havent", "have not", "hadn't", "hadnt", "had not")


def install() -> None:
    """Add the word classes to the shared macros (after ``rules.table`` has defined its own)."""
    MACROS.update(EVENT_VOCAB)
    MACROS.update(FAMILY_VOCAB)
