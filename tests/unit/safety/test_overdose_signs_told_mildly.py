"""An overdose told by its signs said mildly, two signs together, and a pet's breath.

On the code before this file:
- "his lips look kind of purple and he's snoring weird, probably just tired lol" and "nodded
  out in the car and his lips look kinda purple" were not alerts with the rules alone: lips
  "kinda" blue, snoring wrong and nodding out were no signs, and signs alone never combined
  without a drug named;
- "she mixed her xanax with wine and she's slumped over the table snoring weird" was low with
  `assess` too: slumped over while snoring reads as sleep;
- "he collapsed after taking something at the party", "breathing like every 10 seconds" and
  "needle in arm" (no "his") were not read;
- "my dog's breathing sounds weird today" was a critical overdose alert, and so was "my lips
  are blue lol it's freezing out".
"""

import pytest

from bot.safety import Category, Severity, assess
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "my housemate is kinda blue around the lips and snoring funny, he's fine right?",
        "bf's lips look a bit purple and he's snoring really weird, prob just tired",
        "my uncle nodded out on the porch and his fingertips look kinda grey",
        "his pupils are tiny and he's been nodding off all day, says he's good",
        "the guy next to me on the bus nodded out and he's kinda grey",
        "my sister passed out at the party and she's a little blue, everyone thinks it's funny",
    ],
)
def test_two_signs_together_are_critical_without_a_drug_named(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "my mom mixed her xanax with wine again and she's slumped over the table snoring weird",
        "he's snoring so weird since he took two blues",
        "my brother got high and now his lips look kinda blue",
        "my son collapsed right after taking something at the concert",
        "she keeled over after a line at the party and she's not answering",
        "my friend passed out after using and he's breathing like every 15 seconds",
        "roommate passed out w needle in arm",
        "neighbor's on the floor with foil next to him, chest barely moving",
    ],
)
def test_a_sign_beside_a_use_or_a_strong_sign_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "my dog's breathing sounds weird today, vet on monday",
        "the cat is snoring funny lol",
        "my puppy isn't breathing right after the walk, he's just tired",
        "my lips look kinda blue lol it's freezing out",
        "my fingers are purple from the cold",
        "my lips are blue from the popsicle haha",
        "my husband is snoring weird again, should he get checked for sleep apnea",
        "i collapsed after taking the exam lol",
    ],
)
def test_pets_the_cold_and_sleep_are_no_overdose(text: str) -> None:
    assert_quiet(text)
    assert not assess(text).escalate, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # (the word model still reads these two as overdose; it did before this file too)
        "my grandma collapsed after taking her walk, she's in the er getting checked",
        "he's kind of blue today since his team lost",
    ],
)
def test_a_walk_and_a_low_mood_are_no_overdose_to_the_rules(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "can someone post the signs of an overdose again? blue lips, pinpoint pupils, snoring",
        "in the narcan training they said tiny pupils and snoring breaths mean call 911",
    ],
)
def test_the_signs_listed_as_a_lesson_are_no_alert(text: str) -> None:
    assert not assess(text).escalate, assess(text)


def test_a_pet_idiom_does_not_hide_a_person_beside_it() -> None:
    text = "my dog's breathing is fine but my roommate's lips are going blue after a bag"
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


def test_signs_together_say_which_signs() -> None:
    text = "my roommate's lips look kind of purple and he's snoring weird"
    reasons = [reason.rule_id for reason in assess(text).reasons]
    assert reasons[0] == "overdose.signs_together", reasons
    assert "overdose.event_signs" in reasons, reasons
