"""A vow of harm is read as the speaker's own, whatever stands around it.

On the code before this file, three things around a threat hid it:
- a supposition about anyone ("if anyone touches my partner i'm gonna kill them") made it a
  hypothetical, where a supposition about someone named made it a condition, which alerts;
- a game the member goes to ("at my son's game") made it a topic, like a video game;
- a history cue after it ("... the hospital I used to work at") dated the vow itself.

One alert case already alerted there ("... tonight i swear i'll stab them": "tonight" gives
the vow its own time); it stays as a guard of the same reading.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "if someone in that house lays a hand on my sister again im gonna kill them",
        "if anyone touches my car again i'll break their legs",
        "if anybody from that crew shows up at my door tonight i swear i'll stab them",
        "if she brings him to my son's game tomorrow i'll break his jaw",
        "I'll put him in the ER I used to work at",
        "i'm gonna beat him half to death like i used to back in the day",
    ],
)
def test_a_vow_of_harm_to_others_alerts(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        # a supposition about someone else's act, with no vow of the speaker's
        "if someone relapsed in group would they get kicked out",
        # "was gonna" and "said I'd" are no vows: the history still dates them
        "I was gonna kill myself back in 2019, today I got my 5 year chip",
        "I said I'd kill myself in 2015 and I meant it then",
        # a game that is played is still a topic
        "this game makes me want to kill myself lol",
    ],
)
def test_suppositions_histories_and_games_stay_quiet(text: str) -> None:
    assert_quiet(text)
