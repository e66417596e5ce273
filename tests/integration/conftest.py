"""The behaviour-test harness: the real bot, unmodified, against simcord's in-memory Discord.

``world`` builds a server the way an administrator would: Lantern's three roles, a manager,
a public channel and private counselor and modlog channels. ``restart`` replaces the running
bot with a fresh one on the same database, as a process restart would.
"""

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import discord
import pytest
import pytest_asyncio
from simcord import Env
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle, GuildHandle, RoleHandle

from bot.app import LanternBot, create_bot
from bot.settings import Settings


@pytest.fixture
def simcord_bot(settings: Settings) -> LanternBot:
    """The bot under test, on a fresh data directory."""
    return create_bot(settings)


@pytest_asyncio.fixture
async def env(simcord_env: Env) -> AsyncIterator[Env]:
    """The running simcord environment; closes the bot's services at the end."""
    yield simcord_env
    bot = simcord_env.bot
    assert isinstance(bot, LanternBot)
    await bot.close_services()


Restart = Callable[[], Awaitable[LanternBot]]


@pytest.fixture
def restart(env: Env, settings: Settings) -> Restart:
    """Replace the bot with a new process on the same database."""

    async def do_restart() -> LanternBot:
        old = env.bot
        assert isinstance(old, LanternBot)
        fresh = create_bot(settings)
        await env.restart_bot(fresh)
        await old.close_services()
        return fresh

    return do_restart


@dataclass
class World:
    """A configured-by-hand server and the people in it."""

    env: Env
    guild: GuildHandle
    participant_role: RoleHandle
    facilitator_role: RoleHandle
    counselor_role: RoleHandle
    manager: MemberActor
    facilitator: MemberActor
    counselor: MemberActor
    participant: MemberActor
    outsider: MemberActor
    general: ChannelHandle
    counselors: ChannelHandle
    modlog: ChannelHandle


def build_world(env: Env) -> World:
    """Create the guild, roles, members and channels used by most behaviour tests."""
    guild = env.create_guild("Recovery Program")
    participant_role = guild.create_role("Participant")
    facilitator_role = guild.create_role("Facilitator")
    counselor_role = guild.create_role("Counselor")
    manager_role = guild.create_role(
        "Program Admin", permissions=discord.Permissions(manage_guild=True)
    )
    me = guild.me
    assert me is not None
    staff_only = {
        # The bot's own overwrite, as a server admin gives it when making a private channel.
        me: discord.PermissionOverwrite(
            view_channel=True, send_messages=True, embed_links=True, read_message_history=True
        ),
        guild.default_role: discord.PermissionOverwrite(view_channel=False),
        counselor_role: discord.PermissionOverwrite(view_channel=True),
        facilitator_role: discord.PermissionOverwrite(view_channel=True),
        manager_role: discord.PermissionOverwrite(view_channel=True),
    }
    counselors = guild.create_text_channel("counselors", overwrites=staff_only)
    modlog = guild.create_text_channel("modlog", overwrites=staff_only)
    general = guild.create_text_channel("general")

    def person(name: str, *roles: RoleHandle) -> MemberActor:
        return guild.add_member(env.create_user(name), roles=list(roles))

    return World(
        env=env,
        guild=guild,
        participant_role=participant_role,
        facilitator_role=facilitator_role,
        counselor_role=counselor_role,
        manager=person("admin", manager_role),
        facilitator=person("fran", facilitator_role),
        counselor=person("casey", counselor_role),
        participant=person("pat", participant_role),
        outsider=person("olly"),
        general=general,
        counselors=counselors,
        modlog=modlog,
    )


@pytest.fixture
def world(env: Env) -> World:
    """A fresh server for the test."""
    return build_world(env)


async def configure(world: World) -> None:
    """Run /setup as the server manager, as an operator would after inviting the bot."""
    result = await world.manager.slash(
        world.general,
        "setup roles",
        participant=world.participant_role,
        facilitator=world.facilitator_role,
        counselor=world.counselor_role,
    )
    assert result.response is not None
    assert result.response.content == "Roles saved."
    result = await world.manager.slash(
        world.general, "setup channels", counselors=world.counselors, modlog=world.modlog
    )
    assert result.response is not None
    assert result.response.content == "Channels saved.", result.response.content
