"""Losing and regaining simcord's gateway connection, the way Discord does it.

simcord offers shard disconnects only to sharded clients; for Lantern's unsharded client the
bot's websocket (simcord's fake, installed as ``bot.ws``) is closed, so simcord stops
delivering gateway events to it, and reopened later with RESUMED (a resumed session) or READY
followed by GUILD_CREATE (a new session).
"""

from typing import Any

from simcord import Env
from simcord.backend import serializers

from bot.app import LanternBot


def lantern(env: Env) -> LanternBot:
    """The running bot."""
    bot = env.bot
    assert isinstance(bot, LanternBot)
    return bot


async def drop_gateway(env: Env) -> None:
    """The connection is lost: simcord stops feeding gateway events to the bot."""
    bot = lantern(env)
    await bot.ws.close()
    bot.dispatch("disconnect")


def reopen(env: Env) -> None:
    """Reopen simcord's fake socket (``bot.ws``), so gateway events reach the bot again."""
    socket: Any = lantern(env).ws  # typed as discord.py's socket, whose ``open`` is read-only
    socket.open = True


def resume_gateway(env: Env) -> None:
    """The session resumes: the connection reopens and Discord confirms with RESUMED."""
    reopen(env)
    env.backend.emit("RESUMED", {})


def new_session(env: Env) -> None:
    """A new session: READY (which makes discord.py drop its caches), guilds still to come."""
    backend = env.backend
    reopen(env)
    backend.emit(
        "READY",
        {
            "v": 10,
            "user": dict(serializers.user_payload(backend.bot_user)),
            "guilds": [],
            "session_id": "after-reconnect",
            "resume_gateway_url": "wss://gateway.invalid",
            "shard": [0, 1],
            "application": {"id": str(backend.application_id), "flags": 0},
        },
    )


def guilds_arrive(env: Env) -> None:
    """Discord streams each guild to the new session."""
    for guild in list(env.backend.guilds.values()):
        env.backend.emit("GUILD_CREATE", serializers.guild_create_payload(env.backend, guild))
