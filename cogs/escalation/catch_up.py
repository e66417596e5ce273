"""Reading what was posted while Lantern was not listening.

Discord does not replay messages to a new gateway session, and a stopped bot sees nothing at
all, so without this a crisis posted during a restart, a deploy or a lost connection would
never be assessed. The monitor remembers the newest message it has read in each channel
(``ReadMarks``, saved to ``screen_marks`` with every heartbeat, at shutdown and whenever a
message escalates).
When a session starts or resumes, ``CatchUp`` reads each remembered channel's history after
its mark, oldest first, and screens every message exactly as if it had just arrived. A channel
or active thread with no mark (opened, or first written in, while the bot was away) is read from
when the bot was last known to be listening.

Reading twice is harmless: the monitor skips message ids it has already screened in this
process, and a message read late never opens a second escalation about itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import discord

if TYPE_CHECKING:
    from bot.app import LanternBot

log = logging.getLogger(__name__)

# Messages read back per channel after an outage (50 history requests). A peer-group channel
# sees far fewer in a day; past the limit the reading stops and the log says so.
CATCH_UP_LIMIT = 5000
# Read a channel with no mark from a little before the bot was last known to be listening
# (a heartbeat's interval, and clock skew between the host and Discord).
UNMARKED_MARGIN = timedelta(minutes=2)
SEEN_IDS = 20_000


class ReadMarks:
    """The newest screened message per channel, and which marks are not saved yet.

    A message whose escalation work is still under way (or failed) is *held*: no mark of its
    channel is saved or reported past it until the work is done, so a crash, a stop or an
    error between screening a message and saving its escalation leaves it to be read again.
    """

    def __init__(self) -> None:
        self._marks: dict[int, tuple[int, int]] = {}  # channel -> (guild, message)
        self._unsaved: set[int] = set()
        self._held: dict[int, set[int]] = {}  # channel -> message ids with work under way

    def hold(self, channel_id: int, message_id: int) -> None:
        """Keep the channel's mark before ``message_id`` until :meth:`release`."""
        self._held.setdefault(channel_id, set()).add(message_id)

    def release(self, channel_id: int, message_id: int) -> None:
        """The work on ``message_id`` is done: its channel's mark may pass it."""
        held = self._held.get(channel_id)
        if held is None or message_id not in held:
            return
        held.discard(message_id)
        if not held:
            del self._held[channel_id]
        if channel_id in self._marks:
            self._unsaved.add(channel_id)  # the mark saved meanwhile stopped short

    def _mark(self, channel_id: int) -> tuple[int, int]:
        """The channel's mark as it may be saved: short of its first held message."""
        guild_id, message_id = self._marks[channel_id]
        held = self._held.get(channel_id)
        return (guild_id, min(message_id, min(held) - 1)) if held else (guild_id, message_id)

    def advance(self, guild_id: int, channel_id: int, message_id: int) -> None:
        """Note that ``message_id`` was screened (marks only move forwards)."""
        current = self._marks.get(channel_id)
        if current is None or message_id > current[1]:
            self._marks[channel_id] = (guild_id, message_id)
            self._unsaved.add(channel_id)

    def forget(self, channel_id: int) -> None:
        """Drop a channel's mark (the channel was deleted)."""
        self._marks.pop(channel_id, None)
        self._unsaved.discard(channel_id)
        self._held.pop(channel_id, None)

    def of_guild(self, guild_id: int) -> dict[int, int]:
        """This process's marks in one guild: ``{channel_id: message_id}``."""
        return {
            channel: self._mark(channel)[1]
            for channel, (guild, _) in self._marks.items()
            if guild == guild_id
        }

    def take_unsaved(self, channel_id: int | None = None) -> list[tuple[int, int, int]]:
        """Marks not saved yet (all, or one channel's) as ``(channel, guild, message)``."""
        wanted = self._unsaved if channel_id is None else self._unsaved & {channel_id}
        taken = [(channel, *self._mark(channel)) for channel in sorted(wanted)]
        self._unsaved -= wanted
        return taken

    def restore(self, taken: list[tuple[int, int, int]]) -> None:
        """Put back marks whose save failed, so that the next save tries again."""
        self._unsaved.update(channel for channel, _, _ in taken)


class SeenIds:
    """Message ids screened recently in this process (bounded), to skip a second reading."""

    def __init__(self, size: int = SEEN_IDS) -> None:
        self._size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def first_time(self, message_id: int) -> bool:
        """Record ``message_id``; False if it was already recorded."""
        if message_id in self._ids:
            return False
        self._ids[message_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


Screen = Callable[[discord.Message, bool], Coroutine[Any, Any, None] | None]


class CatchUp:
    """Screens the messages posted in monitored channels since each channel's mark."""

    def __init__(self, bot: LanternBot, marks: ReadMarks, screen: Screen) -> None:
        self.bot = bot
        self.marks = marks
        self.screen = screen
        self._lock = asyncio.Lock()
        # Since when a monitored channel with no mark is read back: a previous process's last
        # heartbeat at start-up, then the start of the last catch-up (the bot was connected
        # then; a channel still without a mark saw no message after it while connected).
        # None on a first start: a new installation does not read old history.
        self.since: datetime | None = None

    async def run(self) -> int:
        """Catch up every guild; returns how many messages were read back."""
        async with self._lock:  # a resume during a catch-up waits, then reads what is new
            started = self.bot.services.clock.now()
            total = 0
            for guild in list(self.bot.guilds):
                total += await self.guild(guild)
            self.since = started
            if total:
                log.info("caught up on %d messages posted while disconnected", total)
            return total

    async def guild(self, guild: discord.Guild) -> int:
        """Catch up one guild's remembered channels."""
        services = self.bot.services
        config = await services.guilds.get(guild.id)
        marks = await services.screen_marks.for_guild(guild.id)
        for channel_id, message_id in self.marks.of_guild(guild.id).items():
            marks[channel_id] = max(message_id, marks.get(channel_id, 0))
        if self.since is not None:
            # A thread opened, or a channel first spoken in, while the bot was away has no
            # mark: read it from when the bot was last known to be listening.
            floor = discord.utils.time_snowflake(self.since - UNMARKED_MARGIN)
            for place in (*guild.text_channels, *guild.threads):
                if place.id not in marks:
                    marks[place.id] = floor
        total = 0
        for channel_id, after in sorted(marks.items()):
            channel = guild.get_channel_or_thread(channel_id)
            if not isinstance(channel, discord.TextChannel | discord.Thread):
                continue  # deleted, or an archived thread: nothing new can be posted there
            if not config.monitored(channel.id, getattr(channel, "parent_id", None)):
                continue
            total += await self.channel(channel, after)
        return total

    async def channel(self, channel: discord.TextChannel | discord.Thread, after: int) -> int:
        """Screen a channel's messages newer than ``after``, oldest first."""
        count = 0
        try:
            async for message in channel.history(
                limit=CATCH_UP_LIMIT, after=discord.Object(after), oldest_first=True
            ):
                count += 1
                try:
                    await _run(self.screen(message, True))
                except discord.HTTPException:
                    raise
                except Exception:
                    # One message's failed escalation must not end the reading of the rest;
                    # its hold keeps the saved mark before it, so the next start reads it again.
                    log.exception(
                        "could not act on a message read back", extra={"message_id": message.id}
                    )
        except discord.HTTPException as error:  # includes Forbidden and NotFound
            log.warning(
                "could not read back a channel's missed messages",
                extra={"channel_id": channel.id, "status": error.status},
            )
        if count >= CATCH_UP_LIMIT:
            log.warning(
                "read back %d messages and stopped; later ones posted while disconnected "
                "were not assessed",
                CATCH_UP_LIMIT,
                extra={"channel_id": channel.id},
            )
        return count


async def _run(work: Awaitable[None] | None) -> None:
    if work is not None:
        await work
