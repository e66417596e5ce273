"""Behaviour: moderation of group channels, rule by rule, with its exemptions and fallbacks."""

import discord
import pytest
from simcord import Env
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle

from bot.store.moderation import ModerationStore
from tests.integration.conftest import World, configure
from tests.integration.test_groups_helpers import bot_of, create_group, dms, reply

CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."
TIMEOUT = 24  # discord.AuditLogAction.member_update


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


@pytest.fixture
async def group(ready: World) -> ChannelHandle:
    """A group channel."""
    return await create_group(ready)


def texts(channel: ChannelHandle) -> list[str]:
    """What is in a channel now, oldest first."""
    return [m.content for m in channel.history()]


def modlog_entries(world: World) -> list[discord.Embed]:
    """Moderation-log embeds about removed group messages."""
    return [
        embed
        for message in world.modlog.history()
        for embed in message.embeds
        if (embed.title or "").startswith("Group moderation")
    ]


def field(embed: discord.Embed, name: str) -> str:
    for item in embed.fields:
        if item.name == name:
            return item.value or ""
    raise AssertionError(f"no field {name!r}")


def timeouts(world: World, member: MemberActor) -> list[str]:
    """The timeout end times the bot set on a member (from the audit log)."""
    return [
        change["new_value"]
        for entry in world.guild.audit_log()
        if entry.target_id == member.id
        for change in entry.changes
        if change.get("key") == "communication_disabled_until" and change.get("new_value")
    ]


def alerts(world: World) -> list[discord.Message]:
    return [
        m
        for m in world.counselors.history()
        if m.embeds and "escalation #" in (m.embeds[0].title or "")
    ]


async def test_contact_details_are_removed_and_the_author_told_why(
    ready: World, group: ChannelHandle, env: Env
) -> None:
    world = ready
    await world.participant.send(group, "call me at 555-0134 if you want to talk after")

    assert not any("555-0134" in text for text in texts(group))
    told = dms(world.participant)[-1]
    assert "a phone number" in told
    assert f"#{group.name}" in told
    entry = modlog_entries(world)[-1]
    assert world.participant.mention in field(entry, "Member")
    assert field(entry, "Found") == "a phone number"
    assert "Excerpt" not in [f.name for f in entry.fields]  # not shown unless switched on
    assert "555" not in str(entry.to_dict())
    stored = await ModerationStore(bot_of(env).services.db).recent(world.guild.id)
    assert stored[0].rule == "contact"
    sealed = await ModerationStore(bot_of(env).services.db).sealed_excerpt(stored[0].id)
    assert sealed is not None
    assert "555-0134" not in sealed
    assert bot_of(env).services.sealer.open(sealed).startswith("call me at 555-0134")


async def test_recovery_talk_is_left_alone(ready: World, group: ChannelHandle) -> None:
    world = ready
    ordinary = [
        "I have 555 days sober today!",
        "where can I get a sponsor?",
        "you're not a failure for relapsing, you came back",
        "my therapist's office is on Main St",
    ]
    for text in ordinary:
        await world.participant.send(group, text)
    assert texts(group)[-len(ordinary) :] == ordinary
    assert modlog_entries(world) == []


async def test_closed_dms_fall_back_to_a_short_note_naming_nobody(
    ready: World, group: ChannelHandle, env: Env
) -> None:
    world = ready
    env.inject_error(
        "POST",
        f"/channels/{world.participant.user.dm_channel.id}/messages",
        status=403,
        code=50007,
        message="Cannot send messages to this user",
        times=None,
    )
    await world.participant.send(group, "my email is pat.r@example.com")

    notes = [m for m in group.history() if m.author.bot]
    assert len(notes) == 1
    assert "personal contact details" in notes[0].content
    assert world.participant.mention not in notes[0].content
    assert world.participant.name not in notes[0].content
    assert "DMs closed" in field(modlog_entries(world)[-1], "Member told")
    await env.advance_time(61)
    assert [m for m in group.history() if m.author.bot] == []


async def test_staff_are_exempt_from_removal(ready: World, group: ChannelHandle) -> None:
    world = ready
    # Counselors can only read groups; one who is also in the group posts as a participant.
    counselor_in_group = world.guild.add_member(
        world.env.create_user("robin"), roles=[world.counselor_role, world.participant_role]
    )
    await world.facilitator.send(group, "the clinic's number is 555-0199 if you need it")
    await counselor_in_group.send(group, "you can also reach me at 555-0142")
    await world.facilitator.send(group, "or e-mail me: fran@clinic.example")
    assert texts(group)[-3:] == [
        "the clinic's number is 555-0199 if you need it",
        "you can also reach me at 555-0142",
        "or e-mail me: fran@clinic.example",
    ]
    assert modlog_entries(world) == []


async def test_harassment_is_warned_then_timed_out(ready: World, group: ChannelHandle) -> None:
    world = ready
    for attempt in range(1, 4):
        await world.participant.send(group, "you're pathetic")
        told = dms(world.participant)[-1]
        if attempt < 3:
            assert f"warning {attempt} of 3" in told
            assert timeouts(world, world.participant) == []
    assert "timed out for 60 minutes" in dms(world.participant)[-1]
    assert len(timeouts(world, world.participant)) == 1
    assert "you're pathetic" not in texts(group)
    assert "timed out 60 min" in field(modlog_entries(world)[-1], "Action")


async def test_timeout_and_warning_count_are_configurable(
    ready: World, group: ChannelHandle
) -> None:
    world = ready
    result = await world.facilitator.slash(
        world.general, "group moderation-limits", warnings=1, timeout_minutes=15
    )
    assert "Saved." in reply(result)
    await world.participant.send(group, "shut up you idiot")
    assert "timed out for 15 minutes" in dms(world.participant)[-1]
    assert len(timeouts(world, world.participant)) == 1


async def test_sourcing_is_removed_and_escalated_at_medium(
    ready: World, group: ChannelHandle
) -> None:
    world = ready
    await world.participant.send(group, "anyone selling xans? dm me")

    assert not any("xans" in text for text in texts(group))
    assert "counselor may check in" in dms(world.participant)[-1]
    found = alerts(world)
    assert len(found) == 1
    assert "MEDIUM" in (found[0].embeds[0].title or "").upper()
    assert "escalated" in field(modlog_entries(world)[-1], "Action")


async def test_sourcing_for_use_tonight_is_a_crisis_left_for_the_counselor(
    ready: World, group: ChannelHandle
) -> None:
    world = ready
    await world.participant.send(group, "anyone selling xans? need some tonight")

    # The detector reads use tonight (high): crisis messages are never removed; the
    # escalation monitor alerts a counselor at the detector's severity instead.
    assert any("need some tonight" in text for text in texts(group))
    found = alerts(world)
    assert len(found) == 1
    assert "HIGH" in (found[0].embeds[0].title or "").upper()
    assert not modlog_entries(world)


async def test_mention_flood_is_removed_with_a_timeout(ready: World, group: ChannelHandle) -> None:
    world = ready
    people = " ".join(
        f"<@{member.id}>"
        for member in (world.manager, world.facilitator, world.counselor, world.outsider)
    )
    await world.participant.send(group, f"{people} <@&{world.participant_role.id}> look!!")
    assert not any("look!!" in text for text in texts(group))
    assert "mentioned a lot of people" in dms(world.participant)[-1]
    assert len(timeouts(world, world.participant)) == 1


async def test_spam_burst_is_timed_out(ready: World, group: ChannelHandle) -> None:
    world = ready
    for number in range(6):
        await world.participant.send(group, f"message number {number}")
    assert "many messages very quickly" in dms(world.participant)[-1]
    assert len(timeouts(world, world.participant)) == 1
    assert "message number 5" not in texts(group)


async def test_an_edit_is_checked_again(ready: World, group: ChannelHandle) -> None:
    world = ready
    message = await world.participant.send(group, "happy to talk after group")
    assert "happy to talk after group" in texts(group)
    await world.participant.edit(message, "happy to talk after group, text me 555-0134")
    assert not any("555-0134" in text for text in texts(group))
    assert "a phone number" in dms(world.participant)[-1]


async def test_crisis_messages_are_never_removed(ready: World, group: ChannelHandle) -> None:
    world = ready
    await world.participant.send(group, f"{CRISIS} call me 555-0134")
    assert f"{CRISIS} call me 555-0134" in texts(group)
    assert modlog_entries(world) == []
    assert len(alerts(world)) == 1  # the escalation monitor handled it


async def test_a_rule_switched_off_is_not_enforced(ready: World, group: ChannelHandle) -> None:
    world = ready
    result = await world.facilitator.slash(
        world.general, "group moderation", rule="contact", enabled=False
    )
    assert "personal contact details: off" in reply(result).lower()
    await world.participant.send(group, "text me 555-0134")
    assert "text me 555-0134" in texts(group)
    await world.participant.send(group, "you're pathetic")
    assert "you're pathetic" not in texts(group)  # other rules still apply


async def test_excerpts_appear_in_the_modlog_only_when_switched_on(
    ready: World, group: ChannelHandle
) -> None:
    world = ready
    await world.facilitator.slash(world.general, "group moderation-limits", modlog_excerpts=True)
    await world.participant.send(group, "my insta is pat.recovers")
    assert "pat.recovers" in field(modlog_entries(world)[-1], "Excerpt")


async def test_messages_outside_group_channels_are_not_moderated(ready: World) -> None:
    world = ready
    await world.participant.send(world.general, "call me at 555-0134")
    assert "call me at 555-0134" in texts(world.general)


async def test_missing_timeout_permission_is_reported_not_raised(
    ready: World, group: ChannelHandle, env: Env
) -> None:
    world = ready
    env.inject_error(
        "PATCH",
        f"/guilds/{world.guild.id}/members/{world.participant.id}",
        status=403,
        code=50013,
        message="Missing Permissions",
    )
    await world.facilitator.slash(world.general, "group moderation-limits", warnings=1)
    await world.participant.send(group, "you're pathetic")
    assert "you're pathetic" not in texts(group)
    assert "Timeout Members" in field(modlog_entries(world)[-1], "Problems")
