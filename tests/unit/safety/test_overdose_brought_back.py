"""An overdose told by what was done about it: revived, pumped out, kept in hospital.

On the code before this file the rules alone read "I OD'd last weekend and had to get
narcanned" but not "got narcan'd this morning", "paramedics brought me back thursday", "had
my stomach pumped tuesday" or "hospitalized for an overdose over the weekend", and "un
responsive" typed with a space was no symptom.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "got narcan'd this morning. third time this year",
        "paramedics brought me back thursday",
        "EMTs had to bring me back friday night. still shaky",
        "had my stomach pumped tuesday",
        "spent tuesday getting my stomach pumped. don't worry, just a dumb mistake",
        "hospitalized for an overdose over the weekend, they discharged me yesterday",
    ],
)
def test_a_recent_overdose_told_by_its_rescue_alerts(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.HIGH)


def test_someone_unresponsive_typed_with_a_space_is_critical() -> None:
    assert_alerts(
        "my sister is un responsive after snorting somethin", Category.OVERDOSE, Severity.CRITICAL
    )


def test_someone_else_revived_this_morning_is_critical() -> None:
    assessment = RULES_ALONE.assess(
        "my friend got narcan'd this morning and now he's home alone saying he'll use again"
    )
    assert assessment.category is Category.OVERDOSE
    assert assessment.severity is Severity.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "they brought me back to the shelter after the trip",
        "my mom was hospitalized for an overdose in 2015",
        "we learned what to do when someone is un responsive",
    ],
)
def test_a_ride_a_history_and_a_lesson_stay_quiet(text: str) -> None:
    assert_quiet(text)
