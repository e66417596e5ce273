"""Psychoeducation prompts: the /prompts commands and the scheduled posts."""

from bot.app import LanternBot
from cogs.prompts.commands import Prompts


async def setup(bot: LanternBot) -> None:
    """Load the prompt commands and register every prompt schedule."""
    await bot.add_cog(Prompts(bot))
