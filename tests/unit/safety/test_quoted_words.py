"""Whose words are in the quotation marks?

An inline quotation was nobody's: 'i told my therapist "i want to die"' and 'she told me "i
want to die" and hung up' both raised nothing. The speaker's own words told again are the
speaker's disclosure; someone else's are someone else's (so their emergency is still one, and their threat at
"you" is a threat against the member);
a song, a sign or a saying stays a quotation.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('i told my therapist "i want to die"', Category.SUICIDE),
        ('i texted my sponsor "i relapsed last night"', Category.RELAPSE),
        ('"i want to die" is what i told my therapist today', Category.SUICIDE),
        ('i said "i drank last night" in group and everyone was kind', Category.RELAPSE),
        ("i finally admitted 'i've been cutting again' to my mom", Category.SELF_HARM),
    ],
)
def test_my_own_words_told_again_are_my_disclosure(text: str, category: Category) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment
    assert assessment.category is category, assessment


@pytest.mark.parametrize(
    "text",
    [
        "my ex texted \"you'll be sorry if you take the kids to your mom's\"",
        "he said 'you're going to pay for what you told the cops'",
    ],
)
def test_their_threat_at_you_is_a_threat_against_me(text: str) -> None:
    """In someone else's words "you" is the member: their threat is abuse of the member."""
    assessment = RULES_ALONE.assess(text)
    assert assessment.escalate, assessment
    assert assessment.category is Category.ABUSE, assessment


@pytest.mark.parametrize(
    "text",
    [
        'she told me "i want to die" and hung up',
        "my brother texted me 'i took all my pills' and now he's not answering",
    ],
)
def test_someone_elses_words_of_an_emergency_are_critical(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.severity is Severity.CRITICAL, assessment


@pytest.mark.parametrize(
    "text",
    [
        'the song goes "i want to die"',
        '"i want to die" is such a dramatic lyric lol',
        "my son said 'i wanna die' about his math test",
    ],
)
def test_a_quotation_of_nobody_or_a_figure_is_no_alert(text: str) -> None:
    assert not RULES_ALONE.assess(text).escalate


def test_a_guilds_own_term_keeps_its_category_in_quoted_words() -> None:
    """Only built-in violence rules become abuse when aimed at "you" in someone's words: a
    guild's term means what the guild filed it as."""
    assessment = RULES_ALONE.assess(
        "he said 'you are going down to the basement'",
        extra_terms=[("you are going down", "violence", "high")],
    )
    assert assessment.category is Category.VIOLENCE, assessment
