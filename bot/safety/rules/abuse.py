"""Abuse rules: being hurt, threatened, controlled or trapped by someone (particular
phrasings; see ``events``)."""

from bot.safety.rules.table import AB, RuleTable, phrases

RULES = RuleTable()
R = RULES.add

R(
    "abuse.flee_tonight",
    AB,
    "H",
    r"\b(?:get to|go to|stay at|sleep at|find|need|into) (?:a |the )?(?:shelter|safe house|women's shelter|dv shelter|domestic violence shelter)\b,? (?:{GAP4})?(?:without (?:him|her|them) (?:finding out|knowing|noticing|seeing)|before (?:he|she|they) (?:gets?|comes?) (?:home|back))",
    # asking how to flee is the disclosure: the question is no supposition
    policy="hypothetical:keep",
    ex="how do I get to a shelter tonight without him finding out",
)
R(
    "abuse.hit_me",
    AB,
    "M",
    r"{PERPX} (?:{ADV})?(?:{HITV}) (?:{VICTIM})\b(?! (?:own|up (?:on|about)|to it|{TO_DO}|with (?:a |the |that |this |his |her |some )?(?:\w+ )?(?:puns?|jokes?|questions?|news|texts?|messages?|memes?|requests?|bills?|truth|facts|compliments?|songs?|ideas?|story|stories))\b)(?!(?: out)? (?:in|at|during) (?:jiu ?jitsu|bjj|judo|wrestling|mma|sparring|practice|training|the match|the tournament|class)\b){SCORED}(?! (?:by the hand|with (?:a|the|his|her|their) (?:water balloon|balloon|pillow|snowball|nerf \w+|foam \w+|frisbee|beach ball|water gun|hug))\b)",
    roles="today",
    policy="joke:low",
    ex="my husband beeted me again this morning",
)
R(
    "abuse.passive",
    AB,
    "M",
    r"\b(?:i|i'm|i am|i was|i've been|i have been|i get|i got|i keep getting|been|being|getting) (?:{ADV})?(?:being )?(?:abused|beaten|beat up|raped|molested|assaulted|choked|strangled|hit|slapped|punched|kicked|sexually assaulted|groomed)\b(?= (?:at home|by|again|every|daily|constantly|all the time|repeatedly|last night|today|tonight|yesterday|on|and)|\s*[,.!]|$)|"
    # a clause that opens with "got": "got strangled a bit last night, it's just how he is"
    r"(?<![\w'] )(?<![\w'])got (?:strangled|choked|beaten|beat up|raped|molested|assaulted|sexually assaulted|groped)\b(?! (?:up|on|out)\b)",
    roles="today",
    ex="im beign abused at home and i dont know what to do",
)
R(
    "abuse.now",
    AB,
    "C",
    r"{PERP}(?:'s| is| are|'re) (?:{ADV})?(?:outside |here |downstairs |upstairs |at the door |in the \w+ )?(?:(?:screaming|yelling|raging|drunk|losing it) and )?(?:hitting|beating|choking|strangling|kicking|punching|slapping|attacking|hurting|throwing (?:things|stuff|\w+) at|banging on|breaking down|kicking in|raping|dragging|smashing) (?:me|us|my \w+|the (?:\w+ )?door|things at me)\b(?! (?:up|about)\b)",
    ex="my stepdad is hitting my mom downstairs right now",
)
R(
    "abuse.just",
    AB,
    "C",
    r"{PERP} (?:just|literally just) (?:{HITV}) (?:me|us|my \w+)\b",
    ex="he just choked me and now he's in the other room",
)
R(
    "abuse.hiding",
    AB,
    "H",
    r"\b(?:i'm|i am|we're|we are) (?:{ADV})?hiding (?:in|from|at|out|under)\b(?! (?:my |the |our )?(?:sponsor|counselor|counsellor|therapist|group|"
    r"program|po|probation officer|case ?worker|doctor|everyone|the group|the world|"
    r"my problems|my feelings|the truth)\b)|\bi locked myself in (?:the|my|a) (?:\w+ )?(?:room|bathroom|closet|car|bedroom)\b|\b(?:i'm|i am|we're) locked in (?:the|my|a) (?:\w+ )?(?:room|bathroom|closet|car|bedroom)\b|\bhiding at (?:a|the) (?:gas station|friend's|neighbor's|store|motel)\b",
    ex="he just choked me and now he's in the other room, I'm hiding in the closet",
)
R(
    "abuse.confined",
    AB,
    "C",
    r"\b(?:won't|will not|doesn't|does not|wont) let (?:me|us) (?:leave|go|out|call|get out)\b(?! (?:of (?:the|my) sight|alone|to (?:the|a) (?:party|concert|game))\b)",
    ex="he took my phone and won't let me leave the house",
)
R(
    "abuse.control",
    AB,
    "M",
    r"\bnot allowed to (?:have|see|leave|go|talk|use|call|work|drive|keep)\b|\b(?:won't|will not|doesn't|never|wont) let (?:me|us) (?:see|have|talk to|use|work|go anywhere|eat|sleep|keep|get a job|drive)\b|\b(?:goes|went|going) through my phone\b|{PERP}(?: (?:always|still|just|keeps))? (?:controls|takes|took|keeps|hides|hid|stole|steals) (?:all )?(?:of )?my (?:money|paycheck|phone|keys|car keys|id|passport|meds|cards)\b{BORROWED}|{PERP}(?: (?:always|still))? controls (?:all )?(?:of )?the (?:money|finances|bank account|cards)\b(?![^.!?\n]{0,50}\b(?:thank god|thankfully|luckily|good with|better (?:with|at)|terrible (?:with|at)|bad (?:with|at)|budget|budgets)\b)|\btracks my (?:phone|location)\b|\b(?:makes|made|forces|forced|pressures|pressured|pushed|coerced) me (?:to )?(?:do (?:things|stuff|sexual|it)|have sex|sleep with|touch|perform|give|do sexual)\b|\braped me\b|\b(?:forced|forcing|forces|keeps forcing|kept forcing) (?:himself|herself|themselves) on me\b|\b(?:keeps|kept|has been|started) (?:coming|sneaking|walking|creeping) into my (?:room|bed|bedroom)\b",
    policy="joke:low",
    ex="I'm not allowed to have my own money or see friends",
)
R(
    "abuse.locked",
    AB,
    "H",
    r"\b(?:locks|locked|locking|lock) me (?:in|out|up)\b|\b(?:locked|lock) me in (?:the|my|a) (?:room|bedroom|closet|basement|bathroom|house|car)\b",
    ex="my partner locks me in the bedroom when he goes out",
)
R(
    "abuse.cover_story",
    AB,
    "M",
    r"\b(?:walked|walking|walk|ran|running|bumped|bumping) into (?:a |the )?doors?\b|\bthat'?s what i'?m supposed to (?:say|tell)\b|\b(?:told|tell) (?:the kids|them|everyone|people|my \w+) (?:that )?i (?:tripped|fell|walked into|ran into)\b|\b(?:covering|covered|cover|hiding|hid|hide) (?:up )?(?:a |the |my |this )?(?:black eye|bruises?|marks|handprints?|split lip|fat lip) (?:with|under) (?:makeup|concealer|foundation|long sleeves|a scarf|a hoodie|sunglasses)\b|"
    # injuries explained away to others: "got a black eye but I'm telling work it was a cabinet
    # door", "the bruises aren't from the gym like I told you" (not what the member did to
    # themselves, and not a story told whole: "it was the dog that knocked me over"; marks and
    # scratches explained away are as often self-harm)
    r"\b(?:bruises?|bruising|black eyes?|handprints?|split lip|fat lip)\b(?![^\n]{0,30}\b(?:i gave myself|i did (?:it )?(?:to )?myself)\b)"
    r"[^!?\n]{0,80}?\b(?:telling|told|tell|say|said|saying|think|thinks|thought)(?: \w+){0,2} "
    r"(?:it was|it's|they were|they're) (?:the (?:dog|cat|door|cabinet|cabinet door|car door|stairs)|"
    r"a (?:cabinet|door|fall))\b(?! (?:that|who|which)\b)|"
    r"\b(?:bruises?|bruising|black eyes?|handprints?|split lip|fat lip)\b[^.!?\n]{0,40}(?:aren't|weren't|isn't|wasn't) from "
    r"(?:the gym|the dog|the cat|a fall|falling|the door|sports|rugby|football|work)\b"
    r"(?= like (?:i|we) (?:told|said)|[^.!?\n]{0,40}\b(?:he|she|they|him|her)\b)",
    ex="I keep walking into doors. that's what I'm supposed to say anyway",
)
R(
    "abuse.threat",
    AB,
    "H",
    r"{PERP}\b,? {GAP3}(?:said|says|threatened|threatens|told me|swore|swears|keeps saying|texted|wrote|screamed|yelled|screaming|yelling|saying|shouting)\b,? {GAP3}(?:he|she|they)?(?:'ll| will| would|'d| is going to| was going to| is gonna| was gonna| gonna)? ?(?:kill|hurt|beat|shoot|stab|end|take the kids|take my kids|take (?:the|my) (?:kids|baby|children) away|finish the job|make me pay|break my|choke|burn)(?:s|ing|bing)?\b(?! (?:up )?(?:himself|herself|themselves|themself|his|their|a|an|that|this|some|every|it|the (?:neighbou?rs?|guy|man|woman|boss|teacher|cops?|police|dealer|landlord)\b)\b) ?(?:me|us|my \w+|the kids|worse)?|\b(?:he|she|they)(?:'ll| will| would|'d| is gonna| is going to) (?:literally )?(?:kill|hurt|beat|shoot|stab) (?:me|us) (?:if|when|for)\b|\b(?:he|she|they)(?:'s| is|'re| are) (?:going to|gonna|about to|trying to) (?:kill|hurt|beat|shoot|stab|choke) (?:me|us)\b|\b(?:next time|one day) (?:he|she|they)(?:'ll| will) (?:finish the job|kill me|really hurt me)|"
    r"\b(?:he|she|they|{PERSON})\b[^.!?\n]{0,30}?\b(?:threatening|threatened|threatens|threatenin) to (?:kill|hurt|beat|shoot|stab|choke|strangle|burn) (?:me|us|my \w+|the kids)\b|"
    # a home burned with the speaker inside ("he'll burn the apartment down with me in it")
    r"\b(?:he|she|they)(?:'ll| will|'d| would| is going to| is gonna| said he'd| said she'd| threatened to) "
    r"(?:literally )?(?:burn|torch|set fire to) (?:the|my|our|this) (?:house|apartment|place|trailer|car) "
    r"(?:down )?with (?:me|us|the kids|my \w+) (?:in|inside) (?:it|there)\b",
    policy="joke:drop",
    ex="my boyfriend said he'll kill me if I go to group again",
)
R(
    "abuse.weapon",
    AB,
    "C",
    r"\b(?:he|she|they)(?:'s| is| has| had| got)? (?:{GAP2})?(?:the |a |his |her )?(?:gun|knife|weapon|bat)\b,? (?:{GAP3})?(?:out|pointed|at me|to my head|in (?:his|her) hand)(?! (?:to (?:cut|slice|carve|open|peel|chop|spread|fix|whittle)|for (?:the|a|his|her) (?:cake|bread|steak|turkey|box|package|fish))\b)",
    ex="he has the gun out and says if I leave he'll use it",
)
R(
    "abuse.fear_home",
    AB,
    "H",
    r"\b(?:scared|afraid|terrified|frightened) (?:to go home|of going home|to go back (?:home|there)|to be home|of (?:him|her|my (?:husband|wife|boyfriend|girlfriend|partner|dad|father|mom|mother|stepdad|stepmom|ex|bf|gf)))\b(?! own\b)(?!'s (?:driving|cooking|singing|dancing|dog|dogs|cat|snake|spider|car|truck|boat|plane|jokes|music|taste|fashion|texting|hair|phone|parrot|horse|ghost stories|scary movies)\b)|\bnot safe (?:at home|here|in my (?:house|home|own home))\b|\bdon't feel safe (?:at home|in my (?:own )?(?:house|home)|around (?:him|her))\b",
    ex="I'm scared to go home",
)
R(
    "abuse.injury",
    AB,
    "M",
    r"(?:\b(?:my )?(?:eye|lip|nose|face|cheek|jaw|wrists?|arms?|neck|ribs?) (?:is |are )?(?:swollen(?: shut)?|bruised|busted|split|bleeding|black|broken|purple)\b|\b(?:split|busted|fat) lip\b|\bblack eye\b|\b(?:cover|hide|covering|hiding) (?:up )?(?:the |my )?(?:marks|bruises|black eye)\b|\bwalking into doors\b|\binjured\b)(?![^\n]{0,30}\b(?:i gave myself|i did (?:it )?(?:to )?myself)\b)(?=[^\n]{0,200}\b(?:he|she|they|him|his|her|my (?:husband|wife|boyfriend|girlfriend|bf|gf|partner|ex))\b)|\b(?:he|she|him|his)\b[^\n]{0,200}?(?:\b(?:my )?(?:eye|lip|nose|face|cheek|jaw|wrists?|neck|ribs?) (?:is |are )?(?:swollen(?: shut)?|bruised|busted|split|bleeding|black|broken)\b|\b(?:split|busted|fat) lip\b|\bblack eye\b)|"
    # a bone broken by someone: "he broke my finger"
    r"{PERP} (?:broke|fractured|dislocated|busted) my (?:finger|fingers|arm|nose|rib|ribs|wrist|jaw|hand|collarbone|tooth|teeth)\b{ACCIDENT}",
    ex="he did it again 🤕 my eye is swollen shut",
)
R(
    "abuse.again",
    AB,
    "M",
    r"\b(?:he|she|they) (?:did it|went off|lost it|got violent|got physical|put (?:his|her|their) hands on me) again\b|\bput (?:his |her |their )?hands on (?:me|my \w+)\b",
    ex="my man put hands on me again",
)
R(
    "abuse.touched",
    AB,
    "M",
    r"{PERP} (?:touched|touches|keeps touching|has been touching|tried to touch) (?:me|my (?:kids?|son|daughter|sister|brother))\b(?! (?:deeply|so much|my heart|on the shoulder)\b)|"
    r"{PERP} (?:groped|gropes|keeps groping|has been groping|tried to grope) (?:me|my (?:kids?|son|daughter|sister|brother))\b",
    ex="my uncle touched me at the family thing last weekend",
)
R(
    "abuse.threw_out",
    AB,
    "H",
    r"(?<!zoom )(?<!teams )(?<!discord )(?<!the app )(?<!the call )(?<!the meeting )(?<!the game )(?<!the server )(?<!the wifi )\b(?:threw|kicked|locked) me out\b(?! of (?:the )?(?:call|meeting|zoom|app|game|server|chat|account)\b)|\b(?:smashed|broke) my (?:phone|door|window|car)\b|\bi have nowhere (?:to go|safe)\b",
    ex="he threw me out and smashed my phone and I have nowhere to go",
)
R(
    "abuse.report_in",
    AB,
    "M",
    r"\b(?:i )?(?:have to|had to|has to|must|make me|makes me|made me) (?:send|text|show|share|snap) (?:him|her|them) (?:a (?:pic|picture|photo|selfie)|pics|pictures|photos|my location|proof)(?: of)? (?:where i am|who i'm with|who im with|every|each|when)\b",
    roles="today",
    policy="joke:low",
    ex="i have to send him a pic of where i am every hour or he loses it",
)
R(
    "abuse.shook_baby",
    AB,
    "H",
    r"\b(?:shook|shaking|shake|shaken) (?:my|the|our|her|his) (?:baby|infant|newborn|toddler)\b(?!'s)",
    roles="today",
    ex="i shook my baby today bc she wouldn't stop crying",
)
R(
    "abuse.im_next",
    AB,
    "H",
    # someone raging says the speaker is next; "rent" demanded in other ways
    r"\b"
    + phrases(
        ("said", "says", "told me", "yelled", "yelling", "screamed", "screaming", "shouting"),
        ("i'm", "im", "i am", "you're", "youre", "that i'm", "that im", "that you're"),
        ("next",),
    )
    + r"\b(?! (?:at|in|for|on|up|to|after|in line)\b)|"
    r"\bexpects? (?:['\"])?rent(?:['\"])? (?:in other ways|with (?:sex|my body))\b",
    ex="he's throwing things downstairs and said i'm next",
)
R(
    "abuse.hits_us",
    AB,
    "H",
    # someone at home who hits the speaker's family, or who burned the speaker with something
    # (burned "with a cigarette" and no one named is the speaker's own doing)
    r"\b(?:hits|smacks|slaps|beats|kicks|punches|chokes|shoves|whips) (?:us|my (?:son|daughter|kids?|children|"
    r"baby|little (?:brother|sister)|brother|sister))\b(?! (?:up|at|in|to|with|by|back|off)\b)|"
    r"(?:{PERP}|\b(?:mom|mum|dad|stepdad|stepmom|stepmum))(?: just| once)? burned (?:me|my (?:arm|hand|leg|skin|"
    r"face|neck)) with (?:a|her|his|their|the) (?:cigarette|lighter|"
    r"iron|curling iron|pan|spoon|kettle)\b",
    ex="my stepdad hits us when he's had a bad day",
)
