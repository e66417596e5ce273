"""A token bucket for work that may be skipped when it comes too fast."""

from __future__ import annotations

import time
from collections.abc import Callable


class RateBudget:
    """At most ``rate`` takes per second on average, in bursts of up to ``burst``.

    Non-blocking: :meth:`take` answers at once, so the caller can skip the optional work
    instead of waiting for room (an async limiter would queue it, which is what a flood must
    not do).
    """

    def __init__(
        self,
        rate: float,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = rate if burst is None else burst
        self._clock = clock
        self._tokens = self.burst
        self._updated = clock()

    def take(self) -> bool:
        """Use one unit of the budget if there is one; False when it is spent."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True
