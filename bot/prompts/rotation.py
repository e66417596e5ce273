"""Which prompt a channel gets next: the one it has gone longest without.

A channel's history is the last time each prompt was posted there (by any schedule or by hand).
The next prompt is the eligible one posted least recently, never-posted ones first. So a
prompt comes back only after every other eligible prompt has been posted since its last
appearance: nothing repeats until the whole set has been seen, and a prompt added later
joins the front of the queue. Ties among never-posted prompts are broken by a stable shuffle
seeded with the channel, so topics are mixed and two groups do not march through the
library in the same order.
"""

import hashlib
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar


class HasId(Protocol):
    """Anything with a prompt id."""

    @property
    def id(self) -> str:
        """The prompt's id."""
        ...


P = TypeVar("P", bound=HasId)


def _shuffle_key(channel_id: int, prompt_id: str) -> bytes:
    return hashlib.sha256(f"{channel_id}:{prompt_id}".encode()).digest()


def rotation_order(
    eligible: Sequence[P], last_posted: Mapping[str, int], channel_id: int
) -> list[P]:
    """``eligible`` in the order the channel will get them.

    ``last_posted`` maps a prompt id to a number that grows with time (the id of its latest
    post in this channel); prompts missing from it have never been posted there.
    """
    return sorted(
        eligible,
        key=lambda prompt: (
            prompt.id in last_posted,
            last_posted.get(prompt.id, 0),
            _shuffle_key(channel_id, prompt.id),
        ),
    )


def choose_next(eligible: Sequence[P], last_posted: Mapping[str, int], channel_id: int) -> P | None:
    """The prompt the channel gets next, or ``None`` when nothing is eligible."""
    order = rotation_order(eligible, last_posted, channel_id)
    return order[0] if order else None
