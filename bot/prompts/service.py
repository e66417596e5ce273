"""The prompt service: schedules, what is due to post, and the record of every post.

The rules live here and in :mod:`bot.prompts.catalogue` (which prompts a guild can post);
the Discord adapter (``cogs.prompts``) only renders and delivers. Every
scheduled occurrence is claimed in the database, in the same transaction that decides it is
due, before anything is sent: an occurrence is attempted at most once, whatever restarts.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.prompts.catalogue import PromptCatalogue
from bot.prompts.days import describe_days, parse_days
from bot.prompts.library import Prompt, PromptLibrary
from bot.prompts.model import PostStatus, Schedule, ScheduleStatus
from bot.prompts.occurrences import plan_due
from bot.settings import PromptSettings
from bot.store.guilds import GuildConfigStore
from bot.store.prompts import PromptStore
from bot.timeofday import parse_time_of_day
from bot.timezones import validate_timezone

log = logging.getLogger(__name__)

MAX_SCHEDULES_PER_GUILD = 25
# A post this much after its occurrence is "late" (the bot was catching up), not merely slow.
LATE_AFTER = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Claim:
    """A scheduled occurrence that is due and now recorded as being posted."""

    post_id: int
    schedule: Schedule
    occurrence: datetime
    prompt: Prompt
    late: bool


@dataclass(frozen=True, slots=True)
class ManualPost:
    """A post made by hand, recorded before it is sent."""

    post_id: int
    prompt: Prompt


class PromptService:
    """Prompt schedules and posts for every guild; ``catalogue`` holds the prompts themselves."""

    def __init__(
        self,
        *,
        store: PromptStore,
        library: PromptLibrary,
        clock: Clock,
        guilds: GuildConfigStore,
        settings: PromptSettings,
    ) -> None:
        self._store = store
        self.catalogue = PromptCatalogue(store=store, library=library, clock=clock)
        self._clock = clock
        self._guilds = guilds
        self._settings = settings

    @property
    def library(self) -> PromptLibrary:
        """The shipped prompt library."""
        return self.catalogue.library

    # Schedules --------------------------------------------------------------------------------

    async def create_schedule(
        self,
        *,
        guild_id: int,
        channel_id: int,
        days: str,
        time_of_day: str,
        topic: str | None,
        thread: bool | None,
        timezone: str | None,
        actor_id: int,
    ) -> Schedule:
        """Validate everything, then store an active schedule. Bad input stores nothing."""
        weekdays = parse_days(days)
        at = parse_time_of_day(time_of_day)
        zone_name = timezone if timezone else (await self._guilds.get(guild_id)).timezone
        zone = validate_timezone(zone_name)
        slug = self.catalogue.resolve_topic(topic)
        topics = (slug,) if slug else ()
        if not await self.catalogue.eligible(guild_id, topics):
            raise InvalidInput(
                "There are no prompts to post in that topic: every one is switched off. "
                "Switch some back on with `/prompts enable`, or add your own with `/prompts add`."
            )
        if await self._store.count_schedules(guild_id) >= MAX_SCHEDULES_PER_GUILD:
            raise InvalidInput(
                f"This server already has {MAX_SCHEDULES_PER_GUILD} prompt schedules, the most it "
                "can have. Remove one with `/prompts unschedule` first."
            )
        schedule = await self._store.add_schedule(
            guild_id=guild_id,
            channel_id=channel_id,
            weekdays=weekdays,
            at=at,
            timezone=zone.key,
            topics=topics,
            thread=self._settings.threads if thread is None else thread,
            created_by=actor_id,
            now=self._clock.now(),
        )
        log.info(
            "prompt schedule created",
            extra={"guild_id": guild_id, "schedule_id": schedule.id},
        )
        return schedule

    async def schedules(self, guild_id: int) -> list[Schedule]:
        """The guild's schedules."""
        return await self._store.schedules(guild_id)

    async def active_schedules(self) -> list[Schedule]:
        """Every schedule that should have a job."""
        return await self._store.active_schedules()

    async def schedule(self, schedule_id: int) -> Schedule | None:
        """One schedule by id (any guild)."""
        return await self._store.schedule(schedule_id)

    async def _own(self, guild_id: int, schedule_id: int) -> Schedule:
        schedule = await self._store.schedule(schedule_id)
        if schedule is None or schedule.guild_id != guild_id:
            raise InvalidInput(
                f"This server has no prompt schedule #{schedule_id}. `/prompts list` shows them."
            )
        return schedule

    async def pause(self, guild_id: int, schedule_id: int) -> Schedule:
        """Stop a schedule posting until it is resumed."""
        schedule = await self._own(guild_id, schedule_id)
        if schedule.status is ScheduleStatus.PAUSED:
            raise InvalidInput(f"Schedule #{schedule_id} is already paused.")
        await self._store.set_status(schedule_id, ScheduleStatus.PAUSED, self._clock.now())
        return await self._own(guild_id, schedule_id)

    async def resume(self, guild_id: int, schedule_id: int) -> Schedule:
        """Start a paused or broken schedule again, from now on (nothing missed is posted)."""
        schedule = await self._own(guild_id, schedule_id)
        if schedule.status is ScheduleStatus.ACTIVE:
            raise InvalidInput(f"Schedule #{schedule_id} is already running.")
        now = self._clock.now()
        await self._store.set_status(schedule_id, ScheduleStatus.ACTIVE, now, active_since=now)
        return await self._own(guild_id, schedule_id)

    async def unschedule(self, guild_id: int, schedule_id: int) -> Schedule:
        """Delete a schedule (what it posted stays in the channel's rotation history)."""
        schedule = await self._own(guild_id, schedule_id)
        await self._store.delete_schedule(schedule_id)
        return schedule

    async def mark_broken(self, schedule_id: int, reason: str) -> Schedule | None:
        """Stop a schedule that cannot post (channel gone, permission lost) until resumed."""
        await self._store.set_status(
            schedule_id, ScheduleStatus.BROKEN, self._clock.now(), reason=reason
        )
        log.warning("prompt schedule broken", extra={"schedule_id": schedule_id})
        return await self._store.schedule(schedule_id)

    def describe(self, schedule: Schedule) -> str:
        """One line about when and what a schedule posts."""
        topics = (
            ", ".join(self.catalogue.topic_label(slug) for slug in schedule.topics) or "all topics"
        )
        return (
            f"{describe_days(schedule.weekdays)} at {schedule.at:%H:%M} ({schedule.timezone}) · "
            f"{topics}"
        )

    def next_occurrence(self, schedule: Schedule) -> datetime:
        """When the schedule next posts, if it is running."""
        return schedule.rule.next_after(self._clock.now())

    # Posting ----------------------------------------------------------------------------------

    async def needing_catch_up(self) -> list[int]:
        """Active schedules with an occurrence since they last handled one (start-up catch-up).

        One read for all schedules, so that thousands of schedules with nothing missed cost
        no transaction each; :meth:`claim_due` then decides each one under its transaction.
        """
        now = self._clock.now()
        grace = timedelta(minutes=self._settings.misfire_grace_minutes)
        last = await self._store.last_occurrences()
        found = []
        for schedule in await self._store.active_schedules():
            handled = last.get(schedule.id)
            since = max(handled, schedule.active_since) if handled else schedule.active_since
            plan = plan_due(schedule.rule, since, now, grace)
            if plan.post is not None or plan.skipped:
                found.append(schedule.id)
        return found

    async def claim_due(self, schedule_id: int) -> Claim | None:
        """Decide what of the schedule is due now, record it, and return the post to make.

        Occurrences since the last handled one (or since the schedule became active) are
        planned by :func:`~bot.prompts.occurrences.plan_due`: the newest is claimed if within
        the grace period, older ones are recorded as skipped. ``None``: nothing to post.
        """
        now = self._clock.now()
        grace = timedelta(minutes=self._settings.misfire_grace_minutes)
        async with self._store.transaction():
            schedule = await self._store.schedule(schedule_id)
            if schedule is None or schedule.status is not ScheduleStatus.ACTIVE:
                return None
            last = await self._store.last_occurrence(schedule_id)
            since = max(last, schedule.active_since) if last else schedule.active_since
            plan = plan_due(schedule.rule, since, now, grace)
            if plan.skipped:
                await self._store.record_skipped(
                    schedule, plan.skipped, "missed while offline, past the grace period", now
                )
                log.warning(
                    "skipped missed prompt occurrences",
                    extra={"schedule_id": schedule_id, "count": len(plan.skipped)},
                )
            if plan.post is None:
                return None
            prompt = await self.catalogue.next_prompt(
                schedule.guild_id, schedule.channel_id, schedule.topics
            )
            if prompt is None:
                await self._store.record_skipped(
                    schedule, [plan.post], "no eligible prompts (all switched off)", now
                )
                return None
            post_id = await self._store.claim(schedule, plan.post, prompt.id, now)
        if post_id is None:
            return None
        return Claim(
            post_id=post_id,
            schedule=schedule,
            occurrence=plan.post,
            prompt=prompt,
            late=now - plan.post > LATE_AFTER,
        )

    async def prepare_manual(
        self, guild_id: int, channel_id: int, topic: str | None, prompt_id: str | None
    ) -> ManualPost:
        """Choose (or look up) the prompt for ``/prompts post`` and record it before sending."""
        if prompt_id:
            prompt = await self.catalogue.find(guild_id, prompt_id)
            if prompt.builtin and prompt.id in await self._store.disabled(guild_id):
                raise InvalidInput(
                    f"`{prompt.id}` is switched off for this server. Switch it on with "
                    "`/prompts enable` first."
                )
        else:
            slug = self.catalogue.resolve_topic(topic)
            chosen = await self.catalogue.next_prompt(guild_id, channel_id, (slug,) if slug else ())
            if chosen is None:
                raise InvalidInput("There are no prompts to post: every one is switched off.")
            prompt = chosen
        post_id = await self._store.record_manual(
            guild_id, channel_id, prompt.id, self._clock.now()
        )
        return ManualPost(post_id=post_id, prompt=prompt)

    async def posted(self, post_id: int, message_id: int) -> None:
        """Record that a claimed post reached Discord."""
        await self._store.finish_post(
            post_id, PostStatus.POSTED, self._clock.now(), message_id=message_id
        )

    async def failed(self, post_id: int, detail: str) -> None:
        """Record that a claimed post did not reach Discord (it is not retried later)."""
        await self._store.finish_post(post_id, PostStatus.FAILED, self._clock.now(), detail=detail)
