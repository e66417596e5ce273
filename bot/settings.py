"""Lantern's settings: a TOML file overridden by ``LANTERN_*`` environment variables.

``Settings(...)`` built in code reads nothing but its arguments, so tests can construct one
freely. :func:`load_settings` adds, in order of precedence: environment variables
(``LANTERN_LOG__LEVEL=DEBUG`` for nested keys), secret files named by ``LANTERN_<SECRET>_FILE``,
and the TOML config file. Secrets (the bot token and the two keys) are refused in the TOML file:
a committed config must never hold them.
"""

import base64
import binascii
import logging
import os
import secrets as _secrets
import tomllib
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

log = logging.getLogger(__name__)

ENV_PREFIX = "LANTERN_"
SECRET_FIELDS = ("discord_token", "encryption_key", "pseudonym_key")
DEFAULT_CONFIG_FILE = "config.toml"
ENCRYPTION_KEY_FILE = "encryption.key"
PSEUDONYM_KEY_FILE = "pseudonym.key"

# Set only while load_settings() builds a Settings: plain Settings(...) reads no file or env var.
_LOADING_FROM: ContextVar[Path | None] = ContextVar("_LOADING_FROM", default=None)


class ConfigError(ValueError):
    """The configuration cannot be used; ``problems`` lists each one with its key path."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class LogSettings(BaseModel):
    """How Lantern logs."""

    model_config = ConfigDict(extra="forbid")

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    json_format: bool = Field(default=False, alias="json")


class EscalationSettings(BaseModel):
    """How alerts reach counselors and how hard Lantern keeps paging."""

    model_config = ConfigDict(extra="forbid")

    ack_minutes_critical: float = Field(default=5, gt=0, le=1440)
    ack_minutes_high: float = Field(default=15, gt=0, le=1440)
    ack_minutes_medium: float = Field(default=60, gt=0, le=10080)
    repages_before_backup: int = Field(default=2, ge=0, le=20)
    dedup_window_minutes: float = Field(default=30, ge=0, le=1440)
    digest_threshold_per_minute: int = Field(default=5, ge=1, le=1000)
    resources_window_minutes: float = Field(default=60, ge=0, le=10080)
    delivery_retry_seconds: list[float] = Field(default=[2, 10, 30, 120, 600], min_length=1)
    program_line: str | None = Field(default=None, max_length=200)


class PromptSettings(BaseModel):
    """Psychoeducation prompt schedules."""

    model_config = ConfigDict(extra="forbid")

    misfire_grace_minutes: float = Field(default=30, ge=0, le=1440)
    threads: bool = True


class CheckinSettings(BaseModel):
    """Anonymous check-ins and what facilitators may see of them."""

    model_config = ConfigDict(extra="forbid")

    # Any summary cell with fewer distinct participants than this is hidden. Never below 2:
    # a cell of one would show that person's answers.
    min_group_size: int = Field(default=3, ge=2, le=50)
    note_max_chars: int = Field(default=500, ge=0, le=1000)


class RetentionSettings(BaseModel):
    """How long records are kept before the daily purge removes them."""

    model_config = ConfigDict(extra="forbid")

    checkin_days: int = Field(default=180, ge=1, le=3650)
    moderation_excerpt_days: int = Field(default=30, ge=1, le=3650)
    escalation_excerpt_days: int = Field(default=90, ge=1, le=3650)


class SafetySettings(BaseModel):
    """The risk detector."""

    model_config = ConfigDict(extra="forbid")

    # The sentence-model second opinion on messages the rules pass over (needs the `semantic`
    # extra; ignored without it). It loads once at start-up and runs off the event loop.
    semantic: bool = True


class MetricsSettings(BaseModel):
    """The optional monitoring endpoint (``/healthz`` and Prometheus ``/metrics``)."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    # Loopback by default: the endpoint has no authentication, so expose it deliberately.
    host: str = Field(default="127.0.0.1", min_length=1, max_length=255)
    port: int = Field(default=9464, ge=0, le=65535)


class Settings(BaseSettings):
    """Every setting Lantern reads. See ``config.example.toml`` for what each key means."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        populate_by_name=True,
        validate_default=True,
    )

    data_dir: Path = Path("data")
    database_file: str = "lantern.db"
    application_id: int | None = Field(default=None, gt=0)
    discord_token: SecretStr | None = None
    encryption_key: SecretStr | None = None
    pseudonym_key: SecretStr | None = None
    log: LogSettings = LogSettings()
    escalation: EscalationSettings = EscalationSettings()
    prompts: PromptSettings = PromptSettings()
    checkins: CheckinSettings = CheckinSettings()
    retention: RetentionSettings = RetentionSettings()
    safety: SafetySettings = SafetySettings()
    metrics: MetricsSettings = MetricsSettings()

    @field_validator("database_file")
    @classmethod
    def _plain_file_name(cls, value: str) -> str:
        if not value or "/" in value or "\\" in value:
            raise ValueError("must be a plain file name inside data_dir")
        return value

    @field_validator("encryption_key")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            for key in split_keys(value.get_secret_value()):
                try:
                    if len(base64.urlsafe_b64decode(key.encode("ascii"))) != 32:
                        raise ValueError
                except (ValueError, binascii.Error, UnicodeEncodeError):
                    raise ValueError(
                        "must be one or more comma-separated Fernet keys "
                        "(32 url-safe base64-encoded bytes each)"
                    ) from None
        return value

    @field_validator("pseudonym_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 32:
            raise ValueError("must be at least 32 characters")
        return value

    @property
    def database_path(self) -> Path:
        """Where the SQLite database lives."""
        return self.data_dir / self.database_file

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Read only the constructor's arguments, unless :func:`load_settings` is running."""
        config_path = _LOADING_FROM.get()
        if config_path is None:
            return (init_settings,)
        sources: list[PydanticBaseSettingsSource] = [
            init_settings,
            env_settings,
            _SecretFileSource(settings_cls),
        ]
        if config_path.name:  # Path("") means "no config file"
            sources.append(_TomlWithoutSecrets(settings_cls, config_path))
        return tuple(sources)


def split_keys(value: str) -> list[str]:
    """Split a comma-separated key list (newest first) into its keys."""
    return [part.strip() for part in value.split(",") if part.strip()]


class _TomlWithoutSecrets(TomlConfigSettingsSource):
    """The TOML config file, refusing any secret it contains."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path) -> None:
        super().__init__(settings_cls, toml_file=path)
        found = [name for name in SECRET_FIELDS if name in self.toml_data]
        if found:
            raise ConfigError(
                [
                    f"{name}: secrets cannot be set in the config file; use the "
                    f"{ENV_PREFIX}{name.upper()} or {ENV_PREFIX}{name.upper()}_FILE "
                    "environment variable"
                    for name in found
                ]
            )


class _SecretFileSource(PydanticBaseSettingsSource):
    """Secrets read from files named by ``LANTERN_<SECRET>_FILE`` (Docker/systemd style)."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        """Return the secret read from the file named for ``field_name``, if any."""
        variable = f"{ENV_PREFIX}{field_name.upper()}_FILE"
        path = os.environ.get(variable)
        if field_name not in SECRET_FIELDS or not path:
            return None, field_name, False
        try:
            return Path(path).read_text(encoding="utf-8").strip(), field_name, False
        except OSError as exc:
            raise ConfigError(
                [f"{field_name}: cannot read {variable} ({exc.strerror or exc})"]
            ) from None

    def __call__(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, field in self.settings_cls.model_fields.items():
            value, key, _ = self.get_field_value(field, name)
            if value is not None:
                values[key] = value
        return values


def resolve_config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The config file to read: ``--config``, else ``LANTERN_CONFIG``, else ``config.toml``.

    Returns ``Path("")`` when no path was given and the default file does not exist.
    """
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(f"{ENV_PREFIX}CONFIG")
    if from_env:
        return Path(from_env)
    default = Path(DEFAULT_CONFIG_FILE)
    return default if default.exists() else Path("")


def load_settings(config_path: str | os.PathLike[str] | None = None) -> Settings:
    """Build settings from the config file, secret files and the environment.

    Raises :class:`ConfigError` listing every problem with its key path.
    """
    path = resolve_config_path(config_path)
    if path.name and not path.is_file():
        raise ConfigError([f"config file not found: {path}"])
    token = _LOADING_FROM.set(path)
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigError(list(describe_validation_error(exc))) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML ({exc})"]) from None
    finally:
        _LOADING_FROM.reset(token)


def describe_validation_error(exc: ValidationError) -> Iterator[str]:
    """One line per problem: the dotted key path, then what is wrong (never the value)."""
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        yield f"{key}: {message}"


def _read_or_create_key(path: Path, make: Any, what: str) -> str:
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value: str = make()
    # O_EXCL: never overwrite a key another process just wrote; 0600: only the bot user reads it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
    log.warning(
        "Generated a new %s in %s. Back it up: without it, data protected by it cannot be read.",
        what,
        path,
    )
    return value


def _new_fernet_key() -> str:
    return base64.urlsafe_b64encode(_secrets.token_bytes(32)).decode("ascii")


def _new_pseudonym_key() -> str:
    return _secrets.token_urlsafe(48)


def ensure_keys(settings: Settings) -> Settings:
    """Return settings with both keys present, generating missing ones in the data directory.

    This makes the embedded default work out of the box; operators who manage secrets
    themselves set ``LANTERN_ENCRYPTION_KEY`` and ``LANTERN_PSEUDONYM_KEY`` instead.
    """
    updates: dict[str, SecretStr] = {}
    if settings.encryption_key is None:
        updates["encryption_key"] = SecretStr(
            _read_or_create_key(
                settings.data_dir / ENCRYPTION_KEY_FILE, _new_fernet_key, "encryption key"
            )
        )
    if settings.pseudonym_key is None:
        updates["pseudonym_key"] = SecretStr(
            _read_or_create_key(
                settings.data_dir / PSEUDONYM_KEY_FILE, _new_pseudonym_key, "pseudonym key"
            )
        )
    if not updates:
        return settings
    merged = settings.model_copy(update=updates)
    # model_copy skips validation: validate the keys that were read from disk.
    Settings.model_validate(
        {
            "encryption_key": merged.encryption_key,
            "pseudonym_key": merged.pseudonym_key,
        }
    )
    return merged


def secret_values(settings: Settings) -> list[str]:
    """Every secret string in ``settings``, for the log redaction filter."""
    values = []
    for name in SECRET_FIELDS:
        secret = getattr(settings, name)
        if secret is not None:
            raw = secret.get_secret_value()
            values.append(raw)
            values.extend(split_keys(raw) if name == "encryption_key" else [])
    return [value for value in values if len(value) >= 8]
