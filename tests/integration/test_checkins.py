"""Behaviour: anonymous check-ins, trends without individuals, and data rights."""

import json
import re
import sqlite3
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import discord
import pytest
from simcord import Env
from simcord.actors import MemberActor

from bot.app import LanternBot
from bot.checkins.answers import Answers, Used
from tests.integration.clock import until, without_heartbeat
from tests.integration.conftest import World, configure
from tests.integration.test_escalation import alerts

PNG = b"\x89PNG\r\n\x1a\n"
DAY = 24 * 3600


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


async def check_in(
    member: MemberActor, world: World, mood: str, cravings: str, used: str = "no", note: str = ""
) -> object:
    """Run /checkin and submit the modal as the member."""
    shown = await member.slash(world.general, "checkin")
    assert shown.modal is not None
    values = {"mood": mood, "cravings": cravings, "used": used}
    if note:
        values["note"] = note
    return await member.submit_modal(shown, values)


def _bot(env: Env) -> LanternBot:
    assert isinstance(env.bot, LanternBot)
    return env.bot


async def test_database_holds_no_identity_after_checkins(ready: World, env: Env) -> None:
    world = ready
    people = [world.participant, world.facilitator, world.counselor, world.outsider]
    for number, member in enumerate(people):
        result = await check_in(member, world, str(5 + number), "3", note=f"slept badly {number}")
        assert result.ephemeral  # type: ignore[attr-defined]

    path = _bot(env).services.db.path
    await _bot(env).services.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for member in people:
        assert str(member.id).encode() not in raw
        assert member.id.to_bytes(8, "big", signed=True) not in raw
        assert member.id.to_bytes(8, "little", signed=True) not in raw
        assert member.name.encode() not in raw
    assert b"slept badly" not in raw  # notes are sealed
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 4


async def test_invalid_answers_are_refused_and_nothing_is_stored(ready: World, env: Env) -> None:
    world = ready
    for mood, cravings, used, expected in [
        ("lots", "3", "no", "Mood should be a whole number"),
        ("0", "3", "no", "Mood should be from 1 to 10"),
        ("5", "12", "no", "Cravings should be from 0 to 10"),
        ("5", "3", "maybe", "answer yes, no, or prefer not to say"),
    ]:
        result = await check_in(world.participant, world, mood, cravings, used)
        assert result.ephemeral  # type: ignore[attr-defined]
        assert expected in result.response.content  # type: ignore[attr-defined]
    rows = await _bot(env).services.db.fetchone("SELECT COUNT(*) FROM checkins")
    assert rows is not None
    assert rows[0] == 0


async def test_worrying_answer_offers_support_and_only_the_click_escalates(ready: World) -> None:
    world = ready
    result = await check_in(world.participant, world, "2", "9", "yes")

    response = result.response  # type: ignore[attr-defined]
    assert result.ephemeral  # type: ignore[attr-defined]
    assert "very low mood" in response.content
    assert response.embeds  # crisis resources
    assert alerts(world) == []  # nothing reaches counselors without the click

    await world.participant.click(response.message, label="Ask a counselor to reach out")

    found = alerts(world)
    assert len(found) == 1
    assert world.participant.mention in str(found[0].embeds[0].to_dict())
    assert "mood 2/10" in str(found[0].embeds[0].to_dict())


async def test_ordinary_answer_gets_a_thank_you_only(ready: World) -> None:
    result = await check_in(ready.participant, ready, "7", "2", "no")
    assert "Thank you for checking in" in result.response.content  # type: ignore[attr-defined]
    assert not result.response.embeds  # type: ignore[attr-defined]


async def test_critical_note_escalates_with_identity_by_default(ready: World) -> None:
    world = ready
    result = await check_in(
        world.participant, world, "3", "5", "no", note="I have the pills lined up for tonight"
    )
    assert "counselor has been alerted with your name" in result.response.content  # type: ignore[attr-defined]
    found = alerts(world)
    assert len(found) == 1
    assert world.participant.mention in str(found[0].embeds[0].to_dict())


async def test_critical_note_is_anonymous_when_policy_is_off(ready: World) -> None:
    world = ready
    await world.manager.slash(world.general, "checkins policy", reveal_on_critical=False)
    await check_in(
        world.participant, world, "3", "5", "no", note="I have the pills lined up for tonight"
    )
    found = alerts(world)
    assert len(found) == 1
    text = str(found[0].embeds[0].to_dict())
    assert world.participant.mention not in text
    assert str(world.participant.id) not in text
    assert "Anonymous participant" in text


async def summary_of(world: World, **options: object) -> tuple[str, object]:
    """The facilitator's /checkins summary: its text and the response."""
    result = await world.facilitator.slash(world.general, "checkins summary", **options)
    response = result.response  # type: ignore[union-attr]
    return response.embeds[0].description or "", response


def another_member(world: World, name: str) -> MemberActor:
    """One more participant in the server."""
    return world.guild.add_member(world.env.create_user(name), roles=[world.participant_role])


async def test_summary_suppresses_small_groups(ready: World) -> None:
    world = ready
    await check_in(world.participant, world, "4", "6")
    await check_in(world.outsider, world, "6", "2")
    await world.env.advance_time(DAY)
    description, response = await summary_of(world)
    assert "no group had 3 people check in" in description
    assert "mood 5.0" not in description
    assert not response.attachments  # type: ignore[attr-defined]

    await check_in(world.participant, world, "4", "6")
    await check_in(world.outsider, world, "6", "2")
    await check_in(world.counselor, world, "8", "1")
    await world.env.advance_time(DAY)
    description, response = await summary_of(world)
    assert "3 people · mood 6.0 · cravings 3.0" in description
    attachment = response.attachments[0]  # type: ignore[attr-defined]
    assert (await attachment.read()).startswith(PNG)


async def test_todays_checkins_are_not_shown_until_tomorrow(ready: World) -> None:
    """Were today shown, the figures before and after one person checked in would give their
    answers."""
    world = ready
    for member, mood in [(world.participant, "5"), (world.outsider, "6"), (world.counselor, "7")]:
        await check_in(member, world, mood, "3")
    before, _ = await summary_of(world)
    await check_in(another_member(world, "quinn"), world, "1", "10", "yes")
    after, _ = await summary_of(world)
    assert before == after
    assert "people ·" not in after  # nothing of today yet
    assert "today's check-ins appear tomorrow" in after

    await world.env.advance_time(DAY)
    tomorrow, _ = await summary_of(world)
    assert "4 people · mood 4.8 · cravings 4.8" in tomorrow


async def test_a_small_group_is_left_out_of_the_all_groups_figures(ready: World) -> None:
    """All groups minus the other groups would otherwise give the small group's answers."""
    world = ready
    small_group = world.guild.create_text_channel("group-a")
    for member, mood in [(world.participant, "4"), (world.outsider, "6"), (world.counselor, "8")]:
        await check_in(member, world, mood, "3")
    lone = another_member(world, "lone")
    shown = await lone.slash(small_group, "checkin")
    await lone.submit_modal(shown, {"mood": "2", "cravings": "9", "used": "yes"})
    await world.env.advance_time(DAY)

    alone, _ = await summary_of(world, channel=small_group)
    everyone, _ = await summary_of(world)
    general, _ = await summary_of(world, channel=world.general)
    assert "no group had 3 people check in" in alone
    assert "3 people · mood 6.0 · cravings 3.0" in general
    assert "3 people · mood 6.0 · cravings 3.0" in everyone


async def test_each_person_counts_once_a_day(ready: World) -> None:
    """Three check-ins from one person and one from each of two others are three people, and
    one person's 'yes' is not a share."""
    world = ready
    for _ in range(3):
        await check_in(world.participant, world, "2", "8", "yes")
    await check_in(world.outsider, world, "8", "2", "skip")
    await check_in(world.counselor, world, "8", "2", "skip")
    await world.env.advance_time(DAY)
    description, _ = await summary_of(world)
    assert "3 people · mood 6.0 · cravings 4.0 · used -" in description


async def test_a_share_of_everyone_used_is_not_shown(ready: World) -> None:
    world = ready
    for member in (world.participant, world.outsider, world.counselor):
        await check_in(member, world, "5", "5", "yes")
    await world.env.advance_time(DAY)
    description, _ = await summary_of(world)
    assert "3 people · mood 5.0 · cravings 5.0 · used -" in description

    for member in (world.participant, world.outsider, world.counselor):
        await check_in(member, world, "5", "5", "yes")
    await check_in(another_member(world, "quinn"), world, "5", "5", "no")
    await world.env.advance_time(DAY)
    description, _ = await summary_of(world)
    assert "4 people · mood 5.0 · cravings 5.0 · used 75%" in description


async def test_summary_is_for_facilitators_only(ready: World) -> None:
    result = await ready.participant.slash(ready.general, "checkins summary")
    assert result.ephemeral
    assert "only facilitators" in result.response.content  # type: ignore[union-attr]


async def test_history_shows_only_the_callers_data(ready: World) -> None:
    world = ready
    await check_in(world.participant, world, "4", "6")
    await check_in(world.participant, world, "5", "5")
    await check_in(world.outsider, world, "9", "0")

    result = await world.participant.slash(world.general, "checkins history")
    response = result.response
    assert result.ephemeral
    assert response is not None
    assert "2 check-ins" in (response.embeds[0].description or "")
    assert "streak: 1 day" in (response.embeds[0].description or "")
    assert (await response.attachments[0].read()).startswith(PNG)


async def test_forget_me_removes_only_the_callers_records(ready: World, env: Env) -> None:
    world = ready
    await check_in(world.participant, world, "4", "6")
    await check_in(world.outsider, world, "6", "2")

    shown = await world.participant.slash(world.general, "forget-me")
    assert shown.response is not None
    await world.participant.click(shown.response.message, label="Yes, delete my data")

    history = await world.participant.slash(world.general, "checkins history")
    assert "no check-ins" in history.response.content  # type: ignore[union-attr]
    other = await world.outsider.slash(world.general, "checkins history")
    assert other.response is not None
    assert "1 check-ins" in (other.response.embeds[0].description or "")


async def test_my_data_exports_own_checkins(ready: World) -> None:
    world = ready
    await check_in(world.participant, world, "4", "6", note="tough day")
    await check_in(world.outsider, world, "9", "0", note="someone else")

    result = await world.participant.slash(world.general, "my-data")
    assert result.ephemeral
    data = json.loads(await result.response.attachments[0].read())  # type: ignore[union-attr]
    assert [row["note"] for row in data["checkins"]] == ["tough day"]


async def test_reminder_posts_a_check_in_button_daily(ready: World, env: Env) -> None:
    world = ready
    await world.facilitator.slash(
        world.general, "checkins reminders", channel=world.general, time="00:30"
    )
    await env.advance_time(31 * 60)

    reminders = [m for m in world.general.history() if "Daily check-in" in m.content]
    assert len(reminders) == 1
    shown = await world.participant.click(reminders[0], label="Check in")
    assert shown.modal is not None

    bad = await world.facilitator.slash(
        world.general, "checkins reminders", channel=world.general, time="25:99"
    )
    assert "isn't a time I understand" in bad.response.content  # type: ignore[union-attr]


@pytest.mark.simcord(settle_timeout=30)
async def test_reminder_keeps_local_time_once_a_day_across_the_fall_change(
    ready: World, env: Env
) -> None:
    world = ready
    without_heartbeat(env)
    await world.manager.slash(
        world.general, "setup region", region="US", timezone="America/Chicago"
    )
    await until(env, datetime(2026, 10, 31, 12, tzinfo=UTC))
    await world.facilitator.slash(
        world.general, "checkins reminders", channel=world.general, time="01:30"
    )
    # The server moves to New York: the reminder follows the new time zone.
    await world.manager.slash(
        world.general, "setup region", region="US", timezone="America/New_York"
    )
    await until(env, datetime(2026, 11, 3, 12, tzinfo=UTC))

    new_york = ZoneInfo("America/New_York")
    posted = [
        message.created_at
        for message in world.general.history()
        if "Daily check-in" in message.content
    ]
    # 01:30 happens twice on 1 November: one reminder, at the first 01:30 (daylight time).
    assert sorted(posted) == [
        datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
        datetime(2026, 11, 2, 6, 30, tzinfo=UTC),
        datetime(2026, 11, 3, 6, 30, tzinfo=UTC),
    ]
    assert all(when.astimezone(new_york).time() == time(1, 30) for when in posted)


def member_field(message: discord.Message) -> str:
    """The "Member" field of an alert."""
    return next(f.value for f in message.embeds[0].fields if f.name == "Member")


async def test_a_signed_alert_does_not_name_anonymous_alerts_of_other_days(ready: World) -> None:
    """With the reveal policy off, a member asks a counselor to reach out after an anonymous
    alert: the counselor can pair those two, but the pseudonym of a later day is another one,
    so the member's later anonymous alerts stay anonymous."""
    world = ready
    await world.manager.slash(world.general, "checkins policy", reveal_on_critical=False)
    note = "I have the pills lined up for tonight"
    first = await check_in(world.participant, world, "2", "9", "yes", note=note)
    await world.participant.click(
        first.response.message,  # type: ignore[attr-defined]
        label="Ask a counselor to reach out",
    )
    day_one = alerts(world)
    anonymous = [m for m in day_one if "Anonymous participant" in member_field(m)]
    assert len(anonymous) == 1
    assert any(world.participant.mention in member_field(m) for m in day_one)
    label = re.search(r"check-in participant [0-9a-f]{6}", member_field(anonymous[0]))
    assert label is not None
    for message in day_one:
        await world.counselor.click(message, label="Acknowledge")

    await world.env.advance_time(3 * DAY)
    await check_in(world.participant, world, "2", "9", "yes", note=note)
    later = [m for m in alerts(world) if m.id not in {m.id for m in day_one}]
    assert len(later) == 1
    assert "Anonymous participant" in member_field(later[0])
    assert label[0] not in member_field(later[0])
    assert world.participant.mention not in member_field(later[0])


async def test_privacy_says_when_counselors_see_check_in_answers(ready: World) -> None:
    """/privacy once said nobody on staff could see answers, though a note suggesting danger
    reaches counselors with the member's name by default."""
    result = await ready.participant.slash(ready.general, "privacy")
    text = result.response.content  # type: ignore[union-attr]
    assert "Nobody in your group can see your answers" in text
    assert "Counselors see your answers only when you ask one to reach out" in text
    assert "on staff can see" not in text


async def linked_moods(env: Env, member_id: int) -> list[int]:
    """What a copy of the database alone gives away: the moods of the check-ins reached from
    an escalation naming the member, through the check-in row of the same channel and time."""
    db = _bot(env).services.db
    await db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with sqlite3.connect(db.path) as connection:
        rows = connection.execute(
            """SELECT DISTINCT c2.id, c2.mood FROM escalations e
               JOIN checkins c ON c.channel_id = e.channel_id AND c.guild_id = e.guild_id
                 AND abs(julianday(c.created_at) - julianday(e.created_at)) * 86400 < 5
               JOIN checkins c2 ON c2.participant_key = c.participant_key
               WHERE e.member_id = ? AND e.source = 'checkin' ORDER BY c2.id""",
            (member_id,),
        ).fetchall()
    return [mood for _, mood in rows]


async def test_a_named_alert_leads_to_no_anonymous_check_in_in_the_database(
    ready: World, env: Env
) -> None:
    """A critical note names the member (the default policy); the row it came from is signed,
    so a database copy leads from the alert to that row only, not to the member's other
    check-ins. The member still sees, exports and deletes all of them."""
    world = ready
    await check_in(world.participant, world, "6", "2")
    await world.env.advance_time(3600)
    await check_in(world.participant, world, "3", "5", note="I have the pills lined up for tonight")
    await world.env.advance_time(3600)
    await check_in(world.participant, world, "7", "1")
    assert len(alerts(world)) == 1
    assert await linked_moods(env, world.participant.id) == [3]

    history = await _bot(env).services.checkins.history(world.guild.id, world.participant.id, 7)
    assert [row.mood for row in history.checkins] == [6, 3, 7]
    forgotten = await _bot(env).services.checkins.forget(world.guild.id, world.participant.id)
    assert forgotten == 3


async def test_asking_a_counselor_signs_only_that_check_in(ready: World, env: Env) -> None:
    world = ready
    await check_in(world.participant, world, "6", "2")
    await world.env.advance_time(3600)
    asked = await check_in(world.participant, world, "2", "9", "yes")
    await world.participant.click(
        asked.response.message,  # type: ignore[attr-defined]
        label="Ask a counselor to reach out",
    )
    await world.env.advance_time(3600)
    await check_in(world.participant, world, "7", "1")
    assert await linked_moods(env, world.participant.id) == [2]


async def test_signed_check_ins_stay_out_of_group_trends(ready: World) -> None:
    """Under two keys one person could count twice towards k: their signed check-in is left
    out, so two people and a signed note are not three people."""
    world = ready
    await check_in(world.participant, world, "5", "5")
    await check_in(world.outsider, world, "5", "5")
    await check_in(world.counselor, world, "1", "9", note="I have the pills lined up for tonight")
    [alert] = alerts(world)
    await world.counselor.click(alert, label="Acknowledge")  # no day of re-pages to wait out
    await world.env.advance_time(DAY)
    description, _ = await summary_of(world)
    assert "no group had 3 people check in" in description


async def test_a_second_request_about_the_same_answers_signs_no_older_check_in(
    ready: World, env: Env
) -> None:
    """Two check-ins with the same answers, the member asks about the latest, and a second
    request for the same answers follows (the service is called as the button would): only the
    latest is signed; the older, anonymous one is not tied to the member."""
    world = ready
    await check_in(world.participant, world, "2", "9", "yes")
    await world.env.advance_time(3600)
    latest = await check_in(world.participant, world, "2", "9", "yes")
    await world.participant.click(
        latest.response.message,  # type: ignore[attr-defined]
        label="Ask a counselor to reach out",
    )
    service = _bot(env).services.checkins
    answers = Answers(2, 9, Used.YES, None)
    await service.ask_for_contact(
        world.guild.id, world.general.id, world.participant.id, "member", answers
    )
    assert await linked_moods(env, world.participant.id) == [2]  # one row, not both
