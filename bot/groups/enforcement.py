"""Moderation records: per-guild settings, the decision for a message, and the share limit.

Every decision is stored (with a sealed excerpt, never the full text in the clear) before the
bot deletes, times out or tells anyone anything. A blocked anonymous share is stored under its
pseudonym only, so the moderation log never links a pseudonym to a member.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.groups.model import ModerationAction
from bot.groups.moderation import Finding, Rule
from bot.groups.policy import Decision, ModerationSettings, decide, leading_rule
from bot.pseudonyms import member_key
from bot.sealed import Sealer
from bot.store.groups import GroupStore
from bot.store.moderation import ModerationStore

EXCERPT_CHARS = 500
SHARE_WINDOW = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Recorded:
    """A stored decision: what to do, and the id of its record."""

    action_id: int
    decision: Decision


class Moderation:
    """Moderation settings, decisions and records for every guild."""

    def __init__(
        self,
        *,
        store: ModerationStore,
        groups: GroupStore,
        sealer: Sealer,
        clock: Clock,
        pseudonym_key: str,
    ) -> None:
        self._store = store
        self._groups = groups
        self._sealer = sealer
        self._clock = clock
        self._key = pseudonym_key
        self._settings: dict[int, ModerationSettings] = {}

    async def load(self) -> None:
        """Read every guild's settings into memory (moderation reads them per message)."""
        self._settings = {s.guild_id: s for s in await self._groups.moderation_settings()}

    def settings(self, guild_id: int) -> ModerationSettings:
        """A guild's settings (the defaults until it changes them)."""
        return self._settings.get(guild_id) or ModerationSettings(guild_id)

    async def switch(self, guild_id: int, rule: Rule, enabled: bool) -> ModerationSettings:
        """Switch one rule on or off for a guild."""
        return await self._save(self.settings(guild_id).switched(rule, enabled))

    async def set_limits(self, guild_id: int, **limits: int | bool | None) -> ModerationSettings:
        """Change some of a guild's limits (``None`` keeps one as it is)."""
        return await self._save(self.settings(guild_id).with_limits(**limits))

    async def _save(self, settings: ModerationSettings) -> ModerationSettings:
        await self._groups.save_moderation_settings(settings, self._clock.now())
        self._settings[settings.guild_id] = settings
        return settings

    def _seal(self, text: str) -> str | None:
        return self._sealer.seal(text[:EXCERPT_CHARS]) if text else None

    async def record_message(
        self,
        *,
        guild_id: int,
        channel_id: int,
        message_id: int,
        member_id: int,
        findings: list[Finding],
        text: str,
    ) -> Recorded:
        """Decide what to do about a member's message and store the decision."""
        settings = self.settings(guild_id)
        now = self._clock.now()
        earlier = 0
        if leading_rule(findings) is Rule.HARASSMENT:
            since = now - timedelta(hours=settings.warning_window_hours)
            earlier = await self._store.count_since(
                guild_id, member_id, Rule.HARASSMENT.value, since
            )
        decision = decide(findings, settings, earlier)
        action_id = await self._store.record(
            guild_id=guild_id,
            channel_id=channel_id,
            message_id=message_id,
            member_id=member_id,
            pseudonym=None,
            rule=decision.rule.value,
            action=decision.action,
            detail=decision.found,
            sealed_excerpt=self._seal(text),
            now=now,
        )
        return Recorded(action_id, decision)

    async def record_blocked_share(
        self, *, guild_id: int, channel_id: int, pseudonym: str, findings: list[Finding], text: str
    ) -> Recorded:
        """Store that an anonymous share was not posted (under its pseudonym only)."""
        rule = leading_rule(findings)
        decision = Decision(rule, tuple(findings), escalate=rule is Rule.SOURCING)
        action = "share not posted" + (", escalated to counselors" if decision.escalate else "")
        action_id = await self._store.record(
            guild_id=guild_id,
            channel_id=channel_id,
            message_id=None,
            member_id=None,
            pseudonym=pseudonym,
            rule=rule.value,
            action=action,
            detail=decision.found,
            sealed_excerpt=self._seal(text),
            now=self._clock.now(),
        )
        return Recorded(action_id, decision)

    async def recent(self, guild_id: int, limit: int = 15) -> list[ModerationAction]:
        """A guild's latest moderation actions."""
        return await self._store.recent(guild_id, limit)

    # Anonymous-share rate limit ---------------------------------------------------------------

    def _share_key(self, guild_id: int, member_id: int) -> str:
        return member_key(self._key, guild_id, member_id, "share-rate")

    async def check_share_allowance(self, guild_id: int, member_id: int) -> None:
        """Raise a kind error if the member has used up this hour's shares."""
        now = self._clock.now()
        limit = self.settings(guild_id).shares_per_hour
        marks = await self._store.share_marks_since(
            guild_id, self._share_key(guild_id, member_id), now - SHARE_WINDOW
        )
        if len(marks) >= limit:
            wait = max(1, int((marks[0] + SHARE_WINDOW - now).total_seconds() // 60) + 1)
            raise InvalidInput(
                f"You can share anonymously up to {limit} time{'s' if limit != 1 else ''} an "
                f"hour, and you've reached that. You can share again in about {wait} minute"
                f"{'s' if wait != 1 else ''}. Nothing was posted."
            )

    async def take_share(self, guild_id: int, member_id: int) -> int:
        """Count a share against the member's limit (after checking it); returns the mark."""
        await self.check_share_allowance(guild_id, member_id)
        return await self._store.add_share_mark(
            guild_id, self._share_key(guild_id, member_id), self._clock.now()
        )

    async def give_back_share(self, mark_id: int) -> None:
        """Undo a share's mark when it could not be posted."""
        await self._store.remove_share_mark(mark_id)

    # Personal data ----------------------------------------------------------------------------

    async def export(self, guild_id: int, member_id: int) -> list[dict[str, object]]:
        """A member's moderation record, for a data export."""
        return list(await self._store.about_member(guild_id, member_id))

    async def forget(self, guild_id: int, member_id: int) -> int:
        """Delete a member's moderation record."""
        return await self._store.forget_member(guild_id, member_id)

    async def purge(self, now: datetime, dry_run: bool, excerpt_days: int) -> int:
        """Erase excerpts past retention and share marks past the rate window."""
        cutoff = now - timedelta(days=excerpt_days)
        if dry_run:
            return await self._store.excerpts_before(cutoff)
        await self._store.drop_share_marks_before(now - SHARE_WINDOW)
        return await self._store.drop_excerpts_before(cutoff)
