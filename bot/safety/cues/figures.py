"""Figures of speech and other readings: idioms, jokes, punchlines, trivial threats, topics
(lessons, shows, games, a patient at work) and the signs of danger that keep a threat literal.
"""

from __future__ import annotations

import re

from bot.safety.patterns import expand

JOKE = re.compile(r"\blol\b|/j\b|/s\b|\bjk\b")
# A laugh taken back, in the same sentence or the next: "wanna die fr lol not even joking this
# time", "gonna unalive myself lol. no but actually", "i'll kill him if he shows up lol. i mean
# it". The words before the laugh are meant.
NOT_JOKING = re.compile(
    # (not "X is no joke", which says how hard X is)
    r"(?<!\bis )(?<!'s )(?<!\bwas )\b(?:not|no|isn't|isnt|ain't|aint|wasn't|wasnt) "
    r"(?:even |really |actually |a |being |"
    r"playing or )?(?:joking|kidding|joke|playing)\b|"
    r"\bno but (?:actually|seriously|for real|fr|really)\b|\bi (?:mean|meant) it\b|\bdeadass\b"
)
# A threat to kill hung on an everyday slip ("grandma said she'd kill me if i missed her 90th",
# "i'll murder him if he eats my leftovers again"): a figure of speech. A concrete harm ("break
# my arm if i'm late") stays a threat: the context only applies this to "kill" and "murder".
KILL_WORD = re.compile(r"\b(?:kill|murder)")
TRIVIAL_IF = re.compile(
    r"\bif (?:i|he|she|they|you|we|u)(?:'m|'re| am| are| was| were| get| show up| turn up| come| run)? late\b|"
    r"\bif (?:i|he|she|they|you|we|u) (?:\w+ )?(?:miss|misses|missed|skip|skips|skipped|forget|forgets|forgot) "
    r"(?:her|his|their|my|the|our|your|another|one more|leg day|to)\b"
    r"(?! (?:\w+ )?(?:payments?|rent|money|debts?|court|probation|parole)\b)|"
    r"\bif (?:i|he|she|they|you|we|u) (?:\w+ )?(?:spoil|spoils|spoiled|spoilt|eat|eats|ate|finish|finishes|"
    r"scratch|scratches|dent|dents|lose|loses|lost|drink|drinks) (?:her|his|their|my|the|our|your|another|it|anything)\b"
    r"(?! (?:\w+ )?(?:kids?|children|son|daughter|baby|life|pills|meds)\b)|"
    r"\bif (?:i|he|she|they|you|we|u) (?:don't|dont|do not|didn't|didnt) (?:call|text|visit|bring|show up|come|clean)\b|"
    r"\bif (?:i|he|she|they|you|we|u) (?:show|shows|showed|turn|turns|turned|come|comes|came) (?:up )?without\b"
)
# A pause, then a harmless ending: "i relapsed... on my diet", "i'm high... on life", "drank
# a whole bottle... of kombucha". Not when the ending names a substance or a time ("i
# relapsed... on saturday", "drank... vodka"): then the pause is only hesitation.
PUNCHLINE = re.compile(
    r" ?(?:\.{3,}|…) ?(?:on|of|off|with|to|into|up|during|at|from|in|a whole|an entire|over)\b"
    r"(?![^.!?]{0,40}\b(?:again|today|tonight|yesterday|last night|this morning|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week|meth|heroin|fent|fentanyl|dope|"
    r"coke|cocaine|crack|pills|oxys?|percs?|xanax|bars|benzos|vodka|whiskey|tequila|rum|gin|"
    r"beers?|wine|booze|liquor|alcohol|shots?|purpose|myself)\b)"
)
# A laughing complaint about an annoyance that keeps coming back ("if this printer jams one
# more time i'm jumping off a cliff lol"): a figure of speech. One more day or night (of
# living) is no annoyance.
ONE_MORE_TIME = re.compile(
    r"\bone more time\b|\bif\b[^.!?;\n]{0,60}?\bone more "
    r"(?!(?:\w+ )?(?:days?|nights?|weeks?|months?|years?|mornings?)\b)"
)
TOPIC = re.compile(
    r"\b(?:learned|learning|learn about|training|practised|practiced|psychoed|psychoeducation|article|podcast|"
    r"workbook|chapter|homework|covered(?! (?:in|with|up|over)\b)|talked about|talk about|talking about|explained|"
    r"explains|signs of|symptoms of|(?:counselor|therapist|doctor|doc|nurse|pharmacist|facilitator) "
    r"(?:said|says|told us|mentioned)(?! (?:that )?(?:i|i'm|im|my|me|you|you're|your)\b)|"
    r"what are|question for|til(?<![a-z] til)(?<![a-z], til)(?= (?:that|about|how|what|why|there|you|people|the|a|an)\b|:)|"
    r"documentary|"
    # a notice sent out about someone else's trouble: "the school sent a letter about a kid who
    # brought a gun to school" (not the member's own letter: "i wrote a letter about ...")
    r"(?:school|district|principal|teacher|coach|daycare|landlord|hoa|city|county|company|boss|"
    r"work|they) sent (?:out |home )?(?:a|an|us a|us an) (?:letter|email|notice|text|alert|note|"
    r"message) about|"
    r"movie|film|episode|season|book|novel|memoir|reading|read about|watched|watching|"
    r"scene|character|speaker|lecture|awareness|statistics|research|study|studies|rereading|"
    r"re-reading|the difference between|signs (?:that )?(?:someone|somebody|a person|people)|"
    r"prevention|education|video|youtube|(?<!good )(?<!bad )(?<!big )(?<!bigger )(?<!other )news|"
    r"song|lyrics|poem|poems|poetry|"
    # (not a game the member goes to: "at the kid's game saturday", "at his game")
    r"game(?<!'s game)(?<!\bat the game)(?<!\bat a game)(?<!\bat his game)(?<!\bat her game)"
    r"(?<!\bat my game)|"
    r"games|gaming|playing|played|"
    r"fortnite|valorant|minecraft|overwatch|dark souls|elden ring|sims|among us|"
    r"quest|raid|dungeon|pvp|respawn|npc|zombie|zombies|true crime|thriller|netflix|series|"
    r"actor|actress|rewatch|handout|worksheet|pamphlet|flashcards|certificate|the show|a show|"
    r"this show|that show|tv show|sitcom|anime|cartoon|comic|manga|pharmacology|"
    r"seminar|webinar|(?<!of )course|quiz|statistic|percent|studies show|research shows|the nurse "
    r"said|the doctor said|counselor explained|therapist explained)\b"
)
# The speaker's own writing is no lesson: "i wrote a song about killing myself last night" tells
# what is on their mind (matched on the words right before the topic word).
OWN_WRITING = re.compile(
    r"\bi(?:'m| am|'ve| have)? (?:just )?(?:wrote|write|writing|written|made|making|make) "
    r"(?:a |an |this |another |some |my )?(?:little |new |sad |dark )?$"
)
# A cry for help ends a topic word's reach: "narcan how to use nasal spray HELP my brother is
# on the bathroom floor" is an emergency, not a lesson; so does a question asked because of
# someone right there.
HELP_NOW = re.compile(
    r"\b(?:help|please|pls|plz|911)\b(?:[ !?]+(?:me|my|he|she|he's|she's|they|now|"
    r"asap|please|pls|plz)\b|[ ]*[!?])|"
    # a question asked for someone in front of the member: "what are the signs of a fent OD,
    # asking because my buddy's acting really off"
    r"\basking (?:because|cause|cuz|bc|since|as) (?:my|our|his|her|he|she|they|he's|she's|"
    r"someone|somebody|a friend)\b"
)
# A topic named after the match: "read about lethal doses in pharmacology class". Not "in
# group": after a match that is where people tell what happened ("I drank at a wedding, do I
# have to say it in group?"); a lesson in group is named before it ("we learned about ...").
TOPIC_AFTER = re.compile(
    # (not where the speaker was hurt: "the people who bullied me in school"; not a class or a
    # school as where it happened, told with a time: "carved into my arm in chem class today",
    # "scratched my arms raw in the school pickup line today"; nor one where the act followed:
    # "took the blade out of my sharpener in class and did it under the desk"; nor a lesson
    # followed: "we do CPR now like in class")
    r"\b(?:in|for)(?<!\bme in)(?<!\bme for)(?<!\bus in)(?<!\bus for)(?<!\blike in) (?!(?:\w+ )?(?:class|school) (?:\w+ ){0,2}(?:today|tonight|this morning|this afternoon|yesterday|earlier|again)\b)"
    r"(?!(?:\w+ )?(?:class|school),? and (?:then )?(?:i )?(?:did it|did them|used it|cut|scratched|carved|went to the)\b)(?:(?:\w+ )?(?:class|training|school|the course|the workshop|the lecture|"
    r"the book|the movie|the show|the game|the documentary|the podcast|homework|my paper))\b|"
    r"\b(?:the|my|our) (?:nurse|doctor|counselor|therapist|pharmacist|teacher|instructor) "
    r"(?:explained|said|told us|showed us)\b"
)
# A patient's overdose is work talk for healthcare workers ("pt OD'd in bay 4, pushed narcan
# x2"): a topic, but only where the patient is the subject of that verb ("as a patient here i want
# to die" is no topic).
PATIENT_EVENT = re.compile(
    r"\b(?:pt|pts|patients?)(?: (?:in|from) (?:bay|room|bed) \w+)? (?:(?:came|come|comes|brought|rolled) in )?"
    r"(?:od'?d|overdosed|coded)\b"
)
# Everyday things that sound like risk, read as idioms so that neither the rules nor the word
# model raises them: a drug or drink word naming goods ("bought a bag of chips", "a case of
# water", "took a bowl of soup over", "did a line dance", "bought a pot for the kitchen",
# "acid for cleaning the pool"), a night looked forward to, a tool on an errand, time away,
# greying hair.
_EVERYDAY_THINGS = (
    r"(?:a|the|another|new) pot\b(?! (?:of|with) (?:weed|bud|thc)\b)|"
    r"(?:bags?|case|cases|bowls?|cans?|bottles?|glass(?:es)?|pints?|shots?) of (?:water|soda|pop|"
    r"juice|milk|coffee|tea|espresso|lemonade|gatorade|seltzer|sparkling water|chips|crisps|soup|"
    r"cereal|rice|beans|popcorn|candy|sweets|groceries|food|dog food|cat food|fruit|flour|sugar|"
    r"salt|nails|screws|paint|oil|clothes|diapers|wipes|batteries|ice|ice cream|noodles|ramen|"
    r"oatmeal|pasta|chili|stew|pretzels|cookies|dirt|soil|mulch|seeds|tuna|apples|oranges|"
    r"potatoes|treats|kibble|toys|peas|corn)|"
    r"(?:line|speed|blunt|acid|pot|bowl)(?:-| )(?:dance|dancing|dancers?|bumps?|remover|knife|"
    r"knives|holders?|roast|plants?|pie|cleaner)|"
    r"acid for cleaning|"
    # a night looked forward to: "tonight's the night for pizza", "tonight's the night we
    # finally see them live"
    r"(?:tonight|today)(?:'s| is) the (?:night|day) (?:for|of|we)|"
    # a tool on an errand: "with a hammer to fix the deck", "a bat for the game", a knife set
    r"(?:hammer|axe|ax|bat|crowbar|knife|machete|saw) (?:to (?:fix|hang|build|put up|nail|repair|install|"
    r"assemble|chop|split|cut|open|pry)|for (?:the|a|my|his|her|our) (?:deck|fence|shelves|shelf|project|"
    r"repairs?|game|practice|league|kitchen|garden|firewood|birthday|party))|"
    r"knife (?:set|block|sharpener)|"
    # away for a while, not gone for good: "it'd be better if i wasn't here this weekend" (a
    # sister asking for space), "easier if i wasn't around at christmas"; not "... this year,
    # or any year"
    r"if i (?:wasn't|weren't|wasnt|werent|was not|were not) (?:here|around) (?:this (?:weekend|week|"
    r"evening|afternoon|morning|time|year|summer|winter|holiday)|tonight|today|tomorrow|"
    r"for (?:the (?:weekend|holidays?|party|visit|wedding|week|day)|a (?:while|bit|few days|week|"
    r"day|night|couple)|dinner|christmas|thanksgiving)|at (?:the|my|her|his|their|our|dinner|"
    r"christmas|thanksgiving)|during|while|till|until)\b(?!,? (?:or|and|or in) (?:any|every|ever|"
    r"next|after|forever|for good)\b)|"
    # hair going grey, not a face
    r"(?:hair|beard|temples|roots|eyebrows)(?:'s| is| are)? (?:turning|going|gone) gr[ae]y|"
    # a craving told as a relapse of the mind: "my brain relapsed 100 times today but my body
    # stayed home"
    r"(?:my )?(?:brain|mind|head|thoughts) (?:relapsed|relapses|relapsing|drank|used)|"
    # a pet's breath or sleep: "my dog's breathing sounds weird", "the cat is snoring funny"
    r"(?:dog|doggo|pup|puppy|cat|kitty|kitten|hamster|bird|parrot|rabbit|bunny|horse|ferret|"
    r"guinea pig|pet)(?:'s| is| was| isn't| is not| wasn't| stopped)? (?:breathing|breath|snoring|wheezing|lips|gums|tongue)|"
    # the member's lips or fingers blue from the weather, a swim or a dye ("my lips look kinda
    # blue lol it's freezing out"); a plain "freezing" is no cause (a sign of an overdose, too)
    r"my (?:lips|fingers|fingertips|hands|toes)(?: are| is| look| looks| went| turned| going| turning)? "
    r"(?:\w+ ){0,2}(?:blue|purple)(?:,| and| lol| haha| from| because| cuz| bc)* (?:[\w']+ ){0,3}"
    r"(?:(?:freezing|cold) (?:out|outside|in here|today)|(?:the|this) (?:cold|weather|wind|snow)|"
    r"snow|swimming|the pool|the lake|the ocean|popsicles?|blueberries|slushies?|gum|markers?|paint)"
)
IDIOMS = re.compile(
    expand(
        r"\b(?:{TOY_GUN} guns?|{TOOL_KNIFE} knife|{TOOL_KNIFE} knives|" + _EVERYDAY_THINGS + "|"
        # a ship's bridge: "i'm on the bridge of the ship in my new video game"
        r"bridge of (?:the|a|my|our|his|her) (?:ship|boat|vessel|starship|enterprise|nose|song)|"
        r"(?:is|are|was|were|'s|'re) (?:literally |really |absolutely |so )?killing me|"
        r"(?:killed|killing|kills) it\b|killed me|(?<!want )(?<!wanted )(?<!wanting )(?<!wanna )to die for(?! (?:like |about |almost |nearly |over )?(?:weeks|"
        r"days|months|years|hours|ages|so long|an hour|a (?:while|week|month|year|long time|bit)|the (?:last|past)|"
        r"\d+))|dying to\b|dying of|(?:nearly|almost) died "
        r"(?:laughing|of)|died laughing|dying laughing|i'm dead(?! (?:weight|inside))|dead tired|dead on my feet|drop dead|"
        r"dead serious|dead set|phone(?:'s| is) (?:dying|dead|about to die)|(?:phone|battery|laptop|tablet|controller|headphones|car)(?:'s| is)? (?:[^\s.!?;]+ ){0,4}(?:about to|going to|gonna) die|(?:'d|would|\bid) rather die than (?!(?:just |really )?(?:live|living|keep|go on|going on|carry on|feel|be alive|be here|exist|wake up|face|spend another|continue|stay|survive|suffer|be like this|be me)\b)|battery (?:is )?(?:dying|"
        r"died|dead)|(?<!\bi )(?:can|could|should) go jump off (?:a|the) (?:cliff|bridge|pier)|(?:crying|laughing|cackling|wheezing|dying|dead)(?: so hard)?,? (?:i )?(?:can't|cannot) "
        r"breathe|(?:can't|cannot) breathe (?:lol|lmao|haha)|(?:can't|cannot) breathe,? (?:i'm |im |i am |from )?"
        r"(?:laughing|crying laughing|wheezing|cackling)|drunk on (?:love|power|happiness|joy|life|sleep deprivation|no sleep|caffeine|sugar|success|"
        r"adrenaline|excitement|nostalgia|hope|freedom|sunshine)\b|hammered (?:with|by) (?:hail|rain|snow|"
        r"storms?|wind|work|calls|emails|orders|customers|homework|patients|admits|admissions|traumas)|(?:rooster|dog|cat|squirrel|raccoon|"
        r"goat|printer|phone|laptop|car|truck|tractor|mower|wifi|router|alarm)(?:'s| is) (?:a )?dead "
        r"(?:man|meat)|(?:plants?|houseplants?|succulents?|basil|tomato(?:es)?|garden|ferns?|orchids?|cactus|"
        r"sourdough starter|phone|laptop|battery|printer|car|social life|diet|bank account)"
        r"(?:'s| is| are| has| have)? (?:just |kinda |basically |slowly )?(?:committed|committing|commit) "
        r"(?:slow |a slow )?suicide|time to kill|kill(?:ing)? time|kill for (?:a|some|an|your|his|her|those|these|that)|could (?:murder|kill) "
        r"(?:a|an|some|for)|(?:could|gonna|going to) (?:murder|kill|strangle) (?:him|her|them)[.!, ]+(?:but )?(?:i )?"
        r"(?:still )?(?:love|adore) (?:him|her|them)\b|is murder|are murder|murder on my|(?:cut|cutting|cuts) (?:ties|back|down|"
        r"corners|class|my hair|her hair|his hair|the cake|the grass|it out|it close|out (?:sugar|"
        r"caffeine|carbs|coffee|soda|meat|gluten|dairy|alcohol|people)|off (?:contact|ties))|"
        r"haircut|high on life|my new drug|pulled the trigger|took a shot at|(?:shot|shoot) (?:me )?"
        r"(?:a|an) (?:text|message|dm|email)|give it a shot|worth a shot|long shot|bombed|drowning "
        r"in|(?:overdosed|overdosing|od'?d|od'?ed|odded|od'?ing) {ON_THING}|high {ON_THING}|"
        r"beat myself up|beating myself up|beat the (?:traffic|odds|rush|heat|"
        r"record|game|boss|level|system|crowd)|kill two birds|(?:be )?the death of me|death stare|"
        r"scared to death|bored to death|worried sick|sick to death|killing the game|hits? (?:me|us) up|"
        r"die on (?:this|that|a|the) hill|cut (?:myself|yourself|himself|herself|me|him|her|them|us) "
        r"(?:some |a little |a lot of )?slack|"
        # breathless from the weather or a workout, bleeding from a nick: only right beside them,
        # so that nothing told in between ("after the hike i took all my pills") reads as a figure
        r"(?:so|too) (?:humid|hot|muggy|stuffy|smoky|cold)(?: today| outside| out there| in here)?,? "
        r"(?:that )?(?:i )?(?:still )?(?:can't|cannot) "
        r"breathe|(?:stairmaster|cardio|workout|sprints|spin class|leg day|burpees|hike|stairs)"
        r"(?: class| session)?(?: for (?:\d+|an?|half an) (?:min|mins|minutes|hours?))?,? (?:and )?"
        r"(?:now )?(?:i )?(?:still )?(?:can't|cannot) (?:breathe|feel my legs)|(?:nick|nicked|paper "
        r"cut|nosebleed|my nose|my gums|splinter)(?: on my \w+)?,?(?: (?:but|and))? (?:it )?(?:won't|"
        r"can't|cannot) stop bleeding|"
        # "myself" as who something is for ("hanging myself a new shelf", "cutting myself a slice")
        r"(?:hang|hanging|hung|cut|cutting|shoot|shooting|shot|burn|burning|burned|burnt) (?:myself|my "
        r"self) (?:a|an|some|another) (?!(?:lot|little|bit|few|couple|bunch|ton|tad|hour|day|week|"
        r"month|year|night|time|way|chance|reason|minute|second|moment|more|last)\b)[a-z]+|"
        r"hit the (?:gym|road|hay|sack|books|spot|jackpot|wall|ground running)|hits? different|"
        r"hit a wall|hit it off|hit or miss|hit home|smash(?:ed)? it|crushed it|"
        r"kill(?:ed)? (?:the|that|my) (?:test|exam|interview|presentation|game|level|workout)|"
        r"kill(?:ed)? (?:the|that|this|final) boss|final boss|"
        r"serial \w+ killer|plant killer|lady killer|pain ?killers?|weed ?killer|bug ?killer|"
        r"die laughing|die of laughter|killer (?:workout|app|deal|view|playlist|song)|fight like cats and dogs|hang(?:ing)? out|"
        r"hangout|hung out|hang(?:ing)? in there|hang on|hang up|hung up|i'd die if|i would die if|"
        r"die of (?:embarrassment|boredom|cuteness|laughter|jealousy|envy|excitement|old age)|"
        r"(?:wanted|want|going|gonna) to die of (?:embarrassment|boredom|cuteness)|"
        r"relapsed on (?:my|the) (?:diet|no[- ]sugar|"
        r"sugar|keto|biscuits|cookies|chocolate|candy|junk food|netflix|crossword)|"
        r"drunk on (?:power|love|joy)|wasted in the sense|hammered by|"
        r"(?:we're|we are|we were|we got|we've been|getting) (?:getting )?hammered (?:in|on) the (?:ed|er|ward|unit|icu|"
        r"clinic|floor|warehouse|line)\b|"
        r"(?:feel|felt|feeling) like (?:i'd|i had|i've|i have|i) ?(?:been|got|get) hit by a (?:truck|bus|train)|"
        r"beat(?:s|en|ing)? (?:me|us)(?: again)? (?:by (?:\d+|\w+ points?|a mile|a lot|ten|five)|\d+ ?(?:-|to) ?\d+)|"
        r"got (?:smashed|hammered|crushed|wrecked|destroyed|thrashed) (?:at|in) (?:bowling|ping pong|"
        r"softball|fantasy \w+|the (?:\w+ )?(?:game|match|semis|finals?|tournament|league)|chess|pool|darts|"
        r"trivia|poker|tennis|golf|basketball|volleyball|football|soccer|hockey|mario kart)|"
        r"knock(?:ed|s)? (?:his|her|their|my|the|our) \w+ out of the park|"
        r"thought i was (?:going to|gonna) die(?=,? (?:loved|lol|haha|but it was|best|so fun|worth|every time|each time))|"
        r"beat(?:s|en|ing)? (?:me|us)(?: again)? (?:at|in) (?:draughts|checkers|chess|cards|pool|darts|mario kart|"
        r"scrabble|monopoly|uno|rummy|gin rummy|cribbage|dominoes|solitaire|bingo|mahjong|backgammon|"
        r"bowling|tennis|golf|ping pong|pickleball|frisbee|cornhole|horseshoes|foosball|air hockey|"
        r"mini golf|jenga|catan|spades|euchre|basketball|a race|the race|"
        r"arm wrestling|video games|smash|fifa|madden|trivia|wordle|poker|the game|fortnite)|"
        r"beat(?:s|en|ing)? (?:me|us) (?:every|each) (?:game|round|match|hand|time)|"
        r"threw (?:me|us|him|her) (?:a|an) (?:\w+ ){0,2}(?:party|shower|surprise|bash|curveball|bone|"
        r"look|glance|wink|smile|birthday)|"
        r"dragged (?:me|us) (?:along )?to (?:a|an|the|this|that|my|her|his|their) "
        r"(?!(?:bathroom|bedroom|basement|car|garage|floor|ground|closet|shed)\b)|"
        r"slammed (?:her|his|their|my|the) (?:bedroom |car |front |back )?door|"
        r"overdose of (?:energy|sugar|caffeine|cuteness|enthusiasm)|"
        r"die happy|gonna kill (?:me|us) (?:when|if)|(?:going|gonna|about) to "
        r"kill me when|(?:mom|dad|wife|husband|boss|sister|brother|teacher|coach|mother|father|mum|"
        r"girlfriend|boyfriend|partner|sponsor)(?:'s| is)? (?:gonna|going to|will|'ll) (?:kill|"
        r"murder|end) me|(?:gonna|going to) be the death|over my dead body|dying inside lol|"
        r"killing myself (?:laughing|at the gym|working|studying)|kills me lol|knock(?:ed)? (?:it|"
        r"them) out of the park|blow (?:my|your) mind|blew my mind|mind blown|shoot (?:for|your "
        r"shot|my shot)|shot (?:my|your) shot|shoot the breeze|shot down|cut me some slack|"
        r"i'm so dead|we're so dead|you're dead to me|dead to me|dead end|deadline|dead battery|"
        r"my feet are killing|killer headache|dying for (?:a|some)|murder (?:a|an|some) (?:pizza|"
        r"burger|burrito|taco|sandwich|coffee|beer|steak|meal))"
    )
)
# A threat to kill the speaker, which is an idiom ("my boss is gonna kill me") unless the
# message shows danger (below).
THREAT_TO_ME = re.compile(r"\b(?:kill|murder|end) (?:me|us)\b")
DANGER = re.compile(
    r"\b(?:drunk|wasted|high|screaming|yelling|shouting|banging|kicking|pounding|punching|"
    r"hiding|hid|locked|knife|gun|crowbar|hammer|bat|weapon|hit|hits|hurt|hurts|choked?|"
    r"choking|strangl\w*|shoved|pushed|threw|throwing|threatens?|threatened|beat|beats|"
    r"beating|bruises?|police|911|999|on (?:his|her|their|the) way|coming (?:for me|over|back)|"
    r"pull(?:ed|ing)? up|outside (?:my|the) (?:door|house|window|apartment)|at (?:my|the) door|"
    r"(?:he|she|they) (?:means?|meant) it)\b"
)
