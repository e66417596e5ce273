"""Cost of the optional semantic stage of the risk detector.

Rows: the time to load it (model read from its package in memory, anchors embedded) and the
memory it keeps; ``assess`` per message on the realistic mix of ``bench_safety`` (90%
ordinary chat) with the stage against the same engine without it, in the same run; the
share of ordinary chat with a risk cue (the rest is read too, at the stricter
``UNCUED_THRESHOLD``); and one encoder call on a single chat-length message. Skipped (no rows) when the ``semantic`` extra is not installed.
Run alone: ``python -m tests.bench.bench_semantic``.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bot.safety import Engine
from bot.safety.semantic import load_semantic_stage
from tests.bench.bench_safety import (
    _payload,
    _per_message,
    _row,
    _state,
    corpus,
    ordinary_messages,
)

# The stage costs milliseconds per message it reads, so a smaller mix than bench_safety's.
CORPUS_SIZE = 1000
ROUNDS = 3
ENCODER_CALLS = 60
SAMPLE_MESSAGE = (
    "honestly I don't know how much longer I can keep doing this, everything feels heavy"
)


def _resident_mb() -> float | None:
    """Resident memory of this process in MB (Linux), else None."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def run() -> list[dict[str, Any]]:
    """Run the benchmark and return its rows (see ``tests/bench/__main__.py``)."""
    gc.collect()
    before = _resident_mb()
    started = time.perf_counter()
    stage = load_semantic_stage()
    load_seconds = time.perf_counter() - started
    if stage is None:
        print("semantic extra not installed: no rows", file=sys.stderr)
        return []
    gc.collect()
    after = _resident_mb()

    rules_only, with_stage = Engine(), Engine(semantic=stage)
    texts = corpus(CORPUS_SIZE)
    state = _state()
    payloads = [_payload(i, text) for i, text in enumerate(texts)]
    _per_message(with_stage.assess, texts[:100])  # warm up
    _per_message(rules_only.assess, texts)
    _per_message(state.parse_message_create, payloads)
    on, off, parse = [], [], []
    for _ in range(ROUNDS):  # interleaved, so drift on a shared machine hits all alike
        on.append(_per_message(with_stage.assess, texts))
        off.append(_per_message(rules_only.assess, texts))
        parse.append(_per_message(state.parse_message_create, payloads))
    state.loop.close()
    mix_on = statistics.median(on) * 1e6
    mix_off = statistics.median(off) * 1e6
    mix_parse = statistics.median(parse) * 1e6

    ordinary = ordinary_messages(3000, seed=3)
    gated = sum(1 for text in ordinary if stage.cued(text)) / len(ordinary)
    mix_gated = sum(1 for text in texts if stage.wants(text)) / len(texts)

    stage.encoder.encode([SAMPLE_MESSAGE])
    encoder = statistics.median(
        _per_message(lambda text: stage.encoder.encode([text]), [SAMPLE_MESSAGE] * 20)
        for _ in range(ENCODER_CALLS // 20)
    )
    tokens = len(stage.encoder.token_ids([SAMPLE_MESSAGE])[0])

    memory = None if before is None or after is None else after - before
    share = f"{CORPUS_SIZE:,} messages, 90% ordinary chat"
    return [
        _row(
            "semantic: load (model + anchor embeddings)",
            load_seconds,
            "s",
            None,
            "-",
            "-",
            "model read from its package in memory; nothing written to disk",
        ),
        _row(
            "semantic: resident memory added by loading",
            memory if memory is not None else float("nan"),
            "MB",
            None,
            "-",
            "-",
            "VmRSS after load minus before (fp32 weights are about 87 MB)",
        ),
        _row(
            "semantic: assess per message with the stage (realistic mix)",
            mix_on,
            "us",
            mix_off,
            "assess without the stage, same run",
            "-",
            f"{share}; {mix_gated:.0%} of the mix reaches the model; median of {ROUNDS} rounds",
        ),
        _row(
            "semantic: assess with the stage vs discord.py parsing",
            mix_on,
            "us",
            mix_parse,
            "discord.py parse_message_create",
            "ratio <= 1 (issue target for assess)",
            "meets target" if mix_on <= mix_parse else "MISSES TARGET (stage is optional)",
        ),
        _row(
            "semantic: ordinary chat with a risk cue",
            gated * 100,
            "%",
            None,
            "-",
            "-",
            "3,000 generated ordinary messages; the rest need risk >= 0.80 instead of 0.60",
        ),
        _row(
            "semantic: one encoder call, one chat message",
            encoder * 1e6,
            "us",
            mix_off,
            "assess without the stage (mix)",
            "-",
            f"{tokens} word pieces; numpy fp32",
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
