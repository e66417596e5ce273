"""Who may do what: the run-time access policy for commands, buttons and modals.

Discord's ``default_permissions`` only hides commands in the client; every privileged action
is checked again here, at run time, against the server's configured roles.
"""

from dataclasses import dataclass
from enum import StrEnum

from bot.errors import NotAllowed, NotConfigured
from bot.store.guilds import GuildConfig


class Access(StrEnum):
    """The audiences Lantern distinguishes."""

    EVERYONE = "everyone"
    FACILITATOR = "facilitator"  # facilitator role, or Manage Server
    COUNSELOR = "counselor"  # counselor role only: alerts reveal identities
    STAFF = "staff"  # facilitator or counselor role, or Manage Server
    MANAGER = "manager"  # Manage Server


@dataclass(frozen=True, slots=True)
class Actor:
    """The facts about a member that access decisions use."""

    role_ids: frozenset[int]
    manage_guild: bool


def allows(access: Access, actor: Actor, config: GuildConfig) -> bool:
    """Whether ``actor`` may perform an action that needs ``access``."""
    is_facilitator = config.facilitator_role_id in actor.role_ids
    is_counselor = config.counselor_role_id in actor.role_ids
    match access:
        case Access.EVERYONE:
            return True
        case Access.MANAGER:
            return actor.manage_guild
        case Access.FACILITATOR:
            return actor.manage_guild or is_facilitator
        case Access.COUNSELOR:
            return is_counselor
        case Access.STAFF:
            return actor.manage_guild or is_facilitator or is_counselor


_WHO = {
    Access.MANAGER: "members with the Manage Server permission",
    Access.FACILITATOR: "facilitators (or members with Manage Server)",
    Access.COUNSELOR: "counselors",
    Access.STAFF: "facilitators and counselors",
}


def require(access: Access, actor: Actor, config: GuildConfig) -> None:
    """Raise a kind :class:`NotAllowed` (or :class:`NotConfigured`) unless ``allows``."""
    if allows(access, actor, config):
        return
    if access is Access.COUNSELOR and config.counselor_role_id is None:
        raise NotConfigured(
            "No counselor role is set up yet. Ask a server manager to run `/setup roles`."
        )
    raise NotAllowed(f"Sorry, only {_WHO[access]} can do that. Nothing was changed.")


def audience(access: Access) -> str:
    """Who an access level admits, in words (for /help)."""
    return "everyone" if access is Access.EVERYONE else _WHO[access]
