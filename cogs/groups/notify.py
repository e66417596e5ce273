"""Telling people things: a member privately (DM, or a note naming nobody), the moderation log.

Discord is only the delivery here: whatever is being told was recorded before. A failure to
deliver is logged and never raised, because the action it reports already happened.
"""

import logging
from typing import TYPE_CHECKING

import discord

from cogs._common import NO_MENTIONS

if TYPE_CHECKING:
    from bot.app import LanternBot

log = logging.getLogger(__name__)

NOTE_SECONDS = 60.0

Postable = discord.TextChannel | discord.Thread


async def tell_member(
    member: discord.Member | discord.User, text: str, *, fallback: Postable | None, note: str
) -> bool:
    """DM a member; if their DMs are closed, post ``note`` (naming nobody) for a minute.

    Returns whether the member got the DM. ``note`` must not identify the member: everyone in
    the channel sees it.
    """
    try:
        await member.send(text, allowed_mentions=NO_MENTIONS)
        return True
    except discord.HTTPException as exc:
        log.info("could not DM a member", extra={"member_id": member.id, "code": exc.code})
    if fallback is None:
        return False
    try:
        await fallback.send(note, delete_after=NOTE_SECONDS, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.warning(
            "could not post a channel note", extra={"channel_id": fallback.id, "code": exc.code}
        )
    return False


async def post_modlog(
    bot: "LanternBot",
    guild_id: int,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
) -> bool:
    """Post to the guild's moderation log channel, if it has a usable one."""
    config = await bot.services.guilds.get(guild_id)
    if config.modlog_channel_id is None:
        return False
    channel = bot.get_channel(config.modlog_channel_id)
    if not isinstance(channel, discord.TextChannel | discord.Thread):
        return False
    try:
        if embed is not None:
            await channel.send(content, embed=embed, allowed_mentions=NO_MENTIONS)
        else:
            await channel.send(content, allowed_mentions=NO_MENTIONS)
        return True
    except discord.HTTPException as exc:
        log.warning(
            "could not post to the moderation log",
            extra={"guild_id": guild_id, "status": exc.status, "code": exc.code},
        )
        return False
