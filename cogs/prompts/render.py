"""How prompts and schedules look in Discord: embeds, lines and thread names."""

from datetime import datetime

import discord

from bot.prompts.library import Prompt
from bot.prompts.model import Schedule, ScheduleStatus, missing_labels, needed_permissions
from bot.prompts.occurrences import DstException
from bot.prompts.service import PromptService

PROMPT_COLOUR = discord.Colour.teal()
THREAD_NAME_MAX = 100  # Discord's limit for a thread name


def prompt_embed(prompt: Prompt, topic_label: str, footer: str) -> discord.Embed:
    """The post: topic, title, text, the question to discuss, the exercise and the footer."""
    embed = discord.Embed(title=prompt.title, description=prompt.body, colour=PROMPT_COLOUR)
    embed.set_author(name=topic_label)
    embed.add_field(name="Reflect", value=prompt.question, inline=False)
    if prompt.exercise:
        embed.add_field(name="Try this", value=prompt.exercise, inline=False)
    if footer:
        embed.set_footer(text=footer)
    return embed


def thread_name(prompt: Prompt) -> str:
    """The discussion thread's name: the prompt's title, cut to Discord's limit."""
    title = " ".join(prompt.title.split())
    if len(title) <= THREAD_NAME_MAX:
        return title
    return title[: THREAD_NAME_MAX - 1].rstrip() + "…"


def missing_permissions(channel: discord.TextChannel, thread: bool) -> list[str]:
    """What the bot lacks to post a prompt in ``channel``, as Discord names it."""
    mine = channel.permissions_for(channel.guild.me)
    granted = frozenset(name for name in needed_permissions(thread) if getattr(mine, name))
    return missing_labels(granted, thread)


def timestamp(instant: datetime) -> str:
    """A Discord timestamp: every reader sees it in their own time zone."""
    return f"<t:{int(instant.timestamp())}:F>"


def schedule_line(service: PromptService, schedule: Schedule) -> str:
    """One schedule in ``/prompts list``."""
    line = (
        f"**#{schedule.id}** in <#{schedule.channel_id}>: {service.describe(schedule)}"
        f"{' · with a thread' if schedule.thread else ''}"
    )
    if schedule.status is ScheduleStatus.ACTIVE:
        return f"{line}\nNext: {timestamp(service.next_occurrence(schedule))}"
    if schedule.status is ScheduleStatus.PAUSED:
        return f"{line}\n⏸ Paused. `/prompts resume id:{schedule.id}` starts it again."
    return (
        f"{line}\n⚠️ Stopped: {schedule.broken_reason or 'posting failed'}. Fix that, then "
        f"`/prompts resume id:{schedule.id}`."
    )


def dst_note(exceptions: list[DstException]) -> str:
    """What will happen on the days a clock change skips or repeats the chosen time."""
    if not exceptions:
        return ""
    lines = []
    for exception in exceptions[:4]:
        if exception.skipped:
            lines.append(
                f"• {exception.day:%a %d %b %Y}: that time is skipped when the clocks go forward, "
                f"so the prompt posts once, as the clocks change ({timestamp(exception.posts_at)})."
            )
        else:
            lines.append(
                f"• {exception.day:%a %d %b %Y}: that time happens twice when the clocks go back; "
                "the prompt posts once, the first time."
            )
    return "\n\nDaylight saving:\n" + "\n".join(lines)
