"""/help: the commands the caller may use, grouped by who they are for."""

from collections.abc import Iterator

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access, allows, audience
from bot.app import LanternBot
from bot.store.guilds import GuildConfig
from cogs._common import NO_MENTIONS, access_of, actor_of, guarded

_ORDER = (Access.EVERYONE, Access.STAFF, Access.FACILITATOR, Access.COUNSELOR, Access.MANAGER)


def command_leaves(
    tree: app_commands.CommandTree,
) -> Iterator[tuple[str, str, Access]]:
    """Every invocable command as (how to invoke it, description, access)."""
    for command in tree.get_commands():
        if isinstance(command, app_commands.ContextMenu):
            yield f"{command.name} (message menu)", "Right-click a message → Apps", Access.EVERYONE
        elif isinstance(command, app_commands.Group):
            for leaf in command.walk_commands():
                if isinstance(leaf, app_commands.Command):
                    yield f"/{leaf.qualified_name}", leaf.description, access_of(leaf.callback)
        else:
            yield f"/{command.qualified_name}", command.description, access_of(command.callback)


def markdown_table(tree: app_commands.CommandTree) -> str:
    """Every command as a Markdown table, grouped by who may use it (for the README)."""
    rows = sorted(command_leaves(tree), key=lambda row: (_ORDER.index(row[2]), row[0].lstrip("/")))
    lines = ["| Command | Who can use it | What it does |", "| --- | --- | --- |"]
    for name, description, access in rows:
        lines.append(f"| `{name}` | {audience(access)} | {description.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


class Help(commands.Cog):
    """The /help command."""

    def __init__(self, bot: LanternBot) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    @guarded(Access.EVERYONE, guild_only=False)
    async def help(self, interaction: discord.Interaction) -> None:
        """List the Lantern commands you can use here."""
        actor = actor_of(interaction.user)
        config = (
            await self.bot.services.guilds.get(interaction.guild_id)
            if interaction.guild_id is not None
            else GuildConfig(guild_id=0)
        )
        embed = discord.Embed(
            title="Lantern commands you can use",
            colour=discord.Colour.blurple(),
            description="Lantern supports your peer group between sessions. "
            "If you are in crisis right now, use `/resources` or call your local emergency number.",
        )
        sections: dict[Access, list[str]] = {}
        for name, description, access in command_leaves(self.bot.tree):
            if allows(access, actor, config):
                sections.setdefault(access, []).append(f"`{name}`: {description}")
        for access in _ORDER:
            lines = sections.get(access)
            if lines:
                embed.add_field(
                    name=f"For {audience(access)}", value="\n".join(lines)[:1024], inline=False
                )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def setup(bot: LanternBot) -> None:
    """Load the help command."""
    await bot.add_cog(Help(bot))
