"""/session: open and close group channels by hand, or on a weekly schedule.

Facilitators (or Manage Server) only, checked at run time; no ``default_permissions`` for the
same reason as /group.
"""

import asyncio
import contextlib

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.groups.feature import Groups
from bot.groups.model import SessionState
from bot.groups.schedule import REMINDER_BEFORE
from bot.timezones import suggest_timezones
from cogs._common import NO_MENTIONS, guarded
from cogs.groups.session_jobs import SessionJobs, next_change_line
from cogs.groups.shared import GUIDELINES_COLOUR


class Sessions(commands.Cog):
    """Group sessions: open, close and weekly schedules."""

    session = app_commands.Group(
        name="session",
        description="Open and close group channels, now or on a schedule (facilitators)",
        guild_only=True,
    )

    def __init__(self, bot: LanternBot, groups: Groups) -> None:
        self.bot = bot
        self.groups = groups
        self.jobs = SessionJobs(bot, groups)
        self._catch_up: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        """Register every schedule's jobs, then apply what was missed once connected."""
        for schedule in await self.groups.sessions.every_schedule():
            self.jobs.register(schedule)
        self._catch_up = asyncio.get_running_loop().create_task(self.jobs.catch_up())

    async def cog_unload(self) -> None:
        """Stop the catch-up and remove the session jobs."""
        if self._catch_up is not None:
            self._catch_up.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._catch_up
        self.jobs.unregister_all()

    async def _change(
        self, interaction: discord.Interaction, channel: discord.TextChannel, state: SessionState
    ) -> None:
        assert interaction.guild_id is not None
        await self.groups.channels.get_active(interaction.guild_id, channel.id)
        self.jobs.check(channel)
        note = await self.jobs.apply(interaction.guild_id, channel.id, state)
        await interaction.response.send_message(
            f"Done. Posted in {channel.mention}: {note}",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @session.command(name="open")
    @app_commands.describe(channel="The group channel to open")
    @guarded(Access.FACILITATOR)
    async def open(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Open a group channel now: participants can post."""
        await self._change(interaction, channel, SessionState.OPEN)

    @session.command(name="close")
    @app_commands.describe(channel="The group channel to close")
    @guarded(Access.FACILITATOR)
    async def close(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Close a group channel now: participants can read but not post."""
        await self._change(interaction, channel, SessionState.CLOSED)

    @session.command(name="schedule")
    @app_commands.describe(
        channel="The group channel",
        days="e.g. mon,wed,fri · weekdays · daily · tue-thu",
        start="Opening time, e.g. 18:00 or 6pm",
        end="Closing time, e.g. 19:30 (earlier than start means the next day)",
        timezone="IANA time zone (default: the server's, from /setup region)",
    )
    @guarded(Access.FACILITATOR)
    async def schedule(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        days: str,
        start: str,
        end: str,
        timezone: str | None = None,
    ) -> None:
        """Open and close a group channel every week at set times, with a reminder before."""
        assert interaction.guild_id is not None
        await self.groups.channels.get_active(interaction.guild_id, channel.id)
        self.jobs.check(channel)
        saved = await self.groups.sessions.schedule(
            guild_id=interaction.guild_id,
            channel_id=channel.id,
            days=days,
            opens=start,
            closes=end,
            timezone=timezone,
            created_by=interaction.user.id,
        )
        self.jobs.register(saved)
        minutes = int(REMINDER_BEFORE.total_seconds() // 60)
        await interaction.response.send_message(
            f"Session schedule #{saved.id} saved for {channel.mention}: "
            f"{saved.times.describe()}. A reminder is posted {minutes} minutes before each "
            "session; times follow local time, also across daylight-saving changes.\n"
            f"{next_change_line(saved, self.bot.services.clock.now())}",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @schedule.autocomplete("timezone")
    async def _timezones(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=zone, value=zone) for zone in suggest_timezones(current)]

    @session.command(name="list")
    @app_commands.describe(channel="Only this group channel (optional)")
    @guarded(Access.FACILITATOR)
    async def listing(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """List the session schedules with their next opening."""
        assert interaction.guild_id is not None
        found = await self.groups.sessions.listing(
            interaction.guild_id, channel.id if channel else None
        )
        if not found:
            await interaction.response.send_message(
                "No session schedules yet. Add one with `/session schedule`.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        now = self.bot.services.clock.now()
        embed = discord.Embed(
            title="Session schedules",
            description="\n".join(next_change_line(s, now) for s in found)[:4000],
            colour=GUIDELINES_COLOUR,
        )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @session.command(name="unschedule")
    @app_commands.describe(id="The schedule number from /session list")
    @guarded(Access.FACILITATOR)
    async def unschedule(self, interaction: discord.Interaction, id: int) -> None:
        """Remove a session schedule (the channel stays as it is now)."""
        assert interaction.guild_id is not None
        removed = await self.groups.sessions.unschedule(interaction.guild_id, id)
        self.jobs.unregister(removed.id)
        await interaction.response.send_message(
            f"Session schedule #{removed.id} for <#{removed.channel_id}> removed. The channel "
            "stays as it is now; use `/session open` or `/session close` to change it.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
