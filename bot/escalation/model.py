"""The escalation record and the words used about it."""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

SEVERITIES = ("none", "low", "medium", "high", "critical")
CATEGORIES = ("suicide", "self_harm", "overdose", "relapse", "violence", "abuse", "other")


def severity_rank(severity: str) -> int:
    """Position of ``severity`` in the order none < low < medium < high < critical."""
    return SEVERITIES.index(severity)


def max_severity(first: str, second: str) -> str:
    """The more severe of two severities."""
    return first if severity_rank(first) >= severity_rank(second) else second


class Status(StrEnum):
    """Lifecycle: open -> acknowledged -> resolved | false_alarm."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    FALSE_ALARM = "false_alarm"

    @property
    def closed(self) -> bool:
        """Whether a counselor has finished with it."""
        return self in (Status.RESOLVED, Status.FALSE_ALARM)


class Source(StrEnum):
    """Where an escalation came from."""

    DETECTOR = "detector"
    FLAG = "flag"
    STAFF = "staff"
    CHECKIN = "checkin"
    SHARE = "share"


@dataclass(frozen=True, slots=True)
class ContextLine:
    """One earlier message of the channel, for the counselor's context."""

    author: str
    text: str


@dataclass(frozen=True, slots=True)
class ReasonNote:
    """Why the detector (or a person) raised it: a rule id and the words it matched."""

    rule_id: str
    matched: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """What a source submits to open (or add to) an escalation."""

    guild_id: int
    source: Source
    category: str
    severity: str
    channel_id: int | None = None
    message_id: int | None = None
    member_id: int | None = None
    member_name: str | None = None
    pseudonym: str | None = None
    reporter_id: int | None = None
    excerpt: str = ""
    context: tuple[ContextLine, ...] = ()
    reasons: tuple[ReasonNote, ...] = ()
    note: str | None = None
    send_resources: bool = False

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES[1:]:
            raise ValueError(f"an escalation needs a severity of low or above, not {self.severity}")
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")


@dataclass(frozen=True, slots=True)
class Escalation:
    """A stored escalation. Sensitive text stays sealed until a counselor view needs it."""

    id: int
    guild_id: int
    channel_id: int | None
    message_id: int | None
    member_id: int | None
    pseudonym: str | None
    reporter_id: int | None
    source: Source
    category: str
    severity: str
    status: Status
    fold_count: int
    created_at: datetime
    last_seen_at: datetime
    ack_deadline: datetime | None
    page_count: int
    overdue: bool
    acknowledged_by: int | None
    acknowledged_at: datetime | None
    closed_by: int | None
    closed_at: datetime | None
    delivery_state: str
    alert_channel_id: int | None
    alert_message_id: int | None
    thread_id: int | None
    sealed_excerpt: str | None = field(default=None, repr=False)
    sealed_context: str | None = field(default=None, repr=False)
    sealed_reasons: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Details:
    """The unsealed text of an escalation, for counselors only."""

    excerpt: str
    context: tuple[ContextLine, ...]
    reasons: tuple[ReasonNote, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """One stored transition or action: who, when, what, and an optional note."""

    id: int
    escalation_id: int
    at: datetime
    actor_id: int | None
    kind: str
    note: str | None
