"""The records of the groups feature: group channels, guidelines, consent and moderation."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class GroupStatus(StrEnum):
    """A group channel is active, or archived (read-only for participants, history kept)."""

    ACTIVE = "active"
    ARCHIVED = "archived"


class SessionState(StrEnum):
    """Whether participants may post in a group channel right now."""

    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class GroupChannel:
    """A channel Lantern runs as a peer group."""

    channel_id: int
    guild_id: int
    name: str
    status: GroupStatus
    session_state: SessionState | None
    session_changed_at: datetime | None
    created_by: int | None
    created_at: datetime
    archived_at: datetime | None

    @property
    def active(self) -> bool:
        """Whether the channel is a working group (not archived)."""
        return self.status is GroupStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class Guidelines:
    """The guidelines in force in a guild; ``custom`` is False for the shipped default."""

    guild_id: int
    version: int
    title: str
    text: str
    custom: bool


@dataclass(frozen=True, slots=True)
class GuidelinesPost:
    """Where a version of the guidelines was posted with its I agree button."""

    guild_id: int
    channel_id: int
    message_id: int
    version: int


@dataclass(frozen=True, slots=True)
class ModerationAction:
    """One stored moderation decision (the sealed excerpt stays in the database)."""

    id: int
    guild_id: int
    channel_id: int | None
    message_id: int | None
    member_id: int | None
    pseudonym: str | None
    rule: str
    action: str
    detail: str
    created_at: datetime
