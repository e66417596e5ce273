"""Everyday words that once silenced a disclosure beside them.

Found by burying present acts in long posts of ordinary chat: "of course" read as a course
(a lesson, so a topic), "on the call" as the thing a knife slipped on, "long day at work"
as the place of an accident, reassurance ("no worries", "please don't worry",
"i don't want to worry anyone") as the speaker's fear of the act, and "want to worry anyone"
as an urge towards the statement after it; and Discord's emphasis (``*i want to die*``,
``_i relapsed_``) hid the words from the rules altogether. "i can't feel my legs after the
pills" read "can't" as a negation of the pills, and "lastnight" was no time. Each still reads as it should where it means what
the cue was written for.
"""

import pytest

from bot.safety import Category
from tests.unit.safety.rules_alone import RULES_ALONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("of course i want to die", Category.SUICIDE),
        ("of course he hit me again last night", Category.ABUSE),
        ("car needs new tires, of course i have the pills lined up", Category.SUICIDE),
        ("i cut myself tonight on the call", Category.SELF_HARM),
        ("i cut myself again, long day at work", Category.SELF_HARM),
        ("no worries i drank last night", Category.RELAPSE),
        ("please don't worry i have the pills lined up", Category.SUICIDE),
        ("i don't want to worry anyone i want to die", Category.SUICIDE),
        ("i don't want to worry anyone i'm drunk right now", Category.RELAPSE),
        ("dont worry i took a bunch of pills an hour ago", Category.OVERDOSE),
        # Discord emphasis: "_" was a word character to the rules and a closing "*" a mask
        ("*i want to die*", Category.SUICIDE),
        ("_i'm drunk right now_", Category.RELAPSE),
        ("_he hit me again last night_", Category.ABUSE),
        ("everything is great *i relapsed*", Category.RELAPSE),
        ("i_have_the_pills_lined_up", Category.SUICIDE),
        # a body that fails is a symptom, not a negation of the use after it
        ("i cant feel my legs after the pills", Category.OVERDOSE),
        ("i can't breathe right after taking the pills", Category.OVERDOSE),
        # "done" and nothing but a gun or rope emoji
        ("i'm done \U0001f52b", Category.SUICIDE),
        ("can't anymore \U0001faa2", Category.SUICIDE),
        ("im so done \U0001f52b", Category.SUICIDE),
        # use told against a denial, a worry or another substance
        ("i didn't drink but i did use", Category.RELAPSE),
        ("i don't want to drink, i already did", Category.RELAPSE),
        ("my brother thinks i'm going to relapse and i already did", Category.RELAPSE),
        ("not gonna drink tonight, gonna shoot up instead", Category.RELAPSE),
        # run-together times
        ("drank lastnight", Category.RELAPSE),
        ("i cut lastnite", Category.SELF_HARM),
    ],
)
def test_disclosure_beside_everyday_words_escalates(text: str, category: Category) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment
    assert assessment.category is category, assessment


@pytest.mark.parametrize(
    "text",
    [
        "the course covered how people hide that they want to die",
        "i cut myself on the can lid",
        "cut myself on a nail at work",
        "cut myself badly while cooking",
        "i cut myself shaving",
        "i hurt myself on the way to work, slipped on the ice",
        "i hurt my wrist, again, at the gym",
        "i'm so scared i'll relapse at the wedding",
        "no worries, i'm afraid i'll drink at the party",
        "i worry my father takes his pills with alcohol",
        "i can't see myself drinking again",
        "i'm done with my gun safety course",
        "im so done with this game",
        "i did use to drink a lot, years ago",
        "i was going to use the app but i already did it by hand",
        "i thought about drinking but i already have a plan for the craving",
        "i'm going to drink tea instead",
    ],
)
def test_what_the_cues_were_written_for_still_holds(text: str) -> None:
    assert not RULES_ALONE.assess(text).escalate
