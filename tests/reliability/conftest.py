"""The behaviour-test harness of tests/integration, shared with the reliability suite."""

from tests.integration.conftest import env, restart, simcord_bot, world

__all__ = ["env", "restart", "simcord_bot", "world"]
