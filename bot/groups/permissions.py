"""Who can do what in a group channel, as permission names (discord.py's attribute names).

The cog turns these into Discord permission overwrites; keeping them here makes the promise
"only the group can see it" one readable table, and lets the bot say exactly which permission
it lacks before it tries anything.
"""

from collections.abc import Iterable

# A permission overwrite as (allowed, denied) permission names.
Spec = tuple[tuple[str, ...], tuple[str, ...]]

# Permission overwrites of a group channel, by audience.
EVERYONE: Spec = ((), ("view_channel",))
PARTICIPANT: Spec = (
    ("view_channel", "read_message_history", "send_messages", "send_messages_in_threads"),
    (),
)
FACILITATOR: Spec = (
    (
        "view_channel",
        "read_message_history",
        "send_messages",
        "send_messages_in_threads",
        "manage_messages",
        "manage_threads",
    ),
    (),
)
COUNSELOR: Spec = (("view_channel", "read_message_history"), ())
BOT: Spec = (
    (
        "view_channel",
        "send_messages",
        "embed_links",
        "read_message_history",
        "manage_messages",
        "manage_threads",
        "create_public_threads",
        "create_private_threads",
        "send_messages_in_threads",
        "manage_roles",
        "manage_channels",
    ),
    (),
)
# What participants may do while a session is closed, or once a group is archived.
SESSION_CLOSED: Spec = (
    ("view_channel", "read_message_history"),
    ("send_messages", "send_messages_in_threads"),
)
ARCHIVED: Spec = (
    ("view_channel", "read_message_history"),
    (
        "send_messages",
        "send_messages_in_threads",
        "create_public_threads",
        "create_private_threads",
        "add_reactions",
    ),
)

# What the bot itself needs for each kind of work.
TO_CREATE = ("manage_channels", "manage_roles", *BOT[0])
TO_EDIT_CHANNEL = ("view_channel", "manage_channels", "manage_roles")
TO_POST_GUIDELINES = (
    "view_channel",
    "send_messages",
    "embed_links",
    "read_message_history",
    "manage_messages",
)
TO_GRANT_ROLES = ("manage_roles",)
TO_MODERATE = ("view_channel", "manage_messages")
TO_TIME_OUT = ("moderate_members",)
TO_POST = ("view_channel", "send_messages", "embed_links")

# Discord's own words for permissions whose attribute names differ from the client's labels.
_LABELS = {
    "view_channel": "View Channel",
    "read_message_history": "Read Message History",
    "send_messages_in_threads": "Send Messages in Threads",
    "manage_roles": "Manage Roles (Manage Permissions in a channel)",
    "moderate_members": "Timeout Members",
    "embed_links": "Embed Links",
}


def label(permission: str) -> str:
    """The name a server admin sees for a permission, e.g. ``Manage Messages``."""
    return _LABELS.get(permission, permission.replace("_", " ").title())


def missing(have: Iterable[str], need: Iterable[str]) -> list[str]:
    """The needed permissions not in ``have``, as labels, in the order they were listed."""
    granted = set(have)
    return [label(name) for name in dict.fromkeys(need) if name not in granted]


def explain_missing(missing_labels: list[str], where: str) -> str:
    """A sentence for facilitators naming exactly what the bot lacks, and where."""
    if len(missing_labels) == 1:
        listed = f"the **{missing_labels[0]}** permission"
    else:
        listed = (
            "the "
            + ", ".join(f"**{name}**" for name in missing_labels[:-1])
            + f" and **{missing_labels[-1]}** permissions"
        )
    return (
        f"I can't do that yet: I need {listed} {where}. A server admin can grant it in "
        "Server Settings → Roles (or the channel's Permissions). Nothing was changed."
    )
