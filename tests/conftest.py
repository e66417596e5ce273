"""Shared fixtures: settings on a temporary data directory."""

from pathlib import Path

import pytest

from bot.settings import SafetySettings, Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings built in code: a fresh data directory, no file or environment read.

    The detector's semantic stage (the sentence model) is off here, so behaviour tests are
    decided by the rules and the lexical stage; tests/integration/test_semantic_stage.py runs
    the bot with it on.
    """
    return Settings(data_dir=tmp_path / "data", safety=SafetySettings(semantic=False))
