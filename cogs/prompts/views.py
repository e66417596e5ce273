"""The add / edit form for a facilitator's own prompt."""

from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.errors import UserFacingError
from bot.prompts.custom import BODY_MAX, EXERCISE_MAX, QUESTION_MAX, TITLE_MAX, PromptDraft
from bot.prompts.library import Prompt, Topic
from bot.tree import reply_ephemeral
from cogs._common import LanternModal

# What the form does with a valid draft: store it and answer the facilitator.
OnDraft = Callable[[discord.Interaction, PromptDraft], Awaitable[None]]


class PromptModal(LanternModal):
    """Title, text, question, optional exercise and topic of a custom prompt."""

    def __init__(
        self,
        *,
        topics: tuple[Topic, ...],
        on_draft: OnDraft,
        existing: Prompt | None = None,
    ) -> None:
        super().__init__(
            title=f"Edit {existing.id}" if existing else "Add a prompt",
            custom_id="lantern:prompt-modal",
        )
        self.on_draft = on_draft
        self.title_input: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="title",
            max_length=TITLE_MAX,
            default=existing.title if existing else None,
        )
        self.body_input: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="body",
            style=discord.TextStyle.paragraph,
            max_length=BODY_MAX,
            default=existing.body if existing else None,
        )
        self.question_input: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="question",
            style=discord.TextStyle.paragraph,
            max_length=QUESTION_MAX,
            default=existing.question if existing else None,
        )
        self.exercise_input: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="exercise",
            style=discord.TextStyle.paragraph,
            max_length=EXERCISE_MAX,
            required=False,
            default=existing.exercise if existing and existing.exercise else None,
        )
        # Discord allows 25 options in a select; the library has far fewer topics.
        self.topic_select: discord.ui.Select[Any] = discord.ui.Select(
            custom_id="topic",
            options=[
                discord.SelectOption(
                    label=topic.label[:100],
                    value=topic.slug,
                    default=existing is not None and existing.topic == topic.slug,
                )
                for topic in topics[:25]
            ],
        )
        self.add_item(discord.ui.Label(text="Title", component=self.title_input))
        self.add_item(discord.ui.Label(text="Text", component=self.body_input))
        self.add_item(
            discord.ui.Label(
                text="Question for the group",
                description="Posted under the text, to start the discussion",
                component=self.question_input,
            )
        )
        self.add_item(
            discord.ui.Label(
                text="Exercise (optional)",
                description="Something to try between sessions",
                component=self.exercise_input,
            )
        )
        self.add_item(discord.ui.Label(text="Topic", component=self.topic_select))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Hand the draft on; a validation problem is answered privately and nothing is saved."""
        draft = PromptDraft(
            topic=self.topic_select.values[0] if self.topic_select.values else "",
            title=self.title_input.value,
            body=self.body_input.value,
            question=self.question_input.value,
            exercise=self.exercise_input.value or None,
        )
        try:
            await self.on_draft(interaction, draft)
        except UserFacingError as exc:
            await reply_ephemeral(interaction, exc.message)
