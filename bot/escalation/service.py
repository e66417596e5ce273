"""The escalation service: record first, then owe every delivery in the same transaction.

Every state change (a new escalation, a fold, a re-page, an acknowledgement) is committed to
the database together with the outbox rows for the Discord messages it requires. Discord is
the delivery channel, never the record: the delivery worker (``cogs.escalation.delivery``)
works off the outbox and reports back here, and what is owed survives any restart.
"""

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.db import Database
from bot.errors import InvalidInput, NotConfigured
from bot.escalation import policy
from bot.escalation.model import (
    ContextLine,
    Details,
    Escalation,
    Event,
    ReasonNote,
    Report,
    Status,
    max_severity,
    severity_rank,
)
from bot.metrics import Metrics
from bot.sealed import SealedDataError, Sealer
from bot.settings import EscalationSettings
from bot.store.escalations import EscalationStore
from bot.store.guilds import GuildConfigStore
from bot.store.outbox import OutboxItem, OutboxStore

log = logging.getLogger(__name__)

MAX_EXCERPT = 1500


@dataclass(frozen=True, slots=True)
class Outcome:
    """What :meth:`EscalationService.report` did."""

    escalation: Escalation
    created: bool
    upgraded: bool = False


class EscalationService:
    """Opens, folds, pages and closes escalations; owes their deliveries."""

    def __init__(
        self,
        *,
        escalations: EscalationStore,
        outbox: OutboxStore,
        guilds: GuildConfigStore,
        sealer: Sealer,
        clock: Clock,
        settings: EscalationSettings,
        metrics: Metrics | None = None,
    ) -> None:
        self._store = escalations
        self._outbox = outbox
        self._guilds = guilds
        self._sealer = sealer
        self._clock = clock
        self.settings = settings
        self.metrics = metrics or Metrics()
        self._notify: Callable[[], None] = lambda: None

    def set_notifier(self, notify: Callable[[], None]) -> None:
        """Called after every commit that owes a delivery (the worker's wake-up)."""
        self._notify = notify

    # ------------------------------------------------------------------ opening

    async def report(self, report: Report) -> Outcome:
        """Open an escalation, or add to the open one about the same person and category."""
        now = self._clock.now()
        db = self._store.db
        async with db.transaction():
            existing = await self._store.find_foldable(
                report.guild_id,
                report.member_id,
                report.pseudonym,
                report.category,
                policy.fold_since(now, self.settings),
            )
            if existing is not None:
                outcome = await self._fold(existing, report, now)
            else:
                outcome = await self._open(report, now)
            if report.send_resources and report.member_id is not None:
                await self._owe_resources(outcome.escalation, report.member_id, now)
        self._notify()
        if outcome.created:
            self.metrics.alert_opened(outcome.escalation.severity, report.source.value)
        log.info(
            "escalation %s",
            "opened" if outcome.created else "folded",
            extra={
                "guild_id": report.guild_id,
                "escalation_id": outcome.escalation.id,
                "severity": outcome.escalation.severity,
                "source": report.source.value,
            },
        )
        return outcome

    async def _open(self, report: Report, now: datetime) -> Outcome:
        context = {
            "member_name": report.member_name,
            "lines": [[line.author, line.text] for line in report.context],
        }
        reasons = [[r.rule_id, r.matched, list(r.modifiers)] for r in report.reasons]
        escalation_id = await self._store.insert(
            guild_id=report.guild_id,
            source=report.source,
            category=report.category,
            severity=report.severity,
            channel_id=report.channel_id,
            message_id=report.message_id,
            member_id=report.member_id,
            pseudonym=report.pseudonym,
            reporter_id=report.reporter_id,
            sealed_excerpt=self._sealer.seal(report.excerpt[:MAX_EXCERPT]),
            sealed_context=self._sealer.seal(json.dumps(context)),
            sealed_reasons=self._sealer.seal(json.dumps(reasons)),
            created_at=now,
            ack_deadline=now + policy.ack_window(report.severity, self.settings),
        )
        await self._store.add_event(
            escalation_id,
            at=now,
            kind="created",
            actor_id=report.reporter_id,
            sealed_note=self._seal(report.note),
        )
        config = await self._guilds.get(report.guild_id)
        kind, due = "alert", now
        if report.severity != "critical":
            recent = await self._store.count_opened_since(
                report.guild_id, now - policy.DIGEST_WINDOW, exclude_id=escalation_id
            )
            if policy.flooding(recent, self.settings):
                # A flood: collect this alert into the guild's next digest instead.
                kind = policy.DIGEST_KIND
                due = await self._outbox.next_of_kind(report.guild_id, kind) or (
                    now + policy.DIGEST_WINDOW
                )
        await self._owe(
            report.guild_id,
            escalation_id,
            kind,
            config.counselors_channel_id,
            f"esc-{escalation_id}/alert",
            due,
            policy.priority(report.severity),
        )
        if config.counselors_channel_id is None:
            await self._owe_fallback(report.guild_id, escalation_id, now, "no counselors channel")
        if report.severity == "critical":
            await self._owe_oncall(report.guild_id, escalation_id, "critical", now, "critical")
        escalation = await self._store.get(escalation_id)
        assert escalation is not None
        return Outcome(escalation, created=True)

    async def _fold(self, existing: Escalation, report: Report, now: datetime) -> Outcome:
        severity = max_severity(existing.severity, report.severity)
        upgraded = severity_rank(severity) > severity_rank(existing.severity)
        deadline = None
        if upgraded and existing.status is Status.OPEN and existing.ack_deadline is not None:
            deadline = min(existing.ack_deadline, now + policy.ack_window(severity, self.settings))
        await self._store.fold(existing.id, at=now, severity=severity, ack_deadline=deadline)
        await self._store.add_event(
            existing.id,
            at=now,
            kind="folded",
            actor_id=report.reporter_id,
            sealed_note=self._seal(report.excerpt[:MAX_EXCERPT] or report.note),
        )
        config = await self._guilds.get(existing.guild_id)
        # The alert shows the count: owe an edit (skipped if the alert is not posted yet).
        await self._owe(
            existing.guild_id,
            existing.id,
            "alert_edit",
            config.counselors_channel_id,
            f"esc-{existing.id}/edit-{existing.fold_count + 1}",
            now,
        )
        if upgraded:
            await self._store.add_event(existing.id, at=now, kind=f"severity_{severity}")
            await self._owe(
                existing.guild_id,
                existing.id,
                "upgrade",
                config.counselors_channel_id,
                f"esc-{existing.id}/upgrade-{severity}",
                now,
                policy.priority(severity),
            )
            if severity == "critical":
                await self._owe_oncall(existing.guild_id, existing.id, "critical", now, "critical")
        escalation = await self._store.get(existing.id)
        assert escalation is not None
        return Outcome(escalation, created=False, upgraded=upgraded)

    async def _owe(
        self,
        guild_id: int,
        escalation_id: int,
        kind: str,
        target_id: int | None,
        marker: str,
        now: datetime,
        priority: int = 0,
    ) -> None:
        await self._outbox.enqueue(
            guild_id=guild_id,
            escalation_id=escalation_id,
            kind=kind,
            target_id=target_id,
            marker=marker,
            at=now,
            priority=priority,
        )

    async def _owe_oncall(
        self, guild_id: int, escalation_id: int, label: str, now: datetime, kind_suffix: str
    ) -> None:
        for user_id, _ in await self._store.rota(guild_id, "oncall"):
            await self._owe(
                guild_id,
                escalation_id,
                f"{kind_suffix}_dm",
                user_id,
                f"esc-{escalation_id}/{label}/dm-{user_id}",
                now,
                50,
            )

    async def _owe_fallback(
        self, guild_id: int, escalation_id: int, now: datetime, reason: str
    ) -> None:
        """The counselors channel cannot take the alert: DM on-call and backup, note the modlog."""
        recipients = {user for user, _ in await self._store.rota(guild_id, "oncall")}
        recipients |= {user for user, _ in await self._store.rota(guild_id, "backup")}
        for user_id in sorted(recipients):
            await self._owe(
                guild_id,
                escalation_id,
                "fallback_dm",
                user_id,
                f"esc-{escalation_id}/fallback/dm-{user_id}",
                now,
                60,
            )
        config = await self._guilds.get(guild_id)
        if config.modlog_channel_id is not None:
            await self._owe(
                guild_id,
                escalation_id,
                "modlog_delivery_failed",
                config.modlog_channel_id,
                f"esc-{escalation_id}/modlog-delivery-failed",
                now,
            )
        await self._store.add_event(
            escalation_id, at=now, kind="fallback", sealed_note=self._seal(reason)
        )
        if not recipients:
            log.error(
                "alert cannot reach the counselors channel and nobody is on call or backup",
                extra={"guild_id": guild_id, "escalation_id": escalation_id},
            )

    async def _owe_resources(self, escalation: Escalation, member_id: int, now: datetime) -> None:
        last = await self._store.last_resources(escalation.guild_id, member_id)
        if not policy.resources_due(last, now, self.settings):
            return
        await self._store.mark_resources(escalation.guild_id, member_id, now, "dm")
        await self._owe(
            escalation.guild_id,
            escalation.id,
            "resources_dm",
            member_id,
            f"esc-{escalation.id}/resources-{int(now.timestamp())}",
            now,
            45,
        )

    # ------------------------------------------------------------- transitions

    @property
    def db(self) -> Database:
        """The database the escalations live in."""
        return self._store.db

    async def knows_message(self, guild_id: int, message_id: int) -> bool:
        """Whether an escalation was already opened about this message (for catch-up reads)."""
        return await self._store.has_message(guild_id, message_id)

    async def find(self, escalation_id: int) -> Escalation | None:
        """An escalation by id, from any guild (for the delivery worker)."""
        return await self._store.get(escalation_id)

    async def get(self, escalation_id: int, guild_id: int) -> Escalation:
        """An escalation of this guild, or a kind error."""
        escalation = await self._store.get(escalation_id)
        if escalation is None or escalation.guild_id != guild_id:
            raise InvalidInput(f"There is no escalation #{escalation_id} in this server.")
        return escalation

    async def acknowledge(self, escalation_id: int, guild_id: int, actor_id: int) -> Escalation:
        """A counselor takes ownership: paging stops."""
        await self.get(escalation_id, guild_id)
        now = self._clock.now()
        async with self._store.db.transaction():
            moved = await self._store.transition(
                escalation_id,
                allowed_from=[Status.OPEN],
                to=Status.ACKNOWLEDGED,
                actor_id=actor_id,
                at=now,
            )
            if moved:
                await self._store.add_event(
                    escalation_id, at=now, kind="acknowledged", actor_id=actor_id
                )
        escalation = await self.get(escalation_id, guild_id)
        if not moved:
            raise InvalidInput(_already(escalation))
        self.metrics.acknowledged(escalation.created_at, now)
        return escalation

    async def close(
        self, escalation_id: int, guild_id: int, actor_id: int, outcome: Status, note: str | None
    ) -> Escalation:
        """Resolve (with a required note) or mark a false alarm (optional note)."""
        if outcome not in (Status.RESOLVED, Status.FALSE_ALARM):
            raise ValueError(f"cannot close as {outcome}")
        cleaned = (note or "").strip()
        if outcome is Status.RESOLVED and not cleaned:
            raise InvalidInput("Please write a short outcome note to resolve this alert.")
        await self.get(escalation_id, guild_id)
        now = self._clock.now()
        async with self._store.db.transaction():
            moved = await self._store.transition(
                escalation_id,
                allowed_from=[Status.OPEN, Status.ACKNOWLEDGED],
                to=outcome,
                actor_id=actor_id,
                at=now,
            )
            if moved:
                await self._store.add_event(
                    escalation_id,
                    at=now,
                    kind=outcome.value,
                    actor_id=actor_id,
                    sealed_note=self._seal(cleaned or None),
                )
        escalation = await self.get(escalation_id, guild_id)
        if not moved:
            raise InvalidInput(_already(escalation))
        return escalation

    async def record_thread(
        self, escalation_id: int, guild_id: int, thread_id: int, actor_id: int
    ) -> None:
        """Store the private thread a counselor opened with the member."""
        await self.get(escalation_id, guild_id)
        now = self._clock.now()
        async with self._store.db.transaction():
            await self._store.set_thread(escalation_id, thread_id)
            await self._store.add_event(
                escalation_id, at=now, kind="thread_opened", actor_id=actor_id
            )

    # -------------------------------------------------------------------- views

    def details(self, escalation: Escalation) -> Details:
        """The unsealed excerpt, context and reasons (for counselors only)."""
        try:
            excerpt = self._unseal(escalation.sealed_excerpt) or ""
            context = json.loads(self._unseal(escalation.sealed_context) or "{}")
            reasons = json.loads(self._unseal(escalation.sealed_reasons) or "[]")
        except (SealedDataError, ValueError):
            log.exception(
                "sealed escalation text unreadable", extra={"escalation_id": escalation.id}
            )
            return Details("(the text could not be decrypted: check the encryption key)", (), ())
        return Details(
            excerpt=excerpt,
            context=tuple(ContextLine(author, text) for author, text in context.get("lines", [])),
            reasons=tuple(
                ReasonNote(rule, matched, tuple(mods)) for rule, matched, mods in reasons
            ),
        )

    def member_name(self, escalation: Escalation) -> str | None:
        """The member's display name as it was when the escalation was recorded."""
        try:
            context = json.loads(self._unseal(escalation.sealed_context) or "{}")
        except (SealedDataError, ValueError):
            return None
        name = context.get("member_name")
        return str(name) if name else None

    async def history(self, escalation_id: int) -> list[Event]:
        """The escalation's events with their notes unsealed."""
        events = []
        for event, sealed in await self._store.events(escalation_id):
            note = None
            if sealed:
                try:
                    note = self._sealer.open(sealed)
                except SealedDataError:
                    note = "(unreadable note)"
            events.append(
                Event(event.id, event.escalation_id, event.at, event.actor_id, event.kind, note)
            )
        return events

    async def search(
        self, guild_id: int, status: str | None, severity: str | None, page: int, per_page: int
    ) -> tuple[list[Escalation], int]:
        """A page of escalations (unclosed by default) and the total count."""
        statuses = [Status(status)] if status else [Status.OPEN, Status.ACKNOWLEDGED]
        total = await self._store.count(guild_id, statuses=statuses, severity=severity)
        rows = await self._store.search(
            guild_id, statuses=statuses, severity=severity, limit=per_page, offset=page * per_page
        )
        return rows, total

    # ------------------------------------------------------------------ paging

    async def fire_due_pages(self) -> list[Escalation]:
        """Re-page every open escalation past its deadline; owes the page messages."""
        now = self._clock.now()
        paged = []
        for escalation in await self._store.due_for_page(now):
            async with self._store.db.transaction():
                current = await self._store.get(escalation.id)
                if current is None or current.status is not Status.OPEN:
                    continue
                page = current.page_count + 1
                backup = policy.pages_backup(page, self.settings)
                await self._store.record_page(
                    current.id,
                    page_count=page,
                    ack_deadline=now + policy.ack_window(current.severity, self.settings),
                    overdue=current.overdue or backup,
                )
                await self._store.add_event(
                    current.id, at=now, kind="repaged" if not backup else "backup_paged"
                )
                config = await self._guilds.get(current.guild_id)
                await self._owe(
                    current.guild_id,
                    current.id,
                    "repage",
                    config.counselors_channel_id,
                    f"esc-{current.id}/page-{page}",
                    now,
                    policy.priority(current.severity) + 1,
                )
                await self._owe_oncall(current.guild_id, current.id, f"page-{page}", now, "repage")
                if backup:
                    for user_id, _ in await self._store.rota(current.guild_id, "backup"):
                        await self._owe(
                            current.guild_id,
                            current.id,
                            "backup_dm",
                            user_id,
                            f"esc-{current.id}/page-{page}/backup-{user_id}",
                            now,
                            55,
                        )
            paged.append(current)
            self.metrics.repages.inc()
            log.warning(
                "escalation re-paged",
                extra={"escalation_id": current.id, "guild_id": current.guild_id, "page": page},
            )
        return paged

    async def next_wake(self) -> datetime | None:
        """When the worker must next run: the earliest deadline or owed delivery."""
        times = [
            t for t in (await self._store.next_deadline(), await self._outbox.next_attempt()) if t
        ]
        return min(times) if times else None

    # ---------------------------------------------------------------- delivery

    async def due_deliveries(self) -> list[OutboxItem]:
        """Owed deliveries whose time has come."""
        return await self._outbox.due(self._clock.now())

    async def begin_attempt(self, item: OutboxItem) -> int:
        """Record an attempt before sending; returns the attempt number (1 = first)."""
        retry_at = self._clock.now() + policy.retry_delay(item.attempts + 1, self.settings)
        return await self._outbox.begin_attempt(item.id, retry_at)

    async def delivered(
        self, item: OutboxItem, result_id: int | None, channel_id: int | None
    ) -> None:
        """Record a successful delivery (and where the alert now lives)."""
        now = self._clock.now()
        async with self._store.db.transaction():
            await self._outbox.finish(item.id, now, result_id)
            if item.escalation_id is not None and item.kind in policy.ALERT_KINDS:
                # A digest is shared by many escalations: it is not "the alert" of any of them,
                # so it is never edited into one escalation's embed.
                digest = item.kind == policy.DIGEST_KIND
                await self._store.set_alert(
                    item.escalation_id,
                    channel_id=channel_id,
                    message_id=None if digest else result_id,
                    state="delivered",
                )
                await self._store.add_event(
                    item.escalation_id, at=now, kind="digested" if digest else "delivered"
                )

    async def delivery_failed(
        self, item: OutboxItem, attempts: int, error: str, *, unusable: bool
    ) -> None:
        """Record a failed attempt and decide what happens next.

        The alert itself is never given up: it is retried with backoff for as long as it takes,
        and once the channel looks unusable the on-call and backup counselors are reached by DM
        instead. Secondary deliveries stop after a bounded number of attempts.
        """
        now = self._clock.now()
        self.metrics.delivery_failures.labels(kind=item.kind).inc()
        async with self._store.db.transaction():
            if item.kind in (*policy.ALERT_KINDS, *policy.PAGE_KINDS) and item.escalation_id:
                await self._outbox.record_failure(item.id, error)
                if item.kind in policy.ALERT_KINDS and (
                    unusable or attempts >= policy.FALLBACK_AFTER_ATTEMPTS
                ):
                    escalation = await self._store.get(item.escalation_id)
                    if escalation is not None and escalation.delivery_state == "pending":
                        await self._store.set_alert(
                            item.escalation_id, channel_id=None, message_id=None, state="fallback"
                        )
                        await self._owe_fallback(item.guild_id, item.escalation_id, now, error)
                elif item.kind in policy.PAGE_KINDS and (
                    unusable or attempts >= policy.FALLBACK_AFTER_ATTEMPTS
                ):
                    # The alert was posted, but its channel cannot be paged now (deleted, or
                    # its permissions gone): the fallback reaches people as for a first alert
                    # rather than re-pages failing into the void. Its modlog note and DMs are
                    # owed under fixed markers, so they go out once however many pages fail.
                    await self._owe_fallback(item.guild_id, item.escalation_id, now, error)
                return
            give_up = unusable or attempts >= policy.MAX_SECONDARY_ATTEMPTS
            if item.kind == "resources_dm" and attempts >= policy.FALLBACK_AFTER_ATTEMPTS:
                give_up = True  # the support is time-sensitive: switch to the note soon
            await self._outbox.record_failure(item.id, error, give_up=give_up)
            if give_up and item.kind == "resources_dm":
                # The member must not be left with nothing: fall back to the channel note.
                await self._owe_resources_note(item)
        log.warning(
            "delivery failed",
            extra={
                "kind": item.kind,
                "escalation_id": item.escalation_id,
                "attempts": attempts,
                "error": error,
            },
        )

    async def delivery_moot(self, item: OutboxItem, why: str) -> None:
        """Stop a delivery that no longer has a purpose (its escalation is closed)."""
        await self._outbox.record_failure(item.id, why, give_up=True)

    async def resources_dm_refused(self, item: OutboxItem, channel_id: int | None) -> None:
        """The member's DMs are closed: owe a generic note in the channel instead."""
        async with self._store.db.transaction():
            await self._outbox.record_failure(item.id, "direct messages closed", give_up=True)
            await self._owe_resources_note(item, channel_id)

    async def _owe_resources_note(self, item: OutboxItem, channel_id: int | None = None) -> None:
        """Owe the generic in-channel note with the resources button, where the message was."""
        if item.escalation_id is None:
            return
        if channel_id is None:
            escalation = await self._store.get(item.escalation_id)
            channel_id = escalation.channel_id if escalation is not None else None
        if channel_id is not None:
            await self._owe(
                item.guild_id,
                item.escalation_id,
                "resources_note",
                channel_id,
                f"{item.marker}/note",
                self._clock.now(),
                45,
            )

    async def owed(self, kind: str | None = None) -> int:
        """How many deliveries are still owed (of one kind, or all): a health signal."""
        return await self._outbox.pending_count(kind)

    # ----------------------------------------------------------------- on call

    async def set_rota(self, guild_id: int, user_id: int, kind: str, on: bool) -> bool:
        """Put someone on (or take them off) the on-call or backup list."""
        if on:
            return await self._store.set_rota(guild_id, user_id, kind, self._clock.now())
        return await self._store.remove_rota(guild_id, user_id, kind)

    async def rota(self, guild_id: int, kind: str) -> list[tuple[int, datetime]]:
        """Who is on the on-call or backup list."""
        return await self._store.rota(guild_id, kind)

    async def require_counselors_channel(self, guild_id: int) -> int:
        """The counselors channel id, or a kind error saying how to set it."""
        config = await self._guilds.get(guild_id)
        if config.counselors_channel_id is None:
            raise NotConfigured("No counselors channel is set up yet: run `/setup channels`.")
        return config.counselors_channel_id

    # ------------------------------------------------------------------ helpers

    def _seal(self, text: str | None) -> str | None:
        return None if not text else self._sealer.seal(text)

    def _unseal(self, token: str | None) -> str | None:
        return None if token is None else self._sealer.open(token)


def _already(escalation: Escalation) -> str:
    if escalation.status is Status.ACKNOWLEDGED:
        return f"Escalation #{escalation.id} was already acknowledged by <@{escalation.acknowledged_by}>."
    if escalation.status.closed:
        word = "resolved" if escalation.status is Status.RESOLVED else "marked a false alarm"
        return f"Escalation #{escalation.id} was already {word} by <@{escalation.closed_by}>."
    return f"Escalation #{escalation.id} is still open."
