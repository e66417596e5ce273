"""/prompts: facilitators' psychoeducation prompts, their own prompts, and posting schedules.

Every command here is for facilitators (or members with Manage Server), checked at run time.
The group has no ``default_permissions``: facilitators are a role, not a Discord permission,
so hiding the commands in the client would hide them from the people who need them.
"""

import asyncio
import contextlib
import logging
from collections.abc import Iterable

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import Access
from bot.app import LanternBot
from bot.errors import InvalidInput
from bot.prompts.custom import PromptDraft
from bot.prompts.library import LibraryError, Prompt, PromptLibrary, load_library
from bot.prompts.occurrences import dst_exceptions
from bot.prompts.service import PromptService
from bot.store.prompts import PromptStore
from bot.timezones import suggest_timezones
from cogs._common import NO_MENTIONS, check_access, guarded
from cogs.prompts.choices import PromptKind, prompt_choices, schedule_choices, topic_choices
from cogs.prompts.posting import CannotPost, PromptPoster
from cogs.prompts.render import (
    dst_note,
    missing_permissions,
    prompt_embed,
    schedule_line,
    timestamp,
)
from cogs.prompts.views import PromptModal

log = logging.getLogger(__name__)

_LIST_FIELD_MAX = 1024


def _chunks(lines: Iterable[str], limit: int = _LIST_FIELD_MAX) -> list[str]:
    """Lines packed into embed-field-sized blocks."""
    blocks: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n\n{line}" if current else line
        if len(candidate) > limit and current:
            blocks.append(current)
            current = line[:limit]
        else:
            current = candidate[:limit]
    if current:
        blocks.append(current)
    return blocks


class Prompts(commands.Cog):
    """Psychoeducation prompts and their schedules."""

    prompts = app_commands.Group(
        name="prompts",
        description="Psychoeducation prompts: your own prompts and posting schedules",
        guild_only=True,
    )

    def __init__(self, bot: LanternBot) -> None:
        self.bot = bot
        self._catch_up: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        """Build the prompt service, register every active schedule, then catch up once ready."""
        services = self.bot.services
        try:
            library = load_library()
        except LibraryError:
            # Broken shipped content must not keep the rest of Lantern (crisis alerts above all)
            # offline: schedules keep running on the guilds' own prompts and the error is logged.
            log.exception("the prompt library could not be loaded; built-in prompts are off")
            library = PromptLibrary(prompts=(), topics=(), footer="")
        self.service = PromptService(
            store=PromptStore(services.db),
            library=library,
            clock=services.clock,
            guilds=services.guilds,
            settings=services.settings.prompts,
        )
        self.poster = PromptPoster(self.bot, self.service)
        for schedule in await self.service.active_schedules():
            self.poster.register(schedule)
        self._catch_up = asyncio.get_running_loop().create_task(self.poster.catch_up())

    async def cog_unload(self) -> None:
        """Stop the catch-up and remove the prompt jobs."""
        if self._catch_up is not None:
            self._catch_up.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._catch_up
        self.poster.unregister_all()

    # Your own prompts -------------------------------------------------------------------------

    @prompts.command(name="add")
    @guarded(Access.FACILITATOR)
    async def add(self, interaction: discord.Interaction) -> None:
        """Write your own prompt (title, text, question, optional exercise, topic)."""
        if not self.service.catalogue.topics:
            raise InvalidInput(
                "The prompt library isn't available right now, so there are no topics to file a "
                "prompt under. Please tell the person who runs Lantern."
            )
        await interaction.response.send_modal(
            PromptModal(topics=self.service.catalogue.topics, on_draft=self._save_new)
        )

    async def _save_new(self, interaction: discord.Interaction, draft: PromptDraft) -> None:
        await check_access(interaction, Access.FACILITATOR)
        assert interaction.guild_id is not None
        prompt = await self.service.catalogue.add_custom(
            interaction.guild_id, draft, interaction.user.id
        )
        await self._show_saved(interaction, prompt, "Saved")

    async def _show_saved(
        self, interaction: discord.Interaction, prompt: Prompt, verb: str
    ) -> None:
        await interaction.response.send_message(
            f"{verb} as `{prompt.id}`. It is part of the rotation for its topic; here is how it "
            "will look:",
            embed=self._embed(prompt),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @prompts.command(name="edit")
    @app_commands.describe(id="Your prompt's id, e.g. custom-3")
    @guarded(Access.FACILITATOR)
    async def edit(self, interaction: discord.Interaction, id: str) -> None:
        """Change one of your own prompts (the form opens with its current text)."""
        assert interaction.guild_id is not None
        existing = await self.service.catalogue.custom_for_edit(interaction.guild_id, id)

        async def save(submitted: discord.Interaction, draft: PromptDraft) -> None:
            """Store the edited prompt (the submitter is checked again: forms outlive roles)."""
            await check_access(submitted, Access.FACILITATOR)
            assert submitted.guild_id is not None
            prompt = await self.service.catalogue.edit_custom(
                submitted.guild_id, existing.id, draft
            )
            await self._show_saved(submitted, prompt, "Updated")

        await interaction.response.send_modal(
            PromptModal(topics=self.service.catalogue.topics, on_draft=save, existing=existing)
        )

    @prompts.command(name="remove")
    @app_commands.describe(id="Your prompt's id, e.g. custom-3")
    @guarded(Access.FACILITATOR)
    async def remove(self, interaction: discord.Interaction, id: str) -> None:
        """Remove one of your own prompts; it will not be posted again."""
        assert interaction.guild_id is not None
        prompt = await self.service.catalogue.remove_custom(interaction.guild_id, id)
        await interaction.response.send_message(
            f"Removed `{prompt.id}` ({prompt.title}).", ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @prompts.command(name="disable")
    @app_commands.describe(id="The built-in prompt's id")
    @guarded(Access.FACILITATOR)
    async def disable(self, interaction: discord.Interaction, id: str) -> None:
        """Switch a built-in prompt off for this server (schedules skip it)."""
        assert interaction.guild_id is not None
        prompt, changed = await self.service.catalogue.set_enabled(
            interaction.guild_id, id, False, interaction.user.id
        )
        text = (
            f"`{prompt.id}` ({prompt.title}) is switched off for this server."
            if changed
            else f"`{prompt.id}` was already switched off."
        )
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @prompts.command(name="enable")
    @app_commands.describe(id="The built-in prompt's id")
    @guarded(Access.FACILITATOR)
    async def enable(self, interaction: discord.Interaction, id: str) -> None:
        """Switch a built-in prompt back on for this server."""
        assert interaction.guild_id is not None
        prompt, changed = await self.service.catalogue.set_enabled(
            interaction.guild_id, id, True, interaction.user.id
        )
        text = (
            f"`{prompt.id}` ({prompt.title}) is switched on again."
            if changed
            else f"`{prompt.id}` is already switched on."
        )
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    # Schedules --------------------------------------------------------------------------------

    @prompts.command(name="schedule")
    @app_commands.describe(
        channel="Where to post",
        days="e.g. mon,wed,fri · weekdays · daily · tue-thu",
        time="Local time: 09:00, 9am, 18:30, 6:30pm. A time DST skips posts at the change; a repeated one, once",
        topic="Only this topic (default: all topics)",
        thread="Open a discussion thread under each post (default: server setting)",
        timezone="IANA time zone (default: the server's, from /setup region)",
    )
    @guarded(Access.FACILITATOR)
    async def schedule(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        days: str,
        time: str,
        topic: str | None = None,
        thread: bool | None = None,
        timezone: str | None = None,
    ) -> None:
        """Post prompts in a channel on chosen days at a local time; clock changes don't move it.

        The time is local to the time zone, so 09:00 stays 09:00 through daylight-saving
        changes. On the night the clocks go forward, a time that does not exist (such as 02:30)
        posts once, as the clocks change; on the night they go back, a time that happens twice
        posts once, the first time. If Lantern was offline at posting time, the post goes out
        late if it is at most the grace period late (30 minutes by default), and is skipped if
        older. Each post is a prompt the channel hasn't had since every other one was posted.
        """
        assert interaction.guild_id is not None
        use_thread = self.bot.services.settings.prompts.threads if thread is None else thread
        self._require_can_post(channel, use_thread)
        created = await self.service.create_schedule(
            guild_id=interaction.guild_id,
            channel_id=channel.id,
            days=days,
            time_of_day=time,
            topic=topic,
            thread=thread,
            timezone=timezone,
            actor_id=interaction.user.id,
        )
        self.poster.register(created)
        note = dst_note(dst_exceptions(created.rule, self.bot.services.clock.now()))
        await interaction.response.send_message(
            f"Schedule #{created.id} saved: {channel.mention}, {self.service.describe(created)}. "
            f"First post: {timestamp(self.service.next_occurrence(created))}.{note}",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    def _require_can_post(self, channel: discord.TextChannel, thread: bool) -> None:
        missing = missing_permissions(channel, thread)
        if missing:
            raise InvalidInput(
                f"I can't post prompts in {channel.mention}: I'm missing "
                f"{', '.join(missing)} there. Ask a server admin to give me "
                f"{'that permission' if len(missing) == 1 else 'those permissions'} in the "
                "channel settings, then try again. Nothing was changed."
            )

    @prompts.command(name="list")
    @guarded(Access.FACILITATOR)
    async def list_schedules(self, interaction: discord.Interaction) -> None:
        """Show this server's prompt schedules (running, paused or stopped) and your prompts."""
        assert interaction.guild_id is not None
        schedules = await self.service.schedules(interaction.guild_id)
        embed = discord.Embed(title="Prompt schedules", colour=discord.Colour.teal())
        if not schedules:
            embed.description = "No schedules yet. Create one with `/prompts schedule`."
        for index, block in enumerate(
            _chunks(schedule_line(self.service, schedule) for schedule in schedules)
        ):
            if index >= 20:  # embeds hold 25 fields; 20 blocks is far past the schedule limit
                break
            embed.add_field(name="Schedules" if index == 0 else "…", value=block, inline=False)
        customs = await self.service.catalogue.custom_prompts(interaction.guild_id)
        disabled = await self.service.catalogue.disabled(interaction.guild_id)
        embed.add_field(
            name="Prompts",
            value=(
                f"{len(self.service.library.prompts)} built-in ({len(disabled)} switched off) · "
                f"{len(customs)} of your own"
            ),
            inline=False,
        )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @prompts.command(name="pause")
    @app_commands.describe(id="Schedule number, from /prompts list")
    @guarded(Access.FACILITATOR)
    async def pause(self, interaction: discord.Interaction, id: int) -> None:
        """Pause a schedule; nothing is posted until you resume it."""
        assert interaction.guild_id is not None
        paused = await self.service.pause(interaction.guild_id, id)
        self.poster.unregister(paused.id)
        await interaction.response.send_message(
            f"Schedule #{paused.id} is paused. `/prompts resume id:{paused.id}` starts it again.",
            ephemeral=True,
        )

    @prompts.command(name="resume")
    @app_commands.describe(id="Schedule number, from /prompts list")
    @guarded(Access.FACILITATOR)
    async def resume(self, interaction: discord.Interaction, id: int) -> None:
        """Restart a paused or stopped schedule from now on (missed posts are not sent)."""
        assert interaction.guild_id is not None
        current = await self.service.schedule(id)
        if current is not None and current.guild_id == interaction.guild_id:
            channel = self.bot.get_channel(current.channel_id)
            if not isinstance(channel, discord.TextChannel):
                raise InvalidInput(
                    f"The channel of schedule #{id} no longer exists or I can't see it. Remove "
                    f"the schedule with `/prompts unschedule id:{id}` and create a new one."
                )
            self._require_can_post(channel, current.thread)
        resumed = await self.service.resume(interaction.guild_id, id)
        self.poster.register(resumed)
        await interaction.response.send_message(
            f"Schedule #{resumed.id} is running again. Next post: "
            f"{timestamp(self.service.next_occurrence(resumed))}.",
            ephemeral=True,
        )

    @prompts.command(name="unschedule")
    @app_commands.describe(id="Schedule number, from /prompts list")
    @guarded(Access.FACILITATOR)
    async def unschedule(self, interaction: discord.Interaction, id: int) -> None:
        """Delete a schedule."""
        assert interaction.guild_id is not None
        removed = await self.service.unschedule(interaction.guild_id, id)
        self.poster.unregister(removed.id)
        await interaction.response.send_message(
            f"Schedule #{removed.id} in <#{removed.channel_id}> is deleted.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    # Posting now ------------------------------------------------------------------------------

    @prompts.command(name="preview")
    @app_commands.describe(topic="Only this topic (default: all topics)")
    @guarded(Access.FACILITATOR)
    async def preview(self, interaction: discord.Interaction, topic: str | None = None) -> None:
        """See, privately, the prompt this channel would get next."""
        assert interaction.guild_id is not None
        slug = self.service.catalogue.resolve_topic(topic)
        # In a thread, the rotation that matters is its parent channel's.
        channel_id = getattr(interaction.channel, "parent_id", None) or interaction.channel_id or 0
        prompt = await self.service.catalogue.next_prompt(
            interaction.guild_id, channel_id, (slug,) if slug else ()
        )
        if prompt is None:
            raise InvalidInput("There are no prompts to show: every one is switched off.")
        await interaction.response.send_message(
            f"Next up here (`{prompt.id}`). Only you can see this.",
            embed=self._embed(prompt),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @prompts.command(name="post")
    @app_commands.describe(
        channel="Where to post",
        topic="Pick the next prompt from this topic (default: all topics)",
        prompt="A particular prompt's id (start typing to search)",
    )
    @guarded(Access.FACILITATOR)
    async def post(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        topic: str | None = None,
        prompt: str | None = None,
    ) -> None:
        """Post a prompt in a channel now (the next in rotation, or one you choose)."""
        assert interaction.guild_id is not None
        use_thread = self.bot.services.settings.prompts.threads
        self._require_can_post(channel, use_thread)
        manual = await self.service.prepare_manual(interaction.guild_id, channel.id, topic, prompt)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            message = await self.poster.deliver(
                interaction.guild_id, channel.id, manual.prompt, thread=use_thread
            )
        except (CannotPost, discord.HTTPException) as exc:
            reason = exc.reason if isinstance(exc, CannotPost) else f"Discord error {exc.status}"
            await self.service.failed(manual.post_id, reason)
            await interaction.followup.send(
                f"Sorry, I couldn't post in {channel.mention}: {reason}.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        await self.service.posted(manual.post_id, message.id)
        await interaction.followup.send(
            f"Posted `{manual.prompt.id}` ({manual.prompt.title}) in {channel.mention}.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    def _embed(self, prompt: Prompt) -> discord.Embed:
        return prompt_embed(
            prompt, self.service.catalogue.topic_label(prompt.topic), self.service.library.footer
        )

    # Autocomplete -----------------------------------------------------------------------------

    @schedule.autocomplete("topic")
    @preview.autocomplete("topic")
    @post.autocomplete("topic")
    async def _topic_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return topic_choices(self.service.catalogue, current)

    @schedule.autocomplete("timezone")
    async def _timezone_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=zone, value=zone) for zone in suggest_timezones(current)]

    async def _prompts_of(
        self, interaction: discord.Interaction, current: str, kind: PromptKind
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        return await prompt_choices(self.service.catalogue, interaction.guild_id, current, kind)

    @edit.autocomplete("id")
    @remove.autocomplete("id")
    async def _custom_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._prompts_of(interaction, current, "custom")

    @disable.autocomplete("id")
    async def _enabled_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._prompts_of(interaction, current, "on")

    @enable.autocomplete("id")
    async def _disabled_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._prompts_of(interaction, current, "off")

    @post.autocomplete("prompt")
    async def _usable_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._prompts_of(interaction, current, "usable")

    @pause.autocomplete("id")
    @resume.autocomplete("id")
    @unschedule.autocomplete("id")
    async def _schedule_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        if interaction.guild_id is None:
            return []
        return await schedule_choices(self.service, interaction.guild_id, current)
