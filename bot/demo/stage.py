"""The demo's people acting in the simulated server, each action narrated then shown.

Every verb does what a user does in the Discord client (send, run a slash command, click a
button, fill in a form) through simcord's permission-checked actors, then prints what changed.
"""

from datetime import datetime, timedelta
from typing import Any

import discord
from simcord import Env, InteractionResult
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle, RoleHandle

from bot.demo.transcript import Transcript


class Stage:
    """Where the demo's actions happen and are narrated."""

    def __init__(self, env: Env, transcript: Transcript) -> None:
        self.env = env
        self.transcript = transcript

    async def say(self, who: MemberActor, where: ChannelHandle, text: str) -> discord.Message:
        """``who`` posts ``text`` in a channel or thread."""
        self.transcript.action(who.name, f"posts in {_name(where)}")
        message = await who.send(where, text)
        await self.transcript.look(who.name)
        return message

    async def slash(
        self, who: MemberActor, where: ChannelHandle, command: str, **options: Any
    ) -> InteractionResult:
        """``who`` runs ``/command`` with options in a channel."""
        shown = " ".join(f"{key}:{_option(value)}" for key, value in options.items())
        self.transcript.action(
            who.name, f"runs /{command} {shown}".rstrip() + f" in {_name(where)}"
        )
        result = await who.slash(where, command, **options)
        return await self._after(who, result)

    async def click(
        self, who: MemberActor, message: discord.Message, label: str
    ) -> InteractionResult:
        """``who`` clicks the button called ``label`` on a message."""
        self.transcript.action(who.name, f"clicks [{label}]")
        result = await who.click(message, label=label)
        return await self._after(who, result)

    async def submit(
        self, who: MemberActor, shown: InteractionResult, values: dict[str, str]
    ) -> InteractionResult:
        """``who`` fills in the form the bot showed them and submits it."""
        filled = ", ".join(f"{key}={value!r}" for key, value in values.items())
        self.transcript.action(who.name, f"submits the form ({filled})")
        result = await who.submit_modal(shown, values)
        return await self._after(who, result)

    async def wait_until(self, when: datetime, why: str) -> None:
        """Let virtual time pass until ``when``; background jobs run as they fall due."""
        seconds = max(0.0, (when - self.env.now()).total_seconds())
        self.transcript.note(
            f"⏩ {why}: virtual time moves on {timedelta(seconds=round(seconds))} "
            f"to {when:%a %d %b %Y %H:%M} UTC"
        )
        await self.env.advance_time(seconds)
        await self.transcript.look()

    async def _after(self, who: MemberActor, result: InteractionResult) -> InteractionResult:
        if result.modal is not None:
            self.transcript.form(who.name, result.modal)
        await self.transcript.look(who.name, [result.response, *result.followups])
        return result


def _name(where: ChannelHandle) -> str:
    return f"#{where.name}"


def _option(value: Any) -> str:
    if isinstance(value, ChannelHandle):
        return f"#{value.name}"
    if isinstance(value, RoleHandle | MemberActor):
        return f"@{value.name}"
    if isinstance(value, str) and " " in value:
        return f'"{value}"'
    return str(value)
