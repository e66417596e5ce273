"""Anonymous shares: the text rules (length, mention syntax) and the rate limit's numbers.

A share is re-posted by the bot under a pseudonym, so it goes out with
``AllowedMentions.none()`` and, in addition, every piece of mention syntax is broken with a
zero-width space: nothing a participant types can ping anyone, and nothing renders as a
mention that would show a member's or channel's name chosen by the author.
"""

import re

from bot.errors import InvalidInput

SHARE_MIN_CHARS = 2
SHARE_MAX_CHARS = 1800
SHARES_PER_HOUR = 3
_ZWSP = "\u200b"
_MENTION_SYNTAX = re.compile(r"<(?=[@#][!&]?\d)|<(?=/[\w -]+:\d)|@(?=everyone\b|here\b)")


def neutralise_mentions(text: str) -> str:
    """The text with ``@everyone``, ``@here``, ``<@..>``, ``<@&..>``, ``<#..>`` made inert."""
    return _MENTION_SYNTAX.sub(lambda match: match.group(0) + _ZWSP, text)


def clean_share(text: str) -> str:
    """The share as it will be posted, or a kind :class:`InvalidInput`."""
    stripped = (text or "").strip()
    if len(stripped) < SHARE_MIN_CHARS:
        raise InvalidInput("Your share was empty, so nothing was posted.")
    if len(stripped) > SHARE_MAX_CHARS:
        raise InvalidInput(
            f"Shares can be up to {SHARE_MAX_CHARS:,} characters; yours is {len(stripped):,}. "
            "Nothing was posted."
        )
    return neutralise_mentions(stripped)
