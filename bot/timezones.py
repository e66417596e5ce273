"""IANA time zone names: validation and suggestions (from the tzdata package)."""

import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import InvalidInput


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(available_timezones())


@functools.cache
def _all_zones() -> tuple[str, ...]:
    # "posix/" and "right/" duplicates and bare legacy aliases add noise to suggestions.
    return tuple(sorted(zone for zone in available_timezones() if "/" in zone or zone == "UTC"))


def validate_timezone(name: str) -> ZoneInfo:
    """The zone called ``name``, or a kind :class:`InvalidInput` explaining the format."""
    cleaned = name.strip()
    try:
        # Only names tzdata ships: arbitrary strings never reach the file system.
        if cleaned not in _known():
            raise ZoneInfoNotFoundError(cleaned)
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(
            f"“{cleaned[:60]}” is not a time zone I know. Use an IANA name such as "
            "`America/New_York`, `Europe/London` or `Australia/Sydney` (start typing to see "
            "suggestions)."
        ) from None


def suggest_timezones(typed: str, limit: int = 25) -> list[str]:
    """Zone names containing what was typed (case-insensitive), best matches first."""
    needle = typed.strip().lower().replace(" ", "_")
    zones = _all_zones()
    if not needle:
        return list(zones[:limit])
    starts = [zone for zone in zones if zone.lower().startswith(needle)]
    contains = [zone for zone in zones if needle in zone.lower() and zone not in starts]
    return (starts + contains)[:limit]
