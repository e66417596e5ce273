"""Shipped text other than prompts: crisis resources and the default group guidelines.

Both live as TOML in ``bot/data`` and are read once per process. A malformed file raises
:class:`ContentError` naming the file and the field, so a bad edit fails loudly in tests rather
than showing someone in crisis a half-empty message.
"""

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIRECTORY = Path(__file__).resolve().parent / "data"
RESOURCES_FILE = "resources.toml"
GUIDELINES_FILE = "guidelines.toml"
GUIDELINES_MAX = 3800  # fits one Discord embed description (4,096) with room to spare


class ContentError(ValueError):
    """A shipped content file is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class HelpLine:
    """One crisis or support line: how to reach it, when, and who it is for."""

    name: str
    contact: str
    hours: str
    note: str


@dataclass(frozen=True, slots=True)
class RegionResources:
    """The emergency number and support lines for one region (``US``, ``UK``, ``INTL``...)."""

    code: str
    name: str
    emergency: str
    lines: tuple[HelpLine, ...]


@dataclass(frozen=True, slots=True)
class Guidelines:
    """The default group guidelines members agree to; ``version`` changes when meaning does."""

    version: int
    title: str
    text: str


def _read(name: str) -> dict[str, Any]:
    path = DATA_DIRECTORY / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{name}: cannot be read ({exc})") from None


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: `{key}` must be non-empty text")
    return value.strip()


@cache
def _resources_file() -> dict[str, Any]:
    return _read(RESOURCES_FILE)


def _line(entry: object, where: str) -> HelpLine:
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: must be a table")
    return HelpLine(
        name=_text(entry, "name", where),
        contact=_text(entry, "contact", where),
        hours=_text(entry, "hours", where),
        note=_text(entry, "note", where),
    )


@cache
def load_resources() -> dict[str, RegionResources]:
    """Every region's crisis resources by region code, in file order."""
    regions = _resources_file().get("regions")
    if not isinstance(regions, dict) or not regions:
        raise ContentError(f"{RESOURCES_FILE}: needs a [regions.<CODE>] table")
    loaded: dict[str, RegionResources] = {}
    for code, table in regions.items():
        where = f"{RESOURCES_FILE} region {code}"
        if not isinstance(table, dict):
            raise ContentError(f"{where}: must be a table")
        entries = table.get("lines")
        if not isinstance(entries, list) or not entries:
            raise ContentError(f"{where}: needs at least one [[regions.{code}.lines]] entry")
        loaded[code] = RegionResources(
            code=code,
            name=_text(table, "name", where),
            emergency=_text(table, "emergency", where),
            lines=tuple(
                _line(entry, f"{where} line {number}")
                for number, entry in enumerate(entries, start=1)
            ),
        )
    return loaded


@cache
def resources_intro() -> str:
    """A warm opener shown above the crisis resources."""
    return _text(_resources_file(), "intro", RESOURCES_FILE)


@cache
def naloxone_note() -> str:
    """What to do if someone may be overdosing on opioids."""
    return _text(_resources_file(), "naloxone_note", RESOURCES_FILE)


@cache
def load_default_guidelines() -> Guidelines:
    """The guidelines shipped with Lantern, used until a server writes its own."""
    data = _read(GUIDELINES_FILE)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ContentError(f"{GUIDELINES_FILE}: `version` must be a whole number of at least 1")
    text = _text(data, "text", GUIDELINES_FILE)
    if len(text) > GUIDELINES_MAX:
        raise ContentError(
            f"{GUIDELINES_FILE}: `text` is {len(text):,} characters (limit {GUIDELINES_MAX:,})"
        )
    return Guidelines(version=version, title=_text(data, "title", GUIDELINES_FILE), text=text)
