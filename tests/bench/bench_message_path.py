"""The whole message path, and alert latency under a burst.

1. ``message path``: N MESSAGE_CREATE events parsed and dispatched by the Lantern bot with
   every cog loaded, versus a bare ``discord.Client`` with no listeners, on the same payloads
   in the same run (target ratio <= 2.0). Events are fed to discord.py's ConnectionState, the
   way the gateway does, and the loop is drained so every listener has finished.
2. ``alert latency``: the real bot under simcord; a burst of messages (5% risky) is injected
   at once; for each risky message, the time from its gateway event to the bot's request to
   post the alert (p50, p99; target p99 <= 50 ms), and the longest event-loop stall seen by a
   ticker during the burst.
"""

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import discord

from bot.app import COGS, LanternBot, create_bot
from bot.clock import SystemClock
from bot.services import build_services, load_second_opinion
from bot.settings import EscalationSettings, SafetySettings, Settings, ensure_keys
from cogs.groups.moderation import Moderator

GUILD_ID = 900_000_000_000_000_001
CHANNEL_ID = 900_000_000_000_000_002  # a peer-group channel
OTHER_ID = 900_000_000_000_000_004  # an ordinary channel
ORDINARY = [
    "morning all, 23 days today",
    "that breathing exercise from tuesday really helped me at work",
    "anyone else find sundays the hardest?",
    "I used to drink every day, now I walk the dog instead",
    "this craving is killing me but I'm hanging on",
    "thanks for listening last night, it meant a lot",
    "going to a meeting at 7 if anyone wants to come",
    "my sponsor said to write it down so here I am",
    "slept badly again, the app suggestion didn't work for me",
    "proud of everyone here honestly",
]
RISKY = [
    "I have the pills lined up and tonight is the night",
    "I drank last night after 90 days and I feel awful",
    "I want to kill myself",
]


def _guild_payload() -> dict[str, Any]:
    return {
        "id": str(GUILD_ID),
        "name": "Bench",
        "owner_id": "1",
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": "0",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "channels": [
            {
                "id": str(CHANNEL_ID),
                "type": 0,
                "name": "group",
                "position": 0,
                "permission_overwrites": [],
                "guild_id": str(GUILD_ID),
            }
        ],
        "emojis": [],
        "features": [],
        "member_count": 3,
    }


def _message(index: int, text: str) -> dict[str, Any]:
    author = {
        "id": str(800 + index % 40),
        "username": f"member{index % 40}",
        "discriminator": "0",
        "avatar": None,
        "global_name": None,
    }
    return {
        "id": str(1_000_000_000_000_000_000 + index),
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "author": author,
        "member": {
            "roles": [],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        },
        "content": text,
        "timestamp": "2026-01-01T00:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
    }


def _payloads(count: int, risky_every: int) -> list[dict[str, Any]]:
    return [
        _message(
            i,
            RISKY[i % len(RISKY)]
            if risky_every and i % risky_every == 0
            else ORDINARY[i % len(ORDINARY)],
        )
        for i in range(count)
    ]


def _round_payloads(
    count: int, round_index: int, channel_id: int, members: int = 1000
) -> list[dict[str, Any]]:
    """One round's events (1 in 100 risky) in one channel, from that round's own members.

    Each member posts a few messages a round (``count / members``) and each round has new
    members, so nobody posts the six messages in ten seconds that the spam rule acts on:
    the workload is ordinary chat, not a burst that moderation must remove.
    """
    payloads = _payloads(count, risky_every=100)
    base = 10_000 + round_index * members + (channel_id % 7) * 1_000_000
    for index, data in enumerate(payloads):
        data["channel_id"] = str(channel_id)
        data["author"]["id"] = str(base + index % members)
    return payloads


async def _drain(before: set[asyncio.Task[Any]]) -> None:
    """Wait for every task the dispatch created (listeners and what they started)."""
    while True:
        pending = [t for t in asyncio.all_tasks() if t not in before and not t.done()]
        if not pending:
            return
        await asyncio.gather(*pending, return_exceptions=True)


async def _time_dispatch(client: discord.Client, payloads: list[dict[str, Any]]) -> float:
    state = client._connection
    before = set(asyncio.all_tasks())
    start = time.perf_counter()
    for payload in payloads:
        state.parse_message_create(payload)  # type: ignore[arg-type]
    await _drain(before)
    return time.perf_counter() - start


def _answer_rest(bot: discord.Client, on_send: Any = None) -> None:
    """Replace the REST calls the bot makes on this path with answers given at once."""
    counter = [0]

    async def send_message(channel_id: int, *, params: Any) -> Any:
        if on_send is not None:
            on_send(params)
        return _fake_message(channel_id, params, counter)

    async def get_user(user_id: int) -> Any:
        return {"id": str(user_id), "username": "m", "discriminator": "0", "avatar": None}

    async def start_private_message(user_id: int) -> Any:
        return {
            "id": str(3_000_000_000_000_000_000 + user_id),
            "type": 1,
            "recipients": [await get_user(user_id)],
        }

    bot.http.send_message = send_message  # type: ignore[method-assign]
    bot.http.get_user = get_user  # type: ignore[method-assign]
    bot.http.start_private_message = start_private_message  # type: ignore[method-assign]


async def message_path(
    count: int = 3000, rounds: int = 5, *, semantic: bool = False
) -> list[dict[str, Any]]:
    """Lantern's message path versus a bare client, per message (1 in 100 risky).

    Two rows: messages in a peer-group channel (risk detection and group moderation both
    run) and in an ordinary channel (risk detection only). The bare client parses the same
    payloads; rounds alternate so drift on a shared machine hits both sides alike. With
    ``semantic`` the detector's sentence-model stage is on (the shipped default): its work
    runs in a worker thread, and the time until that work is done is counted too.
    """
    guild = _guild_payload()
    guild["channels"].append({**guild["channels"][0], "id": str(OTHER_ID), "name": "lounge"})
    with tempfile.TemporaryDirectory() as directory:
        settings = ensure_keys(
            Settings(data_dir=Path(directory), safety=SafetySettings(semantic=semantic))
        )
        bot: LanternBot = create_bot(settings)
        bot._services = await build_services(settings, SystemClock())
        bot._services.second_opinion = await load_second_opinion(settings)
        bare = discord.Client(intents=bot.intents)
        for client in (bot, bare):
            await client._async_setup_hook()  # binds the client to this loop, as login does
        for extension in COGS:
            await bot.load_extension(extension)
        for client in (bot, bare):
            client._connection._add_guild_from_data(guild)  # type: ignore[arg-type]
        _answer_rest(bot)
        moderator = bot.get_cog("Moderator")
        assert isinstance(moderator, Moderator)
        await moderator.groups.channels.register(GUILD_ID, CHANNEL_ID, "group", 1)
        times: dict[tuple[str, int], list[float]] = {}
        try:
            for channel_id in (CHANNEL_ID, OTHER_ID):  # warm caches and the database
                await _time_dispatch(bot, _round_payloads(200, 99, channel_id))
            for round_index in range(rounds):
                for channel_id in (CHANNEL_ID, OTHER_ID):
                    payloads = _round_payloads(count, round_index, channel_id)
                    for name, client in (("bare", bare), ("lantern", bot)):
                        elapsed = await _time_dispatch(client, payloads)
                        times.setdefault((name, channel_id), []).append(elapsed)
        finally:
            await bot.close_services()
    rows = []
    for channel_id, where in ((CHANNEL_ID, "group channel"), (OTHER_ID, "other channel")):
        lantern = statistics.median(times["lantern", channel_id]) / count * 1e6
        baseline = statistics.median(times["bare", channel_id]) / count * 1e6
        rows.append(
            {
                "name": f"message path per event, {where}"
                + (", sentence model on" if semantic else ", rules and lexical stage"),
                "value": round(lantern, 2),
                "unit": "µs",
                "baseline": round(baseline, 2),
                "baseline_name": "bare discord.py client",
                "ratio": round(lantern / baseline, 2),
                "target": "<= 2.0",
                "note": f"{count} events, 1% risky, median of {rounds}",
            }
        )
    return rows


COUNSELORS_ID = 900_000_000_000_000_003


def _fake_message(channel_id: int, params: Any, counter: list[int]) -> dict[str, Any]:
    counter[0] += 1
    payload = getattr(params, "payload", None) or {}
    data = _message(counter[0], payload.get("content") or "")
    data["id"] = str(2_000_000_000_000_000_000 + counter[0])
    data["channel_id"] = str(channel_id)
    data["author"] = {
        "id": "1",
        "username": "lantern",
        "discriminator": "0",
        "avatar": None,
        "bot": True,
    }
    data["embeds"] = payload.get("embeds") or []
    return data


async def alert_latency(count: int = 2000, per_second: int = 200) -> list[dict[str, Any]]:
    """Event-to-alert-request latency at ``per_second`` messages a second, 5% risky.

    The bot runs with every cog and a real database; only Discord's REST API is replaced by
    an in-process stand-in that answers at once, so the figure is the bot's own share.
    """
    guild = _guild_payload()
    guild["channels"].append(
        {
            "id": str(COUNSELORS_ID),
            "type": 0,
            "name": "counselors",
            "position": 1,
            "permission_overwrites": [],
            "guild_id": str(GUILD_ID),
        }
    )
    started: dict[int, float] = {}
    latencies: list[float] = []
    stall = 0.0
    with tempfile.TemporaryDirectory() as directory:
        # Every alert is sent on its own here (no flood digest), so each one's latency counts.
        settings = ensure_keys(
            Settings(
                data_dir=Path(directory),
                escalation=EscalationSettings(digest_threshold_per_minute=1000),
            )
        )
        bot: LanternBot = create_bot(settings)
        bot._services = await build_services(settings, SystemClock())
        bot._services.second_opinion = await load_second_opinion(settings)
        await bot._async_setup_hook()
        for extension in COGS:
            await bot.load_extension(extension)
        bot._connection._add_guild_from_data(guild)  # type: ignore[arg-type]
        await bot.services.guilds.update(
            GUILD_ID,
            bot.services.clock.now(),
            counselors_channel_id=COUNSELORS_ID,
            counselor_role_id=GUILD_ID + 5,
        )

        def note_alert(params: Any) -> None:
            now = time.perf_counter()
            for embed in (getattr(params, "payload", None) or {}).get("embeds") or []:
                for field in embed.get("fields") or []:
                    if field.get("name") == "Where" and "/" in field.get("value", ""):
                        message_id = int(field["value"].rsplit("/", 1)[1].split(")")[0])
                        if message_id in started:
                            latencies.append(now - started.pop(message_id))

        _answer_rest(bot, note_alert)
        bot.services.scheduler.start()

        original_run = asyncio.events.Handle._run

        def timed_run(handle: asyncio.events.Handle) -> None:
            # The longest single callback the loop runs is the longest stall.
            nonlocal stall
            begin = time.perf_counter()
            original_run(handle)
            stall = max(stall, time.perf_counter() - begin)

        payloads = []
        for index in range(count):
            text = RISKY[index % len(RISKY)] if index % 20 == 0 else ORDINARY[index % len(ORDINARY)]
            data = _message(index, text)
            data["author"]["id"] = str(10_000 + index)  # distinct members: no folding
            payloads.append(data)
        state = bot._connection
        batch = max(1, per_second // 20)
        asyncio.events.Handle._run = timed_run  # type: ignore[method-assign]
        try:
            before = set(asyncio.all_tasks())
            for offset in range(0, count, batch):
                for data in payloads[offset : offset + batch]:
                    if data["content"] in RISKY:
                        started[int(data["id"])] = time.perf_counter()
                    state.parse_message_create(data)  # type: ignore[arg-type]
                await asyncio.sleep(batch / per_second)
            await _drain(before)
            for _ in range(50):
                if not started:
                    break
                await asyncio.sleep(0.05)
        finally:
            asyncio.events.Handle._run = original_run  # type: ignore[method-assign]
            await bot.close_services()
    ordered = sorted(latencies)
    missing = len(started)

    def pick(q: float) -> float:
        return (
            ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000
            if ordered
            else float("nan")
        )

    base = {"baseline": None, "baseline_name": None, "ratio": None}
    return [
        {
            "name": "alert latency p50",
            "value": round(pick(0.5), 2),
            "unit": "ms",
            **base,
            "target": None,
            "note": f"{len(ordered)} alerts, {missing} missing, {count} msgs at {per_second}/s",
        },
        {
            "name": "alert latency p99",
            "value": round(pick(0.99), 2),
            "unit": "ms",
            **base,
            "target": "<= 50",
            "note": "message event to alert request, bot side",
        },
        {
            "name": "longest event-loop stall",
            "value": round(stall * 1000, 2),
            "unit": "ms",
            **base,
            "target": "<= 50",
            "note": "longest single loop callback during the run",
        },
    ]


def run() -> list[dict[str, Any]]:
    """Both benchmarks, for `make bench`."""

    async def both() -> list[dict[str, Any]]:
        rows = await message_path()
        rows.extend(await message_path(1000, 3, semantic=True))
        rows.extend(await alert_latency())
        return rows

    return asyncio.run(both())


if __name__ == "__main__":
    for row in run():
        print(row)
