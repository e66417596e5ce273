"""The README's table of commands is generated from the command tree and must not go stale."""

import re
from pathlib import Path

import pytest

from bot.__main__ import main

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"<!-- commands:start -->\n(.*?)<!-- commands:end -->", re.DOTALL)


def test_readme_command_table_matches_the_command_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["commands", "--markdown"]) == 0
    generated = capsys.readouterr().out
    found = BLOCK.search(README.read_text(encoding="utf-8"))
    assert found is not None, "README.md lost its <!-- commands:start/end --> markers"
    assert found.group(1) == generated, (
        "README.md's command table is stale: replace it with `lantern commands --markdown`"
    )


def test_every_command_is_in_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["commands", "--markdown"]) == 0
    table = capsys.readouterr().out
    for name in ("/setup roles", "/escalations show", "/checkin", "Flag for counselor"):
        assert name in table
    assert "| `/help` | everyone |" in table
