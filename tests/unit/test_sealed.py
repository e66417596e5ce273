"""Sealed text: round trip, wrong key, tampering, rotation."""

import pytest
from cryptography.fernet import Fernet

from bot.sealed import SealedDataError, Sealer


def test_round_trip_hides_plaintext() -> None:
    sealer = Sealer([Fernet.generate_key().decode()])
    token = sealer.seal("I have the pills lined up")
    assert "pills" not in token
    assert sealer.open(token) == "I have the pills lined up"


def test_wrong_key_is_detected() -> None:
    token = Sealer([Fernet.generate_key().decode()]).seal("private")
    with pytest.raises(SealedDataError, match="key that is not configured"):
        Sealer([Fernet.generate_key().decode()]).open(token)


@pytest.mark.parametrize("position", [10, 40, -5])
def test_tampering_is_detected(position: int) -> None:
    sealer = Sealer([Fernet.generate_key().decode()])
    token = sealer.seal("private note")
    flipped = "A" if token[position] != "A" else "B"
    tampered = (
        token[:position] + flipped + token[position + 1 :]
        if position != -5
        else (token[:-5] + flipped + token[-4:])
    )
    with pytest.raises(SealedDataError):
        sealer.open(tampered)


def test_rotation_keeps_old_text_readable() -> None:
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    old_token = Sealer([old_key]).seal("note")
    rotated = Sealer([new_key, old_key])

    assert rotated.open(old_token) == "note"
    assert Sealer([new_key]).open(rotated.rotate(old_token)) == "note"
