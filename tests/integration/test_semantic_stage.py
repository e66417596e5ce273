"""Behaviour: with the semantic stage on, a risky paraphrase the rules miss still alerts."""

from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from simcord import Env

from bot.app import LanternBot
from bot.ratelimit import RateBudget
from bot.safety import assess, engine
from bot.safety.engine import DEFAULT_ENGINE
from bot.settings import SafetySettings, Settings
from cogs.escalation.monitor import MODEL_BACKLOG, UNCUED_PER_SECOND, Monitor
from tests.integration.conftest import World, configure
from tests.integration.test_catch_up import start, stop
from tests.integration.test_escalation import BUTTONS, ORDINARY, alerts, field, labels

# Wishing not to exist, in words no rule looks for.
PARAPHRASE = "i keep thinking how peaceful it would be to just not exist"


@pytest.fixture(autouse=True)
def rules_alone_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the sentence model: with the lexical stage off, ``assess`` (the
    monitor's inline verdict) is the rules alone, so every alert below comes from the model.
    The lexical stage's own behaviour is tested in test_escalation."""
    monkeypatch.setattr(DEFAULT_ENGINE, "lexical", None)
    # ... and the monitor's second opinion (built when the bot starts) is the rules and the
    # sentence model.
    monkeypatch.setattr(engine, "shipped_stage", lambda: None)


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


# An overdose told without one word the stage's cue test knows.
UNCUED = "swallowed most of the sleepers twenty minutes ago, feel so heavy"


async def test_a_risky_message_without_cue_words_reaches_a_counselor(ready: World) -> None:
    assert not assess(UNCUED).escalate
    await ready.participant.send(ready.general, UNCUED)

    [alert] = alerts(ready)
    assert "semantic.classifier" in field(alert, "Why")


def _monitor(world: World) -> tuple[Monitor, CollectorRegistry]:
    bot = world.env.bot
    assert isinstance(bot, LanternBot)
    monitor = bot.get_cog("Monitor")
    assert isinstance(monitor, Monitor)
    return monitor, bot.services.metrics.registry


async def test_a_flooded_model_keeps_only_messages_with_a_cue(ready: World) -> None:
    monitor, metrics = _monitor(ready)
    monitor._model_backlog = MODEL_BACKLOG  # as if 64 messages were waiting for the model

    await ready.participant.send(ready.general, UNCUED)
    assert alerts(ready) == []
    assert metrics.get_sample_value("lantern_semantic_shed_total") == 1.0

    # A message with a cue still gets its second opinion, backlog or not.
    await ready.participant.send(ready.general, PARAPHRASE)
    [alert] = alerts(ready)
    assert "semantic.classifier" in field(alert, "Why")
    assert metrics.get_sample_value("lantern_semantic_shed_total") == 1.0


async def test_uncued_messages_beyond_the_per_second_budget_are_left_to_the_rules(
    ready: World,
) -> None:
    monitor, metrics = _monitor(ready)
    # A budget of one message, with a clock that never moves: no refill during the test.
    monitor._uncued_budget = RateBudget(1, clock=lambda: 0.0)

    await ready.participant.send(ready.general, UNCUED)
    await ready.participant.send(ready.general, UNCUED + " now")
    [alert] = alerts(ready)
    assert "semantic.classifier" in field(alert, "Why")
    assert metrics.get_sample_value("lantern_semantic_shed_total") == 1.0


async def test_uncued_messages_read_back_after_an_outage_all_reach_the_model(
    ready: World, env: Env, settings: Settings
) -> None:
    # The monitor has read #general once (its read mark), then the bot goes down, and more
    # uncued messages than the per-second budget's burst are posted.
    await ready.participant.send(ready.general, "morning all, see you at group")
    await stop(env)
    posted = int(UNCUED_PER_SECOND) + 3
    for index in range(posted):
        await ready.participant.send(ready.general, f"{UNCUED} ({index})")

    fresh = await start(env, settings)

    registry = fresh.services.metrics.registry
    assert registry.get_sample_value("lantern_messages_assessed_total") == posted
    assert not registry.get_sample_value("lantern_semantic_shed_total")
    # One member in one channel: folded into one escalation per category (the model reads
    # this message as an overdose or a suicide attempt in progress, both critical).
    found = alerts(ready)
    assert 1 <= len(found) <= 2
    assert all("semantic.classifier" in field(alert, "Why") for alert in found)
    assert all("CRITICAL" in (alert.embeds[0].title or "") for alert in found)
