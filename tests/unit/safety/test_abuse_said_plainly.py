"""Abuse told in plain words the rules had missed: money controlled, a bone broken, a black
eye from a partner, a clause that opens with "got strangled", groping and forced sex.

On the code before this file the rules alone read none of the alerts below; each left the
alert to the word model, which misses them in longer messages. The quiet sentences are the
same words with an everyday meaning.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "my husband controls all the money, I beg for bus fare",
        "he broke my finger on friday. I said I fell",
        "got a black eye from my husband this morning, told work I walked into a cabinet",
        "got strangled a bit last night, it's just how he is when he drinks",
        "my boss groped me tuesday",
        "landlord keeps forcing himself on me",
        "my roommate forced himself on me last night and I don't feel safe here",
    ],
)
def test_plain_abuse_alerts(text: str) -> None:
    assert_alerts(text, Category.ABUSE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "she controls all the money in our house and thank god, i'm terrible with it",
        "my wife takes the money to the bank on fridays",
        "my mom takes the keys when she drives",
        "my son broke my finger playing catch",
        "got choked up at the wedding",
    ],
)
def test_the_same_words_in_everyday_life_stay_quiet(text: str) -> None:
    assert_quiet(text)


def test_bruises_one_gave_oneself_are_self_harm_not_abuse() -> None:
    assessment = RULES_ALONE.assess(
        "need to cover the bruises I gave myself over the weekend before my mom visits"
    )
    assert all(reason.category is not Category.ABUSE for reason in assessment.reasons)


def test_dont_worry_tells_of_the_injury() -> None:
    # "don't worry about the black eye" is no negation of it; the laugh keeps it medium.
    assessment = RULES_ALONE.assess(
        "don't worry about the black eye in my profile pic lol. it's from my husband"
    )
    assert assessment.category is Category.ABUSE
    assert assessment.severity is Severity.MEDIUM
