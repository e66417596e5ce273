"""Uses told sideways: in the plain present of a second language, by when a streak ended, or
behind an everyday drink; and the everyday goods that only sound like a use.

On the code before this file the rules missed "today I drink again" (people writing in a
second language often tell the past in the plain present), "sober 7 months until about 4
o'clock today", and "the cup of coffee in my hand is not coffee". They also read a grocery run
as a relapse: "bought a bag of chips today" and "bought a case of water today" were high
alerts, and so was "did a line dance at the wedding".
"""

import pytest

from bot.safety import Category, Severity, assess
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # the plain present with a time, as a second language tells the past
        ("Yesterday I drink again, the whole bottle.", Severity.MEDIUM),
        (
            "this morning I drink before my shift, first time since I start the program",
            Severity.HIGH,
        ),
        ("last weekend i use cocaine at my cousin house", Severity.MEDIUM),
        ("I smoke the crack tonight, I am sorry", Severity.HIGH),
        ("I have consumed alcohol at the wedding, my wife is angry", Severity.MEDIUM),
        ("i use heroin again last week", Severity.MEDIUM),
        # a streak told by when it ended
        ("clean 14 months until about 9pm yesterday", Severity.MEDIUM),
        ("dry for three weeks... well, three weeks until noon", Severity.HIGH),
        ("my sober streak ended last night at the pub", Severity.MEDIUM),
        ("threw it all away, blew 8 months sober at the game today", Severity.HIGH),
        ("so that's 63 days down to 1", Severity.HIGH),
        ("sober 60 days until around 9pm friday", Severity.MEDIUM),
        ("my clean date's now yesterday, sigh", Severity.MEDIUM),
        # a use behind an everyday drink or medicine
        ("the tea in my thermos at work is not tea", Severity.HIGH),
        ("my 'water' at the game today had vodka in it", Severity.HIGH),
        ("nursing something that is definitely not lemonade, don't tell anyone", Severity.HIGH),
        ("the 'stomach bug' on monday was a hangover", Severity.MEDIUM),
        ('the "cough syrup" I bought wasn\'t for my cough', Severity.MEDIUM),
    ],
)
def test_a_use_told_sideways_alerts(text: str, severity: Severity) -> None:
    assert_alerts(text, Category.RELAPSE, severity)


@pytest.mark.parametrize(
    "text",
    [
        # the plain present of everyday drinking, and habits with no time
        "today i drink lots of water, doctor's orders",
        "last week i drink only tea, no coffee",
        "I drink coffee every morning before work",
        "i drink my coffee black like my soul",
        "yesterday i use the app for meditation",
        "today I take my meds at 9 like always",
        # countdowns and other streaks
        "3 days until friday, can't wait",
        "sober 2 years until my dad got sick, then i moved home to help",
        "my gym streak ended today, sick with the flu",
        "10 days down to 3 days left until vacation",
        # complaints about a drink
        "the coffee at work is not coffee, it's brown water",
        "this tea is not tea, it's hot leaf juice",
        'my mom\'s "tea" has baileys in it every christmas',
        "the 'migraine' was actually a migraine, my doctor checked",
        # everyday goods named like drugs or drinks
        "bought a bag of chips and a case of water today",
        "took a bowl of soup over to my neighbor tonight",
        "we did a line dance at the wedding yesterday",
        "bought a pot for the kitchen today",
        "bought some speed bumps for the driveway",
        "bought some acid for cleaning the pool today",
    ],
)
def test_everyday_drinks_goods_and_countdowns_stay_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "bought a bag today",
        "did a line in the bathroom at work today",
        "bought a case of beer today",
        "bought some pot today",
        "scored a bag of dope last night",
    ],
)
def test_the_drug_or_drink_itself_still_alerts(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "bought a bag of chips and a case of water today",
        "took a bowl of soup over to my neighbor tonight",
        "we did a line dance at the wedding yesterday",
        "bought a pot for the kitchen today",
    ],
)
def test_the_word_model_also_reads_everyday_goods_as_goods(text: str) -> None:
    # (read as idioms, so the word model defers to the rules rather than raising them)
    assert not assess(text).escalate, assess(text)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # how far into drinking now, how a session grew, and its slang
        ("im 4 seltzers deep on a wednesday lol", Severity.HIGH),
        ("my one beer turned into a whole night", Severity.MEDIUM),
        ("went out on the piss friday with the lads", Severity.MEDIUM),
        ("i'm still half cut from the party", Severity.HIGH),
        ("cracked one open just to see", Severity.MEDIUM),
    ],
)
def test_a_session_told_by_its_size_or_slang_alerts(text: str, severity: Severity) -> None:
    assert_alerts(text, Category.RELAPSE, severity)


@pytest.mark.parametrize(
    "text",
    [
        "one drink turned into none, proud of myself",
        "cracked one open, a can of la croix",
        "he's 3 beers deep already lol my husband",
        "i was paralytic from the waist down after the accident",
    ],
)
def test_no_session_stays_quiet(text: str) -> None:
    assert_quiet(text)
