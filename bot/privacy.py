"""Data rights and retention: what Lantern holds about a person, forgetting, and purging.

Other features register their personal data through :class:`PersonalData` providers, so this
module stays the one place that answers "what do you hold about me?".
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.checkins.service import CheckinService
from bot.clock import Clock
from bot.escalation.model import Escalation
from bot.settings import RetentionSettings
from bot.store.checkins import CheckinStore
from bot.store.escalations import PersonalEscalationData

# A feature's contribution: export(guild, member) -> JSON-able list, forget(guild, member) -> count.
Exporter = Callable[[int, int], Awaitable[list[dict[str, Any]]]]
Forgetter = Callable[[int, int], Awaitable[int]]
Purger = Callable[[datetime, bool], Awaitable[int]]


@dataclass
class PersonalData:
    """One feature's personal records."""

    name: str
    export: Exporter
    forget: Forgetter


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What /forget-me removed, by kind, and what waits for an escalation to close."""

    removed: dict[str, int]
    kept_open_escalations: int


@dataclass
class PrivacyService:
    """Answers data requests and enforces retention."""

    checkins: CheckinService
    checkin_store: CheckinStore
    escalations: PersonalEscalationData
    clock: Clock
    retention: RetentionSettings
    providers: list[PersonalData] = field(default_factory=list)
    purgers: dict[str, Purger] = field(default_factory=dict)

    def register(self, provider: PersonalData, purger: Purger | None = None) -> None:
        """Add a feature's personal data (and its retention purge, if any)."""
        self.providers.append(provider)
        if purger is not None:
            self.purgers[provider.name] = purger

    async def export(self, guild_id: int, member_id: int) -> dict[str, Any]:
        """Everything stored about a member in a guild, as JSON-able data."""
        escalations = await self.escalations.about_member(guild_id, member_id)
        data: dict[str, Any] = {
            "guild_id": str(guild_id),
            "member_id": str(member_id),
            "exported_at": self.clock.now().isoformat(),
            "checkins": await self.checkins.export(guild_id, member_id),
            "escalations_about_you": [_escalation_summary(e) for e in escalations],
            "crisis_resources_sent": [
                {"sent_at": sent, "via": via}
                for sent, via in await self.escalations.notices_of(guild_id, member_id)
            ],
        }
        for provider in self.providers:
            data[provider.name] = await provider.export(guild_id, member_id)
        return data

    async def forget(self, guild_id: int, member_id: int) -> Forgotten:
        """Delete the member's records; open escalations are erased once they close."""
        removed = {"check-ins": await self.checkins.forget(guild_id, member_id)}
        removed["notices and rota entries"] = await self.escalations.forget_rota_and_notices(
            guild_id, member_id
        )
        for provider in self.providers:
            removed[provider.name] = await provider.forget(guild_id, member_id)
        escalations = await self.escalations.about_member(guild_id, member_id)
        closed = [e.id for e in escalations if e.status.closed]
        removed["closed escalations erased"] = await self.escalations.erase(closed)
        still_open = len(escalations) - len(closed)
        if still_open:
            await self.escalations.request_erasure(guild_id, member_id, self.clock.now())
        return Forgotten(removed, still_open)

    async def purge(self, *, dry_run: bool) -> dict[str, int]:
        """Apply retention: old check-ins, old escalation text, pending erasures."""
        now = self.clock.now()
        checkin_cutoff = now - timedelta(days=self.retention.checkin_days)
        escalation_cutoff = now - timedelta(days=self.retention.escalation_excerpt_days)
        old_escalations = await self.escalations.closed_before(escalation_cutoff)
        erasures = await self.escalations.pending_erasures()
        report = {
            "check-ins": await self.checkin_store.count_before(checkin_cutoff),
            "escalation excerpts": len(set(old_escalations) | set(erasures)),
        }
        for name, purger in self.purgers.items():
            report[name] = await purger(now, dry_run)
        if dry_run:
            return report
        await self.checkin_store.delete_before(checkin_cutoff)
        await self.escalations.erase(sorted(set(old_escalations) | set(erasures)))
        await self.escalations.finish_erasure_requests()
        return report


def _escalation_summary(escalation: Escalation) -> dict[str, Any]:
    return {
        "id": escalation.id,
        "source": escalation.source.value,
        "category": escalation.category,
        "severity": escalation.severity,
        "status": escalation.status.value,
        "created_at": escalation.created_at.isoformat(),
        "closed_at": escalation.closed_at.isoformat() if escalation.closed_at else None,
        "note": "The message text is visible to your program's counselors while the "
        "escalation is open and for the retention period after.",
    }
