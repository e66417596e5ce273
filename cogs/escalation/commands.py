"""Escalation commands: flagging, /escalate, /escalations, /oncall and /resources."""

from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.errors import InvalidInput
from bot.escalation.model import Escalation, Report, Source, Status, max_severity
from bot.safety import assess
from bot.tree import reply_ephemeral
from cogs._common import NO_MENTIONS, LanternModal, LanternView, guarded, lantern
from cogs.escalation.delivery import DeliveryWorker
from cogs.escalation.monitor import reasons_of
from cogs.escalation.views import (
    AlertButton,
    OpenAlertButton,
    ResourcesButton,
    send_resources,
    show_escalation,
)

PER_PAGE = 8
FLAG_THANKS = (
    "Thank you for looking out for your peer. A counselor has been told and will follow up. "
    "The person who wrote the message will not be told who flagged it."
)


class FlagModal(LanternModal):
    """Optional reason for flagging a message to a counselor."""

    reason: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Anything a counselor should know?",
        custom_id="reason",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=500,
    )

    def __init__(self, message: discord.Message) -> None:
        super().__init__(title="Flag for a counselor")
        self.message = message

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Open (or add to) an escalation about the message's author."""
        message = self.message
        assert interaction.guild_id is not None
        assessment = assess(message.content or "")
        category = str(getattr(assessment.category, "value", assessment.category))
        severity = str(getattr(assessment.severity, "value", assessment.severity))
        services = lantern(interaction).services
        monitor = interaction.client.get_cog("Monitor")  # type: ignore[attr-defined]
        context = monitor.recent.before(message.channel.id, message.id) if monitor else ()
        await services.escalations.report(
            Report(
                guild_id=interaction.guild_id,
                source=Source.FLAG,
                category=category if assessment.escalate else "other",
                # A peer's worry always reaches a counselor, at medium severity at least.
                severity=max_severity(severity, "medium"),
                channel_id=message.channel.id,
                message_id=message.id,
                member_id=message.author.id,
                member_name=message.author.display_name,
                reporter_id=interaction.user.id,
                excerpt=message.content or "(no text)",
                context=context,
                reasons=reasons_of(message.content or "", assessment),
                note=self.reason.value or None,
            )
        )
        await interaction.response.send_message(FLAG_THANKS, ephemeral=True)


class EscalationListView(LanternView):
    """Pages through escalations for a counselor."""

    def __init__(
        self, owner_id: int, guild_id: int, status: str | None, severity: str | None
    ) -> None:
        super().__init__(timeout=600)
        self.owner_id = owner_id
        self.guild_id = guild_id
        self.status = status
        self.severity = severity
        self.page = 0

    async def render(self, client: discord.Client) -> discord.Embed:
        """The current page as an embed; disables arrows at the ends."""
        service = client.services.escalations  # type: ignore[attr-defined]
        rows, total = await service.search(
            self.guild_id, self.status, self.severity, self.page, PER_PAGE
        )
        pages = max(1, (total + PER_PAGE - 1) // PER_PAGE)
        embed = discord.Embed(
            title=f"Escalations ({self.status or 'open and acknowledged'}"
            + (f", {self.severity}" if self.severity else "")
            + ")",
            description="\n".join(_summary(row) for row in rows) or "Nothing here.",
        )
        embed.set_footer(text=f"Page {self.page + 1} of {pages} · {total} in all · overdue first")
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page + 1 >= pages
        return embed

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Only the counselor who asked may turn the pages."""
        return interaction.user.id == self.owner_id

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        """Show the previous page."""
        self.page = max(0, self.page - 1)
        await interaction.response.edit_message(
            embed=await self.render(interaction.client), view=self
        )

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        """Show the next page."""
        self.page += 1
        await interaction.response.edit_message(
            embed=await self.render(interaction.client), view=self
        )


def _summary(row: Escalation) -> str:
    overdue = " **overdue**" if row.overdue and row.status is Status.OPEN else ""
    who = f"<@{row.member_id}>" if row.member_id else (row.pseudonym or "anonymous")
    return (
        f"`#{row.id}` {row.severity} · {row.category.replace('_', ' ')} · {who} · "
        f"{row.status.value.replace('_', ' ')}{overdue} · {discord.utils.format_dt(row.created_at, 'R')}"
    )


class Escalations(commands.Cog):
    """Counselor tools and the ways anyone can ask a counselor for help."""

    escalations = app_commands.Group(
        name="escalations", description="Counselor tools for alerts", guild_only=True
    )
    oncall = app_commands.Group(
        name="oncall", description="Who is paged by DM for alerts", guild_only=True
    )

    def __init__(self, bot: LanternBot) -> None:
        self.bot = bot
        self.worker = DeliveryWorker(bot)
        self.flag_menu = app_commands.ContextMenu(name="Flag for counselor", callback=self.flag)
        self.flag_menu.guild_only = True

    async def cog_load(self) -> None:
        """Register persistent buttons and recover undelivered alerts and missed pages."""
        self.bot.tree.add_command(self.flag_menu)
        self.bot.add_dynamic_items(AlertButton, OpenAlertButton, ResourcesButton)
        self.bot.services.escalations.set_notifier(self.worker.kick)
        self.worker.kick()

    async def cog_unload(self) -> None:
        """Remove the context menu."""
        self.bot.tree.remove_command(self.flag_menu.name, type=self.flag_menu.type)

    @guarded(Access.EVERYONE)
    async def flag(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """Privately ask a counselor to look at a message that worries you."""
        if message.author.bot:
            raise InvalidInput("Messages from bots can't be flagged. Nothing was sent.")
        await interaction.response.send_modal(FlagModal(message))

    @app_commands.command(name="resources")
    @guarded(Access.EVERYONE, guild_only=False)
    async def resources(self, interaction: discord.Interaction) -> None:
        """Show crisis lines and support resources, privately."""
        await send_resources(interaction, interaction.guild_id)

    @app_commands.command(name="escalate")
    @app_commands.describe(
        member="The member who may need a counselor",
        reason="What you noticed (only counselors see this)",
        severity="How urgent (default: high)",
        category="What it is about (default: other)",
    )
    @app_commands.guild_only()
    @guarded(Access.STAFF)
    async def escalate(
        self,
        interaction: discord.Interaction,
        member: discord.Member,
        reason: app_commands.Range[str, 1, 1000],
        severity: Literal["medium", "high", "critical"] = "high",
        category: Literal[
            "suicide", "self_harm", "overdose", "relapse", "violence", "abuse", "other"
        ] = "other",
    ) -> None:
        """Ask counselors to reach out to a member (facilitators and counselors)."""
        assert interaction.guild_id is not None
        if member.bot:
            raise InvalidInput("Bots can't be escalated. Nothing was sent.")
        outcome = await self.bot.services.escalations.report(
            Report(
                guild_id=interaction.guild_id,
                source=Source.STAFF,
                category=category,
                severity=severity,
                channel_id=interaction.channel_id,
                member_id=member.id,
                member_name=member.display_name,
                reporter_id=interaction.user.id,
                excerpt=reason,
                note=reason,
            )
        )
        word = "opened" if outcome.created else "added to the open"
        await interaction.response.send_message(
            f"Thank you. Escalation #{outcome.escalation.id} {word} for {member.mention}; "
            "counselors have been alerted.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @escalations.command(name="list")
    @app_commands.describe(
        status="Which escalations (default: open and acknowledged)", severity="Only this severity"
    )
    @guarded(Access.COUNSELOR)
    async def list_escalations(
        self,
        interaction: discord.Interaction,
        status: Literal["open", "acknowledged", "resolved", "false_alarm"] | None = None,
        severity: Literal["critical", "high", "medium", "low"] | None = None,
    ) -> None:
        """List escalations, overdue first (counselors)."""
        assert interaction.guild_id is not None
        view = EscalationListView(interaction.user.id, interaction.guild_id, status, severity)
        embed = await view.render(interaction.client)
        await interaction.response.send_message(
            embed=embed, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @escalations.command(name="show")
    @app_commands.describe(id="The escalation number")
    @guarded(Access.COUNSELOR)
    async def show(self, interaction: discord.Interaction, id: app_commands.Range[int, 1]) -> None:
        """Show one escalation with its full history (counselors)."""
        await show_escalation(interaction, id)

    @oncall.command(name="start")
    @guarded(Access.COUNSELOR)
    async def oncall_start(self, interaction: discord.Interaction) -> None:
        """Go on call: critical alerts and re-pages also reach you by DM (counselors)."""
        assert interaction.guild_id is not None
        added = await self.bot.services.escalations.set_rota(
            interaction.guild_id, interaction.user.id, "oncall", True
        )
        await reply_ephemeral(
            interaction,
            "You're on call. Critical alerts and re-pages will also reach you by direct message."
            if added
            else "You were already on call.",
        )

    @oncall.command(name="stop")
    @guarded(Access.COUNSELOR)
    async def oncall_stop(self, interaction: discord.Interaction) -> None:
        """Go off call (counselors)."""
        assert interaction.guild_id is not None
        removed = await self.bot.services.escalations.set_rota(
            interaction.guild_id, interaction.user.id, "oncall", False
        )
        message = "You're off call. Thank you." if removed else "You weren't on call."
        on_call = await self.bot.services.escalations.rota(interaction.guild_id, "oncall")
        if removed and not on_call:
            message += (
                " Nobody is on call now: alerts will only be posted in the counselors channel."
            )
        await reply_ephemeral(interaction, message)

    @oncall.command(name="list")
    @guarded(Access.COUNSELOR)
    async def oncall_list(self, interaction: discord.Interaction) -> None:
        """Show who is on call and who the backup contacts are (counselors)."""
        assert interaction.guild_id is not None
        service = self.bot.services.escalations
        embed = discord.Embed(title="On call")
        for kind, title in (("oncall", "On call"), ("backup", "Backup contacts")):
            people = await service.rota(interaction.guild_id, kind)
            embed.add_field(
                name=title,
                value="\n".join(
                    f"<@{user}> since {discord.utils.format_dt(since, 'R')}"
                    for user, since in people
                )
                or "Nobody",
                inline=False,
            )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @oncall.command(name="backup-add")
    @app_commands.describe(user="Paged by DM when an alert is overdue")
    @guarded(Access.COUNSELOR)
    async def backup_add(self, interaction: discord.Interaction, user: discord.Member) -> None:
        """Add a backup contact, paged when an alert stays unacknowledged (counselors)."""
        assert interaction.guild_id is not None
        if user.bot:
            raise InvalidInput("A bot can't be a backup contact. Nothing was changed.")
        added = await self.bot.services.escalations.set_rota(
            interaction.guild_id, user.id, "backup", True
        )
        await reply_ephemeral(
            interaction,
            f"{user.mention} is now a backup contact."
            if added
            else f"{user.mention} already is one.",
        )

    @oncall.command(name="backup-remove")
    @app_commands.describe(user="The backup contact to remove")
    @guarded(Access.COUNSELOR)
    async def backup_remove(self, interaction: discord.Interaction, user: discord.Member) -> None:
        """Remove a backup contact (counselors)."""
        assert interaction.guild_id is not None
        removed = await self.bot.services.escalations.set_rota(
            interaction.guild_id, user.id, "backup", False
        )
        await reply_ephemeral(
            interaction,
            f"{user.mention} is no longer a backup contact."
            if removed
            else f"{user.mention} wasn't one.",
        )
