"""The rules: each describes an EVENT (who, what, when) rather than a sentence.

Rules read normalised text (lowercase, look-alikes folded, leetspeak and stretching undone,
"rn" spelled "right now"; see normalize.py). A rule's severity is its severity in a neutral
context; context.py finds modifiers (negation, past, someone else, ...) and policy.py decides
what they do. Message-level combinations (intent + means => critical) live in engine.py and
use each rule's ``roles``:

* ``intent`` / ``means`` / ``plan`` / ``farewell``: the parts of a suicide plan or a violent
  threat; two different parts in one message are critical, and so is one with a near time
  ("tonight", "this weekend", "after my wife falls asleep");
* ``use`` and ``symptom``: drug use plus overdose symptoms ("did a bump ... can't stop
  puking") is an overdose in progress;
* ``today``: one step more severe when the clause says it happened today / tonight / again.

Rule ids are stable: they are stored with escalations and shown to facilitators.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.events import event_rules
from bot.safety.model import Category
from bot.safety.patterns import MACROS, Rule, make_rule

S = Category.SUICIDE
SH = Category.SELF_HARM
OD = Category.OVERDOSE
RL = Category.RELAPSE
V = Category.VIOLENCE
AB = Category.ABUSE

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
        "HITV": r"(?:hit|hits|hitting|beat|beats|beating|beaten|punched|punches|punching|slapped|slaps|slapping|kicked|kicks|kicking|choked|chokes|choking|strangled|strangles|strangling|shoved|shoves|shoving|pushed|pushes|pushing|threw|throws|throwing|dragged|drags|dragging|grabbed|grabs|grabbing|pinned|pins|pinning|smacked|smacks|smacking|bit|bites|burned|burns|raped|rapes|raping|molested|molests|molesting|assaulted|assaults|assaulting|hurt|hurts|hurting|abused|abuses|abusing|attacked|attacks|attacking|knocked|knocks|knocking|slammed|slams|slamming|stabbed|stabs|whipped|whips|whooped|whoops|beat up|beats up|beating up|spit on|spits on|spitting on|spat on|headbutted|bruised|bruises|sexually assaulted)",
        # intention without desire ("gonna", "about to"); "want to use" is a craving
        "WILLDO": r"(?:gonna|going to|gon|gunna|about to|ready to|planning to|planning on|plan to|plan on|decided to|have decided to|intend to|'ll|will|'m gonna|'m going to|am going to|am gonna|'m about to|am about to|'m ready to|'m planning to|'m planning on)",
        "SOFT": r"(?:tea|coffee|water|soda|juice|milk|smoothies?|kombucha|la croix|lacroix|sparkling water|decaf|pop|gatorade|protein|na beer|non-alcoholic|non alcoholic|mocktails?|boba|lemonade|hot chocolate|cocoa|matcha|latte|lattes|espresso|cappuccino|chai|frappuccino|energy drinks?|red bull|monster|diet|shakes?|water|electrolytes?|broth|seltzer water|ginger ale|root beer|sprite|coke zero|diet coke|pepsi)",
        "USEV": r"(?:used|relapsed|slipped|picked up|went back out|went out|caved|gave in|got high|got drunk|got wasted|got loaded|got hammered|got smashed|got lit|got faded|got stoned|got messed up|got fucked up|drank|shot up|banged|slammed|snorted|sniffed|railed|smoked|popped|copped|scored|re-upped|reupped|dosed|tripped|dabbed|vaped|hit the pipe|took a hit|chased|blacked out|binged|drank again)",
        "BODY": r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|body|chest|ankles?|shoulders?|forearms?|belly|calves|calf|upper arms?|inner arms?|sides?)",
    }
)

RULES: list[Rule] = []


def R(
    rule_id: str,
    category: Category,
    severity: str,
    pattern: str,
    *,
    roles: str = "",
    policy: str = "",
    ex: str = "",
) -> None:
    """Add a rule (compact spelling; see ``patterns.make_rule``)."""
    RULES.append(
        make_rule(rule_id, category, severity, pattern, roles=roles, policy=policy, example=ex)
    )


# ---------------------------------------------------------------- suicide ----------------------

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
    r"\b(?:tired|sick|exhausted) of (?:being alive|living|existing|life|being here|being a person|being (?:a )?human|waking up|breathing|being me|this life|fighting|feeling like this|living like this|fighting every day)\b",
    roles="intent",
    policy="joke:drop",
    ex="i'm so tired of fighting",
)
R(
    "suicide.hopeless",
    S,
    "M",
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
    r"\b(?:giving|gave|given) away (?:all )?(?:of )?(?:my|all my) (?:stuff|things|belongings|possessions|stuffs|clothes|pets?|games|books|collection)\b|\bgiving (?:all )?(?:my|all my) (?:stuff|things|belongings|possessions) away\b",
    roles="farewell",
    ex="i've been giving away my stuff",
)
R(
    "suicide.giving_things",
    S,
    "L",
    r"\b(?:gave|giving|sold|selling) (?:away )?my (?:guitar|dog|cat|games|clothes|books|xbox|playstation|ps5|bike|jewelry|ring|collection|records|tools|plants|pets?|favorite \w+|\w+ collection) to\b|\b(?:cancelled|canceled|cancelling|canceling) (?:my )?(?:lease|phone plan|subscriptions?|appointments?|therapy)\b|\b(?:wrote|writing|made|updated|finished) (?:my|a) will\b|\b(?:tying up|tied up) loose ends\b|\b(?:got|getting|put) my affairs in order\b",
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
    r"\b(?:pills|meds|medication|tablets|sleeping pills|insulin|\w+ pills)\b,? (?:{GAP3})?(?:counted|lined up|saved up|saved|stockpiled|hoarded|ready|laid out|sorted out|in a pile)(?! for (?:the|this|next) week)|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:my |all my |the |enough |a bunch of )?(?:pills|meds|medication|tablets|\w+ pills|sleeping pills)\b|\b(?:counted|counting|laid|laying|lined|lining) (?:out|up) (?:the |my |all (?:the |my |of )?)?(?:[\w']+ )?(?:pills|meds|medication|tablets|capsules|insulin|antidepressants?|painkillers?|{DRUG}|amitriptyline|tramadol|sertraline|seroquel|quetiapine|trazodone|lithium|tylenol|acetaminophen|paracetamol)\b(?! (?:for|into|in) (?:the|this|next|a|my) (?:week|day|month|trip|pill ?box|organi[sz]er|weekly))|\b(?:stash|stockpile|supply) (?:of (?:[\w']+ )?\w+ )?(?:is|are) (?:finally |now )?(?:big enough|enough|ready)\b",
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
    r"\b(?:bought|got|have|found|tied|tying|put up|set up|ordered) (?:a |the |some |my )?(?:rope|noose)\b(?! for (?:the |a |my |our )?(?:tent|camping|climbing|boat|garden|dog|swing|washing line|clothesline|project|gym|crafts?|work|tree ?house)\b)|\b(?:rope|noose)\b,? {GAP12}(?:tree|closet|beam|rafters?|ceiling|door ?frame|banister|hook|bedpost|railing)\b|\b(?:tied|tie|tying|hung|hang) (?:it |a rope |the rope |a noose |the noose |a belt |the belt )?(?:up )?(?:in|from|to|on) (?:the|my) (?:closet|beam|rafters?|ceiling fan|ceiling|door ?frame|banister|tree|hook|bedpost|railing)\b",
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
R(
    "suicide.disappear",
    S,
    "M",
    r"\b(?:want|wish|wanna|wish i could|want to just|wishing i could) (?:to )?(?:{ADV})?(?:disappear|vanish|fade away|stop existing|not exist|cease to exist)(?: (?:forever|permanently|for good|for real|completely|from this earth))?\b(?! for (?:a|the) (?:week|weekend|day|few))",
    roles="intent",
    policy="joke:drop",
    ex="wish I could just disappear permanently",
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

# ---------------------------------------------------------------- self-harm --------------------

R(
    "self_harm.act",
    SH,
    "H",
    r"\b(?:cut|cutting|cuts|slashed|slashing|sliced|slicing|carved|carving|burned|burnt|burning|scratched|scratching|scratch|hit|hitting|punched|punching|bit|biting|starved|starving|starve|bruised|bruising|hurt|hurting|harmed|harming|stabbed|stabbing|beat|beating|choked|choking|strangled|strangling|whipped) (?:up )?(?:{SELF}|my (?:own )?{BODY})\b(?!,? {GAP3}(?:shaving|cooking|chopping|opening|sewing|slicing|peeling|on (?:a|an|the|some) (?!purpose\b)[a-z]+|with a (?:pin|needle|staple|stapler|grater|can opener)|while|hiking|climbing|by accident|accidentally|at work|playing|at (?:the gym|soccer|practice|the game)|working out|in the garden|laughing))",
    roles="today",
    ex="burned myself with a lighter after the family session today",
)
R(
    "self_harm.on_purpose",
    SH,
    "H",
    r"\b(?:burn|burning|burned|burnt|cut|cutting|hit|hitting|scratch|scratching|scratched|punch|punching|punched|bite|biting|bit|bang|banging|banged|bruise|bruising|bruised|starve|starving|slam|slamming|slammed) (?:{GAP6})?(?:on purpose|intentionally|deliberately|to punish myself|to feel something|to feel pain)\b",
    roles="today",
    ex="I keep burning my hands with the stove on purpose",
)
R(
    "self_harm.self_harm",
    SH,
    "H",
    r"\bself[- ]?harm(?:ed|ing|s)\b|\b(?:did|done|doing|do) (?:some |more )?self[- ]?harm\b|\bself[- ]?harm'?e?d\b|\b(?:i|i've|been|have been|keep|started|start) (?:{ADV})?self[- ]?harm(?:ing|ed)?\b|\bself[- ]?harm(?:ing)? (?:again|is back|last night|tonight|today|this morning)\b",
    roles="today",
    ex="s3lf h@rmed again last night",
)
R(
    "self_harm.again",
    SH,
    "H",
    r"\b(?:relapsed|slipped|relapse) (?:on|with|into) (?:cutting|self[- ]?harm|burning|scratching|hurting myself)\b|\b(?:cutting|self[- ]?harm(?:ing)?|hurting myself|burning myself|scratching myself) (?:again|is back|came back|started again)\b|\b(?:started|starting|back to|went back to|i'm back to|am back to) (?:cutting|self[- ]?harm(?:ing)?|hurting myself|burning myself|scratching myself)\b",
    roles="today",
    ex="started c u t t i n g again",
)
R(
    "self_harm.cutting",
    SH,
    "H",
    r"\b(?:been|keep|kept|started|start|am|i'm|was|i've been|still|go back to) (?:{ADV})?cutting(?= again| every| myself| more| deeper| a lot| lately| since| at night| in the| on my|\s*[,.!]|$)|\bcutting (?:is|was|has been|helps|is the only) (?:the only|my only|all that|what|my way|how i)\b|\bi cut (?:last night|tonight|today|this morning|again|yesterday|every)\b|\bcut (?:again|last night|tonight)\b",
    roles="today",
    ex="cvtting is the only thing keeping me going lately",
)
R(
    "self_harm.in_progress",
    SH,
    "C",
    r"\b(?:blade|razor|knife|box ?cutter|scissors)\b,? {GAP4}(?:in my hand|in hand|against my (?:skin|wrist|arm|leg)|on my (?:wrist|arm|skin|leg))(?: right now| now)?\b|\b(?:holding|have|got) (?:the|a|my) (?:blade|razor|knife|box ?cutter) (?:in my hand )?(?:right now|now)\b|\bwith (?:a|the|my) (?:blade|razor|box ?cutter)\b,? {GAP4}(?:about to|gonna|going to|ready to)\b",
    ex="I have the razor in my hand right now",
)
R(
    "self_harm.bleeding",
    SH,
    "C",
    r"\b(?:cut|went|sliced|gone) (?:way )?too deep\b|\b(?:won't|will not|can't|cannot) stop (?:the )?bleeding\b|\bbleeding (?:a lot|so much|through (?:the |my |a )?(?:bandages?|gauze|towels?|shirt|sleeves?|pants|jeans|sheets?|paper towels?|band-?aids?|clothes|dressing)|everywhere|won't stop|badly|really bad|heavily)\b|\b(?:towel|shirt|sheets?|bandages?|gauze) (?:is |are )?(?:soaked|soaking|full of blood|covered in blood|drenched)\b|\bneed stitches\b|\bblood (?:everywhere|all over)\b|\b(?:so much|a lot of|tons of) blood\b",
    policy="other_person:keep",
    ex="I cut too deep and it won't stop bleeding",
)
R(
    "self_harm.blade",
    SH,
    "H",
    r"\bthe (?:blade|razor)(?= is| was|\s*[.!,]|$| again| out)|\b(?:got|get|getting|took|pulled) (?:the|my|a) (?:blades?|razors?) (?:back )?out\b|\bme and (?:the|my) (?:knife|blade|razor|blades)\b|\b(?:knife|blade|razor|blood) (?:blood )?(?:again|tonight)\b",
    roles="today",
    ex="got the blade out again",
)
R(
    "self_harm.tools",
    SH,
    "M",
    r"\b(?:took|take|taking|broke|breaking|pulled) (?:apart )?(?:the |a |my )?(?:pencil )?sharpener (?:apart|open)?|\bsharpener blades?\b|\bblades? (?:out of|from) (?:a|the|my) (?:sharpener|razor)\b|\b(?:hid|hiding|hidden|keep|keeping|stashed|stashing|saving) (?:the |my |some |a |new )?(?:sharpener )?(?:blades?|razors?)\b",
    ex="hid the sharpener blades under my mattress in case I need them later",
)
R(
    "self_harm.urge",
    SH,
    "M",
    r"\b(?:want|wanna|need|needing|urge|urges|itching|tempted|craving|crave)(?: to)? (?:{ADV})?(?:cut|burn myself|bleed|self harm|feel pain|punish myself|scratch myself|see blood)\b",
    roles="",
    ex="the urge to cut is screaming at me tonight",
)
R(
    "self_harm.want_hurt",
    SH,
    "H",
    r"\b(?:want|wanna|need|going|gonna|about|will|'ll|planning)(?: to)? (?:{ADV})?(?:hurt|harm|cut|burn) {SELF}\b",
    ex="I want to hurt myself so bad right now",
)
R(
    "self_harm.will_cut",
    SH,
    "H",
    r"\b(?:{WILL}) (?:{ADV})?(?:cut|burn myself|start cutting|cut again)\b(?! (?:back|down|off|ties|it|the|my hair|class|out|in|corners|loose)\b)",
    ex="if my dad yells at me one more time I'm going to cut",
)
R(
    "self_harm.deserve",
    SH,
    "M",
    r"\bdeserve (?:to )?(?:bleed|pain|to hurt|to suffer|the pain|to be hurt|to be punished|punishment|the scars|to feel pain)\b|\b(?:don't|do not) deserve (?:to eat|food)\b",
    ex="I deserve to bleed for what I did",
)
R(
    "self_harm.starving",
    SH,
    "M",
    r"\b(?:haven't|have not|didn't|not|havent) eat(?:en)? (?:in|for) (?:\d+|a few|two|three|four|five|several|days)\b,? {GAP3}(?:on purpose|deserve|punish|because)|\b(?:starving|starve|starved) myself\b",
    ex="haven't eaten in 3 days on purpose",
)
R(
    "self_harm.marks",
    SH,
    "H",
    r"\b(?:my )?{BODY} (?:are|is|look|looks) (?:a mess|wrecked|covered(?=\s*[.!,]|$)|torn up|shredded|like a barcode|all cut up|cut up|bleeding|raw|ruined|destroyed)\b|\b(?:my )?{BODY} (?:are|is) (?:all )?covered (?:in|with) (?:fresh |new |more )?(?:cuts|scars|marks|blood|burns|scratches|scabs)\b|\bbarcode\b|\b(?:fresh|new) (?:cuts|scars|burns|wounds)\b",
    ex="my thighs look like a barcode again",
)
R(
    "self_harm.own_marks",
    SH,
    "H",
    r"\bthe (?:burns|cuts|marks|scratches) i (?:did|made|gave myself)\b(?! (?:in|into|to|for|on) (?:the|a|an)\b)",
    # The match names the speaker ("I did"), whoever the sentence is addressed to.
    policy="other_person:keep",
    ex="would the nurse have to report the burns i did today",
)
R(
    "self_harm.hiding",
    SH,
    "M",
    r"\bpicking (?:at )?(?:the|my) (?:cuts|scabs|wounds|scars)(?: open)?\b|\blong sleeves in (?:july|june|august|summer|the summer|this heat|90 degree|100 degree)\b",
    ex="wearing long sleeves in july again",
)
R(
    "self_harm.wall",
    SH,
    "H",
    r"\b(?:punched|punching|hit|hitting|banged|banging|slammed|slamming|smashed|smashing) (?:my (?:head|fist|fists|hand|hands) )?(?:on |into |against )?(?:the |a )?(?:brick )?(?:wall|walls|door|mirror|floor)\b,? {GAP6}(?:on purpose|until|till|to feel|so hard|bleed|bled|split|broke|numb|over and over|again and again|repeatedly)|\b(?:banging|banged|hitting|slamming) my head (?:on|against|into)\b",
    ex="been banging my head on the wall until it goes numb",
)
R(
    "self_harm.carve",
    SH,
    "H",
    r"\bcarv(?:ed|ing|e) (?:{GAP4})?into my (?:own )?{BODY}",
    ex="carved his initials into my leg last night",
)

# ---------------------------------------------------------------- overdose ---------------------

R(
    "overdose.other_in_progress",
    OD,
    "C",
    r"\b(?:not breathing|isn't breathing|is not breathing|stopped breathing|barely breathing|can't breathe(?! (?:through (?:my|his|her|their|the) nose|out of (?:my|his|her|their) nose))|can't breath|breathing (?:is |feels |seems |sounds )?(?:super |really |very |so )?(?:weird|wrong|slow|funny|shallow|strange|off)|breathing sounds? (?:wrong|weird|funny|off)|one breath every|breathing (?:like |about |maybe |only )?(?:\d+|once|twice|two|three|four|five|six|a few) (?:times? )?(?:a|per|every|each) minute|gurgling|gasping for air|making (?:a |this |that )?(?:weird |strange )?(?:snoring|gurgling|choking|rattling) (?:noise|sound)|snoring noise|foaming|eyes (?:rolled|rolling|are rolling|went) (?:back|up)|foam (?:at|coming out of) (?:the|his|her) mouth|turning (?:blue|gray|grey|purple)|going (?:blue|gray|grey|purple)|(?:lips|face|fingers|fingernails) (?:are |is |look |looks |going |turning )?(?:blue|purple|gray|grey)|won't come to|won't come around|not coming (?:around|to)\b|slumped over(?! {GAP4}(?:asleep|sleeping|napping|snoring|after (?:his|her|their|a) (?:shift|work|long day)))|nodding out hard|seizing|having a seizure|convulsing|overdosing|od'?ing|having an overdose|really hard to wake|hard to wake up|is hard to wake)\b(?! (?:in|at|during) (?:the|a|that|this) (?:movie|show|episode|game|scene|video)\b)",
    roles="symptom",
    policy="other_person:keep",
    ex="my brother's lips are going blue and his breathing sounds wrong",
)
R(
    "overdose.other_unresponsive",
    OD,
    "C",
    r"\b(?:won't wake(?: up)?|not waking up|not responding|isn't responding|is not responding|isn't waking up|unresponsive|unconscious|not conscious|(?:isn't|is not|stopped) moving(?! (?:out|in|on|to|forward|away|back|house|home|along|fast|up|down|his|her|their|my|the)\b)|not answering me|won't answer(?: me)?|isn't answering|won't respond|(?<!sky )(?<!sea )(?<!ocean )(?<!water )(?<!car )(?<!house )(?<!door )(?<!paint )(?<!color )is blue|(?<!sky)'s blue|looks blue|is gray|'s gray|is cold and|od'd|od'ed|oded|overdosed)\b(?! (?:for|in time|on time|early|until|till|before|to (?:my|his|her) (?:texts|calls|messages)|on (?:netflix|tv|sugar|coffee|caffeine))\b)",
    roles="symptom",
    policy="other_person:keep need:other_person",
    ex="i think my friend overdoes on fent, he wont wake up",
)
R(
    "overdose.cant_wake",
    OD,
    "C",
    r"\b(?:can't|cannot|can barely|could barely) (?:wake|get) (?:him|her|them|my \w+|\w+) (?:up|to wake up|to respond|to come to|to open (?:his|her|their) eyes)\b|\b(?:can't|cannot|can barely|could barely) wake (?:him|her|them|my (?:\w+ )?{PERSON})\b|\bfound (?:him|her|them|my (?:\w+ )?{PERSON}) (?:{GAP4})?(?:unresponsive|not breathing|blue|passed out|on the (?:bathroom |kitchen )?floor)",
    policy="other_person:keep",
    ex="found my girlfriend on the bathroom floor making this weird snoring noise and I can't wake her",
)
R(
    "overdose.needle_in",
    OD,
    "C",
    r"\b(?:needle|rig|syringe) (?:still )?(?:in|hanging out of) (?:his|her|their|my) (?:arm|hand|neck|leg|foot)\b",
    policy="other_person:keep",
    ex="passed out in the car with the needle still in his arm",
)
R(
    "overdose.narcan_now",
    OD,
    "C",
    r"\b(?:gave|give|giving|sprayed|administered|hit) (?:him|her|them|my \w+|\w+) (?:with )?(?:a |another |two |the |some |his |her )?(?:narcan|naloxone|dose of narcan|doses of narcan|second dose|another dose)\b|\b(?:used|sprayed|gave) (?:the |a |my |some |two )?(?:narcan|naloxone) (?:on|to) (?:him|her|them|my \w+)\b|\bnarcanned (?:him|her|them|my \w+)\b|\b(?:anyone|somebody|someone|does anyone|who)\b,? (?:{GAP4})?(?:have|has|got|bring) (?:a |some |any |extra )?(?:narcan|naloxone)\b(?! (?:training|class|kits? for sale)\b)|\b(?:need|needs|where can i get) (?:some |a |any )?(?:narcan|naloxone) (?:right now|now|asap|fast|please|quick)",
    policy="other_person:keep",
    ex="already gave him narcan and he's still not coming around",
)
R(
    "overdose.too_much",
    OD,
    "C",
    r"\b(?:took|did|had|used|snorted|smoked|shot|drank|swallowed|popped|mixed|taken|done) (?:way |way way |a bit |a little |just |like )?(?:too (?:much|many)|more than (?:usual|i usually do|normal|i should have|i meant to)|way more than (?:usual|normal)|a lot more than usual|double|triple|a double dose)\b(?!(?: [\w']+){0,2} (?:{SOFT})\b| (?:time|on|of (?:my|your|the) time|credit|responsibility|work|space|in|at|food|pizza|candy|sugar|cake|junk))",
    policy="other_person:keep",
    ex="I think I took too much, my heart is pounding",
)
R(
    "overdose.took_all",
    OD,
    "C",
    r"\b(?:took|swallowed|taken|ate|downed|popped|chugged|taking|swallowing) (?:all|every one|every single one|the whole|a whole|the entire|an entire|a bunch|a handful|a fistful|handfuls|like \d+|about \d+|maybe \d+|\d+|twenty|thirty|fifteen|ten|a lot|lots|a ton|half the bottle|half a bottle|the rest|(?:his|her|their|my) (?:whole|entire))\b (?:of )?(?:my |her |his |their |the |mom's |dad's |\w+'s )?(?:\w+ )?(?:pills|bars|xans|xanax|percs|oxys?|tabs|tablets|meds|medication|sleeping pills|klonopin|seroquel|tylenol|advil|ibuprofen|benadryl|valium|ativan|oxycodone|vicodin|norco|insulin|bottle|lithium|prozac|zoloft|lexapro|trazodone|ambien|gabapentin|adderall)\b(?! (?:to|back to|in to|into) (?:the|a|my|our)\b)|\b(?:took|swallowed|downed|popped) (?:all|every one|every single one|the rest) of (?:them|those|my \w+|her \w+|his \w+)\b(?! (?:to|back to|into) (?:the|a|my|our)\b)",
    policy="other_person:keep",
    ex="my dad took his whole oxy bottle",
)
R(
    "overdose.self_now",
    OD,
    "C",
    r"\b(?:i think|pretty sure|i might have|i may have|maybe|probably) (?:i )?(?:just )?(?:overdosed|od'd|odded|od'?ed|oded|overdid it|took too much)\b|\b(?:overdosed|od'd|odded|od'?ed) i think\b|\b(?:i'm|i am|im) (?:{ADV})?(?:overdosing|od'?ing|having an overdose|falling out)\b|^\s*(?:overdosing|od'?ing)\b|\bi'?m falling out\b(?! with)",
    ex="I think I overdosed, my chest hurts so bad",
)
R(
    "overdose.self_recent",
    OD,
    "H",
    r"\b(?:overdosed|od'd|odded|od'?ed|oded)\b(?! on (?!(?:{DRUG}|{BOOZE}|my|his|her|their|some|too|a|an|the|something|them|it|that|those|these|\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:new year's|christmas) (?:eve|day|night)|purpose)\b)[a-z]+)|\b(?:got|had to get|had to be|was|been) narcanned\b|\b(?:found|finds|find) me (?:unresponsive|unconscious|not breathing|blue|turning blue)\b",
    roles="today",
    ex="I OD'd last weekend and had to get narcanned",
)
R(
    "overdose.dont_care",
    OD,
    "H",
    r"\b(?:don't|do not|wouldn't|doesn't) (?:even )?(?:care|matter) (?:if|whether) (?:it's|it is|i take|i use|i do|it ends up being|it turns out to be) (?:too much|too many|the last|fatal|enough to|a lot)|\b(?:hope|hoping) (?:it's|it is) (?:too much|enough to (?:kill|end))",
    ex="about to use and honestly I don't care if it's too much this time",
)
R(
    "overdose.mixing",
    OD,
    "H",
    r"\b(?:mix|mixing|mixed|combining|combine) (?:my |some |the |her |his )?(?:{DRUG}|{BOOZE})\b (?:with|and) (?:my |some |the |her |his )?(?:{DRUG}|{BOOZE})\b|\b(?:takes|taking|took) (?:her|his|my) (?:\w+ )?(?:pills|meds|benzos|xanax|percs|oxy) with (?:wine|alcohol|beer|vodka|booze|drinks)",
    roles="use",
    ex="mixing my benzos with the methadone tonight to see what happens",
)
R(
    "overdose.symptom",
    OD,
    "L",
    r"\b(?:my )?(?:heart|heart's|chest)\b,? (?:{GAP3})(?:pounding|racing|beating (?:so )?fast|doing something (?:funny|weird)|hurts|hurting|tight|about to explode|going to explode|gonna explode|skipping|feels weird|feels wrong|stopping)|\bcan'?t (?:feel my (?:hands|legs|arms|face|body|feet)|breathe|catch my breath|get a full breath|stay awake|keep my eyes open)|\beverything(?:'s| is) (?:fading|going dark|going black)|\bblurry and slow\b|\blips (?:are |feel )?(?:numb|blue|turning blue)\b|\bfeel(?:ing)? like i'?m (?:dying|going to die|gonna die)\b|\b(?:i'm |i am )?(?:turning|going) (?:blue|gray|grey)\b",
    roles="symptom",
    ex="my heart is pounding and I can't feel my hands",
)
R(
    "overdose.symptom_weak",
    OD,
    "L",
    r"\b(?:room is|everything is|world is|room's) spinning|\beverything(?:'s| is) (?:blurry|slow)|\b(?:drenched|soaked) in sweat\b|\bwhole body is (?:shaking|numb|tingling)\b|\bfeel(?:ing)? (?:really |so |super )?(?:wrong|floaty|weird)\b|\bso sleepy\b|\bcan'?t stop (?:puking|throwing up|vomiting|shaking)|\bcan'?t (?:stay awake|keep my eyes open)",
    roles="symptom_weak",
    ex="the room is spinning",
)
R(
    "overdose.laced",
    OD,
    "M",
    r"\bthere (?:was|must have been|had to be) (?:fent|fentanyl|something|xylazine|tranq) in (?:it|them|that|those|the \w+)\b|\b(?:was|is|it was|must have been|think it was|pretty sure it was|probably) (?:\w+ )?laced\b|\blaced with (?:fent|fentanyl|something|xylazine|tranq)\b",
    roles="use",
    ex="pretty sure it was laced",
)
R(
    "overdose.awake_days",
    OD,
    "H",
    r"\b(?:awake|up|been up|been awake) (?:for )?(?:\d+|two|three|four|five|several) (?:days|nights) (?:straight )?on (?:meth|speed|ice|crystal|coke|adderall|uppers)\b",
    roles="use",
    ex="awake 3 days on meth and my heart feels like it's about to explode",
)

# ---------------------------------------------------------------- relapse ----------------------

R(
    "relapse.relapsed",
    RL,
    "H",
    r"\brelapsed\b(?! (?:on|with|into) (?:cutting|self|burning|scratching|hurting)\b)(?! (?:on|with|into) (?:the )?(?:biscuits|cookies|chocolate|sugar|sweets|candy|cake|crisps|chips|junk food|takeaway|pizza|netflix|tiktok|online shopping|shopping|coffee|caffeine)\b)|\bhad a (?:relapse|slip|lapse|slipup|slip-up)\b|\b(?:am|i'm|i am|been|keep|kept|started) relapsing\b",
    roles="use",
    ex="i realpsed this afternoon after the funeral",
)
R(
    "relapse.slipped",
    RL,
    "H",
    r"\b(?:slipped|slipped up)\b(?! (?:on (?:the |a |some |my )?(?:ice|stairs|floor|step|steps|puddle|banana|sidewalk|snow|mud|rug|wet|tile|driveway|porch)|and (?:fell|hurt|broke|twisted|landed|went down)|out|off|into|through|my mind|in the shower|away|by|past|under|a disc|on my way)\b)",
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
    r"\b(?:been|started|start|am|i'm|keep|kept|went back to|back to|i've been|i have been) (?:{ADV})?(?:using|drinking|smoking (?:crack|meth|weed|pot|dope|heroin|fent|again)|shooting up|snorting|popping pills|getting high|getting drunk)\b(?! (?:my|the|a|an|this|that|it|coping|tools|skills|apps?|{SOFT}|less|more water|program|journal|breathing|dbt|worksheet|planner|calendar|glasses|it as|as a)\b)",
    roles="use",
    ex="been using on and off since thursday and hiding it from my wife",
)
R(
    "relapse.intoxicated",
    RL,
    "H",
    r"\b(?:i'm|i am|i was|been|im|feel|feeling|getting|got) (?:{ADV})?(?:a little |a bit |a lil |kinda |kind of |slightly |lowkey )?(?:drunk|wasted|hammered|smashed|plastered|trashed|tipsy|buzzed|high|stoned|blazed|baked|lit|faded|geeked|tweaking|tweakin|zooted|crossfaded|fucked up|messed up|blacked out|on one|on something|on the nod)\b(?! (?:on life|on (?:my )?(?:sobriety|recovery|gratitude|music|love|jesus|god|coffee|sugar)|alert|school|risk|maintenance|key|five|fives|speed|marks|mark|score|scores|grades|hopes|praise|enough|up|ground|standards|quality|demand|priority|blood pressure|cholesterol|strung)\b)|(?:^|[.!?,] )(?:{ADV})?(?:so |very |really |super |hella |mad |completely )?(?:drunk|wasted|hammered|smashed|plastered|high|stoned|blazed|baked|tipsy|buzzed)\b(?= (?:right now|now|tonight|again|as hell|af|lol|tbh|ngl|already|everything)|\s*[,.!]|$)",
    roles="use",
    ex="i'm so drunk rn lol 200 days gone",
)
R(
    "relapse.drank",
    RL,
    "H",
    r"\b(?:drank|(?<!\ba )(?<!mean )(?<!angry )(?<!violent )(?<!happy )(?<!functional )drunk)\b(?!(?: [\w']+){0,4} (?:{SOFT})\b| (?:{SOFT}))(?= (?:again|today|tonight|this|last|at|and|after|for|a|some|the|my|\d+|way|so|too|until|till|before|with|alone|by|on|all|\w+day|yesterday)\b|\s*[.!,]|$)|\bhad (?:a|one|two|three|four|five|six|a few|some|like \d+|\d+|a couple(?: of)?|another|my first|a whole|a little) (?:{GAP2})?(?<!in )(?:{BOOZE})\b(?! of (?:water|juice|tea|coffee|espresso|wheatgrass|coke|soda|pop|sprite|pepsi|seltzer|kombucha|ginger ale|root beer|soup|beans|tuna|paint)\b)|\btook (?:a|some|one|two|three|a few|a couple|\d+) (?:of )?(?:my |her |his |\w+'s |my \w+'s )?(?:{GAP1})?(?:{DRUG}|hit|hits|drink|drinks)\b(?! (?:at|in|on|from|to|during|playing|off the ball)\b)|\bsmoked (?:a |some |\d+ )?(?:{DRUG}|bowl|joint|blunt|crack|meth|dope|weed|pot)\b|\bdid (?:a |some |\d+ )?(?:line|lines|bump|bumps|shot|shots|fat line|couple lines|{DRUG})\b|\bshot up\b(?! (?:my|the|a|an|old|school|workplace|office|place)\b)|\b(?:snorted|sniffed)(?= (?!(?:laughing|out|at|with|so|and|when|while|because|like|my (?:tea|coffee|drink|water|soda|juice|milk)|milk|tea|coffee|water|soda|juice)\b)[a-z])|\b(?:railed|popped (?:a|some|\d+|a couple)|copped|reupped|re-upped)\b|\bscored (?:some |a little |a bit of |more |a )?(?:{DRUG}|dope|bag|baggie|gram|point|bundle|zip|sack)\b|\bscored (?:from|off) (?:my|the|a|an|this|that|his|her)\b|\bbought (?:a |some |\d+ )?(?:{DRUG}|{BOOZE}|bag|baggie)\b(?!(?: of [\w']+)?(?: glass| glasses| for (?:my|her|his|their|a|the|our)\b| as a (?:gift|present|souvenir)))|\blit (?:up )?(?:a |the |my )?(?:joint|blunt|bowl|pipe)\b|\b(?:vaped|vaping|dabbed|dabbing|hit|hitting|took a hit (?:of|off)) (?:some |a |the )?(?:weed|pot|carts?|thc|dabs|wax|meth|crack|dope|fent|heroin|the pipe|a pipe|a bowl|a joint|a blunt|the bong|a bong)\b",
    roles="use",
    ex="smoked a bowl before session this morning",
)
R(
    "relapse.using_substance",
    RL,
    "H",
    r"\b(?:smoking|shooting|snorting|doing|using|popping|drinking|got done smoking|got done drinking|finished smoking) (?:some |a little |more |a bunch of |a few )?(?:meth|crack|heroin|dope|fent|fentanyl|coke|cocaine|lines|xanax|bars|percs|oxys?|crystal|molly|vodka|whiskey|tequila|beers?|wine|liquor|booze|shots)\b",
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
    r"\bfell off the wagon\b|\boff the wagon\b|\bchas(?:ing|ed|e) the dragon\b|\bspeedball\w*|\bback on the (?:sauce|bottle|juice|dope|pipe|needle|shit|stuff|booze)\b|\bwent back out\b(?! (?:to|into|for|in|on|and (?:got|grabbed|checked))\b)|\b(?:blacked out|black ?out drunk)\b|\bwoke up (?:hungover|drunk|still drunk|still high|in a stranger's|with no memory)\b",
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
    r"\b(?:needle|beer|wine|liquor|weed|smoke)(?: (?:needle|beer|wine|liquor|weed|smoke))* (?:again|today|tonight)\b",
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
    r"\b(?:texted|called|hit up|messaged|met|meeting|met up with|hitting up|contacted|calling|texting|waiting (?:on|for)|dmed|snapped) (?:my |the |our |an |a )?(?:old )?(?:dealer|plug|connect|dope man|candy man)\b|\b(?:dealer|plug|dope man)(?:'s| is)? (?:on (?:his|her|their|the) way|coming (?:over|by)|outside|here)\b",
    roles="use",
    ex="texted my old dealer, he's on his way over",
)
R(
    "relapse.going_to",
    RL,
    "H",
    r"\b(?:going|go|heading|headed|driving|walking|gonna go|about to go) (?:straight |right )?(?:to|into) (?:the |a |my )?(?:bar|liquor store|dealer|dealer's|package store|trap|trap house|plug)\b|\b(?:{WILLDO}|i'm|i am) (?:{ADV})?(?:go |go and |run and |run |gonna go )?(?:buying|buy|get|getting|grab|grabbing|pick up|picking up|cop|copping|score|scoring|go get|drink|use|get drunk|get high|get lit|get wasted|get loaded|get hammered|get smashed|get faded|get stoned|shoot up|relapse|drink again|use again) (?:a |some |another |me a |myself a |me some )?(?:bottle|fifth|pint|handle|six ?pack|case|{DRUG}|{BOOZE}|lit|drunk|high|wasted|loaded|hammered|smashed|faded|stoned|tonight|today|again|right now|now)\b",
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

# ---------------------------------------------------------------- violence ---------------------

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
    r"(?:(?:break|breaking|smash|smashing|bash|bashing|cave|caving|bust|busting) (?:in )?(?:his|her|their|that \w+'s|my \w+'s) (?:neck|legs?|arms?|face|jaw|nose|skull|ribs|teeth|knees?|head)(?: in)?|"
    r"bash(?:ing)? (?:his|her|their) (?:head|face|skull) in|put(?:ting)? (?:him|her|them) in the (?:hospital|ground|grave|er|icu)|"
    r"run(?:ning)? (?:him|her|them) over|make (?:him|her|them) (?:pay|suffer|bleed|regret it|hurt)|"
    r"fuck(?:ing)? (?:him|her|them) up|mess(?:ing)? (?:him|her|them) up|light(?:ing)? (?:him|her|them) up|"
    r"beat (?:his|her|their|that \w+'s) ass|kick(?:ing)? (?:his|her|their|that \w+'s) ass|"
    r"stomp (?:him|her|them) out|slit (?:his|her|their) throat|blow (?:his|her|their) (?:brains|head) (?:out|off)|"
    r"shoot (?:him|her|them) in the \w+|end (?:his|her|their) life|wipe (?:him|her|them) out)"
)


R(
    "violence.threat",
    V,
    "H",
    r"(?:\bswear (?:to god )?(?:i'll|i'm gonna|i'm going to|i will)|{WILL}|'m|am|\bill) (?:{ADV})?(?:go |come |fucking |just |really |snap and |lose it and |go off and |end up |finally )?(?:(?:{HARMV}) (?:{HIM})|{HARMX})\b(?! (?:lol|in (?:fortnite|valorant|cod|the game|game|minecraft|chess)|at (?:chess|cards|pool|darts|ping pong|mario kart|smash))\b)",
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
    r"\b(?:want to|wanna|could|feel like|am tempted to|'m tempted to|really want to|need to|fantasize about|fantasizing about) (?:{ADV})?(?:kill|murder|strangle|choke|stab|shoot|beat|punch|hurt|smash|break|strangling|killing|stabbing|shooting|hurting) (?:{HIM})\b(?! lol)",
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
    r"(?:'s| is| are|'re) (?:getting|gonna get|going to get|about to get) (?:smoked|popped|capped|stabbed|shot|jumped|merked|murked|handled|dealt with|taken care of|what's coming|his|hers|it|beat|beat up|dropped|bodied|sprayed|blasted|hurt|killed|fucked up)\b(?! (?:done|fixed|checked|better|out of|back|the job|a promotion|married|tested|treated)\b)|(?:'s| is| are|'re) (?:a )?dead (?:man|woman|meat)\b",
    roles="intent",
    policy="other_person:keep conditional:keep",
    ex="he's getting smoked, on everything",
)
R(
    "violence.wont_see",
    V,
    "H",
    r"\b(?:he|she|they)(?:'ll| will)? (?:won't|will not|never) (?:see (?:me|it) coming|know what hit (?:him|her|them))\b|\bnobody (?:has to|will have to|will ever|needs to) (?:deal with|worry about|see|hear from) (?:him|her|them) again\b",
    roles="intent",
    policy="other_person:keep conditional:keep",
    ex="he won't see me coming",
)
R(
    "violence.stalking",
    V,
    "H",
    r"\bi know (?:his|her|their) (?:schedule|routine|address|car|shift)\b|\bi know where (?:he|she|they|my \w+|that \w+) (?:lives?|parks?|works?|sleeps?|stays?|goes|hangs out)\b|\b(?:watching|following|tracking|stalking) (?:him|her|them|his every|her every|my ex)\b",
    roles="intent",
    ex="I know his schedule now. leaves the gym at 6 every day. I've been watching",
)
R(
    "violence.pay",
    V,
    "H",
    r"\b(?:they|he|she|you|they're|he's|she's)(?:'ll| will| are going to| is going to| are gonna| is gonna| gonna|'re gonna|'s gonna|'re going to|'s going to)? (?:all )?(?:see what happens|regret (?:it|this|that|crossing me|messing with me|ever \w+|\w+ing (?:me|with me|my \w+))|pay (?:for (?:this|that|it|what))?|be sorry)\b|\b(?:is|are|'s|'re) (?:going|gonna|about) (?:to )?(?:pay|find out|regret it)\b|\bsee (?:you|y'all) (?:all )?on the news\b|\byou'll (?:all )?see (?:me )?on the news\b|\bmake (?:him|her|them) (?:pay|suffer)\b",
    roles="intent",
    policy="other_person:keep conditional:keep topic:keep joke:drop",
    ex="I'm outside her apartment with a crowbar and she's going to pay",
)
R(
    "violence.next_person",
    V,
    "H",
    r"\b(?:next (?:person|one|guy|motherfucker|mf|dude|bitch)|whoever|anyone who|anybody who)\b,? {GAP8}(?:is|gets|getting|will get|gonna get|is gonna get|is going to get) (?:stabbed|shot|hurt|killed|smoked|popped|beat|beaten|jumped|dropped|laid out|knocked out|fucked up)\b",
    roles="intent",
    policy="other_person:keep conditional:keep",
    ex="next person who disrespects me at the halfway house is getting stabbed",
)
R(
    "violence.did_hit",
    V,
    "H",
    r"\b(?:hit|punched|slapped|choked|beat|shoved|pushed|kicked|strangled|stabbed|attacked|hurt) (?:my (?:{PERSON})|him|her|them|someone|somebody|a (?:guy|man|woman|dude|girl|kid|stranger))\b,? {GAP4}(?:last night|today|tonight|yesterday|this morning|again|do it again|and i)",
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
    r"\b(?:heading|headed|driving|going over|walking|on my way) (?:over )?to (?:his|her|their|that \w+'s|my \w+'s|\w+'s) (?:house|place|apartment|work|job|car|school)\b(?=,? {GAP4}(?:right now|now|tonight|with))|\b(?:outside|waiting (?:outside|at)|parked outside) (?:his|her|their|that \w+'s|my \w+'s) (?:house|place|apartment|work|door|car)\b|\bwaiting (?:in|at) (?:the|his|her|my) \w+ for (?:him|her|them|my \w+) to (?:get home|come home|come out|leave|show up|get off|walk in)\b",
    roles="approach",
    ex="heading to that guy's house right now",
)
R(
    "violence.armed_approach",
    V,
    "C",
    r"\b(?:bringing|taking|carrying|brought|took|packing) (?:a |my |the )?(?:gun|pistol|knife|piece|strap|bat|crowbar|machete|rifle|shotgun|glock|weapon)\b (?:{GAP3})?(?:to|into|over to|at) (?:his|her|their|that \w+'s|my \w+'s|\w+'s|the|my old|work|school) ?(?:house|place|apartment|work|job|school|office|party|building|meeting)?\b",
    roles="means approach",
    ex="i'm bringing a gun to my ex's house tonight",
)
R(
    "violence.weapon",
    V,
    "L",
    r"\b(?:gun|guns|pistol|revolver|rifle|shotgun|glock|knife|machete|crowbar|bat|piece|strap|ar|ak)(?:'s| is)? (?:loaded|cocked|ready)\b|\b(?:got|have|has|grabbed|grabbing|bringing|brought|taking|took|holding|loaded|loading|carrying|packing|waving|pointing|swinging|with) (?:a |an |my |the |his |her |my \w+'s |\w+'s )?(?:hunting |kitchen |baseball |loaded |big )?(?:gun|pistol|revolver|rifle|shotgun|glock|piece|strap|knife|machete|crowbar|bat|hammer|axe|tire iron|brass knuckles)\b|\bgun(?: gun)+\b|\bknife\b",
    roles="means",
    policy="other_person:keep conditional:keep topic:keep",
    ex="got my brother's bat in the truck",
)

# ---------------------------------------------------------------- abuse ------------------------

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
    r"{PERPX} (?:{ADV})?(?:{HITV}) (?:{VICTIM})\b(?! (?:up (?:on|about)|to it|to (?:apply|try|go|do|be|get|keep|finish|take|start|call|join|see|talk|work|study|change|grow|quit|stop|open|reach|ask|speak|write|make|become|pursue|sign|come|stay)\b|with (?:a |the |that |this |his |her |some )?(?:\w+ )?(?:puns?|jokes?|questions?|news|texts?|messages?|memes?|requests?|bills?|truth|facts|compliments?|songs?|ideas?|story|stories))|(?: (?:in|at) (?:fortnite|the game|chess|cards|pool|darts|mario kart))\b)",
    roles="today",
    policy="joke:low",
    ex="my husband beeted me again this morning",
)
R(
    "abuse.passive",
    AB,
    "M",
    r"\b(?:i|i'm|i am|i was|i've been|i have been|i get|i got|i keep getting|been|being|getting) (?:{ADV})?(?:being )?(?:abused|beaten|beat up|raped|molested|assaulted|choked|strangled|hit|slapped|punched|kicked|sexually assaulted|groomed)\b(?= (?:at home|by|again|every|daily|constantly|all the time|repeatedly|last night|today|tonight|yesterday|on|and)|\s*[,.!]|$)",
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
    r"\b(?:i'm|i am|we're|we are) (?:{ADV})?hiding (?:in|from|at|out|under)\b|\bi locked myself in (?:the|my|a) (?:\w+ )?(?:room|bathroom|closet|car|bedroom)\b|\b(?:i'm|i am|we're) locked in (?:the|my|a) (?:\w+ )?(?:room|bathroom|closet|car|bedroom)\b|\bhiding at (?:a|the) (?:gas station|friend's|neighbor's|store|motel)\b",
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
    r"\bnot allowed to (?:have|see|leave|go|talk|use|call|work|drive|keep)\b|\b(?:won't|will not|doesn't|never|wont) let (?:me|us) (?:see|have|talk to|use|work|go anywhere|eat|sleep|keep|get a job|drive)\b|\b(?:goes|went|going) through my phone\b|{PERP}(?: (?:always|still|just|keeps))? (?:controls|takes|took|keeps|hides|hid|stole|steals) (?:all )?(?:of )?my (?:money|paycheck|phone|keys|car keys|id|passport|meds|cards)\b|\btracks my (?:phone|location)\b|\b(?:makes|made|forces|forced|pressures|pressured|pushed|coerced) me (?:to )?(?:do (?:things|stuff|sexual|it)|have sex|sleep with|touch|perform|give|do sexual)\b|\braped me\b|\b(?:keeps|kept|has been|started) (?:coming|sneaking|walking|creeping) into my (?:room|bed|bedroom)\b",
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
    r"\b(?:walked|walking|walk|ran|running|bumped|bumping) into (?:a |the )?doors?\b|\bthat'?s what i'?m supposed to (?:say|tell)\b|\b(?:told|tell) (?:the kids|them|everyone|people|my \w+) (?:that )?i (?:tripped|fell|walked into|ran into)\b",
    ex="I keep walking into doors. that's what I'm supposed to say anyway",
)
R(
    "abuse.threat",
    AB,
    "H",
    r"{PERP}\b,? {GAP3}(?:said|says|threatened|threatens|told me|swore|swears|keeps saying|texted|wrote|screamed|yelled|screaming|yelling|saying|shouting)\b,? {GAP3}(?:he|she|they)?(?:'ll| will| would|'d| is going to| was going to| is gonna| was gonna| gonna)? ?(?:kill|hurt|beat|shoot|stab|end|take the kids|take my kids|take (?:the|my) (?:kids|baby|children) away|finish the job|make me pay|break my|choke|burn)(?! (?:himself|herself|themselves|themself|his|their|a|an|that|this|some|every|it|the (?:neighbou?rs?|guy|man|woman|boss|teacher|cops?|police|dealer|landlord)\b)\b) ?(?:me|us|my \w+|the kids|worse)?|\b(?:he|she|they)(?:'ll| will| would|'d| is gonna| is going to) (?:literally )?(?:kill|hurt|beat|shoot|stab) (?:me|us) (?:if|when|for)\b|\b(?:he|she|they)(?:'s| is|'re| are) (?:going to|gonna|about to|trying to) (?:kill|hurt|beat|shoot|stab|choke) (?:me|us)\b|\b(?:next time|one day) (?:he|she|they)(?:'ll| will) (?:finish the job|kill me|really hurt me)|"
    r"\b(?:he|she|they|{PERSON})\b[^.!?\n]{0,30}?\b(?:threatening|threatened|threatens|threatenin) to (?:kill|hurt|beat|shoot|stab|choke|strangle|burn) (?:me|us|my \w+|the kids)\b",
    policy="joke:drop",
    ex="my boyfriend said he'll kill me if I go to group again",
)
R(
    "abuse.weapon",
    AB,
    "C",
    r"\b(?:he|she|they)(?:'s| is| has| had| got)? (?:{GAP2})?(?:the |a |his |her )?(?:gun|knife|weapon|bat)\b,? (?:{GAP3})?(?:out|pointed|at me|to my head|in (?:his|her) hand)",
    ex="he has the gun out and says if I leave he'll use it",
)
R(
    "abuse.fear_home",
    AB,
    "H",
    r"\b(?:scared|afraid|terrified|frightened) (?:to go home|of going home|to go back (?:home|there)|to be home|of (?:him|her|my (?:husband|wife|boyfriend|girlfriend|partner|dad|father|mom|mother|stepdad|stepmom|ex|bf|gf)))\b(?! own\b)|\bnot safe (?:at home|here|in my (?:house|home|own home))\b|\bdon't feel safe (?:at home|in my (?:own )?(?:house|home)|around (?:him|her))\b",
    ex="I'm scared to go home",
)
R(
    "abuse.injury",
    AB,
    "M",
    r"(?:\b(?:my )?(?:eye|lip|nose|face|cheek|jaw|wrists?|arms?|neck|ribs?) (?:is |are )?(?:swollen(?: shut)?|bruised|busted|split|bleeding|black|broken|purple)\b|\b(?:split|busted|fat) lip\b|\bblack eye\b|\b(?:cover|hide|covering|hiding) (?:up )?(?:the |my )?(?:marks|bruises|black eye)\b|\bwalking into doors\b|\binjured\b)(?=[^\n]{0,200}\b(?:he|she|they|him|his|her)\b)|\b(?:he|she|him|his)\b[^\n]{0,200}?(?:\b(?:my )?(?:eye|lip|nose|face|cheek|jaw|wrists?|neck|ribs?) (?:is |are )?(?:swollen(?: shut)?|bruised|busted|split|bleeding|black|broken)\b|\b(?:split|busted|fat) lip\b|\bblack eye\b)",
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
    r"{PERP} (?:touched|touches|keeps touching|has been touching|tried to touch) (?:me|my (?:kids?|son|daughter|sister|brother))\b(?! (?:deeply|so much|my heart|on the shoulder)\b)",
    ex="my uncle touched me at the family thing last weekend",
)
R(
    "abuse.threw_out",
    AB,
    "H",
    r"(?<!zoom )(?<!teams )(?<!discord )(?<!the app )(?<!the call )(?<!the meeting )(?<!the game )(?<!the server )(?<!the wifi )\b(?:threw|kicked|locked) me out\b(?! of (?:the )?(?:call|meeting|zoom|app|game|server|chat|account)\b)|\b(?:smashed|broke) my (?:phone|door|window|car)\b|\bi have nowhere (?:to go|safe)\b",
    ex="he threw me out and smashed my phone and I have nowhere to go",
)

# The general event rules (vocabulary x vocabulary) come after the particular ones above.
RULES.extend(event_rules())


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """The literal words in every rule pattern (the normaliser's list of risk words)."""
    words: set[str] = set()
    for rule in RULES:
        source = re.sub(r"\\[a-zA-Z]", " ", rule.pattern.pattern)
        words.update(re.findall(r"[a-z][a-z']{2,}", source))
    return frozenset(word.strip("'") for word in words)
