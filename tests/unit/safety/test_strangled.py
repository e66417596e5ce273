"""Strangled or held by the throat is high, even told days later or with a laugh.

Of what a partner or parent does, a strangling most foretells worse to come, so
``abuse.event_strangled`` is high where a slap or a shove told a day later is medium. On the
code before this file the first three alert cases were medium (the fourth was already high).
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "my girlfriend choked me on friday, i'm fine now i guess",
        "he grabbed me by the throat at the custody drop off yesterday",
        "my dad had his hands around my neck last night lol it's whatever",
        "husband strangled me during a fight a few days ago, first time it got that bad",
    ],
)
def test_a_strangling_is_high(text: str) -> None:
    assert_alerts(text, Category.ABUSE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "that movie choked me up lol",
        "my training partner choked me out at bjj tonight, tapped so fast",
        "she choked me in jiu jitsu class today and i loved it",
        "my sore throat is killing me",
        "my ex used to choke me, that was 10 years ago and i'm safe now",
    ],
)
def test_moved_sparring_sore_or_long_ago_is_quiet(text: str) -> None:
    assert_quiet(text)
