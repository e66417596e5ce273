"""Pure rules of the escalation lifecycle: deadlines, backoff, folding, paging."""

from datetime import datetime, timedelta

from bot.escalation.model import severity_rank
from bot.settings import EscalationSettings

# After this many failed attempts to post an alert in the counselors channel, the on-call and
# backup counselors are reached by DM while the channel post keeps being retried; a member's
# resources DM that fails this often is replaced by the generic note in the channel.
FALLBACK_AFTER_ATTEMPTS = 3
# Non-critical alerts beyond the per-minute threshold are collected into one digest message
# per guild, sent this long after the first of them; critical alerts are always sent alone.
DIGEST_WINDOW = timedelta(minutes=1)
DIGEST_KIND = "digest_alert"
# Outbox kinds that deliver an escalation's first notice to the counselors channel.
ALERT_KINDS = ("alert", DIGEST_KIND)
# Outbox kinds that page about an alert already posted: a re-page, or news that its severity rose.
PAGE_KINDS = ("repage", "upgrade")
# Deliveries other than the alert itself (DMs, notes) stop after this many attempts.
MAX_SECONDARY_ATTEMPTS = 8


def ack_window(severity: str, settings: EscalationSettings) -> timedelta:
    """How long an alert of ``severity`` may wait for an acknowledgement before a re-page."""
    minutes = {
        "critical": settings.ack_minutes_critical,
        "high": settings.ack_minutes_high,
    }.get(severity, settings.ack_minutes_medium)
    return timedelta(minutes=minutes)


def retry_delay(attempts: int, settings: EscalationSettings) -> timedelta:
    """Backoff before the next delivery attempt; the last configured delay repeats forever."""
    delays = settings.delivery_retry_seconds
    return timedelta(seconds=delays[min(max(attempts, 1), len(delays)) - 1])


def fold_since(now: datetime, settings: EscalationSettings) -> datetime:
    """Messages seen after this instant fold into an open escalation instead of a new one."""
    return now - timedelta(minutes=settings.dedup_window_minutes)


def resources_due(last_sent: datetime | None, now: datetime, settings: EscalationSettings) -> bool:
    """Whether a member may be sent crisis resources again."""
    if last_sent is None:
        return True
    return now - last_sent >= timedelta(minutes=settings.resources_window_minutes)


def pages_backup(page_number: int, settings: EscalationSettings) -> bool:
    """Whether the ``page_number``-th re-page also reaches the backup contacts."""
    return page_number > settings.repages_before_backup


def priority(severity: str) -> int:
    """Outbox priority: more severe alerts are delivered first."""
    return severity_rank(severity) * 10


def flooding(opened_in_window: int, settings: EscalationSettings) -> bool:
    """Whether a guild that opened ``opened_in_window`` other non-critical escalations in the
    last minute is flooding, so the next non-critical alert goes into a digest."""
    return opened_in_window >= settings.digest_threshold_per_minute
