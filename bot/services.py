"""The services container: everything a cog needs, built once in ``setup_hook``.

:func:`build_services` is the one place where collaborators are wired together; the bot and
the command-line tools (``lantern purge``) both use it.
"""

import asyncio
import gc
from dataclasses import dataclass

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.checkins.service import CheckinService
from bot.clock import Clock
from bot.db import Database
from bot.escalation.service import EscalationService
from bot.groups.feature import Groups
from bot.guild_setup import GuildSetup
from bot.metrics import Metrics
from bot.privacy import PrivacyService
from bot.safety.engine import Engine
from bot.safety.semantic import shared_semantic_stage
from bot.scheduling import create_scheduler
from bot.sealed import Sealer
from bot.settings import Settings, split_keys
from bot.store.checkins import CheckinStore
from bot.store.escalations import EscalationStore, PersonalEscalationData
from bot.store.guilds import GuildConfigStore
from bot.store.meta import MetaStore
from bot.store.outbox import OutboxStore
from bot.store.screening import ScreenMarkStore


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
    escalations: EscalationService
    checkins: CheckinService
    checkins_store: CheckinStore
    privacy: PrivacyService
    metrics: Metrics
    screen_marks: ScreenMarkStore
    # The detector with its semantic stage, when enabled and installed; None means rules only.
    # Only the running bot loads it (see load_second_opinion): command-line tools don't need it.
    second_opinion: Engine | None = None


MISFIRE_GRACE_SECONDS = 30 * 60


async def build_services(settings: Settings, clock: Clock) -> Services:
    """Open the database (applying migrations) and wire every service; keys must be present."""
    if settings.encryption_key is None or settings.pseudonym_key is None:
        raise ValueError("encryption and pseudonym keys are required (see ensure_keys)")
    db = await Database.open(settings.database_path)
    guilds = GuildConfigStore(db)
    sealer = Sealer(split_keys(settings.encryption_key.get_secret_value()))
    metrics = Metrics()
    escalations = EscalationService(
        escalations=EscalationStore(db),
        outbox=OutboxStore(db),
        guilds=guilds,
        sealer=sealer,
        clock=clock,
        settings=settings.escalation,
        metrics=metrics,
    )
    checkin_store = CheckinStore(db)
    checkins = CheckinService(
        store=checkin_store,
        guilds=guilds,
        escalations=escalations,
        sealer=sealer,
        clock=clock,
        settings=settings.checkins,
        pseudonym_key=settings.pseudonym_key.get_secret_value(),
    )
    return Services(
        settings=settings,
        clock=clock,
        db=db,
        sealer=sealer,
        scheduler=create_scheduler(clock.now, misfire_grace_seconds=MISFIRE_GRACE_SECONDS),
        guilds=guilds,
        meta=MetaStore(db),
        guild_setup=GuildSetup(guilds, clock),
        escalations=escalations,
        checkins=checkins,
        checkins_store=checkin_store,
        privacy=PrivacyService(
            checkins=checkins,
            checkin_store=checkin_store,
            escalations=PersonalEscalationData(db),
            clock=clock,
            retention=settings.retention,
        ),
        metrics=metrics,
        screen_marks=ScreenMarkStore(db),
    )


async def load_second_opinion(settings: Settings) -> Engine | None:
    """The detector with the semantic stage, loaded off the event loop; None if off or absent."""
    if not settings.safety.semantic:
        return None
    stage = await asyncio.to_thread(shared_semantic_stage)
    if stage is None:
        return None
    # The model's tables live as long as the process: take them (and everything loaded so
    # far) out of the cyclic collector's sight, so that a full collection, which otherwise
    # walks them all in one go on the event loop (~50 ms), stays short.
    gc.freeze()
    return Engine(semantic=stage)


async def build_groups(services: Services) -> Groups:
    """The groups feature on ``services``, its personal data registered with privacy (the
    bot's cogs and ``lantern purge`` both need its records)."""
    key = services.settings.pseudonym_key
    assert key is not None  # build_services refuses to start without it
    groups = await Groups.build(
        db=services.db,
        guilds=services.guilds,
        sealer=services.sealer,
        clock=services.clock,
        pseudonym_key=key.get_secret_value(),
    )
    groups.register_personal_data(
        services.privacy, services.settings.retention.moderation_excerpt_days
    )
    return groups
