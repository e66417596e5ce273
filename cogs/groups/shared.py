"""What the groups adapters share: the feature's services, the member's standing, links."""

from typing import cast

import discord
from discord.ext import commands

from bot.access import Access, allows
from bot.groups.feature import Groups
from bot.store.guilds import GuildConfig
from cogs._common import actor_of

# The cog that owns the /group commands also holds the feature's services; buttons and modals
# (which outlive any one interaction) find them through it.
COG_NAME = "Groups"
GUIDELINES_COLOUR = discord.Colour.teal()


def groups_of(client: discord.Client) -> Groups:
    """The groups services of a running bot."""
    cog = cast(commands.Bot, client).get_cog(COG_NAME)
    groups = getattr(cog, "groups", None)
    if not isinstance(groups, Groups):
        raise RuntimeError("the groups feature is not loaded")
    return groups


def is_staff(member: discord.Member | discord.User, config: GuildConfig) -> bool:
    """Facilitators, counselors and server managers: exempt from removal and consent checks."""
    return allows(Access.STAFF, actor_of(member), config)


def has_role(member: discord.Member | discord.User, role_id: int | None) -> bool:
    """Whether a member holds a role."""
    if role_id is None or not isinstance(member, discord.Member):
        return False
    return any(role.id == role_id for role in member.roles)


def jump_url(guild_id: int, channel_id: int, message_id: int) -> str:
    """A link to a message."""
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"
