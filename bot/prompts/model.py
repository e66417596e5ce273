"""The records of prompt schedules and posts, as the service and the store share them."""

from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.prompts.occurrences import WeeklyTime

JOB_PREFIX = "prompt-schedule-"


class ScheduleStatus(StrEnum):
    """Whether a schedule posts."""

    ACTIVE = "active"
    PAUSED = "paused"  # a facilitator paused it
    BROKEN = "broken"  # posting failed for good (channel gone, permission lost): needs /resume


class PostStatus(StrEnum):
    """What happened to one post or scheduled occurrence."""

    CLAIMED = "claimed"  # recorded before the Discord call; never attempted twice
    POSTED = "posted"
    SKIPPED = "skipped"  # missed beyond the grace period, or nothing eligible to post
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Schedule:
    """A recurring prompt post in one channel."""

    id: int
    guild_id: int
    channel_id: int
    weekdays: frozenset[int]
    at: time
    timezone: str
    topics: tuple[str, ...]  # empty: every topic
    thread: bool
    status: ScheduleStatus
    broken_reason: str | None
    active_since: datetime  # occurrences before this are never posted (creation or resume)
    created_by: int

    @property
    def rule(self) -> WeeklyTime:
        """When it posts."""
        return WeeklyTime(self.weekdays, self.at, ZoneInfo(self.timezone))

    @property
    def job_id(self) -> str:
        """The stable APScheduler job id."""
        return f"{JOB_PREFIX}{self.id}"


@dataclass(frozen=True, slots=True)
class CustomPrompt:
    """A prompt a guild's facilitators wrote."""

    guild_id: int
    number: int
    topic: str
    title: str
    body: str
    question: str
    exercise: str | None

    @property
    def prompt_id(self) -> str:
        """The id facilitators use: ``custom-<n>``."""
        return f"custom-{self.number}"


def needed_permissions(thread: bool) -> tuple[str, ...]:
    """The channel permissions (discord.py names) the bot needs to post a prompt there."""
    needed = ("view_channel", "send_messages", "embed_links")
    return (*needed, "create_public_threads") if thread else needed


def permission_label(name: str) -> str:
    """A permission as Discord's settings show it: ``send_messages`` -> ``Send Messages``."""
    return name.replace("_", " ").title()


# Discord takes every other permission away from a member who cannot view a channel, and
# Embed Links from one who cannot send: naming only the root cause tells the admin what to fix.
_IMPLIED_BY = {
    "view_channel": None,
    "send_messages": "view_channel",
    "embed_links": "send_messages",
}


def missing_labels(granted: frozenset[str], thread: bool) -> list[str]:
    """The permissions to ask an admin for, given the ones the bot has in a channel."""
    missing = [name for name in needed_permissions(thread) if name not in granted]
    root_causes = [name for name in missing if _IMPLIED_BY.get(name) not in missing]
    return [permission_label(name) for name in root_causes]
