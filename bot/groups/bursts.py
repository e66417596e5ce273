"""Spam bursts: too many messages in a few seconds, or the same message again and again.

The tracker keeps, per member, only the times and fingerprints of their last few messages,
in memory and bounded: nothing about message text is kept beyond a short hash, and nothing
is stored. A restart forgets it, which is fine for a window measured in seconds.
"""

import hashlib
from collections import OrderedDict, deque
from dataclasses import dataclass

from bot.groups.moderation import Finding, Rule, normalise

BURST_MESSAGES = 6  # this many messages ...
BURST_SECONDS = 10.0  # ... within this many seconds is a burst
REPEAT_MESSAGES = 4  # the same text this many times ...
REPEAT_SECONDS = 60.0  # ... within this many seconds is a repeat
MEMBERS_TRACKED = 20_000


@dataclass(frozen=True, slots=True)
class _Seen:
    at: float
    fingerprint: bytes


def _fingerprint(text: str) -> bytes:
    compact = " ".join(normalise(text).split())
    if not compact:
        return b""  # photos without a caption are not "the same message"
    return hashlib.blake2b(compact.encode("utf-8"), digest_size=8).digest()


class BurstTracker:
    """Notices message bursts and repeats per (guild, member); times are seconds (monotonic)."""

    def __init__(
        self,
        *,
        burst_messages: int = BURST_MESSAGES,
        burst_seconds: float = BURST_SECONDS,
        repeat_messages: int = REPEAT_MESSAGES,
        repeat_seconds: float = REPEAT_SECONDS,
        members: int = MEMBERS_TRACKED,
    ) -> None:
        self._burst = (burst_messages, burst_seconds)
        self._repeat = (repeat_messages, repeat_seconds)
        self._members = members
        self._history: OrderedDict[tuple[int, int], deque[_Seen]] = OrderedDict()
        self._keep = max(burst_messages, repeat_messages)

    def record(self, guild_id: int, member_id: int, at: float, text: str) -> Finding | None:
        """Remember a message; return a finding when it completes a burst or a repeat.

        The history is cleared after a finding so that one burst is acted on once.
        """
        key = (guild_id, member_id)
        seen = self._history.get(key)
        if seen is None:
            seen = self._history[key] = deque(maxlen=self._keep)
            if len(self._history) > self._members:
                self._history.popitem(last=False)
        else:
            self._history.move_to_end(key)
        current = _Seen(at, _fingerprint(text))
        seen.append(current)
        finding = self._judge(seen, current)
        if finding is not None:
            seen.clear()
        return finding

    def _judge(self, seen: deque[_Seen], current: _Seen) -> Finding | None:
        count, window = self._burst
        recent = [item for item in seen if current.at - item.at <= window]
        if len(recent) >= count:
            return Finding(Rule.SPAM, f"{len(recent)} messages in a few seconds", "")
        count, window = self._repeat
        if not current.fingerprint:
            return None
        same = [
            item
            for item in seen
            if item.fingerprint == current.fingerprint and current.at - item.at <= window
        ]
        if len(same) >= count:
            return Finding(Rule.SPAM, "the same message again and again", "")
        return None

    def forget(self, guild_id: int, member_id: int) -> None:
        """Drop a member's history (after they were timed out, for instance)."""
        self._history.pop((guild_id, member_id), None)
