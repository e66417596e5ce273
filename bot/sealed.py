"""Encryption at rest for sensitive free text (escalation excerpts, check-in notes).

Fernet gives authenticated encryption; MultiFernet lets operators rotate keys: the first key
seals new text, every listed key can open old text, and :meth:`Sealer.rotate` re-seals a token
under the newest key.
"""

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class SealedDataError(ValueError):
    """Sealed text could not be opened: it was tampered with or sealed under an unknown key."""


class Sealer:
    """Seals and opens text with the configured keys (newest first)."""

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one encryption key is required")
        self._fernet = MultiFernet([Fernet(key.encode("ascii")) for key in keys])

    def seal(self, text: str) -> str:
        """Encrypt ``text``; the result is ASCII, safe to store in a TEXT column."""
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def open(self, token: str) -> str:
        """Decrypt a sealed token, raising :class:`SealedDataError` if it cannot be trusted."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError, ValueError):
            raise SealedDataError(
                "sealed text could not be opened: it was altered, or sealed with a key that is "
                "not configured (check LANTERN_ENCRYPTION_KEY)"
            ) from None

    def rotate(self, token: str) -> str:
        """Re-seal ``token`` under the newest key."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except (InvalidToken, UnicodeError, ValueError):
            raise SealedDataError(
                "sealed text could not be rotated: unknown key or altered"
            ) from None
