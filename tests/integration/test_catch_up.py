"""Behaviour: messages posted while Lantern was stopped are read and assessed when it returns,
and an escalation is not dropped when the database stays locked."""

import sqlite3
from typing import Any

import pytest
from simcord import Env

from bot.app import LanternBot, create_bot
from bot.settings import Settings
from cogs.escalation import monitor
from tests.integration.conftest import World, configure
from tests.integration.gateway import drop_gateway, lantern
from tests.integration.test_escalation import CRISIS, ORDINARY, alerts


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server where the monitor has already read one message in #general."""
    await configure(world)
    await world.participant.send(world.general, "morning all, see you at group")
    return world


async def stop(env: Env) -> None:
    """The bot process stops: no more gateway events, its services closed."""
    old = lantern(env)
    await drop_gateway(env)
    await old.close_services()


async def start(env: Env, settings: Settings) -> LanternBot:
    """A new bot process on the same database connects (READY, then the guilds)."""
    fresh = create_bot(settings)
    await env.restart_bot(fresh)
    await env.advance_time(1)
    return fresh


def assessed(bot: LanternBot) -> float:
    """How many messages this bot process has assessed."""
    value = bot.services.metrics.registry.get_sample_value("lantern_messages_assessed_total")
    return value or 0.0


def resource_dms(world: World) -> int:
    """Messages the bot has sent the participant by DM."""
    channel = world.participant.user.dm_channel
    return 0 if channel is None else len(channel.history())


async def test_a_crisis_posted_while_the_bot_was_down_is_alerted_when_it_returns(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    await stop(env)
    for text in ORDINARY:
        await world.participant.send(world.general, text)
    await world.participant.send(world.general, CRISIS)
    assert alerts(world) == []  # nobody is listening

    fresh = await start(env, settings)

    assert len(alerts(world)) == 1
    assert assessed(fresh) == len(ORDINARY) + 1  # everything posted while away, nothing older
    escalation = await fresh.services.escalations.find(1)
    assert escalation is not None
    assert escalation.member_id == world.participant.id
    assert escalation.severity == "critical"
    assert resource_dms(world) == 1  # the participant still hears from us, once


async def test_a_message_already_alerted_is_not_alerted_again_after_a_restart(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    assert len(alerts(world)) == 1
    # A crash right after the alert, before the monitor saved how far it had read.
    await lantern(env).services.db.execute("DELETE FROM screen_marks")
    await lantern(env).services.db.execute(
        "INSERT INTO screen_marks (channel_id, guild_id, message_id) VALUES (?, ?, ?)",
        (world.general.id, world.guild.id, 1),
    )
    lantern(env).heartbeat_hooks.clear()  # and it never got to save again
    await stop(env)

    fresh = await start(env, settings)

    assert assessed(fresh) == 2  # the greeting and the crisis were read again ...
    assert len(alerts(world)) == 1  # ... but the crisis already had its alert
    assert resource_dms(world) == 1
    opened = await fresh.services.db.fetchall("SELECT id FROM escalations")
    assert len(opened) == 1


async def test_a_clean_restart_reads_nothing_twice(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    await world.participant.send(world.general, "sorry, I know that's a lot")

    await stop(env)  # a clean stop saves how far every channel was read
    fresh = await start(env, settings)

    assert assessed(fresh) == 0
    assert len(alerts(world)) == 1
    escalation = await fresh.services.escalations.find(1)
    assert escalation is not None
    assert escalation.fold_count == 0  # the crisis was not counted a second time


async def test_private_channels_are_not_read_back(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    await world.counselor.send(world.counselors, "handing over for the night")
    await stop(env)
    # Counselors quote participants in their own channel: that is not a new risk.
    await world.counselor.send(world.counselors, "> " + CRISIS + "\nfollowing up with them now")

    fresh = await start(env, settings)

    assert assessed(fresh) == 0
    assert alerts(world) == []


async def test_a_deleted_channel_loses_its_read_mark(ready: World, env: Env) -> None:
    world = ready
    bot = lantern(env)
    await bot.heartbeat_hooks[0](bot.services)  # the heartbeat saves the marks
    assert await bot.services.screen_marks.for_guild(world.guild.id) == {
        world.general.id: max(message.id for message in world.general.history())
    }

    env.backend.delete_channel(world.general.id)  # an administrator deletes it in Discord
    await env.advance_time(1)

    assert await bot.services.screen_marks.for_guild(world.guild.id) == {}


async def test_an_escalation_waits_out_a_database_locked_past_its_timeout(
    ready: World, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = ready
    service = lantern(env).services.escalations
    real_report = service.report
    refusals = []

    async def locked_twice(report: Any) -> Any:
        if len(refusals) < 2:  # another process holds the write lock beyond the busy timeout
            refusals.append(report)
            raise sqlite3.OperationalError("database is locked")
        return await real_report(report)

    monkeypatch.setattr(service, "report", locked_twice)
    monkeypatch.setattr(monitor, "REPORT_RETRY_DELAYS", (0.01, 0.01, 0.01))  # seconds, not minutes
    await world.participant.send(world.general, CRISIS)
    await env.advance_time(1)

    assert len(refusals) == 2
    assert len(alerts(world)) == 1
    assert resource_dms(world) == 1


async def test_a_channel_that_cannot_be_read_back_does_not_stop_the_others(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    other = world.guild.create_text_channel("check-ins-chat")
    await world.participant.send(other, "anyone up for a walk later?")
    await stop(env)
    await world.participant.send(world.general, CRISIS)
    await world.participant.send(other, CRISIS)
    # Lantern lost its permission to read #general's history while it was away.
    env.inject_error("GET", f"/channels/{world.general.id}/messages", status=403, times=1)

    fresh = await start(env, settings)

    assert assessed(fresh) == 1  # #other was read back; #general could not be
    assert len(alerts(world)) == 1
    escalation = await fresh.services.escalations.find(1)
    assert escalation is not None
    assert escalation.channel_id == other.id


async def test_a_failed_write_leaves_the_message_to_be_read_again(
    ready: World, env: Env, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database error that is not a lock (so no retry) while saving an escalation: the read
    mark stays before the message, and the next start reads it and alerts."""
    world = ready
    service = lantern(env).services.escalations
    real_report = service.report
    failed: list[object] = []

    async def fails_once(report: Any) -> Any:
        if not failed:
            failed.append(report)
            raise sqlite3.OperationalError("disk I/O error")
        return await real_report(report)

    monkeypatch.setattr(service, "report", fails_once)
    await world.participant.send(world.general, CRISIS)
    await env.advance_time(120)  # heartbeats save the marks meanwhile
    assert failed
    assert not alerts(world)

    await stop(env)
    await start(env, settings)
    await env.advance_time(60)
    assert len(alerts(world)) == 1


async def test_a_stop_while_waiting_out_a_locked_database_loses_no_alert(
    ready: World, env: Env, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clean stop (a deploy) while the monitor waits to retry a locked write: the marks saved
    at shutdown stop short of the message, so the new process reads it and alerts."""
    world = ready
    service = lantern(env).services.escalations

    async def locked(report: Any) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(service, "report", locked)
    monkeypatch.setattr(monitor, "REPORT_RETRY_DELAYS", (30, 60))
    await world.participant.send(world.general, CRISIS)
    await env.advance_time(5)  # between two tries
    await stop(env)
    monkeypatch.undo()
    await start(env, settings)
    await env.advance_time(60)
    assert len(alerts(world)) == 1


async def test_a_thread_opened_while_stopped_is_read_back(
    ready: World, env: Env, settings: Settings
) -> None:
    """The thread has no read mark: it is read from when the bot was last alive."""
    world = ready
    await stop(env)
    env.backend.create_thread(world.general.id, "need to talk", world.participant.id)
    [thread] = world.general.threads
    await world.participant.send(thread, CRISIS)
    await start(env, settings)
    assert len(alerts(world)) == 1


async def test_a_channel_first_spoken_in_while_stopped_is_read_back(
    world: World, env: Env, settings: Settings
) -> None:
    """Nobody had written in #general while the bot ran, so it had no read mark."""
    await configure(world)
    await env.advance_time(120)  # a heartbeat or two
    await stop(env)
    await world.participant.send(world.general, CRISIS)
    await start(env, settings)
    assert len(alerts(world)) == 1


async def test_one_failed_message_does_not_end_the_reading_back(
    ready: World, env: Env, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two crises posted while stopped; saving the first one's escalation fails once when it is
    read back. The second is still read and alerted, and the next start reads the first."""
    world = ready
    await stop(env)
    await world.participant.send(world.general, CRISIS)
    await world.outsider.send(world.general, "i have the rope ready and i'm doing it tonight")
    fresh = create_bot(settings)
    service_reports: list[object] = []
    real_build = fresh.load_features

    async def load_with_a_failing_first_report() -> None:
        await real_build()
        service = fresh.services.escalations
        real_report = service.report

        async def fails_once(report: Any) -> Any:
            service_reports.append(report)
            if len(service_reports) == 1:
                raise sqlite3.OperationalError("disk I/O error")
            return await real_report(report)

        monkeypatch.setattr(service, "report", fails_once)

    monkeypatch.setattr(fresh, "load_features", load_with_a_failing_first_report)
    await env.restart_bot(fresh)
    await env.advance_time(60)
    assert len(service_reports) >= 2
    assert len(alerts(world)) == 1  # the second crisis, read after the first one failed

    await stop(env)
    monkeypatch.undo()
    await start(env, settings)
    await env.advance_time(60)
    assert len(alerts(world)) == 2  # the first, read again: its mark was held
