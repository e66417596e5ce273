"""Behaviour: with the semantic stage on, a risky paraphrase the rules miss still alerts."""

from pathlib import Path

import pytest

from bot.safety import assess
from bot.settings import SafetySettings, Settings
from tests.integration.conftest import World, configure
from tests.integration.test_escalation import BUTTONS, ORDINARY, alerts, field, labels

# Wishing not to exist, in words no rule looks for.
PARAPHRASE = "i keep thinking how peaceful it would be to just not exist"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The shipped default: the semantic stage on."""
    return Settings(data_dir=tmp_path / "data", safety=SafetySettings(semantic=True))


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


def test_the_rules_alone_miss_the_paraphrase() -> None:
    # The premise of the tests below; if the rules learn this phrasing, pick another one.
    assert not assess(PARAPHRASE).escalate


async def test_paraphrase_the_rules_miss_reaches_a_counselor(ready: World) -> None:
    await ready.participant.send(ready.general, PARAPHRASE)

    [alert] = alerts(ready)
    assert labels(alert) == BUTTONS
    assert "semantic.classifier" in field(alert, "Why")
    assert ready.participant.mention in field(alert, "Member")


async def test_ordinary_recovery_talk_still_alerts_nobody(ready: World) -> None:
    for text in ORDINARY:
        await ready.participant.send(ready.general, text)
    assert alerts(ready) == []
