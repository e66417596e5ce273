"""/checkin and the /checkins group (history, summary, reminders, policy)."""

import io
import logging
from datetime import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.checkins.charts import trend_chart
from bot.errors import InvalidInput
from bot.prompts.occurrences import WeeklyTime
from bot.prompts.trigger import WeeklyTrigger
from bot.timeofday import parse_time_of_day
from bot.timezones import validate_timezone
from cogs._common import NO_MENTIONS, guarded
from cogs.checkins.views import AskCounselorButton, CheckinButton, CheckinModal

log = logging.getLogger(__name__)

REMINDER_TEXT = (
    "Daily check-in: how are you doing today? It takes a minute and it's anonymous: nobody in "
    "the group sees your answers. Press **Check in** below."
)


def _group_channel_id(interaction: discord.Interaction) -> int:
    """Check-ins belong to a group channel; a thread counts as its parent."""
    channel = interaction.channel
    if isinstance(channel, discord.Thread) and channel.parent_id is not None:
        return channel.parent_id
    return interaction.channel_id or 0


class Checkins(commands.Cog):
    """Anonymous check-ins and what may be seen of them."""

    checkins = app_commands.Group(
        name="checkins", description="Check-in history, trends and reminders", guild_only=True
    )

    def __init__(self, bot: LanternBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        """Register persistent buttons and rebuild the reminder jobs."""
        self.bot.add_dynamic_items(CheckinButton, AskCounselorButton)
        for reminder in await self.bot.services.checkins_store.reminders():
            await self._schedule(reminder.guild_id, reminder.channel_id, reminder.time_of_day)

    @commands.Cog.listener()
    async def on_lantern_timezone_changed(self, guild_id: int) -> None:
        """Move the guild's reminders to its new time zone."""
        for reminder in await self.bot.services.checkins_store.reminders():
            if reminder.guild_id == guild_id:
                await self._schedule(guild_id, reminder.channel_id, reminder.time_of_day)

    async def _schedule(self, guild_id: int, channel_id: int, time_of_day: str) -> None:
        config = await self.bot.services.guilds.get(guild_id)
        hour, minute = (int(part) for part in time_of_day.split(":"))
        every_day = WeeklyTime(
            frozenset(range(7)), time(hour, minute), validate_timezone(config.timezone)
        )
        self.bot.services.scheduler.add_job(
            self.post_reminder,
            # Daily at a local time, once a day across clock changes (as prompts are).
            trigger=WeeklyTrigger(every_day),
            args=(guild_id, channel_id),
            id=f"checkin-reminder-{guild_id}-{channel_id}",
            replace_existing=True,
        )

    async def post_reminder(self, guild_id: int, channel_id: int) -> None:
        """Post the daily reminder with its Check in button."""
        channel = self.bot.get_channel(channel_id)
        if not isinstance(channel, discord.TextChannel):
            log.warning(
                "check-in reminder channel is gone",
                extra={"guild_id": guild_id, "channel_id": channel_id},
            )
            return
        view = discord.ui.View(timeout=None)
        view.add_item(CheckinButton(channel_id))
        try:
            await channel.send(REMINDER_TEXT, view=view, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            log.warning(
                "could not post a check-in reminder",
                extra={"guild_id": guild_id, "status": exc.status},
            )

    @app_commands.command(name="checkin")
    @app_commands.guild_only()
    @guarded(Access.EVERYONE)
    async def checkin(self, interaction: discord.Interaction) -> None:
        """Check in anonymously: mood, cravings and use since your last check-in."""
        note_max = self.bot.services.settings.checkins.note_max_chars
        await interaction.response.send_modal(
            CheckinModal(_group_channel_id(interaction), note_max)
        )

    @checkins.command(name="history")
    @app_commands.describe(days="How many days to show (default 30)")
    @guarded(Access.EVERYONE)
    async def history(
        self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 365] = 30
    ) -> None:
        """See your own check-ins: a chart, your streak and a short summary (only you see it)."""
        assert interaction.guild_id is not None
        service = self.bot.services.checkins
        history = await service.history(interaction.guild_id, interaction.user.id, days)
        if not history.checkins:
            await interaction.response.send_message(
                f"You have no check-ins in the last {days} days. Use `/checkin` whenever you like.",
                ephemeral=True,
            )
            return
        by_day: dict[str, list[tuple[int, int]]] = {}
        for row in history.checkins:
            by_day.setdefault(row.local_day, []).append((row.mood, row.cravings))
        labels = sorted(by_day)
        mood = [sum(m for m, _ in by_day[day]) / len(by_day[day]) for day in labels]
        cravings = [sum(c for _, c in by_day[day]) / len(by_day[day]) for day in labels]
        chart = trend_chart("Your check-ins", labels, mood, cravings)
        used = sum(1 for row in history.checkins if row.used.value == "yes")
        embed = discord.Embed(title="Your check-ins", colour=discord.Colour.blurple())
        embed.description = (
            f"{len(history.checkins)} check-ins in the last {days} days · streak: "
            f"{history.streak} day{'s' if history.streak != 1 else ''}\n"
            f"Average mood {sum(mood) / len(mood):.1f}/10 · average cravings "
            f"{sum(cravings) / len(cravings):.1f}/10 · days with use: {used}"
        )
        embed.set_image(url="attachment://checkins.png")
        await interaction.response.send_message(
            embed=embed, file=discord.File(io.BytesIO(chart), "checkins.png"), ephemeral=True
        )

    @checkins.command(name="summary")
    @app_commands.describe(
        channel="One group (default: all groups)", days="How many days (default 14)"
    )
    @guarded(Access.FACILITATOR)
    async def summary(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel | None = None,
        days: app_commands.Range[int, 1, 90] = 14,
    ) -> None:
        """Group check-in trends per whole day; groups with too few people left out (facilitators)."""
        assert interaction.guild_id is not None
        summary = await self.bot.services.checkins.summary(
            interaction.guild_id, channel.id if channel else None, days
        )
        lines = []
        for cell in summary.cells:
            if cell.suppressed:
                lines.append(f"`{cell.day}` no group had {summary.k} people check in")
            else:
                used = "-" if cell.used_share is None else f"{cell.used_share:.0%}"
                lines.append(
                    f"`{cell.day}` {cell.participants} people · mood {cell.mean_mood} · "
                    f"cravings {cell.mean_cravings} · used {used}"
                )
        where = channel.mention if channel else "all groups"
        embed = discord.Embed(
            title="Check-in trends",
            description=f"{where}, last {days} days. Individual answers are never shown: a "
            f"group's day with fewer than {summary.k} people is left out of every figure, and "
            "today's check-ins appear tomorrow.\n\n" + ("\n".join(lines) or "No check-ins yet."),
        )
        visible = [cell for cell in summary.cells if not cell.suppressed]
        if not visible:
            await interaction.response.send_message(
                embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        chart = trend_chart(
            "Group check-ins",
            [cell.day for cell in summary.cells],
            [cell.mean_mood for cell in summary.cells],
            [cell.mean_cravings for cell in summary.cells],
        )
        embed.set_image(url="attachment://trends.png")
        await interaction.response.send_message(
            embed=embed,
            file=discord.File(io.BytesIO(chart), "trends.png"),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @checkins.command(name="reminders")
    @app_commands.describe(
        channel="Group channel for the daily reminder", time="Time of day, e.g. 19:00 or 7pm"
    )
    @guarded(Access.FACILITATOR)
    async def reminders(
        self, interaction: discord.Interaction, channel: discord.TextChannel, time: str
    ) -> None:
        """Post a daily check-in reminder with a Check in button (facilitators)."""
        assert interaction.guild_id is not None
        when = parse_time_of_day(time)
        mine = channel.permissions_for(channel.guild.me)
        if not (mine.view_channel and mine.send_messages):
            raise InvalidInput(
                f"I can't post in {channel.mention}: I need View Channel and Send Messages there."
            )
        text = f"{when.hour:02d}:{when.minute:02d}"
        services = self.bot.services
        await services.checkins_store.set_reminder(
            interaction.guild_id, channel.id, text, services.clock.now()
        )
        await self._schedule(interaction.guild_id, channel.id, text)
        config = await services.guilds.get(interaction.guild_id)
        await interaction.response.send_message(
            f"Daily check-in reminders will be posted in {channel.mention} at {text} ({config.timezone}).",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @checkins.command(name="reminders-off")
    @app_commands.describe(channel="Group channel whose reminder should stop")
    @guarded(Access.FACILITATOR)
    async def reminders_off(
        self, interaction: discord.Interaction, channel: discord.TextChannel
    ) -> None:
        """Stop the daily check-in reminder in a channel (facilitators)."""
        assert interaction.guild_id is not None
        removed = await self.bot.services.checkins_store.remove_reminder(
            interaction.guild_id, channel.id
        )
        job = self.bot.services.scheduler.get_job(
            f"checkin-reminder-{interaction.guild_id}-{channel.id}"
        )
        if job is not None:
            job.remove()
        await interaction.response.send_message(
            f"Reminders in {channel.mention} stopped."
            if removed
            else f"{channel.mention} had no reminder.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @checkins.command(name="policy")
    @app_commands.describe(
        reveal_on_critical="If a check-in note suggests immediate danger, alert counselors with the member's name"
    )
    @guarded(Access.MANAGER)
    async def policy(self, interaction: discord.Interaction, reveal_on_critical: bool) -> None:
        """Choose whether a check-in note suggesting immediate danger reveals who wrote it (Manage Server)."""
        assert interaction.guild_id is not None
        services = self.bot.services
        await services.guilds.update(
            interaction.guild_id,
            services.clock.now(),
            checkin_critical_reveals_identity=reveal_on_critical,
        )
        await interaction.response.send_message(
            "Saved. A check-in note suggesting immediate danger will alert counselors "
            + (
                "with the member's name."
                if reveal_on_critical
                else "without the member's name (pseudonym only)."
            )
            + " Make sure your group guidelines say so.",
            ephemeral=True,
        )
