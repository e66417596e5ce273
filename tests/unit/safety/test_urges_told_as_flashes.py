"""An urge to hurt someone told as sudden pictures ("flashes of wanting to hurt him").

On the code before this file the rules alone were quiet on every alert case below: only
"picturing", "imagining" or "thoughts of" hurting someone were read.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "i keep getting flashes of wanting to hurt him",
        "a patient spat on me and i had this flash of wanting to hurt him bad",
        "i get images of hitting my son when he screams and it scares me",
        "having flashes of wanting to strangle my roommate, who do i talk to",
    ],
)
def test_flashes_of_hurting_someone_alert(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "had a flash of wanting to punch the guy who cut me off. pulled over and breathed instead",
        "had a flash of wanting to punch my brother but i left the room and called my sponsor",
    ],
)
def test_a_flash_handled_is_noted_not_paged(text: str) -> None:
    assessment = RULES_ALONE.assess(text)
    assert assessment.category is Category.VIOLENCE, assessment
    assert assessment.severity is Severity.LOW, assessment


@pytest.mark.parametrize(
    "text",
    [
        "i get flashes of the accident when i drive",
        "i had flashes of hurting my knee again on the stairs",
    ],
)
def test_flashes_of_other_things_are_quiet(text: str) -> None:
    assert_quiet(text)
