"""Opening and closing group channels: by command, by scheduled job, and after a restart.

Each session schedule has three jobs with stable ids (``group-session-<id>-open``, ``-close``
and ``-remind``), each on a :class:`~bot.prompts.trigger.WeeklyTrigger`, the CronTrigger that
keeps local wall-clock time across daylight-saving changes. Jobs call into here; the state is
recorded in the database before the channel's permissions change, and a job whose schedule
was removed (or whose group was archived) removes itself.
"""

import logging
from datetime import datetime

import discord

from bot.app import LanternBot
from bot.errors import UserFacingError
from bot.groups import permissions as perms
from bot.groups.feature import Groups
from bot.groups.model import SessionState
from bot.groups.schedule import (
    REMINDER_BEFORE,
    SessionSchedule,
    local_day_and_time,
    local_time,
)
from bot.prompts.occurrences import WeeklyTime
from bot.prompts.trigger import WeeklyTrigger
from cogs._common import NO_MENTIONS
from cogs.groups.channels import lacking_in_channel, require_in_channel, set_participants
from cogs.groups.notify import post_modlog

log = logging.getLogger(__name__)

JOB_PREFIX = "group-session-"
KINDS = ("open", "close", "remind")
# A scheduled change that runs later than this (the bot was busy or offline) still changes the
# channel, but without the note: "Group is open" an hour late would only confuse.
NOTE_GRACE_SECONDS = 30 * 60


class SessionJobs:
    """Applies session changes and keeps the scheduler's jobs in step with the schedules."""

    def __init__(self, bot: LanternBot, groups: Groups) -> None:
        self.bot = bot
        self.groups = groups

    # Jobs -------------------------------------------------------------------------------------

    def register(self, schedule: SessionSchedule) -> None:
        """Add (or replace) a schedule's three jobs."""
        rules: dict[str, WeeklyTime] = {
            "open": schedule.times.open_rule(),
            "close": schedule.times.close_rule(),
            "remind": schedule.times.reminder_rule(),
        }
        for kind, rule in rules.items():
            self.bot.services.scheduler.add_job(
                SessionJobs.run,
                trigger=WeeklyTrigger(rule),
                args=(self, schedule.id, kind),
                id=schedule.job_id(kind),
                name=schedule.job_id(kind),
                replace_existing=True,
                misfire_grace_time=NOTE_GRACE_SECONDS,
                coalesce=True,
                max_instances=1,
            )

    def unregister(self, schedule_id: int) -> None:
        """Remove a schedule's jobs, if it has any."""
        scheduler = self.bot.services.scheduler
        for kind in KINDS:
            job_id = f"{JOB_PREFIX}{schedule_id}-{kind}"
            if scheduler.get_job(job_id) is not None:
                scheduler.remove_job(job_id)

    def unregister_all(self) -> None:
        """Remove every session job (when the cog is unloaded)."""
        for job in self.bot.services.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX):
                job.remove()

    async def run(self, schedule_id: int, kind: str) -> None:
        """The job: open, close or remind for one schedule (it must never raise)."""
        try:
            schedule = await self.groups.sessions.find(schedule_id)
            if schedule is None:
                self.unregister(schedule_id)
                return
            if kind == "remind":
                await self._remind(schedule)
                return
            state = SessionState.OPEN if kind == "open" else SessionState.CLOSED
            await self.apply(schedule.guild_id, schedule.channel_id, state, scheduled=True)
        except UserFacingError as exc:
            await self._report_problem(schedule_id, exc.message)
        except Exception:
            log.exception("session job failed", extra={"schedule_id": schedule_id, "kind": kind})

    async def catch_up(self) -> None:
        """Once connected, apply the openings and closings missed while offline."""
        if not await self.bot.until_connected():
            return
        try:
            for change in await self.groups.sessions.missed_changes(self.bot.services.clock.now()):
                late = (self.bot.services.clock.now() - change.due).total_seconds()
                await self.apply(
                    change.guild_id,
                    change.channel_id,
                    change.state,
                    scheduled=True,
                    note=late <= NOTE_GRACE_SECONDS,
                )
        except Exception:
            log.exception("session catch-up failed")

    # Changes ----------------------------------------------------------------------------------

    def _channel(self, channel_id: int) -> discord.TextChannel | None:
        channel = self.bot.get_channel(channel_id)
        return channel if isinstance(channel, discord.TextChannel) else None

    def check(self, channel: discord.TextChannel) -> None:
        """Raise a kind error naming what the bot lacks to open or close this channel."""
        require_in_channel(channel, (*perms.TO_EDIT_CHANNEL, *perms.TO_POST))

    async def apply(
        self,
        guild_id: int,
        channel_id: int,
        state: SessionState,
        *,
        scheduled: bool = False,
        note: bool = True,
    ) -> str:
        """Record the new state, change who may post, and post a short note; returns the note."""
        channel = self._channel(channel_id)
        if channel is None:
            raise _Gone(f"<#{channel_id}> no longer exists or I can't see it")
        self.check(channel)
        await self.groups.sessions.set_state(guild_id, channel_id, state)
        config = await self.bot.services.guilds.get(guild_id)
        spec = perms.PARTICIPANT if state is SessionState.OPEN else perms.SESSION_CLOSED
        await set_participants(channel, config, spec)
        text = await self._note(guild_id, channel_id, state)
        if note:
            try:
                await channel.send(text, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException as exc:
                log.warning("could not post the session note", extra={"code": exc.code})
        log.info(
            "group session %s",
            state.value,
            extra={"guild_id": guild_id, "channel_id": channel_id, "scheduled": scheduled},
        )
        return text

    async def _note(self, guild_id: int, channel_id: int, state: SessionState) -> str:
        now = self.bot.services.clock.now()
        sessions = self.groups.sessions
        if state is SessionState.OPEN:
            current = await sessions.current_session(guild_id, channel_id, now)
            if current is None:
                return "🟢 Group is open."
            schedule, ends = current
            return f"🟢 Group is open until {local_time(ends, schedule.times.timezone)}."
        upcoming = await sessions.next_opening(guild_id, channel_id, now)
        if upcoming is None:
            return "🔴 Group is closed for now. Thank you for being here."
        schedule, opens = upcoming
        return (
            "🔴 Group is closed. Thank you for being here. Next session: "
            f"{local_day_and_time(opens, schedule.times.timezone)} ({schedule.times.timezone})."
        )

    async def _remind(self, schedule: SessionSchedule) -> None:
        channel = self._channel(schedule.channel_id)
        if channel is None or lacking_in_channel(channel, perms.TO_POST):
            await self._report_problem(schedule.id, "I can't post the reminder in that channel")
            return
        opens = schedule.times.next_open(self.bot.services.clock.now())
        minutes = int(REMINDER_BEFORE.total_seconds() // 60)
        try:
            await channel.send(
                f"⏰ Group opens in {minutes} minutes "
                f"({local_time(opens, schedule.times.timezone)}).",
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as exc:
            log.warning("could not post the session reminder", extra={"code": exc.code})

    async def _report_problem(self, schedule_id: int, reason: str) -> None:
        schedule = await self.groups.sessions.find(schedule_id)
        if schedule is None:
            return
        await post_modlog(
            self.bot,
            schedule.guild_id,
            content=(
                f"⚠️ Session schedule #{schedule.id} for <#{schedule.channel_id}> couldn't run: "
                f"{reason}"
            ),
        )


class _Gone(UserFacingError):
    """The group channel is gone or invisible to the bot."""


def next_change_line(schedule: SessionSchedule, now: datetime) -> str:
    """The schedule and its next opening, for listings."""
    opens = schedule.times.next_open(now)
    return (
        f"**#{schedule.id}** <#{schedule.channel_id}> · {schedule.times.describe()} · next: "
        f"{discord.utils.format_dt(opens, 'F')}"
    )
