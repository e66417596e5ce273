"""Access: every command and every privileged button against every role and an outsider.

``ACCESS`` below says, command by command, who may use it; it is written from the README's
promises, not read from the code. A test checks that it covers exactly the command tree
(walked from ``bot.tree``), so a new command without an entry fails here until someone
decides who may use it.

For every command and every persona (participant, facilitator, counselor, server manager,
outsider with no role) the command is run with valid options:

* refused personas get a private refusal, the database is unchanged (every table but the
  heartbeat's ``meta``), and the bot makes no REST call other than answering;
* allowed personas are not refused, and nothing crashes or pings anyone.

Commands hidden by ``default_permissions`` are exposed to everyone first (as a server admin
can in the Integrations settings), so the run-time check is what is tested, not the client.
Buttons: the four alert buttons (counselors only) and the guidelines' I agree button
(everyone). A digest's Open button is covered by tests/integration/test_escalation_digest.py.
"""

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import discord
import pytest
from discord import app_commands
from simcord import Env, InteractionResult
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle

from bot.app import LanternBot
from bot.prompts.library import load_library
from tests.integration.conftest import World, configure
from tests.integration.test_groups_helpers import agree_posts, create_group
from tests.reliability.hostile import REFUSED, Records, Watch, answer_problems, reply_text

PERSONAS = ("participant", "facilitator", "counselor", "manager", "outsider")
EVERYONE = frozenset(PERSONAS)
FACILITATORS = frozenset({"facilitator", "manager"})  # the role, or Manage Server
COUNSELORS = frozenset({"counselor"})
STAFF = frozenset({"facilitator", "counselor", "manager"})
MANAGERS = frozenset({"manager"})
CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."

ACCESS: dict[str, frozenset[str]] = {
    "Flag for counselor": EVERYONE,
    "checkin": EVERYONE,
    "checkins history": EVERYONE,
    "forget-me": EVERYONE,
    "help": EVERYONE,
    "my-data": EVERYONE,
    "privacy": EVERYONE,
    "resources": EVERYONE,
    "share": EVERYONE,
    "escalate": STAFF,
    "checkins reminders": FACILITATORS,
    "checkins reminders-off": FACILITATORS,
    "checkins summary": FACILITATORS,
    **{
        f"group {name}": FACILITATORS
        for name in (
            "adopt",
            "archive",
            "create",
            "exclude",
            "guidelines",
            "guidelines-edit",
            "include",
            "list",
            "moderation",
            "moderation-limits",
            "moderation-log",
        )
    },
    **{
        f"prompts {name}": FACILITATORS
        for name in (
            "add",
            "disable",
            "edit",
            "enable",
            "list",
            "pause",
            "post",
            "preview",
            "remove",
            "resume",
            "schedule",
            "unschedule",
        )
    },
    **{
        f"session {name}": FACILITATORS
        for name in ("close", "list", "open", "schedule", "unschedule")
    },
    "escalations list": COUNSELORS,
    "escalations show": COUNSELORS,
    **{
        f"oncall {name}": COUNSELORS
        for name in ("backup-add", "backup-remove", "list", "start", "stop")
    },
    "checkins policy": MANAGERS,
    "setup channels": MANAGERS,
    "setup region": MANAGERS,
    "setup roles": MANAGERS,
    "setup show": MANAGERS,
}


def tree_commands(bot: LanternBot) -> set[str]:
    """Every invocable command of the tree: slash leaves by qualified name, and menus."""
    names: set[str] = set()
    for command in bot.tree.get_commands():
        if isinstance(command, app_commands.Group):
            names |= {
                leaf.qualified_name
                for leaf in command.walk_commands()
                if isinstance(leaf, app_commands.Command)
            }
        else:
            names.add(
                command.qualified_name
                if isinstance(command, app_commands.Command)
                else command.name
            )
    return names


@dataclass
class Stage:
    """The configured server the matrix runs in, with the records the commands act on."""

    env: Env
    world: World
    group: ChannelHandle
    watch: Watch
    builtin_prompt: str
    # Set for each run: the group channel if the persona can see it, else a public channel
    # (Discord only offers channels a member can see); and a fresh public channel.
    place: ChannelHandle | None = None
    fresh: ChannelHandle | None = None
    channels_made: int = 0
    member: MemberActor | None = None

    def visible(self, channel: ChannelHandle) -> ChannelHandle:
        """``channel`` if the current persona can see it, else the fresh public channel."""
        assert self.member is not None
        assert self.fresh is not None
        return channel if self.member.available_commands(channel) else self.fresh

    def persona(self, name: str) -> MemberActor:
        """The member acting as ``name``."""
        member: MemberActor = getattr(self.world, name)
        return member

    def bot(self) -> LanternBot:
        """The running bot."""
        bot = self.env.bot
        assert isinstance(bot, LanternBot)
        return bot


@pytest.fixture
def records() -> Iterator[Records]:
    """Every log record of the test."""
    handler = Records()
    logging.getLogger().addHandler(handler)
    try:
        yield handler
    finally:
        logging.getLogger().removeHandler(handler)


@pytest.fixture
async def stage(world: World, env: Env, records: Records) -> Stage:
    """A configured server with a group, a custom prompt, a schedule and an escalation."""
    await configure(world)
    group = await create_group(world, "matrix group")
    facilitator = world.facilitator
    shown = await facilitator.slash(world.general, "prompts add")
    assert shown.modal is not None
    topic = shown.modal["components"][-1]["component"]["options"][0]["value"]
    saved = await facilitator.submit_modal(
        shown, {"title": "Noticing", "body": "Notice.", "question": "What?", "topic": [topic]}
    )
    assert "custom-1" in reply_text(saved), reply_text(saved)
    for command, options in (
        ("prompts schedule", {"channel": group, "days": "mon", "time": "18:00"}),
        ("session schedule", {"channel": group, "days": "tue", "start": "18:00", "end": "19:00"}),
        ("escalate", {"member": world.participant, "reason": "Seemed withdrawn."}),
    ):
        result = await facilitator.slash(world.general, command, **options)
        assert "#1" in reply_text(result), reply_text(result)
    await world.participant.send(world.general, "long week, glad it's friday")
    bot = env.bot
    assert isinstance(bot, LanternBot)
    # Expose what default_permissions hides, so the bot's own check is what refuses.
    for app_command in await bot.tree.fetch_commands():
        if app_command.default_member_permissions is not None:
            world.guild.set_command_permissions(
                app_command,
                {
                    world.participant_role: True,
                    world.facilitator_role: True,
                    world.counselor_role: True,
                    world.outsider: True,
                },
            )
    watch = Watch(env=env, world=world, records=records.records)
    return Stage(env, world, group, watch, load_library().prompts[0].id)


Options = Callable[[Stage], dict[str, Any]]


def none(stage: Stage) -> dict[str, Any]:
    """No options."""
    return {}


OPTIONS: dict[str, Options] = {
    "setup roles": lambda s: {
        "participant": s.world.participant_role,
        "facilitator": s.world.facilitator_role,
        "counselor": s.world.counselor_role,
    },
    "setup channels": lambda s: {
        "counselors": s.visible(s.world.counselors),
        "modlog": s.visible(s.world.modlog),
    },
    "setup region": lambda s: {"region": "UK", "timezone": "Europe/London"},
    "escalate": lambda s: {"member": s.world.participant, "reason": "Missed two sessions."},
    "escalations show": lambda s: {"id": 1},
    "oncall backup-add": lambda s: {"user": s.world.counselor},
    "oncall backup-remove": lambda s: {"user": s.world.counselor},
    "checkins summary": lambda s: {"channel": s.place},
    "checkins reminders": lambda s: {"channel": s.place, "time": "19:00"},
    "checkins reminders-off": lambda s: {"channel": s.place},
    "checkins policy": lambda s: {"reveal_on_critical": True},
    "prompts edit": lambda s: {"id": "custom-1"},
    "prompts remove": lambda s: {"id": "custom-1"},
    "prompts disable": lambda s: {"id": s.builtin_prompt},
    "prompts enable": lambda s: {"id": s.builtin_prompt},
    "prompts schedule": lambda s: {"channel": s.place, "days": "fri", "time": "09:00"},
    "prompts pause": lambda s: {"id": 1},
    "prompts resume": lambda s: {"id": 1},
    "prompts unschedule": lambda s: {"id": 1},
    "prompts post": lambda s: {"channel": s.place},
    "group create": lambda s: {"name": "another group"},
    "group adopt": lambda s: {"channel": s.fresh},
    "group archive": lambda s: {"channel": s.place},
    "group exclude": lambda s: {"channel": s.fresh},
    "group include": lambda s: {"channel": s.fresh},
    "group guidelines": lambda s: {"channel": s.fresh},
    "group moderation": lambda s: {"rule": "spam", "enabled": False},
    "group moderation-limits": lambda s: {"shares_per_hour": 5},
    "session open": lambda s: {"channel": s.place},
    "session close": lambda s: {"channel": s.place},
    "session schedule": lambda s: {
        "channel": s.place,
        "days": "thu",
        "start": "10:00",
        "end": "11:00",
    },
    "session unschedule": lambda s: {"id": 1},
}
# Commands that belong in a group channel; personas who cannot see it use #general.
IN_GROUP = frozenset({"checkin", "share"})


async def snapshot(bot: LanternBot) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but ``meta`` (the heartbeat moves on its own)."""
    db = bot.services.db
    tables = [
        row[0]
        for row in await db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        # Table names come from sqlite_master itself, not from input.
        table: [tuple(row) for row in await db.fetchall(f'SELECT * FROM "{table}"')]  # noqa: S608
        for table in tables
        if table != "meta"
    }


def side_effects(watch: Watch) -> list[str]:
    """REST calls since the watch started other than reads and answering the interaction."""
    return [
        f"{entry.method} {entry.path}"
        for entry in watch.requests()
        if entry.method != "GET" and not entry.path.startswith("/interactions/")
    ]


def refusal_problems(result: InteractionResult, where: str) -> list[str]:
    """A refusal must be private and say that nothing was done."""
    text = reply_text(result)
    problems = answer_problems(result, where)
    if result.modal is not None or not any(marker in text for marker in REFUSED):
        problems.append(f"{where}: not refused: {text[:160]!r}")
    return problems


async def invoke(stage: Stage, name: str, persona: str) -> InteractionResult:
    """Run command ``name`` as ``persona`` with its valid options."""
    member = stage.persona(persona)
    world = stage.world
    if name == "Flag for counselor":
        target = world.general.history()[-1]
        return await member.context_menu(world.general, name, target)
    stage.channels_made += 1
    stage.fresh = world.guild.create_text_channel(f"public-{stage.channels_made}")
    stage.member = member
    sees_group = bool(member.available_commands(stage.group))
    stage.place = stage.group if sees_group else stage.fresh
    where = stage.group if name in IN_GROUP and sees_group else world.general
    return await member.slash(where, name, **OPTIONS.get(name, none)(stage))


async def test_the_access_table_covers_exactly_the_command_tree(env: Env) -> None:
    bot = env.bot
    assert isinstance(bot, LanternBot)
    in_tree = tree_commands(bot)
    assert set(ACCESS) - in_tree == set(), "table entries for commands that no longer exist"
    assert in_tree - set(ACCESS) == set(), "commands with no access entry: decide who may use them"
    assert set(OPTIONS) <= in_tree


async def test_every_command_against_every_persona(stage: Stage) -> None:
    problems: list[str] = []
    for name in sorted(ACCESS):
        allowed = ACCESS[name]
        # Refusals first, while the records the command acts on are still there.
        for persona in sorted(EVERYONE - allowed):
            where = f"/{name} as {persona}"
            before = await snapshot(stage.bot())
            stage.watch.restart()
            result = await invoke(stage, name, persona)
            problems += refusal_problems(result, where)
            problems += stage.watch.problems()
            problems += [f"{where}: side effect {call}" for call in side_effects(stage.watch)]
            if await snapshot(stage.bot()) != before:
                problems.append(f"{where}: the database changed")
        for persona in sorted(allowed):
            where = f"/{name} as {persona}"
            stage.watch.restart()
            result = await invoke(stage, name, persona)
            text = reply_text(result)
            if any(marker in text for marker in REFUSED):
                problems.append(f"{where}: refused: {text[:160]!r}")
            problems += answer_problems(result, where) + stage.watch.problems()
    assert not problems, "\n".join(problems)


def alerts(world: World) -> list[discord.Message]:
    """Alert messages in the counselors channel, oldest first."""
    return [
        message
        for message in world.counselors.history()
        if message.embeds and "escalation #" in (message.embeds[0].title or "")
    ]


async def refused_click(stage: Stage, message: Any, label: str, persona: str) -> list[str]:
    """Click ``label`` as ``persona``: it must be refused with nothing changed anywhere."""
    where = f"{label} as {persona}"
    before = await snapshot(stage.bot())
    visible_before = [m.embeds[0].to_dict() for m in alerts(stage.world)]
    stage.watch.restart()
    result = await stage.persona(persona).click(message, label=label)
    problems = refusal_problems(result, where) + stage.watch.problems()
    problems += [f"{where}: side effect {call}" for call in side_effects(stage.watch)]
    if await snapshot(stage.bot()) != before:
        problems.append(f"{where}: the database changed")
    if [m.embeds[0].to_dict() for m in alerts(stage.world)] != visible_before:
        problems.append(f"{where}: an alert changed")
    return problems


async def test_alert_buttons_are_for_counselors_only(stage: Stage) -> None:
    world = stage.world
    await world.participant.send(stage.group, CRISIS)
    alert = alerts(world)[-1]
    problems: list[str] = []
    # Staff who can see the counselors channel but are not counselors.
    for persona in ("facilitator", "manager"):
        for label in ("Acknowledge", "Resolve", "False alarm", "Open private thread"):
            problems += await refused_click(stage, alert, label, persona)
    # Participants and outsiders cannot even see the channel the buttons are in.
    for persona in ("participant", "outsider"):
        assert world.counselors.id not in {
            channel.id
            for channel in world.guild.channels.values()
            if stage.persona(persona).available_commands(channel)
        }
    counselor = world.counselor
    stage.watch.restart()
    result = await counselor.click(alert, label="Open private thread")
    problems += answer_problems(result, "thread as counselor") + stage.watch.problems()
    result = await counselor.click(alerts(world)[-1], label="Acknowledge")
    problems += stage.watch.problems()
    assert "Acknowledged" in str(alerts(world)[-1].embeds[0].to_dict()), reply_text(result)
    for label in ("Resolve", "False alarm"):
        shown = await counselor.click(alerts(world)[-1], label=label)
        assert shown.modal is not None, reply_text(shown)
    assert not problems, "\n".join(problems)


async def test_everyone_may_agree_to_the_guidelines(stage: Stage) -> None:
    world = stage.world
    await world.facilitator.slash(world.general, "group guidelines", channel=world.general)
    post = agree_posts(world.general)[-1]
    problems: list[str] = []
    for persona in PERSONAS:
        stage.watch.restart()
        result = await stage.persona(persona).click(post, label="I agree")
        text = reply_text(result)
        problems += answer_problems(result, f"I agree as {persona}") + stage.watch.problems()
        if "Thank you" not in text:
            problems.append(f"I agree as {persona}: {text[:160]!r}")
    # The outsider agreed, so now holds the participant role and can see the group.
    assert world.outsider.available_commands(stage.group)
    assert not problems, "\n".join(problems)
