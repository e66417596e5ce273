"""Gateway loss: the bot's Discord connection drops mid-scenario; posts and pages happen once.

Lantern's scheduled prompt posts and escalation re-pages are driven by APScheduler on the
bot's clock and delivered over REST, so they do not need the gateway. What can go wrong is
the reconnect: work registered twice when discord.py reports a new connection, or work that
runs while discord.py's caches are empty (a new session's READY clears them; the guilds come
back one GUILD_CREATE at a time).

simcord offers shard disconnect/reconnect only to sharded clients, and ``restart_bot`` (a new
process, covered by tests/integration). For Lantern's unsharded client this module drives the
connection the way simcord does itself: the bot's websocket (simcord's fake, installed as
``bot.ws``) is closed, so simcord stops delivering gateway events to it; on reconnect it is
reopened, and the backend emits what Discord sends: RESUMED for a resumed session, or READY
followed by GUILD_CREATE for a new one. A risky message posted during the outage produces no
alert while the connection is down, which shows the outage is real; when the session comes
back, Lantern reads the channel's history after the last message it screened and alerts on
it then (Discord itself does not replay messages to a new session).

Asserted: each schedule posts exactly once per occurrence and stays active, each re-page of
an unacknowledged alert is posted exactly once, the message posted during the outage is
alerted on once after it, and the bot sees messages again afterwards.
"""

from datetime import UTC, datetime

import discord
from simcord import Env

from tests.integration.clock import until
from tests.integration.conftest import World, configure
from tests.integration.gateway import (
    drop_gateway,
    guilds_arrive,
    lantern,
    new_session,
    resume_gateway,
)
from tests.integration.test_prompts import prompt_posts, schedule

CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."
LATER_CRISIS = "I am going to end it all tonight"


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on simcord's first day (2026-01-01, UTC)."""
    return datetime(2026, 1, 1, hour, minute, second, tzinfo=UTC)


def pages(world: World, escalation_id: int) -> list[discord.Message]:
    """Re-page messages about one escalation in the counselors channel."""
    return [
        m
        for m in world.counselors.history()
        if "Re-page" in m.content and f"esc-{escalation_id}/page-" in m.content
    ]


def alert_count(world: World) -> int:
    """Alert messages in the counselors channel."""
    return sum(
        1
        for m in world.counselors.history()
        if m.embeds and "escalation #" in (m.embeds[0].title or "")
    )


async def start(world: World, env: Env) -> tuple[int, int]:
    """Configure, schedule prompts at 00:10 and 00:20 UTC, and open a critical escalation."""
    await configure(world)
    first = await schedule(world, time="00:10", timezone="UTC", thread=False)
    second = await schedule(world, time="00:20", timezone="UTC", thread=False)
    await until(env, at(0, 6))
    await world.participant.send(world.general, CRISIS)  # critical: re-paged every 5 minutes
    assert alert_count(world) == 1
    return first, second


async def assert_schedules_active(env: Env, *schedule_ids: int) -> None:
    """No schedule was marked broken by the reconnect."""
    rows = await lantern(env).services.db.fetchall(
        "SELECT id, status, broken_reason FROM prompt_schedules ORDER BY id"
    )
    states = {row["id"]: (row["status"], row["broken_reason"]) for row in rows}
    assert states == dict.fromkeys(schedule_ids, ("active", None))


async def test_outage_and_resume_post_and_page_exactly_once(world: World, env: Env) -> None:
    await start(world, env)
    await until(env, at(0, 8))

    await drop_gateway(env)
    outsider = world.guild.add_member(env.create_user("quiet"), roles=[world.participant_role])
    await outsider.send(world.general, LATER_CRISIS)
    assert alert_count(world) == 1, "the bot must not see messages while disconnected"
    await until(env, at(0, 13))
    # REST still works: the 00:10 prompt and the 00:11 re-page went out, once each.
    assert len(prompt_posts(world.general)) == 1
    assert len(pages(world, 1)) == 1

    resume_gateway(env)
    await until(env, at(0, 22))
    assert len(prompt_posts(world.general)) == 2  # 00:10 and 00:20, nothing doubled
    assert len(pages(world, 1)) == 3  # 00:11, 00:16, 00:21
    # The message posted during the outage was read back and alerted on, once.
    assert alert_count(world) == 2
    late = await lantern(env).services.escalations.find(2)
    assert late is not None
    assert late.member_id == outsider.id
    await world.participant.send(world.general, LATER_CRISIS)
    assert alert_count(world) == 2  # folded into the open escalation: the bot sees again
    service = lantern(env).services.escalations
    escalation = await service.find(1)
    assert escalation is not None
    assert escalation.fold_count == 1
    assert escalation.page_count == len(pages(world, 1))


async def test_new_session_while_a_prompt_is_due_posts_it_once(world: World, env: Env) -> None:
    first, second = await start(world, env)
    await until(env, at(0, 9, 58))

    await drop_gateway(env)
    new_session(env)  # caches are empty until the guild arrives again
    # The 00:10 prompt comes due while the guild is on its way (for a bot in many guilds
    # they stream in over seconds); it arrives five seconds after READY.
    await until(env, at(0, 10, 3))
    guilds_arrive(env)
    await until(env, at(0, 22))

    assert len(pages(world, 1)) == 3  # 00:11, 00:16 and 00:21, once each
    await assert_schedules_active(env, first, second)
    posts = prompt_posts(world.general)
    assert len(posts) == 2, [post.created_at for post in posts]  # 00:10 (late is fine), 00:20
