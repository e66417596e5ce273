"""The prompt service on a real SQLite file: catalogue, schedules, rotation and catch-up."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import FixedClock
from bot.db import Database
from bot.errors import InvalidInput
from bot.prompts.custom import PromptDraft
from bot.prompts.model import PostStatus, Schedule, ScheduleStatus
from bot.prompts.service import PromptService
from bot.store.guilds import GuildConfigStore
from bot.store.prompts import PromptStore
from tests.unit.prompts.conftest import CHANNEL, FACILITATOR, GUILD, START

DRAFT = PromptDraft(topic="sleep", title="My own", body="Text.", question="Why?", exercise=None)


async def _daily(service: PromptService, time: str = "13:00", **changes: object) -> Schedule:
    options: dict[str, object] = {
        "guild_id": GUILD,
        "channel_id": CHANNEL,
        "days": "daily",
        "time_of_day": time,
        "topic": None,
        "thread": None,
        "timezone": "UTC",
        "actor_id": FACILITATOR,
    }
    options.update(changes)
    return await service.create_schedule(**options)  # type: ignore[arg-type]


def _at(clock: FixedClock, when: datetime) -> None:
    clock.advance((when - clock.now()).total_seconds())


# Catalogue ------------------------------------------------------------------------------------


async def test_custom_prompts_get_guild_numbers_that_are_never_reused(
    service: PromptService,
) -> None:
    first = await service.catalogue.add_custom(GUILD, DRAFT, FACILITATOR)
    second = await service.catalogue.add_custom(GUILD, DRAFT, FACILITATOR)
    other_guild = await service.catalogue.add_custom(GUILD + 1, DRAFT, FACILITATOR)
    assert (first.id, second.id, other_guild.id) == ("custom-1", "custom-2", "custom-1")
    assert not first.builtin

    await service.catalogue.remove_custom(GUILD, "custom-2")
    third = await service.catalogue.add_custom(GUILD, DRAFT, FACILITATOR)
    assert third.id == "custom-3"
    with pytest.raises(InvalidInput, match="find a prompt"):
        await service.catalogue.find(GUILD, "custom-2")


async def test_editing_keeps_the_id_and_validates(service: PromptService) -> None:
    added = await service.catalogue.add_custom(GUILD, DRAFT, FACILITATOR)
    edited = await service.catalogue.edit_custom(
        GUILD, added.id, PromptDraft("cravings", "New title", "New text.", "New?", "Do this.")
    )
    assert (edited.id, edited.topic, edited.title, edited.exercise) == (
        "custom-1",
        "cravings",
        "New title",
        "Do this.",
    )
    with pytest.raises(InvalidInput, match="limit is 1,200"):
        await service.catalogue.edit_custom(
            GUILD, added.id, PromptDraft("sleep", "t", "x" * 1201, "q")
        )
    assert (await service.catalogue.find(GUILD, "custom-1")).title == "New title"  # unchanged
    with pytest.raises(InvalidInput, match="Built-in prompts can't be edited"):
        await service.catalogue.custom_for_edit(GUILD, "sleep-1")


async def test_switching_built_ins_off_and_on(service: PromptService) -> None:
    prompt, changed = await service.catalogue.set_enabled(GUILD, "sleep-2", False, FACILITATOR)
    assert (prompt.id, changed) == ("sleep-2", True)
    assert (await service.catalogue.set_enabled(GUILD, "sleep-2", False, FACILITATOR))[1] is False
    eligible = {p.id for p in await service.catalogue.eligible(GUILD, ("sleep",))}
    assert eligible == {"sleep-1", "sleep-3"}
    assert {p.id for p in await service.catalogue.eligible(GUILD + 1, ("sleep",))} == {
        "sleep-1",
        "sleep-2",
        "sleep-3",
    }
    await service.catalogue.set_enabled(GUILD, "sleep-2", True, FACILITATOR)
    assert len(await service.catalogue.eligible(GUILD, ("sleep",))) == 3
    with pytest.raises(InvalidInput, match="find a prompt"):
        await service.catalogue.set_enabled(GUILD, "nope-1", False, FACILITATOR)
    with pytest.raises(InvalidInput, match="Only built-in"):
        await service.catalogue.set_enabled(GUILD, "custom-1", False, FACILITATOR)


# Schedules ------------------------------------------------------------------------------------


async def test_bad_schedule_input_stores_nothing(service: PromptService) -> None:
    for changes, message in [
        ({"days": "someday"}, "as a day"),
        ({"time_of_day": "25:00"}, "isn't a time"),
        ({"timezone": "Mars/Base"}, "not a time zone"),
        ({"topic": "astrology"}, "isn't one of the topics"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            await _daily(service, **changes)
    assert await service.schedules(GUILD) == []


async def test_schedule_defaults_to_the_guild_time_zone_and_setting(
    service: PromptService, db: Database, clock: FixedClock
) -> None:
    await GuildConfigStore(db).update(GUILD, clock.now(), timezone="America/New_York")
    created = await _daily(service, time="9am", timezone=None, topic="Sleep")
    assert created.timezone == "America/New_York"
    assert created.topics == ("sleep",)
    assert created.thread is True
    assert created.at.hour == 9
    assert service.next_occurrence(created) == datetime(2026, 1, 1, 14, tzinfo=UTC)
    assert "every day at 09:00 (America/New_York) · Sleep" in service.describe(created)


async def test_schedule_needs_something_to_post(service: PromptService) -> None:
    for n in (1, 2, 3):
        await service.catalogue.set_enabled(GUILD, f"sleep-{n}", False, FACILITATOR)
    with pytest.raises(InvalidInput, match="no prompts to post"):
        await _daily(service, topic="sleep")


async def test_pause_resume_and_unschedule_only_in_own_guild(service: PromptService) -> None:
    created = await _daily(service)
    with pytest.raises(InvalidInput, match="no prompt schedule #"):
        await service.pause(GUILD + 1, created.id)
    paused = await service.pause(GUILD, created.id)
    assert paused.status is ScheduleStatus.PAUSED
    with pytest.raises(InvalidInput, match="already paused"):
        await service.pause(GUILD, created.id)
    assert await service.active_schedules() == []
    resumed = await service.resume(GUILD, created.id)
    assert resumed.status is ScheduleStatus.ACTIVE
    await service.unschedule(GUILD, created.id)
    assert await service.schedules(GUILD) == []


# Rotation through the service -----------------------------------------------------------------


async def _post_daily(
    service: PromptService, clock: FixedClock, schedule_id: int, days: int
) -> list[str]:
    posted: list[str] = []
    for _ in range(days):
        occurrence = (await service.schedule(schedule_id)).rule.next_after(clock.now())  # type: ignore[union-attr]
        _at(clock, occurrence)
        claim = await service.claim_due(schedule_id)
        assert claim is not None
        assert claim.occurrence == occurrence
        await service.posted(claim.post_id, message_id=len(posted) + 1)
        posted.append(claim.prompt.id)
    return posted


async def test_rotation_posts_every_eligible_prompt_before_repeating(
    service: PromptService, clock: FixedClock
) -> None:
    await service.catalogue.set_enabled(GUILD, "cravings-2", False, FACILITATOR)
    custom = await service.catalogue.add_custom(
        GUILD, PromptDraft("cravings", "Ours", "Text.", "Q?"), FACILITATOR
    )
    await service.catalogue.add_custom(GUILD + 1, DRAFT, FACILITATOR)  # another guild's: never here
    created = await _daily(service)
    eligible = {"sleep-1", "sleep-2", "sleep-3", "cravings-1", "cravings-3", custom.id}

    posted = await _post_daily(service, clock, created.id, 18)

    assert set(posted[:6]) == eligible
    assert set(posted[6:12]) == eligible
    assert set(posted[12:18]) == eligible
    assert posted[6:12] == posted[:6]  # least recently posted first: the same order each cycle


async def test_manual_posts_count_in_the_channel_rotation(
    service: PromptService, clock: FixedClock
) -> None:
    created = await _daily(service, topic="sleep")
    manual = await service.prepare_manual(GUILD, CHANNEL, "sleep", None)
    await service.posted(manual.post_id, 1)
    posted = await _post_daily(service, clock, created.id, 2)
    assert manual.prompt.id not in posted
    # A prompt picked by hand is recorded too, even out of turn.
    again = await service.prepare_manual(GUILD, CHANNEL, None, posted[0])
    assert again.prompt.id == posted[0]


async def test_disabled_prompt_cannot_be_posted_by_hand(service: PromptService) -> None:
    await service.catalogue.set_enabled(GUILD, "sleep-1", False, FACILITATOR)
    with pytest.raises(InvalidInput, match="switched off"):
        await service.prepare_manual(GUILD, CHANNEL, None, "sleep-1")


# Occurrences: at most once, missed ones within grace ------------------------------------------


async def test_an_occurrence_is_claimed_once(service: PromptService, clock: FixedClock) -> None:
    created = await _daily(service)  # 13:00 UTC daily; created at 12:00
    _at(clock, START + timedelta(hours=1))
    first = await service.claim_due(created.id)
    assert first is not None
    assert first.occurrence == datetime(2026, 1, 1, 13, tzinfo=UTC)
    assert not first.late
    # The same occurrence again (a second job run, or a restart before the post finished).
    assert await service.claim_due(created.id) is None
    clock.advance(60)
    assert await service.claim_due(created.id) is None


async def test_a_claimed_but_unfinished_post_is_not_repeated_after_a_restart(
    db: Database, service: PromptService, clock: FixedClock
) -> None:
    created = await _daily(service)
    _at(clock, START + timedelta(hours=1))
    claim = await service.claim_due(created.id)
    assert claim is not None  # ... and then the process died before posting.
    restarted = PromptService(
        store=PromptStore(db),
        library=service.library,
        clock=clock,
        guilds=GuildConfigStore(db),
        settings=service._settings,
    )
    clock.advance(120)
    assert await restarted.claim_due(created.id) is None
    assert await PromptStore(db).posts(created.id) == [(claim.occurrence, PostStatus.CLAIMED)]


async def test_missed_within_grace_is_posted_late_and_older_ones_are_skipped(
    service: PromptService, store: PromptStore, clock: FixedClock
) -> None:
    created = await _daily(service)
    # Offline from before the first occurrence until 20 minutes after the third.
    _at(clock, datetime(2026, 1, 3, 13, 20, tzinfo=UTC))
    claim = await service.claim_due(created.id)
    assert claim is not None
    assert claim.occurrence == datetime(2026, 1, 3, 13, tzinfo=UTC)
    assert claim.late
    assert await store.posts(created.id) == [
        (datetime(2026, 1, 1, 13, tzinfo=UTC), PostStatus.SKIPPED),
        (datetime(2026, 1, 2, 13, tzinfo=UTC), PostStatus.SKIPPED),
        (datetime(2026, 1, 3, 13, tzinfo=UTC), PostStatus.CLAIMED),
    ]


async def test_missed_beyond_grace_is_skipped_and_recorded(
    service: PromptService, store: PromptStore, clock: FixedClock
) -> None:
    created = await _daily(service)
    _at(clock, datetime(2026, 1, 1, 13, 31, tzinfo=UTC))
    assert await service.claim_due(created.id) is None
    assert await store.posts(created.id) == [
        (datetime(2026, 1, 1, 13, tzinfo=UTC), PostStatus.SKIPPED)
    ]
    # The next day posts normally.
    _at(clock, datetime(2026, 1, 2, 13, tzinfo=UTC))
    assert await service.claim_due(created.id) is not None


async def test_paused_time_is_not_caught_up_on_resume(
    service: PromptService, store: PromptStore, clock: FixedClock
) -> None:
    created = await _daily(service)
    await service.pause(GUILD, created.id)
    _at(clock, datetime(2026, 1, 3, 13, 10, tzinfo=UTC))
    assert await service.claim_due(created.id) is None  # paused: nothing
    await service.resume(GUILD, created.id)
    assert await service.claim_due(created.id) is None  # 13:00 was before the resume
    assert await store.posts(created.id) == []
    _at(clock, datetime(2026, 1, 4, 13, tzinfo=UTC))
    assert await service.claim_due(created.id) is not None


async def test_broken_schedules_stop_until_resumed(
    service: PromptService, clock: FixedClock
) -> None:
    created = await _daily(service)
    broken = await service.mark_broken(created.id, "I'm missing Send Messages in #general")
    assert broken is not None
    assert broken.status is ScheduleStatus.BROKEN
    assert broken.broken_reason == "I'm missing Send Messages in #general"
    _at(clock, datetime(2026, 1, 1, 13, tzinfo=UTC))
    assert await service.claim_due(created.id) is None
    assert await service.active_schedules() == []
    resumed = await service.resume(GUILD, created.id)
    assert resumed.broken_reason is None
    assert [s.id for s in await service.active_schedules()] == [created.id]


async def test_nothing_eligible_at_posting_time_is_skipped(
    service: PromptService, store: PromptStore, clock: FixedClock
) -> None:
    created = await _daily(service, topic="sleep")
    for n in (1, 2, 3):
        await service.catalogue.set_enabled(GUILD, f"sleep-{n}", False, FACILITATOR)
    _at(clock, datetime(2026, 1, 1, 13, tzinfo=UTC))
    assert await service.claim_due(created.id) is None
    assert await store.posts(created.id) == [
        (datetime(2026, 1, 1, 13, tzinfo=UTC), PostStatus.SKIPPED)
    ]


async def test_start_up_finds_only_schedules_that_missed_something(
    service: PromptService, clock: FixedClock
) -> None:
    early = await _daily(service, time="13:00")
    late = await _daily(service, time="20:00")
    assert await service.needing_catch_up() == []
    _at(clock, datetime(2026, 1, 1, 13, 10, tzinfo=UTC))
    assert await service.needing_catch_up() == [early.id]
    assert await service.claim_due(early.id) is not None
    assert await service.needing_catch_up() == []
    _at(clock, datetime(2026, 1, 1, 21, tzinfo=UTC))  # 20:00 missed by an hour: to be skipped
    assert await service.needing_catch_up() == [late.id]
    assert await service.claim_due(late.id) is None
    assert await service.needing_catch_up() == []
