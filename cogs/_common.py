"""Helpers every cog shares: run-time access checks, kind errors, base views and modals.

Cog modules must not use ``from __future__ import annotations``: discord.py reads command
parameter annotations through :func:`guarded`'s wrapper, which only works with real objects.
"""

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar, cast

import discord

from bot.access import Access, Actor, require
from bot.errors import NotAllowed, UserFacingError
from bot.tree import reference_id, reply_ephemeral, unexpected_error_message

if TYPE_CHECKING:
    from bot.app import LanternBot

log = logging.getLogger(__name__)

ACCESS_ATTRIBUTE = "__lantern_access__"
NO_MENTIONS = discord.AllowedMentions.none()

Handler = TypeVar("Handler", bound=Callable[..., Coroutine[Any, Any, None]])


def lantern(interaction: discord.Interaction) -> "LanternBot":
    """The Lantern bot behind an interaction."""
    return cast("LanternBot", interaction.client)


def actor_of(member: discord.Member | discord.User) -> Actor:
    """The access-relevant facts about a member."""
    if not isinstance(member, discord.Member):
        return Actor(role_ids=frozenset(), manage_guild=False)
    return Actor(
        role_ids=frozenset(role.id for role in member.roles),
        manage_guild=member.guild_permissions.manage_guild,
    )


async def check_access(interaction: discord.Interaction, access: Access) -> None:
    """Raise a kind error unless the interaction's user has ``access`` in this guild."""
    if access is Access.EVERYONE:
        return
    if interaction.guild_id is None:
        raise NotAllowed("This only works inside a server.")
    config = await lantern(interaction).services.guilds.get(interaction.guild_id)
    require(access, actor_of(interaction.user), config)


def guarded(
    access: Access = Access.EVERYONE, *, guild_only: bool = True
) -> Callable[[Handler], Handler]:
    """Wrap a command callback: check access at run time and turn expected errors into replies.

    A :class:`~bot.errors.UserFacingError` raised anywhere in the command becomes an ephemeral
    reply; nothing else about the interaction changes. The access level is recorded on the
    callback so ``/help`` can list commands by role.
    """

    def decorate(func: Handler) -> Handler:
        @functools.wraps(func)
        async def wrapper(
            cog: Any, interaction: discord.Interaction, *args: Any, **kwargs: Any
        ) -> None:
            try:
                if guild_only and interaction.guild_id is None:
                    raise NotAllowed("This command only works inside a server.")
                await check_access(interaction, access)
                await func(cog, interaction, *args, **kwargs)
            except UserFacingError as exc:
                await reply_ephemeral(interaction, exc.message)

        setattr(wrapper, ACCESS_ATTRIBUTE, access)
        return cast(Handler, wrapper)

    return decorate


def access_of(callback: Any) -> Access:
    """The access level a command callback was declared with (``EVERYONE`` if none)."""
    return cast(Access, getattr(callback, ACCESS_ATTRIBUTE, Access.EVERYONE))


async def report_unexpected(interaction: discord.Interaction, error: Exception, where: str) -> None:
    """Log an unexpected error with a reference id and tell the user kindly."""
    if isinstance(error, UserFacingError):
        await reply_ephemeral(interaction, error.message)
        return
    reference = reference_id()
    log.error(
        "%s failed [ref %s]",
        where,
        reference,
        exc_info=(type(error), error, error.__traceback__),
        extra={"reference": reference, "guild_id": interaction.guild_id},
    )
    await reply_ephemeral(interaction, unexpected_error_message(reference))


class LanternView(discord.ui.View):
    """A view whose errors become kind ephemeral replies."""

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        """Reply kindly and log with a reference id."""
        await report_unexpected(interaction, error, f"view {type(self).__name__}")


class LanternModal(discord.ui.Modal):
    """A modal whose errors become kind ephemeral replies."""

    async def on_error(self, interaction: discord.Interaction, error: Exception, /) -> None:  # type: ignore[override]
        """Reply kindly and log with a reference id."""
        await report_unexpected(interaction, error, f"modal {type(self).__name__}")
