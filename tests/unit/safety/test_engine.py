"""The contract of ``assess``: severity policy, context modifiers, spans, guild terms, gating."""

import dataclasses
import re
from pathlib import Path

import pytest

from bot.safety import Assessment, Category, Reason, Severity, assess
from bot.safety.engine import (
    PREFILTER,
    RULES,
    Engine,
    _candidate_rules,
    _prefilter_keys,
)
from bot.safety.evaluation import load_rows
from bot.safety.gating import gate_keys
from bot.safety.normalize import normalize
from bot.safety.rules.table import phrases

S, SH, OD, RL, V, AB, NONE = (
    Category.SUICIDE,
    Category.SELF_HARM,
    Category.OVERDOSE,
    Category.RELAPSE,
    Category.VIOLENCE,
    Category.ABUSE,
    Category.NONE,
)
LOW, MED, HIGH, CRIT = Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL
HERE = Path(__file__).parent
# The rules' own reading, without the lexical stage.
RULES_ALONE = Engine(lexical=False)


# (text, category, minimum severity) — the severity policy in the module docstring.
ESCALATE = [
    # critical: plan, means or time; in progress; someone else's overdose; threat with means
    ("gonna kill myself tonight, everything's ready", S, CRIT),
    ("I have the pills lined up on my desk. goodbye everyone", S, CRIT),
    ("picked a date for my suicide", S, CRIT),
    ("my friend took a bunch of pills and won't wake up", OD, CRIT),
    ("I think I took too much, my heart is racing", OD, CRIT),
    ("his lips are turning blue", OD, CRIT),
    ("I cut too deep and it won't stop bleeding", SH, CRIT),
    ("got a gun in the car and I'm parked outside his house", V, CRIT),
    ("he's hitting me right now", AB, CRIT),
    # high: active ideation, self-harm, use today, threats
    ("i want to die", S, HIGH),
    ("if I lose this job I'll kill myself", S, HIGH),
    ("burned myself again last night", SH, HIGH),
    ("I drank last night after 90 days", RL, MED),
    ("I drank today after 90 days", RL, HIGH),
    ("I'm going to hurt him", V, HIGH),
    ("I'll make her pay", V, HIGH),
    ("he said he'll kill me if I leave", AB, HIGH),
    ("she locked me in the basement", AB, HIGH),
    ("I'm scared to go home", AB, HIGH),
    # medium: recent relapse, passive ideation, hopelessness
    ("slipped on saturday, had a few beers", RL, MED),
    ("everyone would be better off without me", S, MED),
    ("won't be a burden much longer", S, HIGH),
    ("nothing is ever going to change", S, MED),
    ("he hits me", AB, MED),
]

# Must not escalate: idiom, past, education, negation, quotes, hypotheticals, worry.
CALM = [
    "this craving is killing me",
    "I used to drink every day",
    "we practised naloxone today",
    "I could murder a pizza",
    "dying to see you all",
    "I'm not going to drink tonight",
    "I tried to kill myself when I was 19, so glad I'm here",
    "what if I relapse at the wedding?",
    "scared I'll relapse over the holidays",
    "> I want to die\nyou're not alone, call 988 with me?",
    "we learned about overdose signs in group",
    "my friend said she wants to die, how do I help her",
    "lol kms I forgot my keys again",
    "cravings were bad but I went to a meeting instead",
    "my phone is dying",
    "my sponsor says one drink is too many",
]


@pytest.mark.parametrize(("text", "category", "severity"), ESCALATE)
def test_escalates_with_category_and_at_least_the_severity(
    text: str, category: Category, severity: Severity
) -> None:
    assessment = assess(text)
    assert assessment.escalate, text
    assert assessment.category is category, (text, assessment)
    assert assessment.severity >= severity, (text, assessment)
    assert assessment.active_reasons


@pytest.mark.parametrize("text", CALM)
def test_does_not_escalate(text: str) -> None:
    assert not assess(text).escalate, (text, assess(text))


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("I'm not going to hurt myself", "negated"),
        ("I used to cut myself in high school", "past"),
        ("what if I got drunk at the wedding", "hypothetical"),
        ("scared I'll get drunk at the wedding", "fear"),
        ("if I lose this job I'll kill myself", "conditional"),
        ("my friend said she wants to die", "other_person"),
        ("in group we learned what to do when someone is not breathing", "topic"),
        ("> I relapsed last night", "quoted"),
        ("kms lol", "joke"),
        ("had an urge to cut but I did the ice cube thing instead", "managed"),
        ("nearly relapsed but called my sponsor", "almost"),
        ("accidentally burned myself with the lighter", "accidental"),
        ("we read about lethal doses in pharmacology class", "topic"),
    ],
)
def test_context_modifiers(text: str, modifier: str) -> None:
    reasons = assess(text).reasons
    assert reasons, text
    assert any(modifier in reason.modifiers for reason in reasons), [r.modifiers for r in reasons]


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary: "today" dates the telling, not the act
        "four years ago today i overdosed in a parking lot, today i coach little league",
        "five years ago today I tried to kill myself and I'm so glad I'm still here",
        # seasons, ages in words, remembering
        "three summers ago I relapsed after my divorce and learned a lot from it",
        "when i was nineteen i cut myself most nights, therapy changed that",
        "at 22 I overdosed twice, now I'm a peer worker",
        "I remember the night I overdosed and a stranger called 911",
        # long ago, a span of ages, someone else's use before they got clean
        "long ago i tried to end my life, these days i run a support group",
        "i drank every day from 19 to 31, sober ever since",
        "my sister overdosed three times before she got clean, she is a nurse now",
        "when I first came in I wanted to die every day, I don't feel like that anymore",
        "looking back, the cutting was how i handled stuff i didn't have words for",
        "Spent my whole Army career drunk. Retired in 2009, sober since 2021.",
        "Christmas at my mother's is where I always drank.",
        "that first week of detox I honestly wanted to die from the withdrawal",
        # a first time that has a date, habits "when I drank", treatment as the turning point
        "the first time i overdosed was 2016, it's why i carry narcan",
        "i was in a lot of fights when i drank. haven't thrown a punch in 6 yrs",
        "my brother od'd twice before he finally got into treatment. he's doing great now",
    ],
)
def test_told_as_history(text: str) -> None:
    assessment = assess(text)
    assert not assessment.escalate, assessment
    assert any("past" in reason.modifiers for reason in assessment.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "i relapsed today, three years gone",
        "at 2am I took all my pills",
        "I drank at 7 tonight after 90 days",
    ],
)
def test_a_time_today_is_not_history(text: str) -> None:
    assert assess(text).escalate


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("my counselor asked if i had relapsed this month and i said no", False),
        ("the nurse asked whether i had thought about suicide lately. i told her no.", False),
        ("my counselor asked if i had relapsed this month and i said yes", True),
        (
            "my therapist asked if i had thought about killing myself and i said yes, every day",
            True,
        ),
        ("my sponsor asked if i drank last night. i did.", True),
    ],
)
def test_a_question_someone_asked_is_read_with_its_answer(text: str, escalates: bool) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate is escalates, assessment
    if not escalates:
        assert any("negated" in reason.modifiers for reason in assessment.reasons)


def test_idioms_cancel_matches_inside_them() -> None:
    terms = [("killing me", "abuse", "medium")]
    assessment = assess("this heat is killing me", extra_terms=terms)
    assert not assessment.escalate
    assert "idiom" in assessment.reasons[0].modifiers


# Shapes found on the fresh sets written this session (questions, understatement, other
# people's crises), read by the rules alone like the table above.
MORE_SHAPES: list[tuple[str, Category | None]] = [
    # "how do I ...?" asks how to handle what is happening; "if" still supposes
    ("how do I hide fresh cuts at in-person group tomorrow?", Category.SELF_HARM),
    ("how do i tell my therapist i want to die without her sending me away?", Category.SUICIDE),
    ("how do I know if someone is overdosing?", None),
    ("how do I use narcan on someone?", None),
    ("I overdosed on Saturday. The ER let me go Sunday", Category.OVERDOSE),
    ("overdosed on christmas movies this weekend lol", None),
    ("what happens if you mix xanax and vodka? asking bc I did an hour ago", Category.OVERDOSE),
    ("what happens if you mix xanax and vodka? we covered it in class", None),
    # "I'm used to it" is being accustomed, not history
    ("the suicidal thoughts are back, no biggie, I'm used to them by now", Category.SUICIDE),
    ("I used to think about suicide a lot, not anymore", None),
    # "how to" asks for practical help; the lesson is in "learned", "covered" ...
    ("anyone know how to hide fresh marks from a nurse", Category.SELF_HARM),
    ("I'm seriously planning how to burn my ex's place to the ground", Category.VIOLENCE),
    ("we learned how to give narcan to someone who overdosed", None),
    # a topic word's reach ends at the speaker's statement, even when the match is that statement
    ("bigger news is I smoked tonight for the first time since August", Category.RELAPSE),
    (
        "if my ex shows up at my kid's game again I'm going to put him in the hospital",
        Category.VIOLENCE,
    ),
    ("the news said two people overdosed downtown last night", None),
    # history that a later sentence says is happening again
    ("Years ago I tried to kill myself. Tonight I'm thinking about it again", Category.SUICIDE),
    ("My stepdad hit my mom when I was a kid. He's doing it again right now", Category.ABUSE),
    ("I used to want to hurt my ex. She asked if I still do. Honestly, no", None),
    ("I used to drink every day. Today I'm 5 years sober and happy again", None),
    # "good news / bad news" names no topic; "more than I used to" dates nothing
    (
        "good news: finished my taxes. bad news: did it with a bottle of rum on sunday",
        Category.RELAPSE,
    ),
    ("also i don't want to be alive anymore and i mean it more than i used to", Category.SUICIDE),
    # "he's going to kill me" is a figure of speech until he is on his way
    (
        "my husband said he's going to kill me tonight and he just texted he's on his way",
        Category.ABUSE,
    ),
    ("my husband is going to kill me when he sees how much I spent on shoes", None),
    # someone finding the speaker in a state is the speaker's
    ("my kids saw me drunk on thursday, what do I say to them", Category.RELAPSE),
    ("my girlfriend found me unresponsive on thursday", Category.OVERDOSE),
    ("my kids saw me cry at the recital, so embarrassing", None),
    # negations that say yes: emphasis, litotes, a double "not"
    ("not drunk drunk. just drinking. since breakfast", Category.RELAPSE),
    ("I'm not NOT drinking right now, if that makes sense", Category.RELAPSE),
    ("wouldnt mind going to sleep forever", Category.SUICIDE),
    ("I'm just trying to find a reason not to kms tonight", Category.SUICIDE),
    ("not drunk at all, just tired", None),
    # "does anyone else ...?" and "how do you ride out ...?" ask about the speaker's own state
    ("does anybody else wish they could go to sleep and just never wake up?", Category.SUICIDE),
    ("how do you ride out the urge to cut when the usual tricks stop working?", Category.SELF_HARM),
    ("who do you even call at 2am when you've been drinking since dinner", Category.RELAPSE),
    ("@Ray how did you get past wanting to be dead? because I'm right there now", Category.SUICIDE),
    ("does anyone else's dog hate the vacuum?", None),
    ("how do you help a friend who keeps drinking when she says she's fine?", None),
    ("my mom mixed her benzos with wine again and I can barely wake her", Category.OVERDOSE),
    ("sis snoring weird and wont respond", Category.OVERDOSE),
    ("my roomate wont wake up and his lips r blue, what do i do", Category.OVERDOSE),
    ("mom of two here, my laptop won't wake up after the update", None),
    ("how do you all get through the night when you want to die?", Category.SUICIDE),
    ("how do you stay sober when your roommate starts using again?", None),
    ("lately i keep choosing how i'd go out", Category.SUICIDE),
    ("honestly just tired of being a person", Category.SUICIDE),
    ("should i show my therapist the burns i did last night?", Category.SELF_HARM),
    ("my friend is only breathing like three times a minute", Category.OVERDOSE),
    ("choosing how i'd go out for my birthday, tacos or sushi", None),
    ("the cuts i made in the dough were too shallow", None),
    # mixing is use: with a symptom it is an overdose in progress, someone else's too
    ("my husband mixed his methadone with oxys and now he's nodding so hard", Category.OVERDOSE),
    # fear of how strong a present wish is, or asking whether what was done is a worry
    ("I'm scared of how much I want to die right now", Category.SUICIDE),
    (
        "should I worry that I took double my seroquel plus a few drinks? I feel heavy",
        Category.OVERDOSE,
    ),
    ("scared I'll relapse at the wedding next month", None),
    # asking whether what was done counts
    ("does it count as a relapse if i only had 3 shots tonight?", Category.RELAPSE),
    ("does it count as a relapse if I eat a sauce cooked with wine?", None),
    # medicines counted out or stashed, by name
    (
        "my amitriptyline stash is finally big enough. i'm planning on friday night",
        Category.SUICIDE,
    ),
    ("counted out the oxycodone from my surgery last night", Category.SUICIDE),
    ("counted out my pills for the week, sunday ritual", None),
    # everyday things the rules once read as risk
    ("baby has a cold and can't breathe through her nose so she won't nurse", None),
    ("ice on the driveway, slipped and landed on my backside", None),
    ("zoom kicked me out twice during check-in", None),
    ("got stood up, drank my latte alone and read my book", None),
    ("my new bike cost $280 used, it gets me to work", None),
    ("dreams like that are a mixed bag. nice to see them, hard to wake up", None),
    ("she beat me at rummy four times", None),
    ("I started using his mug for my morning tea", None),
    ("I just meant I'm exhausted, not that I want to die", None),
    ("my friend is really hard to wake and his lips are blue", Category.OVERDOSE),
    ("not gonna pretend, i'm high right now", Category.RELAPSE),
    ("let's pretend i'm drinking champagne instead of this decaf", None),
    ("suicide has been on my mind all week, just saying it for the group", Category.SUICIDE),
    ("in group we talked about how cutting can become a habit", None),
    ("dude is not waking up and his lips look grey", Category.OVERDOSE),
    ("got the bat ready for when my cousin shows up. he'll learn", Category.VIOLENCE),
    ("he'll learn to ride a bike by summer", None),
    ("she only spits on me, it's not like she hurts me", Category.ABUSE),
    ("how do i tell my sponsor i hurt myself today", Category.SELF_HARM),
    ("can we talk about wanting to die in here? because i do", Category.SUICIDE),
    ("can we talk about wanting to die in here? we covered it in group", None),
    (
        "why bother with the homework when i'm not going to be around much longer",
        Category.SUICIDE,
    ),
    ("everyone keeps asking if i'm suicidal. i'm really not, i'm doing well", None),
    ("broke 8 months tonight", Category.RELAPSE),
    ("broke up 8 months ago and still miss her", None),
    ("my clean date changed this week", Category.RELAPSE),
    ("meth in my system and my heart is pounding", Category.OVERDOSE),  # use + symptom
    ("still have coke in my system from last night", Category.RELAPSE),
    ("ill end him", Category.VIOLENCE),
    ("i put antifreeze in her drink last night", Category.VIOLENCE),
    ("my aunt posted a goodbye on facebook and her phone is off", Category.SUICIDE),
    ("saved up 40 of my sleeping pills and tonight i take them all", Category.SUICIDE),
    ("gonna wash down the whole bottle of percs with gin", Category.SUICIDE),
    ("i'm going to take them all to the park after lunch", None),
    ("how do i get through tonight, i honestly want to die", Category.SUICIDE),
    ("what if i took too many of my pills and now i can't stay awake", Category.OVERDOSE),
    ("what if i took too many of my pills by accident someday", None),
    ("i'm a little buzzed rn, just saying hi", Category.RELAPSE),
    ("she's a little high strung today", None),
    ("so i'm on the bridge again. nice view", Category.SUICIDE),
    ("my dad asks every single visit if i've relapsed. i say no and mean it", None),
    ("my dad asked on the phone if i'd been using and i said no. i had been", Category.RELAPSE),
    ("my friend said 'i won't be around much longer' and laughed, she's moving to ohio", None),
    ("how do i get to a shelter tonight without him finding out", Category.ABUSE),
    ("that's so odd", None),
    ("my brother ODd and the paramedics aren't here yet", Category.OVERDOSE),
    ("figuring out how to go to the party without my ex seeing", None),
    # the rules narrowed against everyday chat still catch what they are for
    ("snorted a line in the bathroom at work", Category.RELAPSE),
    ("scored some dope off my old plug", Category.RELAPSE),
    ("had a can of beer before group", Category.RELAPSE),
    ("i cut and it's bleeding through the bandage", Category.SELF_HARM),
    ("my boyfriend's lips are blue and he won't answer", Category.OVERDOSE),
    ("i'm scared of him when he drinks", Category.ABUSE),
    ("went back out last night after 40 days", Category.RELAPSE),
    ("he dragged me to the bedroom by my hair", Category.ABUSE),
    ("bought a bottle of vodka on the way home", Category.RELAPSE),
    ("got drunk last night after 60 days", Category.RELAPSE),
    ("took all my sleeping pills an hour ago", Category.OVERDOSE),
    ("my mom asked if i'd been drinking. i said no. i had been", Category.RELAPSE),
    ("i relapsed last night, years of work gone", Category.RELAPSE),
]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A threat to kill the speaker is an idiom, unless the message shows danger.
        ("my mom is gonna kill me when she sees I dented her car", None),
        ("my boss is going to kill me if I'm late again lol", None),
        ("my boyfriend is drunk and says he's going to kill me when I come out", Category.ABUSE),
        ("he's banging on the door and says he'll kill me when he gets in", Category.ABUSE),
        # A question's opener does not make a statement inside it hypothetical.
        (
            "how do I tell my wife I've been burning myself again? the latest was this morning",
            Category.SELF_HARM,
        ),
        (
            "would it be weird to bring up that I got high at the party two nights ago",
            Category.RELAPSE,
        ),
        ("how do I tell my sponsor about burning myself years ago", None),
        ("how would I even get drunk on two beers", None),
        # ... including a statement that is the match itself; "if I used" stays a question.
        ("how do i tell my sponsor i drank this morning without losing her", Category.RELAPSE),
        ("how would i even know if i used too much", None),
        # "You" and "people" in a question about coping are the speaker.
        ("what do you do when you honestly want to die, not just feel low?", Category.SUICIDE),
        ("what do you do when your cousin says he wants to die", None),
        # A cry for help ends a topic word's reach.
        (
            "narcan how to spray it HELP my sister is on the floor and won't wake up",
            Category.OVERDOSE,
        ),
        ("in training we learned how to help someone who won't wake up after using", None),
        ("how long does narcan take? asking for my bf who isn't moving", Category.OVERDOSE),
        # ... and so is "you" when the speaker says the question is about them.
        ("can you be suicidal and still go to class? asking for me honestly", Category.SUICIDE),
        ("can you be suicidal and still go to class?", None),
        # "to die for" is praise, but not after "wanted".
        ("I've wanted to die for days now and tonight is the worst", Category.SUICIDE),
        ("this lasagna is to die for", None),
        # Answers to someone else's question, and history.
        (
            "my counselor asked if I'd had thoughts of hurting myself and the honest answer was no",
            None,
        ),
        (
            "my counselor asked if I'd had thoughts of hurting myself and the answer was yes",
            Category.SELF_HARM,
        ),
        ("I spent most of my teens burning myself when things got bad at home", None),
        ("a full year since I last cut myself", None),
        ("I relapsed a bunch of times before this stretch stuck, 3 years now", None),
        ("I relapsed last night", Category.RELAPSE),
        # Saying the question is about what the speaker is doing makes it no supposition.
        ("what happens if you mix oxy and benzos, asking bc im about to", Category.OVERDOSE),
        (
            "what happens if you log into group drunk, do they kick u out? asking for tonight",
            Category.RELAPSE,
        ),
        ("what happens if you mix oxy and benzos", None),
        # What someone else would wrongly believe.
        ("how do i tell my sister i cant host without her thinking i relapsed", None),
        ("people assume i'm going to hurt someone because i look tough", None),
        *MORE_SHAPES,
    ],
)
def test_the_rules_read_the_context(text: str, category: Category | None) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate is (category is not None), assessment
    if category is not None:
        assert assessment.category is category


@pytest.mark.parametrize(
    "text",
    [
        "the meeting ran so long I wanted to die of boredom",
        "I'd rather die than miss my son's graduation",
        "relapsed on my diet today, a donut was involved",
        "my nephew overdosed on halloween candy and is bouncing off the walls",
        "got drunk on power when they made me shift lead",
        "got hammered by my boss in the review but kept my cool",
    ],
)
def test_more_idioms_are_not_risk(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert not assessment.escalate, assessment
    assert any("idiom" in reason.modifiers for reason in assessment.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "my daughter asked why the sky is blue and i had no answer",
        "laughed so hard at the meeting i snorted",
        "i snorted my coffee reading that",
        "scored two goals at futsal tonight",
        "scored cheap tickets to the game",
        "had a can of coke with lunch",
        "drank a whole pot of tea while studying",
        "the power went out last night so we played cards",
        "i'm only halfway through the book",
        "finished half my homework before dinner",
        "the paint is bleeding through the tape",
        "i'm hopeless at parallel parking",
        "my dog is afraid of her own shadow",
        "my nephew beat me at chess again",
        "my coworkers threw me a little surprise party",
        # ... and on the labelled sets' hard negatives
        "went back out to the car for my water bottle",
        "took all the old pills to the takeback box at the pharmacy",
        "cut myself opening a can of soup, those lids are sharp",
        "took a hard hit at hockey practice",
        "had a plan in case things got weird at dinner, didn't need it",
        "counted pills for eight hours at the pharmacy today",
        "i relapsed a lot years back, not anymore",
        "eight years ago tonight i was drunk in a ditch",
        "if i'd kept drinking i probably wouldn't be here",
        "would i have relapsed without this group? maybe",
        "there was a time i thought everyone would be better off without me",
        "before my divorce i drank every night. that was a different life",
        "mixing benzos with alcohol is risky, the nurse explained why",
        "what are the signs someone is overdosing",
        "got smashed in the softball game, 14 to 2",
        "my son beat me by ten points at hoops",
        "went down the black run and thought i was going to die, loved it",
        "my sponsor dragged me to a pottery class",
        "my teen slammed her door and said i'm ruining her life",
        "bought a bottle of wine for my mom's birthday and handed it over",
        "had a shot of espresso before the meeting",
        "grandpa was a mean drunk",
        "got in fights all the time when i drank, not anymore",
        "last new year's i was drunk in a parking lot, this year asleep by 10",
        "i relapsed a lot before this program",
        "i grew up in a house where my dad hit us",
        "my girlfriend asked if i'd relapsed because i was acting off. i haven't",
    ],
)
def test_everyday_chat_does_not_escalate(text: str) -> None:
    # Each of these once escalated through a rule (found on the ordinary-chat sets and the
    # labelled sets' hard negatives).
    assessment = RULES_ALONE.assess(text)
    assert not assessment.escalate, assessment


def test_a_relation_named_in_the_speakers_own_plan_is_not_the_subject() -> None:
    # "my late husband's heart pills" are the means; the plan is the speaker's own, and the
    # alert must not tell a counselor that someone else's attempt is under way
    text = "I've got my late husband's heart pills lined up. I'm going to join him tonight."
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity is CRIT
    assert assessment.reasons[0].rule_id == "suicide.imminent"
    assert "other_person" not in assessment.reasons[1].modifiers


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # someone else's suicide, happening now, is critical (the severity policy) ...
        (
            "my husband locked the garage and says he's going to hang himself. he's in there",
            "critical",
        ),
        (
            "my sister is on the roof saying she'll jump, i'm on the phone with her right now",
            "critical",
        ),
        ("my son just told me he wants to kill himself and hung up", "critical"),
        ("my brother texted me he is on the roof and will jump, what do I do??", "critical"),
        # ... a worry when it is not (noted, not paged) ...
        ("my friend keeps saying she's going to kill herself, i'm worried", "low"),
        # ... and not a threat of abuse against the speaker
        ("he said he'll kill himself if she leaves", "low"),
        # history and other jumps stay quiet
        ("my friend tried to kill herself years ago, she's a nurse now", "none"),
        ("he's going to jump in the pool later", "none"),
    ],
)
def test_someone_elses_suicide_happening_now(text: str, severity: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity.value == severity, assessment
    if severity != "none":
        assert assessment.category is Category.SUICIDE


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # someone else's threat with a weapon in hand is a threat with means ...
        (
            "my dad is wasted and has the rifle out and says hes gonna shoot the neighbor",
            "critical",
        ),
        ("dad is drunk and loading his shotgun, says he's going to kill the guy", "critical"),
        # ... with a time, or under way, a threat to act on ...
        ("my son punched a hole in the wall and says hes gonna kill his teacher tomorrow", "high"),
        # ... otherwise it still puts someone at risk (medium), and history stays quiet
        ("my brother keeps saying he's going to kill his boss, it worries me", "medium"),
        ("my dad said he was going to kill the neighbor's dog back in 2015", "none"),
    ],
)
def test_someone_elses_threat_of_violence(text: str, severity: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity.value == severity, assessment
    if severity != "none":
        assert assessment.category is Category.VIOLENCE


def test_laughing_after_wanting_to_die_or_a_threat_still_pages() -> None:
    # "lol" does not make ideation a joke (it lowers it to medium: still an alert) ...
    for text in ("I want to kill myself lol. what's everyone watching", "kinda want to die haha"):
        assessment = RULES_ALONE.assess(text)
        assert (assessment.category, assessment.severity) == (Category.SUICIDE, MED), text
    # ... and so do threats; someone else's threat told laughing is a story
    assert RULES_ALONE.assess("haha about to go over there and smash his face in").escalate
    story = RULES_ALONE.assess("haha my brother got a ticket and my dad is going to kill him")
    assert not story.escalate
    # ... while "rather die than" a chore is a figure of speech, unless the chore is living
    assert not RULES_ALONE.assess("id rather die than sit through another baby shower lol").escalate
    assert RULES_ALONE.assess("honestly I'd rather die than keep living like this").escalate
    # ... and wanting to stop existing is no wish to hide, which laughing does make a figure
    hiding = RULES_ALONE.assess("i want to disappear lol that presentation was so awkward")
    assert not hiding.escalate
    gone = RULES_ALONE.assess("haha same, i'd love to just not exist. maybe forever")
    assert (gone.category, gone.severity) == (Category.SUICIDE, MED), gone


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("lmao if the wifi cuts out one more time i'm jumping off the roof", False),
        ("if i have to redo this spreadsheet one more time i'll hang myself lol", False),
        # without a laugh, or when the "one more" is a day of living, it is no figure of speech
        ("if the wifi cuts out one more time i'm jumping off the roof", True),
        ("lol if i have one more day like this i'm going to kill myself", True),
        ("one more night like this and i'll cut again lol", True),
        # and a threat to someone else stays a threat
        ("lol if he touches my car one more time i'm going to stab him", True),
    ],
)
def test_laughing_about_an_annoyance_one_more_time_is_a_figure_of_speech(
    text: str, escalates: bool
) -> None:
    assert RULES_ALONE.assess(text).escalate is escalates, RULES_ALONE.assess(text)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("pressed the pistol against my temple in the garage an hour ago", Severity.CRITICAL),
        ("saving the last bullet for myself", Severity.CRITICAL),
        ("kept grandpa's revolver, bc i may need it someday", Severity.HIGH),
        ("just telling everyone where to find me. the shed. sorry", Severity.CRITICAL),
        ("if i'm not around tomorrow that's cause i did it", Severity.CRITICAL),
        ("paid my debts, everything's in order for saturday", Severity.CRITICAL),
        ("looked at my life insurance again, the suicide clause ended in may", Severity.HIGH),
        ("liver's shot, doc says. saves me the bother honestly", Severity.MEDIUM),
        ("the cop in the show held the gun to my head scene was intense lol", Severity.NONE),
        ("kept the rifle in case i might need it for deer season", Severity.NONE),
        ("everything is in order for the audit on friday", Severity.NONE),
        ("can you grab the kids? saves me the trouble of driving back", Severity.NONE),
        ("if i'm not in group tomorrow it's because i have a dentist appointment", Severity.NONE),
    ],
)
def test_a_firearm_kept_an_absence_explained_and_affairs_settled(
    text: str, severity: Severity
) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity is severity, assessment
    if severity is not Severity.NONE:
        assert assessment.category is Category.SUICIDE


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # one substance on top of another, then symptoms: an overdose in progress
        ("had wine on top of my xanax and my legs are going numb", Severity.CRITICAL),
        ("took the percs on top. feels like i'm sinking into the couch", Severity.CRITICAL),
        ("he did a line on top of his pills and now he's choking on his vomit", Severity.CRITICAL),
        ("drank on top of my meds tonight", Severity.HIGH),
        ("took your whole month's supply of seroquel??", Severity.CRITICAL),
        ("gonna do the whole bag tonight", Severity.HIGH),
        ("keep redosing, it's not hitting", Severity.HIGH),
        ("my neighbor found me unresponsive on the stairs this morning", Severity.HIGH),
        # ... but being on top of things, or an old story, is not
        ("took on extra shifts and i'm on top of it now", Severity.NONE),
        ("put the whipped cream on top of the pie", Severity.NONE),
        ("my sponsor found me passed out 6 yrs ago. changed my life", Severity.NONE),
        ("the redose schedule for my antibiotics is confusing", Severity.NONE),
    ],
)
def test_mixing_symptoms_and_whole_supplies(text: str, severity: Severity) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity is severity, assessment
    if severity is not Severity.NONE:
        assert assessment.category is Category.OVERDOSE


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("the last time i drank was my cousin's wedding", False),
        ("lost my job, wrecked the car. that was the last time i used", False),
        ("its been ages since i wanted to cut myself", False),
        ("a year ago tonight i'd have been on my fifth beer by now", False),
        # a last time that is now
        ("the last time i drank was an hour ago and i'm still drinking", True),
        # what a clinician said in general is a lesson; what they said about the speaker is not
        ("counselor told us mixing benzos and alcohol can stop your breathing", False),
        ("my counselor said i relapsed because i drank last night", True),
        # exasperated love is a figure of speech
        ("the dog ate my sandwich again, i could strangle her. i love her tho", False),
    ],
)
def test_a_last_time_dated_a_lesson_and_exasperated_love(text: str, escalates: bool) -> None:
    assert RULES_ALONE.assess(text).escalate is escalates, RULES_ALONE.assess(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("honestly i don't want to be here. that's all", Category.SUICIDE),
        ("bath's run, blade's out. i'll be dead by the time my wife is home", Category.SUICIDE),
        ("every night i pray god takes me before morning", Category.SUICIDE),
        ("i envy people who die in their sleep", Category.SUICIDE),
        (
            "the cancer didn't get me, maybe i should finish what it started myself",
            Category.SUICIDE,
        ),
        ("roommate's away so i ended up burning again last night", Category.SELF_HARM),
        ("my 45 days ended at the work party", Category.RELAPSE),
        ("back to day 3, dont ask", Category.RELAPSE),
        ("picked up a dwi on the way home friday", Category.RELAPSE),
        ("keep sneaking off to the garage for a hit", Category.RELAPSE),
        ("that guy who keyed my car is about to learn", Category.VIOLENCE),
        ("she's breaking plates and yelling that i'm next", Category.ABUSE),
        ("my landlord expects rent in other ways since i lost my job", Category.ABUSE),
        ("i don't want to be here at this party lol", None),
        ("my partying days are over, thank god", None),
        ("back on day shift next week", None),
        ("he's about to learn to drive, pray for me", None),
        ("the kid in line said i'm next at the counter", None),
        ("her boyfriend slaps my daughter when i'm at work", Category.ABUSE),
        ("dad burned my hand with the lighter for talking back", Category.ABUSE),
        ("do i need stitches for a cut i did an hour ago", Category.SELF_HARM),
        ("day 1, again. i know", Category.RELAPSE),
        ("downed three beers before the meeting", Category.RELAPSE),
        ("bad news, i'm pouring another glass", Category.RELAPSE),
        ("wine o'clock came early. now on my fourth.", Category.RELAPSE),
        ("slammed a shot of espresso before class", None),
        ("if i'd gone to that party i'd be on day 2 instead of day 300", None),
        ("my sister beats us at cards every christmas", None),
        ("my cousin hits us up every time he's in town", None),
        ("nodded out behind the wheel on the way home", Category.OVERDOSE),
        ("having an overdose scare every weekend lately", Category.OVERDOSE),
        ("relapse thursday. here anyway", Category.RELAPSE),
        ("slid back into drinking after the funeral", Category.RELAPSE),
        ("couple lines at the wedding last night", Category.RELAPSE),
        ("meeting the guy after work to cop", Category.RELAPSE),
        ("meeting my friend at 6 to score some concert tickets", None),
        ("been searching ways to die for like an hour", Category.SUICIDE),
        ("this lasagna is to die for like honestly", None),
        ("used with my roommate last night", Category.RELAPSE),
        ("just out of a four day binge", Category.RELAPSE),
        ("the box cutter keeps calling me at work", Category.SELF_HARM),
        ("i'm gonna hit the next guy that cuts in line", Category.VIOLENCE),
        ("driving to his work with what's in my glovebox", Category.VIOLENCE),
        ("most days i'm disappointed i woke up", Category.SUICIDE),
        ("praying my heart just stops one of these nights", Category.SUICIDE),
        ("bought a hose and duct tape this afternoon", Category.SUICIDE),
        ("went on a 5 day run for charity", None),
        # the person the speaker went to or bought from is not who used
        ("went to the plug after class and copped", Category.RELAPSE),
        ("picked up from my old dealer at noon, smoked a bowl already", Category.RELAPSE),
        ("relapse prevention group on sunday was good", None),
    ],
)
def test_hinted_disclosures_from_fresh_weeks(text: str, category: Category | None) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate is (category is not None), assessment
    if category is not None:
        assert assessment.category is category


def test_in_group_after_a_disclosure_is_where_it_is_told_not_a_lesson() -> None:
    told = RULES_ALONE.assess("I drank at a wedding on saturday, do I have to say it in group?")
    assert (told.category, told.escalate) == (Category.RELAPSE, True)
    lesson = RULES_ALONE.assess("in group we learned what an overdose looks like")
    assert not lesson.escalate


def test_a_relation_without_my_is_someone_else() -> None:
    # late-night typing drops the "my": still someone else's overdose in progress
    assessment = RULES_ALONE.assess("cousin is unresponsive in the backseat, were pulled over")
    assert (assessment.category, assessment.severity) == (OD, CRIT)
    assert "other_person" in assessment.reasons[0].modifiers


def test_an_urge_in_the_past_tense_that_was_handled_is_noted_not_paged() -> None:
    handled = RULES_ALONE.assess("wanted to cut tonight but used the ice cube trick instead")
    assert (handled.category, handled.severity) == (Category.SELF_HARM, Severity.LOW)
    acted = RULES_ALONE.assess("wanted to cut tonight so I did")
    assert acted.escalate


@pytest.mark.parametrize(
    "text",
    [
        "overdosed last week, this is my first day back in group",
        "relapsed over the bank holiday, back in the chat now",
        "hid the blades back in my sock drawer, in case",
        # "til" is "until" here, not "today I learned"
        "last night i drank til i blacked out. first time in 5 months",
    ],
)
def test_back_in_and_til_are_no_history_or_lesson(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment
    assert not any({"past", "topic"} & reason.modifiers for reason in assessment.reasons)


def test_a_threat_to_shoot_up_a_school_is_high_whoever_makes_it() -> None:
    for text in (
        "my son threatened to shoot up his school this morning. do I report that",
        "my cousin keeps saying he's going to shoot up his old workplace",
    ):
        assessment = RULES_ALONE.assess(text)
        assert assessment.category is Category.VIOLENCE, text
        assert assessment.severity >= Severity.HIGH, text


def test_someone_elses_dated_overdose_is_not_in_progress() -> None:
    # Undated it may be happening now: critical. Dated, a peer shaken by it: medium.
    assert assess("i think my friend overdosed on fent").severity is Severity.CRITICAL
    for text in (
        "my son's friend od'd last month and my son hasn't been right since",
        "my cousin OD'd on saturday and he's still in the ICU on a vent",
        "my roommate overdosed 2 weeks ago and I found him",
    ):
        assert assess(text).severity is Severity.MEDIUM, text
    assert not assess("been drinking so much seltzer my wife calls me the bubble man").escalate


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("this is my last message in this channel, switching to the tuesday group", False),
        ("wont be around next week, going to my grandmas for thanksgiving", False),
        ("this is goodbye to my old car lol, sold it today", False),
        ("this is my last night shift ever!! transferring to days", False),
        # the reason must be an everyday one, and it only excuses the goodbye
        ("moving to a better place soon. this is goodbye", True),
        (
            "this is my last message. switching to the tuesday group, the pills are counted out",
            True,
        ),
    ],
)
def test_a_goodbye_with_an_everyday_reason_is_no_farewell(text: str, escalates: bool) -> None:
    assert RULES_ALONE.assess(text).escalate is escalates
    assert assess(text).escalate is escalates


@pytest.mark.parametrize(
    "text",
    [
        "im going to take all my clonazepam tonight",
        "does anyone know if u can od on gabapentin? took the whole months supply tonight",
        "taken way more than prescribed today and still anxious",
        "ate like 30 of my antidepressants an hour ago",
    ],
)
def test_medicines_by_name(text: str) -> None:
    assert RULES_ALONE.assess(text).severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("sorry for leaving the call early, i went to cut. im ok ish", True),
        ("is it weird that cutting today made me calmer than any group ever has", True),
        ("i went to cut the grass and then took a nap", False),
        ("cutting today's meeting short, sorry all", False),
    ],
)
def test_cutting_without_an_object(text: str, escalates: bool) -> None:
    assert RULES_ALONE.assess(text).escalate is escalates


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("bought some rope for my son's tire swing, he's so excited", False),
        ("bought rope today for a project", False),
        ("bought a rope today. tonight is the night", True),
    ],
)
def test_rope_with_an_everyday_use(text: str, escalates: bool) -> None:
    assert RULES_ALONE.assess(text).escalate is escalates


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("I don't feel like I want to die anymore. Haven't for months.", False),
        ("Pretty sure I overdosed on Hallmark movies this weekend.", False),
        ("I think I overdosed on my xanax", True),
        ("Heart's fine, I just need to cut the salt.", False),
        ("I need to cut so bad tonight", True),
        ("Anger's been high all week with the layoffs.", False),
        ("been high all week, can't stop", True),
        ("Had a bottle in my cart at Costco today. Put it back on the shelf.", False),
        ("Had three root beers and called my sponsor.", False),
        ("had three beers and called my sponsor", True),
        ("the counselor said cutting releases endorphins", False),
        ("he said he'd end me if i left", True),
        ("tired of existing on coffee and 4 hours of sleep", False),
        ("i want to disappear from social media for a while", False),
        ("I wish I could just disappear for a while, maybe for good.", True),
        ("my pharmacy counted out my pills wrong, had to go back", False),
        ("my old self would have hurt myself over this. today i called a friend", False),
        ("im shooting the new ad campaign tomorrow", False),
        ("my cousin has a gun, says hes shooting his ex tonight", True),
        ("i could strangle my brother for eating my leftovers again", False),
        ("i want to strangle him for what he did to my sister", True),
        ("safety plan from years ago. don't need it anymore but i keep it", False),
        ("gave my brother my good watch today. i wont need it where im going", True),
    ],
)
def test_words_that_look_like_risk(text: str, escalates: bool) -> None:
    assert RULES_ALONE.assess(text).escalate is escalates


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("honestly its the third beer and it's not even 6", Category.RELAPSE),
        ("Spent today drinking in a motel off the interstate", Category.RELAPSE),
        ("called in sick so i could drink in peace", Category.RELAPSE),
        ("guess who's back on the addy", Category.RELAPSE),
        ("My brother got physical with me a few days back. Just bruised.", Category.ABUSE),
        ("the sh urges have been really bad this week", Category.SELF_HARM),
        (
            "next person who says something about my rehab gets their face smashed in",
            Category.VIOLENCE,
        ),
        ("on my third coffee already", None),
        ("i'm back on my meds finally", None),
        ("my mom's new husband laid hands on her so i'm gonna lay hands on him", Category.VIOLENCE),
        ("next time i'm not walking away, i'm swinging", Category.VIOLENCE),
        ("nearly swung on a guy at the grocery store yesterday", Category.VIOLENCE),
        ("going to my sister's ex's house after this call. he's got it coming", Category.VIOLENCE),
        ("if he's at the meeting tonight i'm not responsible for what happens", Category.VIOLENCE),
        ("told my wife i'd kill her if she ever cheated again", Category.VIOLENCE),
        ("got arrested for assault tuesday. out on bail", Category.VIOLENCE),
        ("they have it coming out in june, the new season", None),
        ("kids were swinging on the swings all afternoon", None),
        ("took a swing at the pinata lol", None),
        ("i'm back on the ice tonight for hockey", None),
        ("my brother got arrested for assault tuesday", None),
        ("covering a black eye with makeup for the zoom, it wasn't a cabinet", Category.ABUSE),
        ("i have to send him a pic of where i am every hour or he loses it", Category.ABUSE),
        ("i shook my baby today bc she wouldn't stop crying", Category.ABUSE),
        ("fresh ones under the watch band. dont ask", Category.SELF_HARM),
        ("cut so i could feel something today. it worked for like 10 min", Category.SELF_HARM),
        ("anyone know a good cream for scars that are like a week old?", Category.SELF_HARM),
        ("im covered in bruises from hitting myself tonight", Category.SELF_HARM),
        ("my headphones broke so i ordered new ones", None),
        ("new burns on my hand from cooking", None),
        ("new scars from the surgery are healing", None),
        ("my sister found the fresh marks on my stomach today and I lied", Category.SELF_HARM),
        ("my sister has fresh marks on her arms", None),
        ("i fantasize about hurting the people who bullied me in school", Category.VIOLENCE),
        ("in school we learned that hurting people is often about fear", None),
        ("i'm scared of how calm i feel about killing myself", Category.SUICIDE),
        ("i don't see why i shouldn't just end it", Category.SUICIDE),
        ("part of me has already decided. just havent figured out how", Category.SUICIDE),
        ("already decided to go back to school, just haven't figured out how to pay", None),
        ("how do you know if you'd survive a fall from like 6 stories", Category.SUICIDE),
        ("cant imagine being alive in 5 years", Category.SUICIDE),
        ("its whatever. not like ill be around long anyway", Category.SUICIDE),
        ("honestly i'd love to just not exist for a while. or forever", Category.SUICIDE),
        ("spent today drinking water and napping", None),
        ("fact from group: self-harm urges usually peak and pass within twenty minutes", None),
        # parts of a plan, and whose plan it is
        (
            "Got my will notarized today. I already know where and when. It's a relief.",
            Category.SUICIDE,
        ),
        ("I've been giving stuff away this week. Don't need it I guess.", Category.SUICIDE),
        ("updated my will after the baby was born", None),
        ("giving stuff away before the move, anyone want a couch?", None),
        ("buddy's been giving stuff away, worried abt him", None),
        ("i was at the trap house. she found out today", Category.RELAPSE),
        ("ended up at my old dealer's place Friday", Category.RELAPSE),
        ("i was at the spot by the lake", None),
        ("i don't see this getting better. been trying for 3 years", Category.SUICIDE),
        ("two shots down and it's only noon", Category.RELAPSE),
        ("like five deep into the case already", Category.RELAPSE),
        ("said just one wine. i'm on glass four", Category.RELAPSE),
        ("second one's poured. don't @ me", Category.RELAPSE),
        ("had a couple in the parking lot before my shift", Category.RELAPSE),
        ("my whole check went up my nose this weekend", None),  # too far from "half of it"
        ("all of my rent money already went up my nose", Category.RELAPSE),
        ("my plug messaged and i texted back on my way", Category.RELAPSE),
        ("grabbed two beers down the street for my dad", None),
        ("had a few at the bar in my twenties", None),
        ("my dealer texted, i blocked him", None),
    ],
)
def test_use_counted_planned_or_resumed(text: str, category: Category | None) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate is (category is not None), assessment
    if category is not None:
        assert assessment.category is category


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("had an urge to cut earlier but i did the ice cube trick and it passed", Severity.LOW),
        ("had the urge to cut tonight but held an ice cube til it passed", Severity.LOW),
        ("the urge to cut is screaming at me tonight", Severity.MEDIUM),
        # asking what to do instead is no coping done
        (
            "The urge to cut is really loud today. What do people actually do instead?",
            Severity.MEDIUM,
        ),
    ],
)
def test_a_self_harm_urge_that_was_ridden_out_is_noted(text: str, severity: Severity) -> None:
    assert RULES_ALONE.assess(text).severity is severity


def test_a_following_sentence_can_date_what_came_before() -> None:
    rules = RULES_ALONE
    assert not rules.assess("I tried to kill myself. That was 2012. I'm grateful now.").escalate
    assert not rules.assess("I tried to end my life. that was 8 years ago").escalate
    assert rules.assess("I tried to kill myself last night. That was the worst night").escalate


def test_suppression_is_per_category() -> None:
    # someone else's overdose in progress stays critical; someone else's ideation is a worry
    assert assess("my friend took a bunch of pills and won't wake up").severity is CRIT
    worry = assess("my friend said she wants to die")
    assert worry.severity is LOW
    assert not worry.escalate
    # a conditional threat to oneself still escalates; a conditional relapse plan is medium
    assert assess("if she leaves I'm going to end my life").severity >= HIGH
    assert assess("if I don't get the job I'm going straight to the bar").severity is MED


def test_accidents_and_near_misses_per_category() -> None:
    # an accident is not self-harm, but an accidental overdose is still an overdose
    assert not assess("I accidentally cut myself with the scissors").escalate
    overdose = assess("I accidentally took double my dose and now I'm super dizzy")
    assert overdose.category is OD
    assert overdose.escalate
    # a relapse that almost happened is worth noting, not paging
    near = assess("nearly relapsed but called my sponsor")
    assert near.severity is LOW


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        # who + intent + death vocabulary, in forms no single sentence rule was written for
        ("i keep wanting to die", S, HIGH),
        ("can't wait to die honestly", S, HIGH),
        ("my family would honestly be relieved if i died", S, MED),
        ("tonight i'm going to finally do it. i have the pills", S, CRIT),
        # first person + use verb + time marker
        ("i used last weekend", RL, MED),
        ("drinking again after a year", RL, HIGH),
        # a weapon plus an intent to use it on someone
        ("i have a knife and i'm going to use it on him", V, CRIT),
        ("my partner keeps threatening me", AB, HIGH),
    ],
)
def test_event_rules_generalise(text: str, category: Category, severity: Severity) -> None:
    assessment = assess(text)
    assert assessment.category is category, assessment
    assert assessment.severity >= severity, assessment


def test_severity_is_ordered() -> None:
    assert Severity.NONE < LOW < MED < HIGH < CRIT
    assert CRIT >= HIGH
    assert not LOW >= MED
    assert max([LOW, CRIT, MED]) is CRIT
    assert Severity.HIGH == "high"
    assert Category.SUICIDE == "suicide"


def test_assessment_and_reason_are_frozen() -> None:
    assessment = assess("i want to die")
    with pytest.raises(dataclasses.FrozenInstanceError):
        assessment.severity = LOW  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        assessment.reasons[0].span = (0, 0)  # type: ignore[misc]
    assert isinstance(assessment, Assessment)
    assert isinstance(assessment.reasons[0], Reason)


def test_category_is_that_of_the_most_severe_active_reason() -> None:
    assessment = assess("shot up an hour ago and now he's not breathing")
    top = assessment.active_reasons[0]
    assert assessment.category is top.category
    assert assessment.severity is top.severity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("honestly I want to k1ll myself", "k1ll myself"),
        ("i'm going to k i l l myself", "k i l l myself"),
        ("i w\u0430nt to di\u0435", "w\u0430nt to di\u0435"),
        ("so   drunk rn lol", "so   drunk"),
    ],
)
def test_spans_point_into_the_original_text(text: str, expected: str) -> None:
    spans = [reason.matched(text) for reason in assess(text).active_reasons]
    assert any(expected in span or span in expected for span in spans), spans


def test_extra_terms_are_literal_and_word_bounded() -> None:
    terms = [("blue boat", "relapse", "medium"), ("a.*b", Category.ABUSE, Severity.HIGH)]
    hit = assess("I took the blue boat again", extra_terms=terms)
    assert hit.escalate
    assert hit.category is RL
    assert hit.severity is MED
    assert hit.reasons[0].rule_id.startswith("guild.")
    assert not assess("blue boats are nice", extra_terms=terms).escalate
    assert not assess("a lot of b", extra_terms=terms).escalate  # never a regular expression
    assert assess("a.*b", extra_terms=terms).category is AB
    # obfuscated spellings of a term are caught like built-in words
    assert assess("the b1ue boat", extra_terms=terms).escalate
    # context applies to guild terms too
    assert not assess("I never think about the blue boat", extra_terms=terms).escalate
    # malformed terms are ignored rather than raising
    assert not assess("hello", extra_terms=[("x", "nonsense", "high"), ("y",)]).escalate  # type: ignore[list-item]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.rule_id)
def test_every_rule_matches_its_example(rule: object) -> None:
    example = rule.example  # type: ignore[attr-defined]
    assert example, "every rule documents an example"
    normalized = normalize(example).text
    assert rule.pattern.search(normalized), (rule.rule_id, normalized)  # type: ignore[attr-defined]
    assert rule in _candidate_rules(normalized)
    assert PREFILTER.may_match(example)


def _corpus() -> list[str]:
    texts = [r.text for r in load_rows(HERE / "regression_cases.csv")]
    devset = HERE.parents[2] / "tests" / "data" / "safety" / "devset.csv"
    if devset.exists():
        texts += [r.text for r in load_rows(devset)]
    return texts + ESCALATE_TEXTS + CALM


ESCALATE_TEXTS = [text for text, _, _ in ESCALATE]


def test_gating_never_hides_a_match() -> None:
    """Trying only the gated rules finds every match that trying all rules finds."""
    for text in _corpus():
        normalized = normalize(text).text
        gated = {rule.rule_id for rule in _candidate_rules(normalized)}
        for rule in RULES:
            if rule.pattern.search(normalized):
                assert rule.rule_id in gated, (rule.rule_id, text)
                assert PREFILTER.may_match(text), text


def test_prefilter_keeps_every_dev_set_row_that_must_escalate() -> None:
    """The fast path is recall-oriented: no labelled risk may be dropped by it."""
    devset = HERE.parents[2] / "tests" / "data" / "safety" / "devset.csv"
    rows = load_rows(devset) + load_rows(HERE / "regression_cases.csv")
    dropped = [row.text for row in rows if row.must_escalate and not PREFILTER.may_match(row.text)]
    assert dropped == []


def test_gate_keys_avoid_everyday_words_when_the_rule_allows() -> None:
    """A rule with a required set free of everyday chat words is gated by that set."""
    letters = next(rule for rule in RULES if rule.rule_id == "suicide.event_letters_all")
    assert "everyone" in letters.keys  # the most selective set by length has a chat word ...
    assert "everyone" not in gate_keys(letters)  # ... so the letters/notes set gates it
    assert set(gate_keys(letters)) in [set(group) for group in letters.requires]
    assert not PREFILTER.may_match("welcome everyone, glad you are here")


def test_fast_path_keys_are_words_not_fragments() -> None:
    """A two-letter key starts a word of most messages ("re" starts "really", "read" ...):
    only "od" and "id" (the normaliser's "i'd") are that short, and both are words."""
    keys, _respelled = _prefilter_keys()
    assert {key for key in keys if len(key) <= 2} <= {"od", "id"}


def test_a_burn_with_no_one_named_is_the_speakers_own_not_abuse() -> None:
    own = RULES_ALONE.assess("burned my arm with a lighter again tonight")
    assert own.category is Category.SELF_HARM
    assert all(reason.category is not Category.ABUSE for reason in own.reasons), own
    done_to = RULES_ALONE.assess("my stepdad burned my arm with a lighter again tonight")
    assert done_to.category is Category.ABUSE, done_to


def test_phrases_spell_out_every_combination_in_order() -> None:
    pattern = phrases(("said", "says"), ("i'm", "you're"), ("next",))
    assert pattern == "(?:said i'm next|said you're next|says i'm next|says you're next)"
    assert re.fullmatch(pattern, "says you're next")


def test_rule_ids_are_unique_and_dotted() -> None:
    ids = [rule.rule_id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+", rule_id) for rule_id in ids)
