"""Behaviour: the optional monitoring endpoint reports health and counts what happens."""

import json
from pathlib import Path

import aiohttp
import pytest
from simcord import Env

from bot.app import LanternBot
from bot.settings import MetricsSettings, Settings
from tests.integration.conftest import World, configure
from tests.integration.test_escalation import CRISIS, ORDINARY, alerts


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with the endpoint on, on a free local port."""
    return Settings(data_dir=tmp_path / "data", metrics=MetricsSettings(enabled=True, port=0))


async def get(env: Env, path: str) -> tuple[int, str]:
    """GET a path of the running bot's endpoint."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    assert bot.health_endpoint is not None
    url = f"http://127.0.0.1:{bot.health_endpoint.port}{path}"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def sample(exposition: str, name: str) -> float:
    """The value of one sample line (``name`` includes any labels)."""
    for line in exposition.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in metrics output")


async def test_healthz_is_ok_while_the_heartbeat_is_fresh(world: World, env: Env) -> None:
    status, body = await get(env, "/healthz")
    assert status == 200
    report = json.loads(body)
    assert report["status"] == "ok"
    assert report["undelivered_alerts"] == 0


async def test_healthz_fails_when_the_heartbeat_stops(world: World, env: Env) -> None:
    bot = env.bot
    assert isinstance(bot, LanternBot)
    bot.services.scheduler.pause()  # as if the bot's loop had wedged
    await env.advance_time(seconds=4 * 60)

    status, body = await get(env, "/healthz")
    assert status == 503
    assert json.loads(body)["status"] == "stale"


async def test_metrics_count_messages_alerts_and_acknowledgements(world: World, env: Env) -> None:
    await configure(world)
    for text in ORDINARY:
        await world.participant.send(world.general, text)
    await world.participant.send(world.general, CRISIS)
    await env.advance_time(seconds=90)
    await world.counselor.click(alerts(world)[0], label="Acknowledge")

    status, text = await get(env, "/metrics")
    assert status == 200
    assert sample(text, "lantern_messages_assessed_total") == len(ORDINARY) + 1
    assert sample(text, 'lantern_alerts_total{severity="critical",source="detector"}') == 1
    assert sample(text, "lantern_time_to_acknowledge_seconds_count") == 1
    assert sample(text, "lantern_time_to_acknowledge_seconds_sum") >= 90
    assert sample(text, "lantern_repages_total") == 0
    assert sample(text, "lantern_undelivered_alerts") == 0
    # The heartbeat job ran on the scheduler, so its lag was observed.
    assert sample(text, "lantern_scheduler_lag_seconds_count") >= 1
    # Metrics carry counts only: no message text, no member.
    assert "pills" not in text
    assert str(world.participant.id) not in text


async def test_repages_and_delivery_failures_are_counted(world: World, env: Env) -> None:
    await configure(world)
    env.inject_error("POST", f"/channels/{world.counselors.id}/messages", status=500, times=1)
    await world.participant.send(world.general, CRISIS)
    await env.advance_time(seconds=6 * 60)

    _, text = await get(env, "/metrics")
    assert sample(text, 'lantern_delivery_failures_total{kind="alert"}') == 1
    assert sample(text, "lantern_repages_total") == 1
    assert len(alerts(world)) == 1
