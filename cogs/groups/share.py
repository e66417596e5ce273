"""/share: post to your group anonymously, under a stable pseudonym such as "Quiet Heron".

Nothing a peer can see reveals the author. The command answers with a form (a modal, which
nobody else sees); the form is answered ephemerally; the share is a separate message posted by
the bot, with the pseudonym in its embed and a reply thread named after the pseudonym. There is
no webhook (which would need a name and avatar), and the text cannot ping or render a mention.

Counselors are the exception, and the guidelines say so: a share that needs escalation is
reported with the member's real id alongside the pseudonym. Peers see nothing different.
"""

import logging
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.errors import InvalidInput, NotConfigured, UserFacingError
from bot.escalation.model import ReasonNote, Report, Source
from bot.groups import permissions as perms
from bot.groups.feature import Groups
from bot.groups.model import SessionState
from bot.groups.moderation import Rule, check_text
from bot.groups.share import SHARE_MAX_CHARS, clean_share
from bot.pseudonyms import pseudonym
from bot.safety import Assessment, assess
from bot.store.guilds import GuildConfig
from bot.tree import reply_ephemeral
from cogs._common import NO_MENTIONS, LanternModal, guarded, lantern
from cogs.escalation.monitor import reasons_of
from cogs.groups.channels import lacking_in_channel
from cogs.groups.notify import post_modlog
from cogs.groups.shared import groups_of, has_role, is_staff

log = logging.getLogger(__name__)

SHARE_COLOUR = discord.Colour.from_rgb(122, 143, 171)
# Only the text rules apply: mention syntax is neutralised anyway, and the rate limit is the
# share's spam rule.
SHARE_RULES = frozenset({Rule.CONTACT, Rule.HARASSMENT, Rule.SOURCING})
THREAD_ARCHIVE_MINUTES: Literal[1440] = 1440


def share_embed(name: str, text: str) -> discord.Embed:
    """The anonymous share as peers see it: the pseudonym, the text, nothing else."""
    embed = discord.Embed(description=text, colour=SHARE_COLOUR)
    embed.set_author(name=f"{name} shared anonymously")
    embed.set_footer(text="Anonymous share · reply in the thread · /share to share your own")
    return embed


def _value(enum_or_str: Any) -> str:
    return str(getattr(enum_or_str, "value", enum_or_str))


async def require_can_share(
    interaction: discord.Interaction, groups: Groups, config: GuildConfig
) -> discord.TextChannel:
    """The group channel to share in, or a kind error explaining why not."""
    channel = interaction.channel
    member = interaction.user
    if not isinstance(channel, discord.TextChannel) or not groups.channels.is_group(channel.id):
        raise InvalidInput("`/share` works inside a group channel: use it in your group.")
    if config.participant_role_id is None:
        raise NotConfigured("Anonymous sharing isn't set up here yet; please tell a facilitator.")
    if not has_role(member, config.participant_role_id) and not is_staff(member, config):
        raise InvalidInput("Only group participants can share anonymously here.")
    guild_id = channel.guild.id
    if (
        groups.guidelines.enforced(guild_id)
        and not is_staff(member, config)
        and not await groups.guidelines.has_agreed(guild_id, member.id)
    ):
        raise InvalidInput(
            "The group guidelines have been updated. Please agree to the current version before "
            "sharing."
        )
    group = await groups.channels.get_active(guild_id, channel.id)
    if group.session_state is SessionState.CLOSED:
        raise InvalidInput("The group is closed right now. You can share when it opens again.")
    if lacking_in_channel(channel, perms.TO_POST):
        raise InvalidInput(
            "I can't post in this channel right now, so your share couldn't be posted. Please "
            "tell a facilitator."
        )
    await groups.moderation.check_share_allowance(guild_id, member.id)
    return channel


class ShareModal(LanternModal):
    """The share form: one text box. Only the author ever sees it."""

    def __init__(self) -> None:
        super().__init__(title="Share anonymously", custom_id="lantern:share")
        self.text: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="What would you like to share?",
            custom_id="text",
            style=discord.TextStyle.paragraph,
            max_length=SHARE_MAX_CHARS,
            # Discord allows 100 characters here; the guidelines say the rest.
            placeholder="Peers see a pseudonym. Counselors see who wrote a worrying share.",
        )
        self.add_item(self.text)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Check the share, then post it under the member's pseudonym in this group."""
        try:
            await self._share(interaction)
        except UserFacingError as exc:
            await reply_ephemeral(interaction, exc.message)

    async def _share(self, interaction: discord.Interaction) -> None:
        bot = lantern(interaction)
        groups = groups_of(bot)
        assert interaction.guild is not None
        config = await bot.services.guilds.get(interaction.guild.id)
        try:
            channel = await require_can_share(interaction, groups, config)
        except UserFacingError as refused:
            # The group may have closed while the member typed: a crisis in a share that
            # cannot be posted must still reach a counselor.
            raise await self._escalate_unposted(interaction, bot, groups, refused) from None
        text = clean_share(self.text.value)
        await interaction.response.defer(ephemeral=True, thinking=True)
        member = interaction.user
        name = pseudonym(groups.pseudonym_key, channel.guild.id, channel.id, member.id)
        assessment = assess(text)
        # Unlike a group message, a share is not posted yet: contact details, harassment or a
        # request for substances keep it out of the group even in a crisis, and the crisis
        # still reaches counselors (see _block).
        findings = check_text(text, SHARE_RULES)
        if findings:
            await self._block(interaction, bot, groups, channel, name, text, findings, assessment)
            return
        try:
            mark = await groups.moderation.take_share(channel.guild.id, member.id)
        except UserFacingError as refused:
            raise await self._escalate_unposted(interaction, bot, groups, refused) from None
        if assessment.escalate:
            # Recorded before anything is posted; peers see the share exactly as any other.
            await bot.services.escalations.report(
                self._report(channel, member, name, text, assessment)
            )
        try:
            message = await channel.send(
                embed=share_embed(name, text), allowed_mentions=NO_MENTIONS
            )
        except discord.HTTPException:
            await groups.moderation.give_back_share(mark)
            raise InvalidInput(
                "Discord didn't accept the post, so your share wasn't posted. Please try again "
                "in a moment."
            ) from None
        await self._open_thread(message, name)
        await interaction.followup.send(
            f"Shared in {channel.mention} as **{name}**. That's your name for shares in this "
            "group; nobody in the group can see it's you.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    async def _escalate_unposted(
        self,
        interaction: discord.Interaction,
        bot: LanternBot,
        groups: Groups,
        refused: UserFacingError,
    ) -> UserFacingError:
        """Escalate a share that will not be posted (the group closed, the hourly limit) when
        the detector finds it worrying; returns the error to show its author, which then
        says a counselor may check in."""
        channel = interaction.channel
        text = self.text.value.strip()
        if not isinstance(channel, discord.TextChannel) or not text:
            return refused
        assessment = assess(text)
        if not assessment.escalate:
            return refused
        member = interaction.user
        name = pseudonym(groups.pseudonym_key, channel.guild.id, channel.id, member.id)
        note = f"This share was not posted: {refused.message}"
        await bot.services.escalations.report(
            self._report(channel, member, name, text, assessment, note=note)
        )
        return type(refused)(
            f"{refused.message} A counselor may check in with you about what you wrote: not to "
            "punish you, but because moments like this can be hard. `/resources` lists people "
            "you can reach at any hour."
        )

    @staticmethod
    def _report(
        channel: discord.TextChannel,
        member: discord.Member | discord.User,
        name: str,
        text: str,
        assessment: Assessment,
        note: str | None = None,
    ) -> Report:
        """The escalation of a share the detector found worrying."""
        return Report(
            guild_id=channel.guild.id,
            source=Source.SHARE,
            category=_value(assessment.category),
            severity=_value(assessment.severity),
            channel_id=channel.id,
            member_id=member.id,
            member_name=member.display_name,
            pseudonym=name,
            excerpt=text,
            reasons=reasons_of(text, assessment),
            note=note,
            send_resources=True,
        )

    async def _block(
        self,
        interaction: discord.Interaction,
        bot: LanternBot,
        groups: Groups,
        channel: discord.TextChannel,
        name: str,
        text: str,
        findings: list[Any],
        assessment: Assessment,
    ) -> None:
        """Keep the share out of the group, log it, tell its author, and escalate it when the
        detector or the finding (a request for substances) calls for a counselor."""
        recorded = await groups.moderation.record_blocked_share(
            guild_id=channel.guild.id,
            channel_id=channel.id,
            pseudonym=name,
            findings=findings,
            text=text,
        )
        decision = recorded.decision
        member = interaction.user
        escalated = decision.escalate or assessment.escalate
        if assessment.escalate:
            note = f"This share was not posted: it included {decision.found}."
            await bot.services.escalations.report(
                self._report(channel, member, name, text, assessment, note=note)
            )
        elif decision.escalate:
            await bot.services.escalations.report(
                Report(
                    guild_id=channel.guild.id,
                    source=Source.SHARE,
                    category="relapse",
                    severity="medium",
                    channel_id=channel.id,
                    member_id=member.id,
                    member_name=member.display_name,
                    pseudonym=name,
                    excerpt=text,
                    reasons=tuple(
                        ReasonNote(rule_id=f"groups.{f.rule.value}", matched=f.matched)
                        for f in findings
                    ),
                    note=f"An anonymous share was not posted: it looked like {decision.found}.",
                )
            )
        embed = discord.Embed(title="Anonymous share not posted", colour=discord.Colour.orange())
        embed.add_field(name="Pseudonym", value=name, inline=True)
        embed.add_field(name="Channel", value=channel.mention, inline=True)
        embed.add_field(name="Found", value=decision.found, inline=False)
        action = "not posted" + (", escalated to counselors" if escalated else "")
        embed.add_field(name="Action", value=action, inline=False)
        await post_modlog(bot, channel.guild.id, embed=embed)
        extra = (
            " A counselor may check in with you: not to punish you, but because moments like "
            "this can be hard. `/resources` lists people you can reach at any hour."
            if escalated
            else ""
        )
        await interaction.followup.send(
            f"Your share wasn't posted because it included {decision.found}, which the group "
            f"guidelines don't allow. You're welcome to share again without it.{extra}",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @staticmethod
    async def _open_thread(message: discord.Message, name: str) -> None:
        """A reply thread named after the pseudonym (best effort: the share is what matters)."""
        try:
            await message.create_thread(
                name=f"Replies to {name}", auto_archive_duration=THREAD_ARCHIVE_MINUTES
            )
        except discord.HTTPException as exc:
            log.info("could not open a share thread", extra={"code": exc.code})


class Share(commands.Cog):
    """Anonymous sharing in group channels."""

    def __init__(self, bot: LanternBot, groups: Groups) -> None:
        self.bot = bot
        self.groups = groups

    @app_commands.command(name="share")
    @app_commands.guild_only()
    @guarded(Access.EVERYONE)
    async def share(self, interaction: discord.Interaction) -> None:
        """Share something with your group anonymously (counselors can see who, if worried)."""
        assert interaction.guild is not None
        config = await self.bot.services.guilds.get(interaction.guild.id)
        await require_can_share(interaction, self.groups, config)
        await interaction.response.send_modal(ShareModal())
