"""API faults: 30% of the bot's REST calls fail (500, 429 or 403) through a whole scenario.

The scenario is what a bad hour looks like: participants post risky and ordinary messages,
alerts go out, a counselor acknowledges one, critical alerts are sent by DM to the on-call
counselor, members are sent crisis resources, unacknowledged alerts are re-paged and the
backup contact is paged; and all the while any REST call the bot makes (posts, edits, DMs,
opening DM channels, reading history, answering interactions) may fail.

How the faults are made: simcord checks every REST call against ``backend.faults``, the list
``Env.inject_error`` appends to, by copying it first. :class:`RandomFaults` is that list with a
different iteration: each copy (one per REST call) holds a fault matching everything with
probability 30%, else nothing. The status is drawn from 500, 429 and 403. A 403 is given only
where real Discord refuses the bot, with the code it uses there: 50007 ("cannot send messages
to this user") for direct messages and opening DM channels, 50013 ("missing permissions") for
channel messages; on other routes (fetching a user, answering an interaction) the draw becomes
a 500. The draws are seeded, so a failure replays.

Asserted at the end, faults still on:

* no escalation is lost: each one's alert is in the counselors channel, exactly once (the
  alert is retried for as long as it takes; a 403 also sends it to on-call and backup by DM);
* nothing is delivered twice: no marker is carried by two messages, in channels or DMs;
* no exception reached discord.py or simcord (``env.errors``), and no worker pass failed;
* every participant with an escalation got the resources DM, or the generic note in the
  channel, or Discord refused that note with a 403 (recorded, nothing more can be done);
* the acknowledged alert is never re-paged after its acknowledgement.
"""

import logging
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import discord
import pytest
from simcord import Env
from simcord.actors import MemberActor

from bot.app import LanternBot
from tests.integration.conftest import World, configure

FAULT_RATE = 0.3
MARKER = re.compile(r"esc-\d+/[A-Za-z0-9/_-]+")
CRITICAL = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."
RISKY = (
    CRITICAL,
    "I want to kill myself",
    "I have been cutting myself again, last night was bad",
    "I took way too many pills and I feel like I am overdosing",
    "I relapsed yesterday and used again",
)
ORDINARY = (
    "This craving is killing me but I'm hanging on, 40 days today",
    "we practised naloxone in group today, really useful",
)


# Settling waits in real time for bot timers due within the settle timeout; retries here are
# two seconds apart, so a short timeout leaves them to virtual time (advance_time).
QUICK_SETTLE = pytest.mark.simcord(settle_timeout=1)


class RandomFaults(list[dict[str, Any]]):
    """simcord's fault list, failing a random share of REST calls each time it is read."""

    def __init__(self, rng: random.Random, dm_channel_ids: set[int]) -> None:
        super().__init__()
        self.rng = rng
        self.rate = FAULT_RATE
        self.dm_paths = [f"/channels/{channel}/*" for channel in sorted(dm_channel_ids)]
        self.dm_paths.append("/users/@me/channels")
        self.failed: dict[int, int] = defaultdict(int)
        self.calls = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        self.calls += 1
        if self.rng.random() >= self.rate:
            return iter(())
        status = self.rng.choice((500, 429, 403))
        self.failed[status] += 1
        if status != 403:
            return iter([self._fault("*", status)])
        # Discord answers 403 where a permission or a member's settings can refuse the bot:
        # direct messages (50007) and channel messages (50013). Elsewhere (fetching a user,
        # answering an interaction) a refusal is not something Discord does: a server error.
        faults = [self._fault(path, 403, 50007) for path in self.dm_paths]
        faults.append(self._fault("/channels/*/messages*", 403, 50013))
        faults.append(self._fault("*", 500))
        return iter(faults)

    @staticmethod
    def _fault(path: str, status: int, code: int = 0) -> dict[str, Any]:
        return {
            "method": "*",
            "path": path,
            "status": status,
            "code": code,
            "message": "injected by the API-faults test",
            "times": None,
        }


def lantern(env: Env) -> LanternBot:
    """The running bot."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    return bot


def bot_messages(env: Env, world: World, users: list[MemberActor]) -> list[discord.Message]:
    """Everything the bot posted in the server's channels and in everyone's DMs."""
    channels = [world.general, world.counselors, world.modlog]
    channels += [user.user.dm_channel for user in users]
    return [
        message
        for channel in channels
        for message in channel.history()
        if message.author.id == lantern(env).user.id  # type: ignore[union-attr]
    ]


def markers_of(message: discord.Message) -> set[str]:
    """The delivery markers a message carries as its own (content and embed footers).

    A fallback DM shows the alert's own embed, footer and all, as a copy for a counselor who
    cannot see the channel: that copy is not a second delivery of the channel alert.
    """
    texts = [message.content] + [embed.footer.text or "" for embed in message.embeds]
    found = {match.group(0) for text in texts for match in MARKER.finditer(text)}
    if message.guild is None and any("/fallback/dm-" in marker for marker in found):
        found = {marker for marker in found if not marker.endswith("/alert")}
    return found


async def acknowledge(env: Env, world: World, escalation_id: int) -> None:
    """Click Acknowledge until it sticks, as a counselor would when Discord hiccups."""
    service = lantern(env).services.escalations
    for _ in range(20):
        escalation = await service.find(escalation_id)
        assert escalation is not None
        if escalation.acknowledged_by is not None:
            return
        if escalation.alert_message_id is None:
            await env.advance_time(30)  # the alert is not posted yet: it is being retried
            continue
        alert = next(m for m in world.counselors.history() if m.id == escalation.alert_message_id)
        await world.counselor.click(alert, label="Acknowledge")
    raise AssertionError(f"escalation #{escalation_id} could not be acknowledged")


async def scenario(env: Env, world: World, seed: int, caplog: pytest.LogCaptureFixture) -> None:
    """The bad hour, then every assertion."""
    await configure(world)
    await world.counselor.slash(world.counselors, "oncall start")
    await world.counselor.slash(world.counselors, "oncall backup-add", user=world.manager)
    members = [world.participant] + [
        world.guild.add_member(env.create_user(f"member{n}"), roles=[world.participant_role])
        for n in range(3)
    ]
    everyone = [*members, world.counselor, world.manager]
    dm_ids = {person.user.dm_channel.id for person in everyone}
    faults = RandomFaults(random.Random(seed), dm_ids)
    env.backend.faults = faults
    rng = random.Random(seed + 1)

    for turn in range(16):
        speaker = members[turn % len(members)]
        text = rng.choice(RISKY if turn % 2 == 0 else ORDINARY)
        await speaker.send(world.general, text)
    await env.advance_time(60)

    service = lantern(env).services.escalations
    first, _ = await service.search(world.guild.id, None, "critical", 0, 1)
    assert first, "the scenario must open a critical escalation"
    acked = first[0].id
    await acknowledge(env, world, acked)
    pages_at_ack = (await service.find(acked)).page_count  # type: ignore[union-attr]

    for _ in range(60):  # an hour: retries with backoff, re-pages, backup pages
        await env.advance_time(60)

    # Verification reads simcord and the database directly: no more faults are drawn.
    faults.rate = 0.0
    assert env.errors == []
    failed_passes = [r for r in caplog.records if "worker pass failed" in r.getMessage()]
    assert failed_passes == []

    sent = bot_messages(env, world, everyone)
    carriers: dict[str, list[int]] = defaultdict(list)
    for message in sent:
        for marker in markers_of(message):
            carriers[marker].append(message.id)
    twice = {marker: ids for marker, ids in carriers.items() if len(ids) > 1}
    assert twice == {}, f"delivered twice (seed {seed}): {twice}"

    rows = await service.db.fetchall("SELECT * FROM escalations")
    assert rows
    counselors = {m.id for m in world.counselors.history()}
    for row in rows:
        holders = carriers.get(f"esc-{row['id']}/alert", [])
        assert len(holders) == 1, f"escalation #{row['id']} alert posted {len(holders)} times"
        assert holders[0] in counselors
        assert row["delivery_state"] == "delivered"

    refused_notes = {
        row["marker"]
        for row in await service.db.fetchall(
            "SELECT marker FROM outbox WHERE kind = 'resources_note' AND state = 'dead'"
            " AND last_error LIKE 'HTTP 403%'"
        )
    }
    for member in members:
        mine = [row for row in rows if row["member_id"] == member.id]
        if not mine:
            continue
        numbers = {f"esc-{row['id']}/" for row in mine}
        got = [
            marker
            for marker in carriers
            if "/resources-" in marker and any(marker.startswith(n) for n in numbers)
        ]
        refused = [m for m in refused_notes if any(m.startswith(n) for n in numbers)]
        if not (got or refused):
            owed = await service.db.fetchall(
                "SELECT escalation_id, kind, marker, state, attempts, last_error FROM outbox"
            )
            ids = {row["id"] for row in mine}
            raise AssertionError(
                f"{member.name} got neither resources nor the note (seed {seed}): "
                f"{[dict(row) for row in owed if row['escalation_id'] in ids]}"
            )

    after = await service.find(acked)
    assert after is not None
    assert after.page_count == pages_at_ack, "an acknowledged alert was re-paged"
    assert faults.failed, "the faults must actually have fired"
    logging.getLogger(__name__).info("faults: %s of %s calls", dict(faults.failed), faults.calls)


@QUICK_SETTLE
async def test_thirty_percent_failing_rest_calls_lose_and_duplicate_nothing(
    env: Env, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    await scenario(env, world, seed=1, caplog=caplog)


@pytest.mark.soak
@pytest.mark.parametrize("seed", range(2, 26))
@QUICK_SETTLE
async def test_soak_failing_rest_calls(
    env: Env, world: World, caplog: pytest.LogCaptureFixture, seed: int
) -> None:
    await scenario(env, world, seed=seed, caplog=caplog)
