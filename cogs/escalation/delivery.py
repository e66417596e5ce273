"""The delivery worker: works off the escalation outbox and the re-page deadlines.

It runs when something new is owed (a kick), when the earliest deadline or retry comes due
(an APScheduler date job on the bot's clock), and at start-up, which is how undelivered alerts
and missed pages are recovered after a restart. Before retrying a channel post whose earlier
attempt may have reached Discord, it looks for the delivery's marker in recent history, so a
crash between sending and recording never produces a duplicate.
"""

import asyncio
import dataclasses
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from bot.escalation import policy
from bot.escalation.model import Escalation
from bot.store.outbox import OutboxItem
from cogs._common import NO_MENTIONS
from cogs.escalation import render
from cogs.escalation.views import (
    alert_marker,
    digest_view,
    refresh_alert_message,
    render_alert,
    resources_view,
)

if TYPE_CHECKING:
    from bot.app import LanternBot
    from bot.escalation.service import EscalationService

log = logging.getLogger(__name__)

JOB_ID = "escalation-worker"
# When working out the next wake-up fails (a database locked past its timeout), the worker
# wakes again after this long rather than never: re-pages must not stop silently.
RESCHEDULE_RETRY_SECONDS = 60
CHANNEL_KINDS = {"alert", "repage", "upgrade", "modlog_delivery_failed", "resources_note"}
# Direct messages carry their marker too, so a crash between sending one and recording it is
# reconciled the same way, from the DM channel's history.
DM_KINDS = {"critical_dm", "repage_dm", "backup_dm", "fallback_dm", "resources_dm"}
# Deliveries that belong in the counselors channel, wherever it is when they are sent.
COUNSELOR_CHANNEL_KINDS = {*policy.ALERT_KINDS, *policy.PAGE_KINDS}
HISTORY_SCAN = 50


class Unusable(Exception):
    """The target channel or user cannot receive the delivery at all."""


def subtext(marker: str) -> str:
    """The marker as a small line under a message (Discord's ``-#`` subtext)."""
    return f"\n-# ref {marker}"


def mentions_marker(message: discord.Message, marker: str) -> bool:
    """Whether ``message`` carries ``marker`` as a whole word (``page-1`` is not ``page-12``)."""
    texts = [message.content, *(embed.footer.text or "" for embed in message.embeds)]
    return any(marker in text.split() for text in texts)


class DeliveryWorker:
    """Delivers what the escalation service owes, in priority order."""

    def __init__(self, bot: "LanternBot") -> None:
        self.bot = bot
        self._running = False
        self._again = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._senders: dict[
            str, Callable[[OutboxItem, Escalation], Awaitable[discord.Message | None]]
        ] = {
            "alert": self._send_alert,
            "alert_edit": self._edit_alert,
            "upgrade": self._send_upgrade,
            "repage": self._send_page,
            "critical_dm": self._send_counselor_dm,
            "repage_dm": self._send_counselor_dm,
            "backup_dm": self._send_counselor_dm,
            "fallback_dm": self._send_counselor_dm,
            "modlog_delivery_failed": self._send_modlog_note,
            "resources_dm": self._send_resources_dm,
            "resources_note": self._send_resources_note,
        }

    @property
    def service(self) -> "EscalationService":
        """The escalation service."""
        return self.bot.services.escalations

    def kick(self) -> None:
        """Run soon, without waiting (used right after something new is owed)."""
        task = asyncio.get_running_loop().create_task(self.run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self) -> None:
        """Fire due pages, deliver what is due, then sleep until the next due time."""
        if self._running:
            self._again = True
            return
        self._running = True
        try:
            while True:
                self._again = False
                await self.service.fire_due_pages()
                due = await self.service.due_deliveries()
                for item in due:
                    if item.kind != policy.DIGEST_KIND:
                        await self._deliver(item)
                for group in digest_groups(due):
                    await self._deliver_digest(group)
                if not self._again and not await self.service.due_deliveries():
                    break
        except Exception:
            log.exception("escalation worker pass failed; it will run again")
        finally:
            self._running = False
            await self._reschedule()

    async def _reschedule(self) -> None:
        scheduler = self.bot.services.scheduler
        try:
            wake = await self.service.next_wake()
        except Exception:
            log.exception("could not work out the escalation worker's next wake; retrying soon")
            wake = self.bot.services.clock.now() + timedelta(seconds=RESCHEDULE_RETRY_SECONDS)
        if wake is None:
            if scheduler.get_job(JOB_ID) is not None:
                scheduler.remove_job(JOB_ID)
            return
        scheduler.add_job(
            self.run,
            "date",
            run_date=wake,
            id=JOB_ID,
            replace_existing=True,
            misfire_grace_time=None,  # a late page is still a page: never skip it
        )

    async def _current(self, item: OutboxItem) -> OutboxItem:
        """The item aimed at today's counselors channel, wherever it was when it was owed.

        An alert raised before ``/setup channels``, or before the channel was changed, goes
        where counselors look now rather than retrying a missing or abandoned channel forever.
        """
        if item.kind not in COUNSELOR_CHANNEL_KINDS:
            return item
        config = await self.bot.services.guilds.get(item.guild_id)
        if config.counselors_channel_id in (None, item.target_id):
            return item
        return dataclasses.replace(item, target_id=config.counselors_channel_id)

    async def _deliver(self, item: OutboxItem) -> None:
        attempts = await self.service.begin_attempt(item)
        escalation = await self.service.find(item.escalation_id) if item.escalation_id else None
        if escalation is None:
            await self.service.delivery_failed(item, attempts, "escalation missing", unusable=True)
            return
        if escalation.status.closed and item.kind in COUNSELOR_CHANNEL_KINDS:
            await self.service.delivery_moot(item, "the escalation was closed first")
            return
        item = await self._current(item)
        try:
            if attempts > 1 and (item.kind in CHANNEL_KINDS or item.kind in DM_KINDS):
                found = await self._find_earlier(item)
                if found is not None:
                    await self._done(item, escalation, found)
                    return
            message = await self._senders[item.kind](item, escalation)
            await self._done(item, escalation, message)
        except discord.Forbidden as exc:
            if item.kind == "resources_dm":
                # Closed DMs (50007) or any other refusal: the member still gets the note.
                await self.service.resources_dm_refused(item, escalation.channel_id)
            else:
                await self.service.delivery_failed(item, attempts, _describe(exc), unusable=True)
        except (discord.NotFound, Unusable) as exc:
            if item.kind == "resources_dm":
                await self.service.resources_dm_refused(item, escalation.channel_id)
            else:
                await self.service.delivery_failed(item, attempts, _describe(exc), unusable=True)
        except (TimeoutError, discord.HTTPException, OSError) as exc:
            await self.service.delivery_failed(item, attempts, _describe(exc), unusable=False)

    async def _deliver_digest(self, items: list[OutboxItem]) -> None:
        """Post many alerts of one guild as one digest message (never twice after a crash)."""
        attempts = {item.id: await self.service.begin_attempt(item) for item in items}
        escalations: dict[int, Escalation] = {}
        for item in items:
            escalation = await self.service.find(item.escalation_id) if item.escalation_id else None
            if escalation is None:
                await self.service.delivery_failed(
                    item, attempts[item.id], "escalation missing", unusable=True
                )
            else:
                escalations[item.id] = escalation
        for item in [item for item in items if item.id in escalations]:
            if escalations[item.id].status.closed:
                await self.service.delivery_moot(item, "the escalation was closed first")
                del escalations[item.id]
        pending = [await self._current(item) for item in items if item.id in escalations]
        if not pending:
            return
        try:
            channel = await self._channel(pending[0].target_id)
            if any(attempts[item.id] > 1 for item in pending):
                earlier = await self._find_earlier_markers(channel, pending)
                for item in [item for item in pending if item.marker in earlier]:
                    await self._done(item, escalations[item.id], earlier[item.marker])
                pending = [item for item in pending if item.marker not in earlier]
            if not pending:
                return
            listed = [escalations[item.id] for item in pending]
            message = await channel.send(
                embed=render.digest_embed(listed, [item.marker for item in pending]),
                view=digest_view([escalation.id for escalation in listed]),
                allowed_mentions=NO_MENTIONS,
            )
            for item in pending:
                await self._done(item, escalations[item.id], message)
        except (discord.Forbidden, discord.NotFound, Unusable) as exc:
            for item in pending:
                await self.service.delivery_failed(
                    item, attempts[item.id], _describe(exc), unusable=True
                )
        except (TimeoutError, discord.HTTPException, OSError) as exc:
            for item in pending:
                await self.service.delivery_failed(
                    item, attempts[item.id], _describe(exc), unusable=False
                )

    async def _find_earlier_markers(
        self, channel: discord.TextChannel | discord.Thread, items: list[OutboxItem]
    ) -> dict[str, discord.Message]:
        """Digest messages from earlier attempts, by the markers of the alerts they carried."""
        found: dict[str, discord.Message] = {}
        me = self.bot.user
        async for message in channel.history(limit=HISTORY_SCAN):
            if me is None or message.author.id != me.id:
                continue
            for item in items:
                if item.marker not in found and mentions_marker(message, item.marker):
                    found[item.marker] = message
        return found

    async def _done(
        self, item: OutboxItem, escalation: Escalation, message: discord.Message | None
    ) -> None:
        if message is None:
            await self.service.delivered(item, None, None)
            return
        await self.service.delivered(item, message.id, message.channel.id)
        if item.kind == "upgrade" or (item.kind == "repage" and escalation.alert_message_id):
            fresh = await self.service.find(escalation.id)
            if fresh is not None:
                await refresh_alert_message(self.bot, fresh)

    async def _find_earlier(self, item: OutboxItem) -> discord.Message | None:
        """A message from an earlier attempt that reached Discord but was not recorded."""
        channel: discord.abc.Messageable
        if item.kind in DM_KINDS:
            if item.target_id is None:
                raise Unusable("no recipient")
            user = self.bot.get_user(item.target_id) or await self.bot.fetch_user(item.target_id)
            channel = user.dm_channel or await user.create_dm()
        else:
            channel = await self._channel(item.target_id)
        me = self.bot.user
        async for message in channel.history(limit=HISTORY_SCAN):
            if (
                me is not None
                and message.author.id == me.id
                and mentions_marker(message, item.marker)
            ):
                return message
        return None

    async def _channel(self, channel_id: int | None) -> discord.TextChannel | discord.Thread:
        if channel_id is None:
            raise Unusable("no channel configured")
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            fetched = await self.bot.fetch_channel(channel_id)
            channel = fetched if isinstance(fetched, discord.TextChannel | discord.Thread) else None
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            raise Unusable(f"channel {channel_id} cannot hold messages")
        return channel

    async def _roles(self, escalation: Escalation) -> int | None:
        config = await self.bot.services.guilds.get(escalation.guild_id)
        return config.counselor_role_id

    # ----------------------------------------------------------------- senders

    async def _send_alert(self, item: OutboxItem, escalation: Escalation) -> discord.Message:
        channel = await self._channel(item.target_id)
        embed, view = await render_alert(self.bot, escalation)
        counselor_role = await self._roles(escalation)
        critical = escalation.severity == "critical" and counselor_role is not None
        return await channel.send(
            content=f"<@&{counselor_role}> critical alert" if critical else None,
            embed=embed,
            view=view,
            allowed_mentions=render.page_mentions(counselor_role, None)
            if critical
            else NO_MENTIONS,
        )

    async def _edit_alert(self, item: OutboxItem, escalation: Escalation) -> discord.Message | None:
        if escalation.alert_channel_id is None or escalation.alert_message_id is None:
            return None  # not posted yet: the alert will show the current state when it is
        channel = await self._channel(escalation.alert_channel_id)
        embed, view = await render_alert(self.bot, escalation)
        return await channel.get_partial_message(escalation.alert_message_id).edit(
            embed=embed, view=view
        )

    async def _send_upgrade(self, item: OutboxItem, escalation: Escalation) -> discord.Message:
        channel = await self._channel(item.target_id)
        counselor_role = await self._roles(escalation)
        ping = (
            f"<@&{counselor_role}> " if counselor_role and escalation.severity == "critical" else ""
        )
        return await channel.send(
            f"{ping}Escalation #{escalation.id} is now **{escalation.severity}** after a further "
            f"message.{subtext(item.marker)}",
            allowed_mentions=render.page_mentions(counselor_role, None),
        )

    async def _send_page(self, item: OutboxItem, escalation: Escalation) -> discord.Message:
        channel = await self._channel(item.target_id)
        counselor_role = await self._roles(escalation)
        page = int(item.marker.rsplit("page-", 1)[1])
        return await channel.send(
            render.page_text(escalation, page, counselor_role, None) + subtext(item.marker),
            allowed_mentions=render.page_mentions(counselor_role, None),
        )

    async def _send_counselor_dm(self, item: OutboxItem, escalation: Escalation) -> discord.Message:
        if item.target_id is None:
            raise Unusable("no recipient")
        user = self.bot.get_user(item.target_id) or await self.bot.fetch_user(item.target_id)
        guild = self.bot.get_guild(escalation.guild_id)
        why = {
            "critical_dm": "a critical alert",
            "repage_dm": "an alert is still unacknowledged",
            "backup_dm": "you are a backup contact and an alert is overdue",
            "fallback_dm": "an alert could not be posted in the counselors channel",
        }[item.kind]
        text = render.dm_text(escalation, guild.name if guild else "your server", why)
        if item.kind == "fallback_dm":
            # The channel is unusable: the DM carries the alert itself so the counselor can act.
            embed, _ = await render_alert(self.bot, escalation)
            return await user.send(
                text + subtext(item.marker), embed=embed, allowed_mentions=NO_MENTIONS
            )
        return await user.send(text + subtext(item.marker), allowed_mentions=NO_MENTIONS)

    async def _send_modlog_note(self, item: OutboxItem, escalation: Escalation) -> discord.Message:
        channel = await self._channel(item.target_id)
        return await channel.send(
            f"Lantern could not post escalation #{escalation.id} ({escalation.severity}) in the "
            "counselors channel. The on-call and backup counselors were sent it by direct "
            "message, and Lantern keeps retrying the channel. Please check that the channel "
            "exists and that Lantern can view it and send messages and embeds there."
            + subtext(item.marker),
            allowed_mentions=NO_MENTIONS,
        )

    async def _send_resources_dm(self, item: OutboxItem, escalation: Escalation) -> discord.Message:
        if item.target_id is None:
            raise Unusable("no recipient")
        user = self.bot.get_user(item.target_id) or await self.bot.fetch_user(item.target_id)
        region = (await self.bot.services.guilds.get(escalation.guild_id)).region
        embed = render.resources_embed(region, self.bot.services.settings.escalation.program_line)
        embed.set_footer(text=f"Lantern · {item.marker}")
        return await user.send(render.SUPPORT_DM_TEXT, embed=embed, allowed_mentions=NO_MENTIONS)

    async def _send_resources_note(
        self, item: OutboxItem, escalation: Escalation
    ) -> discord.Message:
        channel = await self._channel(item.target_id)
        return await channel.send(
            render.CHANNEL_NOTE_TEXT + subtext(item.marker),
            view=resources_view(escalation.guild_id),
            allowed_mentions=NO_MENTIONS,
        )


def digest_groups(items: list[OutboxItem]) -> list[list[OutboxItem]]:
    """Due digest deliveries grouped by guild and channel, at most DIGEST_MAX per message."""
    groups: dict[tuple[int, int | None], list[OutboxItem]] = {}
    for item in items:
        if item.kind == policy.DIGEST_KIND:
            groups.setdefault((item.guild_id, item.target_id), []).append(item)
    return [
        group[start : start + render.DIGEST_MAX]
        for group in groups.values()
        for start in range(0, len(group), render.DIGEST_MAX)
    ]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, discord.HTTPException):
        return f"HTTP {exc.status} (code {exc.code})"
    return type(exc).__name__


__all__ = ["DeliveryWorker", "alert_marker"]
