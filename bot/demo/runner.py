"""Run the demo: the real bot on a throwaway database, against simcord, scene by scene."""

import tempfile
from pathlib import Path

import simcord
from rich.console import Console
from rich.text import Text

from bot.app import create_bot
from bot.demo.checks import Scorecard
from bot.demo.scenes import SCENES, Demo
from bot.demo.stage import Stage
from bot.demo.transcript import Transcript
from bot.demo.world import build_world
from bot.settings import Settings

# Real seconds simcord may wait for the bot to go quiet; an advance over hours of virtual
# time runs every job that falls due in it, which takes longer than a single action.
SETTLE_SECONDS = 30.0


async def play(out_dir: Path, console: Console) -> Scorecard:
    """Run every scene against a fresh bot and database; return the checks made."""
    card = Scorecard()
    with tempfile.TemporaryDirectory(prefix="lantern-demo-") as data_dir:
        # Settings built in code read no environment or config file: no token, ever.
        settings = Settings(data_dir=Path(data_dir))
        bot = create_bot(settings)
        try:
            async with simcord.run(bot, check_errors=False, settle_timeout=SETTLE_SECONDS) as env:
                world = build_world(env)
                transcript = Transcript(world, console, out_dir)
                demo = Demo(world, Stage(env, transcript), transcript, card, settings)
                for number, (title, scene) in enumerate(SCENES, start=1):
                    card.scene = number
                    transcript.scene(number, title)
                    cursor = env.error_cursor
                    try:
                        await scene(demo)
                    except Exception as exc:
                        card.fail("the scene runs to its end", f"{type(exc).__name__}: {exc}")
                        _skip_rest(card, number)
                        break
                    errors = env.errors_since(cursor)
                    card.expect(
                        not errors,
                        "the bot raised no errors",
                        "; ".join(f"{type(e).__name__}: {e}" for e in errors),
                    )
        finally:
            await bot.close_services()
    return card


def _skip_rest(card: Scorecard, failed: int) -> None:
    """Later scenes build on earlier ones: after a scene breaks, they are not run."""
    for number in range(failed + 1, len(SCENES) + 1):
        card.scene = number
        card.fail("the scene runs", f"not run, because scene {failed} could not finish")


def report(card: Scorecard, console: Console) -> None:
    """Print the checks, scene by scene, and which scenes did not happen as expected."""
    console.print()
    console.rule(Text("Checks", style="bold magenta"))
    for check in card.checks:
        mark = Text("  ✓ ", style="green") if check.passed else Text("  ✗ ", style="bold red")
        line = Text.assemble(mark, f"scene {check.scene}: {check.what}")
        if check.detail:
            line.append(f"  ({check.detail})", style="red")
        console.print(line)
    failed = card.scenes_with_failures()
    if failed:
        names = ", ".join(f"{n} ({SCENES[n - 1][0]})" for n in failed)
        console.print(Text(f"Scenes that did not happen as expected: {names}", style="bold red"))
    else:
        console.print(
            Text(
                f"All {len(SCENES)} scenes happened as expected ({len(card.checks)} checks).",
                style="bold green",
            )
        )
