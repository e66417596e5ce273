"""General event rules for self-harm (see ``bot.safety.events``).

Self-harm: a harm verb or tool aimed at the speaker's body, marks, urges given in to.
"""

from __future__ import annotations

from bot.safety.events.vocabulary import HAVE_NOT
from bot.safety.patterns import SH, Rule, make_rule, phrases


def rules() -> list[Rule]:
    """The self-harm event rules (build after ``vocabulary.install()``)."""
    return [
        make_rule(
            "self_harm.event_reunion",
            SH,
            "H",
            # the blade told as an old friend back: "the sharp thing and i had a reunion tonight"
            r"\b(?:the|my) "
            + phrases(
                ("sharp thing", "sharp things", "blade", "blades", "razor", "razors", "box cutter"),
                ("and i", "and me"),
            )
            + r" (?:are |were |have |had |got )?(?:getting |got )?(?:reacquainted|back together|reunited|"
            r"a reunion)\b",
            roles="today",
            example="the sharp thing and i had a reunion tonight",
        ),
        make_rule(
            "self_harm.event_but_i_did",
            SH,
            "H",
            # a streak told, then broken in two words: "i haven't cut in months but last night i did"
            r"\b"
            + phrases(
                HAVE_NOT,
                ("cut", "self harmed", "harmed myself", "hurt myself", "burned myself", "sh'd"),
            )
            + " {STREAK_BROKEN}",
            roles="today",
            example="i haven't cut in months but last night i did",
        ),
        make_rule(
            "self_harm.event_slip",
            SH,
            "M",
            # recovery words for a self-harm relapse ("a cutting slip", "my first sh relapse")
            r"\b(?:a|another|my first|first|had a|big|small|little) (?:{SHNOUN}|sh|cut|burn) (?:slip|relapse|lapse)\b",
            roles="today",
            example="had a cutting slip over spring break",
        ),
        make_rule(
            "self_harm.event_tool_on_body",
            SH,
            "H",
            r"\b(?:using|used|use|take|took|taking) (?:a|the|my) (?:razor|blade|knife|lighter|scissors|box ?cutter|sharpener|needle|pin) "
            r"(?:on|to|against) (?:my (?:{BODY})|myself)\b|"
            # a lit cigarette or a pin pressed into the member's own body: "pressed the cig onto
            # my ankle", "stuck a safety pin in my palm over and over"
            r"\b(?:pressed|press|pressing|put|putting|held|holding|stubbed|stub|stubbing|stuck|stick|sticking|"
            r"jabbed|jabbing|pushed|pushing|dug|digging) (?:a|the|my) (?:lit )?(?:cig|ciggie|cigarette|"
            r"lighter|safety pin|pin|compass|paperclip|hot \w+) (?:onto|into|in|on|against|through) "
            r"my (?:{BODY}|palms?|hands?|fingers?)\b"
            r"(?! (?:to (?:check|test|prick|draw|get (?:a |the )?splinter)|for (?:a |my |the )?(?:blood|test|"
            r"sugar|glucose|splinter)))",
            roles="today",
            example="i've been using a razor on my legs where no one can see",
        ),
        make_rule(
            "self_harm.event_let_myself",
            SH,
            "H",
            r"\b(?:let myself|allowed myself|gave in and|caved and) (?:{ADV})?(?:cut|burn|bleed|hurt myself|harm myself|scratch)\b|"
            r"\b(?:{WILL}|'m|am) (?:go|go and|gonna go) (?:cut|burn myself|hurt myself)\b",
            roles="today",
            example="i let myself cut just a little",
        ),
        make_rule(
            "self_harm.event_hiding_cuts",
            SH,
            "H",
            r"\b(?:hiding|hide|hid|cover|covering|covered) (?:up )?(?:my |the |fresh |new |all my )?(?:cuts|burns|wounds)\b|\b(?:hiding|hide|hid|cover|covering|covered) (?:up )?(?:my |the |all my )?(?:fresh|new|recent) (?:marks|scars|scabs|cuts|burns)\b|"
            r"\b(?:{BODY}) (?:are|is) full of (?:fresh |new )?(?:cuts|burns|wounds|scabs)\b|"
            # fresh marks kept out of sight ("new scratches from thursday i'm keeping covered")
            r"\b(?:fresh|new) (?:cuts|burns|scratches|marks|scabs|wounds)\b(?! (?:from|by) (?:the |my |our )?"
            r"(?:cat|kitten|dog|puppy|roses?|bush|thorns?|garden|brambles?)\b) {GAP6}(?:keeping|keep|kept|"
            r"hiding|hide|hid|covering) (?:them |it )?(?:covered|hidden|under)\b|"
            r"\bi (?:bled|was bleeding)\b(?! {GAP4}(?:blood drive|donat\w*|nose|period|dentist|shaving|paper cut))",
            roles="today",
            example="i've been hiding my cuts from everyone",
        ),
        make_rule(
            "self_harm.event_present",
            SH,
            "H",
            r"\b(?:i|i'll|i'm gonna|i'm going to|i always|i still|i usually|sometimes i|i sometimes|i just|i often) "
            r"(?:{ADV})?(?:cut|burn|scratch|hit|punch|bite|starve|bruise|hurt|harm|stab|carve|slash|slice) "
            r"(?:{SELF}|my (?:own )?{BODY})\b{ACCIDENT}",
            roles="today",
            example="i burn myself when i get overwhelmed",
        ),
        make_rule(
            "self_harm.event_until",
            SH,
            "H",
            r"\b(?:scratch|scrape|pick|bite|hit|punch|bang|rub|tear|dig|claw|pull)\w* (?:at )?(?:{GAP6})?(?:till|until|til) "
            r"(?:it|they|i|my \w+) (?:bleed|bled|bleeds|bruise|bruised|bruises|break|broke|is raw|are raw|open|opened|open up|opened up|split|tear|tore)",
            roles="today",
            example="i've been picking my skin till it bleeds on purpose",
        ),
        make_rule(
            "self_harm.event_emoji",
            SH,
            "H",
            r"\b(?:knife|razor|blood)(?: (?:knife|razor|blood))*(?: ?\+| and| on| to| x)? (?:my (?:{BODY})|myself)\b",
            roles="today",
            example="knife my arm again tonight",
        ),
        make_rule(
            "self_harm.event_bleed",
            SH,
            "H",
            r"\bmade (?:myself|my (?:{BODY})) (?:bleed|bruise)\b",
            roles="today",
            example="made myself bleed again",
        ),
        make_rule(
            "self_harm.event_blade_ready",
            SH,
            "C",
            r"\b(?:{WILL}|'m|am) (?:{ADV})?(?:cut|slice|slash)\b,? {GAP4}(?:have|got|holding|grabbed|with) (?:the|a|my) (?:razor|blade|knife|box ?cutter)s?\b|"
            r"\b(?:have|got|holding|grabbed) (?:the|a|my) (?:razor|blade|knife|box ?cutter)s?\b,? {GAP4}(?:{WILL}|'m|am) (?:{ADV})?(?:cut|slice|slash)\b",
            example="i'm about to cut, i have the razor",
        ),
        make_rule(
            "self_harm.event_tool_disclaimer",
            SH,
            "H",
            r"\b(?:{SHTOOL})\b[^.!?]{0,40}[.!?,]? (?:and )?(?:it's |its |they're |theyre )?not for (?:\w+ ){0,2}?(?:shaving|crafts?|work|art|a project|cooking|the kitchen|my legs|the garden|what you'd think|what you think|the reason you think)\b",
            policy="negated:keep",
            example="picked up a packet of razor blades, and they're not for shaving",
        ),
        make_rule(
            "self_harm.event_tool_at_hand",
            SH,
            "H",
            # an urge and the tool within reach, in either order
            r"\b(?:urges?|need to feel something|want to feel something|itching|the itch|craving)\b.{0,60}?(?:got|have|grabbed|took|getting) (?:my |the |a )?(?:{SHTOOL})s? (?:out|ready|next to me|in my hand)\b|"
            r"\b(?:need|want|have) to feel (?:something|anything|the pain)\b.{0,40}?(?:{SHTOOL})s?(?:'s| is| are)? (?:right )?(?:there|here|next to me|in my hand|in reach|within reach|on my (?:desk|bed|lap))\b",
            roles="today",
            example="itching so bad. got the blades out and ready",
        ),
        make_rule(
            "self_harm.event_give_in",
            SH,
            "H",
            # the urge about to win, or the real thing after the safe substitutes
            r"\b(?:urge|urges|itch) to (?:cut|burn|self harm|hurt myself|harm myself|scratch|bleed)\b.{0,60}?(?:about to|going to|gonna|ready to|i'll|i will|finally) (?:give in|cave|act on (?:it|them)|do it|let it win)\b|"
            r"\b(?:ice|rubber band|elastic band|hair tie|red (?:marker|pen)|butterfly project|snapping)\b.{0,80}?(?:going to|gonna|about to|will|'ll|just) (?:do|try|go for) the real thing\b",
            roles="today",
            example="held the ice, snapped the hair tie, now gonna do the real thing",
        ),
        make_rule(
            "self_harm.event_marks_mine",
            SH,
            "H",
            # marks owned as self-made
            r"\b(?:marks|cuts|scars|burns|bruises|scratches)\b (?:on my (?:{BODY}) )?(?:are|were) (?:all )?(?:from me|by me|mine|self[- ]inflicted|from myself)\b|"
            r"\bi (?:did|do|made|make) (?:them|those|these|the (?:marks|cuts|burns)) (?:to )?myself\b|"
            # old marks, then new ones made: "covered my scars and then went home and made new
            # ones", "my scars were healing but i made new ones last night" (a match that opens
            # with "my" is the speaker's: "my ex found my old scars and now i want to make new ones")
            r"\b(?:my (?:old )?)?(?:scars|cuts|marks)\b[^.!?\n]{0,80}?\b(?:i |and |then )(?:\w+ ){0,4}?"
            r"(?:made|make|making|added|did|carved) (?:some |a few |two |three |more |a couple )?"
            r"(?:new ones|fresh ones)\b",
            roles="today",
            example="the burns on my thighs are from me",
        ),
        make_rule(
            "self_harm.event_sh_relapse",
            SH,
            "H",
            # "relapsed with the self harm": the relapse word is about harm, not drugs
            r"\b(?:relapsed|slipped|lapsed|caved|gave in|messed up|broke my streak) (?:again )?(?:on|with|into) (?:the )?(?:{SHNOUN})(?: thing)?\b",
            roles="today",
            example="slipped with the cutting again on saturday",
        ),
        make_rule(
            "self_harm.event_punish",
            SH,
            "H",
            # pain as punishment or penance, in the future
            r"\b(?:make sure|making sure) i (?:feel (?:it|the pain|pain|every bit of it)|suffer|hurt|bleed)\b(?! for (?:it|this) (?:tomorrow|at the gym))|"
            r"\b(?:need|needs|have|has|got|deserve) to (?:bleed|suffer|feel the pain|be punished|hurt) (?:to make up for|for what i|as (?:a )?punishment|because i)\b|"
            r"\b(?:{SELF}|my (?:{BODY})) (?:as|for) (?:a )?(?:punishment|penance)\b",
            roles="today",
            example="going to make sure i suffer for it tonight",
        ),
    ]
