"""Reading the days of a schedule the way facilitators type them.

Accepted: day names (``mon``, ``Tuesday``, ``thurs``), lists (``mon,wed,fri``, ``mon wed fri``,
``mon and thu``), ranges (``tue-thu``, ``fri-mon`` wraps over the weekend) and the words
``daily`` / ``every day``, ``weekdays`` and ``weekends``. Days are numbered as Python and
APScheduler number them: Monday is 0.
"""

import re

from bot.errors import InvalidInput

SHORT_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DISPLAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})

_NAMES: dict[str, int] = {}
for _number, _full in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
):
    _NAMES[_full] = _number
    _NAMES[_full[:3]] = _number
_NAMES.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_WORDS = {
    "daily": EVERY_DAY,
    "everyday": EVERY_DAY,
    "every day": EVERY_DAY,
    "all": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "weekends": WEEKENDS,
    "weekend": WEEKENDS,
}
# Commas, slashes, ampersands, "and" and plain spaces all separate days.
_SEPARATORS = re.compile(r"\s*(?:,|/|&|\band\b|\s)\s*")
# En and em dashes and "to" are ranges too ("mon to fri" reads naturally).
_RANGE_MARK = re.compile(r"\s*(?:-|–|—|\bto\b)\s*")
_RANGE = re.compile(r"^([a-z]+)-([a-z]+)$")

_HELP = "Try `mon,wed,fri`, `weekdays`, `weekends`, `daily` or a range such as `tue-thu`."


def _day(word: str, typed: str) -> int:
    number = _NAMES.get(word)
    if number is None:
        raise InvalidInput(f"I don't recognise “{word[:20]}” in “{typed[:40]}” as a day. {_HELP}")
    return number


def parse_days(text: str) -> frozenset[int]:
    """The weekdays ``text`` names (Monday = 0), or a kind :class:`InvalidInput` with examples."""
    typed = (text or "").strip()
    cleaned = typed.lower().rstrip(".")
    if not cleaned:
        raise InvalidInput(f"Please say which days to post on. {_HELP}")
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    # Ranges are joined up before splitting so that "tue - thu" stays one range.
    cleaned = _RANGE_MARK.sub("-", cleaned)
    days: set[int] = set()
    for part in _SEPARATORS.split(cleaned):
        if not part:
            continue
        if part in _WORDS:
            days |= _WORDS[part]
            continue
        match = _RANGE.match(part)
        if match:
            first, last = _day(match.group(1), typed), _day(match.group(2), typed)
            span = (last - first) % 7  # "fri-mon" wraps round the weekend
            days.update((first + step) % 7 for step in range(span + 1))
            continue
        days.add(_day(part, typed))
    if not days:
        raise InvalidInput(f"Please say which days to post on. {_HELP}")
    return frozenset(days)


def describe_days(days: frozenset[int]) -> str:
    """The days in words for people: ``every day``, ``weekdays``, ``Mon, Wed, Fri``."""
    if days == EVERY_DAY:
        return "every day"
    if days == WEEKDAYS:
        return "weekdays"
    if days == WEEKENDS:
        return "weekends"
    return ", ".join(_DISPLAY[day] for day in sorted(days))


def cron_days(days: frozenset[int]) -> str:
    """The days as an APScheduler ``day_of_week`` expression, e.g. ``mon,wed,fri``."""
    return ",".join(SHORT_NAMES[day] for day in sorted(days))


def dump_days(days: frozenset[int]) -> str:
    """The storage form: day numbers joined by commas, e.g. ``0,2,4``."""
    return ",".join(str(day) for day in sorted(days))


def load_days(stored: str) -> frozenset[int]:
    """The inverse of :func:`dump_days`."""
    return frozenset(int(part) for part in stored.split(",") if part)
