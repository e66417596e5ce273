"""Export escalations to CSV for clinical records (``lantern export-escalations``)."""

import csv
import os
from datetime import datetime
from pathlib import Path

from bot.escalation.service import EscalationService
from bot.store.escalations import escalations_since

COLUMNS = (
    "id",
    "guild_id",
    "created_at",
    "source",
    "category",
    "severity",
    "status",
    "member_id",
    "pseudonym",
    "channel_id",
    "message_id",
    "page_count",
    "overdue",
    "acknowledged_by",
    "acknowledged_at",
    "closed_by",
    "closed_at",
    "excerpt",
    "history",
)


async def export_csv(service: EscalationService, since: datetime, out: Path) -> int:
    """Write escalations created since ``since`` to ``out`` (mode 0600); returns the count."""
    escalations = await escalations_since(service.db, since)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for escalation in escalations:
            events = await service.history(escalation.id)
            history = "; ".join(
                f"{event.at.isoformat()} {event.kind}"
                + (f" by {event.actor_id}" if event.actor_id else "")
                + (f": {event.note}" if event.note else "")
                for event in events
            )
            writer.writerow(
                [
                    escalation.id,
                    escalation.guild_id,
                    escalation.created_at.isoformat(),
                    escalation.source.value,
                    escalation.category,
                    escalation.severity,
                    escalation.status.value,
                    escalation.member_id or "",
                    escalation.pseudonym or "",
                    escalation.channel_id or "",
                    escalation.message_id or "",
                    escalation.page_count,
                    int(escalation.overdue),
                    escalation.acknowledged_by or "",
                    escalation.acknowledged_at.isoformat() if escalation.acknowledged_at else "",
                    escalation.closed_by or "",
                    escalation.closed_at.isoformat() if escalation.closed_at else "",
                    service.details(escalation).excerpt,
                    history,
                ]
            )
    return len(escalations)
