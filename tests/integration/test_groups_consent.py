"""Behaviour: group guidelines, the I agree button, and agreeing again after a version bump."""

import discord
import pytest
from simcord import Env

from bot.content import load_default_guidelines
from bot.store.groups import GroupStore
from tests.integration.conftest import Restart, World, configure
from tests.integration.test_groups_helpers import (
    agree_posts,
    bot_of,
    can_see,
    create_group,
    dms,
    reply,
)

DEFAULT = load_default_guidelines()


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server with the guidelines posted in #general."""
    await configure(world)
    text = reply(
        await world.facilitator.slash(world.general, "group guidelines", channel=world.general)
    )
    assert "Posted and pinned" in text
    return world


async def consented(env: Env, world: World, member_id: int) -> int | None:
    store = GroupStore(bot_of(env).services.db)
    return await store.consented_version(world.guild.id, member_id)


async def test_guidelines_are_posted_pinned_with_a_persistent_button(ready: World) -> None:
    posts = agree_posts(ready.general)
    assert len(posts) == 1
    post = posts[0]
    assert post.pinned
    assert post.embeds[0].title == DEFAULT.title
    assert post.embeds[0].description == DEFAULT.text
    assert f"Version {DEFAULT.version}" in (post.embeds[0].footer.text or "")
    button = post.components[0].children[0]  # type: ignore[union-attr]
    assert button.custom_id == f"lantern:guidelines:{ready.guild.id}:{DEFAULT.version}"  # type: ignore[union-attr]


async def test_agreeing_records_consent_then_grants_the_participant_role(
    ready: World, env: Env
) -> None:
    world = ready
    group = await create_group(world)
    assert not can_see(world.outsider, group)

    result = await world.outsider.click(agree_posts(world.general)[0], label="I agree")

    assert "Thank you for agreeing" in reply(result)
    assert await consented(env, world, world.outsider.id) == DEFAULT.version
    assert can_see(world.outsider, group)
    await world.outsider.send(group, "hello everyone")  # may post now


async def test_consent_is_recorded_even_when_the_role_cannot_be_granted(
    ready: World, env: Env
) -> None:
    world = ready
    env.inject_error(
        "PUT",
        f"/guilds/{world.guild.id}/members/{world.outsider.id}/roles/*",
        status=403,
        code=50013,
        message="Missing Permissions",
    )

    result = await world.outsider.click(agree_posts(world.general)[0], label="I agree")

    assert "agreement is recorded" in reply(result)
    assert await consented(env, world, world.outsider.id) == DEFAULT.version
    notes = [m.content for m in world.modlog.history()]
    assert any("couldn't give them" in note and world.outsider.mention in note for note in notes)


async def test_version_bump_asks_everyone_to_agree_again(ready: World, env: Env) -> None:
    world = ready
    group = await create_group(world)
    await world.outsider.click(agree_posts(world.general)[0], label="I agree")
    assert can_see(world.outsider, group)

    shown = await world.facilitator.slash(world.general, "group guidelines-edit")
    assert shown.modal is not None
    defaults = {
        component["custom_id"]: component.get("value")
        for row in shown.modal["components"]
        for component in row["components"]
    }
    assert defaults["text"] == DEFAULT.text  # pre-filled with the current text
    saved = await world.facilitator.submit_modal(
        shown, {"title": "Our agreements", "text": "Be kind. Keep it confidential."}
    )
    text = reply(saved)
    assert f"version {DEFAULT.version + 1}" in text
    assert world.general.mention in text
    assert group.mention in text

    # The new version is posted where the old one was, and in the group.
    new_post = agree_posts(world.general)[-1]
    assert new_post.embeds[0].title == "Our agreements"
    assert len(agree_posts(group)) == 1

    # The old button no longer grants anything; it points to the new post and the member,
    # whose consent is out of date, loses the participant role until they agree again.
    old = await world.outsider.click(agree_posts(world.general)[0], label="I agree")
    assert "have been updated" in reply(old)
    assert new_post.jump_url in reply(old)
    assert not can_see(world.outsider, group)

    await world.outsider.click(new_post, label="I agree")
    assert await consented(env, world, world.outsider.id) == DEFAULT.version + 1
    assert can_see(world.outsider, group)


async def test_an_out_of_date_participant_is_prompted_on_their_next_message(
    ready: World, env: Env
) -> None:
    world = ready
    group = await create_group(world)
    # The participant had the role before Lantern's guidelines existed: no consent on record.
    await world.participant.send(group, "checking in, rough morning")

    assert not can_see(world.participant, group)
    prompt = dms(world.participant)[-1]
    assert "agree to the new version" in prompt
    assert agree_posts(world.general)[-1].jump_url in prompt
    # Their message stays: nobody's words are removed for this.
    assert any(m.content == "checking in, rough morning" for m in group.history())

    # Staff are never asked and keep posting.
    await world.facilitator.send(group, "welcome back everyone")
    assert can_see(world.facilitator, group)


async def test_prompt_falls_back_to_a_note_naming_nobody_when_dms_are_closed(
    ready: World, env: Env
) -> None:
    world = ready
    group = await create_group(world)
    env.inject_error(
        "POST",
        f"/channels/{world.participant.user.dm_channel.id}/messages",
        status=403,
        code=50007,
        message="Cannot send messages to this user",
        times=None,
    )

    await world.participant.send(group, "hey all")

    notes = [m for m in group.history() if m.author.bot and "guidelines" in m.content]
    assert len(notes) == 1
    assert world.participant.mention not in notes[0].content
    assert world.participant.name not in notes[0].content
    await env.advance_time(61)
    assert [m for m in group.history() if m.author.bot and "guidelines" in m.content] == []


async def test_button_works_after_restart(ready: World, env: Env, restart: Restart) -> None:
    world = ready
    await restart()
    result = await world.outsider.click(agree_posts(world.general)[0], label="I agree")
    assert "Thank you for agreeing" in reply(result)


async def test_guidelines_need_the_bot_to_be_able_to_post_and_pin(ready: World) -> None:
    world = ready
    me = world.guild.me
    assert me is not None
    quiet = world.guild.create_text_channel(
        "welcome",
        overwrites={me: discord.PermissionOverwrite(manage_messages=False)},
    )
    text = reply(await world.facilitator.slash(world.general, "group guidelines", channel=quiet))
    assert "**Manage Messages**" in text
    assert agree_posts(quiet) == []
