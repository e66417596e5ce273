"""Behaviour: a flood of alerts in one guild becomes a digest; critical alerts stay individual."""

import discord
import pytest
from simcord import Env
from simcord.actors import MemberActor

from bot.app import LanternBot
from tests.integration.conftest import Restart, World, configure
from tests.integration.test_escalation import BUTTONS, CRISIS, alerts, labels

RISKY = "I used again today, I feel awful"  # high, not critical
THRESHOLD = 5  # the default escalation.digest_threshold_per_minute


def digests(world: World) -> list[discord.Message]:
    """Digest messages in the counselors channel."""
    return [
        message
        for message in world.counselors.history()
        if message.embeds and (message.embeds[0].title or "").startswith("Digest")
    ]


def participants(world: World, count: int) -> list[MemberActor]:
    """``count`` more participants, so that their alerts cannot fold into one another."""
    return [
        world.guild.add_member(world.env.create_user(f"peer{n}"), roles=[world.participant_role])
        for n in range(count)
    ]


async def escalation_count(env: Env) -> int:
    """How many escalations the database holds."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    row = await bot.services.db.fetchone("SELECT COUNT(*) FROM escalations")
    assert row is not None
    return int(row[0])


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


async def test_alerts_beyond_the_threshold_arrive_as_one_digest(ready: World, env: Env) -> None:
    world = ready
    peers = participants(world, THRESHOLD + 3)
    for peer in peers:
        await peer.send(world.general, RISKY)

    # The first alerts of the minute are posted one by one; the rest wait for the digest.
    assert len(alerts(world)) == THRESHOLD
    assert digests(world) == []

    await env.advance_time(seconds=61)

    assert len(alerts(world)) == THRESHOLD
    [digest] = digests(world)
    assert labels(digest) == [f"Open #{n}" for n in range(THRESHOLD + 1, THRESHOLD + 4)]
    listing = digest.embeds[0].description or ""
    for peer in peers[THRESHOLD:]:
        assert peer.mention in listing
    # The digest pings nobody: it is a summary, not a page.
    assert digest.role_mentions == []
    assert not digest.mention_everyone
    assert await escalation_count(env) == THRESHOLD + 3


async def test_critical_alerts_are_never_digested(ready: World, env: Env) -> None:
    world = ready
    for peer in participants(world, THRESHOLD + 1):
        await peer.send(world.general, RISKY)
    await world.participant.send(world.general, CRISIS)

    critical = [a for a in alerts(world) if "CRITICAL" in (a.embeds[0].title or "")]
    assert len(critical) == 1
    assert labels(critical[0]) == BUTTONS
    assert [role.id for role in critical[0].role_mentions] == [world.counselor_role.id]

    await env.advance_time(seconds=61)
    [digest] = digests(world)
    assert labels(digest) == [f"Open #{THRESHOLD + 1}"]


async def test_open_button_shows_the_alert_to_counselors_only(ready: World, env: Env) -> None:
    world = ready
    for peer in participants(world, THRESHOLD + 1):
        await peer.send(world.general, RISKY)
    await env.advance_time(seconds=61)
    [digest] = digests(world)
    button = f"Open #{THRESHOLD + 1}"

    refused = await world.facilitator.click(digest, label=button)
    assert refused.ephemeral
    assert refused.response is not None
    assert "only counselors" in refused.response.content

    shown = await world.counselor.click(digest, label=button)
    assert shown.ephemeral
    assert shown.response is not None
    assert f"escalation #{THRESHOLD + 1}" in (shown.response.embeds[0].title or "")
    assert labels(shown.response.message) == BUTTONS

    acknowledged = await world.counselor.click(shown.response, label="Acknowledge")
    assert acknowledged.response is not None
    history = await world.counselor.slash(world.counselors, "escalations show", id=THRESHOLD + 1)
    assert history.response is not None
    events = history.response.embeds[1].description or ""
    assert "digested" in events
    assert "acknowledged" in events


async def test_digested_escalations_are_still_repaged(ready: World, env: Env) -> None:
    world = ready
    for peer in participants(world, THRESHOLD + 1):
        await peer.send(world.general, RISKY)
    await env.advance_time(seconds=61)
    assert len(digests(world)) == 1

    # High alerts must be acknowledged within 15 minutes; every one of them is re-paged.
    await env.advance_time(seconds=15 * 60)
    paged = {m.content for m in world.counselors.history() if "Re-page 1" in m.content}
    assert len(paged) == THRESHOLD + 1
    assert any(f"escalation #{THRESHOLD + 1} " in text for text in paged)


async def test_restart_before_the_digest_is_due_still_sends_it_once(
    ready: World, env: Env, restart: Restart
) -> None:
    world = ready
    for peer in participants(world, THRESHOLD + 2):
        await peer.send(world.general, RISKY)
    await restart()
    await env.advance_time(seconds=61)
    await restart()
    await env.advance_time(seconds=120)

    [digest] = digests(world)
    assert labels(digest) == [f"Open #{THRESHOLD + 1}", f"Open #{THRESHOLD + 2}"]
    assert len(alerts(world)) == THRESHOLD
