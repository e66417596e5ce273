"""Per-guild configuration set with the /setup commands."""

from dataclasses import dataclass, replace
from datetime import datetime

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
)


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
        return GuildConfig(guild_id=guild_id, **{name: row[name] for name in _COLUMNS})

    async def update(self, guild_id: int, now: datetime, **changes: object) -> GuildConfig:
        """Change some fields of the guild's configuration and return the result."""
        unknown = set(changes) - set(_COLUMNS)
        if unknown:
            raise ValueError(f"unknown guild_config fields: {sorted(unknown)}")
        async with self._db.transaction():
            config = replace(await self.get(guild_id), **changes)  # type: ignore[arg-type]
            values = [getattr(config, name) for name in _COLUMNS]
            await self._db.execute(
                f"""INSERT INTO guild_config (guild_id, {", ".join(_COLUMNS)}, updated_at)
                    VALUES (?, {", ".join("?" for _ in _COLUMNS)}, ?)
                    ON CONFLICT (guild_id) DO UPDATE SET
                    {", ".join(f"{name} = excluded.{name}" for name in _COLUMNS)},
                    updated_at = excluded.updated_at""",  # noqa: S608
                (guild_id, *values, now.isoformat()),
            )
        return config

    async def count(self) -> int:
        """How many guilds have stored configuration."""
        row = await self._db.fetchone("SELECT COUNT(*) FROM guild_config")
        return int(row[0]) if row else 0
