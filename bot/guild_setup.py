"""Rules for configuring a server with /setup (roles, channels, region and time zone)."""

from dataclasses import dataclass

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.store.guilds import REGIONS, GuildConfig, GuildConfigStore
from bot.timezones import validate_timezone


@dataclass(frozen=True, slots=True)
class RoleFacts:
    """What the rules need to know about a role someone picked."""

    id: int
    name: str
    is_default: bool  # @everyone
    is_managed: bool  # owned by an integration or bot


@dataclass(frozen=True, slots=True)
class ChannelFacts:
    """What the rules need to know about a channel someone picked."""

    id: int
    name: str
    bot_missing: tuple[str, ...]  # permissions the bot lacks there
    visible_to_participants: bool


class GuildSetup:
    """Validates and stores a server's configuration."""

    def __init__(self, store: GuildConfigStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def set_roles(
        self, guild_id: int, participant: RoleFacts, facilitator: RoleFacts, counselor: RoleFacts
    ) -> GuildConfig:
        """Store the three roles after checking they are distinct, real roles."""
        chosen = {"participant": participant, "facilitator": facilitator, "counselor": counselor}
        for label, role in chosen.items():
            if role.is_default:
                raise InvalidInput(
                    f"The {label} role can't be @everyone. Pick a role that only "
                    f"{label}s have. Nothing was changed."
                )
            if role.is_managed:
                raise InvalidInput(
                    f"“{role.name}” is managed by an integration, so it can't be the {label} "
                    "role. Nothing was changed."
                )
        if len({role.id for role in chosen.values()}) != 3:
            raise InvalidInput(
                "Participant, facilitator and counselor must be three different roles, so "
                "that each group sees only what it should. Nothing was changed."
            )
        return await self._store.update(
            guild_id,
            self._clock.now(),
            participant_role_id=participant.id,
            facilitator_role_id=facilitator.id,
            counselor_role_id=counselor.id,
        )

    async def set_channels(
        self, guild_id: int, counselors: ChannelFacts, modlog: ChannelFacts
    ) -> GuildConfig:
        """Store the private channels after checking the bot can post and participants can't see."""
        if counselors.id == modlog.id:
            raise InvalidInput(
                "Please use two different channels for counselor alerts and the moderation "
                "log. Nothing was changed."
            )
        for label, channel in (("counselors", counselors), ("modlog", modlog)):
            if channel.bot_missing:
                raise InvalidInput(
                    f"I can't use #{channel.name} as the {label} channel: I'm missing "
                    f"{', '.join(channel.bot_missing)} there. Give me those permissions and "
                    "try again. Nothing was changed."
                )
            if channel.visible_to_participants:
                raise InvalidInput(
                    f"Participants can see #{channel.name}, so it can't be the {label} "
                    "channel: it shows who posted worrying messages. Make it private to staff "
                    "and try again. Nothing was changed."
                )
        return await self._store.update(
            guild_id,
            self._clock.now(),
            counselors_channel_id=counselors.id,
            modlog_channel_id=modlog.id,
        )

    async def set_region(self, guild_id: int, region: str, timezone: str) -> GuildConfig:
        """Store the crisis-resource region and the time zone used for schedules."""
        if region not in REGIONS:
            raise InvalidInput(f"Region must be one of {', '.join(REGIONS)}. Nothing was changed.")
        zone = validate_timezone(timezone)
        return await self._store.update(
            guild_id, self._clock.now(), region=region, timezone=zone.key
        )
