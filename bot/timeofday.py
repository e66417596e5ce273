"""Reading a time of day the way people type it: ``09:00``, ``9am``, ``6:30 pm``, ``18:30``."""

import re
from datetime import time

from bot.errors import InvalidInput

_PATTERN = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


def parse_time_of_day(text: str) -> time:
    """The time of day ``text`` names, or a kind :class:`InvalidInput` with examples."""
    match = _PATTERN.match(text or "")
    error = InvalidInput(
        f"“{(text or '').strip()[:20]}” isn't a time I understand. Try `09:00`, `9am`, "
        "`18:30` or `6:30pm`."
    )
    if match is None:
        raise error
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise error
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise error
    return time(hour, minute)
