"""Check-ins: record anonymously, notice worrying answers, show trends without individuals.

Identity never enters the check-in record. It reaches a counselor only when the participant
asks for contact (``ask_for_contact``), or automatically when a note suggests immediate danger
and the guild's policy ``checkin_critical_reveals_identity`` is on (the guidelines say so);
with the policy off, that escalation carries a pseudonym only. A check-in whose answers reach
a counselor with the member's name is stored under the member's signed key (see
``bot.checkins.identity.signed_key``), so the named escalation leads to none of their
anonymous check-ins, and is kept out of group trends.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.checkins.answers import Answers, Used, summary_line, worrying
from bot.checkins.identity import daily_label, participant_key, signed_key
from bot.checkins.trends import DayCell, streak, suppress
from bot.clock import Clock
from bot.escalation.model import Report, Source
from bot.escalation.service import EscalationService
from bot.safety import assess
from bot.sealed import Sealer
from bot.settings import CheckinSettings
from bot.store.checkins import CheckinStore, StoredCheckin
from bot.store.guilds import GuildConfigStore

# The check-in a member asks a counselor about is the one they just made; an older one with
# the same answers is left unsigned.
SIGN_WITHIN = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Recorded:
    """What happened when a check-in was recorded."""

    worrying: list[str]
    escalated_with_identity: bool
    escalated_anonymously: bool


@dataclass(frozen=True, slots=True)
class History:
    """A participant's own check-ins over a period."""

    checkins: list[StoredCheckin]
    streak: int
    days: int


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """Per-day trends of a group with small cells hidden."""

    cells: list[DayCell]
    k: int


def _value(enum_or_str: object) -> str:
    return str(getattr(enum_or_str, "value", enum_or_str))


class CheckinService:
    """Records check-ins and answers questions about them."""

    def __init__(
        self,
        *,
        store: CheckinStore,
        guilds: GuildConfigStore,
        escalations: EscalationService,
        sealer: Sealer,
        clock: Clock,
        settings: CheckinSettings,
        pseudonym_key: str,
    ) -> None:
        self._store = store
        self._guilds = guilds
        self._escalations = escalations
        self._sealer = sealer
        self._clock = clock
        self.settings = settings
        self._secret = pseudonym_key

    def key(self, guild_id: int, member_id: int) -> str:
        """The member's pseudonymous key in this guild."""
        return participant_key(self._secret, guild_id, member_id)

    def keys(self, guild_id: int, member_id: int) -> tuple[str, str]:
        """Both of the member's keys: for anonymous check-ins, and for signed ones."""
        return self.key(guild_id, member_id), signed_key(self._secret, guild_id, member_id)

    def pseudonym(self, guild_id: int, member_id: int, day: date) -> str:
        """A label for the member's anonymous escalations of one day (``daily_label``)."""
        return f"check-in participant {daily_label(self._secret, guild_id, member_id, str(day))}"

    async def _today(self, guild_id: int) -> tuple[datetime, date]:
        config = await self._guilds.get(guild_id)
        now = self._clock.now()
        return now, now.astimezone(ZoneInfo(config.timezone)).date()

    async def record(
        self, guild_id: int, channel_id: int, member_id: int, answers: Answers
    ) -> Recorded:
        """Store a check-in anonymously, then decide whether it needs a counselor."""
        now, today = await self._today(guild_id)
        assessment = assess(answers.note) if answers.note else None
        critical = assessment is not None and _value(assessment.severity) == "critical"
        reveal = critical and (await self._guilds.get(guild_id)).checkin_critical_reveals_identity
        anonymous_key, named_key = self.keys(guild_id, member_id)
        await self._store.insert(
            guild_id=guild_id,
            channel_id=channel_id,
            participant_key=named_key if reveal else anonymous_key,
            mood=answers.mood,
            cravings=answers.cravings,
            used=answers.used,
            sealed_note=self._sealer.seal(answers.note) if answers.note else None,
            local_day=today.isoformat(),
            created_at=now,
            signed=reveal,
        )
        reasons = worrying(answers, bool(assessment and assessment.escalate))
        if not critical:
            return Recorded(reasons, False, False)
        assert assessment is not None
        assert answers.note is not None
        await self._escalations.report(
            Report(
                guild_id=guild_id,
                source=Source.CHECKIN,
                category=_value(assessment.category),
                severity="critical",
                channel_id=channel_id,
                member_id=member_id if reveal else None,
                pseudonym=None if reveal else self.pseudonym(guild_id, member_id, today),
                excerpt=f"{summary_line(answers)}\nNote: {answers.note}",
                send_resources=False,  # the participant already sees resources in their reply
            )
        )
        return Recorded(reasons, reveal, not reveal)

    async def ask_for_contact(
        self,
        guild_id: int,
        channel_id: int | None,
        member_id: int,
        member_name: str,
        answers: Answers,
    ) -> int:
        """The participant asked a counselor to reach out: escalate with their identity, and
        sign the check-in those answers came from (``signed_key``)."""
        summary = summary_line(answers)
        await self._store.sign_latest(
            self.keys(guild_id, member_id),
            channel_id,
            (answers.mood, answers.cravings, answers.used),
            self._clock.now() - SIGN_WITHIN,
        )
        outcome = await self._escalations.report(
            Report(
                guild_id=guild_id,
                source=Source.CHECKIN,
                category="relapse" if "used since last check-in: yes" in summary else "other",
                severity="medium",
                channel_id=channel_id,
                member_id=member_id,
                member_name=member_name,
                excerpt=f"{summary}\nThe participant asked a counselor to reach out.",
                note="asked for contact after a check-in",
            )
        )
        return outcome.escalation.id

    async def history(self, guild_id: int, member_id: int, days: int) -> History:
        """The caller's own check-ins over the last ``days`` days, and their streak."""
        _, today = await self._today(guild_id)
        since = (today - timedelta(days=days - 1)).isoformat()
        keys = self.keys(guild_id, member_id)
        rows = await self._store.by_participant(keys, since)
        everything = await self._store.by_participant(keys)
        day_set = {date.fromisoformat(row.local_day) for row in everything}
        return History(rows, streak(day_set, today), days)

    async def summary(self, guild_id: int, channel_id: int | None, days: int) -> GroupSummary:
        """Per-day group trends over the last ``days`` whole days; groups' days under k
        participants left out. Today is not shown: a figure that moved while a facilitator
        watched would tell what the last person to check in answered."""
        _, today = await self._today(guild_id)
        since = (today - timedelta(days=days)).isoformat()
        rows = await self._store.day_rows(guild_id, channel_id, since, today.isoformat())
        k = max(2, self.settings.min_group_size)
        return GroupSummary(suppress(rows, k), k)

    def open_note(self, sealed: str | None) -> str | None:
        """A participant's own note, unsealed for them."""
        return None if sealed is None else self._sealer.open(sealed)

    async def forget(self, guild_id: int, member_id: int) -> int:
        """Delete every check-in of the member in this guild; returns how many."""
        return await self._store.delete_participant(self.keys(guild_id, member_id))

    async def export(self, guild_id: int, member_id: int) -> list[dict[str, object]]:
        """Everything stored about the member's check-ins, for /my-data."""
        rows = await self._store.by_participant(self.keys(guild_id, member_id))
        return [
            {
                "group_channel_id": row.channel_id,
                "mood": row.mood,
                "cravings": row.cravings,
                "used": row.used.label,
                "note": self.open_note(row.sealed_note),
                "day": row.local_day,
                "recorded_at": row.created_at.isoformat(),
            }
            for row in rows
        ]


__all__ = ["CheckinService", "GroupSummary", "History", "Recorded", "Used"]
