"""Group sessions: when a group channel opens and closes, by hand or on a weekly schedule.

The database is the record: a session schedule is stored before its jobs exist, and a channel's
open/closed state is stored before its permissions change. At start-up the jobs are rebuilt
from the schedules, and :meth:`SessionService.missed_changes` says which channels missed an
opening or closing while the bot was offline.
"""

from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.groups.channels import GroupChannels
from bot.groups.model import SessionState
from bot.groups.schedule import MAX_SESSIONS_PER_GUILD, SessionSchedule, parse_session
from bot.store.groups import GroupStore
from bot.store.guilds import GuildConfigStore


@dataclass(frozen=True, slots=True)
class MissedChange:
    """A scheduled opening or closing that has not been applied to its channel."""

    guild_id: int
    channel_id: int
    state: SessionState
    due: datetime
    schedule: SessionSchedule


class SessionService:
    """Session schedules and the open/closed state of group channels."""

    def __init__(
        self,
        store: GroupStore,
        channels: GroupChannels,
        guilds: GuildConfigStore,
        clock: Clock,
    ) -> None:
        self._store = store
        self._channels = channels
        self._guilds = guilds
        self._clock = clock

    async def schedule(
        self,
        *,
        guild_id: int,
        channel_id: int,
        days: str,
        opens: str,
        closes: str,
        timezone: str | None,
        created_by: int,
    ) -> SessionSchedule:
        """Store a weekly session schedule for an active group channel."""
        await self._channels.get_active(guild_id, channel_id)
        zone = timezone or (await self._guilds.get(guild_id)).timezone
        times = parse_session(days, opens, closes, zone)
        if len(await self._store.sessions(guild_id)) >= MAX_SESSIONS_PER_GUILD:
            raise InvalidInput(
                f"This server already has {MAX_SESSIONS_PER_GUILD} session schedules. Remove one "
                "with `/session unschedule` first."
            )
        return await self._store.add_session(
            guild_id, channel_id, times, created_by, self._clock.now()
        )

    async def unschedule(self, guild_id: int, session_id: int) -> SessionSchedule:
        """Remove a session schedule of this guild."""
        found = await self.get(guild_id, session_id)
        await self._store.delete_session(session_id)
        return found

    async def get(self, guild_id: int, session_id: int) -> SessionSchedule:
        """A session schedule of this guild, or a kind error."""
        found = await self._store.session(session_id)
        if found is None or found.guild_id != guild_id:
            raise InvalidInput(
                f"There is no session schedule #{session_id} here. `/session list` shows them."
            )
        return found

    async def find(self, session_id: int) -> SessionSchedule | None:
        """A session schedule by id (for scheduled jobs), if it still exists."""
        return await self._store.session(session_id)

    async def listing(self, guild_id: int, channel_id: int | None = None) -> list[SessionSchedule]:
        """A guild's session schedules (of one channel, if given)."""
        return await self._store.sessions(guild_id, channel_id)

    async def every_schedule(self) -> list[SessionSchedule]:
        """All schedules of all guilds, to register their jobs."""
        return await self._store.all_sessions()

    async def set_state(self, guild_id: int, channel_id: int, state: SessionState) -> None:
        """Record that a group opens or closes now (before its permissions change)."""
        await self._channels.get_active(guild_id, channel_id)
        await self._channels.record_session(channel_id, state)

    async def current_session(
        self, guild_id: int, channel_id: int, now: datetime
    ) -> tuple[SessionSchedule, datetime] | None:
        """The schedule whose session is in progress now, and when it ends."""
        for schedule in await self._store.sessions(guild_id, channel_id):
            current = schedule.times.current(now)
            if current is not None:
                return schedule, current[1]
        return None

    async def next_opening(
        self, guild_id: int, channel_id: int, now: datetime
    ) -> tuple[SessionSchedule, datetime] | None:
        """The soonest scheduled opening after now, and its schedule."""
        found = [
            (schedule, schedule.times.next_open(now))
            for schedule in await self._store.sessions(guild_id, channel_id)
        ]
        return min(found, key=lambda pair: pair[1]) if found else None

    async def missed_changes(self, now: datetime) -> list[MissedChange]:
        """Openings and closings that happened while offline, the newest per channel only.

        A change counts as missed when it is newer than the channel's last recorded change and
        than the schedule itself, and the channel is not already in that state.
        """
        newest: dict[int, MissedChange] = {}
        for schedule in await self._store.all_sessions():
            due, state = schedule.times.latest_change(now)
            if due <= schedule.created_at:
                continue
            known = newest.get(schedule.channel_id)
            if known is None or due > known.due:
                newest[schedule.channel_id] = MissedChange(
                    schedule.guild_id, schedule.channel_id, state, due, schedule
                )
        missed = []
        for change in newest.values():
            group = await self._store.channel(change.channel_id)
            if group is None or not group.active:
                continue
            if group.session_changed_at is not None and group.session_changed_at >= change.due:
                continue
            if group.session_state is change.state:
                continue
            missed.append(change)
        return missed
