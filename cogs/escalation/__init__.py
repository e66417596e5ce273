"""Escalation to counselors: monitoring, alerts, paging, delivery and counselor tools."""

from bot.app import LanternBot
from cogs.escalation.commands import Escalations
from cogs.escalation.monitor import Monitor


async def setup(bot: LanternBot) -> None:
    """Load risk monitoring and the escalation commands."""
    await bot.add_cog(Monitor(bot))
    await bot.add_cog(Escalations(bot))
