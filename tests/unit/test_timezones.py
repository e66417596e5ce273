"""Time zone validation and suggestions."""

import pytest

from bot.errors import InvalidInput
from bot.timezones import suggest_timezones, validate_timezone


@pytest.mark.parametrize("name", ["America/New_York", "Europe/London", "UTC", " Asia/Tokyo "])
def test_known_zones(name: str) -> None:
    assert validate_timezone(name).key == name.strip()


@pytest.mark.parametrize("name", ["", "EST5EDT/Nowhere", "../etc/passwd", "Mars/Base", "x" * 500])
def test_unknown_zones_get_a_kind_error(name: str) -> None:
    with pytest.raises(InvalidInput, match="IANA name"):
        validate_timezone(name)


def test_suggestions_prefer_prefix_matches() -> None:
    assert suggest_timezones("america/new")[0] == "America/New_York"
    assert "Europe/London" in suggest_timezones("london")
    assert len(suggest_timezones("")) == 25
