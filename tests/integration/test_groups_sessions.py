"""Behaviour: opening and closing group channels by hand and on schedules, across DST."""

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import discord
import pytest
from simcord import Env
from simcord.builders import ChannelHandle

from bot.app import create_bot
from bot.settings import Settings
from tests.integration.clock import until, without_heartbeat
from tests.integration.conftest import Restart, World, configure
from tests.integration.test_groups_helpers import bot_of, create_group, reply

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


@pytest.fixture
async def group(ready: World) -> ChannelHandle:
    """A group channel."""
    return await create_group(ready)


def participants_may_post(env: Env, world: World, channel: ChannelHandle) -> bool:
    """Whether the participant role's overwrite lets participants post (bot's cache)."""
    cached = env.bot.get_channel(channel.id)
    assert isinstance(cached, discord.TextChannel)
    role = cached.guild.get_role(world.participant_role.id)
    assert role is not None
    return bool(cached.overwrites_for(role).send_messages)


def notes(channel: ChannelHandle) -> list[discord.Message]:
    """The bot's session notes and reminders in a channel."""
    return [
        m for m in channel.history() if m.author.bot and m.content.startswith(("🟢", "🔴", "⏰"))
    ]


async def schedule(world: World, group: ChannelHandle, **options: str) -> int:
    values = {"days": "mon", "start": "18:00", "end": "19:30", "timezone": "America/New_York"}
    values.update(options)
    text = reply(
        await world.facilitator.slash(world.general, "session schedule", channel=group, **values)
    )
    match = re.search(r"Session schedule #(\d+) saved", text)
    assert match, text
    return int(match.group(1))


async def test_close_and_open_by_hand(ready: World, group: ChannelHandle, env: Env) -> None:
    world = ready
    assert participants_may_post(env, world, group)

    text = reply(await world.facilitator.slash(world.general, "session close", channel=group))
    assert "Group is closed" in text
    assert not participants_may_post(env, world, group)
    with pytest.raises(Exception, match=r"(?i)permission"):
        await world.participant.send(group, "hello?")
    assert any(
        m.content.startswith("🔴 Group is closed") for m in group.history(viewer=world.participant)
    )

    reply(await world.facilitator.slash(world.general, "session open", channel=group))
    assert participants_may_post(env, world, group)
    assert notes(group)[-1].content == "🟢 Group is open."
    await world.participant.send(group, "hi all")


async def test_open_and_close_follow_local_time_across_both_dst_changes(
    ready: World, group: ChannelHandle, env: Env
) -> None:
    world = ready
    await schedule(world, group, days="mon", start="18:00", end="19:30")
    without_heartbeat(env)

    # Monday 9 March 2026, the day after clocks went forward: 18:00 EDT is 22:00 UTC.
    await until(env, datetime(2026, 3, 9, 21, 59, tzinfo=UTC))
    assert not participants_may_post(env, world, group)
    assert notes(group)[-1].content.startswith("⏰ Group opens in 15 minutes (18:00)")
    await env.advance_time(120)
    assert participants_may_post(env, world, group)
    assert notes(group)[-1].content == "🟢 Group is open until 19:30."
    await until(env, datetime(2026, 3, 9, 23, 31, tzinfo=UTC))
    assert not participants_may_post(env, world, group)
    assert "Next session: Monday 18:00" in notes(group)[-1].content

    # Monday 2 November 2026, the day after clocks went back: 18:00 EST is 23:00 UTC.
    await until(env, datetime(2026, 11, 2, 22, 59, tzinfo=UTC))
    assert not participants_may_post(env, world, group)
    await env.advance_time(120)
    assert participants_may_post(env, world, group)

    opened = [m.created_at for m in notes(group) if m.content.startswith("🟢")]
    assert opened  # every Monday, always at 18:00 New York time
    assert all(at.astimezone(NEW_YORK).strftime("%a %H:%M") == "Mon 18:00" for at in opened)
    assert len(opened) == len({at.date() for at in opened})


async def test_overnight_session_closes_the_next_day(
    ready: World, group: ChannelHandle, env: Env
) -> None:
    world = ready
    await schedule(world, group, days="fri", start="23:00", end="00:30")
    without_heartbeat(env)
    # Friday 2 January 2026 23:00 EST = Saturday 04:00 UTC; closes Saturday 00:30 EST.
    await until(env, datetime(2026, 1, 3, 4, 1, tzinfo=UTC))
    assert participants_may_post(env, world, group)
    assert notes(group)[-1].content == "🟢 Group is open until 00:30."
    await until(env, datetime(2026, 1, 3, 5, 31, tzinfo=UTC))
    assert not participants_may_post(env, world, group)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"days": "someday"}, "as a day"),
        ({"start": "25:00"}, "isn't a time"),
        ({"end": "lunchtime"}, "isn't a time"),
        ({"timezone": "Mars/Olympus_Mons"}, "not a time zone"),
        ({"start": "18:00", "end": "18:00"}, "different opening and closing"),
    ],
)
async def test_bad_schedules_are_refused_kindly(
    ready: World, group: ChannelHandle, options: dict[str, str], expected: str
) -> None:
    world = ready
    values = {"days": "mon", "start": "18:00", "end": "19:30", "timezone": "America/New_York"}
    values.update(options)
    text = reply(
        await world.facilitator.slash(world.general, "session schedule", channel=group, **values)
    )
    assert expected in text
    listed = reply(await world.facilitator.slash(world.general, "session list"))
    assert "No session schedules yet" in listed


async def test_schedule_needs_a_group_channel(ready: World) -> None:
    world = ready
    text = reply(
        await world.facilitator.slash(
            world.general,
            "session schedule",
            channel=world.general,
            days="mon",
            start="6pm",
            end="7pm",
        )
    )
    assert "isn't a group channel" in text


async def test_list_and_unschedule(ready: World, group: ChannelHandle, env: Env) -> None:
    world = ready
    schedule_id = await schedule(world, group)
    listed = await world.facilitator.slash(world.general, "session list")
    description = listed.response.embeds[0].description or ""  # type: ignore[union-attr]
    assert f"**#{schedule_id}**" in description
    assert "Mon 18:00–19:30 (America/New_York)" in description

    text = reply(await world.facilitator.slash(world.general, "session unschedule", id=schedule_id))
    assert "removed" in text
    jobs = [job.id for job in bot_of(env).services.scheduler.get_jobs()]
    assert not any(job.startswith("group-session-") for job in jobs)
    without_heartbeat(env)
    await until(env, datetime(2026, 1, 6, tzinfo=UTC))
    assert notes(group) == []


async def test_jobs_are_rebuilt_at_start_up(
    ready: World, group: ChannelHandle, env: Env, restart: Restart
) -> None:
    world = ready
    await schedule(world, group, days="daily", start="9am", end="10am")
    await restart()
    without_heartbeat(env)
    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))  # 09:01 EST
    assert participants_may_post(env, world, group)
    assert notes(group)[-1].content == "🟢 Group is open until 10:00."


async def test_a_change_missed_while_offline_is_applied_at_start_up(
    ready: World, group: ChannelHandle, env: Env, settings: Settings
) -> None:
    world = ready
    await schedule(world, group, days="daily", start="9am", end="10am")
    without_heartbeat(env)
    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))  # 09:01 EST: open
    assert participants_may_post(env, world, group)

    old = bot_of(env)
    await old.close_services()
    await until(env, datetime(2026, 1, 1, 15, 20, tzinfo=UTC))  # 10:20 EST, still offline
    await env.restart_bot(create_bot(settings))

    assert not participants_may_post(env, world, group)  # the 10:00 closing was applied
    assert notes(group)[-1].content.startswith("🔴 Group is closed")


async def test_archived_group_is_read_only_and_loses_its_schedule(
    ready: World, group: ChannelHandle, env: Env
) -> None:
    world = ready
    await world.participant.send(group, "last session, thank you all")
    await schedule(world, group)
    text = reply(await world.facilitator.slash(world.general, "group archive", channel=group))
    assert "archived" in text
    assert not participants_may_post(env, world, group)
    assert any(
        m.content == "last session, thank you all" for m in group.history(viewer=world.participant)
    )
    listed = reply(await world.facilitator.slash(world.general, "session list"))
    assert "No session schedules yet" in listed
