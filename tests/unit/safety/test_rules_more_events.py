"""Event rules and context readings added from fresh labelled weeks (parents, tradespeople,
students), each checked on the rules alone with phrasings written for this test."""

import pytest

from bot.safety import Category, Severity
from bot.safety.normalize import normalize
from bot.safety.patterns import AB, OD, RL, SH, S, V
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        # an abuser's threat in their own quoted words
        ("my boyfriend texted 'if you go to that meeting i'll break your legs'", AB, Severity.HIGH),
        ('husband said "keep talking to your sister and i will end you"', AB, Severity.HIGH),
        ("left me a voicemail from my ex: 'you won't live to see christmas'", AB, Severity.HIGH),
        ("my husband said he'll break my left arm if i go", AB, Severity.HIGH),
        # a partner hurting the speaker, laughed off; being followed or found
        ("haha my husband slapped me again last night, whatever", AB, Severity.MEDIUM),
        ("my gf shoved me into the counter lol i'm fine", AB, Severity.MEDIUM),
        ("my ex has been parking outside my apartment every night", AB, Severity.MEDIUM),
        ("there was an airtag in my purse and only he had my bag", AB, Severity.MEDIUM),
        # rage let out on things by the speaker
        ("kicked the bathroom door off its hinges last night. scaring myself", V, Severity.MEDIUM),
        (
            "i just smashed the tv because the ref was blind. i need to calm down",
            V,
            Severity.MEDIUM,
        ),
        ("punched two holes in the drywall this week", V, Severity.MEDIUM),
        # recovery words for a self-harm relapse, and a masked word
        ("my first burn relapse since summer happened on sunday", SH, Severity.MEDIUM),
        ("c*t again last night, sorry", SH, Severity.HIGH),
        # someone's words of intent passed on as they arrive; the speaker up on a height
        ("my cousin just messaged me 'i'm going to end it tonight'", S, Severity.HIGH),
        ("my sister keeps texting 'i want to die' and she won't pick up", S, Severity.HIGH),
        ("im on top of the parking structure downtown. wanted someone to know", S, Severity.MEDIUM),
        # passive ideation and hopelessness
        ("if i fell off this ladder nobody would miss me", S, Severity.MEDIUM),
        ("i have zero hope left for anything", S, Severity.MEDIUM),
        ("every drive home i hope a truck runs me over", S, Severity.MEDIUM),
        # someone overdosing now, or given naloxone now
        ("i think she's overdosing on something, she's grey", OD, Severity.CRITICAL),
        ("giving marcus narcan right now", OD, Severity.CRITICAL),
        # someone else brought back with naloxone, dated: a medium alert, not a worry
        ("my brother got narcanned last night and went straight home", OD, Severity.MEDIUM),
        # use counted in cases, sneaked from a flask, or borrowed
        ("had a 24 pack since lunch", RL, Severity.HIGH),
        ("taking sips from the flask in my locker all day", RL, Severity.HIGH),
        ("popped one of my sister's xanax this morning", RL, Severity.MEDIUM),
        # a concrete harm, or a threat hung on money owed or on leaving, is a threat
        ("he said he'd break my arm if i was late again", AB, Severity.HIGH),
        ("my dealer said he'd kill me if i miss another payment", AB, Severity.HIGH),
        ("my husband said he'll kill me if i leave", AB, Severity.HIGH),
        # a pause before a substance or a time is only hesitation
        ("i relapsed... on friday night", RL, Severity.HIGH),
        ("drank... most of a bottle of rum", RL, Severity.HIGH),
        # a laugh ends the clause: the "cant" before it negates nothing after it
        ("cant even lol been drinking since noon", RL, Severity.HIGH),
        # "like the old days" and "someone from the old days" date nothing
        ("been drinking on the porch like the old days", RL, Severity.HIGH),
        ("a guy from the old days came by and we've been using all night", RL, Severity.HIGH),
    ],
)
def test_new_event_readings(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        # rage rules need the speaker; a throw in play or a door pushed shut is no rage
        "my son punched a hole in the wall and i'm worried about him",
        "kicked the door shut with my foot because my hands were full",
        "threw the ball against the wall for the dog for an hour",
        "i used to punch walls when i drank, not anymore",
        # a height on an errand; intent quoted in play or years ago
        "i'm on the roof cleaning the gutters, pray for me",
        "i'm on the bridge, traffic is backed up for miles",
        "she said 'i'm going to kill myself' when she lost at cards lol",
        "years ago my brother texted me 'i want to die' and it still stays with me",
        # a partner's pun, a sibling who visits, a child's play
        "my husband hit me with the worst pun at breakfast lol",
        "my sister keeps showing up at my house with soup",
        "my son kicked me in his sleep lol",
        # a quoted threat needs a threat
        "my ex texted 'i'll pick up the kids at 5'",
        # nobody missing me at an event is no wish to be gone
        "no one will miss me if i skip the potluck",
        "nobody would miss me at book club lol",
        # losing hope in a team or a gadget
        "i've lost all hope in the jets",
        "lost all hope for my printer",
        # a pause, then a harmless ending
        "i relapsed... into my old netflix habits",
        "got totally wasted... on a nap. 3 hours lol",
        "ready to end it all... with my gym membership",
        # a threat to kill hung on an everyday slip is a figure of speech
        "my sister says she'll kill me if i skip her recital",
        "i'll murder my husband if he eats the last slice again lol",
        "coach said he'd kill us if we were late to practice",
        # "overdosing" on something that is no drug; asking where naloxone is given out
        "my daughter is overdosing on glitter glue this week",
        "which clinics give out naloxone for free around here?",
        # a dated overdose in someone's history
        "my sponsor got narcanned in 2015 and now chairs the meeting",
        # masked swears are not risk words
        "holy sh*t that exam was hard",
    ],
)
def test_new_event_readings_leave_everyday_chat_alone(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    ("masked", "word"),
    [("c*t", "cut"), ("k*ll", "kill"), ("d*e", "die"), ("su*cide", "suicide"), ("sh*t", "shit")],
)
def test_a_masked_word_is_read_as_the_risk_word_it_hides(masked: str, word: str) -> None:
    assert normalize(masked).text == word
