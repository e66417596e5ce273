"""Hostile input: every free-text slash option, modal field and group message, fuzzed.

Each *surface* (one text option of one command, one field of one form, or a message typed
in a group) gets hostile text from ``tests.reliability.hostile``: arbitrary Unicode, mass
and role mentions, markdown, zero-width and control characters, and the maximum length. For
every example the bot must:

* not crash: nothing reaches simcord's error capture and nothing is logged at ERROR (Lantern
  turns caught bugs into a "something went wrong" reply plus an ERROR log, so both count);
* answer with a form or a private message that says something, never the unexpected-error
  reply; where the input is clearly invalid (a time with no digit, a time zone with
  characters no zone name has...) the answer must not be the success message;
* make no request that could ping anyone (``Watch.mention_problems``).

How examples are drawn: hypothesis ``@given`` works on these async tests (pytest-asyncio
runs each example on the test's event loop), so each test starts one simcord environment
through the function-scoped fixtures and hypothesis runs all of its examples inside it. The
``function_scoped_fixture`` health check is suppressed on purpose: state carried from one
example to the next (twenty hostile group names, then one more) is part of what is tested.
``make test`` draws a few examples per surface; the ``soak`` variants draw many more.
Integer options and autocomplete handlers get the same treatment in their own tests.
"""

import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import discord
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from simcord import Env, InteractionResult
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle

from bot.content import GUIDELINES_MAX
from bot.groups.consent import TITLE_MAX as GUIDELINES_TITLE_MAX
from bot.groups.share import SHARE_MAX_CHARS
from bot.prompts.custom import BODY_MAX, EXERCISE_MAX, QUESTION_MAX, TITLE_MAX
from bot.settings import CheckinSettings
from tests.integration.conftest import World, configure
from tests.integration.test_groups_helpers import create_group
from tests.reliability.hostile import Records, Watch, answer_problems, hostile_text, reply_text

FAST_EXAMPLES = 12
SOAK_EXAMPLES = 150
# Discord caps a string option at 6,000 characters and a message at 2,000.
OPTION_MAX = 6000
MESSAGE_MAX = 2000
# The check-in note's limit is a setting; the tests run with the default.
NOTE_MAX = CheckinSettings().note_max_chars
TIMEZONE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_/+-")


@dataclass(repr=False)
class Arena:
    """A configured server with a group channel, and a watch over what the bot does."""

    env: Env
    world: World
    group: ChannelHandle
    watch: Watch
    members: Iterator[int] = field(default_factory=lambda: iter(range(1, 10_000)))

    def __repr__(self) -> str:
        return "<Arena>"  # hypothesis prints the arguments of a failing example

    def newcomer(self) -> MemberActor:
        """A fresh participant, so one example's moderation state never blocks the next."""
        number = next(self.members)
        return self.world.guild.add_member(
            self.env.create_user(f"peer{number}"), roles=[self.world.participant_role]
        )


@pytest.fixture
def records() -> Iterator[Records]:
    """Every log record of the test, at any level."""
    handler = Records()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@pytest.fixture
async def arena(world: World, env: Env, records: Records) -> Arena:
    """A configured server with one group channel, generous share limits, and a watch."""
    await configure(world)
    group = await create_group(world, "hostile group")
    result = await world.facilitator.slash(
        world.general, "group moderation-limits", shares_per_hour=30
    )
    assert result.ephemeral
    watch = Watch(env=env, world=world, records=records.records)
    return Arena(env=env, world=world, group=group, watch=watch)


Run = Callable[[Arena, str], Awaitable[list[InteractionResult]]]


@dataclass(frozen=True)
class Surface:
    """One place a user types text, how to reach it, and what counts as success there."""

    name: str
    max_size: int
    run: Run
    required: bool = True
    # Discord refuses a message that is only whitespace (a form field may be).
    blank_ok: bool = True
    # When ``clearly_invalid(text)``, ``succeeded(result)`` must be false.
    clearly_invalid: Callable[[str], bool] | None = None
    succeeded: Callable[[InteractionResult], bool] | None = None


def says(fragment: str) -> Callable[[InteractionResult], bool]:
    """Success is a reply containing ``fragment``."""
    return lambda result: fragment in reply_text(result)


def shows_form(result: InteractionResult) -> bool:
    """Success is a form being shown."""
    return result.modal is not None


def no_digit(text: str) -> bool:
    """A time or number with no digit at all cannot be valid."""
    return not any(char.isdigit() for char in text)


def not_a_zone_name(text: str) -> bool:
    """IANA zone names use ASCII letters, digits and ``_/+-`` only."""
    cleaned = text.strip()
    return not cleaned or not set(cleaned) <= TIMEZONE_CHARS


def slash(who: str, command: str, option: str, **fixed: Any) -> Run:
    """Run ``command`` as ``who`` in #general with ``option`` set to the hostile text.

    ``fixed`` holds the other options; a callable is called with the arena (for handles).
    """

    async def run(arena: Arena, text: str) -> list[InteractionResult]:
        world = arena.world
        actor: MemberActor = getattr(world, who)
        options = {key: value(arena) if callable(value) else value for key, value in fixed.items()}
        return [await actor.slash(world.general, command, **{option: text}, **options)]

    return run


def form(
    who: str, command: str, field_id: str, others: dict[str, str], channel: str = "general"
) -> Run:
    """Open ``command``'s form as ``who`` and submit it with ``field_id`` set to the text."""

    async def run(arena: Arena, text: str) -> list[InteractionResult]:
        world = arena.world
        actor: MemberActor = arena.newcomer() if who == "newcomer" else getattr(world, who)
        where = arena.group if channel == "group" else getattr(world, channel)
        shown = await actor.slash(where, command)
        assert shown.modal is not None, reply_text(shown)
        values: dict[str, Any] = dict(others)
        if "topic" in values:
            # The prompt form's last control is the topic select: pick its first topic.
            values["topic"] = [shown.modal["components"][-1]["component"]["options"][0]["value"]]
        values[field_id] = text
        if not text:
            del values[field_id]
        return [shown, await actor.submit_modal(shown, values)]

    return run


async def flag_reason(arena: Arena, text: str) -> list[InteractionResult]:
    """A peer flags a worried message, with the hostile text as the reason."""
    # A new author each time: the same line posted again and again would trip the spam rule.
    await arena.newcomer().send(arena.group, "not sure how to get through tonight")
    target = arena.group.last_message
    assert target is not None
    peer = arena.newcomer()
    shown = await peer.context_menu(arena.group, "Flag for counselor", target)
    assert shown.modal is not None, reply_text(shown)
    return [shown, await peer.submit_modal(shown, {"reason": text} if text else {})]


def close_note(label: str) -> Run:
    """A facilitator escalates; a counselor closes it (``label``) with the text as the note.

    The counselor works from ``/escalations show``: after five alerts a minute the rest
    arrive in a digest, so the escalation's own alert message may not exist.
    """

    async def run(arena: Arena, text: str) -> list[InteractionResult]:
        world = arena.world
        opened = await world.facilitator.slash(
            world.general, "escalate", member=arena.newcomer(), reason="Seemed withdrawn."
        )
        found = re.search(r"Escalation #(\d+)", reply_text(opened))
        assert found, reply_text(opened)
        shown = await world.counselor.slash(world.counselors, "escalations show", id=int(found[1]))
        assert shown.response is not None, reply_text(shown)
        form_shown = await world.counselor.click(shown.response, label=label)
        assert form_shown.modal is not None, reply_text(form_shown)
        values = {"note": text} if text else {}
        return [opened, shown, form_shown, await world.counselor.submit_modal(form_shown, values)]

    return run


async def group_message(arena: Arena, text: str) -> list[InteractionResult]:
    """A participant posts the text in the group (moderation and risk detection read it)."""
    await arena.newcomer().send(arena.group, text)
    return []


CHECKIN = {"mood": "6", "cravings": "3", "used": "no", "note": ""}
PROMPT = {"title": "Urge surfing", "body": "Urges rise and fall.", "question": "When?"}
PROMPT_FORM = {**PROMPT, "exercise": "", "topic": ""}
GUIDELINES = {"title": "Group guidelines", "text": "Be kind. Keep what is shared here."}
SCHEDULE = {"days": "mon,wed", "time": "18:00"}
SESSION = {"days": "tue", "start": "18:00", "end": "19:30"}

SURFACES = [
    Surface(
        "/setup region timezone",
        OPTION_MAX,
        slash("manager", "setup region", "timezone", region="US"),
        clearly_invalid=not_a_zone_name,
        succeeded=says("Region and time zone saved"),
    ),
    Surface(
        "/escalate reason",
        1000,
        slash("facilitator", "escalate", "reason", member=lambda a: a.world.participant),
    ),
    Surface(
        "/checkins reminders time",
        OPTION_MAX,
        slash("facilitator", "checkins reminders", "time", channel=lambda a: a.group),
        clearly_invalid=no_digit,
        succeeded=says("Daily check-in reminders will be posted"),
    ),
    *(
        Surface(
            f"/prompts {command} id",
            OPTION_MAX,
            slash("facilitator", f"prompts {command}", "id"),
            # No custom prompt exists in this server, so no id can be edited or removed.
            clearly_invalid=(lambda text: True) if command in ("edit", "remove") else None,
            succeeded=shows_form if command == "edit" else says("Removed"),
        )
        for command in ("edit", "remove", "disable", "enable")
    ),
    *(
        Surface(
            f"/prompts schedule {option}",
            OPTION_MAX,
            slash(
                "facilitator",
                "prompts schedule",
                option,
                channel=lambda a: a.group,
                **{key: value for key, value in SCHEDULE.items() if key != option},
            ),
            clearly_invalid={"time": no_digit, "timezone": not_a_zone_name}.get(option),
            succeeded=says("saved:"),
        )
        for option in ("days", "time", "topic", "timezone")
    ),
    Surface("/prompts preview topic", OPTION_MAX, slash("facilitator", "prompts preview", "topic")),
    *(
        Surface(
            f"/prompts post {option}",
            OPTION_MAX,
            slash("facilitator", "prompts post", option, channel=lambda a: a.group),
        )
        for option in ("topic", "prompt")
    ),
    Surface("/group create name", 100, slash("facilitator", "group create", "name")),
    Surface(
        "/group create topic", 1024, slash("facilitator", "group create", "topic", name="topical")
    ),
    *(
        Surface(
            f"/session schedule {option}",
            OPTION_MAX,
            slash(
                "facilitator",
                "session schedule",
                option,
                channel=lambda a: a.group,
                **{key: value for key, value in SESSION.items() if key != option},
            ),
            clearly_invalid={"start": no_digit, "end": no_digit, "timezone": not_a_zone_name}.get(
                option
            ),
            succeeded=says("Session schedule #"),
        )
        for option in ("days", "start", "end", "timezone")
    ),
    *(
        Surface(
            f"check-in form {field_id}",
            size,
            form("newcomer", "checkin", field_id, CHECKIN, channel="group"),
            required=field_id in ("mood", "cravings"),
            clearly_invalid=no_digit if field_id in ("mood", "cravings") else None,
            succeeded=says("Thank you for checking in"),
        )
        for field_id, size in (("mood", 5), ("cravings", 5), ("used", 20), ("note", NOTE_MAX))
    ),
    Surface(
        "share form text",
        SHARE_MAX_CHARS,
        form("newcomer", "share", "text", {}, channel="group"),
        clearly_invalid=lambda text: len(text.strip()) < 2,
        succeeded=says("Shared in"),
    ),
    *(
        Surface(
            f"guidelines form {field_id}",
            size,
            form("facilitator", "group guidelines-edit", field_id, GUIDELINES),
        )
        for field_id, size in (("title", GUIDELINES_TITLE_MAX), ("text", GUIDELINES_MAX))
    ),
    *(
        Surface(
            f"prompt form {field_id}",
            size,
            form("facilitator", "prompts add", field_id, PROMPT_FORM),
            required=field_id != "exercise",
        )
        for field_id, size in (
            ("title", TITLE_MAX),
            ("body", BODY_MAX),
            ("question", QUESTION_MAX),
            ("exercise", EXERCISE_MAX),
        )
    ),
    Surface("flag form reason", 500, flag_reason, required=False),
    Surface("resolve form note", 1000, close_note("Resolve")),
    Surface("false-alarm form note", 1000, close_note("False alarm"), required=False),
    Surface("group message", MESSAGE_MAX, group_message, blank_ok=False),
]


async def exercise(arena: Arena, surface: Surface, text: str) -> None:
    """Drive one surface with one text and fail with every broken promise found."""
    arena.watch.restart()
    results = await surface.run(arena, text)
    problems = arena.watch.problems(user_texts=[text])
    for number, result in enumerate(results):
        problems += answer_problems(result, f"{surface.name} step {number + 1}")
    last = results[-1] if results else None
    if (
        last is not None
        and surface.clearly_invalid is not None
        and surface.succeeded is not None
        and surface.clearly_invalid(text)
        and surface.succeeded(last)
    ):
        problems.append(f"{surface.name}: invalid input was accepted: {reply_text(last)[:200]!r}")
    assert not problems, f"{surface.name} with {text!r}:\n" + "\n".join(problems)


def _text_for(surface: Surface) -> st.SearchStrategy[str]:
    texts = hostile_text(surface.max_size, min_size=1 if surface.required else 0)
    return texts if surface.blank_ok else texts.filter(lambda text: text.strip() != "")


def _fuzz(examples: int) -> Callable[..., Awaitable[None]]:
    """The fuzz test for every surface, drawing ``examples`` texts per surface."""

    @pytest.mark.parametrize("surface", SURFACES, ids=[s.name for s in SURFACES])
    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    async def test(arena: Arena, surface: Surface, data: st.DataObject) -> None:
        text = data.draw(_text_for(surface), label=surface.name)
        await exercise(arena, surface, text)

    return test


test_hostile_text_everywhere = _fuzz(FAST_EXAMPLES)
test_hostile_text_everywhere_soak = pytest.mark.soak(_fuzz(SOAK_EXAMPLES))


INTEGER_LIMIT = 2**53 - 1  # Discord's bound for integer options
INTEGERS = [
    ("group moderation-limits", option, "facilitator", None, None)
    for option in (
        "warnings",
        "window_hours",
        "timeout_minutes",
        "flood_timeout_minutes",
        "shares_per_hour",
    )
] + [
    ("session unschedule", "id", "facilitator", None, None),
    ("prompts pause", "id", "facilitator", None, None),
    ("prompts resume", "id", "facilitator", None, None),
    ("prompts unschedule", "id", "facilitator", None, None),
    ("escalations show", "id", "counselor", 1, None),
    ("checkins history", "days", "participant", 1, 365),
    ("checkins summary", "days", "facilitator", 1, 90),
]


@pytest.mark.parametrize(
    ("command", "option", "who", "low", "high"),
    INTEGERS,
    ids=[f"/{command} {option}" for command, option, *_ in INTEGERS],
)
@settings(
    max_examples=FAST_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
async def test_extreme_integers(
    arena: Arena,
    command: str,
    option: str,
    who: str,
    low: int | None,
    high: int | None,
    data: st.DataObject,
) -> None:
    """Integer options across Discord's whole range: a kind answer, never a crash."""
    lowest = -INTEGER_LIMIT if low is None else low
    highest = INTEGER_LIMIT if high is None else high
    value = data.draw(
        st.one_of(
            st.integers(lowest, highest), st.sampled_from([lowest, highest, 0, 1, -1])
        ).filter(lambda number: lowest <= number <= highest),
        label=option,
    )
    arena.watch.restart()
    actor: MemberActor = getattr(arena.world, who)
    result = await actor.slash(arena.world.general, command, **{option: value})
    problems = arena.watch.problems() + answer_problems(result, f"/{command} {option}={value}")
    assert not problems, "\n".join(problems)


AUTOCOMPLETE = [
    ("setup region", "timezone", "manager"),
    ("session schedule", "timezone", "facilitator"),
    ("prompts schedule", "topic", "facilitator"),
    ("prompts schedule", "timezone", "facilitator"),
    ("prompts preview", "topic", "facilitator"),
    ("prompts post", "topic", "facilitator"),
    ("prompts post", "prompt", "facilitator"),
    ("prompts edit", "id", "facilitator"),
    ("prompts remove", "id", "facilitator"),
    ("prompts disable", "id", "facilitator"),
    ("prompts enable", "id", "facilitator"),
]


@pytest.mark.parametrize(
    ("command", "option", "who"),
    AUTOCOMPLETE,
    ids=[f"/{command} {option}" for command, option, _ in AUTOCOMPLETE],
)
@settings(
    max_examples=FAST_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
async def test_hostile_autocomplete(
    arena: Arena, command: str, option: str, who: str, data: st.DataObject
) -> None:
    """Typing hostile text into an autocompleted option: valid choices, never a crash."""
    typed = data.draw(hostile_text(100), label=option)
    arena.watch.restart()
    actor: MemberActor = getattr(arena.world, who)
    choices = await actor.autocomplete(arena.world.general, command, option, typed)
    problems = arena.watch.problems()
    # Discord rejects more than 25 choices, or a name or value over 100 characters.
    problems += [f"{len(choices)} choices"] if len(choices) > 25 else []
    problems += [
        f"choice too long: {choice!r}"
        for choice in choices
        if len(str(choice["name"])) > 100 or len(str(choice["value"])) > 100
    ]
    assert not problems, f"/{command} {option} typed {typed!r}:\n" + "\n".join(problems)


async def test_the_watch_sees_a_request_that_could_ping(arena: Arena) -> None:
    """The mention check can fail: a message sent with mentions allowed is caught."""
    arena.watch.restart()
    channel = arena.env.bot.get_channel(arena.world.general.id)
    assert isinstance(channel, discord.TextChannel)
    await channel.send("@everyone hello", allowed_mentions=discord.AllowedMentions.all())
    await channel.send("@everyone hello")  # the bot's default (parse nothing): fine
    problems = arena.watch.mention_problems()
    assert len(problems) == 1
    assert "parses" in problems[0]
