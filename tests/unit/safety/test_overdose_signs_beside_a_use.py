"""Someone else's overdose told by its signs beside a use, and hair that goes grey.

On the code before this file:
- "out cold for 40 min after the ket and doesn't react when I pinch her", "my girlfriend is on
  the bathroom floor, she mixed her klonopin with fentanyl" and "the baby ate some of
  grandpa's pills and she's not acting right" were low: out cold, no reaction to a pinch,
  collapsed on the floor and "not acting right" were not read as signs;
- "my dad's going grey lol" was a critical overdose alert: "going grey" was read as a
  person turning grey in an overdose, with no face, skin or lips named.
"""

import pytest

from bot.safety import Category, Severity, assess
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "roommate's been out cold for half an hour after the xans and doesn't react when I shake him",
        "my brother is on the bathroom floor, he mixed his bars with a bottle of vodka",
        "my cousin's gone grey after a bump and won't answer, what do i do",
        "the toddler ate some of my mom's pills off the nightstand and he's not acting right",
        "my daughter found her grandma's fentanyl patch and put it on, she's really sleepy",
        "her face has turned blue after the shot",
        "my friend is turning gray after smoking something at the park",
    ],
)
def test_someone_elses_overdose_told_by_its_signs_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "my dad's going grey lol",
        "my hair is going grey after these years with the kids",
        "my mom is turning grey, she needs to dye it",
        "i'm turning grey at 30 haha",
        "my beard is turning grey and i kind of like it",
        "my son is on the floor playing legos after his nap",
        "he's on the kitchen floor fixing the sink",
        "i was out cold for 10 hours after that double shift",
        "she's not acting like herself since the breakup",
    ],
)
def test_hair_naps_and_moods_are_no_overdose(text: str) -> None:
    assert_quiet(text)
    assert not assess(text).escalate, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "a guy on my street is passed out in the stairwell with a needle next to him",
        "my neighbor's boy got into his mom's methadone and he's limp",
        "someone is slumped on the stairs at the station with foam around his mouth",
        "my sister's on the bathroom floor and her eyes keep rolling back",
    ],
)
def test_collapse_beside_a_needle_or_a_swallowed_drug_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "the nurse put the needle by her arm and took blood for the labs",
        "my wrist is limp after the sprain",
        "my husband passed out on the couch after the game",
    ],
)
def test_needles_sprains_and_naps_stay_quiet(text: str) -> None:
    assert_quiet(text)
