"""The demo's server, built the way an administrator would build it before inviting Lantern.

A guild with the three roles Lantern asks for, a manager, a public welcome channel, and two
private staff channels (counselor alerts and the moderation log) that the bot can post in.
Participants join without the participant role: they get it by agreeing to the guidelines.
"""

from dataclasses import dataclass

import discord
from simcord import Env
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle, GuildHandle, RoleHandle, UserHandle

# Whom a channel permission overwrite may name, as simcord's builder accepts it.
OverwriteTarget = (
    RoleHandle
    | MemberActor
    | UserHandle
    | discord.Role
    | discord.Member
    | discord.User
    | discord.ClientUser
)


@dataclass(frozen=True)
class DemoWorld:
    """The server and the people in the demo."""

    env: Env
    guild: GuildHandle
    participant_role: RoleHandle
    facilitator_role: RoleHandle
    counselor_role: RoleHandle
    admin: MemberActor
    facilitator: MemberActor
    counselor: MemberActor
    participants: tuple[MemberActor, MemberActor, MemberActor]
    welcome: ChannelHandle
    counselors: ChannelHandle
    modlog: ChannelHandle

    @property
    def people(self) -> tuple[MemberActor, ...]:
        """Everyone in the demo, staff first."""
        return (self.admin, self.facilitator, self.counselor, *self.participants)


def build_world(env: Env) -> DemoWorld:
    """Create the guild, its roles, channels and members in the simulated Discord."""
    guild = env.create_guild("Riverside Recovery IOP")
    participant_role = guild.create_role("Participant")
    facilitator_role = guild.create_role("Facilitator")
    counselor_role = guild.create_role("Counselor")
    admin_role = guild.create_role(
        "Program Admin", permissions=discord.Permissions(manage_guild=True)
    )
    me = guild.me
    if me is None:
        raise RuntimeError("the bot is not in the demo server")
    staff_only: dict[OverwriteTarget, discord.PermissionOverwrite] = {
        # The bot needs its own overwrite in a private channel, as an admin would give it.
        me: discord.PermissionOverwrite(
            view_channel=True, send_messages=True, embed_links=True, read_message_history=True
        ),
        guild.default_role: discord.PermissionOverwrite(view_channel=False),
        counselor_role: discord.PermissionOverwrite(view_channel=True),
        facilitator_role: discord.PermissionOverwrite(view_channel=True),
        admin_role: discord.PermissionOverwrite(view_channel=True),
    }
    welcome = guild.create_text_channel("welcome")
    counselors = guild.create_text_channel("counselors", overwrites=staff_only)
    modlog = guild.create_text_channel("modlog", overwrites=staff_only)

    def person(name: str, *roles: RoleHandle) -> MemberActor:
        return guild.add_member(env.create_user(name), roles=list(roles))

    return DemoWorld(
        env=env,
        guild=guild,
        participant_role=participant_role,
        facilitator_role=facilitator_role,
        counselor_role=counselor_role,
        admin=person("morgan-admin", admin_role),
        facilitator=person("fran-facilitator", facilitator_role),
        counselor=person("casey-counselor", counselor_role),
        participants=(person("alex"), person("jordan"), person("sam")),
        welcome=welcome,
        counselors=counselors,
        modlog=modlog,
    )
