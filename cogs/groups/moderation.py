"""Moderation of group channels: every message (and edit) is checked as it arrives.

The checks are pure and fast (:mod:`bot.groups.moderation`), so they run inside the gateway
dispatch; only a message that breaks a rule, or whose author must be asked to agree to new
guidelines, starts any work. Crisis messages are never removed: if the risk detector says a
message escalates, moderation leaves it alone for the escalation monitor.

Order of work for a removal: the decision is stored, a sourcing escalation is opened, then
the message is deleted, the author timed out if the rules say so, told why (DM, or a note in
the channel naming nobody that disappears after a minute), and the moderation log is told.
"""

import logging
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any

import discord
from discord.ext import commands

from bot.app import LanternBot
from bot.escalation.model import ReasonNote, Report, Source
from bot.groups.bursts import BurstTracker
from bot.groups.feature import Groups
from bot.groups.moderation import Finding, Rule, check_text
from bot.groups.policy import Decision, channel_note, member_notice
from bot.safety import assess
from bot.store.guilds import GuildConfig
from cogs.groups.consent import prompt_to_agree, revoke_if_outdated
from cogs.groups.notify import post_modlog, tell_member
from cogs.groups.shared import is_staff

log = logging.getLogger(__name__)

EMBED_EXCERPT = 300
RULE_COLOUR = discord.Colour.orange()


def _postable(channel: Any) -> discord.TextChannel | discord.Thread | None:
    return channel if isinstance(channel, discord.TextChannel | discord.Thread) else None


def sourcing_report(message: discord.Message, decision: Decision) -> Report:
    """The escalation for a removed sourcing message: relapse risk, medium severity."""
    assert message.guild is not None
    return Report(
        guild_id=message.guild.id,
        source=Source.DETECTOR,
        category="relapse",
        severity="medium",
        channel_id=message.channel.id,
        message_id=message.id,
        member_id=message.author.id,
        member_name=message.author.display_name,
        excerpt=message.content,
        reasons=tuple(
            ReasonNote(rule_id=f"groups.{f.rule.value}", matched=f.matched)
            for f in decision.findings
        ),
        note="Group moderation removed this message: it looked like "
        f"{decision.found}. The member was told why and pointed to /resources.",
    )


class Moderator(commands.Cog):
    """Moderation of group channels."""

    def __init__(self, bot: LanternBot, groups: Groups) -> None:
        self.bot = bot
        self.groups = groups
        self.bursts = BurstTracker()

    async def cog_load(self) -> None:
        """Check every new message inside the dispatch (see ``LanternBot.dispatch``)."""
        self.bot.message_screens.append(self.screen)

    async def cog_unload(self) -> None:
        """Stop checking messages."""
        self.bot.message_screens.remove(self.screen)

    def _findings(self, message: discord.Message, *, count_burst: bool) -> list[Finding]:
        assert message.guild is not None
        settings = self.groups.moderation.settings(message.guild.id)
        findings = check_text(message.content, settings.enabled)
        if count_burst and Rule.SPAM in settings.enabled:
            at = self.bot.services.clock.now().timestamp()
            burst = self.bursts.record(message.guild.id, message.author.id, at, message.content)
            if burst is not None:
                findings.append(burst)
        return findings

    def _in_group(self, message: discord.Message) -> bool:
        if message.guild is None or message.author.bot or message.webhook_id is not None:
            return False
        parent = getattr(message.channel, "parent_id", None)
        return self.groups.channels.is_group(message.channel.id, parent)

    def screen(self, message: discord.Message) -> Coroutine[Any, Any, None] | None:
        """Check a new group message now; return work only when something must be done."""
        if not self._in_group(message):
            return None
        assert message.guild is not None
        findings = self._findings(message, count_burst=True)
        consent = not self.groups.guidelines.settled(message.guild.id, message.author.id)
        if not findings and not consent:
            return None
        return self.handle(message, findings, check_consent=consent)

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """Check an edited group message again: an edit can add what a message lacked."""
        message = payload.message
        if not self._in_group(message):
            return
        findings = self._findings(message, count_burst=False)
        if findings:
            await self.handle(message, findings, check_consent=False)

    async def _member(self, message: discord.Message) -> discord.Member | None:
        if isinstance(message.author, discord.Member):
            return message.author
        assert message.guild is not None
        try:
            return await message.guild.fetch_member(message.author.id)
        except discord.HTTPException:
            return None  # they left; nothing to moderate

    async def handle(
        self, message: discord.Message, findings: list[Finding], *, check_consent: bool
    ) -> None:
        """Enforce the rules on a message and check its author's consent, as needed."""
        assert message.guild is not None
        member = await self._member(message)
        if member is None:
            return
        config = await self.bot.services.guilds.get(message.guild.id)
        if findings and not is_staff(member, config) and not assess(message.content).escalate:
            await self.enforce(message, member, findings)
        if check_consent and await revoke_if_outdated(member, config, self.groups):
            await prompt_to_agree(member, self.groups, _postable(message.channel))

    async def enforce(
        self, message: discord.Message, member: discord.Member, findings: list[Finding]
    ) -> None:
        """Record the decision, then remove, time out, tell the author and log."""
        assert message.guild is not None
        guild_id = message.guild.id
        recorded = await self.groups.moderation.record_message(
            guild_id=guild_id,
            channel_id=message.channel.id,
            message_id=message.id,
            member_id=member.id,
            findings=findings,
            text=message.content,
        )
        decision = recorded.decision
        if decision.escalate:
            await self.bot.services.escalations.report(sourcing_report(message, decision))
        problems = [await self._delete(message)]
        if decision.timeout_minutes is not None:
            problems.append(await self._time_out(member, decision))
        if decision.rule is Rule.SPAM:
            self.bursts.forget(guild_id, member.id)
        settings = self.groups.moderation.settings(guild_id)
        channel_name = getattr(message.channel, "name", "the group")
        told = await tell_member(
            member,
            member_notice(decision, channel_name, settings),
            fallback=_postable(message.channel),
            note=channel_note(decision),
        )
        config = await self.bot.services.guilds.get(guild_id)
        await post_modlog(
            self.bot,
            guild_id,
            embed=self._log_embed(message, member, decision, config, told, problems),
        )
        log.info(
            "group message moderated",
            extra={"guild_id": guild_id, "action_id": recorded.action_id, "rule": decision.rule},
        )

    async def _delete(self, message: discord.Message) -> str | None:
        try:
            await message.delete()
        except discord.NotFound:
            return None  # already gone
        except discord.HTTPException as exc:
            log.warning("could not remove a message", extra={"code": exc.code})
            return "⚠️ I couldn't remove the message: I need **Manage Messages** in the channel."
        return None

    async def _time_out(self, member: discord.Member, decision: Decision) -> str | None:
        assert decision.timeout_minutes is not None
        try:
            await member.timeout(
                timedelta(minutes=decision.timeout_minutes),
                reason=f"Lantern group moderation: {decision.found}",
            )
        except discord.HTTPException as exc:
            log.warning("could not time out a member", extra={"code": exc.code})
            return (
                "⚠️ I couldn't time the member out: I need **Timeout Members**, and my role must "
                "be above theirs."
            )
        return None

    def _log_embed(
        self,
        message: discord.Message,
        member: discord.Member,
        decision: Decision,
        config: GuildConfig,
        told: bool,
        problems: list[str | None],
    ) -> discord.Embed:
        embed = discord.Embed(title="Group moderation: message removed", colour=RULE_COLOUR)
        embed.add_field(name="Member", value=f"{member.mention} ({member.id})", inline=True)
        embed.add_field(name="Channel", value=f"<#{message.channel.id}>", inline=True)
        embed.add_field(name="Found", value=decision.found or decision.rule.value, inline=False)
        embed.add_field(name="Action", value=decision.action, inline=False)
        embed.add_field(
            name="Member told",
            value="by DM" if told else "DMs closed: a note naming nobody was posted for a minute",
            inline=False,
        )
        if self.groups.moderation.settings(config.guild_id).modlog_excerpts and message.content:
            embed.add_field(name="Excerpt", value=message.content[:EMBED_EXCERPT], inline=False)
        notes = [problem for problem in problems if problem]
        if notes:
            embed.add_field(name="Problems", value="\n".join(notes), inline=False)
        return embed
