"""Anonymous share text: mention syntax is made inert, lengths are checked kindly."""

import pytest

from bot.errors import InvalidInput
from bot.groups.share import SHARE_MAX_CHARS, clean_share, neutralise_mentions

ZWSP = "\u200b"


@pytest.mark.parametrize(
    ("typed", "posted"),
    [
        ("@everyone look", f"@{ZWSP}everyone look"),
        ("hey @here", f"hey @{ZWSP}here"),
        ("<@123> and <@!123>", f"<{ZWSP}@123> and <{ZWSP}@!123>"),
        ("<@&456> role", f"<{ZWSP}@&456> role"),
        ("see <#789>", f"see <{ZWSP}#789>"),
        ("email@example.com stays as it is", "email@example.com stays as it is"),
        ("<3 you all", "<3 you all"),
    ],
)
def test_mention_syntax_is_neutralised(typed: str, posted: str) -> None:
    assert neutralise_mentions(typed) == posted


def test_clean_share_trims_and_checks_length() -> None:
    assert clean_share("  hello  ") == "hello"
    with pytest.raises(InvalidInput, match="empty"):
        clean_share("   ")
    with pytest.raises(InvalidInput, match="up to"):
        clean_share("x" * (SHARE_MAX_CHARS + 1))
