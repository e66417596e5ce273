"""What everyone in the demo server sees, printed as a readable transcript with rich.

The transcript reads the simulated Discord the way users would: after each action it looks
at every channel, thread and DM for messages that are new or were edited since it last looked,
and prints them in the order Discord created them. Mentions and timestamps are written as a
client shows them, embeds as boxed text, buttons as a list; ephemeral replies and DMs are
marked. Image attachments (the charts) are saved to the output directory.
"""

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text
from simcord import Env, ResponseMessage
from simcord.builders import ChannelHandle

from bot.demo.world import DemoWorld

_TOKEN = re.compile(r"<(@!?|@&|#)(\d+)>|<t:(\d+)(?::[tTdDfFR])?>")


@dataclass(frozen=True)
class Place:
    """A channel, thread or DM as the transcript names it."""

    handle: ChannelHandle
    label: str
    is_dm: bool = False


class Transcript:
    """Prints what changed in the simulated server since the last look."""

    def __init__(self, world: DemoWorld, console: Console, out_dir: Path) -> None:
        self.world = world
        self.console = console
        self.out_dir = out_dir
        self.saved: dict[str, Path] = {}
        self._seen: dict[int, str] = {}
        self._printed: dict[int, dict[str, list[str]]] = {}
        self._quiet = False

    @property
    def env(self) -> Env:
        """The simulated Discord."""
        return self.world.env

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Within the block, actions and what they change are taken in but not printed."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    # Narration ----------------------------------------------------------------------------

    def scene(self, number: int, title: str) -> None:
        """Start a scene with a rule across the terminal."""
        self.console.print()
        self.console.rule(Text(f"Scene {number}: {title}", style="bold magenta"))

    def action(self, who: str, what: str) -> None:
        """Say what a person does (before the world reacts)."""
        if self._quiet:
            return
        self.console.print(Text.assemble(("▶ ", "bold green"), (who, "bold"), " ", what))

    def note(self, text: str) -> None:
        """A line of narration that is not something anyone sees in Discord."""
        self.console.print(Text(f"  {text}", style="dim italic"))

    def form(self, who: str, modal: dict[str, Any]) -> None:
        """Describe a form (modal) the bot showed someone."""
        if self._quiet:
            return
        fields = [label for _custom_id, label in modal_fields(modal)]
        self.console.print(
            Text.assemble(
                ("  ⧉ form shown to ", "cyan"),
                (who, "bold cyan"),
                (f": “{modal.get('title', '')}” with ", "cyan"),
                (", ".join(fields) or "no fields", "cyan"),
            )
        )

    # Looking at the server ----------------------------------------------------------------

    def places(self) -> list[Place]:
        """Every channel, thread and DM the demo's people can have messages in."""
        found: dict[int, Place] = {}
        for channel in self.world.guild.channels.values():
            if channel.is_thread:
                continue
            found.setdefault(channel.id, Place(channel, f"#{channel.name}"))
            for thread in channel.threads:
                found.setdefault(thread.id, Place(thread, f"#{channel.name} › {thread.name}"))
        for person in self.world.people:
            dm = person.user.dm_channel
            found.setdefault(dm.id, Place(dm, f"DM to {person.name}", is_dm=True))
        return list(found.values())

    async def look(
        self, viewer: str | None = None, replies: Sequence[ResponseMessage | None] = ()
    ) -> list[discord.Message]:
        """Print every message that is new or edited since the last look, and return them.

        A channel's history holds what everyone sees; ``replies`` are the responses to the
        interaction ``viewer`` just made, which may be ephemeral (seen by them only).
        """
        places = self.places()
        by_id = {place.handle.id: place for place in places}
        candidates = [(message, place) for place in places for message in place.handle.history()]
        for reply in replies:
            if reply is not None and reply.channel_id in by_id:
                candidates.append((reply.message, by_id[reply.channel_id]))
        changed: dict[int, tuple[discord.Message, Place, bool]] = {}
        for message, place in candidates:
            key = fingerprint(message)
            if not key:
                continue  # a deferred reply still "thinking": shown once it has content
            before = self._seen.get(message.id)
            if before == key:
                continue
            self._seen[message.id] = key
            changed[message.id] = (message, place, before is not None)
        for message_id in sorted(changed):
            message, place, edited = changed[message_id]
            if self._quiet:
                self._printed[message_id] = self._blocks(message)
                continue
            await self._print(message, place, edited=edited, viewer=viewer)
        return [message for message, _place, _edited in changed.values()]

    async def _print(
        self, message: discord.Message, place: Place, *, edited: bool, viewer: str | None
    ) -> None:
        author = message.author
        header = Text.assemble(
            ("  ", ""),
            (place.label, "bold blue" if not place.is_dm else "bold yellow"),
            ("  ", ""),
            (self.display_name(author), "bold"),
            (" [bot]" if author.bot else "", "dim"),
        )
        tags = []
        if place.is_dm:
            tags.append("direct message")
        if message.flags.ephemeral:
            tags.append(f"ephemeral: only {viewer or 'the user'} sees this")
        if edited:
            tags.append("edited; what changed")
        if message.pinned:
            tags.append("pinned")
        if tags:
            header.append(f"  ({', '.join(tags)})", style="italic yellow")
        parts: list[Any] = [header]
        blocks = self._blocks(message)
        # An edit (an alert changing status) shows only what changed, not the whole message.
        previous = self._printed.get(message.id, {})
        self._printed[message.id] = blocks
        if message.content and (not edited or previous.get("content") != [message.content]):
            parts.append(Text(self.readable(message.content)))
        for index, embed in enumerate(message.embeds):
            lines = blocks.get(f"embed{index}", [])
            shown = [line for line in lines if line not in previous.get(f"embed{index}", [])]
            if shown:
                parts.append(self._panel(embed, shown if edited else lines))
        buttons = button_labels(message)
        if buttons:
            parts.append(Text("buttons: " + "  ".join(buttons), style="green"))
        for attachment in message.attachments:
            parts.append(Text(await self._save(attachment), style="magenta"))
        self.console.print(Group(header, *(_indent(part) for part in parts[1:])))

    def _blocks(self, message: discord.Message) -> dict[str, list[str]]:
        """The message's content and each embed as lines of readable text."""
        blocks = {"content": [message.content]}
        for index, embed in enumerate(message.embeds):
            lines: list[str] = []
            if embed.author and embed.author.name:
                lines.append(embed.author.name)
            if embed.description:
                lines.append(_shorten(self.readable(embed.description)))
            for field in embed.fields:
                lines.append(f"{field.name}: {self.readable(field.value or '')}")
            if embed.image and embed.image.url:
                lines.append(f"[image: {embed.image.url.removeprefix('attachment://')}]")
            if embed.footer and embed.footer.text:
                lines.append(f"— {embed.footer.text}")
            blocks[f"embed{index}"] = lines
        return blocks

    def _panel(self, embed: discord.Embed, lines: list[str]) -> Panel:
        title = self.readable(embed.title) if embed.title else None
        return Panel(
            Text("\n".join(lines)),
            title=Text(title, style="bold") if title else None,
            title_align="left",
            border_style="cyan",
            expand=False,
        )

    async def _save(self, attachment: discord.Attachment) -> str:
        data = await attachment.read()
        stem, dot, suffix = attachment.filename.rpartition(".")
        name = attachment.filename
        number = 1
        while name in self.saved:
            number += 1
            name = f"{stem}-{number}{dot}{suffix}" if dot else f"{attachment.filename}-{number}"
        path = self.out_dir / name
        self.out_dir.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.saved[name] = path
        return f"📎 {attachment.filename} ({len(data)} bytes) saved to {path}"

    # Making Discord markup readable -------------------------------------------------------

    def readable(self, text: str) -> str:
        """Mentions as @name / #channel and timestamps as dates, as a client shows them."""
        bot = self.env.bot
        guild = bot.get_guild(self.world.guild.id)

        def replace(match: re.Match[str]) -> str:
            kind, target, stamp = match.group(1), match.group(2), match.group(3)
            if stamp is not None:
                moment = datetime.fromtimestamp(int(stamp), UTC)
                return moment.strftime("%a %d %b %Y %H:%M UTC")
            ident = int(target)
            if kind == "@&":
                role = guild.get_role(ident) if guild else None
                return f"@{role.name}" if role else match.group(0)
            if kind == "#":
                channel = bot.get_channel(ident)
                name = getattr(channel, "name", None)
                return f"#{name}" if name else match.group(0)
            name = self._names().get(ident)
            return f"@{name}" if name else match.group(0)

        # Discord's bold markers add nothing in a terminal transcript.
        return _TOKEN.sub(replace, text).replace("**", "")

    def display_name(self, user: discord.abc.User) -> str:
        """A person's name; the bot is shown as Lantern, the name a server gives it."""
        return self._names().get(user.id, user.display_name)

    def _names(self) -> dict[int, str]:
        names = {person.id: person.name for person in self.world.people}
        me = self.env.bot.user
        if me is not None:
            names[me.id] = "Lantern"
        return names


def fingerprint(message: discord.Message) -> str:
    """What a reader would notice changing in a message (empty if it shows nothing yet)."""
    if not (message.content or message.embeds or message.attachments or message.components):
        return ""
    embeds = [str(embed.to_dict()) for embed in message.embeds]
    return repr((message.content, embeds, button_labels(message), message.pinned))


def button_labels(message: discord.Message) -> list[str]:
    """The message's buttons as ``[Label]``, disabled ones marked."""
    labels = []
    for row in message.components:
        for child in getattr(row, "children", []):
            if isinstance(child, discord.Button):
                label = f"[{child.label or child.custom_id}]"
                labels.append(f"{label} (disabled)" if child.disabled else label)
    return labels


def modal_fields(modal: dict[str, Any]) -> list[tuple[str, str]]:
    """A modal payload's inputs as (custom id, label), in order."""
    found: list[tuple[str, str]] = []

    def walk(node: Any, label: str | None) -> None:
        if isinstance(node, dict):
            own = node.get("label") or label
            if "custom_id" in node and node.get("type") != 1:
                found.append((str(node["custom_id"]), str(own or node["custom_id"])))
            for key in ("components", "component"):
                if key in node:
                    walk(node[key], own)
        elif isinstance(node, list):
            for item in node:
                walk(item, label)

    walk(modal.get("components", []), None)
    return found


def _shorten(text: str, limit: int = 400) -> str:
    """A long text (guidelines, a prompt) cut to its opening: the transcript is a summary."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n\n", 0, limit)
    if cut <= 0:
        cut = text.rfind(" ", 0, limit)
    rest = len(text) - cut
    return f"{text[:cut].rstrip()} … ({rest} more characters)"


def _indent(renderable: Any) -> Padding:
    return Padding(renderable, (0, 0, 0, 4))
