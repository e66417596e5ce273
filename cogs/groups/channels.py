"""Group channels on Discord: permission overwrites, the "Peer groups" category, checks.

The overwrites come from :mod:`bot.groups.permissions`; this module only turns them into
Discord objects and calls. Before anything is changed, the bot's own permissions are compared
with what the change needs, so a facilitator hears exactly which permission is missing.
"""

import re
from collections.abc import Iterable

import discord

from bot.errors import InvalidInput, NotConfigured
from bot.groups import permissions as perms
from bot.groups.permissions import Spec
from bot.store.guilds import GuildConfig

CATEGORY_NAME = "Peer groups"
Overwrites = dict[discord.Role | discord.Member | discord.Object, discord.PermissionOverwrite]


def granted(permissions: discord.Permissions, names: Iterable[str]) -> set[str]:
    """Which of the named permissions are on.

    Read by name rather than by iterating: discord.py iterates canonical names
    (``read_messages``), while the tables use the aliases admins know (``view_channel``).
    """
    return {name for name in names if getattr(permissions, name, False)}


def overwrite_of(
    spec: Spec, base: discord.PermissionOverwrite | None = None
) -> discord.PermissionOverwrite:
    """A Discord overwrite allowing and denying the named permissions (on top of ``base``)."""
    overwrite = discord.PermissionOverwrite.from_pair(*base.pair()) if base else None
    overwrite = overwrite or discord.PermissionOverwrite()
    allowed, denied = spec
    overwrite.update(**dict.fromkeys(allowed, True), **dict.fromkeys(denied, False))
    return overwrite


def require_in_server(guild: discord.Guild, need: Iterable[str]) -> None:
    """Raise a kind error naming what the bot lacks server-wide."""
    need = tuple(need)
    lacking = perms.missing(granted(guild.me.guild_permissions, need), need)
    if lacking:
        raise InvalidInput(perms.explain_missing(lacking, "in this server"))


def require_in_channel(channel: discord.abc.GuildChannel, need: Iterable[str]) -> None:
    """Raise a kind error naming what the bot lacks in one channel."""
    need = tuple(need)
    lacking = perms.missing(granted(channel.permissions_for(channel.guild.me), need), need)
    if lacking:
        raise InvalidInput(perms.explain_missing(lacking, f"in #{channel.name}"))


def lacking_in_channel(channel: discord.abc.GuildChannel, need: Iterable[str]) -> list[str]:
    """What the bot lacks in one channel, as permission labels (empty when all is there)."""
    need = tuple(need)
    return perms.missing(granted(channel.permissions_for(channel.guild.me), need), need)


def roles(
    guild: discord.Guild, config: GuildConfig
) -> tuple[discord.Role, discord.Role, discord.Role]:
    """The participant, facilitator and counselor roles, or a kind error if not set up."""
    found = [
        guild.get_role(role_id) if role_id is not None else None
        for role_id in (
            config.participant_role_id,
            config.facilitator_role_id,
            config.counselor_role_id,
        )
    ]
    participant, facilitator, counselor = found
    if participant is None or facilitator is None or counselor is None:
        raise NotConfigured(
            "Group channels need the participant, facilitator and counselor roles. Ask a server "
            "manager to run `/setup roles` first. Nothing was changed."
        )
    return participant, facilitator, counselor


def participant_role(guild: discord.Guild, config: GuildConfig) -> discord.Role | None:
    """The participant role, if it is set up and still exists."""
    if config.participant_role_id is None:
        return None
    return guild.get_role(config.participant_role_id)


def group_overwrites(guild: discord.Guild, config: GuildConfig) -> Overwrites:
    """The overwrites that make a channel a closed group: only the group can see it."""
    participant, facilitator, counselor = roles(guild, config)
    return {
        guild.default_role: overwrite_of(perms.EVERYONE),
        participant: overwrite_of(perms.PARTICIPANT),
        facilitator: overwrite_of(perms.FACILITATOR),
        counselor: overwrite_of(perms.COUNSELOR),
        guild.me: overwrite_of(perms.BOT),
    }


def channel_name(name: str) -> str:
    """A text channel name the way Discord stores it: lower case, hyphens, no punctuation."""
    slug = re.sub(r"[^\w\-]+", "-", name.strip().lower())
    slug = re.sub(r"-{2,}", "-", slug).strip("-")[:100]
    if not slug:
        raise InvalidInput("Please give the group a name with at least one letter or number.")
    return slug


async def peer_groups_category(guild: discord.Guild) -> discord.CategoryChannel:
    """The "Peer groups" category, created if the server has none."""
    for category in guild.categories:
        if category.name.casefold() == CATEGORY_NAME.casefold():
            return category
    return await guild.create_category(CATEGORY_NAME, reason="Lantern: peer group channels")


async def create_group_channel(
    guild: discord.Guild, config: GuildConfig, name: str, topic: str | None
) -> discord.TextChannel:
    """Create a closed group channel in the "Peer groups" category."""
    overwrites = group_overwrites(guild, config)
    require_in_server(guild, perms.TO_CREATE)
    try:
        category = await peer_groups_category(guild)
        return await guild.create_text_channel(
            channel_name(name),
            category=category,
            topic=topic or "",
            overwrites=overwrites,
            reason="Lantern: new peer group",
        )
    except discord.Forbidden:
        raise InvalidInput(
            "Discord refused to create the channel. I need **Manage Channels** and **Manage "
            "Roles**, and every permission I give the group myself. Nothing was changed."
        ) from None


def other_audiences(channel: discord.TextChannel, config: GuildConfig) -> list[str]:
    """Roles and members with their own overwrites, beyond the group's (for a warning)."""
    ours = {
        channel.guild.default_role.id,
        channel.guild.me.id,
        config.participant_role_id,
        config.facilitator_role_id,
        config.counselor_role_id,
    }
    return [
        getattr(target, "mention", str(target.id))
        for target, overwrite in channel.overwrites.items()
        if target.id not in ours and overwrite.view_channel is not False
    ]


async def adopt_channel(channel: discord.TextChannel, config: GuildConfig) -> None:
    """Give an existing channel the group's overwrites (other overwrites are kept)."""
    overwrites: Overwrites = dict(channel.overwrites)
    overwrites.update(group_overwrites(channel.guild, config))
    require_in_channel(channel, perms.TO_EDIT_CHANNEL)
    require_in_server(channel.guild, perms.BOT[0])
    try:
        await channel.edit(overwrites=overwrites, reason="Lantern: adopted as a peer group")
    except discord.Forbidden:
        raise InvalidInput(
            f"Discord refused to change #{channel.name}. I need **Manage Channels** and **Manage "
            "Permissions** there. Nothing was changed."
        ) from None


async def set_participants(channel: discord.TextChannel, config: GuildConfig, spec: Spec) -> None:
    """Change what participants may do in a group channel (open, close, archive)."""
    role = participant_role(channel.guild, config)
    if role is None:
        raise NotConfigured(
            "The participant role isn't set up (or was deleted). Ask a server manager to run "
            "`/setup roles`."
        )
    current = channel.overwrites_for(role)
    try:
        await channel.set_permissions(
            role, overwrite=overwrite_of(spec, current), reason="Lantern: group session"
        )
    except discord.Forbidden:
        raise InvalidInput(
            f"Discord refused to change who can post in #{channel.name}: I need **Manage "
            "Permissions** there."
        ) from None
