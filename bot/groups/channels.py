"""Which channels are peer groups: the registry, archiving, and risk-monitoring exclusions.

The set of active group channels is also kept in memory, because moderation asks "is this a
group channel?" for every message, synchronously, inside the gateway dispatch.
"""

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.groups.model import GroupChannel, SessionState
from bot.store.groups import GroupStore
from bot.store.guilds import GuildConfig, GuildConfigStore


class GroupChannels:
    """The group channels of every guild."""

    def __init__(self, store: GroupStore, guilds: GuildConfigStore, clock: Clock) -> None:
        self._store = store
        self._guilds = guilds
        self._clock = clock
        self._active: dict[int, int] = {}  # channel id -> guild id

    async def load(self) -> None:
        """Read the active group channels into memory (at start-up)."""
        self._active = dict(await self._store.active_channels())

    def is_group(self, channel_id: int, parent_id: int | None = None) -> bool:
        """Whether a channel (or a thread of ``parent_id``) is an active group channel."""
        return channel_id in self._active or (parent_id is not None and parent_id in self._active)

    def active_in(self, guild_id: int) -> list[int]:
        """The ids of a guild's active group channels."""
        return [channel for channel, guild in self._active.items() if guild == guild_id]

    async def register(
        self, guild_id: int, channel_id: int, name: str, created_by: int
    ) -> GroupChannel:
        """Make a channel an active group (new, adopted, or un-archived)."""
        now = self._clock.now()
        await self._store.save_channel(guild_id, channel_id, name, created_by, now)
        # A group starts open: its participants can post until a session closes it.
        await self._store.set_session_state(channel_id, SessionState.OPEN, now)
        self._active[channel_id] = guild_id
        return await self.get(guild_id, channel_id)

    async def get(self, guild_id: int, channel_id: int) -> GroupChannel:
        """A group channel of this guild, or a kind error if the channel is not a group."""
        group = await self._store.channel(channel_id)
        if group is None or group.guild_id != guild_id:
            raise InvalidInput(
                f"<#{channel_id}> isn't a group channel. Create one with `/group create` or "
                "turn an existing channel into one with `/group adopt`."
            )
        return group

    async def get_active(self, guild_id: int, channel_id: int) -> GroupChannel:
        """An active group channel of this guild, or a kind error."""
        group = await self.get(guild_id, channel_id)
        if not group.active:
            raise InvalidInput(
                f"<#{channel_id}> is archived. Use `/group adopt` to make it a working group again."
            )
        return group

    async def listing(self, guild_id: int) -> list[GroupChannel]:
        """A guild's group channels, active first."""
        return await self._store.channels(guild_id)

    async def archive(self, guild_id: int, channel_id: int) -> GroupChannel:
        """Archive a group: recorded first; its session schedules are removed."""
        group = await self.get_active(guild_id, channel_id)
        await self._store.archive_channel(channel_id, self._clock.now())
        self._active.pop(channel_id, None)
        return group

    async def record_session(self, channel_id: int, state: SessionState) -> None:
        """Record that a group's session opened or closed (before Discord is told)."""
        await self._store.set_session_state(channel_id, state, self._clock.now())

    async def set_excluded(self, guild_id: int, channel_id: int, excluded: bool) -> GuildConfig:
        """Stop (or resume) risk monitoring in a channel; group channels are always monitored."""
        if excluded and channel_id in self._active:
            raise InvalidInput(
                f"<#{channel_id}> is a group channel, and group channels are always watched for "
                "risk. Nothing was changed."
            )
        config = await self._guilds.get(guild_id)
        if excluded and channel_id in (config.counselors_channel_id, config.modlog_channel_id):
            raise InvalidInput(
                f"<#{channel_id}> is a staff channel and is never monitored anyway. Nothing was "
                "changed."
            )
        return await self._guilds.set_channel_excluded(
            guild_id, channel_id, excluded, self._clock.now()
        )
