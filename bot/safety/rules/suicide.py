"""Suicide rules: desire, intent, plans, means, farewells and attempts (particular phrasings;
the general vocabulary-by-vocabulary ones are in ``events``)."""

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
    "suicide.od_intent",
    S,
    "H",
    r"\b(?:{WILL}) (?:{ADV})?(?:take|swallow|down|od on|overdose on|eat|wash down|inject|chug) (?:all|every one|every last one|the whole|a whole|the rest|enough|a bunch|a handful|all the) (?:of )?(?:my |the |her |his |these |those )?(?:[\w']+ )?(?:pills|meds|medication|tablets|bottle|sleeping pills|insulin|xanax|bars|percs|oxys?|pens|syringes)\b|"
    # "... and tonight I take them all": the pills were named before
    r"\b(?:{WILL}|i|i'll|and|night i|then) (?:{ADV})?(?:take|swallow|down|inject) (?:them all|all of them|every last one of them|every single one)\b(?! (?:to|with|out|home|back|for|along|in|on|camping|fishing|shopping)\b)",
    roles="intent means",
    ex="i'm going to take all my pills tonight and not wake up",
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
    "suicide.for_after",
    S,
    "M",
    r"\bfor (?:after|when) i'?m gone\b|\bafter i'?m gone\b|\bwhen i'?m gone\b|\bfor after\s*(?:[.!]|$)",
    roles="farewell",
    policy="other_person:keep",
    ex="they're in my desk drawer for after",
)
R(
    "suicide.letters",
    S,
    "L",
    r"\b(?:wrote|writing|written|finished) (?:goodbye )?letters? (?:to|for) (?:my|each of my|all my|everyone|every)\b",
    roles="plan",
    ex="I wrote letters to my mom and my sister",
)
R(
    "suicide.sorry_alone",
    S,
    "L",
    r"(?:^|(?<=[.!?\n]) ?)(?:i'?m |i am )?(?:so |really |truly )?sorry(?: for everything| to everyone)?\s*(?:[.!]+|$)",
    roles="farewell",
    ex="I'm standing on the roof of my building. I'm sorry",
)
R(
    "suicide.on_ledge",
    S,
    "M",
    r"\b(?:i'm|i am|currently|been) (?:standing|sitting|up|perched|waiting) on (?:the |a |this |my )?(?:roof|rooftop|ledge|edge|bridge|overpass|railing|tracks|train tracks|balcony railing|cliff)\b",
    roles="means",
    ex="I'm standing on the roof of my building",
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
    "suicide.not_a_problem",
    S,
    "H",
    r"\b(?:won't|will not|wont) be (?:a |your |their |anyone's |everyone's |y'all's )?(?:problem|burden|bother) (?:much longer|soon|anymore|for long|after (?:tonight|today))\b|\b(?:soon|shortly) i (?:won't|will not|wont) be (?:here|around|your problem|their problem|anyone's problem|a problem|a burden)\b",
    roles="farewell intent",
    policy="other_person:keep",
    ex="soon I won't be their problem",
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
    "suicide.plan_is",
    S,
    "L",
    r"\bmy plan is (?:to|that|simple)\b|\bi(?:'ve| have) (?:a|my) plan (?:now|ready|for (?:tonight|it|how))\b",
    roles="plan",
    ex="my plan is to drive into the lake after work",
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
    r"\bunaliv\w*|\bself[- ]?delet\w*|\bdelete myself|\bsewer ?slide|\bsui ?slide\b|\bsuey\b",
    roles="intent",
    policy="joke:medium",
    ex="gonna unalive myself",
)
R(
    "suicide.suicidal",
    S,
    "H",
    r"\bsuicidal\b(?! (?:friend|friends|person|people|patient|patients|teen|teens|youth|client|clients|family member|loved one|callers?)\b)",
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
    "suicide.my_suicide",
    S,
    "H",
    r"\b(?:my (?:own )?|a )suicide (?:note|letter|plan|date|attempt|method)s?\b|\bfor my suicide\b|\bmy suicide\b",
    roles="plan",
    ex="planning my suicide",
)
R(
    "suicide.method_search",
    S,
    "H",
    r"\b(?:googl\w*|search\w*|look\w* up|research\w*|read\w* (?:up )?about|typed) (?:{GAP3})?(?:how (?:many|much) (?:{GAP4})?(?:it )?(?:would|will|does|to) (?:take|kill|be lethal|be fatal|be enough)|lethal dose|fatal dose|overdose amount|painless (?:ways?|methods?)|ways to (?:die|kill myself|end it)|how to (?:die|kill myself|end it|hang|tie a noose|overdose|od)|suicide methods?|methods? (?:of|for) suicide|how long it takes to die)|\bsuicide methods?\b|\b(?:lethal|fatal) dose of\b|\bhow (?:many|much) (?:{GAP4})?(?:pills|tablets|of my \w+|of them|\w+ pills|tylenol|insulin) (?:{GAP2})?(?:(?:would|will|does|do) (?:it )?(?:take|kill|be lethal|be enough)|it (?:takes|would take|'d take)|to (?:die|kill|od)|(?:is|are) (?:lethal|fatal|enough))",
    roles="intent plan",
    ex="been looking up how many of my seroquel it would take",
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
    "suicide.wish_dead",
    S,
    "H",
    r"\bwish (?:that )?(?:i|i'd) (?:was|were|could be|'d be|would be|had) (?:dead|gone|never born)|\bwish (?:that )?i (?:had )?(?:never been born|didn't exist|did not exist|never existed|died|had died|wasn't alive|was never born)|\bwish (?:that )?(?:i|i'd) (?:had )?never woken up\b|\bwish (?:that )?(?:i'd|i had|i) (?:never|not) (?:been born|existed|come into (?:this|the) world|woken up)\b",
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
    r"\bwhat'?s (?:even |the )?(?:even )?(?:the )?point(?= *(?:[.?!,]|$| anymore| of (?:living|life|going on|trying|anything|any of|being|getting up|it all|even trying|staying|me|waking up|recovery|sobriety|this)))|\bno point (?:in |to )?(?:living|going on|trying|anymore|being alive|being here|getting up|waking up|to any of|in any of)|\bnothing (?:is )?(?:ever )?(?:going to|gonna|will ever|will|ever) (?:change|get better|be different|be okay|be ok)|\b(?:it|life|things)(?:'s| is)? (?:never|not ever) (?:gets?|going to get|gonna get) (?:any )?better|\bit (?:never gets|will never get|won't ever get|isn't going to get|is never going to get) better|\bnever (?:gets|going to get|gonna get) better|\b(?:no|any|see no|can't see any|don't see any|can't find any|don't have any|not a single|one) (?:good |real )?reasons? (?:for me )?(?:left )?to (?:live|keep going|go on|stay alive|stay|be here|keep trying|get up|keep living|be alive|wake up)|\bnothing (?:left )?to live for|\b(?:i'?m |feel |feeling |so |completely |totally )hopeless\b(?! (?:at|with|when it comes to|romantic|in the kitchen)\b)|\b(?:give|giving|gave) up on (?:life|living|everything|myself)\b|\bcan'?t (?:do|take) (?:this|it|life) (?:anymore|any more|much longer|for much longer)|\bcan'?t go on\b|\bcan'?t keep (?:going|living|doing this|waking up like this)|\bno way out\b|\bthere'?s no (?:hope|future|way out|point)|\bno future for me",
    roles="intent",
    policy="joke:drop",
    ex="nothing is ever going to change. what's even the point",
)
R(
    "suicide.burden",
    S,
    "M",
    r"\b(?:everyone|everybody|they|you (?:all|guys)|my (?:family|kids|wife|husband|parents|mom|dad|children|friends|son|daughter|partner)|the world|people|y'all|yall|we|she|he|them) (?:would|will|'d|'ll|could) (?:all )?(?:be|have|do|live) (?:a |so much |much |a lot |all )?(?:better|happier|fine|ok|okay|relieved|easier)(?: off)?(?: (?:a |an )?(?:\w+ )?(?:life|lives|time))? (?:without|if i (?:was|were|wasn't|weren't|was gone|died|disappeared))\b|\bbetter off (?:without me|if i (?:was|were|wasn't|weren't) (?:here|around|dead|gone|alive)|dead|gone|if i died|if i disappeared)|\b(?:a |such a |just a |being a |i'm a |am a )burden (?:to|on) (?:everyone|everybody|my \w+|you|them|the people|all of you|my family)|\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me) if i\b|\bwouldn't (?:even )?(?:notice|care|miss me) if i (?:was|were|died|disappeared|was gone|wasn't here)|\b(?:have|had|live) a better life without me|\bworld (?:would be|is) better (?:off )?without me\b|\bwithout me (?:dragging|holding|weighing|ruining)",
    roles="intent",
    policy="other_person:keep",
    ex="everyone would be better off without me",
)
R(
    "suicide.not_much_longer",
    S,
    "H",
    r"\b(?:won't|will not|wont|don't|do not) (?:have to )?(?:put up with|deal with|worry about|see|hear from|bother with|be bothered by) me (?:for )?(?:much longer|for long|anymore after|after (?:tonight|today|this week))|\b(?:won't|will not|wont) (?:be a burden|be a problem|bother (?:you|anyone)|be around|be here|be alive) (?:for )?(?:much longer|for long|soon|anymore after|after (?:tonight|today|this week|the weekend)|by (?:morning|tomorrow|next week))|\bnot (?:going to|gonna) be (?:here|around) (?:much longer|for long|tomorrow|next week)|\b(?:won't|will not) be (?:here|around) (?:tomorrow|next week|to see)",
    roles="farewell intent",
    policy="other_person:keep",
    ex="you guys won't have to put up with me for much longer",
)
R(
    "suicide.last_message",
    S,
    "C",
    r"\bthis is (?:my last|the last) (?:message|msg|post|text|txt|dm|update|check-in|goodbye|time (?:you'll|you will|anyone will|y'all will) (?:hear from|see) me)\b|\bthe last time (?:you'll|you will|anyone will|y'all will) (?:hear from|see) me\b|\byou(?:'ll| will) never (?:hear from|see) me again\b",
    roles="farewell",
    policy="past:keep other_person:keep",
    ex="this is the last time you'll hear from me, love you all",
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
    "suicide.not_coming_home",
    S,
    "H",
    r"\b(?:don't|do not) think i(?:'m| am| will|'ll) (?:be )?(?:coming (?:home|back)|make it (?:home|through (?:the|this) night|to (?:morning|tomorrow))|be (?:here|around|alive) (?:tomorrow|much longer|by morning)|wake up tomorrow)|\bby the time (?:you|anyone|someone) (?:read|reads|see|sees) this|\bwhen (?:you|anyone) (?:read|reads|see|sees) this i(?:'ll| will) (?:be gone|be dead|already be)|\bthis is (?:my last|the last) (?:message|post|text|night|day|time (?:you'll|you will) hear)",
    roles="farewell",
    policy=" past:keep",
    ex="i don't think i'm coming home",
)
R(
    "suicide.farewell",
    S,
    "H",
    r"\b(?:goodbye|bye|farewell) (?:forever|world|for good|for real this time|cruel world)\b|\b(?:goodbye|farewell) (?:everyone|everybody|all|guys|y'all|yall|friends|group)\b(?!,? {GAP4}(?:see (?:you|ya|y'all|everyone)|have a|for now|talk (?:soon|later)|until|till|catch you|next|tomorrow|tonight|good ?night|gn)\b)|\bthis is (?:goodbye|it for me|the end for me|my goodbye)\b|\b(?:saying|said|say) (?:my |our )?(?:final )?goodbyes\b|\b(?:saying|said|say) (?:my )?(?:final )?goodbyes? to (?:everyone|everybody|you all|all of you|y'all|my (?:family|kids|children|parents|friends|wife|husband|mom|dad))\b|\bsaid (?:my )?final goodbye\b|\bthank (?:you|you all|y'all) for trying\b|\bthanks for trying(?: with me| to help| so hard)?\b|\bnone of this is (?:your|anyone's|anybody's) fault\b|\b(?:take care of|look after|feed) (?:my (?:dog|cat|kids|pets?|babies|plants)|each other) for me\b|\btell (?:my \w+|everyone|them|my family) (?:that )?i (?:love|loved) (?:them|her|him|you|them all)\b|\bremember me\b|\bplease forgive me\b",
    roles="farewell",
    policy="other_person:keep past:keep",
    ex="goodbye everyone. thank you for trying.",
)
R(
    "suicide.goodbye_post",
    S,
    "H",
    r"\b(?:posted|posting|sent|sending|texted|left|wrote|recorded|put up) (?:me |us |everyone |a |an |her |his |their |my )?(?:weird |long |final |last )?(?:goodbye|good-bye|farewell) (?:post|message|text|note|letter|video|status|on (?:facebook|insta|instagram|fb|twitter|snap|tiktok))\b",
    # someone else's goodbye post is the emergency the reader must act on
    policy="other_person:keep",
    roles="farewell",
    ex="my dad posted a goodbye on facebook and his phone is off",
)
R(
    "suicide.farewell_weak",
    S,
    "L",
    r"\b(?:i'm |i am )?sorry (?:everyone|everybody|for everything|to everyone|to all of you|guys|y'all)\b|\bbye (?:everyone|everybody|all|guys|y'all|yall|friends|group)\b|\bthank you (?:all )?for everything\b|\byou (?:guys|all) (?:were|have been|are) the best (?:part|thing)|\bforgive me\b|\bat peace (?:now|with it|with my decision)\b|\b(?:i )?love (?:you all|y'all|you guys|all of you)(?: so much)?\s*(?:[.!]|$)|\bwanted to say (?:goodbye|thank you|thanks)\b",
    roles="farewell",
    policy="other_person:keep",
    ex="just wanted to say you guys were the best part of this year",
)
R(
    "suicide.giving_away",
    S,
    "H",
    r"\b(?:giving|gave|given) away (?:all )?(?:of )?(?:my |all my )?(?:stuff|things|belongings|possessions|stuffs|clothes|pets?|games|books|collection|tools|records)\b|\bgiving (?:all )?(?:of )?(?:my |all my )?(?:stuff|things|belongings|possessions|tools) away\b",
    roles="farewell",
    ex="i've been giving away my stuff",
)
R(
    "suicide.where_and_when",
    S,
    "H",
    r"\b(?:already )?(?:know|picked|chose|decided|figured out|planned) (?:exactly )?(?:where and when|when and where|how and when|when and how)(?=\s*(?:[.!,;]|$|i'm|im|i'll|it's (?:a relief|decided|settled)))",
    roles="plan intent",
    ex="I already know where and when. It's a relief honestly.",
)
R(
    "suicide.giving_things",
    S,
    "L",
    r"\b(?:gave|giving|sold|selling) (?:away )?my (?:guitar|dog|cat|games|clothes|books|xbox|playstation|ps5|bike|jewelry|ring|collection|records|tools|plants|pets?|favorite \w+|\w+ collection) to\b|\b(?:cancelled|canceled|cancelling|canceling) (?:my )?(?:lease|phone plan|subscriptions?|appointments?|therapy)\b|\b(?:wrote|writing|made|updated|finished|got|getting|had|signed) (?:my|a) will\b(?: (?:notarized|signed|witnessed|done))?|\b(?:tying up|tied up) loose ends\b|\b(?:got|getting|put) my affairs in order\b",
    roles="plan",
    ex="gave my guitar to my nephew, cancelled my lease",
)
R(
    "suicide.note",
    S,
    "H",
    r"\b(?:wrote|writing|written|write|finished|left|leaving|typed|drafted|started|working on) (?:{GAP2})?(?:my |a |the )?(?:suicide |goodbye |last |final )(?:note|notes|letter|letters|message|messages)\b|\b(?:wrote|writing|written|finished|typed|drafted) my note\b|\b(?:goodbye|suicide) (?:note|notes|letter|letters)\b|\bletters? (?:to|for) (?:my \w+|everyone) (?:for )?(?:after i'm gone|when i'm gone|to read after|for after)",
    roles="farewell plan",
    ex="wrote my note last night",
)
R(
    "suicide.plan_date",
    S,
    "C",
    r"\b(?:picked|chose|chosen|set|decided on|have|got|figured out|made) (?:a|the|my) (?:date|day|night|time|spot|place|method|way)(?: for (?:it|my suicide|ending it|the end|my death|when)| to (?:do it|die|end it|go through with it|kill myself)| when i'll do it)\b",
    roles="plan",
    ex="picked a date for my suicide. the 14th",
)
R(
    "suicide.decided_when",
    S,
    "C",
    r"\b(?:decided|made up my mind|it's settled|it's decided)\b (?:that )?(?:it(?:'s| is| will be|'ll be) (?:going to be |gonna be |happening )?|i(?:'m| am) (?:doing it|going through with it) )(?:tonight|tomorrow|this weekend|{DAYNAME}|on {DAYNAME}|the \d+\w*|after \w+|when)",
    roles="plan",
    ex="decided it's going to be tonight after my wife falls asleep",
)
R(
    "suicide.when_time",
    S,
    "L",
    r"\b(?:tonight|tomorrow|{DAYNAME}) (?:is|will be|'s) (?:when|the night|the day)\s*(?:[.!]|$)|\bit(?:'s| is) (?:going to be|gonna be|happening) (?:tonight|tomorrow|this weekend)\b|\btonight'?s the night\b",
    roles="plan",
    ex="sunday is when",
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
    "suicide.method",
    S,
    "H",
    r"\b(?:hang|hanging|hanged) (?:myself|from)\b|\bjump(?:ing)? (?:off|from|in front of) (?:a |the |this |that |my )?(?:bridge|building|roof|overpass|cliff|ledge|balcony|train|bus|truck|car|tracks|parking garage|highway|freeway)\b|\b(?:step|stepping|stepped|walk|walking|throw|throwing|jump|jumping|lie|lying|lay|laying|drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:myself |my car |my truck )?(?:in front of|into|off|onto|under) (?:a |the |this |that |oncoming )?(?:train|bus|truck|traffic|bridge|tree|wall|tracks|semi|lake|river|ocean|oncoming \w+|pole|overpass)\b|\bslit(?:ting)? my (?:wrists?|throat)\b|\b(?:blow|blowing) my (?:brains|head) (?:out|off)\b|\b(?:eat|eating) (?:a bullet|my gun)\b|\b(?:put|putting|hold|holding) (?:a|the|my) (?:gun|pistol|barrel) (?:to|in|against) my (?:head|mouth|temple|chin)\b|\bgun (?:to|in|against) my (?:head|mouth|temple)\b|\bnoose\b|\btie (?:a|the) (?:rope|noose)\b|\btoaster bath\b|\bstick my head in the oven\b",
    roles="means intent",
    ex="can't stop thinking about stepping in front of the train",
)
R(
    "suicide.ledge",
    S,
    "M",
    r"\b(?:on|at|standing on|sitting on|up on|in) (?:the |a |this |my )?(?:overpass|bridge|roof|rooftop|ledge|edge of (?:the|a) (?:roof|bridge|building|cliff)|cliff|train tracks|tracks|balcony railing|railing|top of (?:the|a) (?:building|parking garage|bridge))\b(?=,? {GAP6}(?:right now|now|looking down|about to jump|gonna jump|going to jump|jump|coming home|goodbye|tonight))",
    roles="means",
    ex="i'm on the overpass right now looking down at the traffic",
)
R(
    "suicide.ledge_again",
    S,
    "M",
    r"\b(?:i'm|i am|im) (?:back )?(?:on|at) (?:the |a |this )?(?:overpass|bridge|ledge|roof|rooftop|cliff|train tracks|tracks) again\b",
    roles="means",
    ex="lol so i'm on the bridge again. the view is nice",
)
R(
    "suicide.ledge_jump",
    S,
    "C",
    r"\blooking down at the (?:traffic|water|street|river|cars|tracks|ground)\b|\b(?:about to|gonna|going to|ready to) jump\b(?! (?:in|into the pool|on|at|ship|rope|start)\b)",
    roles="means",
    ex="looking down at the traffic",
)
R(
    "suicide.pills_ready",
    S,
    "M",
    r"\b(?:pills|meds|medication|tablets|sleeping pills|insulin|\w+ pills)\b,? (?:{GAP3})?(?:counted|lined up|saved up|saved|stockpiled|hoarded|ready|laid out|sorted out|in a pile)(?! for (?:the|this|next) week)(?!(?: out)? (?:wrong|incorrectly|short|for pickup|at the pharmacy))|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:my |all my |the |enough |a bunch of )?(?:pills|meds|medication|tablets|\w+ pills|sleeping pills)\b|(?<!pharmacy )(?<!pharmacist )(?<!nurse )\b(?:counted|counting|laid|laying|lined|lining) (?:out|up) (?:the |my |all (?:the |my |of )?)?(?:[\w']+ )?(?:pills|meds|medication|tablets|capsules|insulin|antidepressants?|painkillers?|{DRUG}|amitriptyline|tramadol|sertraline|seroquel|quetiapine|trazodone|lithium|tylenol|acetaminophen|paracetamol)\b(?! (?:for|into|in) (?:the|this|next|a|my) (?:week|day|month|trip|pill ?box|organi[sz]er|weekly))|\b(?:stash|stockpile|supply) (?:of (?:[\w']+ )?\w+ )?(?:is|are) (?:finally |now )?(?:big enough|enough|ready)\b",
    roles="means",
    ex="i have all my pills counted out on the nightstand",
)
R(
    "suicide.stockpiling",
    S,
    "H",
    r"\b(?:stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|saving up|saved up) (?:my |all my |the |enough |a bunch of )?(?:pills|meds|medication|tablets|\w+ pills|sleeping pills|insulin)\b",
    roles="means",
    ex="i've been stockpiling my meds for a few weeks now",
)
R(
    "suicide.have_pills",
    S,
    "L",
    r"\b(?:have|got|holding|bought|filled) (?:a (?:full |whole |new )?bottle of|all (?:of )?my|enough|a stash of|a handful of|a bunch of|\d+|like \d+) (?:my |her |his |the )?(?:sleeping pills|pills|meds|tablets|oxys?|xanax|bars|tylenol|insulin|seroquel|\w+ pills)\b",
    roles="means",
    ex="I have a bottle of my sleeping pills",
)
R(
    "suicide.rope",
    S,
    "M",
    r"\b(?:bought|got|have|found|tied|tying|put up|set up|ordered) (?:a |the |some |my )?(?:rope|noose)\b(?!(?: \w+){0,2} for (?:[\w']+ ){0,3}?(?:tent|camping|climbing|boat|garden|dog|swing|washing line|clothesline|project|gym|crafts?|work|tree ?house|hammock)\b)|\b(?:rope|noose)\b,? {GAP12}(?:tree|closet|beam|rafters?|ceiling|door ?frame|banister|hook|bedpost|railing)\b|\b(?:tied|tie|tying|hung|hang) (?:it |a rope |the rope |a noose |the noose |a belt |the belt )?(?:up )?(?:in|from|to|on) (?:the|my) (?:closet|beam|rafters?|ceiling fan|ceiling|door ?frame|banister|tree|hook|bedpost|railing)\b",
    roles="means",
    ex="bought rope at the hardware store today",
)
R(
    "suicide.know_where",
    S,
    "M",
    r"\b(?:already )?know (?:which|what|the) (?:tree|bridge|building|overpass|spot|place|beam|way i'd|way i'll|exit)\b",
    roles="plan",
    ex="I already know which tree",
)
R(
    "suicide.gun",
    S,
    "C",
    r"\b(?:gun|pistol|revolver|rifle|shotgun|glock|barrel)(?:'s| is| are)? (?:{GAP3})?(?:on my lap|in my (?:lap|hand|hands|mouth)|to my head|against my head|in my mouth)\b|\bspinning the cylinder\b|\brussian roulette\b|\b(?:loaded|cleaning|holding|unlocked) (?:my dad's |dad's |my |the )?(?:gun|pistol|revolver|rifle|shotgun)\b(?=,? {GAP6}(?:myself|tonight|end|done|goodbye|it|lap))",
    roles="means",
    ex="my dad's revolver is on my lap",
)
R(
    "suicide.gun_access",
    S,
    "M",
    r"\b(?:gun|pistol|revolver|rifle|shotgun|glock)(?:'s| is| are)? (?:{GAP4})?(?:i know the (?:code|combination|combo)|i have the key|i know where|unlocked|i can get to it|easy to get)",
    roles="means",
    ex="dad's gun is in the safe and i know the code",
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
    "suicide.garage",
    S,
    "M",
    r"\b(?:in|inside) the garage\b,? {GAP6}(?:car|engine) (?:running|on)\b|\b(?:car|engine) (?:running|on)\b,? {GAP6}(?:garage|door (?:shut|closed))\b",
    roles="means",
    ex="sitting in the garage with the car running and the door shut",
)
R(
    "suicide.garage_shut",
    S,
    "C",
    r"\bgarage\b,? {GAP8}(?:car|engine) running\b,? {GAP6}(?:door|doors) (?:shut|closed|down)\b",
    roles="means",
    ex="sitting in the garage with the car running and the door shut",
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
    r"\b(?:hope|hoping|hopes|wish|wishing|pray|praying|part of me (?:hopes|wants|wishes))\b {NGAP}(?:plane (?:goes down|crashes|crash)|(?:get|got|getting) (?:into|in) a (?:car )?(?:accident|crash|wreck)|car (?:accident|crash)|(?:i|i'll) crash|get hit by|gets hit by|hit by a (?:car|bus|truck|train)|die in my sleep|not wake up|don't wake up|never wake up|wake up dead|(?:i|i'll) die\b|i'd die|(?:i|to) get killed|a heart attack takes me|something (?:kills|takes) me)",
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
    "suicide.method_questions",
    S,
    "H",
    r"\b(?:does|would|will|did) it hurt (?:to|if you|if i|when you) (?:drown|hang|bleed out|jump|die|od|overdose|shoot yourself|get hit by a (?:train|car|truck))\b|\bsurvive (?:a fall|a jump|jumping|falling) (?:from|off)\b|\b(?:how many|what) (?:floors|stories) (?:would it take|do you need|is enough|to die|before you die)\b",
    roles="plan",
    ex="how do you know if you'd survive a fall from like 6 stories",
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
    "suicide.no_future",
    S,
    "M",
    r"\bcan'?t (?:imagine|picture|see) (?:myself )?(?:being )?(?:alive|around) (?:in|by) (?:\d+|a|one|two|five|ten|a few|a couple) (?:years?|months?)\b|\bnot like i'?ll be (?:around|alive) (?:long|much longer|for long)\b|\bwish (?:i|they|i'?d|they'?d|i would|they would) (?:get|got|had|would get) (?:a )?(?:terminal|incurable) (?:diagnosis|illness|cancer|disease)\b",
    roles="farewell",
    ex="cant imagine being alive in 5 years. like i literally can't picture it",
)
_FIREARM = r"(?:gun|pistol|revolver|rifle|shotgun|glock|handgun|service weapon|muzzle|barrel)"
R(
    "suicide.gun_to_self",
    S,
    "C",
    # a firearm held to the speaker's own head, or a round kept for the speaker
    r"\b" + _FIREARM + r"\b (?:{GAP2})?(?:under|to|against|in) my (?:chin|temple|jaw)\b|"
    r"\b(?:round|bullet|shell) in the chamber (?:is |'s )?for (?:me|myself)\b|"
    r"\b(?:saving|kept|keeping) "
    + phrases(("the last", "one", "a"), ("bullet", "round"), ("for me", "for myself"))
    + r"\b|"
    r"\b(?:last|one) bullet (?:is |'s )?for (?:me|myself)\b",
    roles="means intent",
    ex="sat with the barrel under my chin for a while tonight",
)
R(
    "suicide.kept_for_me",
    S,
    "H",
    # means kept back "in case I need it", for the speaker
    r"\b(?:" + _FIREARM[3:-1] + r"|pills|rope)\b[^.!?\n]{0,60}\b(?:in case|because|bc|cuz|cause) i "
    r"(?:might|may|could|will) need (?:it|them)\b(?!(?: {GAP2})?(?: for| to| at| on| when| if))",
    roles="means",
    ex="didn't sell the rifle after all, in case i might need it",
)
R(
    "suicide.where_to_look",
    S,
    "C",
    # telling people where to find the speaker's body
    r"\b(?:letting (?:you|y'?all|you all|everyone|you guys) know|so (?:you|y'?all|you all|they|someone|people) "
    r"(?:know|knows)|telling (?:you|y'?all|you all|everyone)) where to (?:look|find (?:me|my body))\b",
    roles="farewell plan",
    policy="negated:keep",  # "not asking for help, just letting you know where to look"
    ex="not asking for anything, just letting you all know where to look",
)
R(
    "suicide.went_through_with_it",
    S,
    "C",
    # an absence explained in advance by an act ("if i'm not in group tomorrow it's because ...")
    r"\bif i(?:'m| am|m) not (?:in|at|on|here|around|online|back)\b[^.!?\n]{0,40}\b(?:it's|its|it is|that's) "
    r"(?:because|bc|cause|cuz) i (?:finally )?(?:went through with it|did it|ended it|killed myself|"
    r"couldn't (?:do it|take it|hold on) anymore|let go)\b",
    roles="farewell plan",
    ex="if i'm not online monday it's because i finally went through with it",
)
R(
    "suicide.everything_in_order",
    S,
    "M",
    # everything put in order (affairs put in order are suicide.giving_things); with a day
    # beside it, a plan with a time (critical)
    r"\beverything(?:'s| is) in order\b(?! (?:for (?:the|a|an|my|our|your|his|her)|to)\b)",
    roles="plan",
    ex="wrote the letters, everything's in order for sunday",
)
R(
    "suicide.insurance_clause",
    S,
    "H",
    # life insurance checked for its suicide clause
    r"\b(?:life insurance|policy|beneficiary)\b[^\n]{0,80}\b(?:suicide clause|(?:two|2)[- ]year "
    r"(?:clause|exclusion)|(?:clause|exclusion) (?:ran out|runs out|is up|expired|is over|passed))\b",
    roles="plan",
    ex="checked the life insurance and the suicide clause is over next month",
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
    r"\b(?:don't|do not|dont) (?:really |even )?want to be here(?=\s*(?:[.!?]|$)| does that| is that| if that)",
    roles="intent",
    ex="i don't want to die exactly, i just don't want to be here. does that make sense",
)
R(
    "suicide.gone_before_anyone_wakes",
    S,
    "C",
    # gone before the house wakes or comes home: a farewell with a time
    r"\b(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to) be (?:gone|dead) (?:before|by the time) "
    r"(?:anyone|everyone|they|you|he|she|my \w+|the kids)(?:'s|'re| is| are| gets?| wakes?| comes?)? "
    r"(?:up|home|back|wakes?|awake)\b",
    roles="farewell plan",
    ex="the tub is full. i'll be gone before anyone's up",
)
R(
    "suicide.taken_in_sleep",
    S,
    "M",
    # wishing to be taken in one's sleep or to not wake, or envying those who die asleep (each
    # alternative names its own rare words, so "hope" or "wish" alone gates nothing)
    r"\b(?:god|the lord|death) (?:takes|will take|would take|comes? for) me (?:in my sleep|before (?:morning|"
    r"i wake up))\b|\b"
    + phrases(
        ("wish", "wishing", "hope", "hoping", "pray", "praying"),
        ("i", "i just"),
        ("wouldn't", "would not", "wouldnt", "won't", "wont", "didn't", "didnt"),
        ("wake up",),
    )
    + r"\b|"
    r"\b(?:jealous of|envy|envious of) (?:people|those|anyone|everyone|the ones) who (?:get to )?(?:die|pass) "
    r"in their sleep\b",
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
    "suicide.hose_and_tape",
    S,
    "C",
    # the means for a car-exhaust death
    r"\b(?:have|got|bought|picked up) (?:the |a )?(?:hose|hosepipe|tube|tubing) and (?:the |some )?(?:duct )?tape\b",
    roles="means",
    ex="got the hose and tape, just finishing my coffee",
)
