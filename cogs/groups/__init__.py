"""Moderated peer-group channels: /group, /session, /share, consent buttons and moderation."""

from bot.app import LanternBot
from bot.services import build_groups
from cogs.groups.commands import GroupCommands
from cogs.groups.consent import AgreeButton
from cogs.groups.moderation import Moderator
from cogs.groups.sessions import Sessions
from cogs.groups.share import Share


async def setup(bot: LanternBot) -> None:
    """Build the groups services, load their cogs and persistent buttons, register their data."""
    groups = await build_groups(bot.services)
    bot.add_dynamic_items(AgreeButton)
    for cog in (
        GroupCommands(bot, groups),
        Sessions(bot, groups),
        Moderator(bot, groups),
        Share(bot, groups),
    ):
        await bot.add_cog(cog)
