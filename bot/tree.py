"""The application command tree, with Lantern's central error handling."""

import logging
import secrets

import discord
from discord import app_commands

log = logging.getLogger(__name__)


def reference_id() -> str:
    """A short id a user can quote and an operator can find in the logs."""
    return secrets.token_hex(4)


async def reply_ephemeral(interaction: discord.Interaction, content: str) -> None:
    """Answer privately, whether or not the interaction was already answered.

    An interaction that expired or was deleted cannot be answered; that is logged, not raised.
    """
    try:
        if interaction.response.is_done():
            await interaction.followup.send(
                content, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
        else:
            await interaction.response.send_message(
                content, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
    except discord.HTTPException as exc:
        log.warning(
            "could not reply to interaction",
            extra={"interaction_id": interaction.id, "status": exc.status, "code": exc.code},
        )


def unexpected_error_message(reference: str) -> str:
    """What a user sees when something failed on Lantern's side."""
    return (
        "Sorry, something went wrong on our side and your request may not have completed. "
        f"Please try again; if it keeps happening, give the reference `{reference}` to your "
        "server's staff."
    )


class LanternTree(app_commands.CommandTree[discord.Client]):
    """Command tree whose errors become kind ephemeral replies.

    Expected problems (bad input, missing role) are answered inside each command by
    ``cogs._common.guarded``; what reaches this handler is either a Discord-side check failure
    or a bug, which is logged with a reference id the user also sees.
    """

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        """Turn any command error into an ephemeral message."""
        if isinstance(error, app_commands.NoPrivateMessage):
            await reply_ephemeral(interaction, "This command only works inside a server.")
            return
        if isinstance(error, app_commands.CommandOnCooldown):
            await reply_ephemeral(
                interaction,
                f"Please wait {error.retry_after:.0f} seconds before using this again.",
            )
            return
        if isinstance(error, app_commands.CheckFailure):
            await reply_ephemeral(interaction, "Sorry, you can't use this command here.")
            return
        reference = reference_id()
        original = getattr(error, "original", error)
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error(
            "command failed [ref %s] in /%s",
            reference,
            command,
            exc_info=(type(original), original, original.__traceback__),
            extra={"reference": reference, "guild_id": interaction.guild_id},
        )
        await reply_ephemeral(interaction, unexpected_error_message(reference))
