"""The prompts a guild can post: the shipped library, its own prompts, and what it switched off.

Rotation reads from here too: :meth:`PromptCatalogue.next_prompt` is the prompt a channel gets
next (see :mod:`bot.prompts.rotation`).
"""

import logging

from bot.clock import Clock
from bot.errors import InvalidInput
from bot.prompts.custom import (
    MAX_CUSTOM_PER_GUILD,
    PromptDraft,
    custom_id,
    custom_number,
    validate_draft,
)
from bot.prompts.library import Prompt, PromptLibrary, Topic
from bot.prompts.model import CustomPrompt
from bot.prompts.rotation import choose_next
from bot.store.prompts import PromptStore

log = logging.getLogger(__name__)


def _as_prompt(custom: CustomPrompt) -> Prompt:
    return Prompt(
        id=custom.prompt_id,
        topic=custom.topic,
        title=custom.title,
        body=custom.body,
        question=custom.question,
        exercise=custom.exercise,
        builtin=False,
    )


class PromptCatalogue:
    """Built-in and custom prompts per guild, and which of them a channel gets next."""

    def __init__(self, *, store: PromptStore, library: PromptLibrary, clock: Clock) -> None:
        self._store = store
        self.library = library
        self._clock = clock
        self._topics = {topic.slug: topic for topic in library.topics}

    @property
    def topics(self) -> tuple[Topic, ...]:
        """The library's topics, in library order."""
        return self.library.topics

    def topic_label(self, slug: str) -> str:
        """A topic's human name (the slug itself if the topic is unknown)."""
        topic = self._topics.get(slug)
        return topic.label if topic else slug

    def resolve_topic(self, typed: str | None) -> str | None:
        """The slug of the topic a facilitator typed or picked (slug or label), or a kind error."""
        if typed is None or not typed.strip() or typed.strip().lower() in {"all", "any"}:
            return None
        wanted = typed.strip().lower()
        for topic in self.library.topics:
            if wanted in {topic.slug.lower(), topic.label.lower()}:
                return topic.slug
        raise InvalidInput(
            f"“{typed.strip()[:40]}” isn't one of the topics. Start typing to see them, "
            "or leave the topic out for all of them."
        )

    async def eligible(self, guild_id: int, topics: tuple[str, ...] = ()) -> list[Prompt]:
        """Prompts the guild may post in ``topics`` (all topics if empty): built-ins that are
        not switched off, then the guild's own."""
        disabled = await self._store.disabled(guild_id)
        wanted = frozenset(topics)
        builtins = [
            prompt
            for prompt in self.library.prompts
            if prompt.id not in disabled and (not wanted or prompt.topic in wanted)
        ]
        customs = [
            _as_prompt(custom)
            for custom in await self._store.custom_prompts(guild_id)
            if not wanted or custom.topic in wanted
        ]
        return builtins + customs

    def _builtin(self, prompt_id: str) -> Prompt | None:
        try:
            found = self.library.get(prompt_id)
        except (KeyError, LookupError):
            return None
        return found if isinstance(found, Prompt) else None

    async def find(self, guild_id: int, prompt_id: str) -> Prompt:
        """A built-in or custom prompt by id, or a kind error."""
        cleaned = prompt_id.strip()
        number = custom_number(cleaned)
        if number is not None:
            custom = await self._store.custom_prompt(guild_id, number)
            if custom is not None:
                return _as_prompt(custom)
        else:
            builtin = self._builtin(cleaned)
            if builtin is not None:
                return builtin
        raise InvalidInput(
            f"I can't find a prompt with the id “{cleaned[:40]}”. Start typing in the id box "
            "to see the prompts you can choose."
        )

    async def search(self, guild_id: int, typed: str, limit: int = 25) -> list[tuple[Prompt, bool]]:
        """Prompts whose id, title or topic contains ``typed``, with whether each is switched off."""
        needle = typed.strip().lower()
        disabled = await self._store.disabled(guild_id)
        customs = [_as_prompt(custom) for custom in await self._store.custom_prompts(guild_id)]
        found: list[tuple[Prompt, bool]] = []
        for prompt in [*customs, *self.library.prompts]:
            haystack = f"{prompt.id} {prompt.title} {prompt.topic}".lower()
            if needle in haystack:
                found.append((prompt, prompt.id in disabled))
                if len(found) >= limit:
                    break
        return found

    async def custom_prompts(self, guild_id: int) -> list[Prompt]:
        """The guild's own prompts."""
        return [_as_prompt(custom) for custom in await self._store.custom_prompts(guild_id)]

    async def disabled(self, guild_id: int) -> frozenset[str]:
        """Built-in prompts the guild switched off."""
        return await self._store.disabled(guild_id)

    # Custom prompts ---------------------------------------------------------------------------

    async def add_custom(self, guild_id: int, draft: PromptDraft, actor_id: int) -> Prompt:
        """Validate and store a facilitator's prompt."""
        clean = validate_draft(draft, frozenset(self._topics))
        if await self._store.count_custom(guild_id) >= MAX_CUSTOM_PER_GUILD:
            raise InvalidInput(
                f"This server already has {MAX_CUSTOM_PER_GUILD} custom prompts, the most it can "
                "have. Remove one with `/prompts remove` first."
            )
        stored = await self._store.add_custom(guild_id, clean, actor_id, self._clock.now())
        log.info("custom prompt added", extra={"guild_id": guild_id, "prompt_id": stored.prompt_id})
        return _as_prompt(stored)

    async def _custom_number(self, guild_id: int, prompt_id: str, verb: str) -> int:
        number = custom_number(prompt_id)
        if number is None:
            if self._builtin(prompt_id.strip()) is not None:
                raise InvalidInput(
                    f"Built-in prompts can't be {verb}. You can switch this one off with "
                    "`/prompts disable` and add your own version with `/prompts add`."
                )
            await self.find(guild_id, prompt_id)  # raises the "can't find" message
        assert number is not None
        if await self._store.custom_prompt(guild_id, number) is None:
            raise InvalidInput(f"This server has no custom prompt `{custom_id(number)}`.")
        return number

    async def custom_for_edit(self, guild_id: int, prompt_id: str) -> Prompt:
        """The custom prompt to pre-fill the edit form with."""
        number = await self._custom_number(guild_id, prompt_id, "edited")
        custom = await self._store.custom_prompt(guild_id, number)
        assert custom is not None
        return _as_prompt(custom)

    async def edit_custom(self, guild_id: int, prompt_id: str, draft: PromptDraft) -> Prompt:
        """Replace a custom prompt's content."""
        number = await self._custom_number(guild_id, prompt_id, "edited")
        clean = validate_draft(draft, frozenset(self._topics))
        if not await self._store.update_custom(guild_id, number, clean, self._clock.now()):
            raise InvalidInput(f"This server has no custom prompt `{custom_id(number)}`.")
        return await self.find(guild_id, custom_id(number))

    async def remove_custom(self, guild_id: int, prompt_id: str) -> Prompt:
        """Remove a custom prompt; it will not be posted again."""
        number = await self._custom_number(guild_id, prompt_id, "removed")
        prompt = await self.find(guild_id, custom_id(number))
        await self._store.remove_custom(guild_id, number, self._clock.now())
        return prompt

    async def set_enabled(
        self, guild_id: int, prompt_id: str, enabled: bool, actor_id: int
    ) -> tuple[Prompt, bool]:
        """Switch a built-in prompt on or off for the guild; returns it and whether that changed."""
        cleaned = prompt_id.strip()
        builtin = self._builtin(cleaned)
        if builtin is None:
            if custom_number(cleaned) is not None:
                raise InvalidInput(
                    "Only built-in prompts are switched on and off. Your own prompts can be "
                    "changed with `/prompts edit` or removed with `/prompts remove`."
                )
            await self.find(guild_id, cleaned)
            raise AssertionError("find() raises for unknown ids")
        if enabled:
            changed = await self._store.enable(guild_id, builtin.id)
        else:
            changed = await self._store.disable(guild_id, builtin.id, actor_id, self._clock.now())
        return builtin, changed

    async def next_prompt(
        self, guild_id: int, channel_id: int, topics: tuple[str, ...] = ()
    ) -> Prompt | None:
        """The prompt the channel gets next from ``topics`` (rotation; nothing is recorded)."""
        eligible = await self.eligible(guild_id, topics)
        return choose_next(
            eligible, await self._store.last_posted(guild_id, channel_id), channel_id
        )
