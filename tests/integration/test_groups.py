"""Behaviour: group channels, their permissions, exclusions and who may run /group and /session."""

from typing import Any

import discord
import pytest
from simcord import Env
from simcord.builders import ChannelHandle

from tests.integration.conftest import World, configure
from tests.integration.test_groups_helpers import bot_of, create_group, reply


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


def overwrites(env: Env, channel: ChannelHandle) -> dict[int, discord.PermissionOverwrite]:
    """A channel's overwrites as the bot's cache holds them, by target id."""
    cached = env.bot.get_channel(channel.id)
    assert isinstance(cached, discord.TextChannel)
    return {target.id: overwrite for target, overwrite in cached.overwrites.items()}


async def test_create_makes_a_closed_channel_in_the_peer_groups_category(
    ready: World, env: Env
) -> None:
    world = ready
    group = await create_group(world, "Tuesday Evening", topic="IOP group B")

    cached = env.bot.get_channel(group.id)
    assert isinstance(cached, discord.TextChannel)
    assert cached.name == "tuesday-evening"
    assert cached.topic == "IOP group B"
    assert cached.category is not None
    assert cached.category.name == "Peer groups"
    found = overwrites(env, group)
    everyone = found[world.guild.id]
    assert everyone.view_channel is False
    participant = found[world.participant_role.id]
    assert participant.view_channel
    assert participant.read_message_history
    assert participant.send_messages
    facilitator = found[world.facilitator_role.id]
    assert facilitator.view_channel
    assert facilitator.manage_messages
    assert facilitator.manage_threads
    counselor = found[world.counselor_role.id]
    assert counselor.view_channel
    assert counselor.manage_messages is None
    me = world.guild.me
    assert me is not None
    mine = found[me.id]
    for name in (
        "view_channel",
        "send_messages",
        "embed_links",
        "read_message_history",
        "manage_messages",
        "manage_threads",
        "create_private_threads",
        "send_messages_in_threads",
        "manage_roles",
        "manage_channels",
    ):
        assert getattr(mine, name) is True, name

    # What each person can actually do there.
    assert world.participant.available_commands(group)  # can see it
    assert world.outsider.available_commands(group) == ()  # cannot see it at all
    await world.participant.send(group, "hi all, glad to be here")


async def test_second_group_reuses_the_category(ready: World, env: Env) -> None:
    first = await create_group(ready, "one")
    second = await create_group(ready, "two")
    categories = [
        channel
        for channel in env.bot.get_guild(ready.guild.id).channels  # type: ignore[union-attr]
        if isinstance(channel, discord.CategoryChannel)
    ]
    assert [c.name for c in categories] == ["Peer groups"]
    assert env.bot.get_channel(first.id).category_id == env.bot.get_channel(second.id).category_id  # type: ignore[union-attr]


async def test_adopt_applies_the_same_permissions_and_warns_about_other_access(
    ready: World, env: Env
) -> None:
    world = ready
    alumni = world.guild.create_role("Alumni")
    old = world.guild.create_text_channel(
        "old-group", overwrites={alumni: discord.PermissionOverwrite(view_channel=True)}
    )
    text = reply(await world.facilitator.slash(world.general, "group adopt", channel=old))
    assert "is now a group channel" in text
    assert alumni.mention in text  # kept, but the facilitator is told
    found = overwrites(env, old)
    assert found[world.guild.id].view_channel is False
    assert found[world.participant_role.id].send_messages is True
    assert found[world.facilitator_role.id].manage_messages is True
    listed = await world.facilitator.slash(world.general, "group list")
    assert old.mention in (listed.response.embeds[0].description or "")  # type: ignore[union-attr]


async def test_missing_bot_permission_is_named_and_nothing_changes(ready: World, env: Env) -> None:
    world = ready
    me = world.guild.me
    assert me is not None
    locked = world.guild.create_text_channel(
        "locked", overwrites={me: discord.PermissionOverwrite(manage_roles=False)}
    )
    before = dict(overwrites(env, locked))
    text = reply(await world.facilitator.slash(world.general, "group adopt", channel=locked))
    assert "**Manage Roles (Manage Permissions in a channel)**" in text
    assert "Nothing was changed" in text
    assert overwrites(env, locked) == before
    listed = reply(await world.facilitator.slash(world.general, "group list"))
    assert "no group channels" in listed


async def test_create_needs_the_roles_from_setup(world: World) -> None:
    # Not configured: the facilitator role is unknown, so only a manager may try.
    text = reply(await world.manager.slash(world.general, "group create", name="first"))
    assert "/setup roles" in text
    assert "first" not in world.guild.channels


async def test_exclude_stops_risk_monitoring_with_a_clear_warning(ready: World, env: Env) -> None:
    world = ready
    offtopic = world.guild.create_text_channel("memes")
    text = reply(await world.facilitator.slash(world.general, "group exclude", channel=offtopic))
    assert "**off**" in text
    assert "will **not** be alerted" in text
    config = await bot_of(env).services.guilds.get(world.guild.id)
    assert offtopic.id in config.excluded_channel_ids

    await world.participant.send(offtopic, "I have the pills lined up and I'm taking them tonight.")
    assert not [m for m in world.counselors.history() if m.embeds]

    reply(await world.facilitator.slash(world.general, "group include", channel=offtopic))
    config = await bot_of(env).services.guilds.get(world.guild.id)
    assert offtopic.id not in config.excluded_channel_ids


async def test_group_channels_cannot_be_excluded(ready: World, env: Env) -> None:
    world = ready
    group = await create_group(world)
    text = reply(await world.facilitator.slash(world.general, "group exclude", channel=group))
    assert "always watched" in text
    config = await bot_of(env).services.guilds.get(world.guild.id)
    assert config.excluded_channel_ids == ()


# Who may run what ------------------------------------------------------------------------------

COMMANDS: list[tuple[str, dict[str, Any]]] = [
    ("group create", {"name": "sneaky"}),
    ("group adopt", {"channel": "general"}),
    ("group list", {}),
    ("group archive", {"channel": "general"}),
    ("group exclude", {"channel": "general"}),
    ("group include", {"channel": "general"}),
    ("group guidelines", {"channel": "general"}),
    ("group guidelines-edit", {}),
    ("group moderation", {"rule": "contact", "enabled": False}),
    ("group moderation-limits", {"warnings": 1}),
    ("group moderation-log", {}),
    ("session open", {"channel": "general"}),
    ("session close", {"channel": "general"}),
    ("session schedule", {"channel": "general", "days": "daily", "start": "9am", "end": "10am"}),
    ("session list", {}),
    ("session unschedule", {"id": 1}),
]


def _options(world: World, options: dict[str, Any]) -> dict[str, Any]:
    return {k: world.general if v == "general" else v for k, v in options.items()}


@pytest.mark.parametrize(("command", "options"), COMMANDS)
async def test_only_facilitators_may_run_group_and_session_commands(
    ready: World, env: Env, command: str, options: dict[str, Any]
) -> None:
    world = ready
    before = len(env.http_requests)
    for member in (world.participant, world.counselor, world.outsider):
        result = await member.slash(world.general, command, **_options(world, options))
        assert result.modal is None
        assert "only facilitators" in reply(result)
    # Only the refusals were sent: no channel, post, permission change or modal.
    made = [
        entry
        for entry in env.http_requests[before:]
        if not entry.path.startswith(("/interactions/", "/webhooks/"))
    ]
    assert made == []
    config = await bot_of(env).services.guilds.get(world.guild.id)
    assert config.excluded_channel_ids == ()
    settings = reply(await world.facilitator.slash(world.general, "group moderation"))
    assert settings is not None
    assert "sneaky" not in world.guild.channels


async def test_facilitators_may_run_them_all(ready: World) -> None:
    world = ready
    member = world.facilitator

    async def run(command: str, **options: Any) -> Any:
        return await member.slash(world.general, command, **options)

    group = await create_group(world, "thursday group")
    assert "Posted and pinned" in reply(await run("group guidelines", channel=world.general))
    assert (await run("group guidelines-edit")).modal is not None
    assert (await run("group list")).response.embeds
    assert "off" in reply(await run("group moderation", rule="spam", enabled=False))
    assert "Saved." in reply(await run("group moderation-limits", warnings=2))
    assert "No moderation actions" in reply(await run("group moderation-log"))
    offtopic = world.guild.create_text_channel("offtopic")
    assert "**off**" in reply(await run("group exclude", channel=offtopic))
    assert "is on" in reply(await run("group include", channel=offtopic))
    assert "saved" in reply(
        await run("session schedule", channel=group, days="daily", start="9am", end="10am")
    )
    assert (await run("session list")).response.embeds
    assert "Group is closed" in reply(await run("session close", channel=group))
    assert "Group is open" in reply(await run("session open", channel=group))
    assert "removed" in reply(await run("session unschedule", id=1))
    assert "archived" in reply(await run("group archive", channel=group))
    assert "is now a group channel" in reply(await run("group adopt", channel=group))


async def test_server_managers_may_run_them_too(ready: World) -> None:
    # A manager (Manage Server) who is not in the group can't see group channels, so only the
    # commands that take no group channel are run here.
    world = ready
    member = world.manager
    created = reply(await member.slash(world.general, "group create", name="managers group"))
    assert "Created" in created
    assert "Posted and pinned" in reply(
        await member.slash(world.general, "group guidelines", channel=world.general)
    )
    assert (await member.slash(world.general, "group list")).response.embeds
    assert "Saved." in reply(
        await member.slash(world.general, "group moderation-limits", shares_per_hour=5)
    )
    assert "No session schedules" in reply(await member.slash(world.general, "session list"))
