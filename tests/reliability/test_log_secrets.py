"""Secrets and message text in the logs, over a whole scenario at DEBUG.

tests/integration/test_secrets.py checks the redaction net (the token logged on purpose is
scrubbed). This module runs everything a group does in a day, with logging at DEBUG through
Lantern's own JSON log setup, and checks two promises:

* the token and keys appear in no log line at any level, neither in the output nor in any
  record before redaction (the code never hands them to a logger: the net is not needed);
* nothing participants or counselors typed appears in any line at INFO or above, extra
  fields and tracebacks included. Each text carries a unique marker word to look for.
"""

import io
import json
import logging
import re
from collections.abc import Iterator

import pytest
from pydantic import SecretStr
from simcord import Env

from bot.app import LanternBot
from bot.logs import configure_logging
from bot.settings import secret_values
from tests.integration.conftest import World, configure
from tests.integration.test_groups_helpers import create_group, reply

TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Gk3x9Q.log-scenario-secret-token-value"
TEXTS = {
    "ordinary": "Good session today, the breathing exercise helped (quartzlantern).",
    "crisis": "I can't do this anymore (marigoldteaspoon). I have the pills lined up and I'm "
    "taking them tonight.",
    "checkin note": "Slept badly and thought about using again (velvetcompass).",
    "share": "Three weeks sober and the cravings come at night (harborfeather).",
    "flagged": "Nobody would even notice if I was gone (copperwillow).",
    "flag reason": "They went quiet after saying this (saffronkettle).",
    "resolve note": "Phoned them, they are safe with family (juniperbeacon).",
}
MARKERS = {name: re.search(r"\((\w+)\)", text)[1] for name, text in TEXTS.items()}  # type: ignore[index]


class Raw(logging.Handler):
    """Every record as the code created it, before any redaction, at any level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the message, every attribute (extras included) and the traceback."""
        parts = [record.getMessage(), repr(vars(record))]
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
        self.lines.append(" ".join(parts))


@pytest.fixture
def logs() -> Iterator[tuple[io.StringIO, Raw]]:
    """Lantern's DEBUG JSON log output, and the raw records; restores logging afterwards."""
    root = logging.getLogger()
    previous_handlers = root.handlers[:]
    previous_level = root.level
    raw = Raw()
    # Added first, so it sees each record before the redaction filter rewrites it.
    root.addHandler(raw)
    stream = io.StringIO()
    try:
        yield stream, raw
    finally:
        for handler in root.handlers[:]:
            if handler not in previous_handlers:
                root.removeHandler(handler)
        root.setLevel(previous_level)


async def run_scenario(world: World, env: Env) -> None:
    """Risky message, alert, acknowledge, check-in, share, flag, resolve: a day in a group."""
    await configure(world)
    group = await create_group(world, "evening group")
    await world.participant.send(group, TEXTS["ordinary"])
    await world.participant.send(group, TEXTS["crisis"])
    alert = next(
        message
        for message in world.counselors.history()
        if message.embeds and "escalation #" in (message.embeds[0].title or "")
    )
    acknowledged = await world.counselor.click(alert, label="Acknowledge")
    assert acknowledged.acknowledged

    shown = await world.participant.slash(group, "checkin")
    assert shown.modal is not None
    values = {"mood": "3", "cravings": "8", "used": "no", "note": TEXTS["checkin note"]}
    assert "Thank you for checking in" in reply(await world.participant.submit_modal(shown, values))

    shown = await world.participant.slash(group, "share")
    assert shown.modal is not None
    assert "Shared in" in reply(
        await world.participant.submit_modal(shown, {"text": TEXTS["share"]})
    )

    peer = world.guild.add_member(world.env.create_user("sam"), roles=[world.participant_role])
    await peer.send(group, TEXTS["flagged"])
    target = group.last_message
    assert target is not None
    shown = await world.participant.context_menu(group, "Flag for counselor", target)
    assert shown.modal is not None
    flagged = await world.participant.submit_modal(shown, {"reason": TEXTS["flag reason"]})
    assert "counselor has been told" in reply(flagged)

    found = await world.counselor.slash(world.counselors, "escalations show", id=1)
    assert found.response is not None
    form = await world.counselor.click(found.response, label="Resolve")
    assert form.modal is not None
    await world.counselor.submit_modal(form, {"note": TEXTS["resolve note"]})
    history = await world.counselor.slash(world.counselors, "escalations show", id=1)
    assert "resolved" in str([embed.to_dict() for embed in history.response.embeds]).lower()  # type: ignore[union-attr]


async def test_a_whole_day_logs_no_secret_and_no_message_text_at_info(
    world: World, env: Env, logs: tuple[io.StringIO, Raw]
) -> None:
    stream, raw = logs
    bot = env.bot
    assert isinstance(bot, LanternBot)
    bot.settings = bot.settings.model_copy(update={"discord_token": SecretStr(TOKEN)})
    secrets = secret_values(bot.settings)
    assert TOKEN in secrets
    assert len(secrets) >= 3  # the token, the encryption key, the pseudonym key
    configure_logging("DEBUG", json_format=True, secrets=secrets, stream=stream)

    await run_scenario(world, env)

    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any(line["level"] == "DEBUG" for line in lines), "expected DEBUG output"
    assert any(line["level"] == "INFO" for line in lines), "expected INFO output"
    for where, texts in (("output", [json.dumps(line) for line in lines]), ("record", raw.lines)):
        # Report where, never the secret itself.
        leaked = [
            text.replace(secret, "<SECRET>")[:160]
            for text in texts
            for secret in secrets
            if secret in text
        ]
        assert not leaked, f"secret in a log {where}: {leaked}"
    loud = [line for line in lines if logging.getLevelName(line["level"]) >= logging.INFO]
    for name, marker in MARKERS.items():
        said = [json.dumps(line)[:200] for line in loud if marker in json.dumps(line)]
        assert not said, f"the {name} text was logged at INFO or above: {said}"
    # The markers do reach the bot (and so could reach a log): the check above can fail.
    assert any(
        MARKERS["crisis"] in str(embed.to_dict())
        for m in world.counselors.history()
        for embed in m.embeds
    )
