"""Someone else in danger now is critical, whatever the member says around it.

On the code before this file the rules read "my dad has a gun to his head" as someone else's
weapon (low), "my son locked himself in the bathroom with a razor" as nothing, and "my mom
drank a whole bottle of vodka and took her sleeping pills" as her relapse (low); the word
model raised some of them, not all. Each emergency is told bare, after an opening (fear,
the member's own history, a lesson) and before an ending (a question, an ambulance on its
way, fear, a doubt).
"""

from itertools import product

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE

EMERGENCIES = [
    ("my dad has a gun to his head", Category.SUICIDE),
    ("my son locked himself in the bathroom with a razor", Category.SELF_HARM),
    ("my husband locked himself in the garage with his rifle", Category.SUICIDE),
    ("my mom drank a whole bottle of vodka and took her sleeping pills", Category.OVERDOSE),
    ("my brother is blue and not breathing", Category.OVERDOSE),
    ("my sister is on the bridge saying she's going to jump", Category.SUICIDE),
]
OPENINGS = ["", "i'm so scared. ", "i used to do this too. ", "we talked about this in group. "]
ENDINGS = ["", " what do i do", " 911 is on the way", " idk if i should call"]


@pytest.mark.parametrize(
    ("emergency", "opening", "ending"), list(product(EMERGENCIES, OPENINGS, ENDINGS))
)
def test_someone_else_in_danger_now_is_critical(
    emergency: tuple[str, Category], opening: str, ending: str
) -> None:
    text, category = emergency
    assessment = RULES_ALONE.assess(opening + text + ending)
    assert assessment.severity is Severity.CRITICAL, assessment
    assert assessment.category is category, assessment


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i've locked myself in the bathroom with the razor", Category.SELF_HARM),
        ("i drank a bottle of wine and took my xanax", Category.OVERDOSE),
        ("my dad finished a bottle of whiskey then took his sleeping pills", Category.OVERDOSE),
        ("finished a whole bottle and took my benzos on top. home alone", Category.OVERDOSE),
        ("drank a whole bottle of red wine and took her sleeping pills", Category.OVERDOSE),
        ("he's pointing the gun at himself", Category.SUICIDE),
    ],
)
def test_the_member_or_a_pronoun_alike(text: str, category: Category) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity is Severity.CRITICAL, assessment
    assert assessment.category is category, assessment


@pytest.mark.parametrize(
    "text",
    [
        "a guy held a gun to his head and took his wallet",
        "in the movie he has a gun to his head",
        "my grandpa locked himself in the garage with his tools again",
        "drank a whole bottle of water and took my meds",
        "my teen locked herself in her room with her pills organizer",
        # found by a review of the first version of these rules
        "the robber with a gun to his head made him empty the register",
        "the bank robber has a gun to her head in the trailer, looks intense",
        "he's pointing the knife at himself while carving the turkey",
        "my toddler locked himself in the car with the seat belt still on",
        "the kids locked themselves in the garage with a jump rope and a basketball",
        "my husband locked himself in the shed with his rifle to clean it before hunting season",
        "my roommate shut himself in his room with a bottle of pills for his flu, poor guy",
        "my 13yo locked herself in the bathroom with my razor to shave her legs",
        "finished a pint and took my meds before bed",
        "drank a bottle of powerade and took my meds after the run",
        "i drank a bottle of wine and took an advil for my headache",
    ],
)
def test_a_story_or_an_errand_is_no_emergency(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity < Severity.CRITICAL, assessment
    assert not any(
        reason.rule_id in NEW_RULES and reason.severity >= Severity.MEDIUM
        for reason in assessment.reasons
    ), assessment


NEW_RULES = {
    "suicide.other_gun_to_self",
    "suicide.locked_in_with_means",
    "self_harm.locked_in_with_blade",
    "overdose.bottle_and_pills",
}
