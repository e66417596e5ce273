"""Persistent buttons and modals of the counselor alert, and the resources button.

Buttons are ``DynamicItem``s whose custom id carries the escalation id, so they keep working
after a restart; every click checks the counselor role at run time.
"""

import logging
import re
from typing import Any

import discord

from bot.access import Access
from bot.errors import InvalidInput, UserFacingError
from bot.escalation.model import Escalation, Status
from cogs._common import NO_MENTIONS, LanternModal, check_access, lantern, report_unexpected
from cogs.escalation import render

log = logging.getLogger(__name__)

ACTIONS = {
    "ack": ("Acknowledge", discord.ButtonStyle.primary),
    "resolve": ("Resolve", discord.ButtonStyle.success),
    "false": ("False alarm", discord.ButtonStyle.secondary),
    "thread": ("Open private thread", discord.ButtonStyle.secondary),
}
THREAD_OPENING = (
    "Hi {member}, {counselor} from your program is here. We noticed your message and wanted to "
    "check in with you. This thread is private: only you and program staff can see it. There's "
    "no pressure to say anything in particular; how are you doing right now?"
)


def alert_marker(escalation_id: int) -> str:
    """The marker written into the alert, unique per escalation."""
    return f"esc-{escalation_id}/alert"


def alert_view(escalation: Escalation) -> discord.ui.View:
    """The four action buttons, disabled as the lifecycle moves on."""
    view = discord.ui.View(timeout=None)
    for action in ACTIONS:
        item = AlertButton(action, escalation.id)
        button = item.item
        closed = escalation.status.closed
        button.disabled = closed or (action == "ack" and escalation.status is not Status.OPEN)
        if action == "thread":
            button.disabled = (
                closed or escalation.member_id is None or escalation.thread_id is not None
            )
        view.add_item(item)
    return view


async def render_alert(
    interaction_or_bot: discord.Interaction | discord.Client, escalation: Escalation
) -> tuple[discord.Embed, discord.ui.View]:
    """The alert embed and its buttons for the escalation's current state."""
    client = (
        interaction_or_bot.client
        if isinstance(interaction_or_bot, discord.Interaction)
        else interaction_or_bot
    )
    service = client.services.escalations  # type: ignore[attr-defined]
    embed = render.alert_embed(
        escalation,
        service.details(escalation),
        service.member_name(escalation),
        alert_marker(escalation.id),
    )
    return embed, alert_view(escalation)


class AlertButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lantern:esc:(?P<action>ack|resolve|false|thread):(?P<id>[0-9]{1,20})",
):
    """One action button of a counselor alert."""

    def __init__(self, action: str, escalation_id: int) -> None:
        label, style = ACTIONS[action]
        super().__init__(
            discord.ui.Button(
                label=label, style=style, custom_id=f"lantern:esc:{action}:{escalation_id}"
            )
        )
        self.action = action
        self.escalation_id = escalation_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> "AlertButton":
        """Rebuild the button from its custom id (after a restart too)."""
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Run the action for a counselor; refuse anyone else kindly."""
        try:
            await check_access(interaction, Access.COUNSELOR)
            assert interaction.guild_id is not None
            service = lantern(interaction).services.escalations
            escalation = await service.get(self.escalation_id, interaction.guild_id)
            if self.action == "ack":
                escalation = await service.acknowledge(
                    escalation.id, interaction.guild_id, interaction.user.id
                )
                embed, view = await render_alert(interaction, escalation)
                await _update_alert(interaction, escalation, embed, view)
            elif self.action in ("resolve", "false"):
                if escalation.status.closed:
                    raise InvalidInput(f"Escalation #{escalation.id} is already closed.")
                await interaction.response.send_modal(
                    CloseModal(
                        escalation.id,
                        Status.RESOLVED if self.action == "resolve" else Status.FALSE_ALARM,
                    )
                )
            else:
                await open_private_thread(interaction, escalation)
        except UserFacingError as exc:
            await _reply(interaction, exc.message)
        except Exception as exc:
            await report_unexpected(interaction, exc, f"alert button {self.action}")


class OpenAlertButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lantern:esc:open:(?P<id>[0-9]{1,20})",
):
    """A digest's button that shows one of its escalations, with the alert buttons."""

    def __init__(self, escalation_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label=f"Open #{escalation_id}",
                style=discord.ButtonStyle.secondary,
                custom_id=f"lantern:esc:open:{escalation_id}",
            )
        )
        self.escalation_id = escalation_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> "OpenAlertButton":
        """Rebuild the button from its custom id (after a restart too)."""
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Show the escalation privately to a counselor; refuse anyone else kindly."""
        try:
            await check_access(interaction, Access.COUNSELOR)
            await show_escalation(interaction, self.escalation_id)
        except UserFacingError as exc:
            await _reply(interaction, exc.message)
        except Exception as exc:
            await report_unexpected(interaction, exc, "digest open button")


def digest_view(escalation_ids: list[int]) -> discord.ui.View:
    """One persistent Open button per escalation in a digest."""
    view = discord.ui.View(timeout=None)
    for escalation_id in escalation_ids:
        view.add_item(OpenAlertButton(escalation_id))
    return view


async def show_escalation(interaction: discord.Interaction, escalation_id: int) -> None:
    """Reply privately with the escalation's alert, its buttons and its full history."""
    assert interaction.guild_id is not None
    service = lantern(interaction).services.escalations
    escalation = await service.get(escalation_id, interaction.guild_id)
    embed, view = await render_alert(interaction, escalation)
    history = render.history_embed(escalation, await service.history(escalation.id))
    await interaction.response.send_message(
        embeds=[embed, history], view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
    )


async def _update_alert(
    interaction: discord.Interaction,
    escalation: Escalation,
    embed: discord.Embed,
    view: discord.ui.View,
) -> None:
    """Edit the alert in place when clicked on it; otherwise edit it where it lives."""
    message = interaction.message
    if message is not None and message.id == escalation.alert_message_id:
        await interaction.response.edit_message(embed=embed, view=view)
        return
    await refresh_alert_message(interaction.client, escalation, embed, view)
    await _reply(
        interaction,
        f"Done: escalation #{escalation.id} is now {escalation.status.value.replace('_', ' ')}.",
    )


async def refresh_alert_message(
    client: discord.Client,
    escalation: Escalation,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> None:
    """Best-effort edit of the posted alert (the database already holds the truth)."""
    if escalation.alert_channel_id is None or escalation.alert_message_id is None:
        return
    if embed is None or view is None:
        embed, view = await render_alert(client, escalation)
    channel = client.get_channel(escalation.alert_channel_id)
    if not isinstance(channel, discord.TextChannel | discord.Thread):
        return
    try:
        await channel.get_partial_message(escalation.alert_message_id).edit(embed=embed, view=view)
    except discord.HTTPException as exc:
        log.warning(
            "could not update the alert message",
            extra={"escalation_id": escalation.id, "status": exc.status},
        )


async def _reply(interaction: discord.Interaction, content: str) -> None:
    from bot.tree import reply_ephemeral

    await reply_ephemeral(interaction, content)


class CloseModal(LanternModal):
    """Resolve (outcome note required) or mark a false alarm (note optional)."""

    def __init__(self, escalation_id: int, outcome: Status) -> None:
        resolving = outcome is Status.RESOLVED
        super().__init__(
            title=f"{'Resolve' if resolving else 'False alarm'}: escalation #{escalation_id}",
            custom_id=f"lantern:esc-close:{outcome.value}:{escalation_id}",
        )
        self.escalation_id = escalation_id
        self.outcome = outcome
        self.note: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Outcome note" if resolving else "Note (optional)",
            custom_id="note",
            style=discord.TextStyle.paragraph,
            required=resolving,
            max_length=1000,
            placeholder="What happened and what was done"
            if resolving
            else "Why this was not a concern (helps tune detection)",
        )
        self.add_item(self.note)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Close the escalation and update the alert."""
        try:
            await check_access(interaction, Access.COUNSELOR)
            assert interaction.guild_id is not None
            service = lantern(interaction).services.escalations
            escalation = await service.close(
                self.escalation_id,
                interaction.guild_id,
                interaction.user.id,
                self.outcome,
                self.note.value,
            )
            embed, view = await render_alert(interaction, escalation)
            await _update_alert(interaction, escalation, embed, view)
        except UserFacingError as exc:
            await _reply(interaction, exc.message)


async def open_private_thread(interaction: discord.Interaction, escalation: Escalation) -> None:
    """Open a private thread with the member where they posted, and say hello gently."""
    if escalation.member_id is None:
        raise InvalidInput("This escalation is anonymous, so there is nobody to add to a thread.")
    if escalation.thread_id is not None:
        raise InvalidInput(f"A private thread is already open: <#{escalation.thread_id}>.")
    guild = interaction.guild
    assert guild is not None
    source = guild.get_channel_or_thread(escalation.channel_id or 0)
    parent = source.parent if isinstance(source, discord.Thread) else source
    if not isinstance(parent, discord.TextChannel):
        raise InvalidInput("The channel where the message was posted no longer exists.")
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        thread = await parent.create_thread(
            name=f"Check-in with a counselor #{escalation.id}",
            type=discord.ChannelType.private_thread,
            invitable=False,
        )
        await thread.add_user(discord.Object(escalation.member_id))
        await thread.add_user(interaction.user)
        await thread.send(
            THREAD_OPENING.format(
                member=f"<@{escalation.member_id}>", counselor=interaction.user.mention
            ),
            allowed_mentions=discord.AllowedMentions(
                everyone=False,
                roles=False,
                users=[discord.Object(escalation.member_id), interaction.user],
            ),
        )
    except discord.Forbidden:
        raise InvalidInput(
            f"I couldn't open a private thread in #{parent.name}: I need the Create Private "
            "Threads and Send Messages in Threads permissions there."
        ) from None
    service = lantern(interaction).services.escalations
    await service.record_thread(escalation.id, guild.id, thread.id, interaction.user.id)
    updated = await service.get(escalation.id, guild.id)
    await refresh_alert_message(interaction.client, updated)
    await interaction.followup.send(
        f"Private thread opened: {thread.mention}", ephemeral=True, allowed_mentions=NO_MENTIONS
    )


class ResourcesButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lantern:resources:(?P<guild>[0-9]{1,20})",
):
    """Shows crisis resources privately to whoever presses it."""

    def __init__(self, guild_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Show support resources",
                style=discord.ButtonStyle.primary,
                custom_id=f"lantern:resources:{guild_id}",
            )
        )
        self.guild_id = guild_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> "ResourcesButton":
        """Rebuild the button from its custom id."""
        return cls(int(match["guild"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Show the resources ephemerally."""
        try:
            await send_resources(interaction, self.guild_id)
        except Exception as exc:
            await report_unexpected(interaction, exc, "resources button")


async def send_resources(interaction: discord.Interaction, guild_id: int | None) -> None:
    """Reply privately with the crisis resources for the guild's region."""
    services = lantern(interaction).services
    region = (await services.guilds.get(guild_id)).region if guild_id else "INTL"
    embed = render.resources_embed(region, services.settings.escalation.program_line)
    await interaction.response.send_message(
        embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
    )


def resources_view(guild_id: int) -> discord.ui.View:
    """A persistent view holding the resources button."""
    view = discord.ui.View(timeout=None)
    view.add_item(ResourcesButton(guild_id))
    return view
