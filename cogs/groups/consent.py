"""The guidelines post with its persistent I agree button, the edit form, and consent checks.

A click records consent in the database first and only then grants the participant role, so
a role is never held without a record of what was agreed. A member whose consent is for an
older version loses the participant role when Lantern next sees them (a message in a group
channel, or a click), and is pointed to the current guidelines.
"""

import logging
import re
from typing import Any

import discord

from bot.access import Access
from bot.content import GUIDELINES_MAX
from bot.errors import InvalidInput, NotConfigured, UserFacingError
from bot.groups import permissions as perms
from bot.groups.consent import TITLE_MAX, Agreement
from bot.groups.feature import Groups
from bot.groups.model import Guidelines, GuidelinesPost
from bot.store.guilds import GuildConfig
from bot.tree import reply_ephemeral
from cogs._common import NO_MENTIONS, LanternModal, check_access, lantern, report_unexpected
from cogs.groups.channels import lacking_in_channel, participant_role
from cogs.groups.notify import post_modlog, tell_member
from cogs.groups.shared import (
    GUIDELINES_COLOUR,
    groups_of,
    has_role,
    is_staff,
    jump_url,
)

log = logging.getLogger(__name__)


def guidelines_embed(guidelines: Guidelines) -> discord.Embed:
    """The guidelines as members read them."""
    embed = discord.Embed(
        title=guidelines.title, description=guidelines.text, colour=GUIDELINES_COLOUR
    )
    embed.set_footer(text=f"Version {guidelines.version} · Press I agree to join the group")
    return embed


def guidelines_view(guidelines: Guidelines) -> discord.ui.View:
    """A persistent view holding the I agree button for this version."""
    view = discord.ui.View(timeout=None)
    view.add_item(AgreeButton(guidelines.guild_id, guidelines.version))
    return view


async def post_guidelines(
    channel: discord.TextChannel, guidelines: Guidelines, groups: Groups
) -> discord.Message:
    """Post and pin the guidelines with their button, and remember where they are."""
    message = await channel.send(
        embed=guidelines_embed(guidelines),
        view=guidelines_view(guidelines),
        allowed_mentions=NO_MENTIONS,
    )
    await groups.guidelines.record_post(
        GuidelinesPost(channel.guild.id, channel.id, message.id, guidelines.version)
    )
    try:
        await message.pin(reason="Lantern: group guidelines")
    except discord.HTTPException as exc:
        log.warning(
            "could not pin the guidelines", extra={"channel_id": channel.id, "code": exc.code}
        )
    return message


async def current_post_link(groups: Groups, guild_id: int) -> str | None:
    """A link to a post of the current version, preferring one outside the group channels.

    A member who lost the participant role can no longer see group channels, so a post in a
    welcome channel is the one they can still reach.
    """
    version = groups.guidelines.version(guild_id)
    current = [p for p in await groups.guidelines.posts(guild_id) if p.version == version]
    current.sort(key=lambda post: groups.channels.is_group(post.channel_id))
    if not current:
        return None
    post = current[0]
    return jump_url(guild_id, post.channel_id, post.message_id)


async def revoke_if_outdated(member: discord.Member, config: GuildConfig, groups: Groups) -> bool:
    """Remove the participant role from a member who has not agreed to the current version.

    Returns whether the role was removed. Staff, members without the role and guilds that never
    posted guidelines are left alone; every outcome is remembered until the version changes.
    """
    guild_id = member.guild.id
    service = groups.guidelines
    if (
        not service.enforced(guild_id)
        or is_staff(member, config)
        or not has_role(member, config.participant_role_id)
        or await service.has_agreed(guild_id, member.id)
    ):
        service.settle(guild_id, member.id)
        return False
    role = participant_role(member.guild, config)
    if role is None:
        return False
    try:
        await member.remove_roles(role, reason="Lantern: has not agreed to the current guidelines")
    except discord.HTTPException as exc:
        log.warning(
            "could not remove the participant role",
            extra={"guild_id": guild_id, "member_id": member.id, "code": exc.code},
        )
        return False
    service.settle(guild_id, member.id)
    return True


def agree_again_text(link: str | None, version: int) -> str:
    """What a member reads when they need to agree to new guidelines."""
    where = (
        f"Please read them and press **I agree**: {link}"
        if link
        else ("Please ask a facilitator where to find them.")
    )
    return (
        f"The group guidelines have been updated (version {version}). To keep taking part in "
        f"the group, you need to agree to the new version. {where}"
    )


async def prompt_to_agree(
    member: discord.Member, groups: Groups, fallback: discord.TextChannel | discord.Thread | None
) -> None:
    """Tell a member (privately if possible) that they must agree to the new guidelines."""
    guild_id = member.guild.id
    link = await current_post_link(groups, guild_id)
    version = groups.guidelines.version(guild_id)
    await tell_member(
        member,
        agree_again_text(link, version),
        fallback=fallback,
        note=(
            "The group guidelines have been updated: some members need to agree to the new "
            f"version before posting again{f': {link}' if link else '.'}"
        ),
    )


class AgreeButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lantern:guidelines:(?P<guild>[0-9]{1,20}):(?P<version>[0-9]{1,9})",
):
    """I agree: records consent to one version of a guild's guidelines, then grants the role."""

    def __init__(self, guild_id: int, version: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="I agree",
                style=discord.ButtonStyle.success,
                custom_id=f"lantern:guidelines:{guild_id}:{version}",
            )
        )
        self.guild_id = guild_id
        self.version = version

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> "AgreeButton":
        """Rebuild the button from its custom id (after a restart too)."""
        return cls(int(match["guild"]), int(match["version"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Record consent, then grant the participant role; old versions point to the new."""
        try:
            await self._agree(interaction)
        except UserFacingError as exc:
            await reply_ephemeral(interaction, exc.message)
        except Exception as exc:
            await report_unexpected(interaction, exc, "guidelines button")

    async def _agree(self, interaction: discord.Interaction) -> None:
        member = interaction.user
        if interaction.guild is None or interaction.guild_id != self.guild_id:
            raise InvalidInput("These guidelines belong to another server.")
        if not isinstance(member, discord.Member):
            raise InvalidInput("Please press I agree inside the server.")
        bot = lantern(interaction)
        groups = groups_of(bot)
        config = await bot.services.guilds.get(self.guild_id)
        role = participant_role(interaction.guild, config)
        if role is None:
            raise NotConfigured(
                "The group isn't fully set up yet (there is no participant role), so I can't let "
                "you in. Please tell a facilitator. Nothing was recorded."
            )
        result = await groups.guidelines.agree(self.guild_id, member.id, self.version)
        if result.outcome is Agreement.OUTDATED:
            removed = await revoke_if_outdated(member, config, groups)
            link = await current_post_link(groups, self.guild_id)
            await reply_ephemeral(
                interaction,
                f"These guidelines have been updated since this post (now version "
                f"{result.current.version}). Please read the current guidelines and press "
                f"**I agree** there{f': {link}' if link else '.'}"
                + (" Until then you can't post in the group." if removed else ""),
            )
            return
        if role in member.roles:
            await reply_ephemeral(
                interaction,
                f"Thank you: your agreement to version {self.version} is recorded. You already "
                "have access to the group.",
            )
            return
        try:
            await member.add_roles(role, reason=f"Lantern: agreed to guidelines v{self.version}")
        except discord.HTTPException as exc:
            log.warning(
                "could not grant the participant role",
                extra={"guild_id": self.guild_id, "member_id": member.id, "code": exc.code},
            )
            await post_modlog(
                bot,
                self.guild_id,
                content=(
                    f"⚠️ {member.mention} agreed to the group guidelines (version "
                    f"{self.version}), but I couldn't give them the {role.mention} role. I need "
                    "**Manage Roles**, and my highest role must be above the participant role."
                ),
            )
            await reply_ephemeral(
                interaction,
                "Thank you: your agreement is recorded. I couldn't give you access to the group "
                "just now; the facilitators have been told and will sort it out.",
            )
            return
        await reply_ephemeral(
            interaction,
            f"Thank you for agreeing to the group guidelines (version {self.version}). You now "
            "have access to the group channels. Welcome!",
        )


class GuidelinesModal(LanternModal):
    """Edit the guidelines: pre-filled with the current text; saving makes a new version."""

    def __init__(self, current: Guidelines) -> None:
        super().__init__(title="Edit the group guidelines", custom_id="lantern:guidelines-edit")
        self.heading: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Title",
            custom_id="title",
            default=current.title[:TITLE_MAX],
            max_length=TITLE_MAX,
        )
        self.text: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Guidelines",
            custom_id="text",
            style=discord.TextStyle.paragraph,
            default=current.text[:GUIDELINES_MAX],
            max_length=GUIDELINES_MAX,
        )
        self.add_item(self.heading)
        self.add_item(self.text)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Save a new version and post it where members will see it."""
        try:
            await check_access(interaction, Access.FACILITATOR)
            assert interaction.guild is not None
            groups = groups_of(interaction.client)
            updated = await groups.guidelines.edit(
                interaction.guild.id, self.heading.value, self.text.value, interaction.user.id
            )
            await interaction.response.defer(ephemeral=True, thinking=True)
            posted, skipped = await repost(interaction.guild, updated, groups)
            lines = [
                f"Saved as version {updated.version}. Everyone needs to agree again: members who "
                "agreed to an older version lose the participant role the next time they post "
                "in a group or press an old I agree button, and are sent the new guidelines.",
                "Posted and pinned in: " + (", ".join(posted) if posted else "no channel yet"),
            ]
            lines += skipped
            if not posted:
                lines.append("Use `/group guidelines` to post them where newcomers can see them.")
            await interaction.followup.send(
                "\n".join(lines), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
        except UserFacingError as exc:
            await reply_ephemeral(interaction, exc.message)


async def repost(
    guild: discord.Guild, guidelines: Guidelines, groups: Groups
) -> tuple[list[str], list[str]]:
    """Post a new version wherever an older one was posted, and in every active group channel.

    Returns the channels posted in (as mentions) and a line for each channel skipped.
    """
    earlier = [post.channel_id for post in await groups.guidelines.posts(guild.id)]
    targets = list(dict.fromkeys([*earlier, *groups.channels.active_in(guild.id)]))
    posted: list[str] = []
    skipped: list[str] = []
    for channel_id in targets:
        channel = guild.get_channel(channel_id)
        if not isinstance(channel, discord.TextChannel):
            continue
        lacking = lacking_in_channel(channel, perms.TO_POST_GUIDELINES)
        if lacking:
            skipped.append(f"Not posted in {channel.mention}: I need {', '.join(lacking)} there.")
            continue
        try:
            await post_guidelines(channel, guidelines, groups)
        except discord.HTTPException as exc:
            skipped.append(f"Not posted in {channel.mention}: Discord error {exc.status}.")
            continue
        posted.append(channel.mention)
    return posted, skipped
