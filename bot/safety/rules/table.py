"""What every rule module shares: the category shorthands (from ``patterns``), the shared regex
building blocks (macros) and :class:`RuleTable`, which builds rules in a compact spelling."""

from __future__ import annotations

from bot.safety.model import Category
from bot.safety.patterns import AB, MACROS, OD, RL, SH, Rule, S, V, make_rule, phrases

__all__ = ["AB", "OD", "RL", "SH", "RuleTable", "S", "V", "phrases"]


MACROS.update(
    {
        "GAP12": r"(?:[^\s.!?;]+ ){0,12}",
        # a gap that cannot cross a negation ("hope the plane doesn't crash")
        "NGAP": r"(?:(?!(?:not|never|no|don't|doesn't|won't|didn't|isn't|wasn't)\b)[^\s.!?;]+ ){0,6}",
        # the subject is the speaker or unstated (chat drops the "I")
        "SUBJ": r"(?:\b(?:i|i've|i'm|we|we've|we're|i just|just|and|then|so)\s)?",
        "PERP": r"(?:\b(?:he|she|they)|\b(?:my|our|her|his|their|the|mom's|dad's) (?:[\w']+ )?{PERSON})",
        "PERPX": r"(?:{PERP}(?:'s| is| are| has| have| had| just| only| even| also| sometimes| often| usually| constantly| always| still| keeps| kept| keep| will| would|'ll|'d| did| does| has been| had been| been| is always| started| starts| likes to| used to| tried to| tries to)*)",
        "VICTIM": r"(?:me|us|my (?:\w+ )?(?:kids?|son|daughter|mom|mother|sister|brother|baby|babies|children|little \w+|grandma|grandpa|wife|husband|girlfriend|boyfriend|face|head|arm|arms|wrists?|neck|throat|hair|body|leg|legs|back)|the kids|him|her|them)",
        "HITV": r"(?:(?:got|gets|getting|get) physical with|(?:slap|punch|choke|burn|smack)(?! (?:me|us) (?:out|up|a|an|some|in(?! (?:the|my|his|her|front))))|flog|flogs|flogged|flogging|hit|hits|hitting|beat|beats|beating|beaten|punched|punches|punching|slapped|slaps|slapping|kicked|kicks|kicking|choked|chokes|choking|strangled|strangles|strangling|shoved|shoves|shoving|pushed|pushes|pushing|threw|throws|throwing|dragged|drags|dragging|grabbed|grabs|grabbing|pinned|pins|pinning|smacked|smacks|smacking|bit|bites|burned|burns|raped|rapes|raping|molested|molests|molesting|assaulted|assaults|assaulting|hurt|hurts|hurting|abused|abuses|abusing|attacked|attacks|attacking|knocked|knocks|knocking|slammed|slams|slamming|stabbed|stabs|whipped|whips|whooped|whoops|beat up|beats up|beating up|spit on|spits on|spitting on|spat on|headbutted|bruised|bruises|sexually assaulted)",
        # shut in a room ("my son locked himself in the bathroom")
        "SHUT_IN": r"\b(?:locked|locking|shut|barricaded) (?:himself|herself|themselves|myself) in "
        r"(?:the |his |her |their |my )?(?:\w+ )?(?:bathroom|room|bedroom|closet|garage|car|basement|"
        r"shed)",
        # what is held has an everyday errand ("... with my razor to shave her legs", "... with
        # a box cutter opening his lego", "... a bottle of pills for his flu")
        "NO_ERRAND": r"(?!,? (?:to (?:clean|shave|open|fix|trim|cut (?:paper|the|her hair|his hair|"
        r"my hair))\b|for (?:his|her|their|the|a) (?:flu|cold|headache|migraine|cough|allergies|"
        r"fever)\b|(?:whittling|opening|making|shaving|cleaning|carving|crafting|fixing|playing|"
        r"doing)\b))",
        # intention without desire ("gonna", "about to"); "want to use" is a craving
        "WILLDO": r"(?:gonna|going to|gon|gunna|about to|ready to|planning to|planning on|plan to|plan on|decided to|have decided to|intend to|'ll|will|'m gonna|'m going to|am going to|am gonna|'m about to|am about to|'m ready to|'m planning to|'m planning on)",
        "SOFT": r"(?:oat milk|almond milk|soy milk|iced coffee|iced tea|green tea|herbal tea|sweet tea|cold brew|tea|coffee|water|soda|juice|milk|smoothies?|kombucha|la croix|lacroix|sparkling water|decaf|pop|gatorade|protein|na beer|non-alcoholic|non alcoholic|mocktails?|boba|lemonade|hot chocolate|cocoa|matcha|latte|lattes|espresso|cappuccino|chai|frappuccino|energy drinks?|red bull|monster|diet|shakes?|water|electrolytes?|broth|seltzer water|seltzers?|sparkling|club soda|ginger ale|root beer|sprite|coke zero|diet coke|pepsi|"
        # sports, soft and meal drinks by name ("drank a bottle of powerade")
        # (only names that mean nothing else: the drink rule looks up to five words ahead, so
        # "drank in arizona" or "drank to ensure" must not read as a soft drink)
        r"powerade|pedialyte|lucozade|vitaminwater|vitamin water|fanta|dr pepper|mountain dew|"
        r"kool-aid|kool aid|capri sun|snapple|liquid iv|soylent|kefir|yakult|slushie|slurpee|"
        r"horchata|lassi|yerba mate|oj)",
        "USEV": r"(?:used|relapsed|slipped|picked up|went back out|went out|caved|gave in|got high|got drunk|got wasted|got loaded|got hammered|got smashed|got lit|got faded|got stoned|got messed up|got fucked up|drank|shot up|banged|slammed|snorted|sniffed|railed|smoked|popped|copped|scored|re-upped|reupped|dosed|tripped|dabbed|vaped|hit the pipe|took a hit|chased|blacked out|binged|drank again)",
    }
)
# Harm verbs that take a person as object ("kill him") and phrases that carry their own
# object ("make him bleed", "run her over").
MACROS["HARMV"] = (
    r"(?:kill|killing|murder|murdering|stab|stabbing|stabb|shoot|shooting|shoot up|shooting up|"
    r"strangle|strangling|choke|choking|beat|beating|beat up|beat the (?:hell|shit|crap|life|fuck) out of|"
    r"hurt|hurting|punch|punching|hit|hitting|smack|slap|jump|jumping|cut|shank|shanking|pop|cap|smoke|"
    r"body|end|bash|batter|burn|run over|merk|murk|drop|stomp|stomp out|blast|put hands on|suffocate|"
    r"poison|torture|hunt down|attack|attacking|knock out|knock the (?:hell|shit) out of|"
    r"whoop|beat on|pull up on|run up on|slide on|gut|slit|slice|strangle)"
)
MACROS["HARMX"] = (
    r"(?:(?:break|breaking|smash|smashing|bash|bashing|cave|caving|bust|busting) (?:in )?(?:both )?(?:his|her|their|that \w+'s|my \w+'s) (?:neck|legs?|arms?|face|jaw|nose|skull|ribs|teeth|knees?|head)(?: in)?|"
    # "knock my landlord out", "put him through the window", "beat my dealers ass"
    r"knock(?:ing)? (?:him|her|them|(?:my|his|her|that) (?:[\w']+ )?{PERSON}) (?:out|the (?:hell|shit) out)|"
    r"(?:put|putting|throw|throwing) (?:him|her|them|(?:my|his|her|that) (?:[\w']+ )?{PERSON}) through (?:a|the) (?:window|wall|table|door)|"
    r"(?:beat|kick|whoop)(?:ing)? (?:my|his|her|that) \w+?(?:'s|s'|s) ass|"
    r"bash(?:ing)? (?:his|her|their) (?:head|face|skull) in|put(?:ting)? (?:him|her|them) in the (?:hospital|ground|grave|er|icu)|"
    r"run(?:ning)? (?:him|her|them) over|make (?:him|her|them) (?:pay|suffer|bleed|regret it|hurt)|"
    r"fuck(?:ing)? (?:him|her|them) up|mess(?:ing)? (?:him|her|them) up|light(?:ing)? (?:him|her|them) up|"
    r"beat (?:his|her|their|that \w+'s) ass|kick(?:ing)? (?:his|her|their|that \w+'s) ass|"
    r"stomp (?:him|her|them) out|slit (?:his|her|their) throat|blow (?:his|her|their) (?:brains|head) (?:out|off)|"
    r"shoot (?:him|her|them) in the \w+|end (?:his|her|their) life|wipe (?:him|her|them) out)"
)


class RuleTable(list[Rule]):
    """The rules of one module, in the order they were added."""

    def add(
        self,
        rule_id: str,
        category: Category,
        severity: str,
        pattern: str,
        *,
        ex: str = "",
        **options: str,
    ) -> None:
        """Add a rule: ``make_rule``'s arguments, with ``ex`` for its ``example``."""
        self.append(make_rule(rule_id, category, severity, pattern, example=ex, **options))
