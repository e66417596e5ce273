"""Errors shared by the domain packages.

A :class:`UserFacingError` carries a message written for the person who caused it: the Discord
adapters show it as a kind, ephemeral reply and change nothing. Anything else that escapes a
command is unexpected and is logged with a reference id.
"""


class UserFacingError(Exception):
    """An expected problem whose message is safe and useful to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(UserFacingError):
    """The user typed or chose something that cannot be accepted."""


class NotAllowed(UserFacingError):
    """The user lacks the role or permission an action requires."""


class NotConfigured(UserFacingError):
    """The server has not finished the configuration an action depends on."""
