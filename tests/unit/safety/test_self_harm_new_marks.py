"""Self-harm told as new marks beside old ones, and a blade taken out in class.

On the code before this file the rules alone were quiet on every alert case below: "made new
ones" after scars was not read, and "in class" after the blade made it a lesson.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "went to the tattoo shop to cover my scars and then went home and made new ones",
        "my scars were healing but i made new ones last night",
        "my ex found my old scars and now i want to make new ones",
        "took the blade out of my sharpener in class and did it under the desk",
    ],
)
def test_new_marks_and_a_blade_in_class_alert(text: str) -> None:
    assert_alerts(text, Category.SELF_HARM, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "my old burns from the kitchen job are fading, and i made new ones at the new job lol",
        "i threw out the old cookie cutters and then bought new ones",
        "my scars from surgery faded and i made new friends",
        "we read about a kid who took a blade out of a sharpener in class and talked about it",
    ],
)
def test_new_things_and_lessons_stay_quiet(text: str) -> None:
    assert_quiet(text)
