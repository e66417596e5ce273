"""/group: create and run closed peer-group channels, their guidelines and their moderation.

Every command is for facilitators (or members with Manage Server), checked at run time. The
group has no ``default_permissions``: facilitators are a role, not a Discord permission, so
hiding the commands in the client would hide them from the people who need them.
"""

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.errors import InvalidInput
from bot.groups import permissions as perms
from bot.groups.feature import Groups
from bot.groups.model import GroupChannel
from bot.groups.moderation import RULE_NAMES, Rule
from cogs._common import NO_MENTIONS, guarded
from cogs.groups.channels import (
    adopt_channel,
    create_group_channel,
    other_audiences,
    require_in_channel,
    set_participants,
)
from cogs.groups.consent import GuidelinesModal, post_guidelines
from cogs.groups.shared import COG_NAME, GUIDELINES_COLOUR

RuleName = Literal["contact", "harassment", "sourcing", "mentions", "spam"]


def _group_line(group: GroupChannel) -> str:
    if not group.active:
        return f"<#{group.channel_id}> · archived"
    state = group.session_state.value if group.session_state else "open"
    return f"<#{group.channel_id}> · session {state}"


class GroupCommands(commands.Cog, name=COG_NAME):
    """Peer-group channels, guidelines and moderation settings."""

    group = app_commands.Group(
        name="group",
        description="Peer-group channels: create, guidelines, moderation (facilitators)",
        guild_only=True,
    )

    def __init__(self, bot: LanternBot, groups: Groups) -> None:
        self.bot = bot
        self.groups = groups

    async def _reply(self, interaction: discord.Interaction, text: str) -> None:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )

    # Channels ---------------------------------------------------------------------------------

    @group.command(name="create")
    @app_commands.describe(name="Name of the group channel", topic="Optional channel topic")
    @guarded(Access.FACILITATOR)
    async def create(
        self, interaction: discord.Interaction, name: str, topic: str | None = None
    ) -> None:
        """Create a closed group channel that only participants and staff can see."""
        guild = interaction.guild
        assert guild is not None
        config = await self.bot.services.guilds.get(guild.id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        channel = await create_group_channel(guild, config, name, topic)
        await self.groups.channels.register(guild.id, channel.id, channel.name, interaction.user.id)
        await self._reply(
            interaction,
            f"Created {channel.mention} in **Peer groups**. Only participants, facilitators and "
            "counselors can see it. Next: post the guidelines where newcomers can see them with "
            "`/group guidelines`, and set session times with `/session schedule`.",
        )

    @group.command(name="adopt")
    @app_commands.describe(channel="An existing text channel to run as a group")
    @guarded(Access.FACILITATOR)
    async def adopt(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Turn an existing channel into a closed group channel (same permissions as create)."""
        assert interaction.guild is not None
        config = await self.bot.services.guilds.get(interaction.guild.id)
        await adopt_channel(channel, config)
        await self.groups.channels.register(
            interaction.guild.id, channel.id, channel.name, interaction.user.id
        )
        extra = other_audiences(channel, config)
        warning = (
            "\n⚠️ These also have their own access to the channel; check they should see the "
            f"group: {', '.join(extra)}."
            if extra
            else ""
        )
        await self._reply(
            interaction,
            f"{channel.mention} is now a group channel: hidden from everyone else, open to "
            f"participants, facilitators and counselors.{warning}",
        )

    @group.command(name="list")
    @guarded(Access.FACILITATOR)
    async def listing(self, interaction: discord.Interaction) -> None:
        """List this server's group channels and whether their sessions are open."""
        assert interaction.guild_id is not None
        groups = await self.groups.channels.listing(interaction.guild_id)
        if not groups:
            await self._reply(interaction, "There are no group channels yet. Try `/group create`.")
            return
        embed = discord.Embed(
            title="Group channels",
            description="\n".join(_group_line(group) for group in groups)[:4000],
            colour=GUIDELINES_COLOUR,
        )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @group.command(name="archive")
    @app_commands.describe(channel="The group channel to archive")
    @guarded(Access.FACILITATOR)
    async def archive(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Archive a group: participants can still read it but no longer post; history is kept."""
        assert interaction.guild is not None
        config = await self.bot.services.guilds.get(interaction.guild.id)
        await self.groups.channels.get_active(interaction.guild.id, channel.id)
        require_in_channel(channel, perms.TO_EDIT_CHANNEL)
        # Recorded first; the archived group's session jobs find no schedule and stop.
        await self.groups.channels.archive(interaction.guild.id, channel.id)
        await set_participants(channel, config, perms.ARCHIVED)
        await self._reply(
            interaction,
            f"{channel.mention} is archived: participants can read it but no longer post, its "
            "session schedules are removed, and its history is kept. `/group adopt` reopens it.",
        )

    @group.command(name="exclude")
    @app_commands.describe(channel="An off-topic channel where risk monitoring should stop")
    @guarded(Access.FACILITATOR)
    async def exclude(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Stop risk monitoring in an off-topic channel (crisis messages there won't alert)."""
        assert interaction.guild_id is not None
        await self.groups.channels.set_excluded(interaction.guild_id, channel.id, True)
        await self._reply(
            interaction,
            f"⚠️ Risk monitoring is now **off** in {channel.mention}. If someone posts there that "
            "they are in danger, counselors will **not** be alerted. Use this only for off-topic "
            f"channels, never for groups. `/group include channel:#{channel.name}` turns it back on.",
        )

    @group.command(name="include")
    @app_commands.describe(channel="A channel where risk monitoring should resume")
    @guarded(Access.FACILITATOR)
    async def include(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Resume risk monitoring in a channel that was excluded."""
        assert interaction.guild_id is not None
        await self.groups.channels.set_excluded(interaction.guild_id, channel.id, False)
        await self._reply(interaction, f"Risk monitoring is on in {channel.mention}.")

    # Guidelines -------------------------------------------------------------------------------

    @group.command(name="guidelines")
    @app_commands.describe(channel="Where to post them: a channel newcomers can see")
    @guarded(Access.FACILITATOR)
    async def guidelines(
        self, interaction: discord.Interaction, channel: discord.TextChannel
    ) -> None:
        """Post and pin the group guidelines with an I agree button that grants access."""
        assert interaction.guild_id is not None
        require_in_channel(channel, perms.TO_POST_GUIDELINES)
        current = await self.groups.guidelines.current(interaction.guild_id)
        try:
            message = await post_guidelines(channel, current, self.groups)
        except discord.Forbidden:
            raise InvalidInput(
                f"Discord refused the post in {channel.mention}: I need **Send Messages** and "
                "**Embed Links** there."
            ) from None
        await self._reply(
            interaction,
            f"Posted and pinned the guidelines (version {current.version}) in {channel.mention}: "
            f"{message.jump_url}\nMembers who press **I agree** get the participant role.",
        )

    @group.command(name="guidelines-edit")
    @guarded(Access.FACILITATOR)
    async def guidelines_edit(self, interaction: discord.Interaction) -> None:
        """Change the group guidelines; everyone is asked to agree to the new version."""
        assert interaction.guild_id is not None
        current = await self.groups.guidelines.current(interaction.guild_id)
        await interaction.response.send_modal(GuidelinesModal(current))

    # Moderation -------------------------------------------------------------------------------

    @group.command(name="moderation")
    @app_commands.describe(
        rule="Which rule to switch (leave empty to see the settings)",
        enabled="On or off",
    )
    @guarded(Access.FACILITATOR)
    async def moderation(
        self,
        interaction: discord.Interaction,
        rule: RuleName | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Switch a moderation rule on or off for this server, or show the settings."""
        assert interaction.guild_id is not None
        service = self.groups.moderation
        if rule is None:
            settings = service.settings(interaction.guild_id)
        elif enabled is None:
            raise InvalidInput("Say whether to switch the rule on or off (`enabled`).")
        else:
            settings = await service.switch(interaction.guild_id, Rule(rule), enabled)
        embed = discord.Embed(
            title="Group moderation",
            description="\n".join(settings.describe()),
            colour=GUIDELINES_COLOUR,
        )
        changed = (
            f"{RULE_NAMES[Rule(rule)].capitalize()}: {'on' if enabled else 'off'}."
            if rule is not None
            else None
        )
        await interaction.response.send_message(
            changed, embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @group.command(name="moderation-limits")
    @app_commands.describe(
        warnings="Harassment warnings before a timeout",
        window_hours="Hours over which warnings add up",
        timeout_minutes="Timeout after too many warnings",
        flood_timeout_minutes="Timeout for mention floods and spam bursts",
        shares_per_hour="Anonymous shares per member per hour",
        modlog_excerpts="Show message excerpts in the moderation log",
    )
    @guarded(Access.FACILITATOR)
    async def moderation_limits(
        self,
        interaction: discord.Interaction,
        warnings: int | None = None,
        window_hours: int | None = None,
        timeout_minutes: int | None = None,
        flood_timeout_minutes: int | None = None,
        shares_per_hour: int | None = None,
        modlog_excerpts: bool | None = None,
    ) -> None:
        """Change the moderation limits: warnings, timeouts, share rate, log excerpts."""
        assert interaction.guild_id is not None
        settings = await self.groups.moderation.set_limits(
            interaction.guild_id,
            warnings_before_timeout=warnings,
            warning_window_hours=window_hours,
            timeout_minutes=timeout_minutes,
            flood_timeout_minutes=flood_timeout_minutes,
            shares_per_hour=shares_per_hour,
            modlog_excerpts=modlog_excerpts,
        )
        embed = discord.Embed(
            title="Group moderation",
            description="\n".join(settings.describe()),
            colour=GUIDELINES_COLOUR,
        )
        await interaction.response.send_message(
            "Saved.", embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @group.command(name="moderation-log")
    @guarded(Access.FACILITATOR)
    async def moderation_log(self, interaction: discord.Interaction) -> None:
        """Show the latest moderation actions in this server's groups."""
        assert interaction.guild_id is not None
        actions = await self.groups.moderation.recent(interaction.guild_id)
        if not actions:
            await self._reply(interaction, "No moderation actions yet.")
            return
        lines = []
        for action in actions:
            who = f"<@{action.member_id}>" if action.member_id else f"“{action.pseudonym}”"
            where = f" in <#{action.channel_id}>" if action.channel_id else ""
            when = discord.utils.format_dt(action.created_at, "R")
            lines.append(f"{when} · {who}{where} · {action.detail} → {action.action}")
        embed = discord.Embed(
            title="Recent moderation", description="\n".join(lines)[:4000], colour=GUIDELINES_COLOUR
        )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
