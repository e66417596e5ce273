"""Behaviour: psychoeducation prompts and their schedules, on virtual time.

simcord's clock starts at Thursday 2026-01-01 00:00 UTC. America/New_York is on EST (UTC-5)
until March, so 09:00 there is 14:00 UTC. DST edge cases are unit-tested with explicit
instants in tests/unit/prompts/test_occurrences.py; here the whole bot is exercised.
"""

import re
import sys
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import discord
import pytest
from simcord import Env
from simcord.backend.models import Overwrite
from simcord.builders import ChannelHandle
from simcord.enums import OverwriteType

from bot.app import LanternBot, create_bot
from bot.prompts.library import LibraryError, load_library
from bot.prompts.model import PostStatus
from bot.settings import Settings
from bot.store.prompts import PromptStore
from tests.integration.clock import until, without_heartbeat
from tests.integration.conftest import Restart, World, configure

# The shipped library is part of the repository: if it cannot load, these tests must fail.
LIBRARY = load_library()
TOPIC = LIBRARY.topics[0]
NINE_AM_NEW_YORK = datetime(2026, 1, 1, 14, tzinfo=UTC)


# Helpers ---------------------------------------------------------------------------------------


def prompt_posts(channel: ChannelHandle) -> list[discord.Message]:
    """The prompts the bot posted in a channel (not its replies to commands)."""
    return [
        message
        for message in channel.history()
        if message.author.bot
        and message.type == discord.MessageType.default
        and not message.flags.ephemeral
        and message.embeds
    ]


def notes(channel: ChannelHandle) -> list[str]:
    """What the bot wrote in a channel as plain text (modlog notes)."""
    return [
        message.content
        for message in channel.history()
        if message.author.bot and message.type == discord.MessageType.default and message.content
    ]


def reply(result: Any) -> str:
    """The text of an ephemeral command reply (asserting it was ephemeral)."""
    assert result.ephemeral, result
    response = result.response
    if response is None or (not response.content and result.followups):
        response = result.followups[-1]
    return str(response.content)


def embed_of(result: Any) -> discord.Embed:
    """The embed of an ephemeral command reply."""
    assert result.ephemeral, result
    assert result.response is not None, result
    assert result.response.embeds, result
    embed: discord.Embed = result.response.embeds[0]
    return embed


async def listing(world: World) -> str:
    """What ``/prompts list`` shows the facilitator."""
    embed = embed_of(await world.facilitator.slash(world.general, "prompts list"))
    return "\n".join(str(field.value) for field in embed.fields)


async def offline_until(env: Env, settings: Settings, when: datetime) -> LanternBot:
    """Stop the bot's process, let time pass to ``when``, then start a new one."""
    old = env.bot
    assert isinstance(old, LanternBot)
    await old.close_services()
    await until(env, when)
    fresh = create_bot(settings)
    await env.restart_bot(fresh)
    return fresh


async def schedule(world: World, channel: ChannelHandle | None = None, **options: Any) -> int:
    """Create a schedule as the facilitator; returns its id."""
    values: dict[str, Any] = {"days": "daily", "time": "9am", "timezone": "America/New_York"}
    values.update(options)
    result = await world.facilitator.slash(
        world.general, "prompts schedule", channel=channel or world.general, **values
    )
    text = reply(result)
    match = re.search(r"Schedule #(\d+) saved", text)
    assert match, text
    return int(match.group(1))


def store(env: Env) -> PromptStore:
    bot = env.bot
    assert isinstance(bot, LanternBot)
    return PromptStore(bot.services.db)


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


# Scheduling and posting -----------------------------------------------------------------------


async def test_schedule_posts_at_local_time_with_embed_and_thread(ready: World, env: Env) -> None:
    world = ready
    text = reply(
        await world.facilitator.slash(
            world.general,
            "prompts schedule",
            channel=world.general,
            days="daily",
            time="9am",
            timezone="America/New_York",
        )
    )
    assert "Schedule #1 saved" in text
    assert "every day at 09:00 (America/New_York)" in text
    assert f"<t:{int(NINE_AM_NEW_YORK.timestamp())}:F>" in text

    await until(env, datetime(2026, 1, 1, 13, 59, tzinfo=UTC))
    assert prompt_posts(world.general) == []

    await env.advance_time(60)
    posts = prompt_posts(world.general)
    assert len(posts) == 1
    embed = posts[0].embeds[0]
    prompt = next(p for p in LIBRARY.prompts if p.title == embed.title)
    assert embed.description == prompt.body
    assert embed.author.name == next(t.label for t in LIBRARY.topics if t.slug == prompt.topic)
    assert embed.fields[0].name == "Reflect"
    assert embed.fields[0].value == prompt.question
    assert embed.footer.text == LIBRARY.footer
    assert posts[0].created_at == NINE_AM_NEW_YORK
    assert [thread.name for thread in world.general.threads] == [prompt.title[:100]]


async def test_days_are_respected_and_rotation_does_not_repeat(ready: World, env: Env) -> None:
    world = ready
    # 2026-01-01 is a Thursday: thu, fri, (sat, sun skipped), mon.
    await schedule(world, days="mon,thu,fri", time="08:00", timezone="UTC", topic=TOPIC.slug)

    await until(env, datetime(2026, 1, 5, 8, 1, tzinfo=UTC))

    posts = prompt_posts(world.general)
    assert [post.created_at.day for post in posts] == [1, 2, 5]
    titles = [post.embeds[0].title for post in posts]
    assert len(set(titles)) == 3
    assert {p.title for p in LIBRARY.by_topic(TOPIC.slug)} >= set(titles)


async def test_schedule_without_thread_and_guild_time_zone(ready: World, env: Env) -> None:
    world = ready
    await world.manager.slash(world.general, "setup region", region="UK", timezone="Europe/London")
    text = reply(
        await world.manager.slash(
            world.general,
            "prompts schedule",
            channel=world.general,
            days="weekdays",
            time="6:30pm",
            thread=False,
        )
    )
    assert "weekdays at 18:30 (Europe/London)" in text

    await until(env, datetime(2026, 1, 1, 18, 31, tzinfo=UTC))

    assert len(prompt_posts(world.general)) == 1
    assert world.general.threads == []


async def test_list_pause_resume_unschedule(ready: World, env: Env) -> None:
    world = ready
    first = await schedule(world)
    second = await schedule(world, days="tue-thu", time="18:30", timezone="UTC")

    shown = await listing(world)
    assert f"**#{first}**" in shown
    assert "Tue, Wed, Thu at 18:30 (UTC)" in shown

    assert "paused" in reply(
        await world.facilitator.slash(world.general, "prompts pause", id=first)
    )
    assert "already paused" in reply(
        await world.facilitator.slash(world.general, "prompts pause", id=first)
    )
    await world.facilitator.slash(world.general, "prompts unschedule", id=second)
    await until(env, datetime(2026, 1, 1, 19, tzinfo=UTC))
    assert prompt_posts(world.general) == []  # paused at 14:00, deleted at 18:30

    shown = await listing(world)
    assert "⏸ Paused" in shown
    assert f"**#{second}**" not in shown

    assert "running again" in reply(
        await world.facilitator.slash(world.general, "prompts resume", id=first)
    )
    # Resuming does not post what was missed while paused; the next day it posts again.
    await until(env, datetime(2026, 1, 2, 14, 1, tzinfo=UTC))
    assert len(prompt_posts(world.general)) == 1


@pytest.mark.soak  # a year of virtual time: slow; `make soak` runs it
@pytest.mark.simcord(settle_timeout=30)
async def test_local_time_holds_across_both_dst_changes_for_a_year(ready: World, env: Env) -> None:
    world = ready
    night = world.guild.create_text_channel("night-owls")
    await schedule(world, time="9am", thread=False)
    await schedule(world, channel=night, time="1:30am", thread=False)
    without_heartbeat(env)

    await until(env, datetime(2027, 1, 1, tzinfo=UTC))

    new_york = ZoneInfo("America/New_York")
    for channel, local in ((world.general, time(9, 0)), (night, time(1, 30))):
        posts = prompt_posts(channel)
        days = [post.created_at.astimezone(new_york).date() for post in posts]
        assert len(days) == len(set(days)) == 365  # one post per local day, none doubled
        assert all(post.created_at.astimezone(new_york).time() == local for post in posts)
    by_day = {post.created_at.date(): post.created_at for post in prompt_posts(world.general)}
    assert by_day[date(2026, 3, 7)] == datetime(2026, 3, 7, 14, tzinfo=UTC)  # EST
    assert by_day[date(2026, 3, 8)] == datetime(2026, 3, 8, 13, tzinfo=UTC)  # EDT
    assert by_day[date(2026, 10, 31)] == datetime(2026, 10, 31, 13, tzinfo=UTC)  # EDT
    assert by_day[date(2026, 11, 1)] == datetime(2026, 11, 1, 14, tzinfo=UTC)  # EST
    # 01:30 happens twice on 1 November: one post, at the first (daylight-time) 01:30.
    first_of_november = [
        post.created_at
        for post in prompt_posts(night)
        if post.created_at.astimezone(new_york).date() == date(2026, 11, 1)
    ]
    assert first_of_november == [datetime(2026, 11, 1, 5, 30, tzinfo=UTC)]

    # A year of daily posts from the whole library: no prompt repeats within a full cycle.
    shown = [
        (post.embeds[0].title, post.embeds[0].description) for post in prompt_posts(world.general)
    ]
    size = len(LIBRARY.prompts)
    assert size <= 365
    for start in range(0, len(shown) - size + 1, size):
        assert len(set(shown[start : start + size])) == size


async def test_a_time_skipped_by_the_spring_change_posts_as_the_clocks_change(
    ready: World, env: Env
) -> None:
    world = ready
    text = reply(
        await world.facilitator.slash(
            world.general,
            "prompts schedule",
            channel=world.general,
            days="sun",
            time="2:30am",
            timezone="America/New_York",
            thread=False,
        )
    )
    assert "skipped when the clocks go forward" in text  # the facilitator is told up front
    without_heartbeat(env)

    await until(env, datetime(2026, 3, 16, tzinfo=UTC))

    sundays = [post.created_at for post in prompt_posts(world.general)][-3:]
    assert sundays == [
        datetime(2026, 3, 1, 7, 30, tzinfo=UTC),  # 02:30 EST
        datetime(2026, 3, 8, 7, tzinfo=UTC),  # 03:00 EDT: 02:30 does not exist that night
        datetime(2026, 3, 15, 6, 30, tzinfo=UTC),  # 02:30 EDT
    ]


# Restarts -------------------------------------------------------------------------------------


async def test_restart_after_a_post_does_not_post_again(
    ready: World, env: Env, restart: Restart
) -> None:
    world = ready
    await schedule(world)
    await until(env, datetime(2026, 1, 1, 14, 5, tzinfo=UTC))
    assert len(prompt_posts(world.general)) == 1

    await restart()
    await env.advance_time(600)

    assert len(prompt_posts(world.general)) == 1


async def test_jobs_are_rebuilt_at_start_up(ready: World, env: Env, restart: Restart) -> None:
    world = ready
    await schedule(world)
    bot = await restart()

    assert bot.services.scheduler.get_job("prompt-schedule-1") is not None
    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))
    assert len(prompt_posts(world.general)) == 1


async def test_missed_within_grace_is_posted_once_late(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    await schedule(world)

    await offline_until(env, settings, datetime(2026, 1, 1, 14, 20, tzinfo=UTC))
    await env.advance_time(60)

    posts = prompt_posts(world.general)
    assert len(posts) == 1
    assert posts[0].created_at == datetime(2026, 1, 1, 14, 20, tzinfo=UTC)
    await env.advance_time(3600)
    assert len(prompt_posts(world.general)) == 1


async def test_missed_beyond_grace_is_skipped_and_recorded(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    schedule_id = await schedule(world)

    await offline_until(env, settings, datetime(2026, 1, 1, 14, 45, tzinfo=UTC))
    await env.advance_time(60)

    assert prompt_posts(world.general) == []
    assert await store(env).posts(schedule_id) == [(NINE_AM_NEW_YORK, PostStatus.SKIPPED)]


async def test_claimed_occurrence_is_never_attempted_again(
    ready: World, env: Env, settings: Settings
) -> None:
    world = ready
    schedule_id = await schedule(world)
    prompts = store(env)
    row = await prompts.schedule(schedule_id)
    assert row is not None
    # Crash exactly between the database write and the Discord call: the row exists, the
    # message does not. After a restart within grace, the occurrence stays unposted.
    claimed = await prompts.claim(row, NINE_AM_NEW_YORK, LIBRARY.prompts[0].id, env.now())
    assert claimed is not None

    await offline_until(env, settings, datetime(2026, 1, 1, 14, 10, tzinfo=UTC))
    await env.advance_time(600)

    assert prompt_posts(world.general) == []
    assert await store(env).posts(schedule_id) == [(NINE_AM_NEW_YORK, PostStatus.CLAIMED)]


# Broken channels ------------------------------------------------------------------------------


async def test_forbidden_post_marks_the_schedule_broken_and_tells_the_modlog(
    ready: World, env: Env
) -> None:
    world = ready
    schedule_id = await schedule(world)
    env.inject_error(
        "POST", f"/channels/{world.general.id}/messages", status=403, code=50013, times=None
    )

    await until(env, datetime(2026, 1, 2, 14, 5, tzinfo=UTC))  # two occurrences pass

    attempts = [
        entry
        for entry in env.http_requests
        if entry.method == "POST" and entry.path == f"/channels/{world.general.id}/messages"
    ]
    assert len(attempts) == 1  # no retrying a refusal, and no second day
    logged = notes(world.modlog)
    assert len(logged) == 1
    assert f"Prompt schedule #{schedule_id}" in logged[0]
    assert f"/prompts resume id:{schedule_id}" in logged[0]
    shown = await listing(world)
    assert "⚠️ Stopped" in shown


async def test_lost_permission_is_named_and_resume_revives(ready: World, env: Env) -> None:
    world = ready
    schedule_id = await schedule(world)
    bot_id = env.backend.bot_user.id
    env.backend.set_overwrite(
        world.general.id,
        Overwrite(
            target_id=bot_id,
            type=OverwriteType.MEMBER,
            allow=0,
            deny=discord.Permissions(send_messages=True).value,
        ),
    )

    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))

    assert prompt_posts(world.general) == []
    assert "I'm missing Send Messages in #general" in notes(world.modlog)[0]
    refused = reply(await world.facilitator.slash(world.general, "prompts resume", id=schedule_id))
    assert "missing Send Messages" in refused

    env.backend.delete_overwrite(world.general.id, bot_id)
    await env.advance_time(1)
    assert "running again" in reply(
        await world.facilitator.slash(world.general, "prompts resume", id=schedule_id)
    )
    await until(env, datetime(2026, 1, 2, 14, 1, tzinfo=UTC))
    assert len(prompt_posts(world.general)) == 1


async def test_lost_thread_permission_still_posts_the_prompt(ready: World, env: Env) -> None:
    world = ready
    await schedule(world)
    env.backend.set_overwrite(
        world.general.id,
        Overwrite(
            target_id=env.backend.bot_user.id,
            type=OverwriteType.MEMBER,
            allow=0,
            deny=discord.Permissions(create_public_threads=True).value,
        ),
    )

    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))

    assert len(prompt_posts(world.general)) == 1
    assert world.general.threads == []
    assert notes(world.modlog) == []


async def test_a_server_error_is_retried_and_posts_once(ready: World, env: Env) -> None:
    world = ready
    await schedule(world)
    env.inject_error("POST", f"/channels/{world.general.id}/messages", status=500, times=1)

    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))

    posts = prompt_posts(world.general)
    assert len(posts) == 1
    assert posts[0].created_at > NINE_AM_NEW_YORK  # after a short back-off
    assert notes(world.modlog) == []


async def test_deleted_channel_marks_the_schedule_broken(ready: World, env: Env) -> None:
    world = ready
    group = world.guild.create_text_channel("group-b")
    schedule_id = await schedule(world, channel=group)
    env.backend.delete_channel(group.id)

    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))

    logged = notes(world.modlog)
    assert len(logged) == 1
    assert "deleted" in logged[0]
    assert f"#{schedule_id}" in logged[0]


async def test_a_broken_library_does_not_take_the_bot_down(
    ready: World, env: Env, restart: Restart, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = ready
    await schedule(world)

    def broken(directory: object = None) -> None:
        raise LibraryError("sleep.toml: `label` must be non-empty text")

    # Wherever the restarted bot looks the loader up (the cog module may be imported afresh).
    monkeypatch.setattr("bot.prompts.library.load_library", broken)
    loaded = sys.modules.get("cogs.prompts.commands")
    if loaded is not None:
        monkeypatch.setattr(loaded, "load_library", broken)
    await restart()

    # Everything else still works, and /prompts explains instead of failing.
    shown = embed_of(await world.manager.slash(world.general, "setup show"))
    assert shown.title == "Lantern setup"
    assert "isn't available" in reply(await world.facilitator.slash(world.general, "prompts add"))
    assert "**#1**" in await listing(world)
    await until(env, datetime(2026, 1, 1, 14, 1, tzinfo=UTC))
    assert prompt_posts(world.general) == []  # nothing eligible: skipped, not crashed


# Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"days": "someday"}, "as a day"),
        ({"days": ""}, "which days"),
        ({"time": "25:00"}, "isn't a time I understand"),
        ({"time": "noonish"}, "isn't a time I understand"),
        ({"timezone": "Mars/Olympus_Mons"}, "not a time zone I know"),
        ({"topic": "astrology"}, "isn't one of the topics"),
    ],
)
async def test_bad_schedule_input_is_refused_kindly_and_changes_nothing(
    ready: World, options: dict[str, str], message: str
) -> None:
    world = ready
    values = {"days": "daily", "time": "9am", "timezone": "UTC", **options}
    text = reply(
        await world.facilitator.slash(
            world.general, "prompts schedule", channel=world.general, **values
        )
    )
    assert message in text
    listed = embed_of(await world.facilitator.slash(world.general, "prompts list"))
    assert "No schedules yet" in (listed.description or "")


async def test_channel_the_bot_cannot_post_in_is_refused_naming_the_permission(
    ready: World,
) -> None:
    world = ready
    me = world.guild.me
    assert me is not None
    quiet = world.guild.create_text_channel(
        "quiet", overwrites={me: discord.PermissionOverwrite(send_messages=False)}
    )
    text = reply(
        await world.facilitator.slash(
            world.general, "prompts schedule", channel=quiet, days="daily", time="9am"
        )
    )
    assert "I'm missing Send Messages" in text
    text = reply(await world.facilitator.slash(world.general, "prompts post", channel=quiet))
    assert "I'm missing Send Messages" in text
    assert prompt_posts(quiet) == []


# Custom prompts, posting now, preview ---------------------------------------------------------


async def test_custom_prompt_added_edited_posted_and_pings_nobody(ready: World, env: Env) -> None:
    world = ready
    shown = await world.facilitator.slash(world.general, "prompts add")
    assert shown.modal is not None
    saved = await world.facilitator.submit_modal(
        shown,
        {
            "title": "Our check-in ritual",
            "body": f"Hello @everyone and {world.participant_role.mention} and {world.counselor.mention}.",
            "question": "What do you bring today?",
            "exercise": "",
            "topic": [TOPIC.slug],
        },
    )
    assert "Saved as `custom-1`" in reply(saved)

    shown = await world.facilitator.slash(world.general, "prompts edit", id="custom-1")
    assert shown.modal is not None
    assert "Our check-in ritual" in str(shown.modal)  # the form opens pre-filled
    edited = await world.facilitator.submit_modal(
        shown,
        {
            "title": "Our ritual",
            "body": f"Hello @everyone and {world.participant_role.mention}.",
            "question": "What do you bring today?",
            "exercise": "Breathe in for four.",
            "topic": [TOPIC.slug],
        },
    )
    assert "Updated as `custom-1`" in reply(edited)

    choices = await world.facilitator.autocomplete(
        world.general, "prompts post", "prompt", "ritual", channel=world.general
    )
    assert [choice["value"] for choice in choices] == ["custom-1"]
    posted = await world.facilitator.slash(
        world.general, "prompts post", channel=world.general, prompt="custom-1"
    )
    assert "Posted `custom-1`" in reply(posted)

    post = prompt_posts(world.general)[-1]
    assert post.embeds[0].title == "Our ritual"
    assert post.embeds[0].fields[1].value == "Breathe in for four."
    assert not post.mention_everyone
    assert post.role_mentions == []
    assert post.mentions == []
    sent = [
        entry.json
        for entry in env.http_requests
        if entry.method == "POST" and entry.path == f"/channels/{world.general.id}/messages"
    ]
    assert sent[-1] is not None
    assert sent[-1]["allowed_mentions"] == {"parse": []}

    assert "Removed `custom-1`" in reply(
        await world.facilitator.slash(world.general, "prompts remove", id="custom-1")
    )
    assert "can't find" in reply(
        await world.facilitator.slash(
            world.general, "prompts post", channel=world.general, prompt="custom-1"
        )
    )


async def test_custom_prompt_validation_is_kind(ready: World) -> None:
    world = ready
    shown = await world.facilitator.slash(world.general, "prompts add")
    result = await world.facilitator.submit_modal(
        shown,
        {"title": "   ", "body": "Text", "question": "Q?", "topic": [TOPIC.slug]},
    )
    assert "title can't be empty" in reply(result)
    assert "Built-in prompts can't be edited" in reply(
        await world.facilitator.slash(world.general, "prompts edit", id=LIBRARY.prompts[0].id)
    )


async def test_disabled_built_ins_are_skipped(ready: World) -> None:
    world = ready
    target = LIBRARY.prompts[0]
    assert "switched off" in reply(
        await world.facilitator.slash(world.general, "prompts disable", id=target.id)
    )
    assert "switched off for this server" in reply(
        await world.facilitator.slash(
            world.general, "prompts post", channel=world.general, prompt=target.id
        )
    )
    choices = await world.facilitator.autocomplete(world.general, "prompts enable", "id", "")
    assert [choice["value"] for choice in choices] == [target.id]
    assert "switched on again" in reply(
        await world.facilitator.slash(world.general, "prompts enable", id=target.id)
    )


async def test_preview_is_private_and_post_now_follows_rotation(ready: World) -> None:
    world = ready
    preview = await world.facilitator.slash(world.general, "prompts preview", topic=TOPIC.slug)
    assert preview.ephemeral
    previewed = embed_of(preview).title
    assert prompt_posts(world.general) == []

    await world.facilitator.slash(
        world.general, "prompts post", channel=world.general, topic=TOPIC.slug
    )
    await world.facilitator.slash(
        world.general, "prompts post", channel=world.general, topic=TOPIC.slug
    )

    titles = [post.embeds[0].title for post in prompt_posts(world.general)]
    assert titles[0] == previewed
    assert titles[0] != titles[1]


async def test_autocomplete_topics_and_time_zones(ready: World) -> None:
    world = ready
    topics = await world.facilitator.autocomplete(
        world.general,
        "prompts schedule",
        "topic",
        "",
        channel=world.general,
        days="daily",
        time="9",
    )
    assert [choice["value"] for choice in topics] == [topic.slug for topic in LIBRARY.topics]
    zones = await world.facilitator.autocomplete(
        world.general,
        "prompts schedule",
        "timezone",
        "new_y",
        channel=world.general,
        days="daily",
        time="9",
    )
    assert "America/New_York" in [choice["value"] for choice in zones]


# Who may do what ------------------------------------------------------------------------------

COMMANDS: list[tuple[str, dict[str, Any]]] = [
    ("prompts add", {}),
    ("prompts edit", {"id": "custom-1"}),
    ("prompts remove", {"id": "custom-1"}),
    ("prompts disable", {"id": LIBRARY.prompts[0].id}),
    ("prompts enable", {"id": LIBRARY.prompts[0].id}),
    ("prompts schedule", {"days": "daily", "time": "9am"}),
    ("prompts list", {}),
    ("prompts pause", {"id": 1}),
    ("prompts resume", {"id": 1}),
    ("prompts unschedule", {"id": 1}),
    ("prompts preview", {}),
    ("prompts post", {}),
]


@pytest.mark.parametrize(("command", "options"), COMMANDS)
async def test_participants_and_outsiders_are_refused_and_nothing_changes(
    ready: World, env: Env, command: str, options: dict[str, Any]
) -> None:
    world = ready
    await schedule(world)  # schedule #1 exists and is active
    saved = await world.facilitator.submit_modal(
        await world.facilitator.slash(world.general, "prompts add"),
        {"title": "Ours", "body": "Text", "question": "Q?", "topic": [TOPIC.slug]},
    )
    assert "custom-1" in reply(saved)
    if command in {"prompts schedule", "prompts post"}:
        options = {"channel": world.general, **options}
    before = len(env.http_requests)

    for member in (world.participant, world.outsider):
        result = await member.slash(world.general, command, **options)
        assert result.modal is None
        assert "only facilitators" in reply(result)

    # Only the refusals were sent: no post, no thread, no modal.
    made = [entry for entry in env.http_requests[before:] if "/interactions/" not in entry.path]
    assert made == []
    shown = await listing(world)
    assert "**#1**" in shown
    assert "Next:" in shown
    assert "1 of your own" in shown
    assert "(0 switched off)" in shown
    assert prompt_posts(world.general) == []


@pytest.mark.parametrize("who", ["facilitator", "manager"])
async def test_facilitators_and_managers_are_allowed(ready: World, who: str) -> None:
    world = ready
    member = getattr(world, who)
    text = reply(
        await member.slash(
            world.general, "prompts schedule", channel=world.general, days="daily", time="9am"
        )
    )
    assert "Schedule #1 saved" in text
    listed = embed_of(await member.slash(world.general, "prompts list"))
    assert listed.title == "Prompt schedules"
    assert (await member.slash(world.general, "prompts add")).modal is not None
    assert "Posted" in reply(
        await member.slash(world.general, "prompts post", channel=world.general)
    )
