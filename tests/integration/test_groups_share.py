"""Behaviour: anonymous shares reveal nobody to peers, ping nobody, and reach counselors."""

import json

import discord
import pytest
from simcord import Env
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle

from bot.pseudonyms import ADJECTIVES, ANIMALS
from bot.store.escalations import EscalationStore
from cogs.groups.shared import groups_of
from tests.integration.conftest import World, configure
from tests.integration.test_groups_helpers import bot_of, create_group, reply

CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


@pytest.fixture
async def group(ready: World) -> ChannelHandle:
    """A group channel."""
    return await create_group(ready)


@pytest.fixture
def peer(ready: World) -> MemberActor:
    """Another participant of the group."""
    return ready.guild.add_member(ready.env.create_user("sam"), roles=[ready.participant_role])


async def share(member: MemberActor, channel: ChannelHandle, text: str) -> str:
    """Share through the /share form; returns the private reply."""
    shown = await member.slash(channel, "share")
    assert shown.modal is not None, reply(shown)
    return reply(await member.submit_modal(shown, {"text": text}))


def shares(channel: ChannelHandle, viewer: MemberActor) -> list[discord.Message]:
    """The anonymous shares a viewer sees in a channel."""
    return [
        m
        for m in channel.history(viewer=viewer)
        if m.embeds and "shared anonymously" in (m.embeds[0].author.name or "")
    ]


def everything_visible(channel: ChannelHandle, viewer: MemberActor) -> str:
    """All a viewer can see in a channel and its threads, as one text: contents and embeds."""
    parts = []
    for place in (channel, *channel.threads):
        for message in place.history(viewer=viewer):
            parts.append(message.content)
            parts.append(message.author.name)
            parts.append(str(message.author.id))
            parts += [json.dumps(embed.to_dict()) for embed in message.embeds]
            parts += [str(user.id) for user in message.mentions]
        parts.append(place.name or "")
    return "\n".join(parts)


async def test_a_share_reveals_nothing_about_its_author_to_peers(
    ready: World, group: ChannelHandle, peer: MemberActor
) -> None:
    world = ready
    author = world.participant
    text = await share(author, group, "Day 12 today. I almost called my old dealer but I didn't.")

    assert "Shared in" in text
    found = shares(group, peer)
    assert len(found) == 1
    post = found[0]
    name = (post.embeds[0].author.name or "").removesuffix(" shared anonymously")
    adjective, animal = name.split(" ")
    assert adjective in ADJECTIVES
    assert animal in ANIMALS
    assert f"**{name}**" in text  # the author is told their pseudonym, privately
    assert post.author.bot
    assert post.interaction_metadata is None  # not a visible reply to anyone's command
    seen = everything_visible(group, peer)
    for secret in (str(author.id), author.name, author.mention, author.user.mention):
        assert secret not in seen
    threads = group.threads
    assert [thread.name for thread in threads] == [f"Replies to {name}"]
    # The author's own reply is private: the peer does not see it.
    assert not any("Shared in" in m.content for m in group.history(viewer=peer))


async def test_pseudonyms_are_stable_in_a_group_and_differ_between_groups(
    ready: World, group: ChannelHandle, peer: MemberActor
) -> None:
    world = ready
    other = await create_group(world, "morning group")
    await share(world.participant, group, "first share")
    await share(world.participant, group, "second share")
    await share(world.participant, other, "in the other group")
    names = [m.embeds[0].author.name for m in shares(group, peer)]
    assert len(names) == 2
    assert names[0] == names[1]
    elsewhere = shares(other, peer)[0].embeds[0].author.name
    assert elsewhere != names[0]  # fixed keys: no accidental collision in this test


async def test_mentions_in_a_share_ping_nobody(
    ready: World, group: ChannelHandle, peer: MemberActor
) -> None:
    world = ready
    await share(
        world.participant,
        group,
        f"@everyone @here <@{peer.id}> <@&{world.participant_role.id}> <#{group.id}> hi",
    )
    post = shares(group, peer)[0]
    assert post.mention_everyone is False
    assert post.role_mentions == []
    assert post.mentions == []
    assert post.channel_mentions == []
    description = post.embeds[0].description or ""
    assert "@everyone" not in description
    assert "@here" not in description
    assert f"<@{peer.id}>" not in description
    assert f"<#{group.id}>" not in description


async def test_shares_are_limited_per_hour(
    ready: World, group: ChannelHandle, peer: MemberActor, env: Env
) -> None:
    world = ready
    for number in range(3):
        await share(world.participant, group, f"share {number}")
    refused = await world.participant.slash(group, "share")
    assert refused.modal is None
    assert "up to 3 times an hour" in reply(refused)
    assert len(shares(group, peer)) == 3
    await env.advance_time(3601)
    await share(world.participant, group, "share 4")
    assert len(shares(group, peer)) == 4


async def test_a_share_in_crisis_reaches_counselors_with_identity_and_looks_ordinary(
    ready: World, group: ChannelHandle, peer: MemberActor, env: Env
) -> None:
    world = ready
    await share(world.participant, group, "thanks for this week everyone")
    await share(world.participant, group, CRISIS)

    posts = shares(group, peer)
    assert [p.embeds[0].description for p in posts] == ["thanks for this week everyone", CRISIS]
    assert posts[0].embeds[0].to_dict().keys() == posts[1].embeds[0].to_dict().keys()
    assert posts[0].embeds[0].author.name == posts[1].embeds[0].author.name
    alerts = [
        m
        for m in world.counselors.history()
        if m.embeds and "escalation #" in (m.embeds[0].title or "")
    ]
    assert len(alerts) == 1
    alert = json.dumps(alerts[0].embeds[0].to_dict())
    assert world.participant.mention in alert  # counselors see who it is
    assert "Anonymous share" in alert
    stored = await EscalationStore(bot_of(env).services.db).get(1)
    assert stored is not None
    assert stored.member_id == world.participant.id
    assert stored.pseudonym == (posts[1].embeds[0].author.name or "").removesuffix(
        " shared anonymously"
    )


async def test_a_share_with_contact_details_is_not_posted(
    ready: World, group: ChannelHandle, peer: MemberActor
) -> None:
    world = ready
    text = await share(world.participant, group, "text me at 555-0134 anytime")
    assert "wasn't posted" in text
    assert "a phone number" in text
    assert shares(group, peer) == []
    logged = [json.dumps(e.to_dict()) for m in world.modlog.history() for e in m.embeds]
    assert any("Anonymous share not posted" in entry for entry in logged)
    assert not any(str(world.participant.id) in entry for entry in logged)


async def test_a_share_asking_for_substances_is_escalated_not_posted(
    ready: World, group: ChannelHandle, peer: MemberActor
) -> None:
    world = ready
    text = await share(world.participant, group, "who has percs? I can pay")
    assert "wasn't posted" in text
    assert shares(group, peer) == []
    alerts = [
        m
        for m in world.counselors.history()
        if m.embeds and "escalation #" in (m.embeds[0].title or "")
    ]
    assert len(alerts) == 1


async def test_a_crisis_share_with_contact_details_reaches_counselors_but_not_the_group(
    ready: World, group: ChannelHandle, peer: MemberActor, env: Env
) -> None:
    world = ready
    text = await share(world.participant, group, f"{CRISIS} text me at 555-0134")
    # Contact details would undo the share's anonymity: it stays out of the group ...
    assert "wasn't posted" in text
    assert "a phone number" in text
    assert "A counselor may check in with you" in text
    assert shares(group, peer) == []
    # ... and the crisis still reaches counselors, at the detector's severity, saying why.
    stored = await EscalationStore(bot_of(env).services.db).get(1)
    assert stored is not None
    assert (stored.category, stored.severity) == ("suicide", "critical")
    assert stored.member_id == world.participant.id
    alerts = [
        m
        for m in world.counselors.history()
        if m.embeds and "escalation #" in (m.embeds[0].title or "")
    ]
    assert len(alerts) == 1
    logged = [json.dumps(e.to_dict()) for m in world.modlog.history() for e in m.embeds]
    assert any("not posted, escalated to counselors" in entry for entry in logged)


async def test_share_only_in_an_open_group_channel(ready: World, group: ChannelHandle) -> None:
    world = ready
    outside = await world.participant.slash(world.general, "share")
    assert outside.modal is None
    assert "inside a group channel" in reply(outside)

    await world.facilitator.slash(world.general, "session close", channel=group)
    closed = await world.participant.slash(group, "share")
    assert closed.modal is None
    assert "closed right now" in reply(closed)


def counselor_alerts(world: World) -> list[discord.Message]:
    """Escalation alerts in the counselors' channel."""
    return [
        m
        for m in world.counselors.history()
        if m.embeds and "escalation #" in (m.embeds[0].title or "")
    ]


async def test_a_crisis_share_reaches_counselors_when_the_group_closed_while_typing(
    ready: World, group: ChannelHandle, peer: MemberActor, env: Env
) -> None:
    world = ready
    shown = await world.participant.slash(group, "share")
    assert shown.modal is not None
    await world.facilitator.slash(world.general, "session close", channel=group)
    answer = reply(await world.participant.submit_modal(shown, {"text": CRISIS}))
    assert "The group is closed right now" in answer
    assert "A counselor may check in with you" in answer
    assert shares(group, peer) == []
    assert len(counselor_alerts(world)) == 1
    stored = await EscalationStore(bot_of(env).services.db).get(1)
    assert stored is not None
    assert stored.member_id == world.participant.id  # a share's author is told to counselors


async def test_an_ordinary_share_refused_because_the_group_closed_alerts_nobody(
    ready: World, group: ChannelHandle
) -> None:
    world = ready
    shown = await world.participant.slash(group, "share")
    await world.facilitator.slash(world.general, "session close", channel=group)
    answer = reply(await world.participant.submit_modal(shown, {"text": "see you all monday"}))
    assert "The group is closed right now" in answer
    assert "counselor" not in answer
    assert counselor_alerts(world) == []


async def test_a_crisis_share_over_the_hourly_limit_reaches_counselors(
    ready: World, group: ChannelHandle, peer: MemberActor, env: Env
) -> None:
    """The form opened within the limit, and the limit was used up before it was sent (Discord
    shows one form at a time, so the other shares are counted through the service)."""
    world = ready
    await share(world.participant, group, "share 1")
    shown = await world.participant.slash(group, "share")
    moderation = groups_of(bot_of(env)).moderation
    for _ in range(2):
        await moderation.take_share(world.guild.id, world.participant.id)
    answer = reply(await world.participant.submit_modal(shown, {"text": CRISIS}))
    assert "up to 3 times an hour" in answer
    assert "A counselor may check in with you" in answer
    assert len(shares(group, peer)) == 1
    assert len(counselor_alerts(world)) == 1
