"""Pseudonymous participant keys: a keyed HMAC of guild and member.

The key lets a participant see their own history and delete it, while the database holds no
Discord id: without the pseudonym key, a row cannot be tied to a person. Losing or rotating
the pseudonym key detaches every stored check-in from its author (see PRIVACY.md).
"""

import hashlib
import hmac


def participant_key(secret: str, guild_id: int, member_id: int) -> str:
    """The stable pseudonymous key of a member in a guild."""
    message = f"lantern-checkin:{guild_id}:{member_id}".encode()
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()[:40]


def signed_key(secret: str, guild_id: int, member_id: int) -> str:
    """The member's second key, for check-ins whose answers reached a counselor with their name.

    An escalation that names the member can be matched to the check-in it came from (same
    channel, a time seconds apart, the same answers). Under this key, that row leads only to the
    member's other signed check-ins, each of which named them anyway, and never to the
    anonymous ones. Without the pseudonym key the two keys cannot be tied to each other.
    """
    message = f"lantern-checkin-signed:{guild_id}:{member_id}".encode()
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()[:40]


def daily_label(secret: str, guild_id: int, member_id: int, day: str) -> str:
    """A six-character label for a member's anonymous alerts on one local ``day``.

    It changes every day, and is no prefix of the stored key: alerts of one day can be told to
    come from one person, but an alert a member later signs (asking a counselor to reach out)
    does not name their anonymous alerts of other days, and no table maps it to their
    check-ins.
    """
    message = f"lantern-checkin-label:{guild_id}:{member_id}:{day}".encode()
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()[:6]
