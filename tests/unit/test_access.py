"""The run-time access policy, table-driven."""

import pytest

from bot.access import Access, Actor, allows, require
from bot.errors import NotAllowed, NotConfigured
from bot.store.guilds import GuildConfig

CONFIG = GuildConfig(
    guild_id=1, participant_role_id=10, facilitator_role_id=20, counselor_role_id=30
)
PARTICIPANT = Actor(frozenset({10}), manage_guild=False)
FACILITATOR = Actor(frozenset({20}), manage_guild=False)
COUNSELOR = Actor(frozenset({30}), manage_guild=False)
MANAGER = Actor(frozenset(), manage_guild=True)
OUTSIDER = Actor(frozenset(), manage_guild=False)


@pytest.mark.parametrize(
    ("access", "allowed"),
    [
        (Access.EVERYONE, {"participant", "facilitator", "counselor", "manager", "outsider"}),
        (Access.MANAGER, {"manager"}),
        (Access.FACILITATOR, {"facilitator", "manager"}),
        (Access.COUNSELOR, {"counselor"}),
        (Access.STAFF, {"facilitator", "counselor", "manager"}),
    ],
)
def test_access_matrix(access: Access, allowed: set[str]) -> None:
    actors = {
        "participant": PARTICIPANT,
        "facilitator": FACILITATOR,
        "counselor": COUNSELOR,
        "manager": MANAGER,
        "outsider": OUTSIDER,
    }
    assert {name for name, actor in actors.items() if allows(access, actor, CONFIG)} == allowed


def test_unconfigured_roles_admit_nobody_but_managers() -> None:
    empty = GuildConfig(guild_id=1)
    assert not allows(Access.FACILITATOR, OUTSIDER, empty)
    assert allows(Access.FACILITATOR, MANAGER, empty)
    with pytest.raises(NotConfigured, match="/setup roles"):
        require(Access.COUNSELOR, MANAGER, empty)


def test_refusal_is_kind_and_says_nothing_changed() -> None:
    with pytest.raises(NotAllowed) as caught:
        require(Access.FACILITATOR, PARTICIPANT, CONFIG)
    assert "facilitators" in caught.value.message
    assert "Nothing was changed" in caught.value.message
