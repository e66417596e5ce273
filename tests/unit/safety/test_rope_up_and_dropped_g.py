"""A rope that is up, and a dropped g that hid a place.

On the code before this file the rules alone read "the rope is ready" but not "rope is up",
and "standin on the tracks" was nothing because only "standing" is a word the rules know.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts


def test_a_rope_that_is_up_is_critical_and_a_dropped_g_hides_nothing() -> None:
    assert_alerts("rope is up", Category.SUICIDE, Severity.CRITICAL)
    assert_alerts("rope's up. bye", Category.SUICIDE, Severity.CRITICAL)
    # "standin" is read as "standing"; a place alone, with no time, is medium
    assert_alerts("standin on the tracks near the old station", Category.SUICIDE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    ["the climbing rope is up, anyone want to belay?", "the rope is up on the shelf in the garage"],
)
def test_a_climbing_or_stored_rope_is_not_a_plan(text: str) -> None:
    assert not any(
        reason.rule_id == "suicide.event_means_ready" for reason in RULES_ALONE.assess(text).reasons
    )
