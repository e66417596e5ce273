"""Delivery markers are matched as whole words, so one delivery is never mistaken for another."""

from types import SimpleNamespace
from typing import cast

import discord

from cogs.escalation.delivery import mentions_marker, subtext


def message(content: str = "", footer: str | None = None) -> discord.Message:
    """Just what the marker lookup reads: the content and the embeds' footers."""
    embeds = []
    if footer is not None:
        embed = discord.Embed()
        embed.set_footer(text=footer)
        embeds.append(embed)
    return cast(discord.Message, SimpleNamespace(content=content, embeds=embeds))


def test_marker_in_subtext_or_footer_is_found() -> None:
    assert mentions_marker(message("Re-page 1: ..." + subtext("esc-1/page-1")), "esc-1/page-1")
    assert mentions_marker(message(footer="Lantern · esc-7/alert"), "esc-7/alert")
    assert mentions_marker(message(footer="Lantern · esc-7/alert esc-8/alert"), "esc-8/alert")


def test_a_longer_marker_is_not_a_match() -> None:
    assert not mentions_marker(message(subtext("esc-1/page-12")), "esc-1/page-1")
    assert not mentions_marker(message(footer="Lantern · esc-11/alert"), "esc-1/alert")
    assert not mentions_marker(message(subtext("esc-1/alert/dm-55")), "esc-1/alert")
