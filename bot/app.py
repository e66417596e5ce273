"""The Discord client: :func:`create_bot` wires settings, storage, services and cogs."""

import hashlib
import json
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.clock import SystemClock
from bot.db import Database
from bot.guild_setup import GuildSetup
from bot.scheduling import create_scheduler
from bot.sealed import Sealer
from bot.services import Services
from bot.settings import Settings, ensure_keys, split_keys
from bot.store.guilds import GuildConfigStore
from bot.store.meta import MetaStore
from bot.tree import LanternTree

log = logging.getLogger(__name__)

# Every feature module; each is a discord.py extension with a `setup(bot)` function.
COGS = (
    "cogs.setup",
    "cogs.help",
)
COMMAND_HASH_KEY = "command_tree_hash"
HEARTBEAT_KEY = "heartbeat"
HEARTBEAT_SECONDS = 60
MISFIRE_GRACE_SECONDS = 30 * 60


def required_intents() -> discord.Intents:
    """Only what Lantern uses: guilds, guild and DM messages, and message content."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True  # privileged: risk detection reads message text
    return intents


def required_permissions() -> discord.Permissions:
    """The server permissions Lantern needs, for the invite URL."""
    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        create_public_threads=True,
        create_private_threads=True,
        manage_threads=True,
        embed_links=True,
        attach_files=True,
        read_message_history=True,
        manage_messages=True,
        manage_channels=True,
        manage_roles=True,
        moderate_members=True,
    )


class LanternBot(commands.Bot):
    """The Lantern bot. Build it with :func:`create_bot`."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=required_intents(),
            tree_cls=LanternTree,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.settings = settings
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The wired services; available once ``setup_hook`` has run."""
        if self._services is None:
            raise RuntimeError("services are not ready before setup_hook")
        return self._services

    async def setup_hook(self) -> None:
        """Open storage, build services, load cogs, start the scheduler, sync commands."""
        settings = ensure_keys(self.settings)
        self.settings = settings
        clock = SystemClock(discord.utils.utcnow)
        db = await Database.open(settings.database_path)
        assert settings.encryption_key is not None  # ensure_keys guarantees both keys
        guilds = GuildConfigStore(db)
        self._services = Services(
            settings=settings,
            clock=clock,
            db=db,
            sealer=Sealer(split_keys(settings.encryption_key.get_secret_value())),
            scheduler=create_scheduler(clock.now, misfire_grace_seconds=MISFIRE_GRACE_SECONDS),
            guilds=guilds,
            meta=MetaStore(db),
            guild_setup=GuildSetup(guilds, clock),
        )
        for extension in COGS:
            await self.load_extension(extension)
        self.services.scheduler.add_job(
            self.beat,
            "interval",
            seconds=HEARTBEAT_SECONDS,
            id="heartbeat",
            replace_existing=True,
        )
        self.services.scheduler.start()
        await self.beat()
        await self.sync_commands_if_changed()
        log.info("Lantern is set up", extra={"schema_version": await db.schema_version()})

    async def beat(self) -> None:
        """Record that the bot is alive (read by operators' health checks)."""
        services = self.services
        await services.meta.set(
            HEARTBEAT_KEY, services.clock.now().isoformat(), services.clock.now()
        )

    def command_payload(self) -> list[dict[str, Any]]:
        """The command tree as Discord receives it."""
        return [command.to_dict(self.tree) for command in self.tree.get_commands()]

    async def sync_commands_if_changed(self) -> bool:
        """Sync the command tree when it differs from the last sync; returns whether it did."""
        payload = json.dumps(self.command_payload(), sort_keys=True, default=str)
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        meta = self.services.meta
        if await meta.get(COMMAND_HASH_KEY) == digest:
            log.info("application commands unchanged; not syncing")
            return False
        synced = await self.tree.sync()
        await meta.set(COMMAND_HASH_KEY, digest, self.services.clock.now())
        log.info("synced application commands", extra={"count": len(synced)})
        return True

    async def close_services(self) -> None:
        """Stop the scheduler and close the database; safe to call more than once."""
        services, self._services = self._services, None
        if services is None:
            return
        if services.scheduler.running:
            services.scheduler.shutdown(wait=False)
        await services.db.close()

    async def close(self) -> None:
        """Shut down cleanly: services first, then the Discord connection."""
        await self.close_services()
        await super().close()


def create_bot(settings: Settings) -> LanternBot:
    """Build a Lantern bot from settings (nothing is opened until it logs in)."""
    return LanternBot(settings)
