"""The Discord client: :func:`create_bot` wires settings, storage, services and cogs."""

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import discord
from apscheduler.events import EVENT_JOB_SUBMITTED, JobSubmissionEvent
from discord.ext import commands

from bot.clock import SystemClock
from bot.health_http import HealthEndpoint
from bot.services import Services, build_services, load_second_opinion
from bot.settings import Settings, ensure_keys
from bot.store.meta import HEARTBEAT_KEY
from bot.tree import LanternTree

log = logging.getLogger(__name__)

# Every feature module; each is a discord.py extension with a `setup(bot)` function.
COGS = (
    "cogs.setup",
    "cogs.help",
    "cogs.escalation",
    "cogs.checkins",
    "cogs.privacy",
    "cogs.prompts",
    "cogs.groups",
)
COMMAND_HASH_KEY = "command_tree_hash"
HEARTBEAT_SECONDS = 60


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


# A message screen looks at every guild message synchronously, inside the gateway dispatch, and
# returns work to run (an awaitable) only when the message needs it. Nearly every message is
# ordinary chat, so the common case costs no task, no database call and no await.
MessageScreen = Callable[[discord.Message], Awaitable[None] | None]


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
        self.message_screens: list[MessageScreen] = []
        self._screen_tasks: set[asyncio.Task[None]] = set()
        # Small periodic saves that ride on the heartbeat instead of keeping timers of their own.
        # Each receives the services (also at shutdown, when ``self.services`` is gone).
        self.heartbeat_hooks: list[Callable[[Services], Awaitable[None]]] = []
        self.health_endpoint: HealthEndpoint | None = None

    @property
    def on_message(self) -> None:  # type: ignore[override]
        """Lantern has no prefix commands: messages go through :meth:`dispatch`'s screens.

        Raising AttributeError makes discord.py skip ``commands.Bot.on_message``, which would
        otherwise start a task per message only to find no prefix command.
        """
        raise AttributeError("on_message")

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """Screen new messages synchronously, then dispatch as discord.py does."""
        if event_name == "message" and args and self.message_screens:
            self._screen(args[0])
        super().dispatch(event_name, *args, **kwargs)

    def _screen(self, message: discord.Message) -> None:
        for screen in self.message_screens:
            try:
                work = screen(message)
            except Exception:
                log.exception("message screen failed", extra={"message_id": message.id})
                continue
            if work is not None:
                task = asyncio.ensure_future(self._run_screen_work(work, message.id))
                self._screen_tasks.add(task)
                task.add_done_callback(self._screen_tasks.discard)

    async def _run_screen_work(self, work: Awaitable[None], message_id: int) -> None:
        try:
            await work
        except Exception:
            log.exception("message handling failed", extra={"message_id": message_id})

    @property
    def services(self) -> Services:
        """The wired services; available once ``setup_hook`` has run."""
        if self._services is None:
            raise RuntimeError("services are not ready before setup_hook")
        return self._services

    async def load_features(self) -> None:
        """Open storage, build services and load every cog; needs no Discord connection."""
        self.settings = ensure_keys(self.settings)
        self._services = await build_services(self.settings, SystemClock(discord.utils.utcnow))
        self._services.second_opinion = await load_second_opinion(self.settings)
        for extension in COGS:
            await self.load_extension(extension)

    async def setup_hook(self) -> None:
        """Load the features, start the scheduler and health endpoint, sync commands."""
        await self.load_features()
        db = self.services.db
        self.services.scheduler.add_job(
            self.beat,
            "interval",
            seconds=HEARTBEAT_SECONDS,
            id="heartbeat",
            replace_existing=True,
        )
        self.services.scheduler.add_listener(self._job_submitted, EVENT_JOB_SUBMITTED)
        self.services.scheduler.start()
        await self.beat()
        metrics = self.settings.metrics
        if metrics.enabled:
            self.health_endpoint = HealthEndpoint(
                db=db,
                meta=self.services.meta,
                clock=self.services.clock,
                metrics=self.services.metrics,
                stale_after=timedelta(seconds=HEARTBEAT_SECONDS * 3),
            )
            await self.health_endpoint.start(metrics.host, metrics.port)
        await self.sync_commands_if_changed()
        log.info("Lantern is set up", extra={"schema_version": await db.schema_version()})

    async def until_connected(self) -> bool:
        """Wait until the gateway is ready; False if the features were loaded without a login.

        Tools load the cogs without connecting (``lantern commands``, benchmarks): start-up
        work that needs Discord then simply does not run, instead of failing in a task.
        """
        try:
            await self.wait_until_ready()
        except RuntimeError:
            return False
        return True

    def _job_submitted(self, event: JobSubmissionEvent) -> None:
        """Record how late a scheduled job started (scheduler lag)."""
        services = self._services
        if services is not None and event.scheduled_run_times:
            services.metrics.job_started(max(event.scheduled_run_times), services.clock.now())

    async def beat(self) -> None:
        """Record that the bot is alive (read by operators' health checks), then run the
        heartbeat hooks."""
        services = self.services
        await services.meta.set(
            HEARTBEAT_KEY, services.clock.now().isoformat(), services.clock.now()
        )
        for hook in list(self.heartbeat_hooks):
            try:
                await hook(services)
            except Exception:  # one failing save must not stop the heartbeat
                log.exception("heartbeat hook failed")

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
        if self.health_endpoint is not None:
            await self.health_endpoint.stop()
            self.health_endpoint = None
        if services.scheduler.running:
            services.scheduler.shutdown(wait=False)
        for hook in list(self.heartbeat_hooks):  # a last save of what they keep in memory
            try:
                await hook(services)
            except Exception:
                log.exception("heartbeat hook failed at shutdown")
        await services.db.close()

    async def close(self) -> None:
        """Shut down cleanly: services first, then the Discord connection."""
        await self.close_services()
        await super().close()


def create_bot(settings: Settings) -> LanternBot:
    """Build a Lantern bot from settings (nothing is opened until it logs in)."""
    return LanternBot(settings)
