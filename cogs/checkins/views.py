"""The check-in modal, the persistent Check in button, and the ask-a-counselor button."""

import re
from typing import Any

import discord

from bot.checkins.answers import Answers, parse_answers
from bot.errors import UserFacingError
from bot.tree import reply_ephemeral
from cogs._common import NO_MENTIONS, LanternModal, lantern, report_unexpected
from cogs.escalation.render import resources_embed

WORRIED_TEXT = (
    "Thank you for checking in. It sounds like things are hard right now ({reasons}), and "
    "that took courage to say. You don't have to handle it alone. If you'd like, a counselor "
    "from your program can reach out to you; only then will they know this check-in was yours."
)
THANKS_TEXT = (
    "Thank you for checking in. Your answers are anonymous: nobody in your group can see them."
)
CRITICAL_REVEALED = (
    " Because your note suggests you may be in danger right now, a counselor has been alerted "
    "with your name, as the group guidelines explain. Please reach out to one of the lines below."
)
CRITICAL_ANONYMOUS = (
    " Because your note suggests you may be in danger right now, counselors have been alerted "
    "without your name. Please reach out to one of the lines below."
)


class CheckinModal(LanternModal):
    """Mood, cravings, use since the last check-in, and an optional note."""

    def __init__(self, channel_id: int, note_max: int) -> None:
        super().__init__(title="Check in (anonymous)", custom_id="lantern:checkin-modal")
        self.channel_id = channel_id
        self.note_max = note_max
        self.mood: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Mood, 1 (very low) to 10 (great)", custom_id="mood", max_length=5
        )
        self.cravings: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Cravings, 0 (none) to 10 (overwhelming)", custom_id="cravings", max_length=5
        )
        self.used: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Used since last check-in? (yes/no/skip)",
            custom_id="used",
            max_length=20,
            required=False,
            placeholder="prefer not to say",
        )
        self.note: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Anything else? (optional, private)",
            custom_id="note",
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=max(1, note_max),
        )
        for item in (self.mood, self.cravings, self.used, self.note):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Validate, store anonymously, and answer with support if the answers are worrying."""
        try:
            answers = parse_answers(
                self.mood.value,
                self.cravings.value,
                self.used.value,
                self.note.value,
                note_max=self.note_max,
            )
            await record_and_reply(interaction, self.channel_id, answers)
        except UserFacingError as exc:
            await reply_ephemeral(interaction, exc.message)


async def record_and_reply(
    interaction: discord.Interaction, channel_id: int, answers: Answers
) -> None:
    """Store the check-in and reply privately."""
    assert interaction.guild_id is not None
    services = lantern(interaction).services
    recorded = await services.checkins.record(
        interaction.guild_id, channel_id, interaction.user.id, answers
    )
    if (
        not recorded.worrying
        and not recorded.escalated_with_identity
        and not recorded.escalated_anonymously
    ):
        await interaction.response.send_message(THANKS_TEXT, ephemeral=True)
        return
    text = WORRIED_TEXT.format(reasons=", ".join(recorded.worrying) or "your note")
    if recorded.escalated_with_identity:
        text += CRITICAL_REVEALED
    elif recorded.escalated_anonymously:
        text += CRITICAL_ANONYMOUS
    region = (await services.guilds.get(interaction.guild_id)).region
    view = discord.ui.View(timeout=None)
    if not recorded.escalated_with_identity:
        view.add_item(AskCounselorButton.for_answers(interaction.guild_id, channel_id, answers))
    await interaction.response.send_message(
        text,
        embed=resources_embed(region, services.settings.escalation.program_line),
        view=view,
        ephemeral=True,
        allowed_mentions=NO_MENTIONS,
    )


class CheckinButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lantern:checkin:(?P<channel>[0-9]{1,20})",
):
    """The Check in button under a daily reminder; opens the check-in modal."""

    def __init__(self, channel_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Check in",
                style=discord.ButtonStyle.primary,
                custom_id=f"lantern:checkin:{channel_id}",
            )
        )
        self.channel_id = channel_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> "CheckinButton":
        """Rebuild from the custom id (after a restart too)."""
        return cls(int(match["channel"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Open the modal for whoever clicked."""
        try:
            note_max = lantern(interaction).services.settings.checkins.note_max_chars
            await interaction.response.send_modal(CheckinModal(self.channel_id, note_max))
        except Exception as exc:
            await report_unexpected(interaction, exc, "check-in button")


class AskCounselorButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"lantern:ckhelp:(?P<channel>[0-9]{1,20}):(?P<mood>[0-9]{1,2}):(?P<cravings>[0-9]{1,2}):(?P<used>yes|no|unsaid)",
):
    """Ask a counselor to reach out. Only this click attaches the participant's identity.

    The answers ride in the custom id (never a check-in id). An escalation that names the
    member could still be matched to the check-in row by its channel, time and answers, so the
    click also signs that row: it moves to the member's signed key (see
    ``bot.checkins.identity.signed_key``), away from their anonymous check-ins.
    """

    def __init__(self, channel_id: int, mood: int, cravings: int, used: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Ask a counselor to reach out",
                style=discord.ButtonStyle.success,
                custom_id=f"lantern:ckhelp:{channel_id}:{mood}:{cravings}:{used}",
            )
        )
        self.channel_id = channel_id
        self.mood = mood
        self.cravings = cravings
        self.used = used

    @classmethod
    def for_answers(cls, guild_id: int, channel_id: int, answers: Answers) -> "AskCounselorButton":
        """The button for a set of answers."""
        return cls(channel_id, answers.mood, answers.cravings, answers.used.value)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> "AskCounselorButton":
        """Rebuild from the custom id."""
        return cls(int(match["channel"]), int(match["mood"]), int(match["cravings"]), match["used"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Escalate with the participant's identity, because they asked."""
        try:
            if interaction.guild_id is None:
                await reply_ephemeral(interaction, "This only works inside your program's server.")
                return
            from bot.checkins.answers import Answers, Used

            answers = Answers(self.mood, self.cravings, Used(self.used), None)
            escalation_id = await lantern(interaction).services.checkins.ask_for_contact(
                interaction.guild_id,
                self.channel_id,
                interaction.user.id,
                interaction.user.display_name,
                answers,
            )
            await interaction.response.edit_message(
                content=f"Thank you for reaching out. A counselor has been asked to contact you "
                f"(request #{escalation_id}). If you're in danger right now, please use the lines below.",
                view=None,
            )
        except Exception as exc:
            await report_unexpected(interaction, exc, "ask-a-counselor button")
