"""Settings: file and environment precedence, secret files, key generation, clear errors."""

import stat
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.settings import ConfigError, Settings, ensure_keys, load_settings

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.secret-token-value-for-tests"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("LANTERN_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_built_in_code_read_no_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LANTERN_LOG__LEVEL", "DEBUG")
    _write(tmp_path / "config.toml", 'database_file = "other.db"\n')

    settings = Settings(data_dir=tmp_path)

    assert settings.log.level == "INFO"
    assert settings.database_file == "lantern.db"


def test_environment_overrides_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = _write(
        tmp_path / "lantern.toml",
        'data_dir = "from-file"\ndatabase_file = "file.db"\n[log]\nlevel = "WARNING"\n',
    )
    monkeypatch.setenv("LANTERN_LOG__LEVEL", "DEBUG")
    monkeypatch.setenv("LANTERN_DATABASE_FILE", "env.db")

    settings = load_settings(config)

    assert settings.log.level == "DEBUG"
    assert settings.database_file == "env.db"
    assert settings.data_dir == Path("from-file")


def test_default_config_file_and_lantern_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _write(tmp_path / "config.toml", 'database_file = "default.db"\n')
    assert load_settings().database_file == "default.db"

    other = _write(tmp_path / "elsewhere.toml", 'database_file = "named.db"\n')
    monkeypatch.setenv("LANTERN_CONFIG", str(other))
    assert load_settings().database_file == "named.db"


def test_secrets_from_environment_and_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    token_file = _write(tmp_path / "token", TOKEN + "\n")
    monkeypatch.setenv("LANTERN_DISCORD_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("LANTERN_PSEUDONYM_KEY", "p" * 40)

    settings = load_settings()

    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == TOKEN
    assert settings.pseudonym_key is not None
    assert TOKEN not in repr(settings)
    assert TOKEN not in str(settings.model_dump())


def test_secrets_in_config_file_are_refused(tmp_path: Path) -> None:
    config = _write(tmp_path / "config.toml", f'discord_token = "{TOKEN}"\n')

    with pytest.raises(ConfigError) as caught:
        load_settings(config)

    assert caught.value.problems[0].startswith("discord_token: secrets cannot be set")
    assert "LANTERN_DISCORD_TOKEN" in caught.value.problems[0]
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[log]\nlevel = "LOUD"\n', "log.level: "),
        ("colour = 3\n", "colour: unknown key"),
        ('database_file = "../escape.db"\n', "database_file: "),
        ("application_id = -4\n", "application_id: "),
        ("[log]\njson = 'maybe'\n", "log.json: "),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text: str, expected: str) -> None:
    config = _write(tmp_path / "config.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert any(problem.startswith(expected) for problem in caught.value.problems), caught.value


def test_bad_key_from_environment_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTERN_ENCRYPTION_KEY", "not-a-fernet-key")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.problems[0].startswith("encryption_key: ")
    assert "not-a-fernet-key" not in str(caught.value)


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    config = _write(tmp_path / "config.toml", "data_dir = \n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert "not valid TOML" in caught.value.problems[0]


def test_missing_keys_are_generated_once_with_private_mode(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")

    first = ensure_keys(settings)
    second = ensure_keys(settings)

    assert first.encryption_key is not None
    assert second.encryption_key is not None
    assert first.encryption_key.get_secret_value() == second.encryption_key.get_secret_value()
    for name in ("encryption.key", "pseudonym.key"):
        mode = stat.S_IMODE((tmp_path / "data" / name).stat().st_mode)
        assert mode == 0o600


def test_check_config_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = Path(__file__).resolve().parents[2] / "config.example.toml"
    assert main(["check-config", str(example)]) == 0

    bad = _write(tmp_path / "bad.toml", 'colour = 1\n[log]\nlevel = "LOUD"\n')
    assert main(["check-config", str(bad)]) == 1
    output = capsys.readouterr().out
    assert "colour: unknown key" in output
    assert "log.level:" in output


def test_run_without_token_explains_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    assert "LANTERN_DISCORD_TOKEN" in capsys.readouterr().err


def test_invite_url_has_both_scopes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANTERN_DISCORD_TOKEN", TOKEN)
    assert main(["invite-url"]) == 0
    url = capsys.readouterr().out.strip()
    assert "client_id=123456789012345678" in url
    assert "scope=bot+applications.commands" in url
    assert "permissions=" in url
