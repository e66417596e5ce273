"""Violence rules: threats, plans, weapons and approaches towards other people (particular
phrasings; see ``events``)."""

from bot.safety.rules.table import RuleTable, V, phrases

RULES = RuleTable()
# Where a firearm goes for ordinary reasons: the range, the woods, the gunsmith ("bringing my rifle
# to the range tomorrow", "heading to the woods with my shotgun").
_ARMS_ERRAND = (
    # (not "club" or "class": a gun taken to a club or a class is a threat)
    r"(?!(?:the |my |a |our )?(?:(?!his |her |their |that )[\w']+ )?(?:range|woods|hunt|hunting|deer|blind|"
    r"gunsmith|gun shop|gun store|gun show|gun club|safety class|safety course|cabin|lease|farm|ranch|creek|"
    r"pawn shop|safe|stand)\b)"
)
R = RULES.add

R(
    "violence.threat",
    V,
    "H",
    r"(?:\bswear (?:to god )?(?:i'll|i'm gonna|i'm going to|i will)|{WILL}|'m|am|\bill) (?:{ADV})?(?:go |come |fucking |just |really |snap and |lose it and |go off and |end up |finally )?(?:(?:{HARMV}) (?:{HIM})|{HARMX})\b(?! (?:lol|in (?:fortnite|valorant|cod|the game|game|minecraft|chess|smash|smash bros|mario kart|fifa|madden|tekken|street fighter)|at (?:chess|cards|pool|darts|ping pong|mario kart|smash))\b)",
    roles="intent",
    policy="joke:medium",
    ex="I'm going to beat the hell out of my ex next time I see him",
)
R(
    "violence.poisoned",
    V,
    "C",
    r"\b(?:put|putting|slipped|slipping|mixed|mixing|added|adding|poured|pouring) (?:some |the |a little |a bit of )?(?:rat poison|poison|antifreeze|bleach) (?:in|into) (?:his|her|their|my \w+'s|the) (?:coffee|tea|food|drink|dinner|lunch|soup|beer|water|juice|meal|plate|cup)\b",
    ex="I put rat poison in his coffee this morning",
)
R(
    "violence.want",
    V,
    "H",
    r"\b(?:want to|wanna|could|feel like|am tempted to|'m tempted to|really want to|need to|fantasize about|fantasizing about|urges? to|itching to) (?:{ADV})?(?:kill|murder|strangle|choke|stab|shoot|beat|punch|hit|slap|hurt|smash|break|strangling|killing|stabbing|shooting|hurting|shake(?= (?:him|her|them|my (?:baby|toddler|son|daughter|kid))\b(?! (?:up|awake|some sense|off|out of it)\b))) (?:{HIM})\b(?! lol| sometimes\b| for (?:eating|spoiling|borrowing|leaving|forgetting|finishing|snoring|chewing|being late|hogging|taking my (?:fries|food|leftovers|charger|seat|parking spot))\b)",
    roles="intent",
    policy="joke:medium",
    ex="I want to strangle my boss with my bare hands",
)
R(
    "violence.body",
    V,
    "H",
    r"\bcatch(?:ing)? (?:a|another) (?:body|bodies)\b|\babout to catch (?:a )?case\b",
    roles="intent",
    ex="about to catch a body fr",
)
R(
    "violence.target_getting",
    V,
    "H",
    r"(?:'s| is| are|'re) (?:getting|gonna get|going to get|about to get) (?:smoked|popped|capped|stabbed|shot|jumped|merked|murked|handled|dealt with|taken care of|what's coming|his|hers|it|beat|beat up|dropped|bodied|sprayed|blasted|hurt|killed|fucked up)\b(?! (?:done|fixed|checked|better|out of|back|the job|a promotion|married|tested|treated)\b)(?! {GAP4}in (?:fantasy|the game|the match|the finals|chess|mario kart|smash|cards|poker|football|basketball|soccer|hockey|baseball|tennis|golf|pickleball|bowling|trivia|the tournament|the playoffs)\b)|(?:'s| is| are|'re) (?:a )?dead (?:man|woman|meat)\b",
    roles="intent",
    policy="other_person:keep conditional:keep",
    ex="he's getting smoked, on everything",
)
R(
    "violence.wont_see",
    V,
    "H",
    r"\b(?:he|she|they|the \w+|that \w+)(?:'ll| will)? (?:won't|will not|never) (?:see (?:me|it) coming|know what hit (?:him|her|them))\b"
    r"(?!,? {GAP4}(?:surprise|party|proposal|propose|ring|gift|present|birthday|prank|lol)\b)|"
    # "she has no idea what's coming for her when she gets off work", "he better sleep with one
    # eye open"
    r"\b(?:has|have) no idea what's coming (?:for|to) (?:him|her|them)\b"
    r"(?!,? {GAP4}(?:surprise|party|proposal|propose|ring|gift|present|birthday|prank|lol)\b)|"
    r"\b(?:he|she|they|you)(?:'d| had)? better sleep with one eye open\b(?! lol| haha| jk)|\bnobody (?:has to|will have to|will ever|needs to) (?:deal with|worry about|see|hear from) (?:him|her|them) again\b",
    roles="intent",
    policy="other_person:keep conditional:keep",
    ex="he won't see me coming",
)
R(
    "violence.lucky_i_dont",
    V,
    "H",
    # a threat told as restraint: "she's lucky i don't put her through a wall right now"
    r"\b(?:he's|she's|they're|you're|he is|she is|they are|you are|your) (?:so |damn |real )?lucky "
    r"(?:that )?i (?:don't|didn't|haven't|can't) (?:(?:{HARMV}) (?:{HIM})|{HARMX}|put (?:him|her|them|you) "
    r"through (?:a|the) (?:wall|window|door|table)|know where (?:you|he|she|they) (?:live|lives|park|parks|work|works))\b",
    roles="intent",
    ex="he's lucky i don't break his jaw after what he said",
)
R(
    "violence.stalking",
    V,
    "H",
    r"\bi know (?:his|her|their) (?:schedule|routine|address|car|shift)\b|\bi know where (?:he|she|they|you|my \w+|that \w+) (?:lives?|parks?|works?|sleeps?|stays?|goes|hangs out)\b|\b(?:watching|following|tracking|stalking) (?:him|her|them|his every|her every|my ex)\b",
    roles="intent",
    ex="I know his schedule now. leaves the gym at 6 every day. I've been watching",
)
R(
    "violence.pay",
    V,
    "H",
    r"\b(?:they|he|she|you|they're|he's|she's|theyll|youll)(?:'ll| will| are going to| is going to| are gonna| is gonna| gonna|'re gonna|'s gonna|'re going to|'s going to)? (?:all )?(?:see what happens|regret (?:it|this|that|crossing me|messing with me|ever \w+|\w+ing (?:me|with me|my \w+))|pay (?:for (?:this|that|it|what))?|be sorry)\b|\b(?:is|are|'s|'re) (?:going|gonna|about) (?:to )?(?:pay|find out|regret it)\b|\bsee (?:you|y'all) (?:all )?on the news\b|\byou'll (?:all )?see (?:me )?on the news\b|\bmake (?:him|her|them) (?:pay|suffer)\b",
    roles="intent",
    policy="other_person:keep conditional:keep topic:keep joke:drop",
    ex="I'm outside her apartment with a crowbar and she's going to pay",
)
R(
    "violence.next_person",
    V,
    "H",
    r"\b(?:next (?:person|one|guy|motherfucker|mf|dude|bitch)|whoever|anyone who|anybody who)\b,? {GAP8}(?:is|gets|getting|will get|gonna get|is gonna get|is going to get) (?:stabbed|shot|hurt|killed|smoked|popped|beat|beaten|jumped|dropped|laid out|knocked out|fucked up)\b|"
    # ... or said with the speaker as the one who acts ("i'll stab the next person who ...")
    r"\b(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to|gonna) (?:stab|shoot|punch|kill|hit|hurt|deck|slap|"
    r"choke|strangle) the next (?:person|guy|one|idiot|dude|man|woman|clown) (?:who|that)\b",
    roles="intent",
    policy="other_person:keep conditional:keep",
    ex="next person who disrespects me at the halfway house is getting stabbed",
)
R(
    "violence.did_hit",
    V,
    "H",
    r"\b(?:hit|punched|slapped|choked|beat|shoved|pushed|kicked|strangled|stabbed|attacked|hurt) (?:my (?:{PERSON})|him|her|them|someone|somebody|a (?:guy|man|woman|dude|girl|kid|stranger))\b{SCORED}(?! (?:vape|pen|juul|joint|blunt|bong|pipe|cart|dab))(?!'s (?:vape|pen|juul|joint|blunt|bong|pipe|cart|dab)),? {GAP4}(?:last night|today|tonight|yesterday|this morning|again|do it again|and i)|"
    # just now: "i just hit my teenage son"
    r"\bi (?:just|literally just) (?:hit|punched|slapped|choked|shoved|kicked|strangled|stabbed|attacked) (?:my (?:[\w']+ )?(?:{PERSON})(?!'s)|him|her|them)\b{SCORED}",
    roles="intent",
    ex="hit my girlfriend last night and I feel like I'm going to do it again",
)
R(
    "violence.gas",
    V,
    "C",
    r"\bpour(?:ing|ed)? (?:gas|gasoline|lighter fluid|kerosene) (?:on|around|all over|in) (?:his|her|their|the|my \w+'s|\w+'s)\b",
    ex="pouring gas around his car right now",
)
R(
    "violence.burn_house",
    V,
    "H",
    r"\b(?:burn|burning|torch|torching|set fire to) (?:his|her|their|that \w+'s|my \w+'s) (?:house|place|car|apartment|trailer|truck) (?:down)?\b",
    roles="intent",
    ex="I'm going to burn his house down with him inside",
)
R(
    "violence.approach",
    V,
    "M",
    # (on the way to someone's place is only a part of a plan, see violence.event_going_over:
    # "heading over to my sister's house with the kids now" was a medium alert)
    r"\b(?:outside|waiting (?:outside|at)|parked outside) (?:his|her|their|that \w+'s|my \w+'s) (?:house|place|apartment|work|door|car)\b",
    roles="approach",
    ex="parked outside his house waiting",
)
R(
    "violence.waiting_for",
    V,
    "L",
    # waiting somewhere for someone to come out: a pick-up ("waiting at the school for him to
    # get off the bus") unless a weapon or a threat is beside it ("waiting in the parking lot
    # for him to get off work with a bat" is critical)
    r"\bwaiting (?:in|at|by) (?:the|his|her|my) (?:\w+ )?\w+ for (?:him|her|them|my \w+) to (?:get home|come home|come out|leave|show up|get off|walk in)\b",
    roles="approach",
    ex="waiting in the parking lot for him to get off work with a bat",
)
R(
    "violence.armed_approach",
    V,
    "C",
    r"\b(?:bringing|taking|carrying|brought|took|packing) (?:a |my |the )?(?:gun|pistol|knife|piece|strap|bat|crowbar|machete|rifle|shotgun|glock|weapon)\b (?:{GAP3})?(?:to|into|over to|at) "
    + _ARMS_ERRAND
    + r"(?:his|her|their|that \w+'s|my \w+'s|\w+'s|the|my old|work|school|class|church|court) ?(?:house|place|apartment|work|job|school|office|party|building|meeting)?\b",
    roles="means approach",
    ex="i'm bringing a gun to my ex's house tonight",
)
R(
    "violence.weapon",
    V,
    "L",
    r"\b(?:gun|guns|pistol|revolver|rifle|shotgun|glock|knife|machete|crowbar|bat|piece|strap|ar|ak)(?:'s| is)? (?:loaded|cocked|ready)\b|\b(?:got|have|has|grabbed|grabbing|bringing|brought|taking|took|holding|loaded|loading|carrying|packing|waving|pointing|swinging|with) (?:a |an |my |the |his |her |my \w+'s |\w+'s )?(?:hunting |kitchen |baseball |loaded |big |{TOY_GUN} |{TOOL_KNIFE} )?(?:gun|pistol|revolver|rifle|shotgun|glock|piece|strap|knife|machete|crowbar|bat|hammer|axe|tire iron|brass knuckles)\b|\bgun(?: gun)+\b|\bknife\b",
    roles="means",
    policy="other_person:keep conditional:keep topic:keep",
    ex="got my brother's bat in the truck",
)
R(
    "violence.gets_it",
    V,
    "H",
    r"\b(?:next (?:person|guy|one|dude|idiot)|whoever|anyone|anybody|the next \w+)\b (?:{GAP8})?(?:gets|is getting|will get|getting) (?:their|his|her|your) (?:face|teeth|head|skull|jaw|nose|ass) (?:smashed|kicked|caved|knocked|punched|bashed|beat|broken|busted)(?: in| out)?\b",
    roles="intent",
    policy="joke:medium",
    ex="next person at work who says something about my rehab gets their face smashed in",
)
R(
    "violence.doing_it_soon",
    V,
    "H",
    r"\b(?:i'm|im|i am|he's|hes|he is|she's|shes|she is|they're|theyre|they are) (?:{ADV})?(?:shooting|stabbing|killing|jumping|beating|running over|torching) (?:him|her|them|(?:his|her|their|my|that|this|the) (?:[\w']+ )?{PERSON}) (?:{GAP3})?(?:tonight|tomorrow|today|later|after (?:work|school|this)|when (?:he|she|they) (?:gets?|comes?) (?:home|back|out))\b",
    roles="intent",
    ex="my cousin has a gun, says hes shooting his ex tonight",
)
# A threat to shoot up a school or a workplace puts many people at risk: high whoever says it.
R(
    "violence.shoot_up",
    V,
    "H",
    r"\bshoot(?:ing)? up (?:his|her|their|the|a|my|our|that) (?:old |new |former |whole )?(?:school|high school|work|workplace|job|office|church|mall|class|campus|store|party|company|plant|warehouse)\b",
    roles="intent",
    policy="other_person:keep joke:medium",
    ex="my son threatened to shoot up his school this morning",
)
R(
    "violence.hands_on",
    V,
    "H",
    r"\b(?:{WILL}|i'm|im|i am) (?:{ADV})?(?:lay|put|laying|putting) (?:my )?hands on (?:him|her|them|that \w+|(?:my|his|her|the) (?:[\w']+ )?{PERSON})\b|\bi'?m (?:gonna |going to )?(?:swing|swinging)(?:\s*[.!]|$| on (?:him|her|them|that \w+))",
    roles="intent",
    policy="joke:medium",
    ex="so i'm gonna lay hands on him. simple as that",
)
R(
    "violence.swung",
    V,
    "M",
    r"\b(?:i )?(?:(?:(?:nearly|almost) )?(?:swung on|took a swing at|swinging on)|(?:go|gonna|about to|going to|finna) swing on) (?!(?:a |the |my |his |some )?(?:ball|pinata|swing|swings|swing set|swingset|hammock|tire|rope|monkey bars|golf|punching bag|heavy bag|bag)\b)(?:a|the|that|this|some|him|her|them|my|his) ?(?:[\w']+)?",
    roles="today",
    ex="nearly swung on a guy at the grocery store yesterday",
)
R(
    "violence.coming_to_them",
    V,
    "H",
    r"\b(?:he|she|they|that \w+)(?:'s| has|'ve| have| has)? (?:got )?(?:it|what's) coming(?: to (?:him|her|them))?\b(?! (?:out|up|in|back|over|along|next|on|soon|tomorrow|today|this|by)\b)|\b(?:i'm|im|i am) not responsible for what (?:happens|i do|i'll do)\b|\bdo(?:ing)? something (?:stupid|i'll regret|crazy|i can't take back) to (?:him|her|them|that \w+|(?:my|his|her|the) (?:[\w']+ )?{PERSON})\b",
    roles="intent",
    policy="joke:medium",
    ex="going to my sister's ex's house after this call. he's got it coming",
)
R(
    "violence.told_them",
    V,
    "H",
    r"\btold (?:him|her|them|my (?:[\w']+ )?{PERSON}|that \w+) (?:that )?i'?d (?:{ADV})?(?:kill|murder|hurt|stab|shoot|beat|end|strangle) (?:him|her|them)\b",
    roles="intent",
    policy="joke:medium",
    ex="told my wife i'd kill her if she ever cheated again",
)
R(
    "violence.arrested",
    V,
    "M",
    # the speaker's own arrest: "i got", "i was", or a clause that opens with "got"
    r"(?:\bi (?:got|was|have been|'ve been|just got) |(?<![\w'] )(?<![\w'])got )(?:arrested|charged|booked|picked up) (?:(?:on )?(?:{DAYNAME}|yesterday|last night|today|this morning|this week|last week) )?(?:for|with) (?:assault|battery|domestic|dv|fighting|a fight|aggravated assault|simple assault)\b",
    roles="today",
    ex="got arrested for assault tuesday. out on bail",
)
R(
    "violence.about_to_learn",
    V,
    "H",
    # a lesson promised to someone ("he's gonna learn tonight what happens when ...")
    r"\b(?:he's|hes|she's|shes|they're|theyre|he is|she is|they are|is|are) "
    + phrases(("about to", "gonna", "going to"), ("learn",))
    + r"\b"
    r"(?= (?:tonight|today|the hard way|what happens|real quick|soon|fast)|\s*[.!]|$)",
    roles="intent",
    ex="my ex's new man is about to learn. bought a piece tonight",
)
R(
    "violence.whats_in_my_trunk",
    V,
    "H",
    # on the way somewhere with what is in the car ("heading to that school with what's in my
    # trunk")
    r"\b(?:going|coming|walking|heading|driving|gonna walk|gonna go|on my way)\b[^.!?\n]{0,40}? with "
    r"(?:what'?s|whats|what is) in my (?:trunk|car|truck|glove ?box|bag|waistband)\b|"
    # ... or with the speaker's own firearm ("going back to the VA with my Glock")
    r"\b(?:going|heading|driving|walking|gonna go|on my way) (?:back )?(?:to|into|down to|over to) "
    + _ARMS_ERRAND
    + r"(?:the |that |his |her |their |my \w+'s )?[\w']+(?: [\w']+)? with my (?:gun|pistol|glock|rifle|"
    r"shotgun|piece|strap|ar-15|ar15|handgun|revolver)\b",
    roles="intent",
    ex="if he hangs up on me again i'm going in there with what's in my trunk",
)
R(
    "violence.stomp_out",
    V,
    "H",
    # a beating the speaker is close to giving ("one bad look away from stomping someone out")
    r"\b(?:stomp|stomping|stomped) (?:someone|somebody|him|her|them|that \w+|this \w+|some \w+) out\b|"
    r"\b(?:one|a) (?:bad )?(?:look|word|comment) away from (?:hitting|punching|hurting|stabbing|"
    r"swinging on|beating|attacking) (?:someone|somebody|him|her|them|that \w+|this \w+)\b",
    roles="intent",
    ex="I'm one bad look away from stomping someone out at this meeting",
)
