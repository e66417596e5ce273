"""Rules and readings added from the fresh weeks on time (then and now), the first days of
treatment, long evening check-ins, a rural group, messages typed in a hurry, chronic pain and
parents of teenagers, each checked on the rules alone with phrasings written for this test."""

import pytest

from bot.safety import Category, Severity
from bot.safety.normalize import normalize
from bot.safety.patterns import AB, OD, RL, SH, S, V
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        # spaced-out letters with leetspeak digits among them
        ("honestly feeling s u 1 c 1 d a l tonight", S, Severity.HIGH),
        # "so bad" intensifies; it does not start a clause that "used to" can date
        (
            "i want to cut so bad right now, it's the only thing that used to help",
            SH,
            Severity.HIGH,
        ),
        # "you" spoken to is not the subject of what follows
        ("gonna be honest with you all, been researching ways to unalive", S, Severity.HIGH),
        # a dealer's delivery; naloxone given to the speaker; the wheel turned into a barrier
        ("my plug just dropped some off, it's on the counter", RL, Severity.HIGH),
        ("got hit with two narcans saturday night", OD, Severity.MEDIUM),
        (
            "keep thinking about just turning the wheel into a pole on the way home",
            S,
            Severity.HIGH,
        ),
        # fresh marks kept out of sight; a medicine hoarded by name
        ("new cuts from last night, keeping them hidden under my hoodie", SH, Severity.MEDIUM),
        ("been stockpiling my trazodone and it's finally enough", S, Severity.HIGH),
        ("i've been saving my ambien since october and tonight is the night", S, Severity.CRITICAL),
        # the person the speaker fought with is not the subject of what the speaker did next
        ("argued with my dad all morning, scratched my arms till they bled", SH, Severity.HIGH),
        # hits off someone's pipe; breathing one can barely hear after mixing
        ("took a few hits off my brother's bong last night", RL, Severity.MEDIUM),
        (
            "my roommate took xanax on top of a bottle of wine and i can barely hear her breathing",
            OD,
            Severity.CRITICAL,
        ),
        # a home burned down with the speaker inside; not existing would be easier
        ("my ex said she'll torch the trailer with me in it if i leave", AB, Severity.HIGH),
        ("some days it would be way easier to just disappear forever", S, Severity.MEDIUM),
        ("still wishing i'd died in that crash honestly", S, Severity.MEDIUM),
        # a threat told as restraint, or as knowing where someone parks
        ("he's lucky i don't break his nose after today", V, Severity.HIGH),
        ("you better watch yourself, i know where you live", V, Severity.HIGH),
        # naloxone given by the dose; "shot up a bit ago"; insurance worth more than oneself
        ("gave him 3 doses of narcan and he's still not right", OD, Severity.CRITICAL),
        ("shot up a little while ago and feel weird", RL, Severity.HIGH),
        ("my life insurance would do more for my kids than i do", S, Severity.MEDIUM),
        # medication skipped to get high; about to use after years; drunk texting
        ("skipped my methadone so i could get high tonight", RL, Severity.HIGH),
        ("got it in my pocket, about to use for the first time in two years", RL, Severity.HIGH),
        ("drunk texting the group chat again, sorry everyone", RL, Severity.HIGH),
        # an overdose on an abbreviated day; urges to hit someone; a threat as restraint
        ("overdosed on thurs and i haven't told anyone", OD, Severity.MEDIUM),
        ("i've got these urges to punch someone, anyone", V, Severity.MEDIUM),
        ("your lucky i don't know where you live", V, Severity.HIGH),
        # a wish held now about a dated event
        ("honestly still wish i'd died when i crashed in 2018", S, Severity.MEDIUM),
        # someone's goodbye, then silence, then what they had been saying
        (
            "my sister sent 'sorry for everything' and now she won't answer. "
            "she's been saying she wants to die",
            S,
            Severity.CRITICAL,
        ),
        # asking how others stopped, about the member's own urges ("mine are back")
        ("how did you all get past the urge to cut? mine are back this week", SH, Severity.MEDIUM),
        # someone else hurting themselves while the member is there
        (
            "my brother locked himself in his room saying he's going to cut himself, "
            "i'm outside the door",
            SH,
            Severity.CRITICAL,
        ),
    ],
)
def test_fresh_week_readings(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        # things that die by "suicide" and games lost
        "my basil is committing suicide on the balcony again",
        "my uncle beat me at scrabble every game this weekend",
        "she beat me 21-3 at ping pong lol",
        # caffeine and chicory are no overdose; a last shot in a game is no drink
        "i'm overdosing on cold brew this week, send help lol",
        "this coffee tastes like someone od'd on cinnamon",
        "sank the three on my last shot of the night!!",
        # a diet's wagon, and people who still remember me
        "fell off the wagon with keto, tacos for days",
        "the nurses at detox still remember me lol",
        # history: active addiction, the first time remembered, an era long gone, relapses
        # before this stretch
        "in active addiction i drove drunk every weekend, scary to think about",
        "i remember the first time i snorted oxy like it was yesterday, 9 years ago now",
        "that was the era of hiding bottles in the laundry. long gone",
        "i relapsed a bunch of times before this stretch. this one is different",
        # a mark from the cat
        "new scratches from the kitten, keeping them covered with bandaids lol",
        # history dated by the next sentence or by a month and year
        "my first week here i said i wanted to die. that was ten months ago",
        "the last time i used was june 2021, it still feels fresh some days",
        # a game, coffee by the cup, lemonade by the pint
        "my niece beat me at cornhole three times in a row",
        "i've been drinking like 5 cups a day since finals started",
        "had a pint of lemonade at the pub with my brother, felt normal",
        # easier, but not about being gone
        "it would be easier to just order pizza tonight",
        # laughing too hard to breathe; a storm that hammered the crops; a noisy animal
        "this video has me wheezing i can't breathe lol",
        "the orchard got hammered by hail last night",
        "that dog is a dead man if he eats another shoe",
        # a pause before a harmless ending; years off the needle; history told once, or
        # counted over a lifetime
        "gonna off myself... off to bed i mean, night all",
        "three years off the needle today!!",
        "my uncle once told me 'that stuff will kill you' and he was right about a lot",
        "been narcanned twice in my life, last time was 2016",
        "my cousin od'd a few years back, he's 4 years clean now and thriving",
        # others told to go jump; a thing "unalived"; belief remembered; a last time before a
        # birth
        "the parking office can go jump off a bridge",
        "if this meeting runs long i'm going to unalive the coffee machine",
        "i remember thinking nobody would care if i was gone. i was wrong",
        "the last time i used was before my daughter was born, she's 4 now",
        # someone else's self-harm told after the fact is a worry, not an emergency
        "my brother told me last week he's been cutting, i'm worried about him",
    ],
)
def test_fresh_week_readings_leave_everyday_chat_alone(text: str) -> None:
    assert_quiet(text)


def test_spaced_digits_alone_spell_nothing() -> None:
    assert normalize("call 5 5 5 1 2 3 after 6").text == "call 5 5 5 1 2 3 after 6"
