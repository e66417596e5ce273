"""Suicide rules, desire and intent: wanting to die or to be gone, passive wishes and
hopelessness (particular phrasings; plans, means and farewells are in ``suicide_plans``, the
general vocabulary-by-vocabulary rules in ``events``)."""

from bot.safety.rules.table import RuleTable, S, phrases

RULES = RuleTable()
R = RULES.add

R(
    "suicide.kill_self",
    S,
    "H",
    r"\b(?:{KILLV}|kil|k1ll|take out|end up killing|blow up) {SELF}\b(?! (?:laughing|at the gym|working|studying|trying|out there)\b)",
    roles="intent",
    policy=" joke:medium",
    ex="gonna kill myself tonight",
)
R(
    "suicide.not_wake",
    S,
    "H",
    r"\b(?:and|to|so i|so that i|i'll|i will|hopefully|and just|and then) (?:just )?(?:not|never|won't|don't) wake (?:up|back up)\b(?! (?:early|late|until|till|before|in time|on time|for)\b)",
    roles="intent",
    policy="joke:medium",
    ex="take all my pills and not wake up",
)
R(
    "suicide.make_it_stop",
    S,
    "M",
    r"\b(?:want|wanna|need|wish|just want) (?:it|everything|it all|all of it|the pain|this|life|things|the hurting) (?:to )?(?:stop|end|be over)\b(?:[ .,!]*(?:permanently|forever|for good|for real))?",
    roles="intent",
    policy="joke:drop",
    ex="I just want it all to stop. permanently.",
)
R(
    "suicide.make_the_noise_stop",
    S,
    "M",
    # the noise or the thoughts inside, wished gone: "i want the noise in my head to stop"; a
    # plain noise only when it is to stop for good ("i just want the noise to stop. forever")
    r"\b(?:want|wanna|need|wish|just want) (?:the noise in my head|the voices|the thoughts in my head) "
    r"to (?:stop|end)\b|"
    r"\b(?:want|wanna|need|wish|just want) the noise to stop\b[ .,!]*(?:permanently|forever|for good)\b",
    roles="intent",
    policy="joke:drop",
    ex="i just want the noise to stop. forever preferably",
)
R(
    "suicide.how_much_longer",
    S,
    "M",
    r"\b(?:idk|i don't know|don't know|dont know|not sure|no idea) how (?:much )?(?:longer|long) i (?:can|could|will|'ll|am going to|can keep) (?:keep |go on |hold on|hang on|last|do this|take (?:it|this)|keep going|keep living|live|survive|stay)\b",
    roles="intent",
    ex="idk how much longer i can keep living like this",
)
R(
    "suicide.nerve",
    S,
    "L",
    r"\b(?:find|get|work up|have|need|build up|getting) the (?:nerve|courage|guts|balls)\b(?! to (?:ask|talk|tell|say|call|go|apply|speak|share))",
    roles="intent",
    ex="I just need to find the nerve",
)
R(
    "suicide.still_alive",
    S,
    "M",
    r"\b(?:disappointed|upset|sad|angry|pissed|mad|annoyed) (?:that )?i(?:'m| am)? (?:still )?(?:alive|here|breathing|woke up)\b|\bwake up (?:disappointed|wishing i hadn't|upset that i did)\b",
    roles="intent",
    ex="every day i wake up disappointed i'm still alive",
)
R(
    "suicide.think_death",
    S,
    "M",
    r"\b(?:think|thinking|thought|thoughts|obsessing|fantasizing|dreaming|daydreaming) (?:about|of) (?:dying|death|being dead|not being here|not existing|not waking up|my death|my funeral)\b(?!,? {GAP8}(?:since|after) (?:my|our|his|her) \w+ (?:passed|died))",
    roles="intent",
    ex="i think about dying constantly",
)
R(
    "suicide.worthless",
    S,
    "M",
    r"\b(?:i'm|i am|i feel like|im) (?:such |just |a total |a complete )?(?:a )?(?:waste of (?:space|air|oxygen|skin|a life)|worthless piece of)\b",
    roles="intent",
    ex="I'm a waste of space and everyone knows it",
)
R(
    "suicide.kms",
    S,
    "H",
    r"\b(?:kms|kmsl)\b",
    roles="intent",
    policy="joke:drop idiom:drop",
    ex="honestly kms",
)
R(
    "suicide.other_says",
    S,
    "H",
    r"\b(?:going to|gonna|about to|will|'ll|wants to|want to|trying to|threatening to|threatened to|talking about|talks about) (?:{KILLV}) (?:himself|herself|themselves|themself)\b|\b(?:he|she|they)(?:'ll| will|'s going to|'s gonna| is going to| is gonna|'re going to| are going to) jump\b(?! (?:the|that|a|an|him|her|them|someone|somebody|my|his|their|rope|ship|at|to conclusions|on|in(?! front)|into (?:the|a) (?:pool|lake|water|car|conversation)|up|over|around|high|higher|for joy|back)\b)|\b(?:says|said|saying|texted|keeps saying) (?:he|she|they)(?:'ll| will|'s going to|'s gonna| is going to| are going to| wants to) (?:jump|end it|do it)\b(?! (?:the|that|a|an|him|her|them|someone|somebody|my|his|their|rope|ship|at|to conclusions|on|in(?! front)|into (?:the|a) (?:pool|lake|water|car|conversation)|up|over|around|high|higher|for joy|back)\b)|\bnot coming out (?:of there )?alive\b",
    # someone else's words: a worry (low) unless it is happening now (engine.py)
    roles="intent",
    ex="my partner locked the garage and says he's going to hang himself",
)
R(
    "suicide.end_life",
    S,
    "H",
    r"\b(?:end|ending|take|taking) (?:my (?:own )?life|my own|it all|everything|this life|my existence|my suffering(?: for good| permanently)?|it for good|things for good|things permanently|it permanently)\b|\b(?:end|ending) it\b(?! (?:with|between|off|there|here|now and|early|on a|at|for the day|for tonight|tonight with)\b)",
    roles="intent",
    policy="",
    ex="i just want to end it. all of it.",
)
R(
    "suicide.unalive",
    S,
    "H",
    r"\bunaliv\w*\b(?! (?:the|a|an|every|all) (?!(?:my)?self\b)\w+)|\bself[- ]?delet\w*|\bdelete myself|\bsewer ?slide|\bsui ?slide\b|\bsuey\b",
    roles="intent",
    policy="joke:medium",
    ex="gonna unalive myself",
)
R(
    "suicide.suicidal",
    S,
    "H",
    r"\bsuicidal\b(?! (?:friend|friends|person|people|patient|patients|teen|teens|youth|client|clients|family member|loved one|callers?)\b)|"
    r"\bsuicide (?:thoughts?|ideation|urges?|feelings?)\b",
    roles="intent",
    ex="i've been feeling suicidal",
)
R(
    "suicide.thinking",
    S,
    "H",
    r"\b(?:think|thinking|thought|thoughts|considering|consider|contemplating|contemplate|planning|plan|planned|plans|googling|googled|researching|researched|looking|looked|searching|searched|obsessing|fantasizing|dreaming|daydreaming|ideas?|urges?|want|wanting|tempted|commit|committing|committed|ideation) (?:about |of |up |on |to |for |into )?(?:{GAP2})?(?:suicide|killing myself|ending my life|ending it all|ending it|ending things|taking my (?:own )?life|unaliving|how to die|ways to die|how to kill myself|ways to kill myself|dying by suicide)\b",
    roles="intent",
    ex="been thinking about sucide every day this week",
)
R(
    "suicide.is_all",
    S,
    "H",
    r"\bsuicide (?:is all|is the only|keeps|kept|crossed|is on my mind|has been on my mind|is looking|looks|sounds|seems|feels like|is sounding|is starting to|is calling|would be|is my only|is the answer|is the way|is tempting)",
    roles="intent",
    ex="s u i c i d e is all i think about lately",
)
R(
    "suicide.ways",
    S,
    "H",
    r"\b(?:picturing|imagining|planning|thinking (?:about|of)|researching|figuring out|working out|deciding|picking|choosing) (?:{GAP2})?(?:ways|how|the best way|the easiest way|the way) (?:to|i'd|i would|i'll|i will) (?:do it|die|end it|end things|end my life|end everything|kill myself|go|go out)\b(?! (?:to|for|with|and|out|on|in|at|back|home|shopping|tonight|later|there|here|get|see|visit|into|through|eat|dancing|drinking)\b)|\bways to do it\b",
    roles="intent",
    ex="i keep picturing ways to do it",
)
R(
    "suicide.want_die",
    S,
    "H",
    r"\b(?:want|wanna|wanted|wants|wish|wishing|ready|deserve|need|needs|hope|hoping|pray|praying|rather|prefer|would rather|just want|want so badly|longing|long|like) (?:to )?(?:{ADV})?(?:die|be dead|not exist|stop existing|not be alive|not be here anymore|never wake up|not wake up|go to sleep and (?:not|never) wake up|fall asleep and (?:not|never) wake up|(?:go to )?sleep forever|be gone for good|cease to exist|stop living|stop breathing)\b",
    roles="intent",
    policy="joke:medium",
    ex="i want to dieeeee so badddd",
)
R(
    "suicide.wish_had_died",
    S,
    "M",
    # a wish held now about a past event ("lowkey wish i'd died when i od'd in 2019"): the
    # date belongs to the event, not to the wish
    r"(?<!used to )(?<!would )\b(?:i |i still |still |lowkey |honestly |sometimes i |i kinda |i just )?"
    r"(?:wish|wishing) (?:that )?(?:i'd|i had) (?:just )?died\b",
    roles="intent",
    policy="past:keep",
    ex="i still wish i'd died in that wreck in 2015",
)
R(
    "suicide.wish_dead",
    S,
    "H",
    r"\bwish(?:ing|ed)? (?:that )?(?:i'd|i had) (?:just )?died\b|\bwish (?:that )?(?:i|i'd) (?:was|were|could be|'d be|would be|had) (?:dead|gone|never born)|\bwish (?:that )?i (?:had )?(?:never been born|didn't exist|did not exist|never existed|died|had died|wasn't alive|was never born)|\bwish (?:that )?(?:i|i'd) (?:had )?never woken up\b|\bwish (?:that )?(?:i'd|i had|i) (?:never|not) (?:been born|existed|come into (?:this|the) world|woken up)\b",
    roles="intent",
    policy="",
    ex="i wish i was dead",
)
R(
    "suicide.not_alive",
    S,
    "H",
    r"\b(?:don't|do not|dont|no longer|never) (?:really )?(?:want|wanna|wish|feel like) (?:to )?(?:be alive|live|exist|be here anymore|be here at all|be around anymore|keep living|go on living|continue living|be on this earth|be in this world|wake up|keep going|go on)\b|\b(?:done|finished|over) (?:with )?(?:being alive|living|existing|life|this life|breathing)\b",
    roles="intent",
    policy="",
    ex="i don't want to be alive anymore",
)
R(
    "suicide.tired_of_living",
    S,
    "M",
    r"\b(?:tired|sick|exhausted) of (?:being alive|living|existing|life|being here|being a person|being (?:a )?human|waking up|breathing|being me|this life|fighting|feeling like this|living like this|fighting every day)\b(?! on (?:coffee|caffeine|energy drinks|\d+ hours|four hours|no sleep))",
    roles="intent",
    policy="joke:drop",
    ex="i'm so tired of fighting",
)
R(
    "suicide.hopeless",
    S,
    "M",
    r"\b(?:don't|do not|can't|cannot) see (?:this|it|things|anything|my life|life) (?:ever )?(?:getting|gonna get|going to get) (?:any )?better\b|"
    r"\bwhat'?s (?:even |the )?(?:even )?(?:the )?point(?= *(?:[.?!,]|$| anymore| of (?:living|life|going on|trying|anything|any of|being|getting up|it all|even trying|staying|me|waking up|recovery|sobriety|this)))|\bno point (?:in |to )?(?:living|going on|trying|anymore|being alive|being here|getting up|waking up|to any of|in any of)|\bnothing (?:is )?(?:ever )?(?:going to|gonna|will ever|will|ever) (?:change|get better|be different|be okay|be ok)|\b(?:it|life|things)(?:'s| is)? (?:never|not ever) (?:gets?|going to get|gonna get) (?:any )?better|\bit (?:never gets|will never get|won't ever get|isn't going to get|is never going to get) better|\bnever (?:gets|going to get|gonna get) better|\b(?:no|any|see no|can't see any|don't see any|can't find any|don't have any|not a single|one) (?:good |real )?reasons? (?:for me )?(?:left )?to (?:live|keep going|go on|stay alive|stay|be here|keep trying|get up|keep living|be alive|wake up)|\bnothing (?:left )?to live for|\b(?:i'?m |feel |feeling |so |completely |totally )hopeless\b(?! (?:at|with|when it comes to|romantic|in the kitchen)\b)|\b(?:give|giving|gave) up on (?:life|living|everything|myself)\b|\bcan'?t (?:do|take) (?:this|it|life) (?:anymore|any more|much longer|for much longer)|\bcan'?t go on\b|\bcan'?t keep (?:going|living|doing this|waking up like this)|\bno way out\b|\bthere'?s no (?:hope|future|way out|point)|\b(?:no|zero) hope left\b|\bno future for me",
    roles="intent",
    policy="joke:drop",
    ex="nothing is ever going to change. what's even the point",
)
R(
    "suicide.burden",
    S,
    "M",
    r"\b(?:everyone|everybody|they|you (?:all|guys)|my (?:family|kids|wife|husband|parents|mom|dad|children|friends|son|daughter|partner)|the world|people|y'all|yall|we|she|he|them)(?: (?:would|will|'d|'ll|could)|'d|'ll) (?:all )?(?:be|have|do|live) (?:a |so much |much |a lot |all |way |far )?(?:better|happier|fine|ok|okay|relieved|easier|freer|free|safer|lighter|calmer|more happy|at peace)(?: off)?(?: (?:a |an )?(?:\w+ )?(?:life|lives|time))? (?:without(?! me (?:at|on|during|tonight|today|tomorrow|this|next|while|for (?!good\b|ever\b|always\b))\b)|if i (?:was|were|wasn't|weren't|was gone|died|disappeared))\b|\bbetter off (?:without me|if i (?:was|were|wasn't|weren't) (?:here|around|dead|gone|alive)|dead|gone|if i died|if i disappeared)|\b(?:a |such a |just a |being a |i'm a |am a )burden (?:to|on) (?:everyone|everybody|my \w+|you|them|the people|all of you|my family)|\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me) if i\b|\b(?:nobody|no one|noone) (?:would|will|'d|'ll) (?:even |really |actually |ever )?miss me(?: (?:much|at all|anyway|really|honestly|tbh|ngl))?(?= *(?:[.!?,;]|$|anyway\b|tbh\b|honestly\b))|\bwouldn't (?:even )?(?:notice|care|miss me) if i (?:was|were|died|disappeared|was gone|wasn't here)|\b(?:have|had|live) a better life without me|\bworld (?:would be|is) better (?:off )?without me\b|\bwithout me (?:dragging|holding|weighing|ruining)",
    roles="intent",
    policy="other_person:keep",
    ex="everyone would be better off without me",
)
R(
    "suicide.no_reason",
    S,
    "H",
    r"\b(?:no|any|see no|can't see any|don't see any|can't find any|don't have any|not a single|one) (?:good |real )?reasons? (?:for me )?(?:left )?to (?:live|stay alive|be alive|keep living|keep breathing)\b",
    roles="intent",
    ex="can't see any reason to stay alive anymore",
)
R(
    "suicide.catch_bus",
    S,
    "L",
    r"\b(?:finally )?(?:gonna |going to )?catch(?:ing)? the (?:bus|last bus|l)\b(?= (?:tonight|finally|soon|for good)|\s*[.!]|$)",
    roles="intent",
    ex="think i'm finally gonna catch the bus tonight",
)
R(
    "suicide.done",
    S,
    "L",
    r"\bi'?m (?:so |just |fucking |completely |totally )?done(?: with (?:everything|it all|all of it|this world|this life|life))?\s*(?:[.!]|$)",
    roles="intent",
    ex="decided it's going to be tonight after my wife falls asleep. I'm done",
)
R(
    "suicide.thinking_it",
    S,
    "L",
    r"\b(?:been |keep |can't stop |always )?(?:thinking|thought) about (?:it|doing it|that) (?:every|all|each) (?:night|day|morning|the time)\b",
    roles="intent",
    ex="been thinking about it every night",
)
R(
    "suicide.attempt",
    S,
    "H",
    r"\b(?:tried|try|trying|attempted|attempting) (?:to )?(?:kill|end|off|hang|unalive|od|overdose|drown|take) (?:myself|my life|my own life)\b|\b(?:attempted|attempt(?:ed)?) suicide\b|\b(?:tried|attempted) to (?:overdose|od|kill myself|end it|end my life|hang myself|drown myself|jump)\b|\bmy (?:suicide )?attempt (?:last night|today|yesterday|this week)\b",
    roles="intent",
    policy="",
    ex="tried to kill myself last night",
)
# Wanting to be gone ("... for good"), but not for a while or from an app. Laughing drops a
# wish to disappear, often a wish to hide ("i want to disappear lol, so embarrassing"); a wish
# to stop existing is no hiding place, and laughing leaves it an alert.
_WANT_GONE = r"\b(?:want|wish|wanna|wish i could|want to just|wishing i could|i'd love to|i would love to|i'd like to) (?:to )?(?:{ADV})?"
_GONE_FOR_GOOD = r"(?: (?:forever|permanently|for good|for real|completely|from this earth))?\b(?! for (?:a|the) (?:week|weekend|day|few|while|bit|month)(?![^!?\n]{0,16}(?:for good|forever|permanently))| from (?:social media|the internet|instagram|facebook|twitter|tiktok|discord|the group ?chat|work)| (?:on|to) (?:a|an) (?:beach|island|cabin|vacation|holiday)| (?:on|to) vacation)"
R(
    "suicide.disappear",
    S,
    "M",
    _WANT_GONE + r"(?:disappear|vanish|fade away)" + _GONE_FOR_GOOD,
    roles="intent",
    policy="joke:drop",
    ex="wish I could just disappear permanently",
)
R(
    "suicide.not_exist",
    S,
    "M",
    _WANT_GONE + r"(?:stop existing|not exist|cease to exist)" + _GONE_FOR_GOOD,
    roles="intent",
    ex="haha honestly i'd like to just stop existing",
)
R(
    "suicide.passive_hope",
    S,
    "M",
    r"\b(?:hope|hoping|hopes|wish|wishing|pray|praying|part of me (?:hopes|wants|wishes)|"
    # (spelled out, so that "mind" or "care" alone gates nothing)
    + phrases(
        ("wouldn't", "would not", "wouldnt", "wouldn't really", "wouldn't even"),
        ("mind if", "care if", "be sad if", "be upset if", "be mad if"),
    )
    + r")\b {NGAP}(?:plane (?:goes down|crashes|crash)|(?:get|got|getting) (?:into|in) a (?:car )?(?:accident|crash|wreck)|car (?:accident|crash)|(?:i|i'll) crash|get hit by|gets hit by|hit by a (?:car|bus|truck|train)|die in my sleep|not wake up|don't wake up|never wake up|wake up dead|(?:i|i'll) die\b|i'd die|(?:i|to) get killed|a heart attack takes me|something (?:kills|takes) me|(?:car|truck|bus|train|deer|semi|lorry|drunk driver|something|someone) (?:\w+ )?(?:hits me|runs me over|runs out in front of me|takes me out)\b|(?:i|i'll|i'd) (?:crash|wreck|spin out|go off the road)\b|"
    r"(?:car|truck|bus|train|semi|lorry|drunk driver)\b[^.!?\n]{0,40}?\b"
    + phrases(("hit", "took", "ran", "runs", "run"), ("me out", "me over", "me down"))
    + r"\b)",
    roles="intent",
    ex="I keep hoping I'll get into a car accident on the way to work",
)
R(
    "suicide.deserve",
    S,
    "M",
    r"\b(?:don't|do not) deserve to (?:live|be alive|be here|exist)\b|\bdeserve to (?:die|be dead|not exist)\b",
    roles="intent",
    ex="I don't deserve to live",
)
R(
    "suicide.decided_not_how",
    S,
    "H",
    r"\b(?:already )?decided\W+(?:[\w']+ ){0,3}(?:haven't|havent|have not|not yet|still need to|just need to) (?:figured|figure|worked|work) out how\b(?!\s+to)",
    roles="intent",
    ex="part of me has already decided. just havent figured out how",
)
R(
    "suicide.saves_me_the_trouble",
    S,
    "M",
    # something deadly welcomed because it would spare the speaker doing it
    r"\b(?:saves?|saving|save) me the (?:trouble|effort|bother)\b(?! of)",
    roles="intent",
    ex="doctor says the drinking will kill my liver. good, saves me the trouble",
)
R(
    "suicide.not_be_here",
    S,
    "M",
    # not wanting to be here, said bare ("i just don't want to be here. does that make sense"):
    # with "anymore" or "at all" it is suicide.not_alive
    r"\b(?:don't|do not|dont) (?:really |even )?want to be here(?=\s*(?:[.!?]|$)| does that| is that| if that| either)",
    roles="intent",
    ex="i don't want to die exactly, i just don't want to be here. does that make sense",
)
R(
    "suicide.taken_in_sleep",
    S,
    "M",
    # wishing to be taken in one's sleep or to not wake, or envying those who die asleep (each
    # alternative names its own rare words, so "hope" or "wish" alone gates nothing)
    r"\b(?:god|the lord|death) (?:takes?|will take|would take|comes? for) me (?:in my sleep|in sleep|before "
    r"(?:morning|i wake up))\b|\b"
    + phrases(
        ("wish", "wishing", "hope", "hoping", "pray", "praying"),
        ("i", "i just"),
        ("wouldn't", "would not", "wouldnt", "won't", "wont", "didn't", "didnt"),
        ("wake up",),
    )
    + r"\b|"
    r"\b(?:jealous of|envy|envious of) (?:people|those|anyone|everyone|the ones) who (?:get to )?(?:die|pass) "
    r"in their sleep\b|"
    # envying the dead: "honestly jealous of the guys who didn't come home"
    r"\b(?:jealous of|envy|envious of) (?:the )?(?:guys|ones|people|men|women|friends|brothers) who "
    + phrases(
        ("didn't", "did not", "never"), ("come", "make it", "came", "made it"), ("home", "back")
    )
    + r"\b",
    roles="intent",
    ex="praying god takes me in my sleep tonight honestly",
)
R(
    "suicide.finish_the_job",
    S,
    "H",
    # finishing what something else started on the speaker
    r"\bfinish(?:ing)? (?:the job|what (?:he|she|they|it|the \w+) started) (?:myself|on myself)\b",
    roles="intent",
    ex="been thinking about finishing the job myself",
)
R(
    "suicide.sorry_to_wake",
    S,
    "M",
    # sorry to wake up, or hoping the heart gives out in the night
    r"\b"
    + phrases(
        ("sad", "disappointed", "upset", "angry", "pissed", "annoyed"),
        ("that i", "i"),
        ("wake up", "woke up", "still wake up"),
    )
    + r"\b(?! (?:late|early|at|in time|on time|with|to|feeling|in a|on the)\b)|\b"
    + phrases(
        ("hoping", "hope", "praying", "wishing"),
        ("my heart",),
        ("gives out", "just gives out", "stops", "just stops", "finally gives out"),
    )
    + r"\b",
    roles="intent",
    ex="every morning i'm disappointed i woke up",
)
R(
    "suicide.relayed_intent",
    S,
    "H",
    # someone's own words of intent, passed on as they arrive ("my friend just texted me 'i'm
    # going to kill myself tonight'"): the quote marks are theirs, not a story or a lyric
    r"\b(?:just|literally just|keeps|kept|is|has been|been) (?:texted|texting|messaged|messaging|dmed|dm'd|snapped|"
    r"posted|posting|called|calling|said|saying|told me|telling me|wrote|sent|sending)(?: me| us| the group| in the group chat)?"
    r"(?: that)?[:,]? ['\"]?(?:{GAP3})?(?:i'm|im|i am|i'll|ill|i will|i wanna|i want to|i need to|i'm gonna|im gonna|i'm going to|im going to) "
    r"(?:{ADV})?(?:going to |gonna |about to |)(?:kill myself|end it|end it all|end my life|take all (?:my|the) pills|"
    r"not be here (?:tomorrow|anymore)|die|be dead)\b",
    roles="intent",
    policy="quoted:keep other_person:keep",
    ex="my friend just texted me 'i'm going to kill myself tonight'",
)
R(
    "suicide.only_way",
    S,
    "H",
    # death as the only solution left ("i think only solution is to end me")
    r"\b"
    + phrases(
        ("only", "last", "best"),
        ("solution", "answer", "way out", "option", "choice", "exit", "fix"),
        ("is", "would be", "i see is", "left is"),
    )
    + r" (?:to )?(?:end (?:me|it|it all|my life|myself|everything)|die|kill myself|unalive myself|"
    r"go to sleep forever)\b",
    roles="intent",
    ex="my visa is rejected and i think only solution is to end me",
)
R(
    "suicide.own_terms",
    S,
    "H",
    # leaving life on the speaker's own terms ("more than enough to check out on my own terms")
    r"\b(?:check(?:ing)? out|die|dying|end (?:it|things)|ending (?:it|things)|bow(?:ing)? out|exit|go) on my own "
    r"terms\b",
    roles="intent",
    ex="the pharmacist gave me a 90 day supply, more than enough to check out on my own terms",
)
R(
    "suicide.be_with_the_dead",
    S,
    "M",
    # wanting to join someone who has died ("i just want to be with you wherever you are",
    # "ready to go home to the Lord early")
    r"\b(?:want|wanna|ready|wish i could|long|need) to (?:go )?be with (?:you|him|her) wherever (?:you|he|she) "
    r"(?:are|is)\b|"
    r"\b(?:want|wanna|ready|wish i could|long|need) to (?:go )?be with (?:my )?(?:late )?"
    + phrases(
        (
            "husband",
            "wife",
            "son",
            "daughter",
            "mother",
            "father",
            "mom",
            "mum",
            "dad",
            "boy",
            "girl",
        ),
        ("again", "in heaven", "up there"),
    )
    + r"\b|"
    r"\b(?:go|going|went) home to (?:the lord|god|jesus|heaven) (?:early|now|soon|tonight|sooner)\b|"
    r"\b(?:want|wanna|ready|wish i could) to go home to (?:the lord|god|jesus)\b",
    roles="intent",
    ex="alfie i miss you so much i just want to be with you wherever you are",
)
R(
    "suicide.hope_bad_news",
    S,
    "M",
    # hoping a test brings a fatal finding ("i hope the scan shows something bad tbh")
    r"\b(?:hope|hoping|praying) (?:the |my )?(?:scan|test|tests|biopsy|results?|mri|ct|bloodwork) "
    r"(?:shows?|comes? back|finds?|says) (?:as )?"
    # (the finding spelled out, so that "hope" alone gates nothing)
    r"(?:something bad|something serious|something terminal|something fatal|it's cancer|its cancer|"
    r"it is cancer|it's terminal|terminal|malignant|cancer)\b",
    roles="intent",
    ex="i hope the scan shows something bad tbh. then i could stop pretending",
)
R(
    "suicide.sleep_forever_appeal",
    S,
    "M",
    # endless sleep spoken of as appealing ("falling asleep forever sounds nice ngl")
    r"\b"
    + phrases(
        ("falling asleep", "sleeping", "going to sleep", "to sleep", "sleep", "nap", "napping"),
        ("forever", "for good", "and never waking up"),
    )
    + r" (?:sounds|seems|feels|would be|looks) (?:so |really |kind of |pretty )?(?:nice|good|great|"
    r"peaceful|amazing|perfect|tempting|lovely|appealing)\b",
    roles="intent",
    ex="falling asleep forever sounds nice ngl",
)
R(
    "suicide.done_and_means_emoji",
    S,
    "H",
    # "done" followed by nothing but a gun or rope emoji (spelled out by the normaliser): "i'm
    # done 🔫", "can't anymore 🪢". Only at the end of the message and right after the words.
    # (The normaliser spells "cant" and "im" out.)
    r"\b(?:(?:i'm|i am|so|i'm so|just|totally) (?:done|over it|finished)|i give up|"
    r"can't do this anymore|can't anymore)"
    r"[.!,]? (?:gun|rope)(?: (?:gun|rope))* ?$",
    roles="intent",
    ex="i'm done 🔫",
)
