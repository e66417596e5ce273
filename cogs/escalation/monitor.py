"""Reads every guild message (and edit) and opens an escalation when one suggests risk.

The rules take microseconds, so they run inline; only a message that escalates touches the
database. When the optional semantic stage is loaded, the few messages its gate picks out get
its second opinion in a worker thread. The last few messages of each channel are kept in memory (never stored)
so an alert can show counselors what came just before. Messages posted while the bot was
stopped or disconnected are read back when a session starts (``catch_up``).
"""

import asyncio
import logging
import sqlite3
from collections import OrderedDict, deque
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.escalation.model import ContextLine, ReasonNote, Report, Source
from bot.ratelimit import RateBudget
from bot.safety import Assessment, assess
from bot.safety.lexical import LexicalReason
from bot.store.meta import HEARTBEAT_KEY
from cogs.escalation.catch_up import CatchUp, ReadMarks, SeenIds

if TYPE_CHECKING:
    from bot.app import LanternBot
    from bot.services import Services

log = logging.getLogger(__name__)

CONTEXT_LINES = 3
CONTEXT_CHANNELS = 5000
CONTEXT_CHARS = 300
# Waits between attempts to record an escalation while the database is locked (about 6 min).
REPORT_RETRY_DELAYS = (1, 2, 5, 10, 30, 60, 60, 60, 60, 60)
# Messages waiting for the sentence model (about 8 ms each) past which only messages with a
# risk cue are still queued: about half a second of model time.
MODEL_BACKLOG = 64
# Messages without a risk cue given to the model per second (bursts up to the same number).
# A busy peer group posts a message or two a second; a flood beyond this would keep the
# model thread busy and, through the GIL, slow the event loop and every alert behind it
# (200 messages/s took the alert p99 from 19 to 80 ms), so the excess is left to the rules.
UNCUED_PER_SECOND = 10.0


class RecentMessages:
    """The last few messages of recently active channels, bounded in size."""

    def __init__(self, per_channel: int = CONTEXT_LINES, channels: int = CONTEXT_CHANNELS) -> None:
        self._per_channel = per_channel
        self._channels = channels
        self._lines: OrderedDict[int, deque[tuple[int, ContextLine]]] = OrderedDict()

    def before(self, channel_id: int, message_id: int) -> tuple[ContextLine, ...]:
        """The remembered messages of a channel older than ``message_id``."""
        lines = self._lines.get(channel_id, ())
        return tuple(line for mid, line in lines if mid < message_id)[-self._per_channel :]

    def remember(self, channel_id: int, message_id: int, author: str, text: str) -> None:
        """Keep a message as context for later alerts."""
        lines = self._lines.get(channel_id)
        if lines is None:
            lines = self._lines[channel_id] = deque(maxlen=self._per_channel + 1)
            if len(self._lines) > self._channels:
                self._lines.popitem(last=False)
        else:
            self._lines.move_to_end(channel_id)
        lines.append((message_id, ContextLine(author, text[:CONTEXT_CHARS])))


def reasons_of(text: str, assessment: Assessment) -> tuple[ReasonNote, ...]:
    """The detector's reasons in a storable form: rule id, matched words, modifiers.

    The lexical stage reads the whole message; its reason names the words that weighed most
    instead, which tells a counselor more than the message repeated.
    """
    notes = []
    for reason in assessment.reasons:
        start, end = reason.span
        matched = text[max(0, start) : max(0, end)]
        if isinstance(reason, LexicalReason) and reason.terms:
            matched = ", ".join(reason.terms)
        notes.append(
            ReasonNote(
                rule_id=reason.rule_id,
                matched=matched[:120],
                modifiers=tuple(sorted(str(m) for m in reason.modifiers)),
            )
        )
    return tuple(notes)


class Monitor(commands.Cog):
    """Risk monitoring of group messages."""

    def __init__(self, bot: "LanternBot") -> None:
        self.bot = bot
        self.recent = RecentMessages()
        # One thread for the sentence model: a burst queues there instead of taking every
        # core from the event loop (and the model gains nothing from more threads on 2 cores).
        self._model_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="semantic")
        self._model_backlog = 0  # messages queued for or inside the model thread
        self._uncued_budget = RateBudget(UNCUED_PER_SECOND)
        self.marks = ReadMarks()
        self._seen = SeenIds()
        self.catch_up = CatchUp(bot, self.marks, self.screen)

    async def cog_load(self) -> None:
        """Screen every new message inside the dispatch (see ``LanternBot.dispatch``)."""
        self.metrics = self.bot.services.metrics
        self.bot.message_screens.append(self.screen_new)
        self.bot.heartbeat_hooks.append(self.save_marks)
        # The last time a previous process said it was alive (read before this one's first
        # heartbeat overwrites it): where reading back a channel with no mark starts.
        beat = await self.bot.services.meta.get(HEARTBEAT_KEY)
        self.catch_up.since = None if beat is None else datetime.fromisoformat(beat)

    async def cog_unload(self) -> None:
        """Stop screening."""
        self.bot.message_screens.remove(self.screen_new)
        self.bot.heartbeat_hooks.remove(self.save_marks)
        self._model_thread.shutdown(wait=False, cancel_futures=True)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """A new session (start-up or reconnect): read what was posted while away."""
        await self.catch_up.run()

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        """A deleted channel has nothing left to read back: drop its mark."""
        self.marks.forget(channel.id)
        await self.bot.services.screen_marks.forget_channel(channel.id)

    @commands.Cog.listener()
    async def on_resumed(self) -> None:
        """A resumed session: Discord replays what it kept; read back anything else."""
        await self.catch_up.run()

    async def save_marks(self, services: "Services", channel_id: int | None = None) -> None:
        """Save how far each channel has been read (all channels, or one)."""
        taken = self.marks.take_unsaved(channel_id)
        try:
            await services.screen_marks.save(taken)
        except Exception:
            self.marks.restore(taken)  # the next save tries again; catch-up rereads meanwhile
            raise

    def screen_new(self, message: discord.Message) -> Coroutine[Any, Any, None] | None:
        """Screen a message delivered by the gateway (see :meth:`screen`)."""
        return self.screen(message, False)

    def screen(self, message: discord.Message, late: bool) -> Coroutine[Any, Any, None] | None:
        """Assess a message now; return escalation work only when it is needed.

        ``late`` marks a message read back after an outage. A message is screened once per
        process whichever way it arrives.
        """
        if message.guild is None or message.author.bot or not message.content:
            return None
        if not self._seen.first_time(message.id):
            return None
        self.marks.advance(message.guild.id, message.channel.id, message.id)
        self.metrics.messages_assessed.inc()
        assessment = assess(message.content)
        context = self.recent.before(message.channel.id, message.id)
        self.recent.remember(
            message.channel.id, message.id, message.author.display_name, message.content
        )
        work = self._work(message, assessment, context, late=late)
        if work is None:
            return None
        self.marks.hold(message.channel.id, message.id)
        return self._released_after(work, message.channel.id, message.id)

    async def _released_after(
        self, work: Coroutine[Any, Any, None], channel_id: int, message_id: int
    ) -> None:
        """Run a message's work, then let its channel's mark pass it. If the work raises, the
        hold stays: the saved mark stays before the message and the next start reads it
        again, rather than the alert being lost."""
        await work
        self.marks.release(channel_id, message_id)

    def _work(
        self,
        message: discord.Message,
        assessment: Assessment,
        context: tuple[ContextLine, ...],
        *,
        late: bool = False,
    ) -> Coroutine[Any, Any, None] | None:
        """What a message needs: an escalation, a second opinion, or (nearly always) nothing."""
        if assessment.escalate:
            return self.escalate(message, message.content, assessment, context, late=late)
        second = self.bot.services.second_opinion
        stage = None if second is None else second.semantic
        if stage is None or not stage.wants(message.content):
            return None
        if not stage.cued(message.content) and (
            self._model_backlog >= MODEL_BACKLOG or (not late and not self._uncued_budget.take())
        ):
            # Under a flood the model thread falls behind: keep its time for messages with a
            # risk cue rather than let every alert behind it wait. Messages read back after an
            # outage are not held to the per-second budget: the catch-up reads them one at a
            # time (so they never build a backlog), and it is their only reading.
            self.metrics.semantic_shed.inc()
            return None
        return self.reconsider(message, message.content, context, late=late)

    async def reconsider(
        self,
        message: discord.Message,
        text: str,
        context: tuple[ContextLine, ...],
        *,
        late: bool = False,
    ) -> None:
        """Ask the semantic stage about a message the rules passed over, off the event loop.

        The sentence model takes milliseconds per message: run in a worker thread it never
        stalls the gateway, and the rules' own verdict has already been acted on.
        """
        second = self.bot.services.second_opinion
        if second is None:
            return
        loop = asyncio.get_running_loop()
        self._model_backlog += 1
        try:
            assessment = await loop.run_in_executor(self._model_thread, second.assess, text)
        finally:
            self._model_backlog -= 1
        if assessment.escalate:
            await self.escalate(message, text, assessment, context, late=late)

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """Assess an edited message again: an edit can add risk."""
        message = payload.message
        if message.guild is None or message.author.bot or not message.content:
            return
        self.metrics.messages_assessed.inc()
        context = self.recent.before(message.channel.id, message.id)
        work = self._work(message, assess(message.content), context)
        if work is not None:
            await work

    async def escalate(
        self,
        message: discord.Message,
        text: str,
        assessment: Assessment,
        context: tuple[ContextLine, ...],
        *,
        late: bool = False,
    ) -> None:
        """Open (or add to) an escalation, unless the channel is not monitored.

        A message read back late (``late``) that already has an escalation is left alone:
        the bot stopped after opening it but before saving how far it had read.
        """
        assert message.guild is not None
        services = self.bot.services
        config = await services.guilds.get(message.guild.id)
        parent = getattr(message.channel, "parent_id", None)
        if not config.monitored(message.channel.id, parent):
            return
        if late and await services.escalations.knows_message(message.guild.id, message.id):
            return
        report = Report(
            guild_id=message.guild.id,
            source=Source.DETECTOR,
            category=_value(assessment.category),
            severity=_value(assessment.severity),
            channel_id=message.channel.id,
            message_id=message.id,
            member_id=message.author.id,
            member_name=message.author.display_name,
            excerpt=text,
            context=context,
            reasons=reasons_of(text, assessment),
            send_resources=True,
        )
        await self._record(report)
        # Saved now rather than with the next batch: a restart must not read it back.
        self.marks.release(message.channel.id, message.id)
        await self.save_marks(services, message.channel.id)

    async def _record(self, report: Report) -> None:
        """Record an escalation, waiting out a database that stays locked past its timeout.

        Another process holding SQLite's write lock longer than the busy timeout makes the
        write fail; the report is only in memory at that point, so it is retried with backoff
        for several minutes rather than dropped.
        """
        for delay in (*REPORT_RETRY_DELAYS, None):
            try:
                await self.bot.services.escalations.report(report)
                return
            except sqlite3.OperationalError as error:
                if delay is None or ("locked" not in str(error) and "busy" not in str(error)):
                    raise
                log.warning(
                    "database busy while recording an escalation; retrying in %ss",
                    delay,
                    extra={"guild_id": report.guild_id},
                )
                await asyncio.sleep(delay)


def _value(enum_or_str: Any) -> str:
    return str(getattr(enum_or_str, "value", enum_or_str))
