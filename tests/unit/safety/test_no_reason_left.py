"""Hopelessness told as no reason or no future left.

On the code before this file the rules read none of these (the word model caught some): "there's
nothing left to look forward to", "I don't see why I'm still here", "I'm running out of
reasons", "nothings ever gonna get better", "I'm just a weight on everybody", "everyone keeps
saying it gets better. it doesn't". And "feel like I'm dead weight to everyone" was read as the
laughing idiom "i'm dead".
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "honestly there's nothing left to look forward to",
        "i can't name a single thing to look forward to",
        "why am i even still here",
        "i don't see why i'm still here",
        "i genuinely don't know why i keep going",
        "why do i keep trying. really asking",
        "no light at the end of anything for me",
        "i'm running out of reasons",
        "hope is for other people",
        "nothings ever gonna get better",
        "people keep telling me it gets better. it hasn't",
        "no future i can picture, just blank",
        "stopped caring whether i wake up",
        "i'm just a weight on my family",
        "feel like i'm dead weight to everyone",
        "i'm not worth the trouble",
        "haven't seen the point in living for a while",
        "what's one less addict in the world anyway",
        "life feels like a punishment lately",
    ],
)
def test_no_reason_left_alerts(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "nothing to look forward to this weekend except laundry",
        "why am i still here? the meeting ended an hour ago",
        "why am i still here at 2am, should have left work hours ago",
        "i don't know why i keep going back to that restaurant",
        "why do i keep trying to fix this printer",
        "why do i keep going? because my kids need me",
        "running out of reasons to skip the gym",
        "i don't care what happens to me on the show, i just want to be on tv",
        "i'm just a weight on the team right now with my injury",
        "life feels like a waiting room at the dmv today",
        "they say it gets better. it does!",
        "lmao i'm dead",
    ],
)
def test_everyday_gripes_stay_quiet(text: str) -> None:
    assert_quiet(text)


def test_not_caring_what_comes_after_a_threat_is_no_hopelessness() -> None:
    assessment = RULES_ALONE.assess(
        "if he comes back i'll hurt him and i don't care what happens to me after"
    )
    assert assessment.category is Category.VIOLENCE, assessment
    assert not any(
        reason.rule_id == "suicide.event_no_reason_left" for reason in assessment.reasons
    ), assessment
