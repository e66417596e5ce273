"""Tests of the risk detector (bot.safety)."""
