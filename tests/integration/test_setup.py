"""Behaviour: the bot starts, syncs its commands, and /setup, /help work by role."""

from datetime import datetime

import discord
from simcord import Env

from bot.app import HEARTBEAT_KEY, LanternBot
from tests.integration.conftest import Restart, World, configure


def _fields(result: object) -> dict[str, str]:
    response = result.response  # type: ignore[attr-defined]
    assert response is not None
    return {field.name: field.value for field in response.embeds[0].fields}


def _command_syncs(env: Env) -> int:
    return sum(
        1
        for entry in env.http_requests
        if entry.method == "PUT" and entry.path.endswith("/commands")
    )


async def test_bot_starts_and_syncs_commands_once(world: World, env: Env, restart: Restart) -> None:
    assert _command_syncs(env) == 1
    commands = world.manager.available_commands(world.general)
    assert {"help", "setup roles", "setup channels", "setup region", "setup show"} <= set(commands)

    await restart()

    # Same command tree, same database: no second sync; commands still usable.
    assert _command_syncs(env) == 1
    result = await world.manager.slash(world.general, "setup show")
    assert result.ephemeral


async def test_setup_roles_and_channels_by_manager(world: World) -> None:
    await configure(world)

    result = await world.manager.slash(world.general, "setup show")

    assert result.ephemeral
    fields = _fields(result)
    assert world.participant_role.mention in fields["Roles"]
    assert world.counselor_role.mention in fields["Roles"]
    assert world.counselors.mention in fields["Channels"]
    assert fields["Still needed"] == "Nothing: Lantern is fully set up."


async def test_setup_refused_for_plain_members_and_nothing_changes(world: World, env: Env) -> None:
    # A server admin may let other roles see /setup in the client (Integrations settings);
    # the bot must still refuse them at run time.
    commands = await env.bot.tree.fetch_commands()
    setup = next(command for command in commands if command.name == "setup")
    world.guild.set_command_permissions(
        setup,
        {
            world.participant_role: True,
            world.facilitator_role: True,
            world.counselor_role: True,
            world.outsider: True,
        },
    )
    for member in (world.participant, world.outsider, world.facilitator, world.counselor):
        result = await member.slash(
            world.general,
            "setup roles",
            participant=world.participant_role,
            facilitator=world.facilitator_role,
            counselor=world.counselor_role,
        )
        assert result.ephemeral
        assert result.response is not None
        assert "only members with the Manage Server permission" in result.response.content

        result = await member.slash(world.general, "setup show")
        assert result.ephemeral
        assert result.response is not None
        assert not result.response.embeds

    fields = _fields(await world.manager.slash(world.general, "setup show"))
    assert "not set" in fields["Roles"]


async def test_setup_roles_rejects_duplicates_and_everyone(world: World) -> None:
    result = await world.manager.slash(
        world.general,
        "setup roles",
        participant=world.participant_role,
        facilitator=world.participant_role,
        counselor=world.counselor_role,
    )
    assert result.ephemeral
    assert result.response is not None
    assert "three different roles" in result.response.content

    result = await world.manager.slash(
        world.general,
        "setup roles",
        participant=world.guild.default_role,
        facilitator=world.facilitator_role,
        counselor=world.counselor_role,
    )
    assert result.response is not None
    assert "can't be @everyone" in result.response.content

    fields = _fields(await world.manager.slash(world.general, "setup show"))
    assert "not set" in fields["Roles"]


async def test_counselors_channel_must_be_private_and_usable(world: World) -> None:
    await configure(world)
    public = world.general
    result = await world.manager.slash(
        world.general, "setup channels", counselors=public, modlog=world.modlog
    )
    assert result.ephemeral
    assert result.response is not None
    assert "Participants can see #general" in result.response.content

    locked = world.guild.create_text_channel(
        "locked",
        overwrites={
            world.guild.default_role: discord.PermissionOverwrite(view_channel=False),
            world.counselor_role: discord.PermissionOverwrite(view_channel=True),
            world.manager: discord.PermissionOverwrite(view_channel=True),
        },
    )
    result = await world.manager.slash(
        world.general, "setup channels", counselors=locked, modlog=world.modlog
    )
    assert result.response is not None
    assert "I'm missing View Channel, Send Messages" in result.response.content

    fields = _fields(await world.manager.slash(world.general, "setup show"))
    assert world.counselors.mention in fields["Channels"]  # unchanged from configure()


async def test_region_and_timezone_validation_and_autocomplete(world: World) -> None:
    result = await world.manager.slash(
        world.general, "setup region", region="US", timezone="Mars/Olympus_Mons"
    )
    assert result.ephemeral
    assert result.response is not None
    assert "not a time zone I know" in result.response.content
    assert (
        "Time zone: UTC"
        in _fields(await world.manager.slash(world.general, "setup show"))["Region and time zone"]
    )

    choices = await world.manager.autocomplete(
        world.general, "setup region", "timezone", "new_y", region="US"
    )
    assert "America/New_York" in [choice["value"] for choice in choices]

    result = await world.manager.slash(
        world.general, "setup region", region="UK", timezone="Europe/London"
    )
    assert result.response is not None
    assert result.response.content == "Region and time zone saved."


async def test_setup_show_survives_restart(world: World, restart: Restart) -> None:
    await configure(world)
    await world.manager.slash(
        world.general, "setup region", region="AU", timezone="Australia/Sydney"
    )

    await restart()

    fields = _fields(await world.manager.slash(world.general, "setup show"))
    assert world.facilitator_role.mention in fields["Roles"]
    assert "Crisis resources: AU" in fields["Region and time zone"]
    assert "Australia/Sydney" in fields["Region and time zone"]


async def test_help_lists_commands_by_role(world: World) -> None:
    await configure(world)

    participant_help = _fields(await world.participant.slash(world.general, "help"))
    manager_help = _fields(await world.manager.slash(world.general, "help"))

    participant_text = "\n".join(participant_help.values())
    manager_text = "\n".join(manager_help.values())
    assert "/help" in participant_text
    assert "/setup roles" not in participant_text
    assert "/setup roles" in manager_text
    assert set(manager_help) > set(participant_help)


async def test_heartbeat_follows_virtual_time(world: World, env: Env) -> None:
    bot = env.bot
    assert isinstance(bot, LanternBot)
    start = env.now()

    await env.advance_time(185)

    beat = await bot.services.meta.get(HEARTBEAT_KEY)
    assert beat is not None
    elapsed = (datetime.fromisoformat(beat) - start).total_seconds()
    # The scheduler ran at 60, 120 and 180 virtual seconds, not on the real clock.
    assert 179 <= elapsed <= 185
