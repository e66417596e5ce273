"""Shared fixtures: settings on a temporary data directory."""

from pathlib import Path

import pytest

from bot.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings built in code: a fresh data directory, no file or environment read."""
    return Settings(data_dir=tmp_path / "data")
