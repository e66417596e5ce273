"""Helpers shared by the group behaviour tests."""

import re
from typing import Any

import discord
from simcord import Env
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle

from bot.app import LanternBot
from tests.integration.conftest import World


def reply(result: Any) -> str:
    """The text of an ephemeral reply (asserting it was ephemeral), followups included."""
    assert result.ephemeral, result
    response = result.response
    if response is None or (not response.content and result.followups):
        response = result.followups[-1]
    return str(response.content)


async def create_group(world: World, name: str = "evening group", **options: Any) -> ChannelHandle:
    """Create a group channel as the facilitator and return its handle."""
    text = reply(await world.facilitator.slash(world.general, "group create", name=name, **options))
    match = re.search(r"<#(\d+)>", text)
    assert match, text
    channel_id = int(match.group(1))
    return next(c for c in world.guild.channels.values() if c.id == channel_id)


def agree_posts(channel: ChannelHandle) -> list[discord.Message]:
    """Guidelines posts (with an I agree button) in a channel, oldest first."""
    return [
        message
        for message in channel.history()
        if message.author.bot
        and any(
            getattr(child, "label", None) == "I agree"
            for row in message.components
            for child in getattr(row, "children", [])
        )
    ]


def can_see(member: MemberActor, channel: ChannelHandle) -> bool:
    """Whether a member can see a channel (group access follows the participant role)."""
    return bool(member.available_commands(channel))


def dms(member: MemberActor) -> list[str]:
    """The texts the bot sent a member by DM."""
    return [m.content for m in member.user.dm_channel.history() if m.author.bot]


def bot_of(env: Env) -> LanternBot:
    """The running Lantern bot."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    return bot
