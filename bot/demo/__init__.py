"""``lantern demo``: a simulated group week, run by the real bot against simcord.

Importing this package imports simcord (an in-memory Discord), a development dependency:
``lantern demo`` imports it only when the demo is asked for.
"""

import asyncio
from pathlib import Path

from rich.console import Console

from bot.demo.runner import play, report


def run_demo(out_dir: Path, *, check: bool = False, console: Console | None = None) -> int:
    """Play every scene, print the transcript and the checks; return the exit status.

    The status is 0 unless ``check`` is set and a scene did not happen as expected.
    """
    console = console or Console()
    card = asyncio.run(play(out_dir, console))
    report(card, console)
    return 1 if check and card.failures else 0


__all__ = ["run_demo"]
