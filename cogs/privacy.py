"""/privacy, /my-data and /forget-me, and the daily retention purge."""

import io
import json
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from cogs._common import NO_MENTIONS, LanternView, guarded, lantern

log = logging.getLogger(__name__)

PRIVACY_TEXT = """\
**What Lantern stores about you, and who can see it**

• **Check-ins** are anonymous. They are stored under a code made from your account with a \
secret key, never your name or Discord id. Nobody in your group can see your answers; \
facilitators only see group averages of whole days when at least {k} people checked in. \
Counselors see your answers only when you ask one to reach out, or when your note suggests \
you may be in danger right now (then they also see the note, and, unless this server chose \
otherwise, your name). Notes are encrypted. Kept {checkin_days} days.
• **Messages that suggest someone may be at risk** (and messages someone flags for a \
counselor) are copied, encrypted, into an alert that only counselors see, with your name. \
This is how the program keeps people safe. The copy is erased {escalation_days} days after a \
counselor closes the alert.
• **Anonymous shares** are posted under a pseudonym; peers never see who wrote them. If a \
share suggests risk, counselors see who wrote it.
• **Group guidelines**: Lantern remembers that you agreed, and to which version.

**Your choices**
• `/my-data` sends you a file with everything Lantern holds about you in this server.
• `/forget-me` deletes your check-ins, agreements and other personal records. An alert that a \
counselor is still handling is kept until it is closed, then your details are removed from it.

Lantern is not an emergency service. If you are in danger, call your local emergency number \
or use `/resources`."""


class ForgetConfirm(LanternView):
    """Asks once more before deleting a member's records."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=300)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Only the member who asked can confirm."""
        return interaction.user.id == self.owner_id

    @discord.ui.button(label="Yes, delete my data", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        """Delete now and say how much went."""
        assert interaction.guild_id is not None
        result = await lantern(interaction).services.privacy.forget(
            interaction.guild_id, interaction.user.id
        )
        lines = [f"• {name}: {count}" for name, count in result.removed.items()]
        text = "Done. Deleted:\n" + "\n".join(lines)
        if result.kept_open_escalations:
            text += (
                f"\n{result.kept_open_escalations} alert(s) about you are still being handled by a "
                "counselor; your details will be removed from them as soon as they are closed."
            )
        await interaction.response.edit_message(content=text, view=None)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        """Change nothing."""
        await interaction.response.edit_message(content="Nothing was deleted.", view=None)


class Privacy(commands.Cog):
    """Participants' data rights."""

    def __init__(self, bot: LanternBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        """Schedule the daily retention purge."""
        self.bot.services.scheduler.add_job(
            self.purge, "cron", hour=3, minute=30, id="retention-purge", replace_existing=True
        )

    async def purge(self) -> None:
        """Delete what is past its retention period."""
        report = await self.bot.services.privacy.purge(dry_run=False)
        log.info("retention purge done", extra={"removed": json.dumps(report)})

    @app_commands.command(name="privacy")
    @guarded(Access.EVERYONE, guild_only=False)
    async def privacy(self, interaction: discord.Interaction) -> None:
        """What Lantern stores about you, who can see it, how long, and how to delete it."""
        settings = self.bot.services.settings
        await interaction.response.send_message(
            PRIVACY_TEXT.format(
                k=settings.checkins.min_group_size,
                checkin_days=settings.retention.checkin_days,
                escalation_days=settings.retention.escalation_excerpt_days,
            ),
            ephemeral=True,
        )

    @app_commands.command(name="my-data")
    @app_commands.guild_only()
    @guarded(Access.EVERYONE)
    async def my_data(self, interaction: discord.Interaction) -> None:
        """Get a file with everything Lantern stores about you in this server."""
        assert interaction.guild_id is not None
        data = await self.bot.services.privacy.export(interaction.guild_id, interaction.user.id)
        payload = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")
        await interaction.response.send_message(
            "Here is everything Lantern stores about you in this server.",
            file=discord.File(io.BytesIO(payload), "lantern-my-data.json"),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="forget-me")
    @app_commands.guild_only()
    @guarded(Access.EVERYONE)
    async def forget_me(self, interaction: discord.Interaction) -> None:
        """Delete your check-ins, agreements and other personal records in this server."""
        await interaction.response.send_message(
            "This deletes your check-ins, your agreement to the guidelines (you'll be asked again "
            "before posting in a group) and your other personal records in this server. It can't "
            "be undone. Continue?",
            view=ForgetConfirm(interaction.user.id),
            ephemeral=True,
        )


async def setup(bot: LanternBot) -> None:
    """Load the privacy commands."""
    await bot.add_cog(Privacy(bot))
