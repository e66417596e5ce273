"""Behaviour: `lantern demo --check` plays every scene against the real bot and says so."""

import io
import sys
from pathlib import Path

import pytest
from rich.console import Console

from bot.__main__ import main
from bot.demo import checks, run_demo, runner, scenes

PNG = b"\x89PNG\r\n\x1a\n"


def console(buffer: io.StringIO) -> Console:
    """A console writing plain text into a buffer, wide enough to keep lines whole."""
    return Console(file=buffer, width=120, color_system=None)


def test_every_scene_happens_and_the_charts_are_written(tmp_path: Path) -> None:
    out = tmp_path / "demo-output"
    buffer = io.StringIO()

    status = run_demo(out, check=True, console=console(buffer))

    text = buffer.getvalue()
    assert status == 0, text
    assert f"All {len(scenes.SCENES)} scenes happened as expected" in text
    assert "✗" not in text
    # What the transcript shows is what users saw: the alert with its buttons, the re-page,
    # the private reply to the facilitator, the resources DM.
    assert "[Acknowledge]  [Resolve]  [False alarm]  [Open private thread]" in text
    assert "Re-page 1" in text
    assert "(ephemeral: only fran-facilitator sees this)" in text
    assert "DM to jordan" in text
    for chart in ("trends.png", "checkins.png"):
        assert (out / chart).read_bytes().startswith(PNG)


async def _a_scene_that_goes_wrong(demo: scenes.Demo) -> None:
    demo.card.expect(False, "the counselors see the alert", "no alert was posted")
    raise RuntimeError("no alert to act on")


def test_check_mode_fails_and_names_the_scene_that_went_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    played = [scenes.SCENES[0], ("A scene that goes wrong", _a_scene_that_goes_wrong)]
    played.append(scenes.SCENES[1])
    monkeypatch.setattr(runner, "SCENES", played)
    buffer = io.StringIO()

    status = run_demo(tmp_path / "out", check=True, console=console(buffer))

    text = buffer.getvalue()
    assert status == 1
    assert "✗ scene 2: the counselors see the alert  (no alert was posted)" in text
    assert "not run, because scene 2 could not finish" in text  # scene 3 depends on it
    assert "did not happen as expected: 2 (A scene that goes wrong), 3" in text
    # Without --check the demo still exits 0: it is a show, and the checks are printed.
    assert run_demo(tmp_path / "again", console=console(io.StringIO())) == 0


def test_scorecard_lists_only_failed_scenes() -> None:
    card = checks.Scorecard()
    card.scene = 1
    card.expect(True, "fine")
    card.scene = 4
    card.expect(0, "broken", "why")
    assert card.scenes_with_failures() == [4]
    assert [check.detail for check in card.failures] == ["why"]


def test_cli_explains_when_simcord_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As on a machine with only the runtime dependencies: simcord cannot be imported.
    monkeypatch.setitem(sys.modules, "simcord", None)
    for name in [
        name for name in sys.modules if name == "bot.demo" or name.startswith("bot.demo.")
    ]:
        monkeypatch.delitem(sys.modules, name)

    status = main(["demo", "--check"])

    assert status == 2
    assert "simcord" in capsys.readouterr().err
