"""Moderated peer-group channels: /group, /session, /share, consent buttons and moderation."""

from datetime import datetime

from bot.app import LanternBot
from bot.groups.feature import Groups
from bot.privacy import PersonalData
from cogs.groups.commands import GroupCommands
from cogs.groups.consent import AgreeButton
from cogs.groups.moderation import Moderator
from cogs.groups.sessions import Sessions
from cogs.groups.share import Share


async def setup(bot: LanternBot) -> None:
    """Build the groups services, load their cogs and persistent buttons, register their data."""
    services = bot.services
    key = services.settings.pseudonym_key
    assert key is not None  # ensure_keys() ran in setup_hook
    groups = await Groups.build(
        db=services.db,
        guilds=services.guilds,
        sealer=services.sealer,
        clock=services.clock,
        pseudonym_key=key.get_secret_value(),
    )
    bot.add_dynamic_items(AgreeButton)
    for cog in (
        GroupCommands(bot, groups),
        Sessions(bot, groups),
        Moderator(bot, groups),
        Share(bot, groups),
    ):
        await bot.add_cog(cog)
    retention_days = services.settings.retention.moderation_excerpt_days

    async def purge_moderation(now: datetime, dry_run: bool) -> int:
        return await groups.moderation.purge(now, dry_run, retention_days)

    services.privacy.register(
        PersonalData(
            "group guidelines agreements", groups.guidelines.export, groups.guidelines.forget
        )
    )
    services.privacy.register(
        PersonalData("group moderation record", groups.moderation.export, groups.moderation.forget),
        purge_moderation,
    )
