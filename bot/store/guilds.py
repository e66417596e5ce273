"""Per-guild configuration set with the /setup commands."""

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.db import Database

REGIONS = ("US", "CA", "UK", "IE", "AU", "NZ", "INTL")


@dataclass(frozen=True, slots=True)
class GuildConfig:
    """What a server has configured. ``None`` means not set yet."""

    guild_id: int
    participant_role_id: int | None = None
    facilitator_role_id: int | None = None
    counselor_role_id: int | None = None
    counselors_channel_id: int | None = None
    modlog_channel_id: int | None = None
    region: str = "INTL"
    timezone: str = "UTC"
    excluded_channel_ids: tuple[int, ...] = ()
    checkin_critical_reveals_identity: bool = True

    def monitored(self, channel_id: int, parent_id: int | None = None) -> bool:
        """Whether messages in a channel (or a thread of ``parent_id``) are assessed for risk."""
        private = {self.counselors_channel_id, self.modlog_channel_id, *self.excluded_channel_ids}
        return channel_id not in private and (parent_id is None or parent_id not in private)

    def missing(self) -> list[str]:
        """Human names of the settings still needed before every feature works."""
        needed = {
            "participant role": self.participant_role_id,
            "facilitator role": self.facilitator_role_id,
            "counselor role": self.counselor_role_id,
            "counselors channel": self.counselors_channel_id,
            "modlog channel": self.modlog_channel_id,
        }
        return [name for name, value in needed.items() if value is None]


_COLUMNS = (
    "participant_role_id",
    "facilitator_role_id",
    "counselor_role_id",
    "counselors_channel_id",
    "modlog_channel_id",
    "region",
    "timezone",
    "excluded_channel_ids",
    "checkin_critical_reveals_identity",
)


def _load(name: str, value: Any) -> Any:
    if name == "excluded_channel_ids":
        return tuple(json.loads(value))
    if name == "checkin_critical_reveals_identity":
        return bool(value)
    return value


def _dump(name: str, value: Any) -> Any:
    if name == "excluded_channel_ids":
        return json.dumps(sorted(value))
    if name == "checkin_critical_reveals_identity":
        return int(value)
    return value


class GuildConfigStore:
    """Reads and writes ``guild_config``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, guild_id: int) -> GuildConfig:
        """The guild's configuration, or an empty one if nothing was set."""
        row = await self._db.fetchone(
            f"SELECT {', '.join(_COLUMNS)} FROM guild_config WHERE guild_id = ?",  # noqa: S608
            (guild_id,),
        )
        if row is None:
            return GuildConfig(guild_id=guild_id)
        return GuildConfig(guild_id=guild_id, **{name: _load(name, row[name]) for name in _COLUMNS})

    async def update(self, guild_id: int, now: datetime, **changes: object) -> GuildConfig:
        """Change some fields of the guild's configuration and return the result."""
        unknown = set(changes) - set(_COLUMNS)
        if unknown:
            raise ValueError(f"unknown guild_config fields: {sorted(unknown)}")
        async with self._db.transaction():
            config = replace(await self.get(guild_id), **changes)  # type: ignore[arg-type]
            values = [_dump(name, getattr(config, name)) for name in _COLUMNS]
            await self._db.execute(
                f"""INSERT INTO guild_config (guild_id, {", ".join(_COLUMNS)}, updated_at)
                    VALUES (?, {", ".join("?" for _ in _COLUMNS)}, ?)
                    ON CONFLICT (guild_id) DO UPDATE SET
                    {", ".join(f"{name} = excluded.{name}" for name in _COLUMNS)},
                    updated_at = excluded.updated_at""",  # noqa: S608
                (guild_id, *values, now.isoformat()),
            )
        return config

    async def set_channel_excluded(
        self, guild_id: int, channel_id: int, excluded: bool, now: datetime
    ) -> GuildConfig:
        """Add a channel to (or remove it from) ``excluded_channel_ids``."""
        current = set((await self.get(guild_id)).excluded_channel_ids)
        changed = current | {channel_id} if excluded else current - {channel_id}
        return await self.update(guild_id, now, excluded_channel_ids=tuple(sorted(changed)))

    async def count(self) -> int:
        """How many guilds have stored configuration."""
        row = await self._db.fetchone("SELECT COUNT(*) FROM guild_config")
        return int(row[0]) if row else 0
