"""/setup: roles, private channels, region and time zone, and a summary of what is set."""

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.guild_setup import ChannelFacts, RoleFacts
from bot.store.guilds import GuildConfig
from bot.timezones import suggest_timezones
from cogs._common import NO_MENTIONS, guarded, lantern

# What the bot needs in the counselors and modlog channels to deliver alerts and logs.
_CHANNEL_NEEDS = ("view_channel", "send_messages", "embed_links", "read_message_history")


def role_facts(role: discord.Role) -> RoleFacts:
    """The facts the setup rules need about a role."""
    return RoleFacts(
        id=role.id, name=role.name, is_default=role.is_default(), is_managed=role.managed
    )


def channel_facts(channel: discord.TextChannel, config: GuildConfig) -> ChannelFacts:
    """The facts the setup rules need about a channel: can the bot post, can participants see."""
    guild = channel.guild
    mine = channel.permissions_for(guild.me)
    missing = tuple(
        name.replace("_", " ").title() for name in _CHANNEL_NEEDS if not getattr(mine, name)
    )
    audiences: list[discord.Role] = [guild.default_role]
    if config.participant_role_id is not None:
        participant = guild.get_role(config.participant_role_id)
        if participant is not None:
            audiences.append(participant)
    visible = any(channel.permissions_for(role).view_channel for role in audiences)
    return ChannelFacts(
        id=channel.id, name=channel.name, bot_missing=missing, visible_to_participants=visible
    )


def _mention(kind: str, value: int | None) -> str:
    if value is None:
        return "not set"
    return f"<@&{value}>" if kind == "role" else f"<#{value}>"


def config_embed(config: GuildConfig) -> discord.Embed:
    """A summary of the server's configuration and what is still missing."""
    embed = discord.Embed(title="Lantern setup", colour=discord.Colour.blurple())
    embed.add_field(
        name="Roles",
        value=(
            f"Participant: {_mention('role', config.participant_role_id)}\n"
            f"Facilitator: {_mention('role', config.facilitator_role_id)}\n"
            f"Counselor: {_mention('role', config.counselor_role_id)}"
        ),
        inline=False,
    )
    embed.add_field(
        name="Channels",
        value=(
            f"Counselor alerts: {_mention('channel', config.counselors_channel_id)}\n"
            f"Moderation log: {_mention('channel', config.modlog_channel_id)}"
        ),
        inline=False,
    )
    embed.add_field(
        name="Region and time zone",
        value=f"Crisis resources: {config.region}\nTime zone: {config.timezone}",
        inline=False,
    )
    missing = config.missing()
    embed.add_field(
        name="Still needed",
        value=(
            "Nothing: Lantern is fully set up."
            if not missing
            else "\n".join(f"• {item}" for item in missing)
            + "\nUse `/setup roles` and `/setup channels`."
        ),
        inline=False,
    )
    return embed


class Setup(commands.Cog):
    """Server configuration commands, for members with Manage Server."""

    setup = app_commands.Group(
        name="setup",
        description="Configure Lantern for this server (Manage Server only)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: LanternBot) -> None:
        self.bot = bot

    @setup.command(name="roles")
    @app_commands.describe(
        participant="Role for group members",
        facilitator="Role for staff who run groups",
        counselor="Role for staff who receive risk alerts",
    )
    @guarded(Access.MANAGER)
    async def roles(
        self,
        interaction: discord.Interaction,
        participant: discord.Role,
        facilitator: discord.Role,
        counselor: discord.Role,
    ) -> None:
        """Choose the participant, facilitator and counselor roles."""
        assert interaction.guild_id is not None
        config = await self.bot.services.guild_setup.set_roles(
            interaction.guild_id,
            role_facts(participant),
            role_facts(facilitator),
            role_facts(counselor),
        )
        await interaction.response.send_message(
            "Roles saved.", embed=config_embed(config), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @setup.command(name="channels")
    @app_commands.describe(
        counselors="Private channel where counselors receive alerts",
        modlog="Private channel for the moderation log",
    )
    @guarded(Access.MANAGER)
    async def channels(
        self,
        interaction: discord.Interaction,
        counselors: discord.TextChannel,
        modlog: discord.TextChannel,
    ) -> None:
        """Choose the counselor alerts channel and the moderation log channel."""
        assert interaction.guild_id is not None
        services = lantern(interaction).services
        current = await services.guilds.get(interaction.guild_id)
        config = await services.guild_setup.set_channels(
            interaction.guild_id, channel_facts(counselors, current), channel_facts(modlog, current)
        )
        await interaction.response.send_message(
            "Channels saved.",
            embed=config_embed(config),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @setup.command(name="region")
    @app_commands.describe(
        region="Which crisis lines to show (INTL: international directory)",
        timezone="IANA time zone for schedules, e.g. America/New_York",
    )
    @guarded(Access.MANAGER)
    async def region(
        self,
        interaction: discord.Interaction,
        region: Literal["US", "CA", "UK", "IE", "AU", "NZ", "INTL"],
        timezone: str,
    ) -> None:
        """Set the region for crisis resources and the server's time zone."""
        assert interaction.guild_id is not None
        config = await self.bot.services.guild_setup.set_region(
            interaction.guild_id, region, timezone
        )
        # Features that follow the server's time zone (check-in reminders) reschedule.
        self.bot.dispatch("lantern_timezone_changed", interaction.guild_id)
        await interaction.response.send_message(
            "Region and time zone saved.",
            embed=config_embed(config),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @region.autocomplete("timezone")
    async def _timezone_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=zone, value=zone) for zone in suggest_timezones(current)]

    @setup.command(name="show")
    @guarded(Access.MANAGER)
    async def show(self, interaction: discord.Interaction) -> None:
        """Show this server's Lantern configuration and what is still missing."""
        assert interaction.guild_id is not None
        config = await self.bot.services.guilds.get(interaction.guild_id)
        await interaction.response.send_message(
            embed=config_embed(config), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def setup(bot: LanternBot) -> None:
    """Load the setup commands."""
    await bot.add_cog(Setup(bot))
