"""Meta tests: the house rules of DESIGN.md that code review would otherwise have to catch."""

import ast
import importlib
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot.app import COGS, LanternBot, create_bot
from bot.clock import SystemClock
from bot.services import build_services
from bot.settings import Settings, ensure_keys

ROOT = Path(__file__).resolve().parents[2]
# The wiring may touch Discord; every other module under bot/ is domain or storage code.
WIRING = {"bot/app.py", "bot/__main__.py", "bot/tree.py"}
# The demo is a harness that plays users against the wired bot, not domain code.
HARNESSES = ("bot/demo/",)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_domain_packages_import_neither_discord_nor_cogs() -> None:
    offenders = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in WIRING or relative.startswith(HARNESSES):
            continue
        bad = _imports(path) & {"discord", "cogs"}
        if bad:
            offenders.append(f"{relative}: {sorted(bad)}")
    assert offenders == []


@pytest.mark.parametrize("module", COGS)
def test_every_cog_module_has_a_setup_function(module: str) -> None:
    loaded = importlib.import_module(module)
    assert callable(getattr(loaded, "setup", None))


def test_every_cog_module_is_loaded() -> None:
    on_disk = {
        f"cogs.{path.stem}"
        for path in (ROOT / "cogs").glob("*.py")
        if not path.stem.startswith("_")
    } | {
        f"cogs.{path.name}" for path in (ROOT / "cogs").iterdir() if (path / "__init__.py").exists()
    }
    assert on_disk == set(COGS)


@pytest.fixture
async def loaded_bot(tmp_path: Path) -> AsyncIterator[LanternBot]:
    """A bot with real services and every cog loaded, without connecting to Discord."""
    settings = ensure_keys(Settings(data_dir=tmp_path))
    bot = create_bot(settings)
    bot._services = await build_services(settings, SystemClock())
    for extension in COGS:
        await bot.load_extension(extension)
    yield bot
    await bot.close_services()


async def test_command_names_are_unique_and_documented(loaded_bot: LanternBot) -> None:
    bot = loaded_bot
    seen: set[str] = set()
    for command in bot.tree.walk_commands():
        assert command.qualified_name not in seen, command.qualified_name
        seen.add(command.qualified_name)
        if isinstance(command, discord.app_commands.Command):
            assert command.description, command.qualified_name
            assert command.description != "…", command.qualified_name
            assert command.callback.__doc__, f"/{command.qualified_name} needs a docstring"
    assert {"help", "setup roles", "setup show"} <= seen


async def test_every_command_reply_default_pings_nobody(loaded_bot: LanternBot) -> None:
    bot = loaded_bot
    mentions = bot.allowed_mentions
    assert mentions is not None
    assert not mentions.everyone
    assert not mentions.roles
    assert not mentions.users
