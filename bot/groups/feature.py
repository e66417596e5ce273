"""The groups feature's services, wired together once and shared by its Discord adapters."""

from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.content import load_default_guidelines
from bot.db import Database
from bot.groups.channels import GroupChannels
from bot.groups.consent import GuidelinesService
from bot.groups.enforcement import Moderation
from bot.groups.sessions import SessionService
from bot.privacy import PersonalData, PrivacyService
from bot.sealed import Sealer
from bot.store.groups import GroupStore
from bot.store.guilds import GuildConfigStore
from bot.store.moderation import ModerationStore


@dataclass(slots=True)
class Groups:
    """Group channels, guidelines and consent, sessions, and moderation."""

    channels: GroupChannels
    guidelines: GuidelinesService
    sessions: SessionService
    moderation: Moderation
    pseudonym_key: str

    @classmethod
    async def build(
        cls,
        *,
        db: Database,
        guilds: GuildConfigStore,
        sealer: Sealer,
        clock: Clock,
        pseudonym_key: str,
    ) -> "Groups":
        """Build the services and load what they keep in memory."""
        store = GroupStore(db)
        channels = GroupChannels(store, guilds, clock)
        guidelines = GuidelinesService(store, clock, load_default_guidelines())
        moderation = Moderation(
            store=ModerationStore(db),
            groups=store,
            sealer=sealer,
            clock=clock,
            pseudonym_key=pseudonym_key,
        )
        for part in (channels, guidelines, moderation):
            await part.load()
        return cls(
            channels=channels,
            guidelines=guidelines,
            sessions=SessionService(store, channels, guilds, clock),
            moderation=moderation,
            pseudonym_key=pseudonym_key,
        )

    def register_personal_data(self, privacy: PrivacyService, excerpt_days: int) -> None:
        """Register the groups' records with ``privacy`` (export, forget, and the moderation
        excerpts' retention), for the bot and for ``lantern purge`` alike."""

        async def purge_moderation(now: datetime, dry_run: bool) -> int:
            return await self.moderation.purge(now, dry_run, excerpt_days)

        privacy.register(
            PersonalData(
                "group guidelines agreements", self.guidelines.export, self.guidelines.forget
            )
        )
        privacy.register(
            PersonalData("group moderation record", self.moderation.export, self.moderation.forget),
            purge_moderation,
        )
