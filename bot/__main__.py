"""The ``lantern`` command line: run the bot and look after its data."""

import argparse
import base64
import binascii
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot.settings import ConfigError, Settings, load_settings

SETUP_GUIDE = """\
No Discord bot token is set, so Lantern cannot connect.

1. Create an application at the Discord Developer Portal, add a Bot, and copy its token.
2. Turn on the "Message Content Intent" under Bot > Privileged Gateway Intents.
3. Give the token to Lantern through the environment (never in config.toml):
       export LANTERN_DISCORD_TOKEN='...'
   or keep it in a file readable only by the bot's user:
       export LANTERN_DISCORD_TOKEN_FILE=/path/to/token
4. Invite the bot with the URL printed by `lantern invite-url`.
"""


def _settings_or_exit(config: str | None, err: TextIO) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        print("The configuration has problems:", file=err)
        for problem in exc.problems:
            print(f"  - {problem}", file=err)
        raise SystemExit(2) from None


def _existing_data_or_exit(config: str | None, err: TextIO) -> Settings:
    """Settings for a tool that works on existing data: the database and keys must be there.

    ``lantern run`` generates missing keys for a new installation; a maintenance tool must
    not, because a new key cannot open what the old one sealed (and a wrong data directory
    would otherwise silently get a fresh, empty database).
    """
    from bot.settings import ENCRYPTION_KEY_FILE, PSEUDONYM_KEY_FILE, ensure_keys

    settings = _settings_or_exit(config, err)
    if not settings.database_path.exists():
        print(
            f"There is no database at {settings.database_path}. Check data_dir in the "
            "configuration (or LANTERN_DATA_DIR).",
            file=err,
        )
        raise SystemExit(2)
    keys = (
        ("encryption key", settings.encryption_key, ENCRYPTION_KEY_FILE, "ENCRYPTION_KEY"),
        ("pseudonym key", settings.pseudonym_key, PSEUDONYM_KEY_FILE, "PSEUDONYM_KEY"),
    )
    for name, value, file_name, variable in keys:
        if value is None and not (settings.data_dir / file_name).exists():
            print(
                f"The {name} is not available: set LANTERN_{variable} (or "
                f"LANTERN_{variable}_FILE) as the bot has it. Lantern will not make a new one "
                "for existing data.",
                file=err,
            )
            raise SystemExit(2)
    return ensure_keys(settings)


def cmd_run(args: argparse.Namespace) -> int:
    """Connect to Discord and run until interrupted."""
    from bot.app import create_bot
    from bot.logs import configure_logging
    from bot.settings import ensure_keys, secret_values

    settings = _settings_or_exit(args.config, sys.stderr)
    redactor = configure_logging(
        settings.log.level, json_format=settings.log.json_format, secrets=secret_values(settings)
    )
    if settings.discord_token is None:
        print(SETUP_GUIDE, file=sys.stderr)
        return 2
    token = settings.discord_token.get_secret_value()
    settings = ensure_keys(settings)
    redactor.add(secret_values(settings))
    # `systemctl stop` sends SIGTERM: treat it like Ctrl+C, so discord.py closes the bot
    # (scheduler, database, gateway) instead of the process simply being killed.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    create_bot(settings).run(token, log_handler=None)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Apply pending database migrations."""
    from bot.db import migrate_file
    from bot.migrations import MigrationError

    settings = _settings_or_exit(args.config, sys.stderr)
    try:
        applied, version = migrate_file(settings.database_path)
    except MigrationError as exc:
        print(f"Migration failed: {exc}", file=sys.stderr)
        return 1
    print(f"Applied {applied} migration(s); {settings.database_path} is at version {version}.")
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    """Validate a config file (and the LANTERN_* environment) and list every problem."""
    try:
        load_settings(args.path or args.config)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    print("Configuration is valid.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a consistent copy of the database, even while the bot runs."""
    from bot.db import backup_file

    settings = _settings_or_exit(args.config, sys.stderr)
    try:
        version = backup_file(settings.database_path, Path(args.path))
    except (FileNotFoundError, FileExistsError) as exc:
        print(f"Backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"Backed up {settings.database_path} (schema version {version}) to {args.path}.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """Apply the retention periods now (with --dry-run, only say what would go)."""
    import asyncio

    from bot.clock import SystemClock
    from bot.services import build_groups, build_services

    settings = _existing_data_or_exit(args.config, sys.stderr)

    async def purge() -> dict[str, int]:
        services = await build_services(settings, SystemClock())
        try:
            # The groups' records too (moderation excerpts), as the running bot has them.
            await build_groups(services)
            return await services.privacy.purge(dry_run=args.dry_run)
        finally:
            await services.db.close()

    report = asyncio.run(purge())
    verb = "Would remove" if args.dry_run else "Removed"
    for name, count in report.items():
        print(f"{verb} {count} {name}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Print the bot's health from its database; exit 1 when something needs attention."""
    from datetime import UTC, datetime, timedelta

    from bot.store.health import read_health

    settings = _settings_or_exit(args.config, sys.stderr)
    try:
        health = read_health(settings.database_path)
    except FileNotFoundError as exc:
        print(f"{exc}. Has the bot been run (or `lantern migrate`)?", file=sys.stderr)
        return 1
    stale = health.last_heartbeat is None or datetime.now(UTC) - health.last_heartbeat > timedelta(
        minutes=5
    )
    problems = {
        "undelivered alerts": health.undelivered_alerts,
        "overdue escalations": health.overdue_escalations,
        "broken prompt schedules": health.broken_schedules,
    }
    print(f"schema version        {health.schema_version}")
    print(f"configured guilds     {health.guilds}")
    print(f"open escalations      {health.open_escalations}")
    print(f"overdue escalations   {health.overdue_escalations}")
    print(f"undelivered alerts    {health.undelivered_alerts}")
    print(f"owed deliveries       {health.owed_deliveries}")
    print(f"broken schedules      {health.broken_schedules}")
    beat = health.last_heartbeat.isoformat() if health.last_heartbeat else "never"
    print(f"last heartbeat        {beat}{' (stale: is the bot running?)' if stale else ''}")
    attention = [name for name, count in problems.items() if count] + (
        ["heartbeat"] if stale else []
    )
    if attention:
        print(f"NEEDS ATTENTION: {', '.join(attention)}")
        return 1
    print("OK")
    return 0


def cmd_export_escalations(args: argparse.Namespace) -> int:
    """Export escalations (with excerpts and history) to a CSV file for clinical records."""
    import asyncio
    from datetime import UTC, datetime

    from bot.clock import SystemClock
    from bot.escalation.export import export_csv
    from bot.services import build_services

    try:
        since = datetime.fromisoformat(args.since)
    except ValueError:
        print(f"--since must be a date like 2026-01-31 (got {args.since!r})", file=sys.stderr)
        return 2
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    out = Path(args.out)
    if out.exists():
        print(f"{out} already exists; choose a new file name", file=sys.stderr)
        return 1
    settings = _existing_data_or_exit(args.config, sys.stderr)

    async def export() -> int:
        services = await build_services(settings, SystemClock())
        try:
            return await export_csv(services.escalations, since, out)
        finally:
            await services.db.close()

    count = asyncio.run(export())
    print(f"Exported {count} escalation(s) to {out} (readable only by you: it holds excerpts).")
    return 0


def application_id_from_token(token: str) -> int | None:
    """The bot's user id, which Discord encodes in the token's first segment."""
    first = token.split(".", 1)[0]
    try:
        decoded = base64.b64decode(first + "=" * (-len(first) % 4), validate=False)
        return int(decoded.decode("ascii"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


def cmd_invite_url(args: argparse.Namespace) -> int:
    """Print the OAuth2 URL that invites Lantern with exactly the permissions it needs."""
    import discord

    from bot.app import required_permissions

    settings = _settings_or_exit(args.config, sys.stderr)
    client_id = settings.application_id
    if client_id is None and settings.discord_token is not None:
        client_id = application_id_from_token(settings.discord_token.get_secret_value())
    if client_id is None:
        print(
            "Set application_id in the config (or LANTERN_APPLICATION_ID), or set the bot "
            "token, so the invite URL can name your application.",
            file=sys.stderr,
        )
        return 2
    print(
        discord.utils.oauth_url(
            client_id,
            permissions=required_permissions(),
            scopes=("bot", "applications.commands"),
        )
    )
    return 0


def cmd_safety_eval(args: argparse.Namespace) -> int:
    """Measure the risk detector on a labelled CSV file."""
    from bot.safety.cli import eval_main

    return eval_main(args.file, semantic=args.semantic, rules_only=args.rules_only)


def cmd_safety_explain(args: argparse.Namespace) -> int:
    """Show how the risk detector reads a message."""
    from bot.safety.cli import explain_main

    return explain_main(" ".join(args.text), semantic=args.semantic, rules_only=args.rules_only)


def cmd_safety_train(args: argparse.Namespace) -> int:
    """Retrain the lexical stage and the semantic stage's head on labelled CSV files."""
    from bot.safety.cli import train_main

    return train_main(args.files, threshold=args.threshold)


def cmd_commands(args: argparse.Namespace) -> int:
    """List every slash command and who may use it (Markdown with --markdown)."""
    import asyncio
    import tempfile

    from bot.app import create_bot
    from bot.logs import configure_logging

    # Only the table belongs on the terminal (not the throwaway keys' generation notices).
    configure_logging("ERROR", json_format=False, secrets=[])

    async def tree_as_text(data_dir: str) -> str:
        from bot.settings import SafetySettings
        from cogs.help import command_leaves, markdown_table

        # Only the command tree is wanted: no need to load the detector's sentence model.
        settings = Settings(data_dir=Path(data_dir), safety=SafetySettings(semantic=False))
        bot = create_bot(settings)
        try:
            await bot.load_features()
            if args.markdown:
                return markdown_table(bot.tree)
            return "".join(
                f"{name}  [{access.value}]\n    {description}\n"
                for name, description, access in command_leaves(bot.tree)
            )
        finally:
            await bot.close_services()

    # The command tree is built by loading the cogs, which needs a (throwaway) database.
    with tempfile.TemporaryDirectory() as data_dir:
        sys.stdout.write(asyncio.run(tree_as_text(data_dir)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Run a simulated group week with the real bot, offline, and print what everyone sees."""
    from bot.logs import configure_logging

    try:
        from bot.demo import run_demo
    except ModuleNotFoundError as exc:
        if exc.name != "simcord" and not (exc.name or "").startswith("simcord."):
            raise
        print(
            "The demo needs simcord, a development dependency. Install it with "
            "`make demo` (which builds .venv with the dev extras) or "
            "`pip install -e '.[dev]'`.",
            file=sys.stderr,
        )
        return 2
    # The transcript is the output: keep the bot's own log lines (key notices) off the terminal.
    configure_logging("ERROR", json_format=False, secrets=[])
    return run_demo(Path(args.out), check=args.check)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="lantern", description="Lantern: peer-support bot for virtual IOP groups."
    )
    parser.add_argument(
        "--config", help="config file (default: $LANTERN_CONFIG, else ./config.toml if present)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=(func.__doc__ or "").strip().splitlines()[0])
        command.set_defaults(func=func)
        return command

    add("run", cmd_run)
    add("migrate", cmd_migrate)
    add("check-config", cmd_check_config).add_argument("path", nargs="?", help="config file")
    add("backup", cmd_backup).add_argument("path", help="where to write the copy")
    add("invite-url", cmd_invite_url)
    add("status", cmd_status)
    export = add("export-escalations", cmd_export_escalations)
    export.add_argument("--since", required=True, help="first day to include, e.g. 2026-01-31")
    export.add_argument("--out", required=True, help="CSV file to write (must not exist)")
    add("purge", cmd_purge).add_argument(
        "--dry-run", action="store_true", help="only show what would be removed"
    )
    evaluate = add("safety-eval", cmd_safety_eval)
    evaluate.add_argument(
        "file", nargs="?", help="CSV with text,category,min_severity (default: the dev set)"
    )
    add("commands", cmd_commands).add_argument(
        "--markdown", action="store_true", help="print the README's table of commands"
    )
    explain = add("safety-explain", cmd_safety_explain)
    explain.add_argument("text", nargs="+", help="a message")
    for command in (evaluate, explain):
        stages = command.add_mutually_exclusive_group()
        stages.add_argument(
            "--semantic", action="store_true", help="also run the optional sentence-model stage"
        )
        stages.add_argument(
            "--rules-only", action="store_true", help="the rules alone, without the lexical stage"
        )
    training = add("safety-train", cmd_safety_train)
    training.add_argument(
        "files", nargs="*", help="labelled CSVs (default: the dev set and the fresh sets)"
    )
    training.add_argument(
        "--threshold", type=float, help="the sentence-model head's risk threshold to store (0..1)"
    )
    demo = add("demo", cmd_demo)
    demo.add_argument("--out", default="demo-output", help="where to write the charts")
    demo.add_argument(
        "--check", action="store_true", help="exit non-zero if a scene did not happen as expected"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``lantern`` console script."""
    args = build_parser().parse_args(argv)
    try:
        result: int = args.func(args)
    except BrokenPipeError:
        # The reader went away ("lantern safety-explain ... | head -1"): not an error of ours.
        # Point stdout at nothing so that the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return result


if __name__ == "__main__":
    sys.exit(main())
