"""Autocomplete suggestions for /prompts: topics, prompt ids and schedule numbers."""

from typing import Literal

from discord import app_commands

from bot.prompts.catalogue import PromptCatalogue
from bot.prompts.custom import custom_number
from bot.prompts.service import PromptService

MAX_CHOICES = 25  # Discord shows at most 25 suggestions
# Which prompts an id box offers: the guild's own (edit, remove), built-ins that are on
# (disable), built-ins that are off (enable), or anything postable (post).
PromptKind = Literal["custom", "on", "off", "usable"]


def topic_choices(catalogue: PromptCatalogue, typed: str) -> list[app_commands.Choice[str]]:
    """Topics whose name or slug contains what was typed."""
    needle = typed.strip().lower()
    return [
        app_commands.Choice(name=topic.label[:100], value=topic.slug)
        for topic in catalogue.topics
        if needle in topic.label.lower() or needle in topic.slug
    ][:MAX_CHOICES]


def _offered(kind: PromptKind, prompt_id: str, builtin: bool, switched_off: bool) -> bool:
    match kind:
        case "custom":
            return custom_number(prompt_id) is not None
        case "on":
            return builtin and not switched_off
        case "off":
            return switched_off
        case "usable":
            return not switched_off


async def prompt_choices(
    catalogue: PromptCatalogue, guild_id: int, typed: str, kind: PromptKind
) -> list[app_commands.Choice[str]]:
    """Prompt ids (with titles) matching what was typed, of the kind the command takes."""
    choices = []
    for prompt, switched_off in await catalogue.search(guild_id, typed, limit=500):
        if _offered(kind, prompt.id, prompt.builtin, switched_off):
            label = f"{prompt.id} · {prompt.title}"[:100]
            choices.append(app_commands.Choice(name=label, value=prompt.id))
            if len(choices) >= MAX_CHOICES:
                break
    return choices


async def schedule_choices(
    service: PromptService, guild_id: int, typed: str
) -> list[app_commands.Choice[int]]:
    """The guild's schedules, described, matching what was typed."""
    choices = []
    for schedule in await service.schedules(guild_id):
        label = f"#{schedule.id} · {service.describe(schedule)} · {schedule.status.value}"
        if typed.strip().lower() in label.lower():
            choices.append(app_commands.Choice(name=label[:100], value=schedule.id))
    return choices[:MAX_CHOICES]
