"""Cost of the risk detector per message, against discord.py parsing the same messages.

Corpus: a few thousand messages, at least 90% ordinary chat (generated below from templates
of everyday peer-support traffic: greetings, logistics, check-ins, daily life) and the rest labelled risky and hard-negative rows from the dev set (or the unit tests'
regression cases when the dev set is absent). Baseline, measured in the same run and
interleaved with it: ``ConnectionState.parse_message_create`` on the same texts as
MESSAGE_CREATE payloads (a guild with a text channel, an author with a member object), with
a no-op dispatch and no HTTP. Each figure is the median over several rounds.

Also measured: the p99 latency of one ``assess`` call on 4,000-character messages (Discord's
longest), against the p99 of parsing those messages, and the share of ordinary chat that
leaves the fast path, and the rules alone (``assess`` without its lexical stage) on the same
mix. Run alone: ``python -m tests.bench.bench_safety``.
"""

from __future__ import annotations

import asyncio
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import discord
from discord.state import ConnectionState

from bot.safety import assess
from bot.safety.engine import PREFILTER, Engine
from bot.safety.evaluation import load_rows

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "safety" / "devset.csv"
REGRESSION = ROOT / "tests" / "unit" / "safety" / "regression_cases.csv"
CORPUS_SIZE = 4000
ORDINARY_SHARE = 0.9
ROUNDS = 7
LONG_MESSAGES = 300
LONG_LENGTH = 4000
GUILD_ID, CHANNEL_ID, AUTHOR_ID = 111, 222, 333


# ---------------------------------------------------------------- ordinary chat --------------

_NAMES = [
    "Sam",
    "Jess",
    "Maria",
    "Tom",
    "Alex",
    "Priya",
    "Dee",
    "Marcus",
    "Kim",
    "Luis",
    "Ana",
    "Chris",
]
_DAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tomorrow",
    "tonight",
]
_TIMES = ["6", "6:30", "7pm", "noon", "10am", "8", "5:45", "9:15"]
_FOODS = [
    "lasagna",
    "tacos",
    "soup",
    "pancakes",
    "a salad",
    "chili",
    "banana bread",
    "pasta",
    "curry",
    "stir fry",
]
_ACTIVITIES = [
    "went for a walk",
    "cleaned the whole apartment",
    "did some journaling",
    "called my sister",
    "watched a movie with the kids",
    "went to the gym",
    "finished a puzzle",
    "baked cookies",
    "took the dog to the park",
    "read a few chapters",
    "planted tomatoes",
    "fixed my bike",
    "did the breathing exercise",
    "made it to a meeting",
    "painted the bathroom",
    "went to the farmers market",
]
_FEELINGS = [
    "pretty good",
    "tired but ok",
    "grateful",
    "a little anxious",
    "calm",
    "hopeful",
    "okay",
    "kind of meh",
    "really proud",
    "better than yesterday",
]
_THINGS = [
    "worksheet",
    "zoom link",
    "schedule",
    "reading list",
    "handout",
    "meeting list",
    "phone list",
    "gratitude list",
]
_PETS = ["dog", "cat", "puppy", "kitten", "bird", "hamster"]

_TEMPLATES = [
    "good morning everyone!",
    "morning all, {feeling} today",
    "hey {name}, how did the interview go?",
    "what time is group {day}?",
    "is group still at {time} on {day}?",
    "can someone send the {thing} from today?",
    "thanks for sharing today {name}, that really stuck with me",
    "I {activity} today and it felt nice",
    "made {food} for dinner, turned out great",
    "anyone have a good recipe for {food}?",
    "my {pet} learned a new trick lol",
    "the {pet} woke me up at 5am again",
    "feeling {feeling} this afternoon",
    "checking in: {feeling}",
    "welcome {name}! glad you're here",
    "see you all {day}",
    "running a few minutes late, save me a seat",
    "is the zoom link the same as last week?",
    "happy {day} everyone",
    "who's going to the potluck on {day}?",
    "I'll bring {food} to the potluck",
    "my counselor moved my appointment to {day}",
    "does anyone know a good therapist who takes medicaid?",
    "finally got my license back!",
    "started a new job {day}, wish me luck",
    "the weather is so nice today, hope everyone gets outside",
    "rainy day, staying in with tea and a book",
    "my kid's school play is {day}, so excited",
    "anyone watching the game {day}?",
    "got my 30 day chip!! thank you all",
    "{name} you always know what to say",
    "that reading really hit home",
    "I liked what {name} said about patience",
    "can we do the gratitude round first next time?",
    "I'm grateful for this group and for my {pet}",
    "gratitude list: coffee, sunshine, my {pet}, you guys",
    "went to bed early and slept 8 hours, feels amazing",
    "traffic was awful this morning",
    "my phone screen cracked, ugh",
    "does the library still have free printing?",
    "my sponsor and I are doing step work {day}",
    "step 4 is no joke, taking it slow",
    "journaling prompt for today: what went well this week?",
    "I tried the grounding exercise from last week, it helped",
    "what podcasts are you all listening to?",
    "recommend me a show to watch this weekend",
    "just finished the laundry mountain finally",
    "my mom visited and it was actually nice",
    "called my grandma, she says hi to everyone lol",
    "car needs new tires, of course",
    "lunch was {food}, 10/10",
    "anyone want to walk together before group {day}?",
    "thanks for the ride {name}!",
    "hope everyone has a gentle evening",
    "good night all",
    "night everyone, see you {day}",
    "congrats {name}!! so proud of you",
    "you got this {name}",
    "sending good vibes to everyone today",
    "the new coffee place on main street is great",
    "I signed up for the community college class",
    "passed my driving test!",
    "my daughter made me a card, I'm not crying you are",
    "finally unpacked the last box from the move",
    "has anyone tried meal prepping? tips?",
    "I need a new alarm clock, mine is broken",
    "what's everyone doing for the holiday?",
    "I {activity} and then took a nap",
    "my neighbor brought over {food}, so sweet",
    "the bus was late again",
    "does anyone have a spare charger at group?",
    "I'll be on the call from my car today",
    "sorry I missed last week, my kid was sick",
    "thank you for checking on me {name}",
    "I'm doing {feeling}, thanks for asking",
    "{name} did you ever find the apartment?",
    "apartment hunting is exhausting",
    "the meeting on elm street moved to room 4",
    "quick reminder that the office is closed {day}",
    "can I bring my kid to the family session?",
    "I'm so full from {food} lol",
    "omg the {pet} just knocked over my plant",
    "my tomatoes are finally growing",
    "what's a good journal app?",
    "trying to drink more water this week",
    "coffee number three and it's only 10am",
    "I love how supportive this group is",
    "first time posting here, hi everyone",
    "been 45 days and I feel like a person again",
    "90 days today, thank you all",
    "my sleep has been way better lately",
    "yoga class was hard but good",
    "I cried at the dentist lol, needles freak me out",
    "does anyone know if the clinic is open on {day}?",
    "my insurance finally approved the meds",
    "happy birthday {name}!!",
    "I got the job!!!",
    "long day at work, glad to be home",
    "that was a really good group tonight",
    "I appreciated the check in today",
    "what page are we on in the workbook?",
    "I'm going to try the new meeting {day}",
    "I think I left my water bottle at group",
    "my landlord finally fixed the sink",
    "watching cartoons with my son this morning",
    "has anyone been to the new park downtown?",
    "spent the afternoon at the beach, so peaceful",
    "ordered pizza, no shame",
    "thanks everyone, this helped a lot",
]


def ordinary_messages(count: int, seed: int = 7) -> list[str]:
    """``count`` ordinary chat messages, the same for the same seed."""
    rng = random.Random(seed)
    messages = []
    for _ in range(count):
        template = rng.choice(_TEMPLATES)
        messages.append(
            template.format(
                name=rng.choice(_NAMES),
                day=rng.choice(_DAYS),
                time=rng.choice(_TIMES),
                food=rng.choice(_FOODS),
                activity=rng.choice(_ACTIVITIES),
                feeling=rng.choice(_FEELINGS),
                thing=rng.choice(_THINGS),
                pet=rng.choice(_PETS),
            )
        )
    return messages


# ---------------------------------------------------------------- discord.py baseline ---------


class _NoHTTP:
    """parse_message_create never calls HTTP; anything else would fail loudly."""


def _state() -> ConnectionState[Any]:
    state: ConnectionState[Any] = ConnectionState(
        dispatch=lambda *args, **kwargs: None,
        handlers={},
        hooks={},
        http=_NoHTTP(),  # type: ignore[arg-type]
        intents=discord.Intents.all(),
        max_messages=1000,
    )
    state.loop = asyncio.new_event_loop()
    role = {"id": str(GUILD_ID), "name": "@everyone", "permissions": "0", "position": 0}
    role.update({"color": 0, "hoist": False, "managed": False, "mentionable": False})
    channel = {"id": str(CHANNEL_ID), "type": 0, "name": "group", "position": 0}
    state._add_guild_from_data(
        {  # type: ignore[typeddict-item]
            "id": str(GUILD_ID),
            "name": "iop group",
            "channels": [{**channel, "guild_id": str(GUILD_ID)}],
            "members": [],
            "roles": [role],
            "member_count": 12,
            "owner_id": "9",
        }
    )
    return state


def _payload(index: int, text: str) -> dict[str, Any]:
    return {
        "id": str(10_000_000 + index),
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "author": {
            "id": str(AUTHOR_ID),
            "username": "member",
            "discriminator": "0",
            "avatar": None,
            "global_name": "Member",
        },
        "member": {
            "roles": [],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        },
        "content": text,
        "timestamp": "2024-01-01T00:00:00+00:00",
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


def _labelled_texts() -> list[str]:
    path = DEVSET if DEVSET.exists() else REGRESSION
    return [row.text for row in load_rows(path)]


def corpus(size: int = CORPUS_SIZE, seed: int = 11) -> list[str]:
    """The realistic mix: ``ORDINARY_SHARE`` ordinary chat, the rest labelled rows."""
    rng = random.Random(seed)
    labelled = _labelled_texts()
    risky_count = int(size * (1 - ORDINARY_SHARE))
    texts = ordinary_messages(size - risky_count, seed=seed)
    texts += [rng.choice(labelled) for _ in range(risky_count)]
    rng.shuffle(texts)
    return texts


def _long_messages(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    pool = ordinary_messages(400, seed=seed) + _labelled_texts()
    messages = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < LONG_LENGTH:
            parts.append(rng.choice(pool))
        messages.append(" ".join(parts)[:LONG_LENGTH])
    return messages


def _per_message(func: Callable[[Any], object], items: Sequence[Any]) -> float:
    """Seconds per item for one pass (garbage collection paused, as timeit does)."""
    gc.disable()
    try:
        start = time.perf_counter()
        for item in items:
            func(item)
        return (time.perf_counter() - start) / len(items)
    finally:
        gc.enable()


def _latencies(func: Callable[[Any], object], items: Sequence[Any]) -> list[float]:
    timings = []
    for item in items:
        start = time.perf_counter()
        func(item)
        timings.append(time.perf_counter() - start)
    return timings


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def _row(
    name: str,
    value: float,
    unit: str,
    baseline: float | None,
    baseline_name: str,
    target: str,
    note: str,
) -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_name": baseline_name,
        "ratio": value / baseline if baseline else None,
        "target": target,
        "note": note,
    }


def run() -> list[dict[str, Any]]:
    """Run the benchmark and return its rows (see ``tests/bench/__main__.py``)."""
    texts = corpus()
    state = _state()
    payloads = [_payload(i, text) for i, text in enumerate(texts)]
    # Warm up both sides (regex compilation, caches, the message cache filling up).
    _per_message(assess, texts)
    _per_message(state.parse_message_create, payloads)
    rules_alone = Engine(lexical=False).assess
    _per_message(rules_alone, texts)
    ours, theirs, rules = [], [], []
    for _ in range(ROUNDS):  # interleaved, so drift on a shared machine hits all alike
        ours.append(_per_message(assess, texts))
        theirs.append(_per_message(state.parse_message_create, payloads))
        rules.append(_per_message(rules_alone, texts))
    mix_ours = statistics.median(ours) * 1e6
    mix_theirs = statistics.median(theirs) * 1e6
    mix_rules = statistics.median(rules) * 1e6

    ordinary = ordinary_messages(3000, seed=3)
    slow_share = sum(1 for text in ordinary if PREFILTER.may_match(text)) / len(ordinary)
    fast_ours = statistics.median(_per_message(assess, ordinary) for _ in range(3)) * 1e6

    long_texts = _long_messages(LONG_MESSAGES)
    long_payloads = [_payload(100_000 + i, text) for i, text in enumerate(long_texts)]
    _latencies(assess, long_texts[:20])
    long_ours = _p99(_latencies(assess, long_texts)) * 1e3
    long_theirs = _p99(_latencies(state.parse_message_create, long_payloads)) * 1e3
    state.loop.close()

    share = f"{ORDINARY_SHARE:.0%} ordinary chat, {len(texts):,} messages"
    return [
        _row(
            "safety: assess per message (realistic mix)",
            mix_ours,
            "us",
            mix_theirs,
            "discord.py parse_message_create",
            "ratio <= 1",
            f"{share}; median of {ROUNDS} interleaved rounds"
            + ("; meets target" if mix_ours <= mix_theirs else "; MISSES TARGET"),
        ),
        _row(
            "safety: the rules alone per message (realistic mix)",
            mix_rules,
            "us",
            mix_theirs,
            "discord.py parse_message_create",
            "-",
            "assess without its lexical stage (Engine(lexical=False)): what that stage costs",
        ),
        _row(
            "safety: assess per ordinary chat message",
            fast_ours,
            "us",
            mix_theirs,
            "discord.py parse_message_create",
            "-",
            f"{slow_share:.0%} of ordinary messages leave the fast path",
        ),
        _row(
            "safety: p99 latency of assess, 4,000-character messages",
            long_ours,
            "ms",
            long_theirs,
            "discord.py parse_message_create p99",
            "-",
            f"{LONG_MESSAGES} messages of {LONG_LENGTH:,} characters built from chat and dev rows",
        ),
    ]


def main() -> int:
    """Print the rows as a table."""
    rows = run()
    columns = ("name", "value", "unit", "baseline_name", "baseline", "ratio", "target", "note")
    for row in rows:
        cells = []
        for column in columns:
            value = row[column]
            cells.append(f"{value:.4g}" if isinstance(value, float) else str(value))
        print("  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
