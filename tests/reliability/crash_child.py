"""One life of Lantern under simcord, run as a child process by the crash-consistency test.

Run as ``python -m tests.reliability.crash_child --data-dir D --journal J --life N ...``. The
parent (``test_crash_consistency``) kills this process with SIGKILL at a random moment, or
asks it to kill itself right after Discord accepts a chosen message, then starts a new life on
the same data directory. See that module's docstring for the whole design; in short:

* **The journal is Discord's memory.** simcord keeps Discord in memory, so it dies with this
  process. Every message created or edited in simcord (by the bot or by a simulated member) is
  appended to the journal from inside simcord's event emitter, which runs synchronously while
  the REST call that created the message is being handled, i.e. before the bot learns that
  Discord accepted it. A line is one ``write(2)`` on an ``O_APPEND`` descriptor: once the call
  returns the kernel holds it, and a SIGKILL cannot take it back (only power loss could, and
  the bot's own SQLite settings make the same assumption).
* **Deterministic ids.** simcord's clock starts at the same instant in every process and its
  snowflakes are allocated in order, so building the same world in the same order at the same
  virtual instant gives the same guild, role, channel and member ids. Each life records the
  ids it built and a later life checks it got the same ones.
* **Re-seeding.** A later life puts every message the bot sent in earlier lives back into the
  fresh simcord, with its original id, author (the bot), content, embeds and components. The
  bot's marker reconciliation (searching channel history for a delivery's marker before
  retrying it) therefore sees exactly what real Discord would have kept.
"""

import argparse
import asyncio
import json
import logging
import os
import random
import signal
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simcord import Env
from simcord.actors import MemberActor
from simcord.backend.models import Message

from bot.app import LanternBot, create_bot
from bot.settings import SafetySettings, Settings
from tests.integration.conftest import World, build_world, configure

# The world is built one virtual second after start-up, at a millisecond no start-up work
# allocates ids in (the first life syncs slash commands at start-up, later lives do not).
WORLD_AT = 1.0
# The first life's activity starts this long after the world exists, so that a later life,
# whose clock starts again from zero, has nothing due before it has rebuilt and re-seeded the
# world: the bot cannot act on a half-built Discord.
ACTIVITY_AT = 30.0
# Extra participants beyond the one build_world makes, so alerts flood into a digest.
EXTRA_PARTICIPANTS = 5

RISKY = (
    "I can't do this anymore. I have the pills lined up and I'm taking them tonight.",
    "I want to kill myself",
    "I have been cutting myself again, last night was bad",
    "I relapsed yesterday and used again",
    "I took way too many pills and I feel like I am overdosing",
    "nobody would miss me if I was gone",
    "I want to die",
)
ORDINARY = (
    "This craving is killing me but I'm hanging on, 40 days today",
    "I used to drink every day, now I go to meetings instead",
    "we practised naloxone in group today, really useful",
    "anyone want to do the breathing exercise together later?",
    "made it to the morning meeting, feeling ok",
)


class Journal:
    """An append-only JSON-lines file written with one unbuffered ``write(2)`` per record."""

    def __init__(self, path: Path, life: int, env: Env) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._life = life
        self._env = env

    def write(self, kind: str, **fields: Any) -> None:
        """Append one record, stamped with the life and the virtual time."""
        record = {"t": kind, "life": self._life, "at": self._env.now().timestamp(), **fields}
        os.write(self._fd, (json.dumps(record) + "\n").encode())


@dataclass
class Plan:
    """What this life does, from the command line."""

    data_dir: Path
    journal: Path
    life: int
    seed: int
    messages: int
    die_after_sends: int
    counting: str
    downtime: float


class DiscordRecorder:
    """simcord event listener: journals every message created or edited in simcord.

    With ``die_after_sends`` > 0 the process kills itself right after journaling the bot's
    N-th message of this life (counting all of them, only direct messages, or only channel
    messages): Discord has the message, the bot has not yet heard back, which is the window
    marker reconciliation exists for.
    """

    def __init__(self, env: Env, journal: Journal, die_after_sends: int, counting: str) -> None:
        self._env = env
        self._journal = journal
        self._die_after = die_after_sends
        self._counting = counting
        self._sent = 0
        # Counting starts at the burst: set-up replies are not what the crash is about.
        self.armed = False

    def __call__(self, event: str, payload: Mapping[str, Any]) -> None:
        if event not in ("MESSAGE_CREATE", "MESSAGE_UPDATE"):
            return
        backend = self._env.backend
        channel_id = int(payload["channel_id"])
        author = payload.get("author")
        if author is None:
            # A partial update: the message's full state is still in simcord right now.
            stored = backend.messages.get(channel_id, {}).get(int(payload["id"]))
            if stored is None:
                return
            author_id = stored.author_id
            payload = {"content": stored.content, "embeds": stored.embeds, **payload}
            payload["components"] = stored.components
        else:
            author_id = int(author["id"])
        channel = backend.channels[channel_id]
        dm_user = channel.recipient_ids[0] if channel.guild_id is None else None
        by_bot = author_id == backend.bot_user.id
        self._journal.write(
            "msg",
            event=event,
            id=int(payload["id"]),
            channel_id=channel_id,
            dm_user=dm_user,
            author_id=author_id,
            by_bot=by_bot,
            content=payload.get("content", ""),
            embeds=payload.get("embeds", []),
            components=payload.get("components", []),
        )
        counted = {"all": True, "dm": dm_user is not None, "channel": dm_user is None}
        if self.armed and by_bot and event == "MESSAGE_CREATE" and counted[self._counting]:
            self._sent += 1
            if self._sent == self._die_after:
                os.kill(os.getpid(), signal.SIGKILL)


class JournalErrors(logging.Handler):
    """Journals every ERROR log record: the parent fails the test on any of them."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(logging.ERROR)
        self._journal = journal

    def emit(self, record: logging.LogRecord) -> None:
        self._journal.write("error", logger=record.name, text=self.format(record))


def read_journal(path: Path) -> list[dict[str, Any]]:
    """Every complete record of a journal (a torn last line, if any, is not a record)."""
    records: list[dict[str, Any]] = []
    if not path.exists():
        return records
    for line in path.read_text().splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def people(world: World) -> list[MemberActor]:
    """The participants who talk in the burst (created in the same order in every life)."""
    extra = [
        world.guild.add_member(world.env.create_user(f"member{n}"), roles=[world.participant_role])
        for n in range(EXTRA_PARTICIPANTS)
    ]
    return [world.participant, *extra]


def world_ids(world: World, members: list[MemberActor]) -> dict[str, Any]:
    """The ids a later life must find again."""
    return {
        "guild": world.guild.id,
        "counselors": world.counselors.id,
        "general": world.general.id,
        "modlog": world.modlog.id,
        "counselor": world.counselor.id,
        "bot": world.env.backend.bot_user.id,
        "members": [member.id for member in members],
    }


def burst(seed: int, count: int) -> list[tuple[int, str]]:
    """The (speaker, text) pairs of the first life: about half risky, seeded for replay."""
    rng = random.Random(seed)
    said = []
    for _ in range(count):
        speaker = rng.randrange(EXTRA_PARTICIPANTS + 1)
        pool = RISKY if rng.random() < 0.5 else ORDINARY
        said.append((speaker, rng.choice(pool)))
    return said


def reseed(env: Env, records: list[dict[str, Any]]) -> int:
    """Put every bot message of earlier lives back into simcord, as Discord would keep it."""
    backend = env.backend
    latest: dict[int, dict[str, Any]] = {}
    for record in records:
        if record["t"] == "msg" and record["by_bot"]:
            earlier = latest.get(record["id"], {})
            latest[record["id"]] = {**earlier, **record}
    # Reserve every old id first, so nothing created below can take one of them.
    for message_id in latest:
        backend.reserve_id(message_id)
    for message_id in sorted(latest):
        record = latest[message_id]
        if record["dm_user"] is not None:
            channel_id = backend.get_dm_channel(record["dm_user"]).id
        else:
            channel_id = record["channel_id"]
        message = Message(
            id=message_id,
            channel_id=channel_id,
            author_id=backend.bot_user.id,
            content=record["content"],
            timestamp=env.now().isoformat(),
            embeds=record["embeds"],
            components=record["components"],
        )
        backend.commit_message(message, broadcast=False)
    return len(latest)


async def live(plan: Plan) -> None:
    """Run one life: build the world, then either the burst (life 1) or recovery."""
    earlier = read_journal(plan.journal)
    settings = Settings(
        data_dir=plan.data_dir,
        # The sentence model is irrelevant to crash consistency and costs a second per life.
        safety=SafetySettings(semantic=False),
    )
    bot = create_bot(settings)
    # simcord's default settle timeout: a larger one makes settling wait in real time for any
    # bot timer due within it (the once-a-minute heartbeat, for one).
    env = Env(bot)
    journal = Journal(plan.journal, plan.life, env)
    logging.getLogger().addHandler(JournalErrors(journal))
    await env.start()
    with env.time_context():
        await env.advance_time(WORLD_AT)
        world = build_world(env)
        members = people(world)
        ids = world_ids(world, members)
        if plan.life == 1:
            journal.write("world", ids=ids)
        else:
            first = next(r for r in earlier if r["t"] == "world")
            if first["ids"] != ids:
                raise SystemExit(f"simcord ids differ between lives: {first['ids']} != {ids}")
            reseed(env, earlier)
        recorder = DiscordRecorder(env, journal, plan.die_after_sends, plan.counting)
        env.backend.subscribers.append(recorder)
        if plan.life == 1:
            await first_life(env, world, members, plan, journal, recorder)
        else:
            recorder.armed = True
            await recover(env, earlier, plan, journal)
        errors = [repr(error) for error in env.errors]
        journal.write("done", errors=errors)
    assert isinstance(env.bot, LanternBot)
    await env.shutdown()
    await env.bot.close_services()


async def first_life(
    env: Env,
    world: World,
    members: list[MemberActor],
    plan: Plan,
    journal: Journal,
    recorder: DiscordRecorder,
) -> None:
    """Configure the server, then a burst of risky and ordinary messages, then let time pass."""
    await env.advance_time(ACTIVITY_AT - WORLD_AT)
    await configure(world)
    # An on-call counselor: critical alerts are also sent by DM.
    await world.counselor.slash(world.counselors, "oncall start")
    journal.write("ready")
    recorder.armed = True
    for speaker, text in burst(plan.seed, plan.messages):
        await members[speaker].send(world.general, text)
    journal.write("burst_done")
    # Digests go out a minute after the flood began; critical alerts re-page after 5 minutes.
    for _ in range(2):
        await env.advance_time(100)
    journal.write("idle")


async def recover(env: Env, earlier: list[dict[str, Any]], plan: Plan, journal: Journal) -> None:
    """Restart after a crash: catch up to where the last life died, then let time pass."""
    journal.write("ready")
    died_at = max(record["at"] for record in earlier)
    # The bot acts as soon as anything it owes is due; the downtime is how late it came back.
    await env.advance_time(max(0.0, died_at - env.now().timestamp()) + plan.downtime)
    # Past the first re-page of every critical alert (5 minutes), not so far that the
    # counselors channel outgrows the history the worker scans for markers.
    for _ in range(3):
        await env.advance_time(100)
    journal.write("idle")


def main(argv: list[str] | None = None) -> int:
    """Parse the plan and live it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--life", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--messages", type=int, default=30)
    parser.add_argument("--die-after-sends", type=int, default=0)
    parser.add_argument("--counting", choices=("all", "dm", "channel"), default="all")
    parser.add_argument("--downtime", type=float, default=5.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(live(Plan(**vars(args))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
