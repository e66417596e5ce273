"""Behaviour: escalation to counselors, driven through the real bot as users would."""

import sqlite3

import discord
import pytest
from simcord import Env

from bot.app import LanternBot
from bot.safety import assess
from bot.safety.engine import Engine
from bot.safety.lexical import LexicalReason
from tests.integration.conftest import Restart, World, configure
from tests.integration.gateway import lantern

CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."
ORDINARY = [
    "This craving is killing me but I'm hanging on, 40 days today",
    "I used to drink every day, now I go to meetings instead",
    "we practised naloxone in group today, really useful",
    "anyone want to do the breathing exercise together later?",
]
BUTTONS = ["Acknowledge", "Resolve", "False alarm", "Open private thread"]


def alerts(world: World) -> list[discord.Message]:
    """Alert messages in the counselors channel (one per escalation)."""
    return [
        message
        for message in world.counselors.history()
        if message.embeds and "escalation #" in (message.embeds[0].title or "")
    ]


def labels(message: discord.Message) -> list[str]:
    """Button labels of a message, in order."""
    return [
        child.label or ""
        for row in message.components
        for child in getattr(row, "children", [])
        if isinstance(child, discord.Button)
    ]


def pages(world: World) -> list[discord.Message]:
    """Re-page messages in the counselors channel."""
    return [m for m in world.counselors.history() if "Re-page" in m.content]


def field(message: discord.Message, name: str) -> str:
    """The value of a named embed field."""
    for embed_field in message.embeds[0].fields:
        if embed_field.name == name:
            return embed_field.value or ""
    raise AssertionError(f"no field {name!r} in {[f.name for f in message.embeds[0].fields]}")


@pytest.fixture
async def ready(world: World) -> World:
    """A configured server."""
    await configure(world)
    return world


async def test_crisis_message_produces_exactly_one_alert_with_four_buttons(ready: World) -> None:
    world = ready
    await world.participant.send(world.general, "rough day, trying to stay busy")
    await world.participant.send(world.general, CRISIS)

    found = alerts(world)
    assert len(found) == 1
    alert = found[0]
    assert labels(alert) == BUTTONS
    assert "CRITICAL" in (alert.embeds[0].title or "")
    assert world.participant.mention in field(alert, "Member")
    assert "pills lined up" in field(alert, "Message")
    assert "rough day" in field(alert, "Just before")
    assert field(alert, "Why")
    # Critical alerts mention the counselor role, and only that role.
    assert [role.id for role in alert.role_mentions] == [world.counselor_role.id]
    assert not alert.mention_everyone
    assert alert.mentions == []


async def test_ordinary_recovery_talk_produces_no_alert(ready: World) -> None:
    for text in ORDINARY:
        await ready.participant.send(ready.general, text)
    assert alerts(ready) == []


async def test_words_no_rule_knows_reach_a_counselor_without_the_sentence_model(
    ready: World,
) -> None:
    # The sentence model is off in these tests: the lexical stage inside assess() reads it.
    text = "wouldnt mind not wakin up tbh"
    assert not Engine(lexical=False).assess(text).escalate
    await ready.participant.send(ready.general, text)

    found = alerts(ready)
    assert len(found) == 1
    assert "wakin" in field(found[0], "Message")
    why = field(found[0], "Why")
    assert "lexical.classifier" in why
    # The reason names the words that weighed most rather than repeating the message.
    terms = next(r for r in assess(text).reasons if isinstance(r, LexicalReason)).terms
    assert terms
    assert ", ".join(terms) in why


async def test_non_counselor_click_is_refused_and_changes_nothing(ready: World) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    alert = alerts(world)[0]

    # The facilitator can see the counselors channel but is not a counselor.
    result = await world.facilitator.click(alert, label="Acknowledge")

    assert result.ephemeral
    assert result.response is not None
    assert "only counselors" in result.response.content
    assert "Open" in field(alerts(world)[0], "Status")
    assert "Acknowledged" not in field(alerts(world)[0], "Status")


async def test_acknowledge_then_resolve_edit_the_alert_and_store_events(
    ready: World, env: Env
) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    alert = alerts(world)[0]

    await world.counselor.click(alert, label="Acknowledge")
    status = field(alerts(world)[0], "Status")
    assert f"Acknowledged by {world.counselor.mention}" in status

    shown = await world.counselor.click(alerts(world)[0], label="Resolve")
    assert shown.modal is not None
    await world.counselor.submit_modal(shown, {"note": "Called them; safe with family."})

    alert = alerts(world)[0]
    assert f"Resolved by {world.counselor.mention}" in field(alert, "Status")
    result = await world.counselor.slash(world.counselors, "escalations show", id=1)
    history = result.response.embeds[1].description if result.response else ""
    assert "acknowledged" in (history or "")
    assert "resolved" in (history or "")
    assert "safe with family" in (history or "")


async def test_resolve_requires_a_note(ready: World) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    shown = await world.counselor.click(alerts(world)[0], label="Resolve")
    assert shown.modal is not None
    assert any(
        component.get("required")
        for row in shown.modal["components"]
        for component in row["components"]
    )


async def test_repage_fires_after_deadline_and_not_before(ready: World, env: Env) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)  # critical: 5 minute deadline

    await env.advance_time(4 * 60)
    assert pages(world) == []

    await env.advance_time(70)
    found = pages(world)
    assert len(found) == 1
    assert "escalation #1" in found[0].content
    assert [role.id for role in found[0].role_mentions] == [world.counselor_role.id]


async def test_restart_between_alert_and_ack_still_repages_exactly_once(
    ready: World, env: Env, restart: Restart
) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    assert len(alerts(world)) == 1

    await restart()
    await env.advance_time(5 * 60 + 5)

    assert len(pages(world)) == 1
    assert len(alerts(world)) == 1  # the alert was not posted again


async def test_buttons_work_after_restart(ready: World, restart: Restart) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    await restart()

    await world.counselor.click(alerts(world)[0], label="Acknowledge")

    assert f"Acknowledged by {world.counselor.mention}" in field(alerts(world)[0], "Status")


async def test_server_errors_still_end_in_exactly_one_alert(ready: World, env: Env) -> None:
    world = ready
    env.inject_error("POST", f"/channels/{world.counselors.id}/messages", status=500, times=2)

    await world.participant.send(world.general, CRISIS)
    assert alerts(world) == []

    await env.advance_time(60)

    assert len(alerts(world)) == 1


async def test_deleted_counselors_channel_leads_to_dms_to_oncall(ready: World, env: Env) -> None:
    world = ready
    await world.counselor.slash(world.counselors, "oncall start")
    env.inject_error(
        "POST",
        f"/channels/{world.counselors.id}/messages",
        status=404,
        code=10003,
        message="Unknown Channel",
        times=None,
    )

    await world.participant.send(world.general, CRISIS)
    await env.advance_time(30)

    dms = [m for m in world.counselor.user.dm_channel.history() if "escalation #1" in m.content]
    assert dms, "the on-call counselor should be reached by DM"
    assert any(m.embeds and "escalation #1" in (m.embeds[0].title or "") for m in dms)
    notes = [m for m in world.modlog.history() if "could not post escalation #1" in m.content]
    assert len(notes) == 1


async def test_duplicate_messages_fold_into_one_escalation(ready: World) -> None:
    world = ready
    await world.participant.send(world.general, "I want to kill myself")
    await world.participant.send(world.general, "seriously I want to die")
    await world.participant.send(world.general, "I want to kill myself")

    found = alerts(world)
    assert len(found) == 1
    assert "3 messages from this member" in field(found[0], "Status")


async def test_participant_gets_resources_by_dm(ready: World) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    await world.participant.send(world.general, "I mean it, tonight")

    dms = world.participant.user.dm_channel.history()
    assert len(dms) == 1  # once per window, not on every message
    assert dms[0].embeds
    assert "alone" in (dms[0].embeds[0].title or "")


async def test_generic_channel_note_when_dms_are_closed(ready: World, env: Env) -> None:
    world = ready
    env.inject_error(
        "POST",
        f"/channels/{world.participant.user.dm_channel.id}/messages",
        status=403,
        code=50007,
        message="Cannot send messages to this user",
        times=None,
    )
    await world.participant.send(world.general, CRISIS)

    notes = [m for m in world.general.history() if m.author.bot]
    assert len(notes) == 1
    note = notes[0]
    assert world.participant.mention not in note.content
    assert world.participant.name not in note.content
    result = await world.outsider.click(note, label="Show support resources")
    assert result.ephemeral
    assert result.response is not None
    assert result.response.embeds


async def test_generic_channel_note_when_dms_keep_failing(ready: World, env: Env) -> None:
    # Not a "DMs closed" refusal: the DM keeps failing until Lantern stops trying.
    world = ready
    env.inject_error(
        "POST",
        f"/channels/{world.participant.user.dm_channel.id}/messages",
        status=500,
        times=None,
    )
    await world.participant.send(world.general, CRISIS)
    assert [m for m in world.general.history() if m.author.bot] == []

    await env.advance_time(seconds=60)

    notes = [m for m in world.general.history() if m.author.bot]
    assert len(notes) == 1
    assert world.participant.mention not in notes[0].content
    assert "Show support resources" in labels(notes[0])


async def test_mentions_quoted_into_an_alert_ping_nobody(ready: World) -> None:
    world = ready
    text = (
        f"@everyone {world.counselor_role.mention} {world.counselor.mention} I want to kill myself"
    )
    await world.participant.send(world.general, text)

    alert = alerts(world)[0]
    assert not alert.mention_everyone
    assert alert.mentions == []
    assert alert.role_mentions == []  # high, not critical: no role ping at all


async def test_flag_for_counselor(ready: World) -> None:
    world = ready
    message = await world.participant.send(world.general, "not sure I'll come to group tomorrow")

    shown = await world.outsider.context_menu(world.general, "Flag for counselor", message)
    assert shown.modal is not None
    result = await world.outsider.submit_modal(shown, {})

    assert result.ephemeral
    assert result.response is not None
    assert "will not be told who flagged it" in result.response.content
    alert = alerts(world)[0]
    assert "Flagged by a member" in field(alert, "Source")
    assert world.outsider.mention not in str(alert.embeds[0].to_dict())
    # The author hears nothing about who flagged them.
    assert world.participant.user.dm_channel.history() == []


async def test_staff_escalate_and_counselor_tools(ready: World, env: Env) -> None:
    world = ready
    result = await world.facilitator.slash(
        world.general, "escalate", member=world.participant, reason="seemed very low in session"
    )
    assert result.ephemeral
    assert len(alerts(world)) == 1

    listing = await world.counselor.slash(world.counselors, "escalations list")
    assert listing.response is not None
    assert "#1" in (listing.response.embeds[0].description or "")

    refused = await world.participant.slash(
        world.general, "escalate", member=world.outsider, reason="x"
    )
    assert refused.response is not None
    assert "only facilitators and counselors" in refused.response.content
    assert len(alerts(world)) == 1


async def test_oncall_list_and_resources(ready: World) -> None:
    world = ready
    await world.counselor.slash(world.counselors, "oncall start")
    listing = await world.counselor.slash(world.counselors, "oncall list")
    assert listing.response is not None
    assert world.counselor.mention in listing.response.embeds[0].fields[0].value

    resources = await world.participant.slash(world.general, "resources")
    assert resources.ephemeral
    assert resources.response is not None
    assert resources.response.embeds


async def test_unacknowledged_alert_pages_backup_and_becomes_overdue(
    ready: World, env: Env
) -> None:
    world = ready
    await world.counselor.slash(world.counselors, "oncall backup-add", user=world.manager)
    await world.participant.send(world.general, CRISIS)

    await env.advance_time(3 * 5 * 60 + 30)  # three critical deadlines

    assert len(pages(world)) == 3
    backup_dms = [m for m in world.manager.user.dm_channel.history() if "backup" in m.content]
    assert len(backup_dms) == 1
    bot = env.bot
    assert isinstance(bot, LanternBot)
    escalation = await bot.services.escalations.find(1)
    assert escalation is not None
    assert escalation.overdue


async def test_crash_after_sending_before_recording_never_duplicates(
    ready: World, env: Env, restart: Restart
) -> None:
    world = ready
    await world.participant.send(world.general, CRISIS)
    assert len(alerts(world)) == 1
    # Simulate a crash between Discord accepting the alert and the outbox recording it:
    # the delivery is still owed, and one attempt had begun.
    bot = env.bot
    assert isinstance(bot, LanternBot)
    await bot.services.db.execute(
        "UPDATE outbox SET state = 'pending', attempts = 1, done_at = NULL WHERE kind = 'alert'"
    )
    await bot.services.db.execute("UPDATE escalations SET delivery_state = 'pending'")

    fresh = await restart()
    await env.advance_time(5)

    assert len(alerts(world)) == 1  # found by its marker, not sent again
    assert await fresh.services.escalations.owed("alert") == 0
    escalation = await fresh.services.escalations.find(1)
    assert escalation is not None
    assert escalation.delivery_state == "delivered"


async def test_alert_raised_before_the_counselors_channel_exists_arrives_once_set(
    world: World, env: Env
) -> None:
    # Roles are set but the counselors channel is not: the alert cannot be posted yet.
    await world.manager.slash(
        world.general,
        "setup roles",
        participant=world.participant_role,
        facilitator=world.facilitator_role,
        counselor=world.counselor_role,
    )
    await world.participant.send(world.general, CRISIS)
    await env.advance_time(seconds=60)
    assert alerts(world) == []

    await configure(world)
    await env.advance_time(seconds=15 * 60)

    [alert] = alerts(world)
    assert labels(alert) == BUTTONS


async def test_repages_go_on_when_working_out_the_next_wake_fails_once(
    ready: World, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The delivery worker reschedules itself after each pass; one failure there (a database
    locked past its timeout) used to leave it asleep until the next report."""
    service = lantern(env).services.escalations
    real_next_wake = service.next_wake
    calls: list[int] = []

    async def fails_once() -> object:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return await real_next_wake()

    monkeypatch.setattr(service, "next_wake", fails_once)
    await ready.participant.send(ready.general, CRISIS)
    await env.advance_time(1)
    assert len(alerts(ready)) == 1
    assert len(calls) == 1
    await env.advance_time(20 * 60)  # nobody acknowledges
    assert pages(ready)


async def test_repages_into_a_counselors_channel_deleted_after_the_alert_fall_back(
    ready: World, env: Env
) -> None:
    """The alert was posted, then the counselors channel was deleted: the re-pages that fail
    there bring the fallback (a note in the modlog) once, as a first alert's failure does."""
    await ready.participant.send(ready.general, CRISIS)
    assert len(alerts(ready)) == 1
    env.backend.delete_channel(ready.counselors.id)
    await env.advance_time(30 * 60)  # six critical deadlines, nobody acknowledges
    escalation = await lantern(env).services.escalations.find(1)
    assert escalation is not None
    assert escalation.page_count >= 3
    notes = [m for m in ready.modlog.history() if m.author.bot and "#1" in m.content]
    assert len(notes) == 1

    guild = ready.guild
    assert guild.me is not None
    replacement = guild.create_text_channel(
        "counselors-2",
        overwrites={
            guild.me: discord.PermissionOverwrite(
                view_channel=True, send_messages=True, embed_links=True, read_message_history=True
            ),
            guild.default_role: discord.PermissionOverwrite(view_channel=False),
            ready.counselor_role: discord.PermissionOverwrite(view_channel=True),
            ready.manager: discord.PermissionOverwrite(view_channel=True),
        },
    )
    result = await ready.manager.slash(
        ready.general, "setup channels", counselors=replacement, modlog=ready.modlog
    )
    assert result.response is not None
    assert result.response.content == "Channels saved.", result.response.content
    await env.advance_time(10 * 60)  # the next re-page reaches the new channel
    assert any("escalation #1" in m.content for m in replacement.history() if m.author.bot)
    notes = [m for m in ready.modlog.history() if m.author.bot and "#1" in m.content]
    assert len(notes) == 1  # one note, however many pages failed
