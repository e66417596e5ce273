"""Anonymous check-ins: /checkin, reminders, history and group trends."""

from bot.app import LanternBot
from cogs.checkins.commands import Checkins


async def setup(bot: LanternBot) -> None:
    """Load the check-in commands."""
    await bot.add_cog(Checkins(bot))
