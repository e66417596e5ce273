"""Delivering prompts to Discord: scheduled jobs, start-up catch-up, and broken schedules.

The service decides and records what is due (:meth:`PromptService.claim_due`); this module
only sends it. Each job is registered under a stable id (``prompt-schedule-<id>``) with a
:class:`~bot.prompts.trigger.WeeklyTrigger`. APScheduler's own misfire handling is switched off
for these jobs (``misfire_grace_time=None``): however late a job runs, the database decides
what is still worth posting, exactly as at start-up.
"""

import asyncio
import logging
from typing import Literal

import discord

from bot.app import LanternBot
from bot.prompts.library import Prompt
from bot.prompts.model import JOB_PREFIX, Schedule
from bot.prompts.service import Claim, PromptService
from bot.prompts.trigger import WeeklyTrigger
from cogs._common import NO_MENTIONS
from cogs.prompts.render import missing_permissions, prompt_embed, thread_name

log = logging.getLogger(__name__)

# Server errors are retried a little; the occurrence stays claimed, so a retry never doubles a
# post that Discord did not acknowledge as created.
RETRY_DELAYS = (2.0, 10.0)
# How long a due prompt waits for its server to come back after a reconnect.
GUILD_WAIT_SECONDS = 120
THREAD_ARCHIVE_MINUTES: Literal[1440] = 1440  # a day


class GuildUnavailable(Exception):
    """Discord has not (re)sent the server: the channel may well still exist."""


class CannotPost(Exception):
    """The channel is gone or the bot lacks permission: retrying will not help."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PromptPoster:
    """Sends prompts and keeps the scheduler's jobs in step with the schedules."""

    def __init__(self, bot: LanternBot, service: PromptService) -> None:
        self.bot = bot
        self.service = service

    # Jobs -------------------------------------------------------------------------------------

    def register(self, schedule: Schedule) -> None:
        """Add (or replace) the job of an active schedule."""
        self.bot.services.scheduler.add_job(
            # The plain function with the poster as an argument, not the bound method: APScheduler
            # inspects the callable's signature for every job, and a bound method costs twice as
            # much (it matters with thousands of schedules at start-up).
            PromptPoster.run_schedule,
            trigger=WeeklyTrigger(schedule.rule),
            args=(self, schedule.id),
            id=schedule.job_id,
            name=schedule.job_id,
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
            max_instances=1,
        )

    def unregister(self, schedule_id: int) -> None:
        """Remove a schedule's job, if it has one."""
        scheduler = self.bot.services.scheduler
        job_id = f"{JOB_PREFIX}{schedule_id}"
        if scheduler.get_job(job_id) is not None:
            scheduler.remove_job(job_id)

    def unregister_all(self) -> None:
        """Remove every prompt job (when the cog is unloaded)."""
        for job in self.bot.services.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX):
                job.remove()

    async def catch_up(self) -> None:
        """Once connected, post what was missed while offline (within grace) and skip the rest."""
        if not await self.bot.until_connected():
            return
        for schedule_id in await self.service.needing_catch_up():
            await self.run_schedule(schedule_id)

    async def run_schedule(self, schedule_id: int) -> None:
        """The job: claim what is due for the schedule, then post it."""
        try:
            claim = await self.service.claim_due(schedule_id)
            if claim is not None:
                await self._post_claim(claim)
        except Exception:
            # A job must never die silently inside the scheduler; the occurrence stays recorded.
            log.exception("prompt schedule run failed", extra={"schedule_id": schedule_id})

    async def _post_claim(self, claim: Claim) -> None:
        schedule = claim.schedule
        try:
            message = await self.deliver(
                schedule.guild_id, schedule.channel_id, claim.prompt, thread=schedule.thread
            )
        except CannotPost as exc:
            await self.service.failed(claim.post_id, exc.reason)
            await self.stop_broken(schedule, exc.reason)
            return
        except GuildUnavailable:
            # Discord has not sent the server back (an outage): skip this occurrence only.
            await self.service.failed(claim.post_id, "the server was unavailable")
            log.warning(
                "prompt skipped: the server is unavailable",
                extra={"schedule_id": schedule.id, "guild_id": schedule.guild_id},
            )
            return
        except discord.HTTPException as exc:
            await self.service.failed(claim.post_id, f"Discord error {exc.status}")
            log.warning(
                "prompt post failed; the occurrence is not retried",
                extra={"schedule_id": schedule.id, "status": exc.status},
            )
            return
        await self.service.posted(claim.post_id, message.id)
        log.info(
            "prompt posted",
            extra={
                "guild_id": schedule.guild_id,
                "schedule_id": schedule.id,
                "prompt_id": claim.prompt.id,
                "late": claim.late,
            },
        )

    async def stop_broken(self, schedule: Schedule, reason: str) -> None:
        """Mark the schedule broken, drop its job and tell the facilitators in the modlog."""
        await self.service.mark_broken(schedule.id, reason)
        self.unregister(schedule.id)
        await self.notify_modlog(
            schedule.guild_id,
            f"⚠️ Prompt schedule #{schedule.id} in <#{schedule.channel_id}> has stopped: "
            f"{reason}. Nothing more will be posted until this is fixed and a facilitator runs "
            f"`/prompts resume id:{schedule.id}`.",
        )

    async def notify_modlog(self, guild_id: int, text: str) -> None:
        """Post a note in the guild's modlog channel, if it has a usable one."""
        config = await self.bot.services.guilds.get(guild_id)
        channel = (
            self.bot.get_channel(config.modlog_channel_id) if config.modlog_channel_id else None
        )
        if not isinstance(channel, discord.TextChannel):
            log.warning("no modlog channel for a prompt notice", extra={"guild_id": guild_id})
            return
        try:
            await channel.send(text, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            log.warning(
                "could not post a prompt notice in the modlog",
                extra={"guild_id": guild_id, "status": exc.status},
            )

    # Delivery ---------------------------------------------------------------------------------

    async def _channel(self, guild_id: int, channel_id: int) -> discord.TextChannel:
        guild = await self._available_guild(guild_id)
        channel = guild.get_channel(channel_id)
        if not isinstance(channel, discord.TextChannel):
            raise CannotPost("the channel was deleted or I can no longer see it")
        return channel

    async def _available_guild(self, guild_id: int) -> discord.Guild:
        """The guild, once Discord has (re)sent it; a missing guild is not a missing channel.

        Right after a reconnect, guilds arrive one by one: a schedule due in that moment waits
        for its guild rather than being stopped as if its channel had been deleted.
        """
        for _ in range(GUILD_WAIT_SECONDS):
            guild = self.bot.get_guild(guild_id)
            if guild is not None and not guild.unavailable:
                return guild
            await asyncio.sleep(1)
        raise GuildUnavailable

    async def deliver(
        self, guild_id: int, channel_id: int, prompt: Prompt, *, thread: bool
    ) -> discord.Message:
        """Post ``prompt`` (and open its discussion thread); :class:`CannotPost` if impossible."""
        channel = await self._channel(guild_id, channel_id)
        missing = missing_permissions(channel, thread=False)
        if missing:
            raise CannotPost(f"I'm missing {', '.join(missing)} in #{channel.name}")
        embed = prompt_embed(
            prompt, self.service.catalogue.topic_label(prompt.topic), self.service.library.footer
        )
        message = await self._send(channel, embed)
        if thread and not missing_permissions(channel, thread=True):
            await self._open_thread(message, prompt)
        elif thread:
            # The prompt is what matters; a lost thread permission should not stop the schedule.
            log.warning(
                "prompt posted without its thread: missing Create Public Threads",
                extra={"guild_id": guild_id, "channel_id": channel_id},
            )
        return message

    async def _send(self, channel: discord.TextChannel, embed: discord.Embed) -> discord.Message:
        for attempt, delay in enumerate((*RETRY_DELAYS, None)):
            try:
                return await channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
            except discord.Forbidden as exc:
                raise CannotPost(
                    f"Discord refused my post in #{channel.name} (missing permission)"
                ) from exc
            except discord.NotFound as exc:
                raise CannotPost("the channel was deleted or I can no longer see it") from exc
            except discord.HTTPException as exc:
                if delay is None or exc.status < 500:
                    raise
                log.info(
                    "retrying a prompt post", extra={"attempt": attempt + 1, "status": exc.status}
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _open_thread(self, message: discord.Message, prompt: Prompt) -> None:
        # The prompt itself is out; a missing thread is worth a log line, not a broken schedule.
        try:
            await message.create_thread(
                name=thread_name(prompt), auto_archive_duration=THREAD_ARCHIVE_MINUTES
            )
        except discord.HTTPException as exc:
            log.warning(
                "could not open a prompt discussion thread",
                extra={"channel_id": message.channel.id, "status": exc.status},
            )
