"""The services container: everything a cog needs, built once in ``setup_hook``."""

from dataclasses import dataclass

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.clock import Clock
from bot.db import Database
from bot.guild_setup import GuildSetup
from bot.sealed import Sealer
from bot.settings import Settings
from bot.store.guilds import GuildConfigStore
from bot.store.meta import MetaStore


@dataclass(slots=True)
class Services:
    """Collaborators shared by the cogs, passed explicitly rather than reached globally."""

    settings: Settings
    clock: Clock
    db: Database
    sealer: Sealer
    scheduler: AsyncIOScheduler
    guilds: GuildConfigStore
    meta: MetaStore
    guild_setup: GuildSetup
