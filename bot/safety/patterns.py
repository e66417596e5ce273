"""The small language rules are written in: regular expressions over normalised text with
named building blocks (``{I}``, ``{GAP3}``, ``{NOW}`` ...); the keys that gate them are
derived from each pattern by ``keys``.

Every building block is linear-time: gaps are bounded repetitions of a word class that cannot
contain the separator (``(?:[^ .!?;]+ ){0,3}``), so no pattern can backtrack
catastrophically, and each pattern only sees one normalised message of bounded length.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import product

from bot.safety.keys import derive_requirements
from bot.safety.model import Category, Severity

_WORD = r"[^\s.!?;]+"

# Names in braces are expanded recursively; keep them UPPERCASE so that regex quantifiers such
# as {0,3} are never mistaken for macros.
MACROS: dict[str, str] = {
    "W": _WORD,
    "GAP1": rf"(?:{_WORD} )?",
    "GAP2": rf"(?:{_WORD} ){{0,2}}",
    "GAP3": rf"(?:{_WORD} ){{0,3}}",
    "GAP4": rf"(?:{_WORD} ){{0,4}}",
    "GAP6": rf"(?:{_WORD} ){{0,6}}",
    "GAP8": rf"(?:{_WORD} ){{0,8}}",
    # first-person subject, with the contractions the normaliser produces
    "I": r"\bi(?:'m|'ve|'ll|'d| am| was| have| had| will| would)?",
    "IM": r"\bi(?:'m| am)",
    "SELF": r"(?:myself|my self|my own self)",
    # adverbs people put between subject and verb ("i just really want to")
    "ADV": r"(?:(?:just|really|actually|finally|honestly|seriously|literally|probably|definitely|totally|so|still|kinda|kind of|sort of|lowkey|low key|fr|fucking|fuckin|fkn|prob|def|truly|legit|gonna|already|even|almost|also|then|now|maybe|only|simply|completely|fully|100%|definitely|kind of) ){0,3}",
    # intention or plan ("gonna", "about to", "decided to", "will")
    "WILL": r"(?:gonna|going to|boutta|bout to|finna|gon|gunna|about to|ready to|planning to|planning on|plan to|plan on|decided to|have decided to|intend to|'ll|will|'m gonna|'m going to|am going to|am gonna|'m about to|am about to|'m ready to|'m planning to|'m planning on|got to|gotta|have to|need to|want to|wanna|really want to)",
    # wish or urge
    "WANT": r"(?:want to|wanna|wanted to|wish i could|wish i would|need to|needs to|have to|gotta|got to|should|could|would|'d|feel like|feel like i want to|keep wanting to|am tempted to|'m tempted to|tempted to|thinking of|thinking about|think about|considering|might|may)",
    "NOW": r"(?:right now|right this second|as we speak|now|tonight|today|this morning|this afternoon|this evening|this weekend|this week|tomorrow|in (?:a|an|\d+|a few|few) (?:hours?|minutes?|mins?|days?)|soon|after (?:work|group|session|class|this)|when (?:everyone|she|he|they|my \w+) (?:falls? asleep|leaves?|goes? to (?:bed|sleep|work)|is asleep|is gone)|after (?:everyone|she|he|they|my \w+) (?:falls? asleep|leaves?|goes? to (?:bed|sleep|work))|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on the \d+(?:st|nd|rd|th)?|the \d+(?:st|nd|rd|th))",
    "DAYNAME": r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    "PERSON": r"(?:friend|friends|apprentice|foreman|teammate|bestie|best friend|buddy|bro|brother|sister|parents|parent|grandparents|stepparents|siblings|folks|sis|mom|mother|mum|mama|dad|father|papa|son|daughter|kid|kids|child|children|cousin|wife|husband|boyfriend|girlfriend|partner|ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|roommate|roomate|roomie|flatmate|neighbor|neighbour|sponsor|sponsee|uncle|aunt|auntie|nephew|niece|grandma|grandpa|grandmother|grandfather|coworker|co-worker|boss|fiance|fiancee|spouse|stepdad|stepmom|stepfather|stepmother|step-dad|step-mom|man|girl|guy|dude|homie|teen|teenager|baby|babe|bf|gf|fiancé|brother-in-law|sister-in-law|father-in-law|mother-in-law|in-laws|caregiver|landlord|manager|teacher|coach|pastor|nurse|doctor|therapist|counselor|member|peer|classmate|wifey|hubby|old man|old lady|baby daddy|baby mama|ex's|dealer|plug|connect|stepson|stepdaughter|cellie|bunkmate|housemate|officer|cop|supervisor|coworkers|bestfriend|bff|grandson|granddaughter|twin)",
    # a relation typed without "my" ("dad gets drunk", "sis snoring weird"): family and peers
    "RELATION": r"(?:friend|bestie|buddy|bro|brother|sister|sis|mom|mum|mama|dad|papa|son|daughter|cousin|wife|husband|boyfriend|girlfriend|partner|roommate|roomate|roomie|housemate|flatmate|guy|dude|uncle|aunt|auntie|nephew|niece|grandma|grandpa|stepdad|stepmom|bf|gf|hubby|twin)",
    # someone other than the speaker as subject
    "THEY": r"(?:\b(?:he|she|they)(?:'s|'re|'ll| is| was| are| has| had| will| just| keeps| kept)?|\b(?:my|our|his|her|their|a|the|this|that) (?:\w+ )?{PERSON}(?:'s| is| was| has| had| just| keeps| kept)?|\bsomeone|\bsomebody)",
    # object person
    "HIM": r"(?:him|her|them|that (?:guy|man|woman|dude|bitch|bastard|asshole|prick|fucker|idiot|kid|girl|boy)|my {PERSON}|his {PERSON}|her {PERSON}|the {PERSON}|that {PERSON}|this {PERSON}|everyone|everybody|somebody|someone|people|my old \w+|the \w+ who \w+|whoever \w+ me|whoever did (?:it|this|that)|(?:the|my|that|this|our|his|her) (?:old )?(?:school|office|workplace|work|job|mall|church|party|club|building|store|clinic|plant|warehouse|shelter|halfway house|meeting|class)|\w+'s (?:house|place))",
    "DRUG": r"(?:heroin|dope|fent|fentanyl|fetty|meth|crystal|tina|ghb|ket|ice|crack|coke|cocaine|blow|pills|pill|percs|perc|percocet|oxy|oxys|oxycodone|oxycontin|roxys|roxies|blues|m30s?|bars|xanax|xans|zans|zannies|benzos|benzo|klonopin|valium|ativan|opiates|opioids|opiate|smack|tar|speed|molly|mdma|ecstasy|acid|lsd|shrooms|ketamine|weed|pot|bud|marijuana|joint|blunt|bowl|dab|dabs|carts|gabapentin|gabbies|suboxone|subs|methadone|kratom|spice|drugs|bag|bundle|gram|script|scripts|lean|codeine|tramadol|adderall|addy|addys|addies|vicodin|norco|morphine|dilaudid|downers|uppers)",
    # (a plural is still booze: "had three whiskeys", "sank six pints")
    "BOOZE": r"(?:drink|drinks|beer|beers|wines?|vodkas?|whiskeys?|whiskies|whisky|tequilas?|rums?|gins?|liquor|booze|alcohol|shots?|shot|bottles?|fifths?|pints?|handle|(?:six|twelve|6|12|18|24|30) ?-?pack|(?:thirty|30) ?-?rack|case|cans?|tall ?boys?|mixed drink|cocktails?|margaritas?|white claws?|seltzer|hard seltzer|glass(?:es)? of wine|brandy|bourbons?|scotch|champagne|sake|soju|ciders?|ipas?|lagers?|forty|forties)",
    # guns that shoot no bullets, and knives that are tools: read as such (cues.IDIOMS), so that
    # neither the rules nor the word model takes "his bb gun" or "the fishing knife" for a weapon
    "TOY_GUN": r"(?:bb|nerf|water|airsoft|paintball|toy|squirt|glue|nail|heat|staple|caulk|caulking|grease|"
    r"spray|foam|laser|price|radar|starting|cap)",
    "TOOL_KNIFE": r"(?:fishing|fillet|butter|bread|putty|palette|paring|cheese|oyster|grapefruit)",
    # "overdosed on" something that is no drug ("on hallmark movies", "on sugar"): read as an idiom
    # (cues.IDIOMS), so the rule still matches and no word model reads it as an overdose either
    "ON_THING": r"on (?!(?:{DRUG}|{BOOZE}|my|his|her|their|some|too|a|an|the|something|them|it|that|those|these|\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:new year's|christmas) (?:eve|day|night)|purpose)\b)[a-z]+",
    # where self-harm marks are (shared with context: marks "on my stomach" are the speaker's)
    "BODY": r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|body|chest|ankles?|shoulders?|forearms?|belly|calves|calf|upper arms?|inner arms?|sides?)",
    # not marks with an everyday cause ("new scars from the surgery", "new burns ... from cooking")
    "NOT_EVERYDAY_WOUND": r"(?![^.!?\n]{0,30}\bfrom (?:the |my |a |her |his )?(?:surgery|operation|c-section|procedure|biopsy|cooking|oven|stove|grill|cat|kitten|dog|puppy|rose ?bush|garden|gardening|work|shaving|gym|climbing|the kids|kids))",
    # an injury told with its everyday cause right after it ("i cut myself slicing the bread",
    # "burned my arm today, pulling the tray out", "hurt myself on the stairs"): an accident,
    # unless the sentence says it was meant ("burnt my arm on the cooker ring on purpose")
    "ACCIDENT": r"(?:(?=[^.!?\n]{0,60}\b(?<!not )(?:on purpose|deliberately|intentionally|purposely)\b)|"
    r"(?!,? {GAP3}(?:shaving|cooking|baking|grilling|frying|chopping|slicing|peeling|"
    r"opening|unpacking|sewing|knitting|whittling|gardening|weeding|pruning|trimming|mowing|fixing|"
    r"building|assembling|pulling|grabbing|carrying|lifting|moving|cleaning|washing|ironing|"
    r"sharpening|making|on (?:a|an|the|some|my) (?!(?:purpose|call|phone|zoom|own|drive|bus|"
    r"train|break|ride|weekend|night|day|{BODY})\b)[a-z]+|"
    # ("while" itself is no cause: "scratched my arms raw while i waited on my refill")
    r"with a (?:pin|needle|staple|stapler|grater|can opener)|hiking|climbing|running|"
    r"skating|biking|cycling|by accident|accidentally|(?<!day )(?<!shift )(?<!night )at work|"
    r"playing|at (?:the gym|soccer|practice|the game)|working out|in the garden|laughing|"
    r"doing (?:the dishes|dishes|yoga|pilates|crossfit))))",
    # someone else's "symptom" with its everyday explanation after it ("isn't answering her
    # phone, probably at work", "unresponsive on discord", "hard to wake up on weekends",
    # "lips are blue from the popsicle", "is blue about the game"): no emergency
    "EXPLAINED": r"(?!,? {GAP4}(?:(?:probably|prolly|prob|must be|guess (?:she's|he's|they're)) "
    r"(?:at work|at school|in class|busy|driving|on shift|at the gym|in a meeting|working)|"
    r"(?:on|in|to) (?:discord|text|texts|whatsapp|snap|snapchat|insta|teams|slack|email|emails|the "
    r"group chat|messenger)|on (?:weekends|the weekend|saturdays|sundays|school days)|"
    r"in the mornings?|every morning|for (?:school|work|class|church)|from (?:the |a |his |her |"
    r"their |all the )?(?:popsicle|popsicles|slushie|slurpee|freezie|ice pop|candy|lollipop|"
    r"gum|blueberries|berries|marker|markers|paint|face paint|pool|swimming|snow cone)|"
    r"about (?:the|his|her|their|my|it|losing|missing)\b))",
    # up high for an everyday reason ("on the roof right now cleaning the gutters", "standing on
    # the bridge waiting for the parade")
    "HEIGHT_ERRAND": r"(?![,.!]? {GAP4}(?:watching|waiting for (?!(?:the |a )?(?:\w+ )?(?:train|"
    r"express|bus|truck|subway|tube|tram)\b)|with (?:the|my) (?:kids|dog|family|"
    r"friends|crew)|eating|having|for (?:lunch|a photo|the view|the parade|the fireworks|the "
    r"sunset)|taking (?:photos|pictures)|fixing|cleaning|repairing|shoveling|shovelling|working|"
    r"putting up|taking down|installing|painting|traffic|on my way|driving))",
    # something of the member's taken to use it for a moment ("took my phone to look at the
    # memes"), not to control them
    "BORROWED": r"(?! to (?:look at|show|see|watch|play|take (?:a|some) (?:pic|pics|picture|"
    r"pictures|photo|photos|selfie|selfies)|charge|fix|update)\b)",
    # "hit her first home run": her score, not her
    "SCORED": r"(?! (?:first|second|third|\d+(?:st|nd|rd|th)|another|a|the) (?:home run|homer|goal|"
    r"basket|hole in one|target|note|record|pr|milestone|jackpot)\b)",
    # pushed or hit "to" do something: encouraged ("pushed me to apply", "hit me up to go")
    "TO_DO": r"to (?:apply|try|go|do|be|get|keep|finish|take|start|call|join|see|talk|work|study|"
    r"change|grow|quit|stop|open|reach|ask|speak|write|make|become|pursue|sign|come|stay)\b",
    # medicine laid in for an everyday reason ("stockpiling tylenol because the pharmacy keeps
    # running out", "... for flu season")
    "STOCKED_FOR": r"(?! (?:because (?:the|my|our) (?:pharmacy|pharmacies|store|stores|shops?|"
    r"supplier)|because of (?:the )?(?:shortage|shortages)|for (?:flu season|cold season|the "
    r"winter|winter|the shortage|the hurricane|the storm|the trip|travel|our trip|my trip)|before "
    r"(?:the|my|our) (?:trip|move|flight|surgery|deployment))\b)",
    # medicines people take too many of, by kind and by name
    "MED": r"(?:pills|bars|xans|xanax|alprazolam|percs|percocet|oxys?|oxycodone|tabs|tablets|capsules|meds|medication|medicine|sleeping pills|sleepers|painkillers|pain pills|antidepressants|supply|prescription|klonopin|clonazepam|lorazepam|ativan|valium|diazepam|seroquel|quetiapine|tylenol|paracetamol|acetaminophen|advil|ibuprofen|aspirin|benadryl|insulin|bottle|lithium|prozac|zoloft|lexapro|wellbutrin|effexor|amitriptyline|trazodone|ambien|zolpidem|gabapentin|lyrica|vicodin|norco|tramadol|methadone|morphine|adderall)",
    "WEAPON": r"(?:gun|guns|handgun|firearm|9mm|pistol|revolver|rifle|shotgun|twelve gauge|12 gauge|12ga|glock|piece|strap|burner|knife|knives|blade|machete|bat|crowbar|hammer|axe|ax|tire iron|pipe|brass knuckles|taser|gas can|gasoline|lighter fluid|rope|noose)",
    "KILLV": r"(?:kill|killing|k i l l|murder|murdering|end|ending|off|offing|unalive|unaliving|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|gas|gassing|suffocate|suffocating|delete|deleting|neck|necking|od|overdose|overdosing)",
}

_MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand(pattern: str) -> str:
    """Expand ``{NAME}`` building blocks (recursively) into plain regex syntax."""
    for _ in range(10):
        expanded = _MACRO_REF.sub(lambda m: MACROS[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"macro expansion does not terminate: {pattern[:80]}")


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of event ("first person + self-harm verb + recent time"), as a pattern.

    ``keys`` are word prefixes at least one of which must occur in the normalised text for
    the pattern to be tried (the gating that keeps ordinary chat fast). ``policy`` overrides
    the category's handling of context modifiers (see policy.py). ``roles`` feed the
    message-level combinations (intent + means => critical, ...). ``example`` is a message
    the rule must match (checked by the unit tests).
    """

    rule_id: str
    category: Category
    severity: Severity
    pattern: re.Pattern[str]
    keys: tuple[str, ...]
    roles: frozenset[str] = field(default_factory=frozenset)
    requires: tuple[tuple[str, ...], ...] = ()
    policy: Mapping[str, str] = field(default_factory=dict)
    example: str = ""


_SEVERITY_CODES = {
    "L": Severity.LOW,
    "M": Severity.MEDIUM,
    "H": Severity.HIGH,
    "C": Severity.CRITICAL,
}


# Category shorthands for the rule tables (the rules and events packages), which spell hundreds of rules.
S = Category.SUICIDE
SH = Category.SELF_HARM
OD = Category.OVERDOSE
RL = Category.RELAPSE
V = Category.VIOLENCE
AB = Category.ABUSE


def make_rule(
    rule_id: str,
    category: Category,
    severity: str,
    pattern: str,
    *,
    roles: str = "",
    policy: str = "",
    example: str = "",
) -> Rule:
    """Build a rule from its compact spelling.

    ``severity`` is one letter (L, M, H, C); ``policy`` space-separated ``modifier:action``
    pairs (e.g. ``"other_person:keep conditional:keep"``). The gating keys are derived from
    the pattern (see ``keys.derive_requirements``).
    """
    overrides = dict(item.split(":", 1) for item in policy.split())
    expanded = expand(pattern)
    requirements = derive_requirements(expanded)
    return Rule(
        rule_id=rule_id,
        category=category,
        severity=_SEVERITY_CODES[severity],
        pattern=re.compile(expanded),
        keys=requirements[0] if requirements else (),
        requires=requirements,
        roles=frozenset(roles.split()),
        policy=overrides,
        example=example,
    )


def phrases(*slots: tuple[str, ...]) -> str:
    """An alternation of every phrase made of one word from each slot, in order ("said i'm
    next", "says im next" ...). Spelled out, the phrases themselves become the rule's gate
    keys; written as ``(?:said|says) (?:i'm|im) next`` the rule would be gated by one slot's
    words alone, and everyday messages are full of "said"."""
    return "(?:" + "|".join(" ".join(words) for words in product(*slots)) + ")"
