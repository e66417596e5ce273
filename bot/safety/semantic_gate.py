"""Risk cues: which messages carry a word that makes the semantic stage's own bar apply.

The stage reads every message (``semantic.ClassifierStage.wants``), but a message with no
risk or distress word at all must convince the head more (``semantic.UNCUED_THRESHOLD``)
before it pages anyone, and under a flood such messages are the ones left to the rules. The
test is one cheap regex over the lowercased (look-alike-folded) text, passing a message that
has

* a risk or distress word (death, harm, substances, violence, abuse, finality, despair:
  word starts, so "overdos" covers every form), or
* a first-person word together with a weaker cue (negation or finality: "anymore",
  "can't", "much longer", "nobody", "no point" ...), the usual shape of indirect ideation
  ("you won't have to put up with me much longer").

Ordinary chat ("made tacos for dinner", "see you tuesday") has neither.
"""

from __future__ import annotations

import re

from bot.safety.charmap import FOLD_TABLE

# Word starts of risk and distress vocabulary. Deliberately broad: a false pass only lowers
# the bar for one message; a miss makes a risky message clear the stricter one.
_STRONG = (
    r"die|dying|dead|death|kill|suicid|unalive|sewerslide|kms|end (?:it|my|this|things)|"
    r"ending it|overdos|od'?d|o\.d|pill|meds|dose|tablet|rope|noose|hang|gun|pistol|rifle|"
    r"knife|knives|blade|razor|blood|bleed|cut|cutting|burn|scar|jump|bridge|roof|ledge|"
    r"drown|poison|drunk|drank|drink|booze|beer|wine|vodka|whiske?y|liquor|tequila|shots?|"
    r"wasted|buzzed|hammered|high|stoned|smok|weed|coke|crack|meth|heroin|dope|fent|opiat|"
    r"oxy|xan|benzo|needle|inject|shoot|snort|line|bender|binge|relaps|slip|sober|sobriety|"
    r"clean|dealer|connect|plug|score|using|used|use|breath|wake|woke|unconscious|"
    r"passed out|pass out|nodding|lips|blue|grey|gray|foam|seiz|choke|chok|hurt|harm|hit|"
    r"beat|punch|slap|kick|stab|smash|strangl|attack|threat|weapon|bat|fight|abus|"
    r"bruise|grab|shove|push|forced|force|rape|touch|lock|hiding|hide|scared|afraid|terrif|"
    r"unsafe|safe|hopeless|worthless|useless|pointless|burden|goodbye|farewell|bye|"
    r"letter|note|gone|disappear|vanish|exist|alive|live|living|life|forever|"
    r"suffer|pain|numb(?![a-z])|numbness|empty|trapped|give up|giving up|giving away|can'?t take|"
    r"can'?t do this|can'?t go on|tired of|sick of|done with|over it|no way out|again|"
    # firearms and other means, places people go to die, medical emergencies
    r"revolver|glock|piece|ammo|bullet|crowbar|gas|lighter|garage|car running|tracks|"
    r"narcan|naloxone|er\b|hospital|ambulance|911|heart|chest|vomit|throw(?:ing)? up|"
    # street words for use and relapse
    r"percs?|script|joint|blunt|wagon|black(?:ed)? out|dragon|reset|day one|counter|"
    r"speedball|geek|tweak|nod(?![a-z])|nodding|fix(?![a-z])|rig(?![a-z])|spoon|bar(?![a-z])|"
    r"too much|too many|how many|"
    # threats, stalking, injuries and control
    r"pay|body|pull up|scream|yell|throw|next time|schedule|follow|marks|makeup|swollen|black eye|hands on|"
    r"knock|allowed|let me|makes me|pills?|plan|planning|ready|decided|sleeves|s/h|sh\b"
)
_FIRST_PERSON = r"i|i'?m|im|i'?ve|ive|i'?ll|ill|i'?d|me|my|myself|mine"
_WEAK = (
    r"anymore|any more|no more|longer|never|nobody|no one|noone|nothing|no point|"
    r"what'?s the point|can'?t|cannot|won'?t|don'?t want|done|over|last|enough|"
    r"tired|alone|lonely|miss|sorry|mistake|fault|hate|deserve|mess|failure|ruin|"
    r"worse|worst|help|scar(?:e|y)|panic|shak"
)
_STRONG_RE = re.compile(r"(?<![a-z0-9])(?:" + _STRONG + ")")
_FIRST_RE = re.compile(r"(?<![a-z0-9'])(?:" + _FIRST_PERSON + r")(?![a-z0-9])")
_WEAK_RE = re.compile(r"(?<![a-z0-9])(?:" + _WEAK + ")")


def wants(text: str) -> bool:
    """Whether ``text`` has a risk or distress cue (cheap; errs towards yes)."""
    # The same fold as the rules' prefilter: look-alike letters and invisibles don't hide words.
    folded = (text if text.isascii() else text.translate(FOLD_TABLE)).lower()
    if _STRONG_RE.search(folded):
        return True
    return _FIRST_RE.search(folded) is not None and _WEAK_RE.search(folded) is not None
