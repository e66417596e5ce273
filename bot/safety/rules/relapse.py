"""Relapse rules: use and relapse now, today or recently, intoxication and sourcing
(particular phrasings; see ``events``)."""

from bot.safety.rules.table import RL, RuleTable, phrases

RULES = RuleTable()
R = RULES.add

R(
    "relapse.relapsed",
    RL,
    "H",
    r"\brelapsed\b(?! (?:on|with|into) (?:cutting|self|burning|scratching|hurting)\b)(?! (?:on|with|into) (?:the )?(?:biscuits|cookies|chocolate|sugar|sweets|candy|cake|crisps|chips|junk food|takeaway|pizza|netflix|tiktok|online shopping|shopping|coffee|caffeine)\b)(?! on my (?:\S+ ){0,3}(?:rule|goal|streak|resolution|budget|routine|challenge|habit)\b)(?! into (?:watching|binging|bingeing|rewatching|playing|scrolling|doomscrolling|procrastinating)\b)|\bhad a (?:relapse|slip|lapse|slipup|slip-up)\b|\b(?:am|i'm|i am|been|keep|kept|started) relapsing\b",
    roles="use",
    ex="i realpsed this afternoon after the funeral",
)
R(
    "relapse.slipped",
    RL,
    "H",
    r"(?<!knife )(?<!cutter )(?<!blade )(?<!razor )(?<!saw )(?<!hand )(?<!foot )(?<!tool )(?<!chisel )(?<!scissors )(?<!screwdriver )(?<!wrench )(?<!grip )(?<!\bit )(?<!\bthat )\b(?:slipped|slipped up)\b(?! (?:on (?:the |a |some |my )?(?:black ice|ice|stairs|floor|step|steps|puddle|banana|sidewalk|snow|mud|rug|wet|tile|driveway|porch)|and (?:fell|hurt|broke|twisted|landed|went down|hit|banged|bumped|cut|scraped|sprained|bruised)|in (?:the |a )?(?:shower|kitchen|bathroom|bath|tub|rain|mud|snow|hallway|hall|garden|yard|pool|parking lot|car park|gym|store|shop|aisle|puddle)|out|off|into|through|my mind|away|by|past|under|a disc|on my way|(?:my|the|it|them|his|her|their|our|your|an) (?!(?:other|night|first|second|third|last|next|week|day|weekend|morning|evening|birthday|anniversary|sobriety|recovery|program)\b)|a (?!(?:little|bit|few|couple|lot|tad)\b))\b)",
    roles="use",
    ex="slipped on saturday at my cousin's wedding",
)
R(
    "relapse.picked_up",
    RL,
    "H",
    r"\bpicked up\b(?= (?:today|tonight|again|yesterday|last night|this morning|after|on|for the first time|\w+day)\b|\s*[.!,]|$)|\bpicked up (?:a |another )?(?:white|newcomer|24 hour|24-hour|desire) chip\b",
    roles="use",
    ex="picked up today. the dope man was right where he always is",
)
R(
    "relapse.used",
    RL,
    "H",
    r"(?<![0-9] )(?<!bought it )(?<!got it )(?<!bought one )(?<!got one )\bused\b(?= (?:again|today|tonight|this morning|this afternoon|last night|yesterday|twice|three times|a few times|on and off|for the first time|after|since|over the weekend|this weekend|this week|\d+ times|some|a little|heroin|meth|dope|fent|crack|coke|pills|drugs)\b|\s*[.!,]|$)",
    roles="use",
    ex="just us3d again, couldn't hold out any longer",
)
R(
    "relapse.using",
    RL,
    "H",
    r"\b(?:been|started|start|am|i'm|keep|kept|went back to|back to|i've been|i have been) (?:{ADV})?(?:using|drinking|smoking (?:crack|meth|weed|pot|dope|heroin|fent|again)|shooting up|snorting|popping pills|getting high|getting drunk)\b(?! (?:my|his|her|their|our|your|the|a|an|this|that|it|coping|tools|skills|apps?|(?:like |about |maybe |around )?(?:\d+|a few|two|three|four|five|six) (?:cups|mugs|glasses of water|liters|litres|bottles of water)|(?:so much |a lot of |lots of |more |tons of )?(?:{SOFT})|less|more water|program|journal|breathing|dbt|worksheet|planner|calendar|glasses|it as|as a)\b)",
    roles="use",
    ex="been using on and off since thursday and hiding it from my wife",
)
R(
    "relapse.intoxicated",
    RL,
    "H",
    r"\bdrunk[- ](?:texting|texted|dialing|dialed|calling|posting|typing)\b|\b(?:i'm|i am|i was|(?<!'s )been|im|feel|feeling|getting|got|we're|we are|we were)(?: both| all)? (?:{ADV})?(?:a little |a bit |a lil |kinda |kind of |slightly |lowkey )?(?:drunk|wasted|hammered|smashed|plastered|trashed|tipsy|buzzed|high|stoned|blazed|baked|lit|faded|geeked|tweaking|tweakin|zooted|crossfaded|half cut|half-cut|blotto|legless|mullered|fucked up|messed up|blacked out|on one|on something|on the nod)\b(?! (?:on life|on (?:the|a|my|our|their) (?:waiting )?list|on (?:the|my|our) agenda|on (?:my )?(?:sobriety|recovery|gratitude|music|love|jesus|god|coffee|sugar)|alert|school|risk|maintenance|key|five|fives|speed|marks|mark|score|scores|grades|hopes|praise|enough|up|ground|standards|quality|demand|priority|blood pressure|cholesterol|strung)\b)(?! after (?:that|a|the|my|this|today's) (?:\S+ ){0,2}(?:shift|day|week|workout|run|hike|class|exam|practice|game|drive|flight|move)\b)|(?:^|[.!?,] )(?:{ADV})?(?:so |very |really |super |hella |mad |completely )?(?:drunk|wasted|hammered|smashed|plastered|high|stoned|blazed|baked|tipsy|buzzed)\b(?= (?:right now|now|tonight|again|as hell|af|lol|tbh|ngl|already|everything)|\s*[,.!]|$)",
    roles="use",
    ex="i'm so drunk rn lol 200 days gone",
)
R(
    "relapse.drank",
    RL,
    "H",
    r"\b(?:drank|(?<!\ba )(?<!mean )(?<!angry )(?<!violent )(?<!happy )(?<!functional )drunk)\b(?!(?: [\w']+){0,5} (?:{SOFT})\b| (?:{SOFT}))(?= (?:again|today|tonight|this|last|at|and|after|for|a|some|the|my|\d+|way|so|too|until|till|before|with|alone|by|on|all|\w+day|yesterday)\b|\s*[.!,]|$)|\b(?:had|sank|downed|necked|knocked back|polished off) (?:a|one|two|three|four|five|six|a few|some|like \d+|\d+|a couple(?: of)?|another|my first|a whole|a little) (?!(?:blast|ball|good time|great time|lot of fun)\b)(?:{GAP2})?(?<!in )(?<!root )(?<!ginger )(?<!na )(?<!non-alcoholic )(?<!zero )(?:{BOOZE})\b(?! (?:in|on) (?:my|the) (?:cart|basket|trolley)\b)(?! of (?:{SOFT}|espresso|wheatgrass|coke|soup|beans|tuna|paint|b12|the vaccine|vaccine|insulin|cortisone)\b)(?! (?:at (?:the )?(?:doctor|doctor's|doctors|clinic|pharmacy|hospital|vet|urgent care)|in (?:my|the|her|his) arm)\b)(?! (?:in front of|sitting in front of|set (?:down )?in front of|poured for) (?:me|us)\b)|\btook(?<!savings took)(?<!account took)(?<!stocks took)(?<!portfolio took)(?<!credit took)(?<!pride took)(?<!ego took)(?<!business took)(?<!budget took)(?<!grades took) (?:a|some|one|two|three|a few|a couple|\d+) (?:of )?(?:my |her |his |\w+'s |my \w+'s )?(?:{GAP1})?(?:{DRUG}|hit|hits|drink|drinks)\b(?! (?:at|in|on|from|to|during|playing|off the ball)\b)|\bsmoked (?:a |some |\d+ )?(?:{DRUG}|bowl|joint|blunt|crack|meth|dope|weed|pot)\b|\bdid (?:a |some |\d+ )?(?:line|lines|bump|bumps|shot|shots|fat line|couple lines|{DRUG})\b|\bshot up\b(?! (?:my|the|a(?! bit| little| few| couple| while)|an|old|school|workplace|office|place)\b)|\b(?:snorted|sniffed)(?= (?!(?:laughing|out|at|with|so|and|when|while|because|like|my (?:tea|coffee|drink|water|soda|juice|milk)|milk|tea|coffee|water|soda|juice)\b)[a-z])|\b(?:railed|popped (?:a|some|\d+|a couple|one of|a few of|two of)|copped|reupped|re-upped)\b|\bscored (?:some |a little |a bit of |more |a )?(?:{DRUG}|dope|bag|baggie|gram|point|bundle|zip|sack)\b|\bscored (?:from|off) (?:my|the|a|an|this|that|his|her)\b|\bbought (?:a |some |\d+ )?(?:{DRUG}|{BOOZE}|bag|baggie)\b(?!(?: of [\w']+)?(?: glass| glasses| for (?:my|her|his|their|a|the|our)\b| as a (?:gift|present|souvenir)))|\blit (?:up )?(?:a |the |my )?(?:joint|blunt|bowl|pipe)\b|\b(?:snuck|sneaked|sneaking|took|taking|had) (?:a |some |\d+ |a few |a couple )?(?:shots?|swigs?|sips?|pulls?|nips?) (?:of|from|off) (?:the|my|a|his|her|dad's|mom's) (?:flask|vodka|whiskey|whisky|tequila|rum|gin|liquor|booze|wine|brandy|bourbon|scotch|fireball|jack)\b|\b(?:vaped|vaping|dabbed|dabbing|hit|hitting|took a hit (?:of|off)) (?:some |a |the )?(?:weed|pot|carts?|thc|dabs|wax|meth|crack|dope|fent|heroin|the pipe|a pipe|a bowl|a joint|a blunt|the bong|a bong)\b",
    roles="use",
    ex="smoked a bowl before session this morning",
)
R(
    "relapse.using_substance",
    RL,
    "H",
    r"\b(?:smoking|shooting|snorting|doing|using|popping|drinking|got done smoking|got done drinking|finished smoking) (?:some |a little |more |a bunch of |a few )?(?:meth|crack|heroin|dope|fent|fentanyl|coke|cocaine|lines|xanax|bars|percs|oxys?|crystal|molly|tina|vodka|whiskey|tequila|beers?|wine|liquor|booze|shots)\b"
    # "slamming" is injecting ("slammed tina this morning")
    r"|\b(?:slammed|slamming) (?:some |a little |a bit of |more )?(?:meth|tina|crystal|dope|heroin|fent|fentanyl|speed)\b",
    roles="use",
    ex="just got done smoking meth, first time since january",
)
R(
    "relapse.with_bottle",
    RL,
    "H",
    r"\bwith (?:a|my|the|another) (?:pint|fifth|flask|handle|six ?pack|case of beer|bottle of (?:vodka|whiskey|wine|rum|tequila|gin|jack|liquor|jameson|henny|\w+ whiskey|booze)|bag of (?:dope|meth|coke|crack|heroin|fent))\b",
    roles="use",
    ex="I'm sitting in my car with a bottle of jack",
)
R(
    "relapse.drinking_amount",
    RL,
    "H",
    r"\b(?:halfway|half way|half|most of the way|almost done) (?:through|thru) (?:a |the |my |this |another )?(?:bottle|fifth|handle|pint|case|six ?pack|twelve ?pack|{BOOZE})\b|\b(?:\d+|two|three|four|five|six) (?:beers|drinks|shots|glasses|cans|bottles|tall ?boys) (?:deep|in)\b|\bopening (?:a|my|another) (?:\d+(?:st|nd|rd|th)|another|next|second|third|fourth|fifth)\b|\bfirst (?:one|drink|beer|shot|glass)(?:'s| is)? (?:already )?(?:gone|down|done|finished)\b|\b(?:\d+|four|five|six) cans (?:before|by) (?:noon|lunch|9|10|11)\b",
    roles="use",
    ex="halfway through a bottle of vodka right now",
)
R(
    "relapse.slang",
    RL,
    "H",
    r"\b(?:fell |falling |fall )?off the wagon\b(?! (?:with|on) (?:my |the |our )?(?:diet|keto|paleo|vegan\w*|gym|workouts?|budget|running|reading|journaling|skincare|meal prep|no[- ]spend|dry january|sugar|carbs|streak|resolutions?)\b)|\bchas(?:ing|ed|e) the dragon\b|\bspeedball\w*|\bback on the (?:sauce|bottle|juice|dope|pipe|needle|shit|stuff|booze)\b|\bwent back out\b(?! (?:to|into|for|in|on|and (?:got|grabbed|checked))\b)|\b(?:blacked out(?! (?:the|my|all the|his|her|our|their|a) (?:\w+ )?(?:windows?|screens?|names?|text|details|faces?|room|curtains|blinds|addresses|numbers|plates?|flat|house|street|neighbou?rhood|building|block|city|town|area)\b)|black ?out drunk)\b|\bwoke up (?:hungover|drunk|still drunk|still high|in a stranger's|with no memory)\b",
    roles="use",
    ex="fell off the wagon hard tonight",
)
R(
    "relapse.day_count",
    RL,
    "H",
    r"\b(?:\d+|[a-z]+) (?:days?|months?|weeks?) (?:down the drain|gone|wasted|out the window|for nothing|ruined|thrown away|blown|lost|up in smoke)\b|\bso much for (?:my )?(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?)\b|\b(?:back to|reset(?:ting)? (?:to|back to)|starting (?:over )?(?:at|from)|start over at|starting over on) day (?:1|one|zero|0)\b|\bday (?:1|one|zero|0) again\b|\breset(?:ting)? my (?:counter|count|day count|days|date|sobriety date|clock|app|streak|time|clean date|sober date)\b|\bhave to reset\b|\bscrew my (?:\d+|[a-z]+) (?:days?|months?|weeks?)\b|\blost my (?:time|sobriety|clean time|sober time|streak|chip|days|(?:\d+|[a-z]+) (?:days?|months?|weeks?|years?))\b|\bbroke my (?:sobriety|streak|clean time|sober streak|\d+ days?)\b|\bbroke (?:my )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?)(?: (?:clean|sober|of sobriety|streak))?\b(?! ago)|\b(?:my |the )?(?:clean|sober|sobriety) date (?:changed|reset|moved|is now|got reset)\b",
    roles="use",
    ex="shot up about an hour ago. 47 days down the drain",
)
R(
    "relapse.in_system",
    RL,
    "H",
    r"\b(?:coke|cocaine|meth|fent|fentanyl|heroin|dope|crack|molly|xanax|benzos|pills|oxy|percs|"
    r"booze|alcohol|liquor|weed|thc|drugs)(?: is| are)? (?:still )?in my (?:system|blood|veins)\b",
    roles="use",
    ex="coke in my system and my heart's racing",
)
R(
    "relapse.emoji_again",
    RL,
    "H",
    r"(?<!off the )(?<!off )\b(?:needle|beer|wine|liquor|weed|smoke)(?: (?:needle|beer|wine|liquor|weed|smoke))* (?:again|today|tonight)\b",
    roles="use",
    ex="💉 again today",
)
R(
    "relapse.at_store",
    RL,
    "H",
    r"\b(?:i'm|i am|sitting|parked|standing|waiting) (?:{ADV})?(?:in|at|outside|in front of|in the parking lot of) (?:the |a |my )?(?:liquor store|bar|dealer's|dealers|package store|bottle shop|trap house|trap|old spot|plug's)(?! exam| association| mitzvah)(?: parking lot)?\b",
    roles="use",
    ex="I'm in the liquor store parking lot. I'm going in",
)
R(
    "relapse.dealer",
    RL,
    "H",
    r"\b(?:texted|called|hit up|messaged|met|meeting|met up with|hitting up|contacted|calling|texting|waiting (?:on|for)|dmed|snapped) (?:my |the |our |an |a )?(?:old )?(?:dealer|plug|connect|dope man|candy man)\b|\b(?:dealer|plug|dope man)(?:'s| is)? (?:on (?:his|her|their|the) way|coming (?:over|by)|outside|here)\b|\b(?:my|the) (?:dealer|plug|connect|dope man) (?:just )?(?:dropped (?:it|them|some|off|by)|came (?:by|through)|pulled up|delivered|left (?:it|them|some))\b",
    roles="use",
    ex="texted my old dealer, he's on his way over",
)
R(
    "relapse.going_to",
    RL,
    "H",
    r"\b(?:going|go|heading|headed|driving|walking|gonna go|about to go) (?:straight |right )?(?:to|into) (?:the |a |my )?(?:bar|liquor store|dealer|dealer's|package store|trap|trap house|plug)\b|\b(?:{WILLDO}|i'm|i am) (?:{ADV})?(?:go |go and |run and |run |gonna go )?(?:buying|buy|get|getting|grab|grabbing|pick up|picking up|cop|copping|score|scoring|go get|drink|use|get drunk|get high|get lit|get wasted|get loaded|get hammered|get smashed|get faded|get stoned|shoot up|relapse|drink again|use again) (?:a |some |another |me a |myself a |me some )?(?:bottle|fifth|pint|handle|six ?pack|case|{DRUG}|{BOOZE}|lit|drunk|high|wasted|loaded|hammered|smashed|faded|stoned|tonight|today|again|right now|now|for the first time)\b",
    roles="use",
    ex="after work today I'm buying a bottle",
)
R(
    "relapse.stash",
    RL,
    "H",
    r"\b(?:a|the|my) (?:pint|fifth|flask|baggie|gram|bundle|rig|needle|pipe|bag of \w+|bottle of (?:vodka|whiskey|wine|rum|tequila|gin|jack|liquor))\b,? (?:{GAP3})?(?:in my (?:purse|pocket|bag|car|backpack|hand|room|drawer|glovebox|glove box|jacket)|on my (?:nightstand|desk|table|counter)|in front of me|right here)",
    roles="use",
    ex="there's a pint in my purse and I keep touching it",
)
R(
    "relapse.bought_street",
    RL,
    "H",
    r"\b(?:bought|copped|scored|buying|grabbed) (?:some |them |it |the ones |a few |pills |bars |\w+ )?(?:off|from) (?:a|some|this|my|the|an old) (?:guy|dude|dealer|plug|connect|friend|buddy|stranger|girl|kid)\b",
    roles="use",
    ex="took my script and the ones I bought off a guy",
)
R(
    "relapse.bought_bag",
    RL,
    "H",
    r"\b(?:bought|got|copped|picked up) (?:a |some |another )?(?:bag|baggie|bundle|gram|point|8 ball|eight ball|ball|zip|quarter|half|blues|bars|pills)\b(?= (?:on|from|off|at|today|tonight|this|after|and|it's|right)|\s*[.!,]|$)(?! (?:of (?:chips|groceries|candy|food|clothes|dog food))\b)",
    roles="use",
    ex="bought a bag on the way home from group",
)
R(
    "relapse.drink_count",
    RL,
    "H",
    r"\b(?:on|onto|starting|cracked|cracking|opened|opening|poured|pouring|finishing|it'?s|this is) (?:my |the )?(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th) (?:{BOOZE})\b(?! of (?:{SOFT}))",
    roles="use today",
    ex="honestly its the third beer and it's not even 6",
)
R(
    "relapse.spent_using",
    RL,
    "H",
    r"\b(?:spent|spending|spend) (?:today|tonight|the day|the night|all day|all night|the afternoon|the evening|the whole (?:day|night|weekend)|the weekend|my (?:day off|birthday|weekend)) (?:drinking|using|getting (?:high|drunk|wasted|lit|fucked up)|high|drunk|wasted|smoking (?:crack|meth|dope|weed|pot))\b(?! (?:water|coffee|tea|{SOFT}))",
    roles="use today",
    ex="Spent today drinking in a motel off the interstate",
)
R(
    "relapse.so_i_could",
    RL,
    "H",
    r"\b(?:called in sick|ditched|skipped (?:group|work|class|the meeting|my (?:bupe|subs?|suboxone|sublocade|methadone|dose|meds|naltrexone|vivitrol|antabuse))|left (?:work|early)|told (?:my \w+|everyone|them) i was (?:sick|busy|at \w+)) (?:{GAP4})?so (?:that )?i (?:could|can) (?:drink|use|get (?:high|drunk|wasted|lit)|smoke|party)\b(?! (?:water|coffee|tea|{SOFT}))",
    roles="use",
    ex="called in sick so i could drink in peace",
)
R(
    "relapse.back_on_drug",
    RL,
    "H",
    r"\b(?:i'm|im|i am|i've been|been|got|getting|went|who's|whos|guess who's) (?:{ADV})?back on (?:the )?(?!(?:ice|speed|spice|bud|bowl|tar|blues|acid|crystal)\b)(?:{DRUG})\b(?! (?:{SOFT}|schedule|track)\b)",
    roles="use",
    ex="guess who's back on the addy",
)
R(
    "relapse.trap_house",
    RL,
    "H",
    r"\b(?:i was|i'm|im|i am|been|spent (?:the night|the day|all night|all day|the weekend)|went|ended up|woke up) (?:{ADV})?(?:at|to|in) (?:(?:the|a|my old) (?:trap|trap house|dope house|crack house)|my old (?:spot|plug's|dealer's))\b(?! (?:for (?:work|lunch|dinner)|in (?:group|the story|the movie|the show)))",
    roles="use",
    ex="told my mom i was at the library friday night. i was at the trap house",
)
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)"
R(
    "relapse.drinks_down",
    RL,
    "H",
    # drinks counted as they go down ("3 tallboys down", "four deep into a 12 pack"), the
    # next one poured ("first one's poured"), the count a plan has passed ("the plan was one
    # beer. we are on number six")
    r"\b"
    + _COUNT
    + " "
    + phrases(
        (
            "beers",
            "drinks",
            "shots",
            "tallboys",
            "tall boys",
            "cans",
            "ciders",
            "glasses",
            "whiskeys",
        ),
        ("down", "deep"),
    )
    + r"(?=\s*(?:[.!?,;:)]|$|(?:and|already|now|rn|so far|"
    r"tonight|today|before|by|lol)\b))|"
    r"\b"
    + _COUNT
    + r" deep (?:in|into) (?:a |the |my |this )?(?:{BOOZE}|12 ?pack|twelve ?pack|24)\b|"
    r"\b(?:first|second|third|next|another) (?:one|drink|beer|glass|shot)(?:'s| is) poured\b|"
    r"\b(?:{BOOZE})\b[^.!?\n]{0,40}[.!?]? (?:we're|we are|i'm|im|i am) on (?:number|drink|beer|glass) "
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b",
    roles="use today",
    ex="3 tallboys down and it's not even noon",
)
R(
    "relapse.had_a_few_there",
    RL,
    "H",
    # "a few" had somewhere drinking happens or before something sober people show up to
    r"\bhad a (?:few|couple)(?: (?:{BOOZE}))? (?:in the (?:car|truck|parking lot)|at the (?:bar|pub|vfw|legion|club|"
    r"game|party|wedding|bbq|tailgate)|before (?:going in|group|work|session|my shift|the (?:meeting|game|"
    r"recital|party|wedding|funeral)))\b",
    roles="use",
    ex="had a few in the car before going in",
)
R(
    "relapse.up_my_nose",
    RL,
    "H",
    # money spent on a drug by where it went ("half my paycheck already went up my nose")
    r"\b(?:half|all|most|some) (?:of )?(?:it|my (?:paycheck|check|pay|rent|money|savings))\b(?: {GAP2})?"
    r"(?:already )?(?:went|goes|is going|has gone|gone) up my nose\b",
    roles="use",
    ex="got paid this morning and half of it already went up my nose",
)
R(
    "relapse.to_the_dealer",
    RL,
    "H",
    # on the way to a dealer ("my dealer texted and i said omw")
    r"\b(?:my|the|his|her|a) (?:dealer|plug|connect)\b[^.!?\n]{0,60}\b(?:i (?:said|told (?:him|her|them)|texted back) "
    r"['\"]?(?:omw|on my way|be right there|coming|pulling up)|i'm (?:on my way|pulling up|in the car)|im (?:on my way|"
    r"pulling up|in the car)|heading (?:over|there) now)\b",
    roles="use",
    ex="my plug hit me up after two months and i told him omw",
)
R(
    "relapse.streak_ended",
    RL,
    "M",
    # a streak ended, a counter back to a low day, a drunk-driving arrest
    r"\bmy (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"sixty|ninety|hundred)[- ](?:days?|weeks?|months?|years?)(?: (?:of )?(?:sobriety|clean time|sober|clean))? "
    r"(?:ended|is over|are over|went out the window|is gone|reset)\b|"
    r"\bback (?:at|to|on) day (?:[1-5]|one|two|three|four|five)\b|"
    r"\b(?:got|picked up|caught) (?:a |another |my (?:first |second |third )?)?(?:dui|dwi|owi)\b",
    roles="use",
    ex="my 90 days ended saturday. not proud",
)
R(
    "relapse.sneaking_out_for",
    RL,
    "H",
    # slipping away to drink or use ("sneaking out to the car for sips")
    r"\bsneak(?:ing|ed|s)? (?:out|off|away)(?: to (?:the|my) (?:car|truck|garage|bathroom|van|porch))? "
    r"for (?:a |some )?(?:sips?|drinks?|shots?|swigs?|nips?|a hit|hits|bumps?|lines?)\b",
    ex="keep sneaking out to my truck for swigs on break",
)
R(
    "relapse.day_one_again",
    RL,
    "M",
    # the count back at the start ("day one. again.", "on day 3 now instead of day 60",
    # "4 days instead of 90")
    r"\bday (?:one|1)[.!,]* again\b|"
    r"(?<!i'd be on )(?<!i would be on )(?<!i'd be at )"
    r"\bday (?:\d+|one|two|three|four|five|six) (?:now )?instead of (?:day )?\d+\b|"
    r"\b\d+ days? instead of \d+\b",
    roles="use",
    ex="so it's day 3 instead of day 45. the wedding happened",
)
R(
    "relapse.downed",
    RL,
    "H",
    # drinks downed or poured one after another
    r"\b(?:chugged|downed|slammed|pounded|shotgunned|necked) (?:a |an |two |three |four |\d+ |a few |some |the |"
    r"my )?(?:{GAP1})?(?:{BOOZE})\b(?! of (?:{SOFT}))|"
    r"\bpour(?:ing|ed)? (?:myself )?another(?: (?:one|drink|glass|beer|shot))?\b(?! (?:of |cup|coffee|tea|"
    r"water|juice|soda|milk)\b)|"
    r"\b(?:{BOOZE})\b[^\n]{0,60}\b(?:now |i'm |im )on my (?:third|fourth|fifth|sixth|seventh|\d+(?:rd|th))"
    r"(?=\s*[.!]|$)",
    roles="use today",
    ex="chugged two tall cans in the parking lot before group",
)
R(
    "relapse.fell_back",
    RL,
    "M",
    # a relapse dated by its day, a fall back into the old ways, a few lines at a show, a run
    # of days
    r"\brelapse(?<!cutting relapse)(?<!harm relapse)(?<!sh relapse)(?<!burning relapse)(?<!eating relapse) "
    r"(?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|last night|yesterday)\b(?! (?:prevention|"
    r"group|class|meeting|plan|workshop|session)\b)|"
    r"\b(?:fell|fallen|falling|slid|slipped) back into (?:old habits|it|the bottle|using|drinking|the drink|"
    r"the pills|my addiction|bad habits)\b|"
    r"\b(?:a few|few|a couple|couple|some|\d+|two|three) (?:bumps|lines|rails|tabs|bars|xans|zans|percs) "
    r"(?:at|last|this|yesterday|on(?! (?:my|her|his|their)\b))\b|"
    r"\b(?:\d+|two|three|four|five|six|seven)[- ]day (?:run|bender|binge)\b"
    r"(?! (?:for|with|across|through|along|around|in|on|to|at)\b)",
    roles="use",
    ex="fell back into old habits over the long weekend",
)
R(
    "relapse.meeting_to_score",
    RL,
    "H",
    # on the way to buy ("meeting my buddy at 6 to score")
    r"\bmeet(?:ing)? (?:my |a |the |this )?(?:buddy|guy|dealer|plug|connect|friend|boy)\b (?:{GAP3})?to "
    r"(?:score|cop|re-?up)\b(?! (?:some |a |the |us )?(?:\w+ )?(?:tickets?|seats?|deal|points?|goals?|table|job|"
    r"bargains?|sneakers|shoes))",
    roles="use",
    ex="cashed my check, meeting my guy at 6 to score",
)
R(
    "relapse.used_with",
    RL,
    "H",
    # used together with someone
    r"\bused with (?:my|a|an|the|some|his|her|our) (?:\w+ )?(?:ex|friends?|buddy|roommate|cousin|brother|sister|"
    r"boyfriend|girlfriend|partner|husband|wife|coworker|neighbou?r|old crew)\b",
    roles="use",
    ex="used with my ex on friday night, we both said never again",
)
R(
    "relapse.took_a_hit",
    RL,
    "H",
    # a hit taken on the way, before group or in the car (not a loss taken: "my savings took a hit")
    r"(?:^|\bi |\bi just |\bjust |[.!?,] )"
    + phrases(
        ("took",), ("a", "one", "another"), ("hit", "bump", "line", "dab", "rip", "pull", "shot")
    )
    + r" "
    r"(?:on (?:my|the) way|before (?:group|coming|work|session|my shift|class)|in the (?:car|parking lot|"
    r"bathroom|truck)|this morning|just now|earlier)\b",
    roles="use",
    ex="took a hit on my way here. sorry for being weird in breakout",
)
R(
    "relapse.having_a_few",
    RL,
    "H",
    # drinking as the speaker writes ("having a few right now", "having a few for the guys we lost")
    r"\bhaving (?:a few|a couple|some|a drink|a beer|a glass|a cold one|a few beers|a few drinks|a couple beers) "
    r"(?:right now|rn|now|tonight|as we speak|for (?:the guys|my (?:\w+ )?(?:dad|mom|brother|friend|buddy)|"
    r"old times))\b",
    roles="use",
    ex="having a few right now, think i'll skip the UDS tomorrow",
)
R(
    "relapse.last_drink_recent",
    RL,
    "M",
    # a last drink or use only days ago ("my last drink was wednesday. yeah, this wednesday")
    r"\b(?:my )?last (?:drink|drinks|use|hit|high|line|bump|beer|pill|time i (?:drank|used|got high)) was "
    r"(?:(?:on |this |last )?{DAYNAME}|yesterday|last night|this morning|today|tonight|this week|"
    r"last weekend|over the weekend|(?:[1-9]|two|three|four|five|a few|a couple(?: of)?) days ago|"
    r"(?:\d+|an?|one|two|three|a few|a couple(?: of)?) hours? ago)\b",
    roles="today",
    ex="my last drink was wednesday. yeah, this wednesday",
)
R(
    "relapse.after_streak",
    RL,
    "M",
    # use after a streak, told in any tense ("today i use after 8 months", "drank after two years")
    r"\bi (?:just |finally )?"
    + phrases(
        ("use", "used", "drink", "drank", "relapse", "relapsed", "smoke", "smoked"),
        ("after", "again after"),
    )
    + r" (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many) "
    r"(?:days|weeks|months|years)\b",
    roles="today",
    ex="today i use after 8 months. my mother in Haiti was sick",
)
R(
    "relapse.started_on",
    RL,
    "H",
    # "started on the whisky after the solicitor rang", "drinking since 2pm" told in the present
    r"\bstarted on the (?:{BOOZE}|whisky|whiskey|sherry|gin|port|brandy|bottle|hard stuff)\b|"
    r"\b"
    + phrases(("i drink", "i use", "i smoke"), ("since",))
    + r" (?:noon|lunch|breakfast|this morning|morning|\d{1,2} ?(?:am|pm)|"
    r"\d{1,2}(?::\d\d)?)\b",
    roles="use",
    ex="Started on the whisky after the solicitor rang about the estate",
)
R(
    "relapse.into_my_arm",
    RL,
    "H",
    # a drug pushed into the speaker's own body ("wasted my dilaudid into my own arm on shift")
    r"\b(?:pushed|wasted|slammed|injected|shot|put) (?:it |that |them |some |(?:my|the) (?:\w+ ){1,2})?"
    + phrases(
        ("into my", "into my own"), ("arm", "vein", "veins", "leg", "hand", "neck", "thigh", "foot")
    )
    + r"\b",
    roles="use",
    ex="wasted my dilaudid into my own arm on shift today instead of the sink",
)
R(
    "relapse.split_bottle",
    RL,
    "H",
    # a bottle or a bag shared ("she and i split a bottle of vodka tonight")
    r"\b(?:split|splitting|shared|sharing) (?:a|the|another|two) (?:bottle|bottles|fifth|handle|six ?pack|"
    r"twelve ?pack|case|pitcher|gram|eight ?ball|bag|bundle)\b(?! of (?:{SOFT}|sparkling cider)\b)",
    roles="use",
    ex="she and i split a bottle of vodka tonight",
)
R(
    "relapse.did_use",
    RL,
    "H",
    # use told with an emphatic "did", often after a denial ("i didn't drink but i did use");
    # not the habit "i did use to drink"
    r"\bi did "
    + phrases(("use", "drink", "relapse", "slip", "pick up", "get high", "get drunk", "shoot up"))
    + r"\b(?! to\b)",
    roles="use",
    ex="i didn't drink but i did use",
)
R(
    "relapse.already_did",
    RL,
    "H",
    # use told back to a worry or a wish about it ("i don't want to drink, i already did", "my
    # brother thinks i'm going to relapse and i already did"): the denial or the wish before
    # it does not undo what "already did" says. The verb ends its clause and "did" takes no
    # object: "i was going to use the app but i already did it by hand" is no relapse.
    r"\b(?:drink|use|relapse|get high|get drunk|drinking|using|relapsing)"
    r"(?=[,;]| and\b| but\b| again\b)[^.!?\n]{0,60}?\b"
    + phrases(("i", "and i", "but i"), ("already did", "already relapsed"))
    + r"\b(?! (?:it|that|this|the|my|a|an|so)\b)",
    roles="use",
    policy="negated:keep urge:keep hypothetical:keep fear:keep conditional:keep",
    ex="i don't want to drink, i already did",
)
R(
    "relapse.instead",
    RL,
    "H",
    # one substance swapped for another ("not gonna drink tonight, gonna shoot up instead")
    r"\b(?:gonna|going to|will|'ll|about to) "
    + phrases(
        ("shoot up", "use", "get high", "smoke crack", "smoke meth", "take pills", "drink"),
        ("instead",),
    )
    + r"\b",
    roles="use",
    policy="managed:keep negated:keep",
    ex="not gonna drink tonight, gonna shoot up instead",
)
