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
