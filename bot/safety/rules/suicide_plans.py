"""Suicide rules, the parts of a plan: means, plans, farewells and attempts (particular
phrasings; desire and intent are in ``suicide``). Two different parts in one message, or one
with a near time, are critical (``engine``)."""

from bot.safety.rules.table import RuleTable, S, phrases

RULES = RuleTable()
R = RULES.add

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
    "suicide.not_a_problem",
    S,
    "H",
    r"\b(?:won't|will not|wont) be (?:a |your |their |anyone's |everyone's |y'all's )?(?:problem|burden|bother) (?:much longer|soon|anymore|for long|after (?:tonight|today))\b|\b(?:soon|shortly) i (?:won't|will not|wont) be (?:here|around|your problem|their problem|anyone's problem|a problem|a burden)\b",
    roles="farewell intent",
    policy="other_person:keep",
    ex="soon I won't be their problem",
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
    r"\b(?:goodbye|bye|farewell) (?:forever|world|for good|for real this time|cruel world)\b|\b(?:goodbye|farewell) (?:everyone|everybody|all|guys|y'all|yall|friends|group)\b(?!,? {GAP4}(?:see (?:you|ya|y'all|everyone)|have a|for now|talk (?:soon|later)|until|till|catch you|next|tomorrow|tonight|good ?night|gn)\b)|\bthis is (?:goodbye|it for me|the end for me|my goodbye)\b|\b(?:saying|said|say) (?:my |our )?(?:final )?goodbyes\b|\b(?:saying|said|say) (?:my )?(?:final )?goodbyes? to (?:everyone|everybody|you all|all of you|y'all|my (?:family|kids|children|parents|friends|wife|husband|mom|dad))\b|\bsaid (?:my )?final goodbye\b|\bthank (?:you|you all|y'all) for trying\b|\bthanks for trying(?: with me| to help| so hard)?\b|\bnone of this is (?:your|anyone's|anybody's) fault\b|\b(?:take care of|look after|feed) (?:my (?:dog|cat|kids|pets?|babies|plants)|each other) for me\b|\btell (?:my \w+|everyone|them|my family) (?:that )?i (?:love|loved) (?:them|her|him|you|them all)\b|(?<!still )(?<!they )(?<!he )(?<!she )(?<!we )(?<!you )(?<!n't )(?<!even )(?<!not )\bremember me\b|\bplease forgive me\b|"
    r"\b"
    + phrases(
        ("don't", "do not", "dont"),
        ("come looking", "bother looking", "try to find me", "try finding me", "look for me"),
    )
    + r"\b"
    r"(?!(?: for me)?[.!,]* (?:lol|jk)\b)",
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
    r"\b(?:gave|giving|sold|selling) (?:away )?my (?:guitar|dog|cat|games|clothes|books|xbox|playstation|ps5|bike|jewelry|ring|collection|records|tools|plants|pets?|favorite \w+|\w+ collection) to\b|"
    r"\b(?:gave|giving|given) (?:all )?my (?:guitar|games|clothes|books|xbox|playstation|ps5|bike|jewelry|ring|collection|records|tools|plants|favorite \w+|\w+ collection) away\b|"
    r"\b(?:signed|signing) (?:my|the) (?:dog|cat|pets?|horse) over to\b|"
    r"\b(?:sorting out|sorted out|planning|planned|plan out|planning out|deciding|decided|figuring out|figured out|working out) who (?:should |will |would |gets? |inherits? )(?:get |have |take )?(?:my|your) (?:tools|stuff|things|guitar|dog|cat|car|truck|savings|records|books|jewelry|collection)\b|\b(?:cancelled|canceled|cancelling|canceling) (?:my )?(?:lease|phone plan|subscriptions?|appointments?|therapy)\b|\b(?:wrote|writing|made|updated|finished|got|getting|had|signed) (?:my|a) will\b(?: (?:notarized|signed|witnessed|done))?|\b(?:tying up|tied up) loose ends\b|\b(?:got|getting|put) my affairs in order\b",
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
    r"\b(?:tonight|tomorrow|{DAYNAME}) (?:is|will be|'s) (?:when|the night|the day)\s*(?:[.!]|$)|\bit(?:'s| is) (?:going to be|gonna be|happening) (?:tonight|tomorrow|this weekend)\b|\btonight'?s the night\b|\btonight(?:'s| is) it\s*(?:[.!]|$)",
    # (a time set is intent too: with a plan's other part, such as giving things away, it is
    # a plan under way, "gave my dog to my sister. tonight's it"; "time": its words are only a
    # time, see ``combine``)
    roles="plan intent time",
    ex="sunday is when",
)
R(
    "suicide.method",
    S,
    "H",
    r"\b(?:hang|hanging|hanged) (?:myself|from)\b(?! (?:the |a )?(?:pull-?up |chin-?up )?(?:bar|bars|monkey bars|rings|hangboard|fingerboard)\b)|\bjump(?:ing)? (?:off|from|in front of) (?:a |the |this |that |my )?(?:bridge|building|roof|overpass|cliff|ledge|balcony|train|bus|truck|car|tracks|parking garage|highway|freeway)\b|\b(?:step|stepping|stepped|walk|walking|throw|throwing|jump|jumping|lie|lying|lay|laying|drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:myself |my car |my truck )?(?:in front of|into|off|onto|under) (?:a |the |this |that |oncoming )?(?:train|bus|truck|traffic|bridge|tree|wall|tracks|semi|lake|river|ocean|oncoming \w+|pole|overpass)\b|\bslit(?:ting)? my (?:wrists?|throat)\b|\b(?:blow|blowing) my (?:brains|head) (?:out|off)\b|\b(?:eat|eating) (?:a bullet|my gun)\b|\b(?:put|putting|hold|holding) (?:a|the|my) (?:gun|pistol|barrel) (?:to|in|against) my (?:head|mouth|temple|chin)\b|\bgun (?:to|in|against) my (?:head|mouth|temple)\b|\bnoose\b|\btie (?:a|the) (?:rope|noose)\b|\btoaster bath\b|\bstick my head in the oven\b",
    roles="means intent",
    ex="can't stop thinking about stepping in front of the train",
)
R(
    "suicide.ledge",
    S,
    "M",
    r"\b(?:on|at|standing on|sitting on|up on|in) (?:the |a |this |my )?(?:overpass|bridge|roof|rooftop|ledge|edge of (?:the|a) (?:roof|bridge|building|cliff)|cliff|train tracks|tracks|balcony railing|railing|top of (?:the|a) (?:building|parking garage|bridge))\b{HEIGHT_ERRAND}(?=,? {GAP6}(?:right now|now|looking down|about to jump|gonna jump|going to jump|jump|coming home|goodbye|tonight))",
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
    r"\b(?:pills|meds|medication|tablets|sleeping pills|insulin|\w+ pills)\b,? (?:{GAP3})?(?:counted|lined up|saved up|saved(?! (?:me|my|us|him|her|them|lives?)\b)|stockpiled|hoarded|ready|laid out|sorted out|in a pile)(?! for (?:the|this|next) week)(?!(?: out)? (?:wrong|incorrectly|short|for pickup|at the pharmacy))(?! (?:in|into) (?:the|my|a|her|his) (?:pill |weekly |daily )?(?:organi[sz]er|box|case|dispenser|container)\b)|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:my |all my |the |enough |a bunch of )?(?:pills|meds|medication|tablets|\w+ pills|sleeping pills|{MED})\b{STOCKED_FOR}|(?<!pharmacy )(?<!pharmacist )(?<!nurse )\b(?:counted|counting|laid|laying|lined|lining) (?:out|up) (?:the |my |all (?:the |my |of )?)?(?:[\w']+ )?(?:pills|meds|medication|tablets|capsules|insulin|antidepressants?|painkillers?|{DRUG}|amitriptyline|tramadol|sertraline|seroquel|quetiapine|trazodone|lithium|tylenol|acetaminophen|paracetamol)\b(?! (?:for|into|in) (?:the|this|next|a|my) (?:week|day|month|trip|pill ?box|organi[sz]er|weekly))|\b(?:stash|stockpile|supply) (?:of (?:[\w']+ )?\w+ )?(?:is|are) (?:finally |now )?(?:big enough|enough|ready)\b",
    roles="means",
    ex="i have all my pills counted out on the nightstand",
)
R(
    "suicide.stockpiling",
    S,
    "H",
    r"\b(?:stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|saving up|saved up) (?:my |all my |the |enough |a bunch of )?(?:pills|meds|medication|tablets|\w+ pills|sleeping pills|insulin|{MED})\b{STOCKED_FOR}",
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
    "suicide.gun_in_lap",
    S,
    "C",
    # the same told with a service word: "sitting with my sidearm in my lap every night" (a rule
    # of its own, so that these rarer words gate it rather than "in my lap")
    r"\b(?:sidearm|service weapon|service pistol|handgun)(?:'s| is)? (?:{GAP3})?(?:on my lap|in my lap|"
    r"to my head|against my head)\b",
    roles="means",
    ex="sitting with my sidearm in my lap every night",
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
    "suicide.method_questions",
    S,
    "H",
    r"\b(?:does|would|will|did) it hurt (?:to|if you|if i|when you) (?:drown|hang|bleed out|jump|die|od|overdose|shoot yourself|get hit by a (?:train|car|truck))\b|\bsurvive (?:a fall|a jump|jumping|falling) (?:from|off)\b|\b(?:how many|what) (?:floors|stories) (?:would it take|do you need|is enough|to die|before you die)\b",
    roles="plan",
    ex="how do you know if you'd survive a fall from like 6 stories",
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
    r"\b(?:last|one) bullet (?:is |'s )?for (?:me|myself)\b|"
    r"\b(?:only|just) (?:need|needs|gonna need|going to need|takes|take) "
    + phrases(("one", "1"), ("round", "bullet", "shell"))
    + r"\b",
    roles="means intent",
    ex="sat with the barrel under my chin for a while tonight",
)
R(
    "suicide.weapon_on_self",
    S,
    "H",
    # a firearm the speaker pictures or means to turn on themselves ("every time I clean my
    # rifle I picture using it on myself")
    r"\b"
    + _FIREARM
    + r"\b[^.!?\n]{0,60}?\b"
    + phrases(("use", "using", "turn", "turning", "point", "pointing"), ("it on myself",))
    + r"\b|"
    r"\b(?:use|using|turn|turning|point|pointing) (?:the|my|a) " + _FIREARM + r" on myself\b",
    roles="intent means",
    ex="every time I clean my rifle now I picture using it on myself",
)
R(
    "suicide.put_down",
    S,
    "H",
    # to be put down the way an animal is
    r"\b(?:be|get|got|being) put down like (?:a|an|my|the|our|his|her) (?:old |sick )?(?:dog|lab|horse|cat|"
    r"animal|pet|mutt)\b|\b(?:be|get) put down (?:like|the way) (?:the vet|they|vets) (?:did|do)\b|"
    r"\bput me down like (?:a|an|my|the) (?:old |sick )?(?:dog|lab|horse|animal|pet)\b",
    roles="intent",
    ex="want to be put down like the vet did with my old lab",
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
    r"(?:clause|exclusion)|(?:clause|exclusion) (?:ran out|runs out|is up|expired|is over|passed))\b|"
    # "my life insurance would do more for them than i ever did"
    r"\b(?:my )?life insurance (?:would|will|could) (?:do|be worth|mean|help) (?:more|them more|"
    r"my \w+ more|everyone more)\b",
    roles="plan",
    ex="checked the life insurance and the suicide clause is over next month",
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
    "suicide.hose_and_tape",
    S,
    "C",
    # the means for a car-exhaust death
    r"\b(?:have|got|bought|picked up) (?:the |a )?(?:hose|hosepipe|tube|tubing) and (?:the |some )?(?:duct )?tape\b",
    roles="means",
    ex="got the hose and tape, just finishing my coffee",
)
R(
    "suicide.other_gun_to_self",
    S,
    "C",
    # someone of the member's with a gun turned on themselves: an attempt under way ("my dad
    # has a gun to his head", "he's pointing the gun at himself"). Held now by one of the
    # member's people, not told of a stranger: "the robber with a gun to his head" is a story,
    # a knife pointed at oneself is carving a turkey.
    r"\b(?:he|she|they|(?:my|our) (?:\w+ )?{PERSON})(?:'s| is| has| have|'s got| got)? "
    r"(?:got |holding |putting |pressing |pointing )?(?:a|the|his|her|their|my \w+'s) "
    r"(?:gun|pistol|revolver|rifle|shotgun|glock) (?:to|against|in) (?:his|her|their) (?:own )?"
    r"(?:head|temple|mouth)\b|"
    r"\b(?:pointing|holding|aiming|pressing|turned|turning) (?:a|the|his|her|their) "
    r"(?:gun|pistol|revolver|rifle|shotgun|glock) (?:at|to|on|against) "
    r"(?:himself|herself|themselves)\b",
    roles="means",
    policy="other_person:keep",
    ex="my dad has a gun to his head and he won't put it down",
)
R(
    "suicide.locked_in_with_means",
    S,
    "C",
    # someone (or the speaker) shut in a room with the means ("my son locked himself in his room
    # with the pills"); with a blade it is self-harm (self_harm.locked_in_with_blade)
    r"{SHUT_IN} "
    r"with (?:a |the |my |his |her |their |some |all (?:of )?(?:his |her |their |my )?)?(?:\w+'s )?"
    r"(?:gun|pistol|rifle|shotgun|rope|noose|pills|pill bottle|bottle of pills)\b"
    r"(?! (?:organi[sz]er|box|case|holder)\b)"
    r"{NO_ERRAND}",
    roles="means",
    policy="other_person:keep",
    ex="my son locked himself in his room with the pills",
)
