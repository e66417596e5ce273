"""Behaviour: the bot token never reaches the logs, even at DEBUG."""

import io
import logging

from pydantic import SecretStr
from simcord import Env

from bot.app import LanternBot
from bot.logs import configure_logging
from bot.settings import secret_values
from tests.integration.conftest import Restart, World, configure

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.very-secret-token-value"


async def test_token_and_keys_never_appear_in_logs(
    world: World, env: Env, restart: Restart
) -> None:
    stream = io.StringIO()
    bot = env.bot
    assert isinstance(bot, LanternBot)
    bot.settings = bot.settings.model_copy(update={"discord_token": SecretStr(TOKEN)})
    previous = logging.getLogger().handlers[:]
    configure_logging("DEBUG", secrets=secret_values(bot.settings), stream=stream)
    try:
        await configure(world)
        await world.participant.send(world.general, f"my token would be {TOKEN}")
        await restart()
        logging.getLogger("bot.app").debug("settings: %r / %s", bot.settings, TOKEN)
    finally:
        for handler in logging.getLogger().handlers[:]:
            if handler not in previous:
                logging.getLogger().removeHandler(handler)

    output = stream.getvalue()
    assert output, "expected some log output at DEBUG"
    assert TOKEN not in output
    keys = secret_values(bot.settings)
    assert len(keys) >= 3  # token, encryption key, pseudonym key
    assert not any(key in output for key in keys)
