"""General event rules for suicidal thoughts (see ``bot.safety.events``).

Suicide, thoughts: desire or intent plus death vocabulary, being preoccupied with death, passive
ideation ("everyone would be fine if I was gone", "wouldn't mind if a bus hit me"),
hopelessness and no reason or future left, feeling a burden or unneeded, not being afraid of
dying, and indirect forms ("what if I just ..."). Plans and acts (method, means, a time,
farewells, places) are in ``suicide_plans``.
"""

from __future__ import annotations

from bot.safety.patterns import Rule, S, make_rule


def rules() -> list[Rule]:
    """The suicide event rules for thoughts: wanting, thinking, feeling (build after
    ``vocabulary.install()``)."""
    return [
        make_rule(
            "suicide.event_desire",
            S,
            "H",
            r"\b{DESIRE} (?:to |of |on |about )?(?:{ADV})?(?:just |really |finally |go and )?{DEATH}\b",
            roles="intent",
            policy="joke:low",
            example="i keep wanting to die",
        ),
        make_rule(
            "suicide.event_preoccupied",
            S,
            "M",
            r"\b(?:think|thinking|thought|thoughts|keep thinking|imagining|imagine|picturing|"
            r"picture|fantasizing|fantasize|daydreaming|dreaming|obsessing|planning) "
            r"(?:a lot |so much |constantly |all the time )?(?:about |of |over )?(?:{DEATHTHOUGHT})\b"
            # grief is not ideation: "thinking about death since my dad passed"
            r"(?!,? {GAP8}(?:since|after) (?:my|our|his|her) \w+ (?:passed|died))",
            roles="intent",
            example="i keep imagining my own funeral",
        ),
        make_rule(
            "suicide.event_only_way",
            S,
            "H",
            r"\b(?:dying|death|suicide|ending it|ending my life|killing myself|being dead)\b "
            r"(?:is|seems|feels|looks|would be|sounds)(?: like)? (?:the |my )?"
            r"(?:only (?:way out|option|answer|choice|way|thing left|solution)|answer|way out|"
            r"best option|easier|better than (?:this|living|life|being alive|waking up|feeling this way)|"
            r"a relief|peaceful)",
            roles="intent",
            example="i feel like dying is the only way out",
        ),
        make_rule(
            "suicide.event_relief",
            S,
            "M",
            r"\b(?:would|'d|will|'ll|be|are|is)\b {GAP2}{RELIEF}\b,? {GAP3}(?:if|when|once|after|with) {MEGONE}",
            roles="intent",
            policy="other_person:keep",
            example="my family would honestly be relieved if i died",
        ),
        make_rule(
            "suicide.event_no_reason_left",
            S,
            "M",
            # hopelessness told as no reason or no future left: "nothing left to look forward
            # to", "I don't see why I'm still here", "I'm just a weight on everybody" (see also
            # event_hope_gone and event_reasons_running_out below)
            r"\bnothing (?:left |else |much )?(?:to look forward to|worth (?:staying|living|sticking around) for)\b"
            r"(?! (?:this|at|today|tonight|tomorrow|on|except|but|until|till|in (?:this|the) (?:week|town|job))\b)|"
            r"\b(?:can't|cannot|couldn't|cant) (?:find|name|think of) (?:one|a single|1|any) (?:thing|reason) to "
            r"(?:look forward to|live for|stay for)\b|"
            r"\bwhy (?:am|'m) i even (?:still )?(?:here|alive|around)(?=\s*[?.!]|\s*$| anyway\b| honestly\b| tbh\b)|"
            r"\bwhy (?:am|'m) i still (?:here|alive|around)[?.!]*\s*$|"
            r"\b(?:don't|do not|dont|can't|cannot) (?:see|know|understand) why (?:i'm|i am|im) (?:even )?(?:still )?"
            r"(?:here|alive|around)\b(?! (?:at|in|on|with|for)\b)|"
            r"\b(?:don't|do not|dont) (?:really |genuinely |even )?know why i (?:keep going|bother(?: anymore)?|keep trying|"
            r"keep living|keep waking up)\b(?! (?:with|to|at|back|out|there|over|on)\b)|"
            r"\bwhy (?:do|should) i (?:even )?keep (?:going|trying)(?=\s*[?.!]|\s*$| anymore\b| at all\b| honestly\b)"
            r"(?![?.!\s]*(?:because|bc|cause|cuz)\b)|"
            r"\bno light at the end of (?:anything|it|this|the tunnel) for me\b|"
            r"\b(?:i'm|im|i am) (?:running|run|ran) out of reasons(?=\s*[.!,]|\s*$)|"
            r"\bhope is for other people\b|"
            r"\bno future (?:i can (?:picture|see|imagine)|ahead of me)\b(?! (?:in|at|with|as)\b)|"
            r"\b(?:don't|do not|dont|stopped) car(?:e|ing) (?:what happens to me(?! (?:on|at|in|with|after|afterwards|then|if|when)\b)|whether i (?:make it|live|wake up|survive)|"
            r"if i (?:make it|live|wake up|die|survive))\b|"
            r"\b(?:i'm|i am|im|feel like i'm|feel like im) (?:just |only )?(?:a |dead )?weight (?:on|to|for) "
            r"(?:everyone|everybody|my family|them|the people|my (?:kids|wife|husband|parents|family))\b|"
            r"\b(?:i'm|i am|im) not worth (?:the trouble|the effort|saving|the space|the air)\b|"
            r"\b(?:haven't|have not|hasn't) (?:seen|felt|found) (?:the point in living|the point of living|"
            r"any point in living|a reason to live|any reason to live|the point in going on)\b|"
            r"\bone less (?:addict|person|junkie|drunk|loser|mouth to feed)\b(?= in the world| on (?:earth|this planet)| anyway)|"
            r"\b(?:life|my life)(?: just)? (?:feels|is) like (?:a|one long) (?:punishment|prison sentence|"
            r"life sentence|waiting room)\b(?! (?:at|in|for)\b)",
            roles="intent",
            example="there's really nothing left to look forward to",
        ),
        make_rule(
            "suicide.event_not_better",
            S,
            "M",
            # "everyone keeps saying it gets better. it doesnt": the member's own reply to what
            # others say. The match starts at the reply, in a sentence of its own, so it is not
            # read as reported speech (after a comma the reply is still inside it).
            r"(?:(?<=gets better\. )|(?<=gets better! )|(?<=gets better\.\.\. ))"
            r"it (?:doesn't|doesnt|does not|won't|hasn't|never does)\b",
            roles="intent",
            example="everyone keeps saying it gets better. it doesn't",
        ),
        make_rule(
            "suicide.event_worthless_life",
            S,
            "M",
            r"\b(?:life|living|my life|being alive|this life|going on|staying alive)(?:'s| is)? "
            r"(?:not|isn't|is not|ain't|no longer) worth (?:it|living|anything|the pain|the effort|the fight)|"
            r"\b(?:don't|do not|dont|can't|cant|cannot|no longer) see (?:the |any |a )?"
            r"(?:point (?:in|of|to) (?:living|life|going on|being alive|staying alive|waking up|any of (?:it|this))|"
            r"future (?:for (?:me|myself)|at all|anymore)|way out)|"
            r"\bmy life is (?:pointless|meaningless|worthless|over|hopeless|a waste)\b|"
            r"\bwhy (?:do |should )?i (?:even )?(?:bother|keep) (?:staying alive|living|waking up|being alive|trying to live|breathing)",
            roles="intent",
            example="dont see the point in living anymore",
        ),
        make_rule(
            "suicide.event_unneeded",
            S,
            "M",
            r"\b(?:the world|nobody|no one|noone|everyone|my family|anyone) (?:doesn't|does not|don't|do not|wouldn't|would not|won't)? ?(?:really |even )?(?:needs?|wants?) me (?:in it|here|around|anymore|alive)\b|"
            r"\b(?:would|will|does|do) (?:anyone|anybody|people|they|you|my \w+|y'all) (?:even |actually |really )?(?:care|notice|miss me|cry) if i (?:was|were|'m|am|died|disappeared|left|killed)\b|"
            r"\b(?:hate|hating|hated) (?:being alive|living|existing|waking up (?:every day|alive|each morning)|that i'm (?:still )?alive)\b",
            roles="intent",
            example="i keep thinking the world doesn't need me in it",
        ),
        make_rule(
            "suicide.event_heaven",
            S,
            "M",
            r"\b(?:{DESIRE}) (?:to )?(?:be with|join|see) (?:my \w+|him|her|them|\w+) (?:again )?(?:in heaven|on the other side|wherever (?:he|she|they) (?:is|are))\b",
            roles="intent",
            example="i just want to be with my mom in heaven",
        ),
        make_rule(
            "suicide.event_how_easy",
            S,
            "L",
            r"\bhow easy it (?:would|'d|could) be\b(?! to (?:drink|use|pick up|relapse|get))",
            roles="intent",
            example="thinking how easy it would be",
        ),
        make_rule(
            "suicide.event_what_if_i",
            S,
            "M",
            r"\b(?:what if|what would happen if|wonder what would happen if|what happens if) i (?:just )?"
            r"(?:ended it(?: all)?|ended things|ended my life|killed myself|didn't wake up|never woke up|took all (?:my|the|of my) (?:pills|meds)|"
            r"disappeared|wasn't here|weren't here|jumped|died|swallowed (?:all|every|the whole))\b",
            roles="intent",
            policy="hypothetical:keep conditional:keep",
            example="what if i just ended it all tonight",
        ),
        make_rule(
            "suicide.event_letting_go",
            S,
            "H",
            r"\bready to (?:let go|go)\s*(?:[.!]|$)|\bready to let go (?:of (?:life|everything|this life|this world)|for good|now)\b",
            roles="intent",
            example="i'm tired of fighting this. i'm ready to let go",
        ),
        make_rule(
            "suicide.event_not_afraid",
            S,
            "H",
            r"\b(?:not|no longer) (?:scared|afraid) (?:of dying|to die|of death)\b",
            roles="intent",
            example="i'm not scared of dying anymore. i'm ready",
        ),
        make_rule(
            "suicide.event_only_thing",
            S,
            "H",
            r"\bthe only (?:thing|reason|one|person|people|things) (?:stopping me|holding me back|keeping me (?:alive|here|from (?:doing it|ending it)))\b(?! from (?!doing it|ending it|killing|dying|going through)\w+)",
            roles="intent",
            example="the only thing stopping me is my kids",
        ),
        make_rule(
            "suicide.event_burden",
            S,
            "M",
            r"\b(?:i'm|i am|feel like i'm|feel like a|i feel like|i've become|i'm becoming) (?:just |such |only |nothing but |a total |a huge )?(?:a )?(?:burden|drain on everyone|waste of space)\b",
            roles="intent",
            example="i feel like i'm just a burden",
        ),
        make_rule(
            "suicide.event_nothing_to_lose",
            S,
            "L",
            r"\bnothing (?:left )?to lose\b|\bgot nothing left\b",
            roles="intent",
            example="i have a bottle of pills and nothing to lose",
        ),
        make_rule(
            "suicide.event_wouldnt_mind",
            S,
            "M",
            # passive wish: not minding an accident or not waking
            r"\b(?:wouldn't|wouldnt|would not|won't|wont|don't|dont|do not) (?:even |really |honestly )?(?:mind|care|be sad|be upset|complain|object|fight it) "
            r"(?:if|when) (?:(?:a|the|some) (?:\w+ )?(?:bus|car|truck|lorry|train|plane|drunk driver|meteor|asteroid|bullet|tree|shark) (?:hit|hits|took|takes|ran|runs|flattened|flattens|crushed|crushes|killed|kills|wiped|hits) (?:me|out|over)|"
            r"i (?:got|get|was|were) (?:hit|run over|killed|struck|taken out)(?!,? (?:with|by (?:a|an) (?:ticket|fine|bill|email)))|{MEGONE}|i (?:just )?(?:didn't|never|don't) (?:wake up|woke up|make it))|"
            r"\b(?:wouldn't|wouldnt|would not) (?:mind|say no to) the real thing\b",
            roles="intent",
            example="honestly wouldn't care if a lorry took me out on the way home",
        ),
        make_rule(
            "suicide.event_easier_gone",
            S,
            "M",
            # passive wish: not being here would be easier ("so much easier to just not exist")
            r"\b(?:it'?d|it would|would(?:n't)? it|it'd just|it might) (?:just )?be (?:{ADV})?(?:so |so much |a lot |"
            r"way |much )?(?:easier|better|simpler|more peaceful|a relief|nicer) (?:for (?:everyone|everybody|"
            r"all of us|them) )?(?:to (?:just )?(?:{DEATH}|disappear|vanish|be erased|stop existing)|if {MEGONE})\b|"
            # the same said bare, at the start of a sentence: "better if i wasn't here honestly"
            r"(?:^|(?<=[.!?,;] ))(?:honestly |probably |maybe |just )?(?:so much |much |a lot |way )?(?:easier|better) "
            r"(?:for (?:everyone|everybody|all of us|them) )?if {MEGONE}\b",
            roles="intent",
            example="it would be a lot simpler if i just wasn't around",
        ),
        make_rule(
            "suicide.event_peace_after_act",
            S,
            "M",
            # an act on oneself, then the peace it would bring: "if i took all my pills i'd
            # finally be at peace"
            r"\bif i (?:just |finally )?(?:(?:took|swallowed|downed) (?:all|every|the whole|the rest|"
            r"the entire|a (?:whole |full )?(?:bottle|handful|pack|box))|jumped|drove off|ended it|"
            r"did it|went through with it)\b[^.!?\n]{0,40}? (?:i'd|i would|i could|i'll|it'd|it would) "
            r"(?:finally |just |all )?(?:be at peace|be free|be over|rest|stop hurting|sleep forever|"
            r"be done|not have to (?:feel|hurt|wake up|do this))\b",
            roles="intent",
            example="if i took all my pills i'd finally be at peace",
        ),
        make_rule(
            "suicide.event_if_gone_notice",
            S,
            "M",
            # "if I weren't here, would anyone notice": the question after the condition
            r"\bif {MEGONE}\b,? {GAP3}(?:would|will|does|do|'d) (?:anyone|anybody|people|they|my \w+|y'all|you|a single person) (?:even |actually |really |ever )?(?:notice|care|miss me|cry|realise|realize|come)|"
            r"\bif i (?:didn't|didnt|did not|never|don't) wake up (?:tomorrow|tonight|one day)?,? {GAP3}(?:would|will|does) (?:anyone|anybody|people|they) (?:even |actually |really )?(?:notice|care|miss me)",
            roles="intent",
            example="if i vanished tonight would anybody even notice",
        ),
        make_rule(
            "suicide.event_hope_gone",
            S,
            "M",
            # hopelessness with the contractions chat uses
            # ("nothings": the apostrophe left out)
            r"\bnothing(?:s|'s| is| will)? (?:ever )?(?:going to|gonna|will ever|ever) (?:get|be|feel|change) ?(?:better|different|okay|ok|fine)?\b(?= (?:for me|ever|again)|\s*[.!,]|$)|"
            r"\b(?:i'm|i am|im) (?:done|finished|through) (?:hoping|with hope|having hope)\b|"
            r"\b(?:lost|given up|run out of|ran out of|out of) (?:all )?(?:hope|my last hope)\b(?! (?:for|in|on) (?!(?:me|myself|life|living|everything|anything|the future|my (?:life|future|recovery|self))\b))(?! that (?:the|my|this|our) (?:team|game|match|season|car|plants?|phone))|"
            r"\b(?:i'm|i am|im) (?:just )?(?:a lost cause|beyond (?:help|saving|repair)|past saving|a hopeless case)\b(?! (?:at|with|when it comes to|in the kitchen)\b)|"
            r"\b(?:everything|it all|all of it|life)(?:'s| is| feels) (?:so )?(?:pointless|meaningless|hopeless)\b",
            roles="intent",
            example="nothing's ever going to be different for me",
        ),
        make_rule(
            "suicide.event_reasons_running_out",
            S,
            "H",
            # reasons to live running out ("running out of reasons to stay"; "running out of
            # reasons" with nothing after it says less: event_no_reason_left, medium)
            r"\b(?:running out of|run out of|ran out of|out of|lost|losing|no more|short on) (?:good )?reasons (?:to|for) (?:live|living|stay|staying|stick around|sticking around|hang on|hanging on|keep going|be here|stay alive|go on|carry on)\b|"
            r"\b(?:give|gimme|tell) me (?:one|a|any|1) (?:good )?reason (?:to|not to) (?:live|stay|stick around|hang on|keep going|stay alive|carry on|be here|not end it|kill myself)\b",
            roles="intent",
            example="running out of reasons to hang on",
        ),
        make_rule(
            "suicide.event_ending_thoughts",
            S,
            "H",
            # thoughts named by what they say ("the 'end it' thoughts are back")
            r"\b(?:thoughts?|voices?|voice)\b[^.!?]{0,20}(?:[.!?] ?[^.!?]{0,30}){0,2}?(?:just )?(?:end it|end it all|kill myself|end things|end my life|unalive myself|be dead|do it for real)\b",
            roles="intent",
            policy="quoted:keep",
            example="the thoughts are loud again. the end it all kind",
        ),
    ]
