"""The groups services on a real, migrated SQLite file: records, versions, limits, catch-up."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import FixedClock
from bot.content import load_default_guidelines
from bot.db import Database
from bot.errors import InvalidInput
from bot.groups.consent import Agreement
from bot.groups.feature import Groups
from bot.groups.model import GuidelinesPost, SessionState
from bot.groups.moderation import Finding, Rule
from bot.store.guilds import GuildConfigStore
from tests.unit.groups.conftest import CHANNEL, GUILD, MEMBER, PSEUDONYM_KEY

DEFAULT = load_default_guidelines()
PHONE = Finding(Rule.CONTACT, "a phone number", "555-0134")
INSULT = Finding(Rule.HARASSMENT, "words aimed at hurting someone", "you're pathetic")


async def test_group_channels_are_indexed_in_memory(groups: Groups, db: Database) -> None:
    await groups.channels.register(GUILD, CHANNEL, "evening", created_by=1)
    assert groups.channels.is_group(CHANNEL)
    assert groups.channels.is_group(999, parent_id=CHANNEL)  # a thread of the group
    assert groups.channels.active_in(GUILD) == [CHANNEL]
    reloaded = await Groups.build(
        db=db,
        guilds=GuildConfigStore(db),
        sealer=groups.moderation._sealer,
        clock=FixedClock(datetime(2026, 1, 2, tzinfo=UTC)),
        pseudonym_key=PSEUDONYM_KEY,
    )
    assert reloaded.channels.is_group(CHANNEL)
    await groups.channels.archive(GUILD, CHANNEL)
    assert not groups.channels.is_group(CHANNEL)
    with pytest.raises(InvalidInput, match="archived"):
        await groups.channels.get_active(GUILD, CHANNEL)
    with pytest.raises(InvalidInput, match="isn't a group channel"):
        await groups.channels.get(GUILD + 1, CHANNEL)  # another guild's channel


async def test_excluding_refuses_groups_and_staff_channels(groups: Groups, db: Database) -> None:
    await groups.channels.register(GUILD, CHANNEL, "evening", created_by=1)
    with pytest.raises(InvalidInput, match="always watched"):
        await groups.channels.set_excluded(GUILD, CHANNEL, True)
    config = await groups.channels.set_excluded(GUILD, 77, True)
    assert config.excluded_channel_ids == (77,)
    assert not config.monitored(77)
    config = await groups.channels.set_excluded(GUILD, 77, False)
    assert config.excluded_channel_ids == ()


async def test_guidelines_versions_and_consent(groups: Groups) -> None:
    service = groups.guidelines
    current = await service.current(GUILD)
    assert (current.version, current.custom) == (DEFAULT.version, False)
    assert service.settled(GUILD, MEMBER)  # nothing posted yet: nothing to enforce

    await service.record_post(GuidelinesPost(GUILD, CHANNEL, 55, current.version))
    assert service.enforced(GUILD)
    assert not service.settled(GUILD, MEMBER)
    assert (await service.agree(GUILD, MEMBER, current.version)).outcome is Agreement.AGREED
    assert service.settled(GUILD, MEMBER)
    assert await service.has_agreed(GUILD, MEMBER)

    edited = await service.edit(GUILD, "Ours", "Be kind.", edited_by=1)
    assert edited.version == DEFAULT.version + 1
    assert not service.settled(GUILD, MEMBER)  # the bump unsettles everyone
    assert not await service.has_agreed(GUILD, MEMBER)
    old = await service.agree(GUILD, MEMBER, current.version)
    assert old.outcome is Agreement.OUTDATED
    assert old.current.version == edited.version
    assert (await service.agree(GUILD, MEMBER, edited.version)).outcome is Agreement.AGREED
    assert [row["guidelines_version"] for row in await service.export(GUILD, MEMBER)] == [
        DEFAULT.version,
        edited.version,
    ]
    assert await service.forget(GUILD, MEMBER) == 2
    assert not await service.has_agreed(GUILD, MEMBER)


@pytest.mark.parametrize(
    ("text", "message"), [("   ", "can't be empty"), ("x" * 3801, "up to 3,800")]
)
async def test_guidelines_edits_are_validated(groups: Groups, text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        await groups.guidelines.edit(GUILD, "Title", text, edited_by=1)
    assert (await groups.guidelines.current(GUILD)).custom is False


async def test_harassment_warnings_count_within_the_window(
    groups: Groups, clock: FixedClock
) -> None:
    service = groups.moderation

    async def warn() -> int | None:
        recorded = await service.record_message(
            guild_id=GUILD,
            channel_id=CHANNEL,
            message_id=1,
            member_id=MEMBER,
            findings=[INSULT],
            text="you're pathetic",
        )
        return recorded.decision.warning

    assert await warn() == 1
    assert await warn() == 2
    clock.advance(timedelta(hours=25).total_seconds())  # the window is a day
    assert await warn() == 1


async def test_actions_store_a_sealed_excerpt_and_can_be_exported_and_forgotten(
    groups: Groups, clock: FixedClock
) -> None:
    service = groups.moderation
    recorded = await service.record_message(
        guild_id=GUILD,
        channel_id=CHANNEL,
        message_id=9,
        member_id=MEMBER,
        findings=[PHONE],
        text="call me at 555-0134",
    )
    sealed = await service._store.sealed_excerpt(recorded.action_id)
    assert sealed
    assert "555" not in sealed
    exported = await service.export(GUILD, MEMBER)
    assert exported[0]["rule"] == "contact"
    assert "555" not in str(exported)
    assert await service.purge(clock.now() + timedelta(days=31), True, 30) == 1
    assert await service.purge(clock.now() + timedelta(days=31), False, 30) == 1
    assert await service._store.sealed_excerpt(recorded.action_id) is None
    assert await service.forget(GUILD, MEMBER) == 1


async def test_blocked_shares_are_recorded_without_the_member(groups: Groups) -> None:
    recorded = await groups.moderation.record_blocked_share(
        guild_id=GUILD, channel_id=CHANNEL, pseudonym="Quiet Heron", findings=[PHONE], text="x"
    )
    [action] = await groups.moderation.recent(GUILD)
    assert action.id == recorded.action_id
    assert action.member_id is None
    assert action.pseudonym == "Quiet Heron"


async def test_share_rate_limit_slides_and_gives_back(groups: Groups, clock: FixedClock) -> None:
    service = groups.moderation
    marks = [await service.take_share(GUILD, MEMBER) for _ in range(3)]
    with pytest.raises(InvalidInput, match="up to 3 times an hour"):
        await service.take_share(GUILD, MEMBER)
    await service.give_back_share(marks[-1])
    await service.take_share(GUILD, MEMBER)
    await service.check_share_allowance(GUILD, MEMBER + 1)  # others are not affected
    clock.advance(3601)
    await service.take_share(GUILD, MEMBER)
    rows = await service._store.db.fetchall("SELECT member_key FROM group_share_marks")
    assert all(str(MEMBER) not in row["member_key"] for row in rows)


async def test_moderation_settings_persist(groups: Groups, db: Database, clock: FixedClock) -> None:
    await groups.moderation.switch(GUILD, Rule.SPAM, False)
    await groups.moderation.set_limits(GUILD, timeout_minutes=5, modlog_excerpts=True)
    reloaded = await Groups.build(
        db=db,
        guilds=GuildConfigStore(db),
        sealer=groups.moderation._sealer,
        clock=clock,
        pseudonym_key=PSEUDONYM_KEY,
    )
    settings = reloaded.moderation.settings(GUILD)
    assert Rule.SPAM not in settings.enabled
    assert Rule.CONTACT in settings.enabled
    assert settings.timeout_minutes == 5
    assert settings.modlog_excerpts


async def test_sessions_schedule_and_missed_changes(groups: Groups, clock: FixedClock) -> None:
    await groups.channels.register(GUILD, CHANNEL, "evening", created_by=1)
    saved = await groups.sessions.schedule(
        guild_id=GUILD,
        channel_id=CHANNEL,
        days="daily",
        opens="13:00",
        closes="14:00",
        timezone="UTC",
        created_by=1,
    )
    assert await groups.sessions.missed_changes(clock.now()) == []  # nothing since creation
    # 13:30: the opening was missed, but the group is already open.
    assert await groups.sessions.missed_changes(clock.now() + timedelta(hours=1.5)) == []
    # 14:30: the closing was missed.
    [missed] = await groups.sessions.missed_changes(clock.now() + timedelta(hours=2.5))
    assert (missed.channel_id, missed.state) == (CHANNEL, SessionState.CLOSED)
    assert missed.schedule.id == saved.id

    clock.advance(timedelta(hours=2.5).total_seconds())
    await groups.sessions.set_state(GUILD, CHANNEL, SessionState.CLOSED)
    assert await groups.sessions.missed_changes(clock.now()) == []
    current = await groups.sessions.current_session(GUILD, CHANNEL, clock.now())
    assert current is None
    upcoming = await groups.sessions.next_opening(GUILD, CHANNEL, clock.now())
    assert upcoming is not None
    assert upcoming[1] == datetime(2026, 1, 2, 13, tzinfo=UTC)

    await groups.sessions.unschedule(GUILD, saved.id)
    with pytest.raises(InvalidInput, match="no session schedule"):
        await groups.sessions.unschedule(GUILD, saved.id)


async def test_sessions_need_an_active_group_and_use_the_guild_zone(
    groups: Groups, db: Database, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput, match="isn't a group channel"):
        await groups.sessions.schedule(
            guild_id=GUILD,
            channel_id=CHANNEL,
            days="mon",
            opens="9am",
            closes="10am",
            timezone=None,
            created_by=1,
        )
    await GuildConfigStore(db).update(GUILD, clock.now(), timezone="Europe/Berlin")
    await groups.channels.register(GUILD, CHANNEL, "evening", created_by=1)
    saved = await groups.sessions.schedule(
        guild_id=GUILD,
        channel_id=CHANNEL,
        days="mon",
        opens="9am",
        closes="10am",
        timezone=None,
        created_by=1,
    )
    assert saved.times.timezone == "Europe/Berlin"
    assert (await groups.sessions.get(GUILD, saved.id)).times == saved.times
