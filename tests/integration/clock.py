"""Moving simcord's virtual clock in steps that each settle well inside the settle timeout."""

from datetime import datetime, timedelta

from simcord import Env

from bot.app import LanternBot

#: simcord must settle each ``advance_time`` call within ``settle_timeout`` of real time.
#: A whole week at once runs thousands of minute-long heartbeats in one call, which took
#: over four seconds on a loaded 2-core runner; six-hour steps keep each call small.
STEP = timedelta(hours=6)


async def until(env: Env, when: datetime) -> None:
    """Advance virtual time to ``when`` (no-op if it has passed), in steps of at most ``STEP``."""
    while (remaining := when - env.now()) > timedelta(0):
        await env.advance_time(min(remaining, STEP).total_seconds())


def without_heartbeat(env: Env) -> None:
    """Drop the bot's once-a-minute heartbeat job so that months of virtual time pass quickly."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    bot.services.scheduler.remove_job("heartbeat")
