"""Time away told as a wish for space, a notice about someone else's trouble, and a relapse
weighed as a counterfactual.

On the code before this file:
- "it'd be better if i wasn't here this weekend" (a sister asking for space) was a critical
  suicide alert: the passive wish "better if i wasn't here" and the time "this weekend" made
  an imminent plan;
- "the school sent a letter about a kid who brought a gun to school" was a critical violence
  alert, read as a weapon brought to school now;
- "if i relapsed i'd lose everything i built" was a medium relapse alert.
"""

import pytest

from bot.safety import Category, Severity, assess
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "it'd be better if i wasn't here this weekend",
        "my sister said it'd be better if i wasn't here this weekend, she needs space",
        "honestly it would be easier if i wasn't around for the holidays, my dad and i fight",
        "mom thinks it'd be better if i wasnt there at thanksgiving so i'm doing friendsgiving",
        "it might be better if i wasn't here for a while, the house needs quiet after the baby",
    ],
)
def test_time_away_is_not_a_wish_to_die(text: str) -> None:
    assert_quiet(text)
    assert not assess(text).escalate


@pytest.mark.parametrize(
    "text",
    [
        "it'd be better if i wasn't here anymore",
        "everyone would be better off if i wasnt here",
        "it might be better for everybody if i wasn't around this year, or any year",
    ],
)
def test_gone_for_good_still_alerts(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "the school sent a letter about a kid who brought a gun to school",
        "the district sent out an email about a student who brought a knife to school",
    ],
)
def test_a_notice_about_someone_elses_trouble_is_a_topic(text: str) -> None:
    assert not assess(text).escalate


@pytest.mark.parametrize(
    "text",
    [
        "my son brought a gun to school today",
        "i wrote a letter about why i'm going to kill myself tonight",
    ],
)
def test_the_members_own_news_still_alerts(text: str) -> None:
    assessment = assess(text)
    assert assessment.severity is Severity.CRITICAL, assessment


@pytest.mark.parametrize(
    "text",
    [
        "if i relapsed i'd lose everything i built",
        "if i relapsed i would lose my kids, simple as that",
        "if i drank again my wife would leave and she'd be right",
        "the doctor told me if i kept drinking like that i'd be dead by 50",
    ],
)
def test_a_relapse_weighed_as_a_counterfactual_is_no_disclosure(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("if i relapsed last night would i have to tell the group?", Category.RELAPSE),
        ("if i took all my pills i'd finally be at peace", Category.SUICIDE),
    ],
)
def test_a_disclosure_or_ideation_in_the_same_shape_still_alerts(
    text: str, category: Category
) -> None:
    assert_alerts(text, category, Severity.MEDIUM)
